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
    var exactSentences = Set<UInt64>()
    var sentencesOfWord: [UInt32: [Int32]] = [:]
    for index in 0..<other.sentenceCount {
      let words = other.sentence(index)
      guard words.count >= minimumWords else { continue }
      exactSentences.insert(other.sentenceHashes[index])
      for word in words { sentencesOfWord[word, default: []].append(Int32(index)) }
    }
    var shared = [Int](repeating: 0, count: other.sentenceCount)
    var touched: [Int] = []
    var total = 0
    var aligned = 0
    var exact = 0
    var alignedSentences = 0
    for index in 0..<article.sentenceCount {
      let words = article.sentence(index)
      guard words.count >= minimumWords else { continue }
      total += words.count
      if exactSentences.contains(article.sentenceHashes[index]) {
        exact += words.count
        aligned += words.count
        alignedSentences += 1
        continue
      }
      for word in words {
        guard let list = sentencesOfWord[word] else { continue }
        for sentence in list {
          if shared[Int(sentence)] == 0 { touched.append(Int(sentence)) }
          shared[Int(sentence)] += 1
        }
      }
      var best = 0.0
      for sentence in touched {
        let size = other.sentence(sentence).count
        let dice = 2 * Double(shared[sentence]) / Double(words.count + size)
        best = max(best, dice)
        shared[sentence] = 0
      }
      touched.removeAll(keepingCapacity: true)
      if best >= copyDice { exact += words.count }
      if best >= paraphraseDice {
        aligned += words.count
        alignedSentences += 1
      }
    }
    guard total > 0 else { return Alignment(coverage: 0, exactShare: 0, sentences: 0) }
    return Alignment(
      coverage: Double(aligned) / Double(total), exactShare: Double(exact) / Double(total),
      sentences: alignedSentences)
  }
}
