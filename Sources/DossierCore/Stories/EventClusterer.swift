import Foundation

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
    var frequencies = DocumentFrequencies(expectedTerms: count * 256)
    for start in stride(from: 0, to: count, by: chunk) {
      for profile in profiles(start..<min(start + chunk, count)) { frequencies.add(profile.terms) }
    }
    var vectors: [WeightedTerms] = []
    var days: [Int?] = []
    vectors.reserveCapacity(count)
    days.reserveCapacity(count)
    for start in stride(from: 0, to: count, by: chunk) {
      let batch = profiles(start..<min(start + chunk, count))
      vectors += Self.weigh(
        batch, frequencies: frequencies, keep: parameters.termsPerArticle,
        background: parameters.backgroundDocuments, nameBoost: parameters.nameBoost)
      days += batch.map(\.day)
    }
    return cluster(vectors: vectors, days: days)
  }

  /// Weighs all profiles, in parallel.
  static func weigh(
    _ profiles: [StoryProfile], frequencies: DocumentFrequencies, keep: Int, background: Double, nameBoost: Double
  ) -> [WeightedTerms] {
    ParallelMap.map(profiles) {
      WeightedTerms($0, frequencies: frequencies, keep: keep, background: background, nameBoost: nameBoost)
    }
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
    var postings: [UInt64: [Int32]] = [:]
    var seen: [Int] = []
    for (step, article) in order.enumerated() {
      let vector = vectors[article]
      let day = days[article]
      var best = -1
      var bestScore: Float = 0
      for term in vector.terms.prefix(parameters.probeTerms) {
        guard var list = postings[term] else { continue }
        if let day {
          // Articles come in date order: a story closed now stays closed
          // for every later dated article, so it leaves the index.
          let before = list.count
          list.removeAll { id in
            guard let last = clusters[Int(id)].lastDay else { return false }
            return last + parameters.quietDays < day
          }
          if list.count != before { postings[term] = list.isEmpty ? nil : list }
        }
        for id in list.suffix(parameters.postingsScanned) {
          let story = Int(id)
          if seen[story] == step { continue }
          seen[story] = step
          guard let factor = timeFactor(day, clusters[story]) else { continue }
          let score = Self.dot(vector, clusters[story].sum) / Float(clusters[story].count) * factor
          if score > bestScore || (score == bestScore && story < best) {
            bestScore = score
            best = story
          }
        }
      }
      if best >= 0 && bestScore >= parameters.joinThreshold {
        add(article, vector: vector, day: day, to: best, clusters: &clusters, postings: &postings)
      } else {
        clusters.append(Cluster(sum: [:], count: 0, members: [], firstDay: day, lastDay: day))
        seen.append(-1)
        add(article, vector: vector, day: day, to: clusters.count - 1, clusters: &clusters, postings: &postings)
      }
    }
    mergeConverging(&clusters)
    return result(clusters, vectors: vectors)
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
    postings: inout [UInt64: [Int32]]
  ) {
    for (index, term) in vector.terms.enumerated() {
      let old = clusters[story].sum[term]
      clusters[story].sum[term] = (old ?? 0) + vector.weights[index]
      if old == nil && index < parameters.probeTerms + 8 {
        postings[term, default: []].append(Int32(story))
      }
    }
    clusters[story].count += 1
    clusters[story].members.append(article)
    if let day {
      clusters[story].firstDay = min(clusters[story].firstDay ?? day, day)
      clusters[story].lastDay = max(clusters[story].lastDay ?? day, day)
    }
    if clusters[story].sum.count > parameters.termsPerStory * 2 {
      clusters[story].sum = Self.strongest(clusters[story].sum, keep: parameters.termsPerStory)
    }
  }

  static func strongest(_ sum: TermWeights, keep: Int) -> TermWeights {
    let kept = sum.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(keep)
    return TermWeights(kept)
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

  /// Merges stories whose articles are, on average, similar enough, most
  /// similar pair first, in rounds until nothing changes.
  func mergeConverging(_ clusters: inout [Cluster]) {
    // A fresh index over every story's strongest terms: the one used for
    // joining has dropped closed stories.
    var postings: [UInt64: [Int32]] = [:]
    for (index, cluster) in clusters.enumerated() where cluster.alive {
      let top = cluster.sum.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
      for (term, _) in top.prefix(parameters.probeTerms) { postings[term, default: []].append(Int32(index)) }
    }
    // A merged story's postings lead to the story it merged into.
    var parent = Array(clusters.indices)
    // Each story's strongest terms, sorted once and again only after it grows.
    func strongestTerms(_ cluster: Cluster) -> [UInt64] {
      cluster.sum.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        .prefix(parameters.probeTerms).map(\.key)
    }
    var tops = clusters.map { $0.alive ? strongestTerms($0) : [] }
    // A pair's score stays valid until either story changes: later rounds
    // recompute only the pairs of stories merged in the rounds before.
    var changedInRound = [Int](repeating: 0, count: clusters.count)
    var scores: [UInt64: (score: Float, round: Int)] = [:]
    for round in 1...8 {
      // Stories are scored against their candidates in parallel; the
      // pairs are gathered in story order, as a serial scan would.
      let scored = scoredCandidates(
        clusters, tops: tops, postings: postings, parent: parent, changedInRound: changedInRound, scores: scores)
      var pairs: [(score: Float, a: Int, b: Int)] = []
      for (a, candidates) in scored {
        for candidate in candidates {
          if candidate.fresh { scores[UInt64(a) << 32 | UInt64(candidate.b)] = (candidate.score, round) }
          if candidate.score >= parameters.mergeThreshold { pairs.append((candidate.score, a, candidate.b)) }
        }
      }
      if pairs.isEmpty { return }
      pairs.sort { $0.score != $1.score ? $0.score > $1.score : ($0.a, $0.b) < ($1.a, $1.b) }
      var touched = Set<Int>()
      for pair in pairs where !touched.contains(pair.a) && !touched.contains(pair.b) {
        touched.insert(pair.a)
        touched.insert(pair.b)
        let other = clusters[pair.b]
        for (term, value) in other.sum { clusters[pair.a].sum[term, default: 0] += value }
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
        tops[pair.a] = strongestTerms(clusters[pair.a])
        tops[pair.b] = []
      }
    }
  }

  /// For each live story, its later candidate stories (through the
  /// postings of its strongest terms, merged stories followed to the story
  /// they merged into) with their scores; `fresh` marks scores not taken
  /// from `scores`.
  private func scoredCandidates(
    _ clusters: [Cluster], tops: [[UInt64]], postings: [UInt64: [Int32]], parent: [Int], changedInRound: [Int],
    scores: [UInt64: (score: Float, round: Int)]
  ) -> [(a: Int, candidates: [(b: Int, score: Float, fresh: Bool)])] {
    let alive = clusters.indices.filter { clusters[$0].alive }
    let scanned = parameters.postingsScanned
    let lists = ParallelMap.map(alive) { a in
      var seen = Set<Int>()
      var candidates: [(b: Int, score: Float, fresh: Bool)] = []
      for term in tops[a] {
        guard let list = postings[term] else { continue }
        for id in list.suffix(scanned) {
          var b = Int(id)
          while parent[b] != b { b = parent[b] }
          guard b > a, clusters[b].alive, seen.insert(b).inserted else { continue }
          guard datesCompatible(clusters[a], clusters[b]) else { continue }
          if let known = scores[UInt64(a) << 32 | UInt64(b)], known.round > changedInRound[a],
            known.round > changedInRound[b]
          {
            candidates.append((b, known.score, false))
          } else {
            let score = Self.dot(clusters[a].sum, clusters[b].sum) / Float(clusters[a].count * clusters[b].count)
            candidates.append((b, score, true))
          }
        }
      }
      return candidates
    }
    return Array(zip(alive, lists)).map { (a: $0.0, candidates: $0.1) }
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
