/// Groups articles into stories, one event each, by online clustering in
/// publication-date order.
///
/// Each article joins the open story whose articles it is most similar to
/// on average (rarity-weighted words and word pairs; names, places and
/// numbers weigh most because they are rare), or opens a new story. A story
/// closes once no article has joined it for ``Parameters/quietDays``; an
/// undated article is placed after the dated ones and may join any story
/// still in the index (closed stories leave it as the dates advance, so in
/// a long corpus those are the latest ones). Afterwards, stories whose articles
/// have become as similar as a join requires are merged. Candidates come
/// from an inverted index over each story's rarest terms, scanning only the
/// most recent stories of a term, so the work per article is bounded.
public struct EventClusterer: Sendable {
  public struct Parameters: Sendable {
    /// The least average similarity for an article to join a story.
    public var joinThreshold: Float = 0.4
    /// The least average similarity between two stories' articles for
    /// them to merge.
    public var mergeThreshold: Float = 0.18
    /// Terms kept per article.
    public var termsPerArticle = 128
    /// Documents assumed besides the corpus, none of them with the term,
    /// when weighing terms by rarity.
    public var backgroundDocuments: Double = 100
    /// How much more a term written as a name weighs: events differ by
    /// who and where more than by what.
    public var nameBoost: Double = 2
    /// An article's heaviest terms used to look up candidate stories.
    public var probeTerms = 16
    /// Terms kept in a story's summed vector.
    public var termsPerStory = 320
    /// The most recent stories of one term that a lookup scans.
    public var postingsScanned = 256
    /// The most candidate stories scored for one article, and for one
    /// story when stories merge: those sharing the most probe terms with
    /// it, so that the work per article stays bounded in a crowded corpus.
    public var candidatesScored = 24
    /// Days without a new article after which a story closes.
    public var quietDays = 10
    /// Similarity lost per day between an article and a story's dates.
    public var dailyDecay: Float = 0.02

    public init() {}
  }

  public var parameters: Parameters

  public init(parameters: Parameters = Parameters()) {
    self.parameters = parameters
  }

  /// A story being built: the sum of its articles' vectors.
  struct Cluster {
    var sum: TermWeights
    var count: Int
    var members: [Int]
    var firstDay: Int?
    var lastDay: Int?
    var alive = true
  }

  /// The result: stories as lists of article indices (ascending), each
  /// with its most representative article.
  public struct Result: Sendable {
    public var stories: [[Int]]
    public var representatives: [Int]
  }

  /// Clusters articles given their profiles; the output lists stories in
  /// the order of their first article in the input.
  public func cluster(_ profiles: [StoryProfile]) -> Result {
    cluster(count: profiles.count) { Array(profiles[$0]) }
  }

  /// Clusters `count` articles whose profiles `profiles` builds for a range
  /// of indices on demand. It is asked for every range twice (once to count
  /// document frequencies, once to weigh terms), a chunk at a time, so only
  /// the few weighted terms of each article stay in memory.
  public func cluster(count: Int, chunk: Int = 8192, profiles: (Range<Int>) -> [StoryProfile]) -> Result {
    let (vectors, days) = weighed(count: count, chunk: chunk, profiles: profiles)
    return cluster(vectors: vectors, days: days)
  }

  /// The weighted terms and days of all articles. The document frequencies
  /// are dropped before clustering starts, which keeps them out of the
  /// peak of memory.
  private func weighed(
    count: Int, chunk: Int, profiles: (Range<Int>) -> [StoryProfile]
  ) -> (vectors: [WeightedTerms], days: [Int?]) {
    // Narrow counts change nothing while a term in 65,535 documents would
    // be weightless: in fewer documents, background included, than that.
    let narrow = Double(count) + parameters.backgroundDocuments < 65_535
    var frequencies = DocumentFrequencies(expectedTerms: count * 256, narrowCounts: narrow)
    for start in stride(from: 0, to: count, by: chunk) {
      frequencies.add(all: profiles(start..<min(start + chunk, count)).map(\.terms))
    }
    let weigher = WeightedTerms.Weigher(
      frequencies: frequencies, keep: parameters.termsPerArticle, background: parameters.backgroundDocuments,
      nameBoost: parameters.nameBoost, renormalize: true)
    var vectors: [WeightedTerms] = []
    var days: [Int?] = []
    vectors.reserveCapacity(count)
    days.reserveCapacity(count)
    for start in stride(from: 0, to: count, by: chunk) {
      let batch = profiles(start..<min(start + chunk, count))
      vectors += ParallelMap.map(batch) { WeightedTerms($0, weigher: weigher) }
      days += batch.map(\.day)
    }
    return (vectors, days)
  }

