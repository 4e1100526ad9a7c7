/// Writes JSON text into a byte buffer, key order as written, with two-space
/// indentation; small objects (spans) may be kept on one line.
///
/// Hand-written rather than `JSONEncoder` so that the output is the same
/// bytes on every platform and run, and cheap for large corpora.
public struct JSONWriter: Sendable {
  public private(set) var bytes: [UInt8] = []
  /// How many containers are open.
  private var depth = 0
  /// Whether the innermost open container has no element yet. (Outer ones
  /// always have one: the container open inside them.)
  private var first = true
  /// The depth of the outermost open container kept on one line; those
  /// inside it are on one line too. `Int.max` when there is none.
  private var inlineFrom = Int.max
  private var afterKey = false
  public var pretty: Bool

  public init(pretty: Bool = true, capacity: Int = 0) {
    self.pretty = pretty
    bytes.reserveCapacity(capacity)
  }

  /// Takes the buffer, leaving the writer empty.
  public mutating func take() -> [UInt8] {
    defer { bytes = [] }
    return bytes
  }

  /// A writer for the next elements of the container this writer has open,
  /// to be filled apart (on another worker) and appended after this one's
  /// bytes: it writes the same separators and indentation as this writer
  /// would. `first` tells whether no element precedes them.
  public func continuation(first: Bool) -> JSONWriter {
    var writer = self
    writer.bytes = []
    writer.afterKey = false
    if depth > 0 { writer.first = first }
    return writer
  }

  /// Records that elements of the open container were written by
  /// ``continuation(first:)`` writers, so that it closes as if written here.
  public mutating func noteElementsWritten() {
    if depth > 0 { first = false }
  }

