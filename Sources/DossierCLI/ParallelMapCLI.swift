import Dispatch
import DossierCore

/// An order-keeping parallel map for the benchmark command.
enum ParallelMapCLI {
  static func map<Result: Sendable>(_ items: [Int], _ transform: @Sendable (Int) -> Result) -> [Result] {
    let count = items.count
    let workers = ProcessorInfo.activeCores
    guard count > 64, workers > 1 else { return items.map(transform) }
    let output = ResultSlots<Result>(count: count)
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      var index = worker
      while index < count {
        output.set(index, transform(items[index]))
        index += workers
      }
    }
    return output.values()
  }
}

/// Slots that workers fill at disjoint indices.
private final class ResultSlots<Value>: @unchecked Sendable {
  private let slots: UnsafeMutableBufferPointer<Value?>

  init(count: Int) {
    slots = .allocate(capacity: count)
    slots.initialize(repeating: nil)
  }

  deinit {
    slots.deinitialize()
    slots.deallocate()
  }

  func set(_ index: Int, _ value: Value) { slots[index] = value }

  func values() -> [Value] { slots.map { $0! } }
}
