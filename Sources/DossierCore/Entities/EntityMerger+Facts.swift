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
        facts.fullNameKey = hashKey((person ? "p:" : "n:") + keys.joined(separator: " "))
        if person, let first = keys.first, let last = keys.last {
          if keys.count >= 2 { facts.firstAndLastKey = hashKey(first + " " + last) }
          facts.surnameKey = hashKey(last)
        }
        if !person { facts.expansion = NameKey.acronym(entity.name).map(hashKey) }
      }
      if person {
        facts.descriptorKeys = entity.descriptors.map { hashKey(descriptorKey($0)) }
        if !proper { facts.nameDescriptorKey = hashKey(descriptorKey(entity.name)) }
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
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in key.utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }
    return hash
  }
}
