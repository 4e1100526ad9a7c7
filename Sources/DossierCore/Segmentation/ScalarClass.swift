/// The classes of characters the segmenters tell apart, looked up by byte
/// for ASCII and computed once per scalar above it.
enum ScalarClass: UInt8 {
  case space, newline, letter, digit, punctuation, quote, dash, symbol, joiner

  /// ASCII classes by byte value.
  static let ascii: [ScalarClass] = (0..<128).map { value -> ScalarClass in
    switch UInt8(value) {
    case 0x0A, 0x0D: return .newline
    case 0x09, 0x0B, 0x0C, 0x20: return .space
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): return .letter
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return .digit
    case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "`"): return .quote
    case 0x00..<0x20, 0x7F: return .space
    default: return .punctuation
    }
  }

  /// The class of a scalar above ASCII.
  static func of(_ scalar: Unicode.Scalar) -> ScalarClass {
    switch scalar.value {
    case 0x85, 0x2028, 0x2029: return .newline
    case 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF: return .space
    case 0x200C, 0x200D, 0xFE00...0xFE0F: return .joiner
    case 0x2018...0x201F, 0xAB, 0xBB, 0x2039, 0x203A: return .quote
    case 0x2010...0x2015, 0x2212: return .dash
    case 0x0300...0x036F: return .letter  // combining marks stay in their word
    default:
      let properties = scalar.properties
      if properties.isAlphabetic { return .letter }
      if properties.numericType == .decimal { return .digit }
      switch properties.generalCategory {
      case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
        .initialPunctuation, .finalPunctuation, .otherPunctuation, .currencySymbol:
        return .punctuation
      case .nonspacingMark, .spacingMark, .enclosingMark:
        return .joiner
      default:
        return .symbol
      }
    }
  }
}

/// Decodes the scalar starting at `index`; returns it and its byte length.
@inline(__always)
func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
  let lead = bytes[index]
  if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
  let count = bytes.count
  var value: UInt32
  var length: Int
  if lead >= 0xF0 {
    value = UInt32(lead & 0x07)
    length = 4
  } else if lead >= 0xE0 {
    value = UInt32(lead & 0x0F)
    length = 3
  } else {
    value = UInt32(lead & 0x1F)
    length = 2
  }
  guard index + length <= count else { return ("\u{FFFD}", 1) }
  for offset in 1..<length {
    value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
  }
  return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
}

/// The scalar that ends just before `index`, and its byte length.
@inline(__always)
func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, before index: Int) -> (Unicode.Scalar, Int) {
  var start = index - 1
  while start > 0 && bytes[start] & 0xC0 == 0x80 && index - start < 4 { start -= 1 }
  let (scalar, _) = decodeScalar(bytes, at: start)
  return (scalar, index - start)
}
