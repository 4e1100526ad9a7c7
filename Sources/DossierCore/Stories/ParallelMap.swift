import Dispatch

/// Maps an array on all cores, keeping the order: for per-article work in
/// corpus stages, which must stay deterministic.
enum ParallelMap {
  static func map<Element: Sendable, Result: Sendable>(
    _ items: [Element], jobs: Int = ProcessorInfo.activeCores,
    _ transform: @Sendable (Element) -> Result
  ) -> [Result] {
    let count = items.count
    guard count > 64, jobs > 1 else { return items.map(transform) }
    var output = [Result?](repeating: nil, count: count)
    output.withUnsafeMutableBufferPointer { buffer in
      let shared = UncheckedSendable(buffer)
      let counter = WorkCounter()
      DispatchQueue.concurrentPerform(iterations: min(jobs, count)) { _ in
        while true {
          let start = counter.take(64)
          if start >= count { break }
          for index in start..<min(start + 64, count) {
            shared.value[index] = transform(items[index])
          }
        }
      }
    }
    return output.map { $0! }
  }
}
