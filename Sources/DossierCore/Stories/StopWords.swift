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

  /// The term hashes of the words, for a byte-level lookup without strings.
  static let table = KeySet(list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { TermHash.of($0.utf8) })
}