  func cluster(vectors: [WeightedTerms], days: [Int?]) -> Result {
    let order = vectors.indices.sorted { a, b in
      switch (days[a], days[b]) {
      case (let x?, let y?): return x != y ? x < y : a < b
      case (.some, nil): return true
      case (nil, .some): return false
      case (nil, nil): return a < b
      }
    }
    var clusters: [Cluster] = []
    clusters.reserveCapacity(vectors.count)
    var postings = TermPostings(expectedTerms: vectors.count * 8)
    var seen: [Int] = []
    seen.reserveCapacity(vectors.count)
    var hits: [Int32] = []
    hits.reserveCapacity(vectors.count)
    var found: [Int] = []
    let scanned = parameters.postingsScanned
    for (step, article) in order.enumerated() {
      let vector = vectors[article]
      let day = days[article]
      found.removeAll(keepingCapacity: true)
      for term in vector.terms.prefix(parameters.probeTerms) {
        guard let slot = postings.find(term) else { continue }
        // Articles come in date order: a story closed now stays closed for
        // every later dated article, so it leaves the index.
        if let day, postings.mayHoldLastDay(before: day - parameters.quietDays, slot: slot) {
          postings.remove(slot: slot) { id in
            guard let last = clusters[Int(id)].lastDay else { return false }
            return last + parameters.quietDays < day
          } lastDay: {
            clusters[Int($0)].lastDay
          }
        }
        // The most recent stories of the term, newest first, each counted
        // once a probe term it shares.
        var entry = postings.head(slot)
        var taken = 0
        while entry >= 0 && taken < scanned {
          let story = Int(postings.stories[Int(entry)])
          entry = postings.next[Int(entry)]
          taken += 1
          if seen[story] != step {
            seen[story] = step
            hits[story] = 0
            found.append(story)
          }
          hits[story] += 1
        }
      }
      Self.keepMostShared(&found, limit: parameters.candidatesScored) { hits[$0] }
      // The best score wins, ties to the lowest story, in any order.
      var best = -1
      var bestScore: Float = 0
      for story in found {
        guard let factor = timeFactor(day, clusters[story]) else { continue }
        let score = Self.dot(vector, clusters[story].sum) / Float(clusters[story].count) * factor
        if score > bestScore || (score == bestScore && story < best) {
          bestScore = score
          best = story
        }
      }
      if best >= 0 && bestScore >= parameters.joinThreshold {
        add(article, vector: vector, day: day, to: best, clusters: &clusters, postings: &postings)
      } else {
        clusters.append(
          Cluster(sum: TermWeights(capacity: vector.terms.count), count: 0, members: [], firstDay: day, lastDay: day))
        seen.append(-1)
        hits.append(0)
        add(article, vector: vector, day: day, to: clusters.count - 1, clusters: &clusters, postings: &postings)
      }
    }
    mergeConverging(&clusters)
    return result(clusters, vectors: vectors)
  }

  /// Keeps the `limit` candidates that share the most probe terms (ties to
  /// the later story), when there are more.
  static func keepMostShared(_ candidates: inout [Int], limit: Int, hits: (Int) -> Int32) {
    guard candidates.count > limit else { return }
    var ranked = candidates.map { (story: $0, hits: hits($0)) }
    ranked.sort { $0.hits != $1.hits ? $0.hits > $1.hits : $0.story > $1.story }
    candidates = ranked.prefix(limit).map(\.story)
  }

