import Testing

@testable import DossierCore

// The tagger writes short ASCII words straight into the standard library's
// inline form; they must be the very strings the library builds.
@Suite("Small ASCII strings written in place")
struct SmallASCIIStringTests {
  /// The string written for `count` bytes at `start` of `text`, or `nil`
  /// when nothing was written.
  static func written(_ text: String, start: Int, count: Int) -> String? {
    let bytes = Array(text.utf8)
    let target = UnsafeMutablePointer<String>.allocate(capacity: 1)
    defer { target.deallocate() }
    let done = bytes.withUnsafeBufferPointer {
      String.initializeLowercasedSmallASCII(target, from: $0, start: start, count: count)
    }
    return done ? target.move() : nil
  }

  static let padding = String(repeating: " ", count: 16)

  @Test("This platform keeps short ASCII strings in the expected form")
  func formHolds() {
    #expect(String.hasSmallASCIIForm)
  }

  @Test(
    "Words of every short length read as their lower-cased text",
    arguments: [
      "", "a", "On", "FEB", "p.m", "1990s", "Friday", "O'Neill", "mid-1990", "Thanksgivings", "abcdefghijklmnO",
    ]
  )
  func lowerCased(_ word: String) throws {
    let built = try #require(Self.written("x" + word + Self.padding, start: 1, count: word.utf8.count))
    #expect(built == word.lowercased())
    #expect(built.utf8.count == word.utf8.count)
    #expect(Array(built.utf8) == Array(word.lowercased().utf8))
    // The same bits as the standard library's own string of those bytes.
    let library = String(decoding: Array(word.lowercased().utf8), as: UTF8.self)
    #expect(unsafeBitCast(built, to: (UInt64, UInt64).self) == unsafeBitCast(library, to: (UInt64, UInt64).self))
  }

  @Test("Only the word's bytes are kept, not those after it")
  func ownBytesOnly() {
    #expect(Self.written("Monday, March" + Self.padding, start: 0, count: 6) == "monday")
    #expect(Self.written("[]@Z`{" + Self.padding, start: 0, count: 6) == "[]@z`{")
  }

  @Test("Longer, non-ASCII or final words are left to the standard library")
  func declined() {
    #expect(Self.written("abcdefghijklmnop" + Self.padding, start: 0, count: 16) == nil)
    #expect(Self.written("café" + Self.padding, start: 0, count: 5) == nil)
    #expect(Self.written("the end", start: 4, count: 3) == nil)
  }
}
