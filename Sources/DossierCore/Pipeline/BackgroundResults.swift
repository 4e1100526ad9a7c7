/// What the corpus stages run beside the others hand back, in the order they
/// were started.
final class BackgroundResults: @unchecked Sendable {
  struct Result {
    var corpus: Corpus
    var layers: Set<Layer>
    var name: String
    var seconds: Double
  }

  private let lock = Lock()
  private var results: [Result] = []

  func add(_ corpus: Corpus, layers: Set<Layer>, name: String, seconds: Double) {
    lock.lock()
    results.append(Result(corpus: corpus, layers: layers, name: name, seconds: seconds))
    lock.unlock()
  }

  var all: [Result] {
    lock.lock()
    defer { lock.unlock() }
    return results
  }
}