  /// How much the dates allow an article to join a story: nil when the
  /// story closed before the article or opens too long after it.
  func timeFactor(_ day: Int?, _ cluster: Cluster) -> Float? {
    guard let day, let first = cluster.firstDay, let last = cluster.lastDay else { return 1 }
    let gap = max(0, day - last, first - day)
    if gap > parameters.quietDays { return nil }
    return max(0, 1 - parameters.dailyDecay * Float(gap))
  }

  private func add(
    _ article: Int, vector: WeightedTerms, day: Int?, to story: Int, clusters: inout [Cluster],
    postings: inout TermPostings
  ) {
    if let day {
      clusters[story].firstDay = min(clusters[story].firstDay ?? day, day)
      clusters[story].lastDay = max(clusters[story].lastDay ?? day, day)
    }
    let lastDay = clusters[story].lastDay
    let posted = parameters.probeTerms + 8
    for (index, term) in vector.terms.enumerated() {
      let isNew = clusters[story].sum.add(vector.weights[index], to: term)
      if isNew && index < posted { postings.append(Int32(story), to: term, lastDay: lastDay) }
    }
    clusters[story].count += 1
    clusters[story].members.append(article)
    if clusters[story].sum.count > parameters.termsPerStory * 2 {
      clusters[story].sum = Self.strongest(clusters[story].sum, keep: parameters.termsPerStory)
    }
  }

  static func strongest(_ sum: TermWeights, keep: Int) -> TermWeights {
    let kept = sum.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(keep)
    return TermWeights(kept)
  }

  /// The `keep` heaviest terms of a sum, heaviest first (ties by term):
  /// the head of ``strongest(_:keep:)``'s order, without sorting them all.
  static func strongestTerms(_ sum: TermWeights, keep: Int) -> [UInt64] {
    guard keep > 0 else { return [] }
    var keys: [UInt64] = []
    var values: [Float] = []
    keys.reserveCapacity(keep + 1)
    values.reserveCapacity(keep + 1)
    for (key, value) in sum {
      if keys.count == keep {
        let lastValue = values[keep - 1]
        guard value > lastValue || (value == lastValue && key < keys[keep - 1]) else { continue }
      }
      var position = keys.count
      while position > 0
        && (values[position - 1] < value || (values[position - 1] == value && keys[position - 1] > key))
      {
        position -= 1
      }
      keys.insert(key, at: position)
      values.insert(value, at: position)
      if keys.count > keep {
        keys.removeLast()
        values.removeLast()
      }
    }
    return keys
  }

  static func dot(_ vector: WeightedTerms, _ sum: TermWeights) -> Float {
    vector.terms.withUnsafeBufferPointer { terms in
      vector.weights.withUnsafeBufferPointer { weights in
        sum.dot(terms: terms, weights: weights)
      }
    }
  }

  static func dot(_ a: TermWeights, _ b: TermWeights) -> Float {
    a.count <= b.count ? a.dot(b) : b.dot(a)
  }

  /// Whether two stories' dates are close enough for one event.
  func datesCompatible(_ a: Cluster, _ b: Cluster) -> Bool {
    guard let af = a.firstDay, let al = a.lastDay, let bf = b.firstDay, let bl = b.lastDay else { return true }
    return max(0, bf - al, af - bl) <= parameters.quietDays
  }

  /// A candidate pair's score and the round it was computed in.
  struct ScoredPair {
    var other: Int32
    var round: Int32
    var score: Float
    /// Computed in this round rather than taken from an earlier one.
    var fresh: Bool
  }

