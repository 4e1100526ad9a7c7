#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// An article's strongest terms, weighted by rarity: `(1 + ln tf) · ln(N/df)`,
/// scaled so that the full vector has unit length, then cut to the heaviest
/// few so that memory and comparisons stay bounded per article.
struct WeightedTerms: Sendable {
  /// Heaviest first.
  var terms: [UInt64]
  var weights: [Float]

  /// The factors of a weight, computed once per corpus rather than once
  /// per term: the logarithms of small counts and document frequencies.
  struct Weigher: Sendable {
    let frequencies: DocumentFrequencies
    let keep: Int
    let nameBoost: Double
    let renormalize: Bool
    /// Pretending to a background of documents without the term keeps
    /// the weights meaningful in a corpus of a handful of articles.
    let total: Double
    /// `ln(total / df)` by document frequency, up to a bound.
    private let rarity: [Double]
    /// `1 + ln tf` by count, up to a bound.
    private let frequency: [Double]

    init(frequencies: DocumentFrequencies, keep: Int, background: Double, nameBoost: Double, renormalize: Bool) {
      self.frequencies = frequencies
      self.keep = keep
      self.nameBoost = nameBoost
      self.renormalize = renormalize
      let total = Double(frequencies.documents) + background
      self.total = total
      rarity = (0..<min(frequencies.documents + 1, 1 << 16)).map { log(total / Double($0)) }
      frequency = (0..<256).map { 1 + log(Double($0)) }
    }

    @inline(__always)
    func rarity(_ df: Int) -> Double {
      df < rarity.count ? rarity[df] : log(total / Double(df))
    }

    @inline(__always)
    func frequency(_ count: UInt16) -> Double {
      Int(count) < frequency.count ? frequency[Int(count)] : 1 + log(Double(count))
    }
  }

  init(
    _ profile: StoryProfile, frequencies: DocumentFrequencies, keep: Int, background: Double, nameBoost: Double = 1,
    renormalize: Bool = true
  ) {
    self.init(
      profile,
      weigher: Weigher(
        frequencies: frequencies, keep: keep, background: background, nameBoost: nameBoost,
        renormalize: renormalize))
  }

  init(_ profile: StoryProfile, weigher: Weigher) {
    // Each kept term as one sortable key: the weight's bits inverted (a
    // positive float's bits order as its value), then its index in the
    // profile, whose terms are sorted. Ascending keys are then heaviest
    // first, ties by term, as plain integers sort.
    var keys: [UInt64] = []
    keys.reserveCapacity(profile.terms.count / 2)
    var norm: Double = 0
    let counts = profile.counts
    let names = profile.names
    for (index, term) in profile.terms.enumerated() {
      // A term seen once in the corpus links nothing.
      guard weigher.frequencies.isShared(term) else { continue }
      let df = weigher.frequencies.count(term)
      let idf = weigher.rarity(df)
      guard idf > 0 else { continue }
      let weight = weigher.frequency(counts[index]) * idf * (names[index] ? weigher.nameBoost : 1)
      norm += weight * weight
      keys.append(UInt64(~Float(weight).bitPattern) << 32 | UInt64(index))
    }
    RadixSort.sort(&keys)
    if keys.count > weigher.keep {
      keys.removeLast(keys.count - weigher.keep)
      if weigher.renormalize {
        norm = keys.reduce(0) { total, key in
          let weight = Double(Self.weight(of: key))
          return total + weight * weight
        }
      }
    }
    let scale = norm > 0 ? Float(1 / norm.squareRoot()) : 0
    terms = keys.map { profile.terms[Int($0 & 0xFFFF_FFFF)] }
    weights = keys.map { Self.weight(of: $0) * scale }
  }

  @inline(__always)
  private static func weight(of key: UInt64) -> Float {
    Float(bitPattern: ~UInt32(truncatingIfNeeded: key >> 32))
  }
}
