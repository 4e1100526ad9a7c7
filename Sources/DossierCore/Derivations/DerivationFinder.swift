/// Finds copies and rewrites among articles without comparing all pairs.
///
/// Candidates are articles of the same story that share a MinHash band of
/// their content-word sets; each candidate pair is checked by the overlap
/// of those sets and then by aligning sentences both ways. The earlier
/// article is the source; on the same day (or without dates) the article
/// more fully contained in the other is the derived one, and then the
/// later in input order.
public struct DerivationFinder: Sendable {
  /// The least share of a document's content in sentences with an
  /// identical counterpart for a copy.
  public var copyShare = 0.8
  /// The least share in sentences with any counterpart for a rewrite.
  public var rewriteShare = 0.6
  /// Pairs whose content-word sets overlap less (Jaccard) are not aligned.
  public var minimumJaccard = 0.25
  /// The fewest sentences with a counterpart: one shared sentence is a
  /// shared fact, not reused text.
  public var minimumSentences = 3
  /// A band bucket larger than this pairs each article only with the next
  /// few in it, so one crowded bucket cannot make the work quadratic.
  public var bucketLimit = 64
  var sketch = MinHashSketch()
  var aligner = SentenceAligner()

  public init() {}

  /// `stories[i]` is the story of article `i` (articles are only compared
  /// within a story); nil puts all articles in one.
  public func find(_ profiles: [DerivationProfile], stories: [Int]? = nil) -> [Derivation] {
    find(count: profiles.count, stories: stories) { indices in indices.map { profiles[$0] } }
  }

  /// Finds derivations among `count` articles whose profiles `profiles`
  /// builds on demand for a list of indices: first for all articles, a
  /// chunk at a time, to sketch them; then only for the articles of
  /// candidate pairs, a batch of stories at a time, to verify them.
  public func find(
    count: Int, stories: [Int]?, chunk: Int = 8192, profiles: ([Int]) -> [DerivationProfile]
  ) -> [Derivation] {
    let sketch = sketch
    return find(
      count: count, stories: stories, chunk: chunk,
      bandKeys: { ParallelMap.map(profiles($0)) { sketch.bandKeys($0.words) } }, profiles: profiles)
  }

  /// As ``find(count:stories:chunk:profiles:)``, with the articles' band
  /// keys (``MinHashSketch/bandKeys(_:)`` of their words) from `bandKeys`,
  /// so that only the articles of candidate pairs need whole profiles.
  func find(
    count: Int, stories: [Int]?, chunk: Int = 8192, bandKeys: ([Int]) -> [[UInt64]],
    profiles: ([Int]) -> [DerivationProfile]
  ) -> [Derivation] {
    var entries: [(key: UInt64, article: Int32)] = []
    entries.reserveCapacity(count * sketch.bands)
    for start in stride(from: 0, to: count, by: chunk) {
      let indices = Array(start..<min(start + chunk, count))
      let keys = bandKeys(indices)
      for (offset, bands) in keys.enumerated() {
        let article = start + offset
        let story = UInt64(bitPattern: Int64(stories?[article] ?? 0))
        for key in bands { entries.append((TermHash.pair(story, key), Int32(article))) }
      }
    }
    let candidates = candidatePairs(&entries)
    guard !candidates.isEmpty else { return [] }
    // Pairs are verified a batch of stories at a time, so that only the
    // profiles of one batch's articles are held at once.
    let ordered = candidates.sorted { pair, other in
      let story = stories?[pair.first] ?? 0
      let otherStory = stories?[other.first] ?? 0
      return story != otherStory ? story < otherStory : (pair.first, pair.second) < (other.first, other.second)
    }
    var found: [Derivation] = []
    var start = 0
    while start < ordered.count {
      var involved = Set<Int>()
      var end = start
      while end < ordered.count {
        let story = stories?[ordered[end].first] ?? 0
        var next = end
        while next < ordered.count && (stories?[ordered[next].first] ?? 0) == story {
          involved.insert(ordered[next].first)
          involved.insert(ordered[next].second)
          next += 1
        }
        end = next
        if involved.count >= chunk { break }
      }
      let members = involved.sorted()
      var slots: [Int: Int] = [:]
      for (position, article) in members.enumerated() { slots[article] = position }
      let slot = slots
      let built = profiles(members)
      let batch = ParallelMap.map(Array(ordered[start..<end])) { pair in
        verify(pair.first, pair.second, built[slot[pair.first]!], built[slot[pair.second]!])
      }
      found += batch.compactMap { $0 }
      start = end
    }
    return Self.preferOriginals(found)
  }