  /// Merges stories whose articles are, on average, similar enough, most
  /// similar pair first, in rounds until nothing changes.
  func mergeConverging(_ clusters: inout [Cluster]) {
    // Each story's strongest terms, found once and again only after it grows.
    var tops = clusters.map { $0.alive ? Self.strongestTerms($0.sum, keep: parameters.probeTerms) : [] }
    // A fresh index over every story's strongest terms: the one used for
    // joining has dropped closed stories.
    var postings = TermPostings(expectedTerms: clusters.count * 4)
    for (index, terms) in tops.enumerated() {
      for term in terms { postings.append(Int32(index), to: term) }
    }
    // A merged story's postings lead to the story it merged into.
    var parent = Array(clusters.indices)
    // A pair's score stays valid until either story changes: later rounds
    // recompute only the pairs of stories merged in the rounds before. Each
    // story keeps its later candidates of the last round it was scored in.
    var changedInRound = [Int](repeating: 0, count: clusters.count)
    var known = [[ScoredPair]](repeating: [], count: clusters.count)
    var reached = [[UInt64]?](repeating: nil, count: clusters.count)
    for round in 1...8 {
      // Stories are scored against their candidates in parallel; the
      // pairs are gathered in story order, as a serial scan would.
      let scored = scoredCandidates(
        clusters, tops: tops, postings: postings, parent: parent, changedInRound: changedInRound, known: known,
        reached: reached, round: round)
      var pairs: [(score: Float, a: Int, b: Int)] = []
      for (a, candidates, stories) in scored {
        for candidate in candidates where candidate.score >= parameters.mergeThreshold {
          pairs.append((candidate.score, a, Int(candidate.other)))
        }
        known[a] = candidates
        if let stories { reached[a] = stories }
      }
      if pairs.isEmpty { return }
      pairs.sort { $0.score != $1.score ? $0.score > $1.score : ($0.a, $0.b) < ($1.a, $1.b) }
      var touched = Set<Int>()
      for pair in pairs where !touched.contains(pair.a) && !touched.contains(pair.b) {
        touched.insert(pair.a)
        touched.insert(pair.b)
        let other = clusters[pair.b]
        for (term, value) in other.sum { clusters[pair.a].sum.add(value, to: term) }
        clusters[pair.a].count += other.count
        clusters[pair.a].members += other.members
        if let first = other.firstDay {
          clusters[pair.a].firstDay = min(clusters[pair.a].firstDay ?? first, first)
        }
        if let last = other.lastDay {
          clusters[pair.a].lastDay = max(clusters[pair.a].lastDay ?? last, last)
        }
        if clusters[pair.a].sum.count > parameters.termsPerStory * 2 {
          clusters[pair.a].sum = Self.strongest(clusters[pair.a].sum, keep: parameters.termsPerStory)
        }
        parent[pair.b] = pair.a
        changedInRound[pair.a] = round
        changedInRound[pair.b] = round
        clusters[pair.b] = Cluster(sum: [:], count: 0, members: [], firstDay: nil, lastDay: nil, alive: false)
        tops[pair.a] = Self.strongestTerms(clusters[pair.a].sum, keep: parameters.probeTerms)
        tops[pair.b] = []
        known[pair.b] = []
        reached[pair.a] = nil
        reached[pair.b] = nil
      }
    }
  }

