/// What the corpus stages run beside the others hand back, in stage order
/// whatever order they finish in.
final class BackgroundResults: @unchecked Sendable {
  struct Result {
    var corpus: Corpus
    var stage: Int
    var layers: Set<Layer>
    var name: String
    var seconds: Double
  }

  private let lock = Lock()
  private var results: [Result] = []

  func add(_ corpus: Corpus, stage: Int, layers: Set<Layer>, name: String, seconds: Double) {
    lock.lock()
    results.append(Result(corpus: corpus, stage: stage, layers: layers, name: name, seconds: seconds))
    lock.unlock()
  }

  var all: [Result] {
    lock.lock()
    defer { lock.unlock() }
    return results.sorted { $0.stage < $1.stage }
  }
}
