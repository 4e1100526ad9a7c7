import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads JSON Lines (`.jsonl`, `.ndjson`, and `-` for standard input): one
/// article an object, `text` required; `title`, `source`, `url` and
/// `published` (an ISO date or date-time) optional.
///
/// A row that is not JSON, not an object, or has no `text` is reported with
/// its line number and skipped; the other rows are read. Large files are
/// parsed on all cores.
public struct JSONLinesReader: DocumentReader {
  public var jobs: Int

  public init(jobs: Int = ProcessorInfo.activeCores) {
    self.jobs = jobs
  }

  public var fileExtensions: [String] { ["jsonl", "ndjson"] }

  public func read(_ bytes: UnsafeBufferPointer<UInt8>, path: String) -> [IngestItem] {
    var body = bytes
    if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
      body = UnsafeBufferPointer(rebasing: bytes[3...])
    }
    if TextDecoding.looksBinary(body[...]) {
      return [.problem(IngestProblem(location: path, problem: TextDecoding.Failure.binary.description))]
    }
    let lines = Self.lineRanges(body)
    if lines.isEmpty {
      return [.problem(IngestProblem(location: path, problem: TextDecoding.Failure.empty.description))]
    }
    var items = [IngestItem?](repeating: nil, count: lines.count)
    let workers = lines.count >= 256 ? max(1, jobs) : 1
    items.withUnsafeMutableBufferPointer { output in
      let shared = UncheckedSendable(output)
      let input = UncheckedSendable(body)
      DispatchQueue.concurrentPerform(iterations: workers) { worker in
        var index = worker
        while index < lines.count {
          let (number, range) = lines[index]
          shared.value[index] = Self.readRow(
            UnsafeBufferPointer(rebasing: input.value[range]), path: path, line: number)
          index += workers
        }
      }
    }
    return items.compactMap { $0 }
  }

  /// The non-blank lines with their 1-based numbers, as indices of `bytes`.
  static func lineRanges(_ bytes: ArraySlice<UInt8>) -> [(Int, Range<Int>)] {
    let base = bytes.startIndex
    return bytes.withUnsafeBufferPointer { buffer in
      lineRanges(buffer).map { number, range in (number, (base + range.lowerBound)..<(base + range.upperBound)) }
    }
  }

  /// The non-blank lines with their 1-based numbers, as offsets in `buffer`.
  static func lineRanges(_ buffer: UnsafeBufferPointer<UInt8>) -> [(Int, Range<Int>)] {
    var result: [(Int, Range<Int>)] = []
    var start = 0
    var number = 1
    while start <= buffer.count {
      var end = buffer.count
      if start < buffer.count, let base = buffer.baseAddress,
        let found = memchr(base + start, 0x0A, buffer.count - start)
      {
        end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
      }
      var trimmed = end
      while trimmed > start
        && (buffer[trimmed - 1] == 0x0D || buffer[trimmed - 1] == 0x20 || buffer[trimmed - 1] == 0x09)
      {
        trimmed -= 1
      }
      var first = start
      while first < trimmed && (buffer[first] == 0x20 || buffer[first] == 0x09) { first += 1 }
      if first < trimmed { result.append((number, start..<trimmed)) }
      number += 1
      start = end + 1
    }
    return result
  }

  static func readRow(_ line: UnsafeBufferPointer<UInt8>, path: String, line number: Int) -> IngestItem {
    let location = "\(path):\(number)"
    let value: JSONValue
    do {
      value = try JSONParser.parse(bytes: line)
    } catch {
      return .problem(IngestProblem(location: location, problem: "not valid JSON: \(error)"))
    }
    guard case .object = value else {
      return .problem(IngestProblem(location: location, problem: "not a JSON object"))
    }
    guard let textValue = value["text"], !textValue.isNull else {
      return .problem(IngestProblem(location: location, problem: "no \"text\" field"))
    }
    guard let text = textValue.stringValue else {
      return .problem(IngestProblem(location: location, problem: "\"text\" is not a string"))
    }
    if TextDecoding.isBlank(text) {
      return .problem(IngestProblem(location: location, problem: "\"text\" is empty"))
    }
    var metadata = DocumentMetadata(
      title: nonEmpty(value["title"]?.stringValue),
      source: nonEmpty(value["source"]?.stringValue),
      url: nonEmpty(value["url"]?.stringValue)
    )
    if let published = value["published"]?.stringValue, let date = CalendarDate(iso: published) {
      metadata.published = PublishedDate(date: date, basis: .metadata)
    }
    return .article(IngestedArticle(origin: "\(path)#\(number)", metadata: metadata, text: text))
  }

  private static func nonEmpty(_ value: String?) -> String? {
    guard let value else { return nil }
    let trimmed = value.trimmingSpaces
    return trimmed.isEmpty ? nil : trimmed
  }
}

extension String {
  /// The string without leading and trailing whitespace and newlines.
  var trimmingSpaces: String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }
}