  /// For each live story, its later candidate stories (through the
  /// postings of its strongest terms, merged stories followed to the story
  /// they merged into), by story, with their scores: taken from `known`
  /// where neither story changed since, else computed (`fresh`).
  private func scoredCandidates(
    _ clusters: [Cluster], tops: [[UInt64]], postings: TermPostings, parent: [Int], changedInRound: [Int],
    known: [[ScoredPair]], reached: [[UInt64]?], round: Int
  ) -> [(a: Int, candidates: [ScoredPair], reached: [UInt64]?)] {
    let alive = clusters.indices.filter { clusters[$0].alive }
    // Each story's root, found once a round rather than once a posting.
    var root = parent
    for story in root.indices where root[story] != story { root[story] = root[root[story]] }
    // Stories in small batches; each worker marks the stories reached in
    // arrays of its own, made once, so that gathering candidates needs no
    // sorting. A mark is the story that made it, so marks left by earlier
    // stories need no clearing.
    let batch = max(1, alive.count / 256)
    let batches = stride(from: 0, to: alive.count, by: batch).map { $0..<min($0 + batch, alive.count) }
    let storyCount = clusters.count
    let scored = ParallelMap.map(
      batches,
      scratch: {
        (mark: [Int32](repeating: -1, count: storyCount), hits: [Int32](repeating: 0, count: storyCount))
      }
    ) { [root] positions, marks in
      var results: [([ScoredPair], [UInt64]?)] = []
      for position in positions {
        let a = alive[position]
        // The stories reached through the postings stay the same until the
        // story's strongest terms change; only their roots move on.
        let fresh = reached[a] == nil ? reachedStories(from: tops[a], postings: postings) : nil
        // Each later story once, with how many strongest terms it shares.
        var shared: [Int] = []
        for entry in fresh ?? reached[a]! {
          let b = root[Int(entry >> 32)]
          guard b > a && clusters[b].alive else { continue }
          if marks.mark[b] != Int32(a) {
            marks.mark[b] = Int32(a)
            marks.hits[b] = 0
            shared.append(b)
          }
          marks.hits[b] += Int32(truncatingIfNeeded: entry)
        }
        Self.keepMostShared(&shared, limit: parameters.candidatesScored) { marks.hits[$0] }
        shared.sort()
        let candidates = scores(
          of: a, with: shared, clusters: clusters, known: known[a], changedInRound: changedInRound, round: round)
        results.append((candidates, fresh))
      }
      return results
    }
    return zip(alive, scored.joined()).map { (a: $0.0, candidates: $0.1.0, reached: $0.1.1) }
  }

  /// The scores of story `a` with each of `others` (ascending), taken from
  /// `known` where neither story changed since.
  private func scores(
    of a: Int, with others: [Int], clusters: [Cluster], known cache: [ScoredPair], changedInRound: [Int], round: Int
  ) -> [ScoredPair] {
    var candidates: [ScoredPair] = []
    candidates.reserveCapacity(others.count)
    var cached = 0
    for b in others {
      let other = Int32(b)
      guard datesCompatible(clusters[a], clusters[b]) else { continue }
      while cached < cache.count && cache[cached].other < other { cached += 1 }
      if cached < cache.count && cache[cached].other == other, Int(cache[cached].round) > changedInRound[a],
        Int(cache[cached].round) > changedInRound[b]
      {
        var pair = cache[cached]
        pair.fresh = false
        candidates.append(pair)
      } else {
        let score = Self.dot(clusters[a].sum, clusters[b].sum) / Float(clusters[a].count * clusters[b].count)
        candidates.append(ScoredPair(other: other, round: Int32(round), score: score, fresh: true))
      }
    }
    return candidates
  }

  /// The stories posted under `terms`, the most recent of each term, as
  /// `story << 32 | times reached`, by story.
  private func reachedStories(from terms: [UInt64], postings: TermPostings) -> [UInt64] {
    var ids: [Int32] = []
    for term in terms {
      guard let slot = postings.find(term) else { continue }
      var entry = postings.head(slot)
      var taken = 0
      while entry >= 0 && taken < parameters.postingsScanned {
        ids.append(postings.stories[Int(entry)])
        entry = postings.next[Int(entry)]
        taken += 1
      }
    }
    ids.sort()
    var result: [UInt64] = []
    for id in ids {
      if let last = result.last, last >> 32 == UInt64(id) {
        result[result.count - 1] += 1
      } else {
        result.append(UInt64(id) << 32 | 1)
      }
    }
    return result
  }

  private func result(_ clusters: [Cluster], vectors: [WeightedTerms]) -> Result {
    var stories: [[Int]] = []
    var representatives: [Int] = []
    for cluster in clusters where cluster.alive && !cluster.members.isEmpty {
      let members = cluster.members.sorted()
      var best = members[0]
      var bestScore: Float = -1
      for member in members {
        let score = Self.dot(vectors[member], cluster.sum)
        if score > bestScore {
          bestScore = score
          best = member
        }
      }
      stories.append(members)
      representatives.append(best)
    }
    let order = stories.indices.sorted { stories[$0][0] < stories[$1][0] }
    return Result(stories: order.map { stories[$0] }, representatives: order.map { representatives[$0] })
  }
}
