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
    // Results go straight to their place in the array returned: no array
    // of optionals to copy out of, which would double the memory at once.
    return [Result](unsafeUninitializedCapacity: count) { buffer, initialized in
      let shared = UncheckedSendable(buffer)
      let counter = WorkCounter()
      DispatchQueue.concurrentPerform(iterations: min(jobs, count)) { _ in
        while true {
          let start = counter.take(64)
          if start >= count { break }
          for index in start..<min(start + 64, count) {
            (shared.value.baseAddress! + index).initialize(to: transform(items[index]))
          }
        }
      }
      initialized = count
    }
  }

  /// As ``map(_:jobs:_:)``, with scratch space that each worker makes once
  /// and passes to every transform it runs: marks over a whole corpus are
  /// then allocated once a worker, not once an item.
  static func map<Element: Sendable, Scratch, Result: Sendable>(
    _ items: [Element], jobs: Int = ProcessorInfo.activeCores, scratch makeScratch: @Sendable () -> Scratch,
    _ transform: @Sendable (Element, inout Scratch) -> Result
  ) -> [Result] {
    let count = items.count
    let workers = count > 1 ? max(1, min(jobs, count)) : 1
    guard workers > 1 else {
      var scratch = makeScratch()
      return items.map { transform($0, &scratch) }
    }
    return [Result](unsafeUninitializedCapacity: count) { buffer, initialized in
      let shared = UncheckedSendable(buffer)
      let counter = WorkCounter()
      DispatchQueue.concurrentPerform(iterations: workers) { _ in
        var scratch = makeScratch()
        while true {
          let index = counter.take(1)
          if index >= count { break }
          (shared.value.baseAddress! + index).initialize(to: transform(items[index], &scratch))
        }
      }
      initialized = count
    }
  }
}
