/// Word keys the entity stage compares tokens with, hashed once.
enum Keys {
  static let the = WordKey.of("the")
  static let of = WordKey.of("of")
  static let a = WordKey.of("a")
  static let an = WordKey.of("an")
  static let another = WordKey.of("another")
  static let one = WordKey.of("one")
  static let `for` = WordKey.of("for")
  static let on = WordKey.of("on")
  static let and = WordKey.of("and")
  static let her = WordKey.of("her")
  static let to = WordKey.of("to")
  static let into = WordKey.of("into")
  static let according = WordKey.of("according")
  /// Words inside `chief of (the general) staff`-style roles.
  static let staffWords = KeySet(
    ["staff", "state", "military", "general", "armed", "forces", "defence", "defense", "government"].map {
      WordKey.of($0)
    })
}
