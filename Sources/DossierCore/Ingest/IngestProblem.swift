/// Input that could not be read, with where it was and what was wrong.
///
/// Its description is the one line the command prints on standard error:
/// `FILE[:LINE]: problem`.
public struct IngestProblem: Error, Hashable, Sendable, CustomStringConvertible {
  /// The path as given, with `:LINE` for a JSON Lines row.
  public var location: String
  public var problem: String

  public init(location: String, problem: String) {
    self.location = location
    self.problem = problem
  }

  public var description: String { "\(location): \(problem)" }
}
