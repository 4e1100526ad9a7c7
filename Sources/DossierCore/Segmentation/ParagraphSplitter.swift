/// Cuts text into paragraphs at line breaks.
///
/// News text from the web marks paragraphs with a blank line or with a single
/// line break; both end a paragraph here. Lines of only whitespace are
/// skipped, and each paragraph's range leaves out its surrounding spaces.
public struct ParagraphSplitter: Sendable {
  public init() {}

  public func split(_ text: String) -> [TextRange] {
    var copy = text
    return copy.withUTF8 { split(bytes: $0) }
  }

  public func split(bytes: UnsafeBufferPointer<UInt8>) -> [TextRange] {
    var result: [TextRange] = []
    var position = 0
    let count = bytes.count
    while position < count {
      var lineEnd = position
      var breakLength = 0
      while lineEnd < count {
        let byte = bytes[lineEnd]
        if byte == 0x0A || byte == 0x0D {
          breakLength = 1
          break
        }
        // U+2028 and U+2029, line and paragraph separators.
        if byte == 0xE2 && lineEnd + 2 < count && bytes[lineEnd + 1] == 0x80
          && (bytes[lineEnd + 2] == 0xA8 || bytes[lineEnd + 2] == 0xA9)
        {
          breakLength = 3
          break
        }
        lineEnd += 1
      }
      if let range = trimmed(bytes, position, lineEnd) { result.append(range) }
      position = lineEnd + breakLength
      if breakLength == 0 { break }
    }
    return result
  }

  private func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> TextRange? {
    var lower = start
    var upper = end
    while lower < upper {
      let (scalar, length) = decodeScalar(bytes, at: lower)
      guard isSpace(scalar) else { break }
      lower += length
    }
    while upper > lower {
      let (scalar, length) = decodeScalar(bytes, before: upper)
      guard isSpace(scalar) else { break }
      upper -= length
    }
    return lower < upper ? TextRange(start: UInt32(lower), end: UInt32(upper)) : nil
  }

  private func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return ScalarClass.ascii[Int(scalar.value)] == .space }
    return ScalarClass.of(scalar) == .space
  }
}
