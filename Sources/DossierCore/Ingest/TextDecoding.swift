/// Turns the bytes of a text file into a string: UTF-8 with or without a
/// byte order mark, UTF-16 with one, and Windows-1252 where the bytes are
/// not valid UTF-8 (the usual encoding of old English-language news files).
public enum TextDecoding {
  /// The encoding a file was read in.
  public enum Encoding: String, Sendable {
    case utf8, utf16LittleEndian, utf16BigEndian, windows1252
  }

  /// Why bytes could not be read as text.
  public enum Failure: Error, Hashable, Sendable, CustomStringConvertible {
    case empty
    case binary

    public var description: String {
      switch self {
      case .empty: return "empty file"
      case .binary: return "binary file, not text"
      }
    }
  }

  /// Decodes `bytes`, or fails when they are empty, only whitespace, or
  /// binary (NUL bytes or many control characters).
  public static func decode(_ bytes: [UInt8]) -> Result<(String, Encoding), Failure> {
    if bytes.count >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE {
      return finish(utf16(bytes.dropFirst(2), littleEndian: true), .utf16LittleEndian)
    }
    if bytes.count >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF {
      return finish(utf16(bytes.dropFirst(2), littleEndian: false), .utf16BigEndian)
    }
    var body = bytes[...]
    if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
      body = bytes.dropFirst(3)
    }
    if looksBinary(body) { return .failure(.binary) }
    if let text = String(validating: body, as: UTF8.self) {
      return finish(text, .utf8)
    }
    return finish(windows1252(body), .windows1252)
  }

  private static func finish(_ text: String, _ encoding: Encoding) -> Result<(String, Encoding), Failure> {
    isBlank(text) ? .failure(.empty) : .success((text, encoding))
  }

  /// True when the text has nothing but whitespace.
  public static func isBlank(_ text: String) -> Bool {
    for scalar in text.unicodeScalars where !scalar.properties.isWhitespace {
      return false
    }
    return true
  }

  /// NUL bytes, or more than one control character in ten, in the first
  /// 64 KiB.
  static func looksBinary(_ bytes: some Collection<UInt8>) -> Bool {
    var controls = 0
    var seen = 0
    for byte in bytes.prefix(65_536) {
      seen += 1
      if byte == 0 { return true }
      if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C {
        controls += 1
      }
    }
    return seen > 0 && controls * 10 > seen
  }

  static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> String {
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var index = bytes.startIndex
    while index + 1 < bytes.endIndex {
      let a = UInt16(bytes[index])
      let b = UInt16(bytes[index + 1])
      units.append(littleEndian ? a | b << 8 : a << 8 | b)
      index += 2
    }
    return String(decoding: units, as: UTF16.self)
  }

  /// Decodes Windows-1252; the five unassigned bytes become U+FFFD.
  public static func windows1252(_ bytes: ArraySlice<UInt8>) -> String {
    var scalars = String.UnicodeScalarView()
    for byte in bytes {
      if byte < 0x80 || byte >= 0xA0 {
        scalars.append(Unicode.Scalar(byte))
      } else {
        let code = windows1252High[Int(byte - 0x80)]
        scalars.append(code == 0 ? "\u{FFFD}" : Unicode.Scalar(code) ?? "\u{FFFD}")
      }
    }
    return String(scalars)
  }

  /// Code points of bytes 0x80–0x9F; 0 marks the unassigned ones.
  private static let windows1252High: [UInt32] = [
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
  ]
}
