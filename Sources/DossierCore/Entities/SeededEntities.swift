/// The linking records ``EntityBuilder/seedRecords(from:before:)`` makes
/// from a document's entities and mentions (all but recency), kept up to
/// date entity by entity as a ``SpeakerResolver/Session`` changes them, so
/// that resolving one more speaker does not rebuild them all.
struct SeededEntities {
  /// What one mention adds to its entity's record.
  struct MentionFacts {
    var entity: Int
    /// The first token of the mention, for recency.
    var token: Int
    var isName: Bool
    var male: Bool
    var female: Bool
  }

  /// How many mentions of an entity are names, or tell each gender.
  struct Evidence {
    var names = 0
    var males = 0
    var females = 0
  }

  /// One entry per mention of the document, in its order.
  var mentions: [MentionFacts]
  /// Per entity.
  var evidence: [Evidence]
  /// Per entity, with no recency (`lastToken` -1).
  var records: [EntityRecord] = []
  /// Per entity: the record's local entity has the aliases and descriptors
  /// the document's entity has.
  var matchesDocument: [Bool] = []
  /// Entities whose record must be made again.
  var stale: [Int] = []
  /// ``keyIndex()`` as last built, holding the records before
  /// `indexedCount`; nil once a record's keys change.
  private var builtKeyIndex: KeyIndex?
  private var indexedCount = 0

  init(document: Document) {
    var text = document.text
    mentions = text.withUTF8 { bytes in document.mentions.map { Self.facts(of: $0, in: document, bytes: bytes) } }
    evidence = [Evidence](repeating: Evidence(), count: document.entities.count)
    for mention in mentions where mention.entity < evidence.count { _ = add(mention, sign: 1) }
    records.reserveCapacity(document.entities.count)
    matchesDocument.reserveCapacity(document.entities.count)
    for entity in document.entities.indices {
      records.append(Self.record(document.entities[entity], evidence[entity]))
      matchesDocument.append(Self.matches(records[entity], document.entities[entity]))
    }
  }

  // MARK: Records

  /// The record seeding makes for `entity`, as in
  /// ``EntityBuilder/seedRecords(from:before:)``.
  static func record(_ entity: LocalEntity, _ evidence: Evidence) -> EntityRecord {
    var record = EntityRecord(displayName: entity.name)
    // `addForm(_:)`, keyed from bytes.
    record.addForm(key: combinedKey(entity.name)) { entity.name }
    for alias in entity.aliases { record.addForm(key: combinedKey(alias)) { alias } }
    record.addSeedFacts(of: entity)
    if evidence.names > 0 {
      (record.nameKeys, record.initialsKey) = nameKeys(record.displayName)
    }
    // Gender notes agree or conflict whatever their order.
    if evidence.males > 0 { record.note(gender: .male) }
    if evidence.females > 0 { record.note(gender: .female) }
    return record
  }

  /// Whether writing back `record` (as ``EntityBuilder/localEntity(_:)``)
  /// would leave `entity` as it is.
  static func matches(_ record: EntityRecord, _ entity: LocalEntity) -> Bool {
    equals(entity.aliases, record.forms, without: record.displayName)
      && equals(entity.descriptors, record.descriptors, without: record.displayName)
  }

  /// Whether `strings` is `all.filter { $0 != excluded }`, without making
  /// that array.
  static func equals(_ strings: [String], _ all: [String], without excluded: String) -> Bool {
    var next = 0
    for string in all where string != excluded {
      guard next < strings.count, strings[next] == string else { return false }
      next += 1
    }
    return next == strings.count
  }

  /// What `mention` adds to its entity's record.
  static func facts(of mention: Mention, in document: Document, bytes: UnsafeBufferPointer<UInt8>) -> MentionFacts {
    var facts = MentionFacts(
      entity: mention.entity, token: TokenFacts.firstToken(in: document.tokens, from: mention.range.start),
      isName: mention.kind == .name, male: false, female: false)
    let start = Int(mention.range.start)
    let end = Int(mention.range.end)
    switch mention.kind {
    case .name:
      let first =
        firstWordKey(bytes, start, end)
        ?? document.text(mention.range).split(separator: " ").first.map { WordKey.of($0) } ?? 0
      let classes = EntityLexicon.classOf(first)
      if classes.contains(.honorific) {
        facts.male = classes.contains(.male) && !classes.contains(.female)
        facts.female = classes.contains(.female) && !classes.contains(.male)
      }
    case .pronoun:
      let key = phraseKey(bytes, start, end) ?? WordKey.of(document.text(mention.range))
      let classes = EntityLexicon.classOf(key)
      facts.male = classes.contains(.male)
      facts.female = classes.contains(.female)
    case .descriptor:
      break
    }
    return facts
  }

