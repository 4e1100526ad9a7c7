/// Function words and reporting verbs that say nothing about which event an
/// article reports; left out of story and derivation profiles.
enum StopWords {
  static let list = """
    a an the and or but if of to in on at by for with from as is are was were be been being has have had
    do does did not no nor this that these those it its he she they them his her hers their theirs we us our
    you your i me my mine him himself herself itself themselves mr mrs ms dr said says say saying told tell
    tells stated states will would could should may might can must shall also after before over about into
    than then there here who whom whose which what when where why how all any some more most other others
    such only own same so too very just up down out off again further once new one two three last first
    year years day days week weeks time times people while during since until against between through
    under above below because however although though yet still even much many each every both either
    neither few less least lot lots per via upon onto across along among around behind beyond within
    without toward towards whether yes ago now today yesterday tomorrow get got gets make made makes
    take took taken see seen come came go went going back well like way ways according added adding
    """

  /// The hashes of the words, for a byte-level lookup without strings.
  static let hashes: Set<UInt64> = {
    var result = Set<UInt64>()
    for word in list.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
      result.insert(TermHash.of(word.utf8))
    }
    return result
  }()

  /// The same hashes in an open-addressed table: a term hash is already
  /// well mixed, so a lookup is a mask and a probe or two, without the
  /// seeded hashing of `Set`, for the per-word test of every document.
  struct Table: Sendable {
    private let slots: [UInt64]
    private let mask: Int
    private let hasZero: Bool

    init(_ hashes: Set<UInt64>) {
      var size = 16
      while size < hashes.count * 4 { size <<= 1 }
      var slots = [UInt64](repeating: 0, count: size)
      // Inserted in sorted order so that the table is the same every run.
      for hash in hashes.sorted() where hash != 0 {
        var position = Int(truncatingIfNeeded: hash) & (size - 1)
        while slots[position] != 0 { position = (position + 1) & (size - 1) }
        slots[position] = hash
      }
      self.slots = slots
      mask = size - 1
      hasZero = hashes.contains(0)
    }

    @inline(__always)
    func contains(_ hash: UInt64) -> Bool {
      if hash == 0 { return hasZero }
      var position = Int(truncatingIfNeeded: hash) & mask
      while true {
        let slot = slots[position]
        if slot == hash { return true }
        if slot == 0 { return false }
        position = (position + 1) & mask
      }
    }
  }

  static let table = Table(hashes)
}
