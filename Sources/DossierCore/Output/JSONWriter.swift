/// Writes JSON text into a byte buffer, key order as written, with two-space
/// indentation; small objects (spans) may be kept on one line.
///
/// Hand-written rather than `JSONEncoder` so that the output is the same
/// bytes on every platform and run, and cheap for large corpora: each piece
/// (a separator, a key, a number, a run of text) is copied into room made
/// once for it, not appended byte by byte.
public struct JSONWriter: Sendable {
  /// The output is `storage[0..<count]`; the rest is room to grow.
  private var storage: [UInt8] = []
  private var count = 0
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
    if capacity > 0 { storage = [UInt8](repeating: 0, count: capacity) }
  }

  /// What has been written so far.
  public var bytes: [UInt8] { Array(storage[0..<count]) }

  /// Takes the buffer, leaving the writer empty.
  public mutating func take() -> [UInt8] {
    storage.removeSubrange(count...)
    defer {
      storage = []
      count = 0
    }
    return storage
  }

  /// A writer for the next elements of the container this writer has open,
  /// to be filled apart (on another worker) and appended after this one's
  /// bytes: it writes the same separators and indentation as this writer
  /// would. `first` tells whether no element precedes them.
  public func continuation(first: Bool, capacity: Int = 0) -> JSONWriter {
    var writer = JSONWriter(pretty: pretty, capacity: capacity)
    writer.depth = depth
    writer.inlineFrom = inlineFrom
    writer.first = depth > 0 ? first : self.first
    return writer
  }

  /// Records that elements of the open container were written by
  /// ``continuation(first:)`` writers, so that it closes as if written here.
  public mutating func noteElementsWritten() {
    if depth > 0 { first = false }
  }

  /// Appends bytes as they are, for framing around values (JSON Lines).
  public mutating func raw(_ text: StaticString) {
    text.withUTF8Buffer { append($0) }
  }

  // MARK: Room in the buffer

  /// Makes room for at most `maximum` bytes, lets `body` write them at the
  /// end and keeps as many as it says it wrote.
  @inline(__always)
  private mutating func write(atMost maximum: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
    if storage.count - count < maximum { grow(maximum) }
    let start = count
    count += storage.withUnsafeMutableBufferPointer { body($0.baseAddress! + start) }
  }

  @inline(never)
  private mutating func grow(_ needed: Int) {
    let size = max(storage.count * 2, count + needed, 4096)
    // A new buffer takes the bytes written so far and zeroes the rest:
    // appending a zeroed block would zero it and then copy it.
    let old = storage
    let used = count
    storage = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
      guard let base = buffer.baseAddress else { return }
      old.withUnsafeBufferPointer { old in
        if let source = old.baseAddress, used > 0 { base.initialize(from: source, count: used) }
      }
      (base + used).initialize(repeating: 0, count: size - used)
      initialized = size
    }
  }

  @inline(__always)
  private mutating func append(_ source: UnsafeBufferPointer<UInt8>) {
    let length = source.count
    guard length > 0, let base = source.baseAddress else { return }
    write(atMost: length) { target in
      Self.copy(base, to: target, count: length)
      return length
    }
  }

  @inline(__always)
  private mutating func append(_ byte: UInt8) {
    write(atMost: 1) { target in
      target.pointee = byte
      return 1
    }
  }

  /// Copies `count` bytes. Most pieces (keys, ids, short runs of text) are
  /// a few bytes, for which a call to `memcpy` costs more than the copy:
  /// up to 16 bytes go as two overlapping words.
  @inline(__always)
  private static func copy(_ source: UnsafePointer<UInt8>, to target: UnsafeMutablePointer<UInt8>, count: Int) {
    let from = UnsafeRawPointer(source)
    let to = UnsafeMutableRawPointer(target)
    if count > 16 {
      target.update(from: source, count: count)
    } else if count >= 8 {
      let head = from.loadUnaligned(as: UInt64.self)
      let tail = from.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
      to.storeBytes(of: head, as: UInt64.self)
      to.storeBytes(of: tail, toByteOffset: count - 8, as: UInt64.self)
    } else if count >= 4 {
      let head = from.loadUnaligned(as: UInt32.self)
      let tail = from.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
      to.storeBytes(of: head, as: UInt32.self)
      to.storeBytes(of: tail, toByteOffset: count - 4, as: UInt32.self)
    } else if count > 0 {
      // Three bytes at most, written without a loop the compiler would
      // turn back into a call.
      target[0] = source[0]
      target[count >> 1] = source[count >> 1]
      target[count - 1] = source[count - 1]
    }
  }

  /// Writes `count` spaces of indentation, eight at a time: the room a
  /// write makes always holds them (see ``prepareValue()``).
  @inline(__always)
  private static func spaces(_ count: Int, at target: UnsafeMutablePointer<UInt8>) {
    guard count > 0 else { return }
    let to = UnsafeMutableRawPointer(target)
    var offset = 0
    while offset + 8 <= count {
      to.storeBytes(of: 0x2020_2020_2020_2020 as UInt64, toByteOffset: offset, as: UInt64.self)
      offset += 8
    }
    while offset < count {
      target[offset] = 0x20
      offset += 1
    }
  }

  // MARK: Structure

  /// The separator before a value: a comma unless it is the first, then a
  /// space on one line or a line break and indentation.
  private mutating func prepareValue() {
    if afterKey {
      afterKey = false
      return
    }
    guard depth > 0 else { return }
    let wasFirst = first
    first = false
    let inline = depth >= inlineFrom
    if inline && wasFirst { return }
    let indent = !inline && pretty ? 2 * depth : -1
    write(atMost: 3 + max(indent, 0)) { target in
      var written = 0
      if !wasFirst {
        target[0] = UInt8(ascii: ",")
        written = 1
      }
      if inline {
        target[written] = 0x20
        return written + 1
      }
      if indent >= 0 {
        target[written] = 0x0A
        Self.spaces(indent, at: target + written + 1)
        written += 1 + indent
      }
      return written
    }
  }

  /// A line break and the indentation of `depth` open containers.
  private mutating func newline(depth: Int) {
    write(atMost: 1 + 2 * depth) { target in
      target[0] = 0x0A
      Self.spaces(2 * depth, at: target + 1)
      return 1 + 2 * depth
    }
  }

  private mutating func open(_ mark: UInt8, inline: Bool) {
    prepareValue()
    append(mark)
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
    append(mark)
  }

  // MARK: Values

  /// A key: a literal in the code, so plain ASCII that needs no escape.
  public mutating func key(_ name: StaticString) {
    prepareValue()
    name.withUTF8Buffer { name in
      let length = name.count
      write(atMost: length + 4) { target in
        target[0] = UInt8(ascii: "\"")
        if let base = name.baseAddress { Self.copy(base, to: target + 1, count: length) }
        target[length + 1] = UInt8(ascii: "\"")
        target[length + 2] = UInt8(ascii: ":")
        target[length + 3] = 0x20
        return length + 4
      }
    }
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
    append(UInt8(ascii: "\""))
    appendEscapedRun(utf8)
    append(UInt8(ascii: "\""))
  }

  /// A string of a prefix and a number, `"q12"`, written without making a
  /// `String` of it. The prefix is a literal that needs no escape.
  public mutating func string(prefix: StaticString, number: Int) {
    prepareValue()
    prefix.withUTF8Buffer { prefix in
      write(atMost: prefix.count + 22) { target in
        target[0] = UInt8(ascii: "\"")
        if let base = prefix.baseAddress { Self.copy(base, to: target + 1, count: prefix.count) }
        var written = 1 + prefix.count
        written += Self.digits(number, into: target + written)
        target[written] = UInt8(ascii: "\"")
        return written + 1
      }
    }
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
    write(atMost: 20) { Self.digits(value, into: $0) }
  }

  /// Writes the decimal digits of `value` (at most 20 bytes) and returns
  /// how many.
  @inline(__always)
  private static func digits(_ value: Int, into target: UnsafeMutablePointer<UInt8>) -> Int {
    var written = 0
    if value < 0 {
      target[0] = UInt8(ascii: "-")
      written = 1
    }
    var magnitude = value.magnitude
    var length = 1
    var rest = magnitude / 10
    while rest > 0 {
      length += 1
      rest /= 10
    }
    var index = written + length
    repeat {
      index -= 1
      target[index] = UInt8(ascii: "0") + UInt8(magnitude % 10)
      magnitude /= 10
    } while magnitude > 0
    return written + length
  }

  /// `{"doc": "ID", "start": N, "end": N}` on one line, as `beginObject(inline:
  /// true)` and three fields would write it, but in one piece: spans are
  /// most of the objects in the output.
  public mutating func span(document: String, start: Int, end: Int) {
    var id = document
    let plain = id.withUTF8 { bytes in
      !bytes.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == 0x7F }
    }
    guard plain else {
      beginObject(inline: true)
      field("doc", document)
      field("start", start)
      field("end", end)
      endObject()
      return
    }
    prepareValue()
    id.withUTF8 { id in
      write(atMost: id.count + 64) { target in
        // Literal pieces copied by a plain function: a nested function that
        // wrote to a captured count would make every write a checked access.
        var written = Self.put("{\"doc\": \"", at: target)
        if let base = id.baseAddress { Self.copy(base, to: target + written, count: id.count) }
        written += id.count
        written += Self.put("\", \"start\": ", at: target + written)
        written += Self.digits(start, into: target + written)
        written += Self.put(", \"end\": ", at: target + written)
        written += Self.digits(end, into: target + written)
        written += Self.put("}", at: target + written)
        return written
      }
    }
    // As after closing an object: the container it is in has an element.
    first = false
  }

  /// Copies a literal to `target` and returns its length.
  @inline(__always)
  private static func put(_ text: StaticString, at target: UnsafeMutablePointer<UInt8>) -> Int {
    let length = text.utf8CodeUnitCount
    let source = text.utf8Start
    for offset in 0..<length { target[offset] = source[offset] }
    return length
  }

  /// A number in `0…1` style, rounded to four decimals.
  public mutating func double(_ value: Double) {
    prepareValue()
    let scaled = (value * 10_000).rounded()
    let rounded = scaled / 10_000
    if rounded == rounded.rounded() && abs(rounded) < 1e15 {
      appendDigits(Int(rounded))
    } else if abs(scaled) < 1e15, abs(rounded) >= 1e-4 {
      // `String(rounded)` would print the shortest decimal that reads back
      // as `rounded`: for the double nearest to k/10000 that is k's digits
      // with four decimals, trailing zeros dropped.
      write(atMost: 24) { Self.fourDecimals(Int(scaled), into: $0) }
    } else {
      var text = String(rounded)
      text.withUTF8 { append($0) }
    }
  }

  /// Writes `units / 10000` as `[-]I.FFFF` without trailing zeros (`units`
  /// not a multiple of 10000) and returns how many bytes.
  private static func fourDecimals(_ units: Int, into target: UnsafeMutablePointer<UInt8>) -> Int {
    var written = 0
    if units < 0 {
      target[0] = UInt8(ascii: "-")
      written = 1
    }
    let magnitude = Int(units.magnitude)
    written += digits(magnitude / 10_000, into: target + written)
    target[written] = UInt8(ascii: ".")
    written += 1
    var fraction = magnitude % 10_000
    var divisor = 1000
    while fraction > 0 {
      target[written] = UInt8(ascii: "0") + UInt8(fraction / divisor)
      written += 1
      fraction %= divisor
      divisor /= 10
    }
    return written
  }

  public mutating func bool(_ value: Bool) {
    prepareValue()
    raw(value ? "true" : "false")
  }

  public mutating func null() {
    prepareValue()
    raw("null")
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

  // MARK: Escaping

  private mutating func appendQuoted(_ value: some StringProtocol) {
    append(UInt8(ascii: "\""))
    let done: Void? = value.utf8.withContiguousStorageIfAvailable { appendEscapedRun($0) }
    if done == nil {
      var copy = String(value)
      copy.withUTF8 { appendEscapedRun($0) }
    }
    append(UInt8(ascii: "\""))
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
        append(UnsafeBufferPointer(start: base + runStart, count: index - runStart))
        appendEscaped(byte)
        runStart = index + 1
      }
      index += 1
    }
    append(UnsafeBufferPointer(start: base + runStart, count: count - runStart))
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
    write(atMost: 6) { target in
      target[0] = 0x5C
      switch byte {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"): target[1] = byte
      case 0x0A: target[1] = UInt8(ascii: "n")
      case 0x0D: target[1] = UInt8(ascii: "r")
      case 0x09: target[1] = UInt8(ascii: "t")
      default:
        let hex: StaticString = "0123456789abcdef"
        target[1] = UInt8(ascii: "u")
        target[2] = UInt8(ascii: "0")
        target[3] = UInt8(ascii: "0")
        target[4] = hex.utf8Start[Int(byte >> 4)]
        target[5] = hex.utf8Start[Int(byte & 0xF)]
        return 6
      }
      return 2
    }
  }
}
