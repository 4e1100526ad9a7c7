/// What a role phrase says: its head (`spokesman`, `prime minister`), the
/// country or person it belongs to, and whether it is a former role.
///
/// Built from the words of a descriptor (`the Kremlin's spokesman`, `former
/// British Prime Minister`), whether they come from tokens or from a
/// descriptor string stored on an entity, so that a descriptor met later
/// can be compared with the ones an entity already holds.
struct RolePhrase: Hashable, Sendable {
  /// The canonical head: `spokesman` for `spokeswoman`, `prime minister`
  /// for `premier`; nil when the phrase has no role word.
  var head: String?
  /// A head-of-government role: `the leader` can refer to it.
  var isLeader = false
  var isPlural = false
  /// `former`, `then-`, `ex-`.
  var isFormer = false
  /// Countries (and `@N` for a possessor entity N) the role belongs to.
  var affiliations: Set<String> = []
  /// The gender the role word tells: `spokeswoman`, `chairman`.
  var gender: EntityRecord.Gender?

  static let femaleHeads: Set<String> = [
    "spokeswoman", "chairwoman", "congresswoman", "councilwoman", "businesswoman", "actress", "queen", "princess",
    "mother", "wife", "daughter", "sister", "first lady", "spokeswomen",
  ]
  static let maleHeads: Set<String> = [
    "spokesman", "chairman", "congressman", "councilman", "businessman", "king", "prince", "father", "husband", "son",
    "brother", "spokesmen",
  ]

