/// The stories posted under each term, newest first: an inverted index for
/// finding candidate stories.
///
/// Terms sit in an open-addressed table (a term hash is already well
/// mixed, so no seeded hashing); each term's stories form a list linked
/// through two flat arrays, newest at the head, so a posting is one append
/// and no term owns an array of its own. Each term also keeps a lower bound
/// of its stories' last days, so that removing closed stories only walks a
/// list when one of them may have closed.
struct TermPostings {
  private struct Slot {
    var key: UInt64 = 0
    /// The least last day of the stories in the list, or a lower bound of
    /// it; `Int.max` when none has a day.
    var floor = Int.max
    /// The newest entry, -1 for an empty list; `Int32.min` for a free slot.
    var head: Int32 = .min
  }

  private var slots: [Slot]
  private var mask: Int
  private var used = 0
  /// Per entry: its story and the next (older) entry of its list, or -1.
  private(set) var stories: [Int32] = []
  private(set) var next: [Int32] = []

  init(expectedTerms: Int = 64) {
    var size = 16
    while size < expectedTerms * 2 { size <<= 1 }
    slots = [Slot](repeating: Slot(), count: size)
    mask = size - 1
  }

  @inline(__always)
  private static func home(of key: UInt64, mask: Int) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
  }

  /// The slot of `term`, or nil when nothing was ever posted under it.
  @inline(__always)
  func find(_ term: UInt64) -> Int? {
    var position = Self.home(of: term, mask: mask)
    while true {
      let slot = slots[position]
      if slot.head == .min { return nil }
      if slot.key == term { return position }
      position = (position + 1) & mask
    }
  }

  /// The newest entry of a term's list, or -1.
  @inline(__always)
  func head(_ slot: Int) -> Int32 { slots[slot].head }

  /// Posts `story` under `term`; `lastDay` is the story's last day now
  /// (days only grow, so it stays a lower bound).
  mutating func append(_ story: Int32, to term: UInt64, lastDay: Int? = nil) {
    var position = Self.home(of: term, mask: mask)
    while slots[position].head != .min && slots[position].key != term { position = (position + 1) & mask }
    if slots[position].head == .min {
      slots[position] = Slot(key: term, floor: .max, head: -1)
      used += 1
    }
    stories.append(story)
    next.append(slots[position].head)
    slots[position].head = Int32(stories.count - 1)
    if let lastDay { slots[position].floor = min(slots[position].floor, lastDay) }
    if used * 2 > slots.count { grow() }
  }

  /// Whether a term's list may hold a story whose last day is before
  /// `day`.
  @inline(__always)
  func mayHoldLastDay(before day: Int, slot: Int) -> Bool {
    slots[slot].floor < day
  }

  /// Unlinks the stories of a term's list for which `remove` is true, in
  /// place, and sets the list's floor from the last days of those left.
  mutating func remove(slot: Int, where remove: (Int32) -> Bool, lastDay: (Int32) -> Int?) {
    var floor = Int.max
    var previous: Int32 = -1
    var entry = slots[slot].head
    while entry >= 0 {
      let following = next[Int(entry)]
      if remove(stories[Int(entry)]) {
        if previous < 0 { slots[slot].head = following } else { next[Int(previous)] = following }
      } else {
        if let day = lastDay(stories[Int(entry)]) { floor = min(floor, day) }
        previous = entry
      }
      entry = following
    }
    slots[slot].floor = floor
  }

  private mutating func grow() {
    let old = slots
    slots = [Slot](repeating: Slot(), count: old.count * 2)
    mask = slots.count - 1
    for slot in old where slot.head != .min {
      var position = Self.home(of: slot.key, mask: mask)
      while slots[position].head != .min { position = (position + 1) & mask }
      slots[position] = slot
    }
  }
}
