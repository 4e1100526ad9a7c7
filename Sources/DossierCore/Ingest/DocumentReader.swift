/// Reads one input format into articles.
///
/// One reader per format: adding HTML or WARC means adding a reader and
/// registering it in ``ReaderRegistry``; nothing else changes.
public protocol DocumentReader: Sendable {
  /// File name extensions this reader takes, lowercased, without the dot
  /// (`txt`, `warc.gz`).
  var fileExtensions: [String] { get }
  /// Reads the bytes of one file, which are valid only during the call.
  /// `path` is the path as given, used in origins and problems.
  func read(_ bytes: UnsafeBufferPointer<UInt8>, path: String) -> [IngestItem]
}

extension DocumentReader {
  /// Reads bytes held in an array.
  public func read(_ bytes: [UInt8], path: String) -> [IngestItem] {
    bytes.withUnsafeBufferPointer { read($0, path: path) }
  }
}

/// The readers Dossier knows, found by file name extension.
public struct ReaderRegistry: Sendable {
  public private(set) var readers: [any DocumentReader]

  public init(readers: [any DocumentReader]) {
    self.readers = readers
  }

  /// Plain text and JSON Lines.
  public static let standard = ReaderRegistry(readers: [PlainTextReader(), JSONLinesReader()])

  /// The reader for a path, by its longest matching extension.
  public func reader(for path: String) -> (any DocumentReader)? {
    let name = path.split(separator: "/").last.map { $0.lowercased() } ?? ""
    var best: (reader: any DocumentReader, length: Int)?
    for reader in readers {
      for ext in reader.fileExtensions where name.hasSuffix("." + ext) {
        if ext.count > (best?.length ?? -1) { best = (reader, ext.count) }
      }
    }
    return best?.reader
  }

  /// Every extension, for messages: `.txt, .jsonl, .ndjson`.
  public var extensionList: String {
    readers.flatMap(\.fileExtensions).map { "." + $0 }.joined(separator: ", ")
  }

  /// The reader for JSON Lines on standard input.
  public var standardInputReader: any DocumentReader {
    readers.first { $0.fileExtensions.contains("jsonl") } ?? JSONLinesReader()
  }
}
