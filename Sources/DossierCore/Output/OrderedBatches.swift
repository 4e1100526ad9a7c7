import Dispatch

/// Encodes the items of a list by batches on several workers and hands the
/// bytes on in list order, a window of batches at a time: output of any size
/// is written on all cores with only a few batches in memory.
struct OrderedBatches: Sendable {
  /// Workers encoding at once.
  var jobs: Int
  /// About how many bytes one batch holds, as estimated by the caller's cost.
  var batchBytes: Int

  init(jobs: Int, batchBytes: Int = 1 << 16) {
    self.jobs = max(1, jobs)
    self.batchBytes = max(1, batchBytes)
  }

  /// Batches encoded together before they are emitted: enough to keep every
  /// worker busy while batches differ in cost.
  var windowBatches: Int { jobs * 4 }

  /// Splits `0..<count` into consecutive batches of about `batchBytes` by
  /// `cost` (the estimated output bytes of an item), encodes each batch with
  /// `encode` and passes the results to `emit` in order.
  func run(
    count: Int, cost: (Int) -> Int, encode: @Sendable (Range<Int>) -> [UInt8], emit: ([UInt8]) -> Void
  ) {
    var window: [Range<Int>] = []
    var start = 0
    while start < count {
      var end = start
      var bytes = 0
      while end < count && bytes < batchBytes {
        bytes += max(1, cost(end))
        end += 1
      }
      window.append(start..<end)
      start = end
      if window.count == windowBatches {
        encodeWindow(window, encode: encode, emit: emit)
        window.removeAll(keepingCapacity: true)
      }
    }
    if !window.isEmpty { encodeWindow(window, encode: encode, emit: emit) }
  }

  private func encodeWindow(
    _ window: [Range<Int>], encode: @Sendable (Range<Int>) -> [UInt8], emit: ([UInt8]) -> Void
  ) {
    guard jobs > 1, window.count > 1 else {
      for batch in window { emit(encode(batch)) }
      return
    }
    var results = [[UInt8]](repeating: [], count: window.count)
    results.withUnsafeMutableBufferPointer { buffer in
      let shared = UncheckedSendable(buffer)
      let counter = WorkCounter()
      DispatchQueue.concurrentPerform(iterations: min(jobs, window.count)) { _ in
        while true {
          let index = counter.take(1)
          if index >= window.count { break }
          shared.value[index] = encode(window[index])
        }
      }
    }
    for index in results.indices {
      emit(results[index])
      results[index] = []
    }
  }
}
