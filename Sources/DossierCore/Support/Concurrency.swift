import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Wraps a value that is shared across workers under an invariant the
/// compiler cannot check: each worker touches disjoint elements.
struct UncheckedSendable<Value>: @unchecked Sendable {
  var value: Value
  init(_ value: Value) { self.value = value }
}

/// A thread-safe counter that hands out batches of work indices.
final class WorkCounter: @unchecked Sendable {
  private let lock = Lock()
  private var next = 0

  func take(_ count: Int) -> Int {
    lock.lock()
    defer { lock.unlock() }
    let start = next
    next += count
    return start
  }
}

/// Facts about the processor that the pipeline sizes its workers by.
public enum ProcessorInfo {
  /// The number of cores this process may use.
  public static var activeCores: Int {
    max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
  }
}
