import DossierCore
import Foundation
import Testing

@Suite struct QuoteEvaluationTests {
  /// A PolNeAR-style gold row for `text`, spans given as the strings they
  /// cover (first occurrence), in Unicode scalar offsets.
  static func gold(_ text: String, _ items: [(content: String, source: String?, cue: String, direct: Bool)])
    -> JSONValue
  {
    func span(_ words: String?) -> JSONValue {
      guard let words, let range = text.range(of: words) else { return .null }
      let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
      let end = start + words.unicodeScalars.count
      return .object([("start", .number(Double(start))), ("end", .number(Double(end))), ("text", .string(words))])
    }
    let attributions = items.map { item in
      JSONValue.object([
        ("content", span(item.content)), ("source", span(item.source)), ("cue", span(item.cue)),
        ("direct", .bool(item.direct)),
      ])
    }
    return .object([("id", .string("t1")), ("attributions", .array(attributions))])
  }

  static let text = """
    “The café will close in June,” the owner said.

    Officials said the street would be repaved. The weather was mild.
    """

  @Test func matchesContentSpeakerAndCue() {
    let document = documentWithQuotes(Self.text)
    let gold = Self.gold(
      Self.text,
      [
        ("“The café will close in June,”", "the owner", "said", true),
        ("the street would be repaved", "Officials", "Officials said", false),
        ("The weather was mild", nil, "was", false),
      ])
    let score = QuoteEvaluation.score(document, gold: gold)
    #expect(score.content.matched == 2)
    #expect(score.content.gold == 3)
    #expect(score.speaker.matched == 2)
    #expect(score.speaker.gold == 2)
    #expect(score.cue.matched == 2)
    #expect(score.directContent.matched == 1)
    #expect(score.directContent.gold == 1)
    #expect(score.directSpeaker.f1 == 1)
  }

  @Test func aWrongSpeakerStillMatchesTheContent() {
    let document = documentWithQuotes(Self.text)
    let gold = Self.gold(Self.text, [("the street would be repaved", "The weather", "said", false)])
    let score = QuoteEvaluation.score(document, gold: gold)
    #expect(score.content.matched == 1)
    #expect(score.speaker.matched == 0)
  }

  @Test func overlapMustCoverHalfOfTheShorterSpan() {
    let document = documentWithQuotes(Self.text)
    // Gold content that shares only one word with the prediction.
    let gold = Self.gold(Self.text, [("repaved. The weather was mild", "Officials", "said", false)])
    #expect(QuoteEvaluation.score(document, gold: gold).content.matched == 0)
  }
}
