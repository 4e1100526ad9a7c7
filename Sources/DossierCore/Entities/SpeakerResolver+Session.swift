extension SpeakerResolver {
  /// Resolves the speakers of one document in turn, keeping from one
  /// resolution to the next what each would otherwise rebuild from the
  /// whole document: the linking records of its entities, their name index
  /// and what each mention tells about its entity.
  ///
  /// Create one per document (the quote extractor does) and, while it is in
  /// use, change the document's `entities` and `mentions` only through it.
  /// Each result is then the one
  /// ``SpeakerResolver/resolution(_:in:enclosingSpeaker:quote:)`` gives for
  /// the document at that point.
  public struct Session {
    /// Whether the seeded records are kept and updated between resolutions;
    /// without, each resolution seeds them from the document afresh.
    let reusesRecords: Bool
    /// Built on the first resolution that links.
    var seeds: SeededEntities?
    /// The document's token facts, built on the first resolution.
    var facts: TokenFacts?
    /// Linking work left, in entities and mentions seeded: each speaker no
    /// mention covers is linked against the whole document, so a document
    /// of many megabytes (a book, not an article) would take quadratic
    /// time. Once it is spent, such speakers keep what the entity stage
    /// found, or stay unresolved.
    var linkingWorkLeft: Int

    /// The work a document may spend on linking: news articles use
    /// thousands of times less.
    static let linkingBudget = 40_000_000

    public init() {
      self.init(reusingRecords: true)
    }

    init(reusingRecords: Bool, linkingBudget: Int = Session.linkingBudget) {
      reusesRecords = reusingRecords
      linkingWorkLeft = linkingBudget
    }

    /// Takes the work of linking one speaker in `document` from the
    /// budget; false when too little is left.
    mutating func spendLinkingWork(on document: Document) -> Bool {
      let work = document.entities.count + document.mentions.count + 1
      guard work <= linkingWorkLeft else { return false }
      linkingWorkLeft -= work
      return true
    }

    /// The entity the speaker at `range` refers to, or `nil`, as
    /// ``SpeakerResolver/resolve(_:in:enclosingSpeaker:quote:)``.
    public mutating func resolve(
      _ range: TextRange, in document: inout Document, enclosingSpeaker: Int? = nil, quote: TextRange? = nil
    ) -> Int? {
      resolution(range, in: &document, enclosingSpeaker: enclosingSpeaker, quote: quote)?.entity
    }

    /// The entity and how sure the link is, as
    /// ``SpeakerResolver/resolution(_:in:enclosingSpeaker:quote:)``.
    public mutating func resolution(
      _ range: TextRange, in document: inout Document, enclosingSpeaker: Int? = nil, quote: TextRange? = nil
    ) -> (entity: Int, confidence: Double)? {
      SpeakerResolver.resolution(
        range, in: &document, enclosingSpeaker: enclosingSpeaker, quote: quote, session: &self)
    }

    // MARK: Changes to the document

    mutating func insert(_ mention: Mention, into document: inout Document) {
      guard let index = SpeakerResolver.insert(mention, into: &document) else { return }
      seeds?.insertMention(mention, at: index, in: document)
    }

    mutating func removeMention(at index: Int, from document: inout Document) {
      document.mentions.remove(at: index)
      seeds?.removeMention(at: index)
    }

    /// Writes back what linking changed: existing entities' descriptors and
    /// aliases, new entities, the speaker's mention.
    mutating func apply(_ outcome: Outcome, to document: inout Document) {
      for (index, entity) in outcome.entities.enumerated() {
        guard let entity else { continue }
        if index < document.entities.count {
          if reusesRecords {
            let current = document.entities[index]
            if current.aliases == entity.aliases && current.descriptors == entity.descriptors { continue }
            seeds?.markStale(index)
          }
          document.entities[index].descriptors = entity.descriptors
          document.entities[index].aliases = entity.aliases
        } else {
          document.entities.append(entity)
          seeds?.markStale(index)
        }
      }
      insert(outcome.mention, into: &document)
    }

    // MARK: Seeding

    /// Gives `builder` the records and name index of the document's
    /// entities, recency counting only mentions before token `position`.
    mutating func seed(_ builder: inout EntityBuilder, from document: Document, before position: Int) {
      guard reusesRecords else {
        builder.seedRecords(from: document, before: position)
        return
      }
      if seeds == nil { seeds = SeededEntities(document: document) }
      seeds!.refresh(from: document)
      builder.nameIndex = seeds!.keyIndex()
      // Lent, not copied: ``takeBack(from:)`` returns them as they were.
      builder.records = EntityRecords(lending: seeds!.records)
      seeds!.records = []
      for mention in seeds!.mentions where mention.token < position && mention.entity < builder.records.count {
        let latest = max(builder.records[mention.entity].lastToken, mention.token)
        builder.records.setLastToken(latest, of: mention.entity)
      }
    }

    /// Takes back the records ``seed(_:from:before:)`` lent `builder`.
    mutating func takeBack(from builder: inout EntityBuilder) {
      guard reusesRecords, seeds != nil else { return }
      seeds!.records = builder.records.takeBack()
    }

    /// The local entity of each of `builder`'s records, nil for one that
    /// linking left as seeded when the document already holds what it
    /// would write back.
    func changedEntities(_ builder: EntityBuilder) -> [LocalEntity?] {
      let records = builder.records
      guard reusesRecords, let matchesDocument = seeds?.matchesDocument else {
        return records.indices.map { builder.localEntity($0) }
      }
      return records.indices.map { entity in
        guard entity < records.lentCount, matchesDocument[entity] else { return builder.localEntity(entity) }
        guard let seeded = records.original(entity) else { return nil }
        // Untouched arrays share storage: these compare in constant time.
        let unchanged =
          records[entity].displayName == seeded.displayName && records[entity].forms == seeded.forms
          && records[entity].descriptors == seeded.descriptors
        return unchanged ? nil : builder.localEntity(entity)
      }
    }
  }
}
