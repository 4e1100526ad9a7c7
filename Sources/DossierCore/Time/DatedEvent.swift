/// A sentence's main event dated by one of its timexes: what a story
/// timeline is built from.
public struct DatedEvent: Hashable, Sendable {
  /// The TIMEX3 value of the date.
  public var value: String
  /// The short statement of the event (``EventPhrase``).
  public var text: String
  /// The capitalised words naming its participants, lower-cased, sorted,
  /// each once: entries merge across articles by these.
  public var participants: [String]
  /// The sentence, the evidence for the event.
  public var sentence: TextRange

  public init(value: String, text: String, participants: [String], sentence: TextRange) {
    self.value = value
    self.text = text
    self.participants = participants
    self.sentence = sentence
  }
}
