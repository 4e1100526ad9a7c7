import Testing

@testable import DossierCore

struct OrderedBatchesTests {
  /// Every item is encoded once, in consecutive batches, emitted in order.
  @Test(arguments: [0, 1, 7, 300], [1, 2, 5])
  func emitsEveryItemOnceInOrder(count: Int, jobs: Int) {
    for batchBytes in [1, 10, 64, 1 << 20] {
      var emitted: [UInt8] = []
      var batches = 0
      OrderedBatches(jobs: jobs, batchBytes: batchBytes).run(
        count: count, cost: { $0 % 3 == 0 ? 9 : 1 },
        encode: { range in range.map { UInt8(truncatingIfNeeded: $0) } },
        emit: {
          emitted += $0
          batches += 1
        })
      #expect(emitted == (0..<count).map { UInt8(truncatingIfNeeded: $0) })
      if batchBytes == 1 { #expect(batches == count) }
      if batchBytes == 1 << 20 { #expect(batches == min(count, 1)) }
    }
  }
}
