import Testing

@testable import DossierCore

struct NameKeyTests {
  /// Words are split at spaces (and, in non-ASCII names, no-break spaces),
  /// whatever the script.
  @Test(arguments: [
    ("Dmitry Peskov", ["Dmitry", "Peskov"]),
    ("  Boris   Johnson ", ["Boris", "Johnson"]),
    ("Volodymyr Zelenskyy’s", ["Volodymyr", "Zelenskyy’s"]),
    ("Żaneta\u{00A0}Nowak Kowalska", ["Żaneta", "Nowak", "Kowalska"]),
    ("", []),
  ])
  func wordsSplitAtSpaces(name: String, words: [String]) {
    #expect(NameKey.words(name) == words)
  }

  @Test(
    arguments: [
      ("North Atlantic Treaty Organization", "NATO"),
      ("Bank of England", "BE"),
      ("Élysée Palace", "ÉP"),
      ("the Kremlin", nil),
      ("Kremlin", nil),
    ] as [(String, String?)])
  func acronymsSpellTheCapitals(name: String, acronym: String?) {
    #expect(NameKey.acronym(name) == acronym)
  }

  /// Hashing pieces one after another is hashing their concatenation.
  @Test(arguments: [["p:", "boris", " ", "ionson"], ["", "kremlin"], ["sp", "okesman", "’s"]])
  func pieceByPieceHashIsTheHashOfTheWhole(pieces: [String]) {
    var hasher = KeyHasher()
    for piece in pieces { hasher.add(piece) }
    #expect(hasher.value == EntityMerger.hashKey(pieces.joined()))
  }

  @Test(arguments: ["the Kremlin's spokesman", "Mr Sunak's official spokesman", "a spokesman", "The", "Żmuda’s aide"])
  func descriptorHashIsTheHashOfTheKey(descriptor: String) {
    #expect(EntityMerger.descriptorHash(descriptor) == EntityMerger.hashKey(EntityMerger.descriptorKey(descriptor)))
  }
}
