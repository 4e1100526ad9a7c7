/// Who said the words between quotation marks, found next to the marks.
struct Attribution {
  var speaker: Range<Int>?
  var cue: Range<Int>
}

extension QuoteScanner {
  /// The cue and its tail: `said in a statement`.
  func cueRange(_ cue: Int, limit: Int) -> Range<Int> {
    for tail in lexicon.cueTails where cue + tail.count < limit {
      var matches = true
      for (offset, key) in tail.enumerated() where keys[cue + 1 + offset] != key {
        matches = false
        break
      }
      if matches { return cue..<(cue + 1 + tail.count) }
    }
    return cue..<(cue + 1)
  }

  /// A cue that can report on its own after its subject: not `written`,
  /// not `to say`, not the passive `was told`.
  func isFiniteCue(_ index: Int, floor: Int) -> Bool {
    guard let behaviour = cue(index), !behaviour.contains(.nonFinite), !behaviour.contains(.progressive) else {
      return false
    }
    if index > floor {
      let previous = keys[index - 1]
      if previous == lexicon.to || lexicon.passiveAuxiliaries.contains(previous) { return false }
    }
    return true
  }

  /// The attribution after a closing mark: `,” Peskov added.`,
  /// `,” said the Ukrainian leader.`, `” he told reporters.`
  func attributionAfter(close: Int) -> Attribution? {
    let paragraphEnd = paragraphTokens[Int(paragraphOf[close])].upperBound
    var start = close + 1
    var skipped = 0
    while start < paragraphEnd && skipped < 2 && (isMark(start, ",") || isDash(start)) {
      start += 1
      skipped += 1
    }
    var limit = start
    while limit < paragraphEnd && limit - start < 16 && !isSentenceEnd(limit) && !tokens[limit].isQuotationMark {
      limit += 1
    }
    guard start < limit else { return nil }
    if let behaviour = cue(start), behaviour.contains(.inverted), !behaviour.contains(.progressive),
      !behaviour.contains(.nonFinite)
    {
      let cueTokens = cueRange(start, limit: limit)
      guard let speaker = phrase(startingAt: cueTokens.upperBound, limit: limit) else { return nil }
      return Attribution(speaker: speaker, cue: cueTokens)
    }
    var index = start
    while index < limit && index - start <= 12 {
      if isFiniteCue(index, floor: start), index > start {
        guard let speaker = subject(before: index, floor: start), speaker.lowerBound == start else { return nil }
        return Attribution(speaker: speaker, cue: cueRange(index, limit: limit))
      }
      if !isWord(index) && !isMark(index, ",") { return nil }
      index += 1
    }
    return nil
  }

  /// The attribution before an opening mark: `Peskov said: “…`,
  /// `He said, “…`, `Dmitry Peskov told reporters: “…`, or a paragraph that
  /// ends `X said:` before a quote paragraph.
  func attributionBefore(open: Int) -> Attribution? {
    var end = open - 1
    let paragraph = Int(paragraphOf[open])
    var floor = paragraphTokens[paragraph].lowerBound
    if open == floor {
      // A quote paragraph after `Caddell continued:`.
      guard paragraph > 0, let last = paragraphTokens[paragraph - 1].last, isMark(last, ":") else { return nil }
      end = last
      floor = paragraphTokens[paragraph - 1].lowerBound
    }
    floor = max(floor, sentenceTokens[Int(sentenceOf[end])].lowerBound)
    guard end >= floor else { return nil }
    var index = end
    if isMark(index, ":") || isMark(index, ",") || isDash(index) {
      index -= 1
    } else if keys[index] == lexicon.that {
      index -= 1
    }
    let lowest = max(floor, index - 7)
    var scan = index
    while scan >= lowest {
      if tokens[scan].isQuotationMark || isSentenceEnd(scan) || keys[scan] == lexicon.that
        || (scan < index && isMark(scan, ","))
      {
        return nil
      }
      if let behaviour = cue(scan) {
        if behaviour.contains(.progressive) {
          guard let speaker = clauseSubject(before: scan, floor: floor) else { return nil }
          return Attribution(speaker: speaker, cue: cueRange(scan, limit: open))
        }
        guard isFiniteCue(scan, floor: floor) else { return nil }
        return Attribution(speaker: subject(before: scan, floor: floor), cue: cueRange(scan, limit: open))
      }
      scan -= 1
    }
    return nil
  }

  /// Whether quoted words are a title, not speech: `the documentary
  /// “Putin vs the West”`.
  func looksLikeTitle(_ content: Range<Int>, open: Int) -> Bool {
    let words = wordCount(content)
    guard words > 0, words <= 8 else { return false }
    var capitalised = 0
    for index in content where tokens[index].kind == .word {
      if isCapitalized(index) { capitalised += 1 } else if tokens[index].range.length > 3 { return false }
    }
    if open > 0, keys[open - 1] != 0, lexicon.titleNouns.contains(keys[open - 1]) { return true }
    return capitalised >= 2 && capitalised * 2 >= words
  }
}
