extension EntityMerger {
  /// What the rules look at for one in-document entity, worked out once per
  /// document (in parallel) so that the corpus-wide joins only look keys up.
  /// Every key is a 64-bit ``hashKey(_:)`` of its text: integer dictionary
  /// keys, with collisions left to chance (about 1 in 10^10 for a corpus).
  struct MemberFacts: Sendable {
    var document: Int
    var entity: Int
    var mentions: Int
    var person: Bool
    var proper: Bool
    var wordCount: Int
    /// Every word's transliteration key, people apart from the rest; only
    /// for proper names.
    var fullNameKey: UInt64 = 0
    /// First and last word keys of proper people with two words or more.
    var firstAndLastKey: UInt64 = 0
    /// The last word's key of proper people.
    var surnameKey: UInt64 = 0
    /// ``EntityMerger/descriptorKey(_:)`` of each descriptor, for people.
    var descriptorKeys: [UInt64] = []
    /// The descriptor key of an unnamed person's name.
    var nameDescriptorKey: UInt64 = 0
    /// The acronym a proper non-person name spells.
    var expansion: UInt64?
    /// Acronym names and aliases of non-people, dots removed.
    var acronyms: [UInt64] = []
    /// What the names of a person tell of their gender: `Mr Obama`,
    /// `Michelle Obama`; nil when nothing does or they disagree.
    var gender: EntityRecord.Gender?
  }

  /// The gender a first name tells, as the entity lexicon classes it; a
  /// name on both lists tells nothing.
  static func gender(ofFirstName word: String) -> EntityRecord.Gender? {
    let wordClass = EntityLexicon.classOf(WordKey.of(word))
    guard wordClass.contains(.firstName) else { return nil }
    switch (wordClass.contains(.male), wordClass.contains(.female)) {
    case (true, false): return .male
    case (false, true): return .female
    default: return nil
    }
  }

  /// The gender the honorific opening a name tells (`Mr`, `Mrs`, `Ms`,
  /// `Miss`, with a full stop or without), read from its bytes: this runs
  /// for every form of every person in the corpus.
  static func honorificGender(_ form: String) -> EntityRecord.Gender? {
    var key: UInt32 = 0
    var length = 0
    for byte in form.utf8 {
      if byte == UInt8(ascii: " ") || byte == UInt8(ascii: ".") { break }
      length += 1
      guard length <= 4 else { return nil }
      key = key << 8 | UInt32(byte | 0x20)
    }
    switch key {
    case 0x6D72: return .male  // mr
    case 0x6D7273, 0x6D73, 0x6D69_7373: return .female  // mrs, ms, miss
    default: return nil
    }
  }

  /// The gender a person's name and aliases tell: an honorific (`Mr`,
  /// `Mrs`, `Ms`, `Miss`) or the first name of a full name.
  static func gender(of entity: LocalEntity, words: [String]) -> EntityRecord.Gender? {
    var found: EntityRecord.Gender?
    var conflict = false
    func note(_ gender: EntityRecord.Gender?) {
      guard let gender else { return }
      if let found, found != gender { conflict = true }
      found = gender
    }
    note(honorificGender(entity.name))
    for alias in entity.aliases { note(honorificGender(alias)) }
    if words.count >= 2 { note(gender(ofFirstName: words[0])) }
    return conflict ? nil : found
  }

  /// The facts of every entity of one document, in entity order.
  static func facts(of document: Document, at documentIndex: Int) -> [MemberFacts] {
    let entities = document.entities
    var counts = [Int](repeating: 0, count: entities.count)
    for mention in document.mentions where mention.entity < counts.count { counts[mention.entity] += 1 }
    var result: [MemberFacts] = []
    result.reserveCapacity(entities.count)
    for entityIndex in entities.indices {
      let entity = entities[entityIndex]
      let words = NameKey.words(entity.name)
      let person = entity.type == .person
      let proper = isProperName(words)
      var facts = MemberFacts(
        document: documentIndex, entity: entityIndex, mentions: counts[entityIndex], person: person,
        proper: proper, wordCount: words.count)
      if proper {
        let keys = words.map { NameKey.transliteration($0) }
        // The keys of `p:` or `n:` and the words joined by spaces, and of
        // the first and last words, hashed without joining them.
        var full = KeyHasher()
        full.add(byte: person ? UInt8(ascii: "p") : UInt8(ascii: "n"))
        full.add(byte: UInt8(ascii: ":"))
        for (index, key) in keys.enumerated() {
          if index > 0 { full.add(byte: 0x20) }
          full.add(key)
        }
        facts.fullNameKey = full.value
        if person, let first = keys.first, let last = keys.last {
          if keys.count >= 2 {
            var firstAndLast = KeyHasher()
            firstAndLast.add(first)
            firstAndLast.add(byte: 0x20)
            firstAndLast.add(last)
            facts.firstAndLastKey = firstAndLast.value
          }
          facts.surnameKey = hashKey(last)
        }
        if !person { facts.expansion = NameKey.acronym(entity.name).map(hashKey) }
      }
      if person {
        facts.gender = gender(of: entity, words: words)
        facts.descriptorKeys = entity.descriptors.map { descriptorHash($0) }
        if !proper { facts.nameDescriptorKey = descriptorHash(entity.name) }
      } else {
        if NameKey.isAcronym(entity.name) { facts.acronyms.append(hashKey(entity.name.filter { $0 != "." })) }
        for alias in entity.aliases where NameKey.isAcronym(alias) {
          facts.acronyms.append(hashKey(alias.filter { $0 != "." }))
        }
      }
      result.append(facts)
    }
    return result
  }

  /// FNV-1a over a key's UTF-8 bytes: integer dictionary keys for the joins.
  static func hashKey(_ key: String) -> UInt64 {
    var hasher = KeyHasher()
    hasher.add(key)
    return hasher.value
  }
}

/// FNV-1a fed piece by piece: the hash of several strings and separators
/// is the hash of their concatenation, without building it.
struct KeyHasher {
  private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

  @inline(__always)
  mutating func add(byte: UInt8) {
    value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
  }

  mutating func add(_ text: String) {
    var copy = text
    copy.withUTF8 { bytes in
      for byte in bytes { add(byte: byte) }
    }
  }
}
