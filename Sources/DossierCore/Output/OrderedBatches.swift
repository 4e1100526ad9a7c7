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

  /// Encodes a window's batches on the workers; whichever worker finishes
  /// the next batch in order emits it (and any finished after it), so that
  /// writing overlaps encoding.
  private func encodeWindow(
    _ window: [Range<Int>], encode: @Sendable (Range<Int>) -> [UInt8], emit: ([UInt8]) -> Void
  ) {
    guard jobs > 1, window.count > 1 else {
      for batch in window { emit(encode(batch)) }
      return
    }
    withoutActuallyEscaping(emit) { emit in
      let queue = InOrderQueue(count: window.count, emit: emit)
      let counter = WorkCounter()
      DispatchQueue.concurrentPerform(iterations: min(jobs, window.count)) { _ in
        while true {
          let index = counter.take(1)
          if index >= window.count { break }
          queue.finish(index, encode(window[index]))
        }
      }
    }
  }
}

/// Results that finish in any order and are emitted in order, one at a time.
private final class InOrderQueue: @unchecked Sendable {
  private let lock = Lock()
  private var pending: [[UInt8]?]
  private var next = 0
  // Called only with the lock held, so never twice at once.
  private let emit: ([UInt8]) -> Void

  init(count: Int, emit: @escaping ([UInt8]) -> Void) {
    pending = Array(repeating: nil, count: count)
    self.emit = emit
  }

  func finish(_ index: Int, _ bytes: [UInt8]) {
    lock.lock()
    defer { lock.unlock() }
    pending[index] = bytes
    while next < pending.count, let ready = pending[next] {
      pending[next] = nil
      next += 1
      emit(ready)
    }
  }
}
