import Foundation

/// An article's strongest terms, weighted by rarity: `(1 + ln tf) · ln(N/df)`,
/// scaled so that the full vector has unit length, then cut to the heaviest
/// few so that memory and comparisons stay bounded per article.
struct WeightedTerms: Sendable {
  /// Heaviest first.
  var terms: [UInt64]
  var weights: [Float]

  init(
    _ profile: StoryProfile, frequencies: DocumentFrequencies, keep: Int, background: Double, nameBoost: Double = 1,
    renormalize: Bool = true
  ) {
    // Pretending to a background of documents without the term keeps
    // the weights meaningful in a corpus of a handful of articles.
    let total = Double(frequencies.documents) + background
    var pairs: [(term: UInt64, weight: Float)] = []
    pairs.reserveCapacity(profile.terms.count)
    var norm: Double = 0
    for (index, term) in profile.terms.enumerated() {
      let df = frequencies.count(term)
      // A term seen once in the corpus links nothing.
      guard df >= 2 else { continue }
      let idf = log(total / Double(df))
      guard idf > 0 else { continue }
      let weight = (1 + log(Double(profile.counts[index]))) * idf * (profile.names[index] ? nameBoost : 1)
      norm += weight * weight
      pairs.append((term, Float(weight)))
    }
    pairs.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.term < $1.term }
    if pairs.count > keep {
      pairs.removeLast(pairs.count - keep)
      if renormalize { norm = pairs.reduce(0) { $0 + Double($1.weight) * Double($1.weight) } }
    }
    let scale = norm > 0 ? Float(1 / norm.squareRoot()) : 0
    terms = pairs.map(\.term)
    weights = pairs.map { $0.weight * scale }
  }
}