  /// The role phrase of a descriptor stored on an entity: its words are
  /// separated by single spaces.
  init(descriptor: String) {
    var phrase = RolePhrase()
    var copy = descriptor
    copy.withUTF8 { bytes in
      var words: [(start: Int, end: Int, key: UInt64)] = []
      var start = 0
      for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: " ") {
        if index > start {
          let end = TokenFacts.possessiveStem(bytes, start, index) ?? index
          phrase.addWord(bytes, start, end, to: &words)
        }
        start = index + 1
      }
      phrase.read(words, bytes: bytes)
    }
    self = phrase
  }

  init() {}

  /// The role phrase of the word tokens in `range`, read from their keys
  /// without building strings: the same result as ``init(words:)`` on
  /// their text.
  init(tokens range: ClosedRange<Int>, facts: [TokenFacts.Fact], tokens: [Token], bytes: UnsafeBufferPointer<UInt8>) {
    // One array of words, not three: fewer allocations per phrase.
    var words: [(start: Int, end: Int, key: UInt64)] = []
    words.reserveCapacity(range.count)
    for index in range where facts[index].isWord {
      addWord(bytes, Int(tokens[index].range.start), Int(facts[index].stemEnd), to: &words)
    }
    read(words, bytes: bytes)
  }

  /// Adds the word `bytes[start..<end]` (possessive removed) without any
  /// `then-` prefix, which makes the role a former one.
  private mutating func addWord(
    _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, to words: inout [(start: Int, end: Int, key: UInt64)]
  ) {
    var start = start
    if let skip = Self.timePrefixLength(bytes, start, end) {
      start += skip
      isFormer = true
    }
    words.append((start, end, WordKey.of(bytes, start, end)))
  }

  /// Reads the head, affiliations and former-ness from the phrase's words.
  private mutating func read(_ words: [(start: Int, end: Int, key: UInt64)], bytes: UnsafeBufferPointer<UInt8>) {
    let keys = words.lazy.map(\.key)
    let formerKeys = Self.formerKeyList
    for key in keys where key == formerKeys.0 || key == formerKeys.1 || key == formerKeys.2 || key == formerKeys.3 {
      isFormer = true
    }
    for index in keys.indices {
      if let country = EntityLexicon.affiliation(keys[index]) { affiliations.insert(country) }
      if index + 1 < keys.count {
        let pair = WordKey.extend(keys[index], bytes, words[index + 1].start, words[index + 1].end)
        if let country = EntityLexicon.affiliation(pair) { affiliations.insert(country) }
      }
    }
    func phrase(_ from: Int, _ through: Int) -> UInt64 {
      var hash = keys[from]
      if from < through {
        for next in (from + 1)...through { hash = WordKey.extend(hash, bytes, words[next].start, words[next].end) }
      }
      return hash
    }
    func text(_ from: Int, _ through: Int) -> String {
      String(decoding: UnsafeBufferPointer(rebasing: bytes[words[from].start..<words[through].end]), as: UTF8.self)
    }
    var limit = keys.count
    if let of = keys.firstIndex(of: Self.ofKey), of > 0 {
      let through = min(of + 1, keys.count - 1)
      if through > of, EntityLexicon.classOf(phrase(of - 1, through)).contains(.roleHead) {
        set(key: phrase(of - 1, through), text: text(of - 1, through))
        return
      }
      limit = of
    }
    var position = limit - 1
    while position >= 0 {
      let classes = EntityLexicon.classOf(keys[position])
      if classes.contains(.roleHead) || classes.contains(.honorific) {
        for length in stride(from: min(3, position + 1), through: 2, by: -1) {
          let key = phrase(position - length + 1, position)
          if EntityLexicon.classOf(key).contains(.roleHead) {
            set(key: key, text: text(position - length + 1, position))
            return
          }
        }
        if classes.contains(.roleHead) {
          set(key: keys[position], text: text(position, position))
          return
        }
      }
      position -= 1
    }
  }

  static let formerKeys = KeySet(["former", "ex", "then", "outgoing"].map { WordKey.of($0) })
  /// ``formerKeys`` as a tuple, compared without hashing.
  static let formerKeyList = (
    WordKey.of("former"), WordKey.of("ex"), WordKey.of("then"), WordKey.of("outgoing")
  )
  /// Keys of the heads in ``femaleHeads`` and ``maleHeads``: a head with
  /// another key (and ASCII text) tells no gender.
  static let genderedHeadKeys = KeyTable(
    Dictionary(
      (femaleHeads.union(maleHeads)).map { (WordKey.of($0), WordClass.male) }, uniquingKeysWith: { first, _ in first }))
  static let ofKey = WordKey.of("of")

  /// The length of a `then-`, `ex-` or `former-` prefix, or nil.
  static func timePrefixLength(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
    @inline(__always)
    func matches(_ prefix: StaticString) -> Bool {
      let count = prefix.utf8CodeUnitCount
      guard end - start > count else { return false }
      let utf8 = prefix.utf8Start
      for offset in 0..<count where bytes[start + offset] | 0x20 != utf8[offset] | 0x20 { return false }
      return true
    }
    if matches("then-") { return 5 }
    if matches("ex-") { return 3 }
    if matches("former-") { return 7 }
    return nil
  }

  private mutating func set(key: UInt64, text: String) {
    // Only a gendered head's key (or non-ASCII text) can be in the sets.
    if Self.genderedHeadKeys.value(key) != 0 || !text.utf8.allSatisfy({ $0 < 0x80 }) { setGender(text.lowercased()) }
    let classes = EntityLexicon.classOf(key)
    isPlural = classes.contains(.plural)
    // Lowered only when no canonical head stands for it.
    let canonical = EntityLexicon.canonicalRole(key) ?? text.lowercased()
    head = canonical
    isLeader = EntityLexicon.classOf(WordKey.of(canonical)).contains(.leaderRole)
  }

  private mutating func setGender(_ lower: String) {
    if Self.femaleHeads.contains(lower) { gender = .female }
    if Self.maleHeads.contains(lower) { gender = .male }
  }

  /// Whether a descriptor with this role can refer to the holder of
  /// `other`: the same head (any head-of-government role for `leader`),
  /// the same former-ness, and no conflicting affiliation.
  func canReferTo(_ other: RolePhrase) -> Bool {
    guard let head, let otherHead = other.head else { return false }
    let sameRole =
      head == otherHead
      || (isLeader && other.isLeader && (head == "leader" || head == "politician" || head == "incumbent"))
    // A role that has ended (`the former prime minister`) may have been
    // current when the holder was introduced; a current one (`the Russian
    // leader`) is never someone known only as a former holder. A
    // politician stays one.
    guard sameRole, isFormer || !other.isFormer || head == "politician" else { return false }
    return affiliationsAgree(with: other)
  }

  /// No conflict: one side names none, or they share one. A possessor
  /// entity (`Mr Sunak's spokesman`) must be matched by the other side.
  func affiliationsAgree(with other: RolePhrase) -> Bool {
    let mine = affiliations
    let theirs = other.affiliations
    if mine.contains(where: { $0.hasPrefix("@") }) && !mine.isDisjoint(with: theirs) { return true }
    if mine.contains(where: { $0.hasPrefix("@") }) {
      let countries = mine.filter { !$0.hasPrefix("@") }
      return !countries.isEmpty && !countries.isDisjoint(with: theirs)
    }
    if mine.isEmpty || theirs.isEmpty { return true }
    return !mine.isDisjoint(with: theirs)
  }
}
