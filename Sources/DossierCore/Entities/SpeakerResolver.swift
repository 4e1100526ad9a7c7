/// Resolves the speaker an attribution names to an in-document entity, for
/// the quote extractor.
///
/// Requires the `tokens`, `sentences` and `entities` layers (run
/// ``EntityRecognizer`` first). Given the range of a speaker mention — a
/// name (`Peskov`), a title and name (`Mr Peskov`), a descriptor (`the
/// Kremlin spokesman`, `Mr Sunak's official spokesman`) or a pronoun (`he`) —
/// it returns the index into ``Document/entities`` of the entity it refers
/// to. When no mention covers the range yet, it analyses the range, links
/// it to an entity (creating one for a new name or descriptor) and adds the
/// mention to ``Document/mentions``. Unknown is `nil`: an unresolvable
/// pronoun, or a phrase that names no person or organisation (`the
/// statement`).
public enum SpeakerResolver {
  /// The entity the speaker at `range` refers to, or `nil`.
  ///
  /// - Parameters:
  ///   - range: the speaker mention, UTF-8 offsets into `document.text`.
  ///   - document: the document; its `entities` and `mentions` may grow.
  ///   - enclosingSpeaker: for a first-person pronoun (`I`, `we`) inside a
  ///     quote, the entity of the quote's speaker, which it refers to.
  /// - Returns: an index into `document.entities`, or `nil`.
  public static func resolve(
    _ range: TextRange, in document: inout Document, enclosingSpeaker: Int? = nil
  ) -> Int? {
    resolution(range, in: &document, enclosingSpeaker: enclosingSpeaker)?.entity
  }

  /// Like ``resolve(_:in:enclosingSpeaker:)``, with how sure the link is
  /// (0…1): 1 for a name, less for a descriptor joined by context or a
  /// pronoun.
  public static func resolution(
    _ range: TextRange, in document: inout Document, enclosingSpeaker: Int? = nil
  ) -> (entity: Int, confidence: Double)? {
    // Placeholder until the linker lands: an existing overlapping mention.
    for mention in document.mentions where mention.range.overlaps(range) {
      return (mention.entity, mention.kind == .name ? 1 : 0.7)
    }
    return nil
  }
}
