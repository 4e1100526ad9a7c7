/// The records an ``EntityBuilder`` links with, by entity: an array of
/// ``EntityRecord`` that, for records it was lent, keeps each one as it
/// was before its first change. A speaker session lends its seeded
/// records to one link and takes them back as they were lent, so no link
/// copies (and destroys) every record of the document.
struct EntityRecords {
  private var all: [EntityRecord]
  /// The records before this index are lent: changes to them are undone
  /// by ``takeBack()``.
  private(set) var lentCount = 0
  /// Each lent record changed so far, as it was lent.
  private var originals: [(entity: Int, record: EntityRecord)] = []

  init(_ records: [EntityRecord] = []) {
    all = records
  }

  /// Records to link with and give back by ``takeBack()``.
  init(lending records: [EntityRecord]) {
    all = records
    lentCount = records.count
  }

  var count: Int { all.count }
  var indices: Range<Int> { all.indices }

  mutating func append(_ record: EntityRecord) { all.append(record) }
  mutating func reserveCapacity(_ capacity: Int) { all.reserveCapacity(capacity) }

  subscript(entity: Int) -> EntityRecord {
    // Read in place: reading a field does not copy the record.
    _read { yield all[entity] }
    _modify {
      // Only `originals` changes before the write: consecutive writes
      // still check `all` for uniqueness once.
      if entity < lentCount { Self.keep(entity, all[entity], in: &originals) }
      yield &all[entity]
    }
  }

  /// Sets the recency of a lent record without keeping its original:
  /// ``takeBack()`` clears every lent record's recency.
  mutating func setLastToken(_ token: Int, of entity: Int) {
    all[entity].lastToken = token
  }

  /// The lent record `entity` as it was lent, or nil when it is unchanged
  /// (or not lent).
  func original(_ entity: Int) -> EntityRecord? {
    originals.first { $0.entity == entity }?.record
  }

  @inline(never)
  private static func keep(
    _ entity: Int, _ record: EntityRecord, in originals: inout [(entity: Int, record: EntityRecord)]
  ) {
    guard !originals.contains(where: { $0.entity == entity }) else { return }
    originals.append((entity, record))
  }

  /// The lent records as they were lent, recency cleared (`lastToken`
  /// -1); records added since are dropped, and nothing is left.
  mutating func takeBack() -> [EntityRecord] {
    for (entity, record) in originals { all[entity] = record }
    all.removeSubrange(lentCount...)
    for entity in all.indices { all[entity].lastToken = -1 }
    originals = []
    lentCount = 0
    let records = all
    all = []
    return records
  }
}
