/// Sorts arrays of 64-bit keys by their top bits first: term hashes are
/// spread evenly, so one counting pass puts nearly every key in a bucket of
/// its own, and the few shared buckets are sorted in place. For the few
/// hundred term hashes of one document this is several times faster than a
/// comparison sort, with the same order; keys that are not spread evenly
/// fall back to the comparison sort bucket by bucket.
enum RadixSort {
  /// Sorts `keys` ascending.
  static func sort(_ keys: inout [UInt64]) {
    let count = keys.count
    guard count > 32 else {
      keys.sort()
      return
    }
    // About one bucket per key.
    var bits = 5
    while (1 << bits) < count && bits < 20 { bits += 1 }
    let shift = UInt64(64 - bits)
    let buckets = 1 << bits
    var starts = [Int](repeating: 0, count: buckets + 1)
    var scratch = [UInt64](repeating: 0, count: count)
    keys.withUnsafeMutableBufferPointer { keys in
      scratch.withUnsafeMutableBufferPointer { scratch in
        starts.withUnsafeMutableBufferPointer { starts in
          for key in keys { starts[Int(truncatingIfNeeded: key >> shift) + 1] += 1 }
          for bucket in 0..<buckets { starts[bucket + 1] += starts[bucket] }
          // `starts[b]` moves to the end of bucket b as keys are placed.
          for key in keys {
            let bucket = Int(truncatingIfNeeded: key >> shift)
            scratch[starts[bucket]] = key
            starts[bucket] += 1
          }
          // Each bucket now ends at `starts[b]` and begins where the one
          // before it ends.
          var begin = 0
          for bucket in 0..<buckets {
            let end = starts[bucket]
            if end - begin > 1 { sortBucket(scratch, begin, end) }
            begin = end
          }
          _ = keys.update(fromContentsOf: scratch)
        }
      }
    }
  }

  /// Insertion sort for the usual bucket of two or three keys; the
  /// comparison sort for a crowded one.
  @inline(__always)
  private static func sortBucket(_ keys: UnsafeMutableBufferPointer<UInt64>, _ begin: Int, _ end: Int) {
    if end - begin > 16 {
      var bucket = UnsafeMutableBufferPointer(rebasing: keys[begin..<end])
      bucket.sort()
      return
    }
    var index = begin + 1
    while index < end {
      let key = keys[index]
      var position = index
      while position > begin && keys[position - 1] > key {
        keys[position] = keys[position - 1]
        position -= 1
      }
      keys[position] = key
      index += 1
    }
  }
}
