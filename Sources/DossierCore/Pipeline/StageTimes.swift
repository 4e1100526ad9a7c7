#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Processor time per document stage, summed over the workers, for
/// `--timings`: wall time alone hides which stage the cores spend on.
public final class StageTimes: @unchecked Sendable {
  private let lock = Lock()
  private var nanoseconds: [UInt64]

  init(count: Int) {
    nanoseconds = [UInt64](repeating: 0, count: count)
  }

  func add(_ stage: Int, _ value: UInt64) {
    lock.lock()
    nanoseconds[stage] &+= value
    lock.unlock()
  }

  var seconds: [Double] {
    lock.lock()
    defer { lock.unlock() }
    return nanoseconds.map { Double($0) / 1e9 }
  }

  /// The calling thread's processor time.
  static func threadNanoseconds() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
  }
}
