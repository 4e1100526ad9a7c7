/// A temporal expression and its TIMEX3 normalisation.
public struct Timex: Hashable, Sendable {
  /// The TIMEX3 types.
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    case date, time, duration, set
  }

  /// What a relative expression was resolved against.
  public enum Anchor: String, Hashable, Sendable, CaseIterable {
    /// Absolute: needs no anchor.
    case none
    /// The document's publication date.
    case document
    /// An earlier date in the text.
    case context
    /// A publication date inferred from the story.
    case story
  }

  public var range: TextRange
  public var kind: Kind
  /// The TIMEX3 value: `2022-02-24`, `2023-W04`, `P9D`, `PRESENT_REF`,
  /// `XXXX-02-11` where the year is unknown.
  public var value: String
  public var anchor: Anchor
  /// A TIMEX3 modifier (`START`, `APPROX`, …) where one applies.
  public var mod: String?
  /// The date a stretch before a signal reaches from the text's last date:
  /// `two days later` is `P2D` and reaches that day, for the timeline.
  public var reaches: String?

  public init(range: TextRange, kind: Kind, value: String, anchor: Anchor, mod: String? = nil, reaches: String? = nil) {
    self.reaches = reaches
    self.range = range
    self.kind = kind
    self.value = value
    self.anchor = anchor
    self.mod = mod
  }
}
