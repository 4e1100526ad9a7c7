/// One article: its metadata, its text, which never changes after ingest, and
/// the typed annotation layers that stages add by range into that text.
///
/// Layers are plain arrays sorted by position. A layer is filled by the stage
/// that declares it in ``DocumentStage/produces``; ``Pipeline`` checks that a
/// stage only runs after the layers it requires exist.
public struct Document: Sendable {
  /// Stable within one run: `d1`, `d2`, … in input order.
  public var id: String
  /// The file it came from, or `FILE#LINE` for JSON Lines.
  public var origin: String
  public var metadata: DocumentMetadata
  /// The analysed text. Every ``TextRange`` indexes its UTF-8 bytes.
  public let text: String

  /// Paragraph ranges, without their surrounding whitespace.
  public var paragraphs: [TextRange] = []
  /// Sentence ranges; a sentence never crosses a paragraph boundary.
  public var sentences: [TextRange] = []
  /// Tokens in text order. The pipeline empties this layer after the
  /// document stages unless a corpus stage requires it.
  public var tokens: [Token] = []
  /// Words and numbers in the text, counted by the tokenizer.
  public var wordCount = 0
  /// People, organisations and places found in this document.
  public var entities: [LocalEntity] = []
  /// Where those entities are mentioned, in text order.
  public var mentions: [Mention] = []
  /// Reported speech, in text order.
  public var quotes: [Quote] = []
  /// Temporal expressions, in text order.
  public var timexes: [Timex] = []
  /// The entity stage's per-token facts, kept for the quote stage's speaker
  /// resolution (a working layer, dropped after the document stages).
  var tokenFacts: TokenFacts?
  /// The content words that stories and derivations compare, compactly;
  /// nil until ``ContentProfiler`` has run.
  public var contentProfile: ContentProfile?
  /// The dated event of each sentence that has one, in text order; nil
  /// until ``DatedEventFinder`` has run.
  public var datedEvents: [DatedEvent]?

  public init(id: String, origin: String, metadata: DocumentMetadata, text: String) {
    self.id = id
    self.origin = origin
    self.metadata = metadata
    self.text = text
  }

  /// The text of a range.
  public func text(_ range: TextRange) -> Substring {
    let utf8 = text.utf8
    let lower = utf8.index(utf8.startIndex, offsetBy: Int(range.start))
    let upper = utf8.index(lower, offsetBy: range.length)
    return text[lower..<upper]
  }
}

extension Document {
  /// Layers that only stages read and the output never shows: the pipeline
  /// drops each as soon as no later stage requires it.
  public static let workingLayers: Set<Layer> = [.tokenFacts, .contentProfiles, .datedEvents]

  /// Empties `tokens` and the working layers in `layers`; other layers
  /// are kept.
  public mutating func drop(_ layers: Set<Layer>) {
    if layers.contains(.tokens) { tokens = [] }
    if layers.contains(.tokenFacts) { tokenFacts = nil }
    if layers.contains(.contentProfiles) { contentProfile = nil }
    if layers.contains(.datedEvents) { datedEvents = nil }
  }

  /// Gives back the spare capacity of the layers that outlive the document
  /// stages: stages reserve room generously while they build a layer, and a
  /// corpus would otherwise carry that room to the end of the run.
  public mutating func releaseSpareCapacity() {
    Self.shrink(&paragraphs)
    Self.shrink(&sentences)
    Self.shrink(&entities)
    Self.shrink(&mentions)
    Self.shrink(&quotes)
    Self.shrink(&timexes)
  }

  /// Copies an array into one of its own size when a quarter or more of its
  /// room is unused.
  static func shrink<Element>(_ array: inout [Element]) {
    guard array.capacity - array.count > max(4, array.count / 4) else { return }
    array = Array(unsafeUninitializedCapacity: array.count) { buffer, count in
      count = array.withUnsafeBufferPointer { source in
        guard let base = source.baseAddress, let target = buffer.baseAddress else { return 0 }
        target.initialize(from: base, count: source.count)
        return source.count
      }
    }
  }
}