  /// Article pairs (first < second) that share a band bucket.
  func candidatePairs(_ entries: inout [(key: UInt64, article: Int32)]) -> [(first: Int, second: Int)] {
    entries.sort { $0.key != $1.key ? $0.key < $1.key : $0.article < $1.article }
    var pairs = Set<UInt64>()
    var start = 0
    while start < entries.count {
      var end = start + 1
      while end < entries.count && entries[end].key == entries[start].key { end += 1 }
      let size = end - start
      if size > 1 {
        let reach = size > bucketLimit ? 8 : size
        for i in start..<end {
          for j in (i + 1)..<min(end, i + reach + 1) {
            pairs.insert(UInt64(entries[i].article) << 32 | UInt64(entries[j].article))
          }
        }
      }
      start = end
    }
    return pairs.sorted().map { (Int($0 >> 32), Int($0 & 0xFFFF_FFFF)) }
  }

  /// Drops `B from C` where C is a copy of A and `B from A` was found too:
  /// B is credited to the original, not to every copy of it.
  static func preferOriginals(_ derivations: [Derivation]) -> [Derivation] {
    var originalOfCopy: [Int: Set<Int>] = [:]
    var pairs = Set<[Int]>()
    for derivation in derivations {
      pairs.insert([derivation.document, derivation.source])
      if derivation.kind == .copy { originalOfCopy[derivation.document, default: []].insert(derivation.source) }
    }
    return derivations.filter { derivation in
      guard let originals = originalOfCopy[derivation.source] else { return true }
      return !originals.contains { pairs.contains([derivation.document, $0]) }
    }.sorted { ($0.document, $0.source) < ($1.document, $1.source) }
  }

  /// The derivation between two articles (`first` before `second` in
  /// input order), or nil.
  func verify(_ first: Int, _ second: Int, _ a: DerivationProfile, _ b: DerivationProfile) -> Derivation? {
    guard Self.jaccard(a.words, b.words) >= minimumJaccard else { return nil }
    let (aInB, bInA) = aligner.alignBoth(a, b)
    let secondDerived: Bool
    if let dayA = a.day, let dayB = b.day, dayA != dayB {
      secondDerived = dayB > dayA
    } else {
      secondDerived = bInA.coverage >= aInB.coverage
    }
    let (document, source, alignment) = secondDerived ? (second, first, bInA) : (first, second, aInB)
    guard alignment.sentences >= minimumSentences else { return nil }
    let kind: Derivation.Kind
    if alignment.exactShare >= copyShare {
      kind = .copy
    } else if alignment.coverage >= rewriteShare {
      kind = .rewrite
    } else {
      return nil
    }
    return Derivation(document: document, source: source, similarity: alignment.coverage, kind: kind)
  }

  /// |A ∩ B| / |A ∪ B| of two sorted sets.
  static func jaccard(_ a: [UInt64], _ b: [UInt64]) -> Double {
    guard !a.isEmpty || !b.isEmpty else { return 0 }
    var i = 0
    var j = 0
    var shared = 0
    while i < a.count && j < b.count {
      if a[i] == b[j] {
        shared += 1
        i += 1
        j += 1
      } else if a[i] < b[j] {
        i += 1
      } else {
        j += 1
      }
    }
    return Double(shared) / Double(a.count + b.count - shared)
  }
}
