/// Resolves a speaker phrase to an in-document entity through the mentions
/// the entity stage found there.
///
/// This is the one place that knows how speakers meet entities: a name or
/// descriptor mention inside the phrase wins over a pronoun, and a longer
/// overlap over a shorter one.
struct SpeakerEntityLookup {
  let mentions: [Mention]

  init(document: Document) {
    mentions = document.mentions
  }

  /// The entity the speaker phrase at `range` names, or `nil`.
  func entity(for range: TextRange) -> Int? {
    // Mentions are sorted by position: find the first that could overlap.
    var low = 0
    var high = mentions.count
    while low < high {
      let mid = (low + high) / 2
      if mentions[mid].range.end <= range.start { low = mid + 1 } else { high = mid }
    }
    var best: (entity: Int, score: Int)?
    var index = max(0, low - 4)
    while index < mentions.count && mentions[index].range.start < range.end {
      let mention = mentions[index]
      index += 1
      guard mention.range.overlaps(range) else { continue }
      let overlap = Int(min(mention.range.end, range.end)) - Int(max(mention.range.start, range.start))
      let score = overlap + (mention.kind == .pronoun ? 0 : 10_000)
      if best == nil || score > best!.score { best = (mention.entity, score) }
    }
    return best?.entity
  }
}