  // MARK: Changes

  mutating func markStale(_ entity: Int) {
    stale.append(entity)
  }

  mutating func insertMention(_ mention: Mention, at index: Int, in document: Document) {
    var text = document.text
    let facts = text.withUTF8 { Self.facts(of: mention, in: document, bytes: $0) }
    mentions.insert(facts, at: index)
    while evidence.count <= facts.entity { evidence.append(Evidence()) }
    if add(facts, sign: 1) { markStale(facts.entity) }
  }

  mutating func removeMention(at index: Int) {
    let facts = mentions.remove(at: index)
    if facts.entity < evidence.count, add(facts, sign: -1) { markStale(facts.entity) }
  }

  /// Counts a mention in (`sign` 1) or out (-1) of its entity's evidence;
  /// true when the record it makes changes.
  mutating func add(_ facts: MentionFacts, sign: Int) -> Bool {
    var changed = false
    func count(_ value: inout Int) {
      let before = value > 0
      value += sign
      if before != (value > 0) { changed = true }
    }
    if facts.isName { count(&evidence[facts.entity].names) }
    if facts.male { count(&evidence[facts.entity].males) }
    if facts.female { count(&evidence[facts.entity].females) }
    return changed
  }

  /// Makes the stale records (and those of new entities) again.
  mutating func refresh(from document: Document) {
    let count = document.entities.count
    guard !stale.isEmpty || records.count != count else { return }
    while evidence.count < count { evidence.append(Evidence()) }
    stale.append(contentsOf: records.count..<count)
    for entity in Set(stale).sorted() where entity < count {
      let record = Self.record(document.entities[entity], evidence[entity])
      let matches = Self.matches(record, document.entities[entity])
      if entity < records.count {
        // Most re-made records keep their keys (only descriptors changed):
        // the index stays.
        if !Self.sameKeys(records[entity], record) { builtKeyIndex = nil }
        records[entity] = record
        matchesDocument[entity] = matches
      } else {
        // New entities come in order, after the existing ones.
        records.append(record)
        matchesDocument.append(matches)
      }
    }
    stale = []
  }

  // MARK: Name index

  /// Whether the two records are filed under the same keys.
  static func sameKeys(_ one: EntityRecord, _ other: EntityRecord) -> Bool {
    one.formKeys == other.formKeys && one.nameKeys == other.nameKeys && one.initialsKey == other.initialsKey
  }

  /// Files `entity` in `index` under the keys ``EntityBuilder/indexName(_:form:)``
  /// files its record under, read from the record in place (no array of
  /// keys, no copy of the record). Entities must come in ascending order:
  /// a key then already holding `entity` is not filed twice.
  func file(_ entity: Int, in index: inout KeyIndex) {
    guard !records[entity].formKeys.isEmpty else { return }
    func add(_ key: UInt64) {
      if index.last(key) != entity { index.append(key, entity) }
    }
    for key in records[entity].formKeys { add(key) }
    let names = records[entity].nameKeys
    if names.count >= 2, let first = names.first, let last = names.last {
      add(EntityBuilder.pairKey(first, last))
      add(last ^ EntityBuilder.lastTag)
      add(first ^ EntityBuilder.firstTag)
      add(records[entity].initialsKey ^ EntityBuilder.initialsTag)
    }
  }
}

extension SeededEntities {
  /// The name index as the builder keeps it: each key's entities appended
  /// in ascending order, as ``EntityBuilder/indexName(_:form:)`` leaves them.
  /// Kept until a record's keys change, new entities filed onto it: most
  /// speakers of a document add no name.
  mutating func keyIndex() -> KeyIndex {
    var index: KeyIndex
    if let builtKeyIndex, indexedCount <= records.count {
      if indexedCount == records.count { return builtKeyIndex }
      index = builtKeyIndex
      // Not shared while it grows.
      self.builtKeyIndex = nil
    } else {
      index = KeyIndex(capacity: records.count * 3)
      indexedCount = 0
    }
    for entity in indexedCount..<records.count { file(entity, in: &index) }
    indexedCount = records.count
    builtKeyIndex = index
    return index
  }
}