  /// Appends bytes as they are, for framing around values (JSON Lines).
  public mutating func raw(_ text: StaticString) {
    text.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  private mutating func prepareValue() {
    if afterKey {
      afterKey = false
      return
    }
    guard depth > 0 else { return }
    let wasFirst = first
    first = false
    if depth >= inlineFrom {
      if !wasFirst {
        bytes.append(UInt8(ascii: ","))
        bytes.append(0x20)
      }
    } else {
      if !wasFirst { bytes.append(UInt8(ascii: ",")) }
      if pretty { newline(depth: depth) }
    }
  }

  private mutating func newline(depth: Int) {
    let length = 1 + 2 * depth
    if length <= Self.indentation.utf8CodeUnitCount {
      Self.indentation.withUTF8Buffer { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[0..<length])) }
    } else {
      bytes.append(0x0A)
      for _ in 0..<depth { bytes.append(0x20); bytes.append(0x20) }
    }
  }

  /// A line break and the spaces of the deepest common indentation.
  private static let indentation: StaticString = "\n                                                                "

  private mutating func open(_ mark: UInt8, inline: Bool) {
    prepareValue()
    bytes.append(mark)
    // A container is on one line when asked, when the output is compact,
    // or when it is inside one that is.
    let isInline = inline || !pretty || depth >= inlineFrom
    depth += 1
    first = true
    if isInline && inlineFrom > depth { inlineFrom = depth }
  }

  public mutating func beginObject(inline: Bool = false) {
    open(UInt8(ascii: "{"), inline: inline)
  }

  public mutating func endObject() {
    close(UInt8(ascii: "}"))
  }

  public mutating func beginArray(inline: Bool = false) {
    open(UInt8(ascii: "["), inline: inline)
  }

  public mutating func endArray() {
    close(UInt8(ascii: "]"))
  }

  private mutating func close(_ mark: UInt8) {
    let wasInline = depth >= inlineFrom
    let wasEmpty = first
    if inlineFrom == depth { inlineFrom = Int.max }
    depth -= 1
    first = false
    if !wasEmpty && !wasInline && pretty { newline(depth: depth) }
    bytes.append(mark)
  }

  /// A key: a literal in the code, so plain ASCII that needs no escape.
  public mutating func key(_ name: StaticString) {
    prepareValue()
    bytes.append(UInt8(ascii: "\""))
    name.withUTF8Buffer { bytes.append(contentsOf: $0) }
    raw("\": ")
    afterKey = true
  }

  public mutating func string(_ value: some StringProtocol) {
    prepareValue()
    appendQuoted(value)
  }

  /// A string given as valid UTF-8 bytes (a slice of a document's text),
  /// written without making a `String` of it first.
  public mutating func string(utf8: UnsafeBufferPointer<UInt8>) {
    prepareValue()
    bytes.append(UInt8(ascii: "\""))
    appendEscapedRun(utf8)
    bytes.append(UInt8(ascii: "\""))
  }

  public mutating func string(_ value: String?) {
    guard let value else { return null() }
    string(value)
  }

  public mutating func int(_ value: Int) {
    prepareValue()
    appendDigits(value)
  }

  /// Decimal digits written straight into the buffer: `String(value)` costs
  /// a conversion per number, and a corpus has millions of offsets.
  private mutating func appendDigits(_ value: Int) {
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    var magnitude = value.magnitude
    if magnitude < 10 {
      bytes.append(UInt8(ascii: "0") + UInt8(magnitude))
      return
    }
    // Digits from the right into a small scratch buffer, then one copy.
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
      var index = 20
      repeat {
        index -= 1
        digits[index] = UInt8(ascii: "0") + UInt8(magnitude % 10)
        magnitude /= 10
      } while magnitude > 0
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[index..<20]))
    }
  }

  /// A number in `0…1` style, rounded to four decimals.
  public mutating func double(_ value: Double) {
    prepareValue()
    let rounded = (value * 10_000).rounded() / 10_000
    if rounded == rounded.rounded() && abs(rounded) < 1e15 {
      appendDigits(Int(rounded))
    } else {
      bytes.append(contentsOf: String(rounded).utf8)
    }
  }

  public mutating func bool(_ value: Bool) {
    prepareValue()
    bytes.append(contentsOf: (value ? "true" : "false").utf8)
  }

  public mutating func null() {
    prepareValue()
    bytes.append(contentsOf: "null".utf8)
  }

  /// `"key": "value"` or `"key": null`.
  public mutating func field(_ name: StaticString, _ value: String?) {
    key(name)
    string(value)
  }

  public mutating func field(_ name: StaticString, _ value: Int) {
    key(name)
    int(value)
  }

  public mutating func emptyArray(_ name: StaticString) {
    key(name)
    beginArray()
    endArray()
  }

  private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

  private mutating func appendQuoted(_ value: some StringProtocol) {
    bytes.append(UInt8(ascii: "\""))
    let done: Void? = value.utf8.withContiguousStorageIfAvailable { appendEscapedRun($0) }
    if done == nil {
      for byte in value.utf8 { appendEscaped(byte) }
    }
    bytes.append(UInt8(ascii: "\""))
  }

  /// Copies UTF-8 bytes, escaping what JSON requires. Runs of bytes that need
  /// no escape are found eight at a time and copied in one go.
  private mutating func appendEscapedRun(_ utf8: UnsafeBufferPointer<UInt8>) {
    guard let base = utf8.baseAddress else { return }
    let count = utf8.count
    var runStart = 0
    var index = 0
    while index < count {
      if index + 8 <= count {
        let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
        if !Self.mayNeedEscape(word) {
          index += 8
          continue
        }
      }
      let byte = base[index]
      if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F {
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
        appendEscaped(byte)
        runStart = index + 1
      }
      index += 1
    }
    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
  }

  /// Whether any of eight bytes may be a control byte, `"`, backslash or DEL
  /// (false positives are rechecked byte by byte).
  private static func mayNeedEscape(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    // A byte below 0x20 (ASCII bytes only: high bytes are UTF-8 and never escaped).
    let control = (word &- ones &* 0x20) & ~word & highs
    let quote = word ^ (ones &* 0x22)
    let backslash = word ^ (ones &* 0x5C)
    let delete = word ^ (ones &* 0x7F)
    let zeroByte = { (x: UInt64) -> UInt64 in (x &- ones) & ~x & highs }
    return (control | zeroByte(quote) | zeroByte(backslash) | zeroByte(delete)) != 0
  }

  private mutating func appendEscaped(_ byte: UInt8) {
    switch byte {
    case UInt8(ascii: "\""): bytes.append(0x5C); bytes.append(byte)
    case UInt8(ascii: "\\"): bytes.append(0x5C); bytes.append(byte)
    case 0x0A: bytes.append(0x5C); bytes.append(UInt8(ascii: "n"))
    case 0x0D: bytes.append(0x5C); bytes.append(UInt8(ascii: "r"))
    case 0x09: bytes.append(0x5C); bytes.append(UInt8(ascii: "t"))
    case 0..<0x20, 0x7F:
      bytes.append(contentsOf: Array("\\u00".utf8))
      bytes.append(Self.hex[Int(byte >> 4)])
      bytes.append(Self.hex[Int(byte & 0xF)])
    default: bytes.append(byte)
    }
  }

}
