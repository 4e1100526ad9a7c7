/// Reads the gold files of `../shared/data/`: JSON Lines, one record per
/// input line, in the same order, with the same `id`.
public enum GoldFile {
  /// Loads every row of a JSON Lines file, or throws the first problem.
  public static func load(_ path: String) throws(IngestProblem) -> [JSONValue] {
    let bytes: [UInt8]
    do {
      bytes = try FileAccess.readAll(path)
    } catch {
      throw IngestProblem(location: path, problem: error.description)
    }
    var rows: [JSONValue] = []
    for (number, range) in JSONLinesReader.lineRanges(bytes[...]) {
      let value: JSONValue? = bytes.withUnsafeBufferPointer { buffer in
        try? JSONParser.parse(bytes: UnsafeBufferPointer(rebasing: buffer[range]))
      }
      guard let value else { throw IngestProblem(location: "\(path):\(number)", problem: "not valid JSON") }
      rows.append(value)
    }
    return rows
  }
}
