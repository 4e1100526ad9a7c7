/// A growable token store for the tokenizer's inner loop: appends without
/// the uniqueness and capacity checks of `Array`, copied into an array once
/// at the end.
struct TokenBuffer {
  private var storage: UnsafeMutablePointer<Token>
  private(set) var count = 0
  private var capacity: Int

  init(capacity: Int) {
    self.capacity = max(16, capacity)
    storage = .allocate(capacity: self.capacity)
  }

  @inline(__always)
  mutating func append(_ token: Token) {
    if count == capacity { grow() }
    (storage + count).initialize(to: token)
    count += 1
  }

  private mutating func grow() {
    let larger = UnsafeMutablePointer<Token>.allocate(capacity: capacity * 2)
    larger.moveInitialize(from: storage, count: count)
    storage.deallocate()
    storage = larger
    capacity *= 2
  }

  var last: Token? { count == 0 ? nil : storage[count - 1] }

  mutating func replaceLast(with token: Token) {
    storage[count - 1] = token
  }

  var array: [Token] { Array(UnsafeBufferPointer(start: storage, count: count)) }

  /// Frees the storage; the buffer must not be used afterwards.
  mutating func deallocate() {
    storage.deinitialize(count: count)
    storage.deallocate()
    count = 0
    capacity = 0
  }
}
