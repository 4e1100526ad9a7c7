/// Aligns the sentences of one article with those of another: a sentence
/// has a counterpart when the other article has the same sentence after
/// normalisation, or one sharing most of its content words (Dice ≥
/// ``paraphraseDice``), whatever their order and wording around them.
struct SentenceAligner: Sendable {
  /// The least Dice overlap of content words for a reworded counterpart;
  /// on MSRP's sentence pairs 0.5 keeps about nine paraphrases in ten.
  var paraphraseDice = 0.5
  /// The least Dice overlap for a sentence that counts as copied: the
  /// same words but for a dateline, a credit or a typo.
  var copyDice = 0.9
  /// Sentences with fewer content words (datelines, credits, one-word
  /// headings) are not aligned and do not count.
  var minimumWords = 3

  /// How much of `article` is found in `other`.
  struct Alignment: Hashable, Sendable {
    /// The share of content words in sentences that have any counterpart.
    var coverage: Double
    /// The share in sentences with an identical or nearly identical
    /// counterpart.
    var exactShare: Double
    /// How many sentences have a counterpart.
    var sentences: Int
  }

  func align(_ article: DerivationProfile, with other: DerivationProfile) -> Alignment {
    alignBoth(article, other).first
  }

  /// How much of `a` is found in `b`, and of `b` in `a`, from one table of
  /// the words each pair of their sentences shares (a merge of their
  /// sorted word postings, no hashing).
  func alignBoth(_ a: DerivationProfile, _ b: DerivationProfile) -> (first: Alignment, second: Alignment) {
    let rows = a.sentenceCount
    let columns = b.sentenceCount
    guard rows > 0, columns > 0 else {
      let none = Alignment(coverage: 0, exactShare: 0, sentences: 0)
      return (none, none)
    }
    var shared = [UInt16](repeating: 0, count: rows * columns)
    var i = 0
    var j = 0
    let pa = a.postings
    let pb = b.postings
    while i < pa.count && j < pb.count {
      let wordA = pa[i] >> 32
      let wordB = pb[j] >> 32
      if wordA < wordB {
        i += 1
      } else if wordA > wordB {
        j += 1
      } else {
        var endA = i
        while endA < pa.count && pa[endA] >> 32 == wordA { endA += 1 }
        var endB = j
        while endB < pb.count && pb[endB] >> 32 == wordB { endB += 1 }
        for x in i..<endA {
          let row = Int(pa[x] & 0xFFFF_FFFF) * columns
          for y in j..<endB { shared[row + Int(pb[y] & 0xFFFF_FFFF)] &+= 1 }
        }
        i = endA
        j = endB
      }
    }
    let sizesA = (0..<rows).map { a.sentence($0).count }
    let sizesB = (0..<columns).map { b.sentence($0).count }
    let first = score(
      count: rows, sizes: sizesA, otherSizes: sizesB, hashes: a.sentenceHashes, otherHashes: b.sentenceHashes
    ) { row, column in shared[row * columns + column] }
    let second = score(
      count: columns, sizes: sizesB, otherSizes: sizesA, hashes: b.sentenceHashes, otherHashes: a.sentenceHashes
    ) { column, row in shared[row * columns + column] }
    return (first, second)
  }

  /// Scores one side's sentences against the other's from the shared-word
  /// table.
  private func score(
    count: Int, sizes: [Int], otherSizes: [Int], hashes: [UInt64], otherHashes: [UInt64],
    shared: (Int, Int) -> UInt16
  ) -> Alignment {
    var exactSentences = Set<UInt64>()
    for (index, hash) in otherHashes.enumerated() where otherSizes[index] >= minimumWords {
      exactSentences.insert(hash)
    }
    var total = 0
    var aligned = 0
    var exact = 0
    var alignedSentences = 0
    for index in 0..<count {
      let size = sizes[index]
      guard size >= minimumWords else { continue }
      total += size
      if exactSentences.contains(hashes[index]) {
        exact += size
        aligned += size
        alignedSentences += 1
        continue
      }
      var best = 0.0
      for other in 0..<otherSizes.count where otherSizes[other] >= minimumWords {
        let common = shared(index, other)
        if common == 0 { continue }
        best = max(best, 2 * Double(common) / Double(size + otherSizes[other]))
      }
      if best >= copyDice { exact += size }
      if best >= paraphraseDice {
        aligned += size
        alignedSentences += 1
      }
    }
    guard total > 0 else { return Alignment(coverage: 0, exactShare: 0, sentences: 0) }
    return Alignment(
      coverage: Double(aligned) / Double(total), exactShare: Double(exact) / Double(total),
      sentences: alignedSentences)
  }
}
