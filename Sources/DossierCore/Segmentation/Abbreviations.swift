/// Words that take a full stop without ending a sentence, by how the
/// sentence splitter treats the word after them.
enum Abbreviations {
  enum Kind {
    /// Never ends a sentence: `Mr.`, `Dr.`, `Gen.`, `St.`.
    case title
    /// Ends one only before a word that usually opens a sentence, and never
    /// before a number: `Feb.`, `No.`.
    case beforeNumber
    /// Ends one only before a word that usually opens a sentence:
    /// `U.S.`, `a.m.`, `Inc.`, `etc.`, initials.
    case other
  }

  static let titles: Set<String> = [
    "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Gen", "Gov", "Sen", "Rep", "St", "Sgt", "Col",
    "Capt", "Lt", "Maj", "Cmdr", "Adm", "Rev", "Hon", "Pres", "Supt", "Mt", "Ft", "Messrs",
    "Mme", "Mlle", "Fr", "Cpl", "Pvt", "Insp", "Det", "Amb", "Sec", "Atty", "Brig", "Gens",
    "Lieut", "Cdr", "Msgr", "Sr", "Jr",
  ]

  static let beforeNumber: Set<String> = [
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "No", "Nos", "Vol", "Fig", "Art", "Sec", "Ch", "Pp", "pp", "p", "para", "Para", "Nr",
  ]

  static let others: Set<String> = [
    "Inc", "Corp", "Ltd", "Co", "Bros", "Ave", "Blvd", "Rd", "Dept", "Univ", "Assn", "Est",
    "etc", "vs", "approx", "est", "cf", "al", "ca", "viz",
    // AP-style US state abbreviations.
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan",
    "Kans", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev",
    "Okla", "Ore", "Pa", "Penn", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
  ]

  /// What the tokenizer needs to know of an abbreviation.
  struct Entry {
    var kind: Kind
    /// Takes its full stop only before a number: `No. 10`.
    var needsNumber: Bool
  }

  /// Words that take a full stop only before a number.
  static let onlyBeforeNumber: Set<String> = ["No", "Nos", "Art", "p", "Nr"]

  /// Every abbreviation by its packed bytes (``key(_:)``), so the tokenizer
  /// looks one up without building a string.
  static let byKey: [UInt64: Entry] = {
    var table: [UInt64: Entry] = [:]
    for (words, kind) in [(titles, Kind.title), (beforeNumber, .beforeNumber), (others, .other)] {
      for word in words where word.utf8.count <= longest && table[key(word)] == nil {
        table[key(word)] = Entry(kind: kind, needsNumber: onlyBeforeNumber.contains(word))
      }
    }
    return table
  }()

  /// Up to eight bytes packed into an integer.
  @inline(__always)
  static func key(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var value: UInt64 = 0
    for byte in bytes.prefix(8) { value = value << 8 | UInt64(byte) }
    return value
  }

  static func key(_ word: String) -> UInt64 {
    var value: UInt64 = 0
    for byte in word.utf8.prefix(8) { value = value << 8 | UInt64(byte) }
    return value
  }

  /// The length in bytes of the longest abbreviation, to skip longer words
  /// without a lookup.
  static let longest = 6

  /// The kind of a word (without its full stop) that takes one, or `nil`.
  static func kind(of word: String) -> Kind? {
    if titles.contains(word) { return .title }
    if beforeNumber.contains(word) { return .beforeNumber }
    if others.contains(word) { return .other }
    return nil
  }

  /// Words that commonly open a sentence; after an ambiguous abbreviation
  /// (`U.S.`, `a.m.`, `Inc.`) only these make the full stop a sentence end.
  static let sentenceStarters: Set<String> = [
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These",
    "Those", "There", "But", "And", "Or", "So", "Yet", "In", "On", "At", "As", "After",
    "Before", "When", "While", "If", "Although", "Though", "Since", "Because", "However",
    "Meanwhile", "Still", "Then", "Now", "His", "Her", "Its", "Their", "Our", "My", "Your",
    "Some", "Many", "Most", "Several", "One", "Two", "Three", "Other", "Others", "Another",
    "What", "Why", "How", "Who", "Where", "Which", "No", "Not", "Mr", "Mrs", "Ms", "Dr",
    "According", "Officials", "Police", "Also", "Even", "For", "From", "By", "With", "Under",
    "Over", "During", "Despite", "Instead", "Earlier", "Later", "Last", "Next", "Each",
    "Every", "All", "Both", "Such", "Here", "Asked", "Speaking", "Following", "Among",
  ]
}
