/// A pipeline that cannot run as assembled.
public struct PipelineError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The stage that cannot run.
  public var stage: String
  /// The layers it requires that no earlier stage produces.
  public var missing: [Layer]

  public init(stage: String, missing: [Layer]) {
    self.stage = stage
    self.missing = missing
  }

  public var description: String {
    let names = missing.map { "'\($0.rawValue)'" }.joined(separator: ", ")
    let noun = missing.count == 1 ? "layer" : "layers"
    return "stage '\(stage)' requires the \(noun) \(names), which no earlier stage produces;"
      + " add a stage that produces it before '\(stage)'"
  }
}
