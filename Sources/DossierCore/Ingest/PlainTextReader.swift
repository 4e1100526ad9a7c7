/// Reads `.txt` articles: one article a file, with an optional
/// ``MetadataHeader`` that is removed from the text.
public struct PlainTextReader: DocumentReader {
  public init() {}

  public var fileExtensions: [String] { ["txt", "text"] }

  public func read(_ bytes: UnsafeBufferPointer<UInt8>, path: String) -> [IngestItem] {
    switch TextDecoding.decode(Array(bytes)) {
    case .failure(let failure):
      return [.problem(IngestProblem(location: path, problem: failure.description))]
    case .success(let (decoded, _)):
      guard let header = MetadataHeader.parse(decoded) else {
        return [.article(IngestedArticle(origin: path, metadata: DocumentMetadata(), text: decoded))]
      }
      let utf8 = decoded.utf8
      let start = utf8.index(utf8.startIndex, offsetBy: header.textStart)
      let text = String(decoded[start...])
      if TextDecoding.isBlank(text) {
        return [.problem(IngestProblem(location: path, problem: "no article text after the metadata header"))]
      }
      return [.article(IngestedArticle(origin: path, metadata: header.metadata, text: text))]
    }
  }
}
