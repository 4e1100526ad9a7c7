/// The optional metadata header at the top of a plain-text article.
///
/// Recognised lines, keys in any case:
/// - `date: 2023-01-31`, `published: 2023-01-31T08:00:00Z`, `title: …`,
///   `source: …`, `url: …` (colon form);
/// - `date 2023-01-31`, `url https://…`, `title …`, `source …` (space form);
/// - the one-line form ` date 2023-01-31 First sentence…`, where the
///   article begins on the header's line, right after the date.
///
/// A space-form `title` or `source` line alone is not taken for a header,
/// so an article that opens with "Title IX …" keeps its first line.
public struct MetadataHeader: Hashable, Sendable {
  public var metadata: DocumentMetadata
  /// The UTF-8 offset where the article text begins.
  public var textStart: Int

  private enum Key: String {
    case date, published, title, source, url
  }

  /// Parses the header of `text`, or returns `nil` when it has none.
  public static func parse(_ text: String) -> MetadataHeader? {
    var copy = text
    return copy.withUTF8 { parse(bytes: $0) }
  }

  static func parse(bytes: UnsafeBufferPointer<UInt8>) -> MetadataHeader? {
    var metadata = DocumentMetadata()
    var position = 0
    var lines = 0
    var certain = false
    var textStart: Int?
    let count = bytes.count

    scan: while position < count {
      var lineEnd = position
      while lineEnd < count && bytes[lineEnd] != 0x0A && bytes[lineEnd] != 0x0D { lineEnd += 1 }
      var cursor = skipSpaces(bytes, from: position, to: lineEnd)
      if cursor == lineEnd {
        // A blank line: before the header it is skipped, after it ends it.
        if lines > 0 { break scan }
        position = nextLine(bytes, after: lineEnd)
        continue
      }
      let keyStart = cursor
      while cursor < lineEnd && isLetter(bytes[cursor]) { cursor += 1 }
      let keyText = String(decoding: UnsafeBufferPointer(rebasing: bytes[keyStart..<cursor]), as: UTF8.self)
      guard let key = Key(rawValue: keyText.lowercased()), cursor < lineEnd else { break scan }
      let colon = bytes[cursor] == UInt8(ascii: ":")
      guard colon || bytes[cursor] == 0x20 || bytes[cursor] == 0x09 else { break scan }
      cursor = skipSpaces(bytes, from: colon ? cursor + 1 : cursor, to: lineEnd)
      var valueEnd = lineEnd
      while valueEnd > cursor && isSpace(bytes[valueEnd - 1]) { valueEnd -= 1 }
      let value = String(decoding: UnsafeBufferPointer(rebasing: bytes[cursor..<valueEnd]), as: UTF8.self)

      switch key {
      case .date, .published:
        var tokenEnd = cursor
        while tokenEnd < lineEnd && !isSpace(bytes[tokenEnd]) { tokenEnd += 1 }
        let token = String(decoding: UnsafeBufferPointer(rebasing: bytes[cursor..<tokenEnd]), as: UTF8.self)
        let date = CalendarDate(iso: token)
        if date == nil && !colon { break scan }
        if let date { metadata.published = PublishedDate(date: date, basis: .header) }
        certain = true
        lines += 1
        let rest = skipSpaces(bytes, from: tokenEnd, to: lineEnd)
        if date != nil && rest < lineEnd {
          // The one-line form: the article starts after the date.
          textStart = rest
          break scan
        }
      case .url:
        let looksLikeURL = value.hasPrefix("http://") || value.hasPrefix("https://") || value.hasPrefix("www.")
        guard colon || looksLikeURL else { break scan }
        metadata.url = value.isEmpty ? nil : value
        certain = certain || colon || looksLikeURL
        lines += 1
      case .title, .source:
        guard !value.isEmpty || colon else { break scan }
        if key == .title { metadata.title = value.isEmpty ? nil : value }
        if key == .source { metadata.source = value.isEmpty ? nil : value }
        certain = certain || colon
        lines += 1
      }
      position = nextLine(bytes, after: lineEnd)
    }

    guard lines > 0, certain || lines >= 2 else { return nil }
    var start = textStart ?? position
    while start < count && (isSpace(bytes[start]) || bytes[start] == 0x0A || bytes[start] == 0x0D) {
      start += 1
    }
    return MetadataHeader(metadata: metadata, textStart: start)
  }

  private static func nextLine(_ bytes: UnsafeBufferPointer<UInt8>, after lineEnd: Int) -> Int {
    guard lineEnd < bytes.count else { return lineEnd }
    if bytes[lineEnd] == 0x0D && lineEnd + 1 < bytes.count && bytes[lineEnd + 1] == 0x0A {
      return lineEnd + 2
    }
    return lineEnd + 1
  }

  private static func skipSpaces(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to end: Int) -> Int {
    var cursor = from
    while cursor < end && isSpace(bytes[cursor]) { cursor += 1 }
    return cursor
  }

  private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
  }
}
