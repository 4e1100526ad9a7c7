/// A piece of reported speech: the words, the cue that reports them and the
/// speaker the attribution names.
public struct Quote: Hashable, Sendable {
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    /// In quotation marks.
    case direct
    /// A direct quote whose quotation marks were lost.
    case unmarked
    /// Reported speech: `Peskov said there were no threats`.
    case indirect
    /// A few quoted words inside a reporter's sentence.
    case partial
  }

  /// The quoted words, without their quotation marks.
  public var range: TextRange
  public var kind: Kind
  /// The reporting verb or phrase: `said`, `according to`.
  public var cue: TextRange?
  /// The mention the attribution names: a name, title, descriptor or pronoun.
  public var speaker: TextRange?
  /// The in-document entity the speaker resolves to, an index into
  /// ``Document/entities``.
  public var speakerEntity: Int?
  /// The quote this one is nested in, an index into ``Document/quotes``.
  public var parent: Int?
  /// How sure the attribution is, 0…1.
  public var confidence: Double

  public init(
    range: TextRange, kind: Kind, cue: TextRange? = nil, speaker: TextRange? = nil,
    speakerEntity: Int? = nil, parent: Int? = nil, confidence: Double = 1
  ) {
    self.range = range
    self.kind = kind
    self.cue = cue
    self.speaker = speaker
    self.speakerEntity = speakerEntity
    self.parent = parent
    self.confidence = confidence
  }
}
