/// Who said the words between quotation marks, found next to the marks.
struct Attribution {
  var speaker: Range<Int>?
  var cue: Range<Int>
}

extension QuoteScanner {
  /// The cue and its tail: `said in a statement`.
  func cueRange(_ cue: Int, limit: Int) -> Range<Int> {
    // Nearly every cue has no tail: one look at the word after it.
    guard cue + 1 < limit, lexicon.cueTailStarts.contains(keys[cue + 1]) else { return cue..<(cue + 1) }
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
      // `the statement`, `Oz's show`, `a phone call`: a noun, not a verb.
      if lexicon.articles.contains(previous) || isPossessive(index - 1) { return false }
      if lexicon.nounLikeCues.contains(keys[index]), index - 1 > floor, !isCapitalized(index - 1),
        !lexicon.speakerNouns.contains(previous), lexicon.articles.contains(keys[index - 2])
      {
        return false
      }
      // `did not respond`: nothing was reported.
      var scan = index - 1
      while scan >= floor && index - scan <= 3 && keys[scan] != 0 && lexicon.auxiliaries.contains(keys[scan]) {
        if lexicon.negations.contains(keys[scan]) { return false }
        scan -= 1
      }
    }
    if lexicon.weakCues.contains(keys[index]) {
      let next = index + 1
      let before = index > floor && lexicon.pronouns.contains(keys[index - 1])
      let after =
        next < tokens.count
        && (keys[next] == lexicon.that || isMark(next, ",") || isMark(next, ":") || tokens[next].isQuotationMark)
      if !before && !after { return false }
    }
    // `asked not to be named`.
    if index + 1 < tokens.count, keys[index + 1] != 0, lexicon.negations.contains(keys[index + 1]) { return false }
    // `the question is`, `guarantees sought by Moscow`.
    if index + 1 < tokens.count, keys[index + 1] != 0,
      lexicon.nounFollowers.contains(keys[index + 1]) || keys[index + 1] == lexicon.by
    {
      return false
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
    // Room for a long apposition: `,” Leonard Burman, director of … and a
    // professor at …, said`.
    while limit < paragraphEnd && limit - start < 28 && !tokens[limit].isQuotationMark {
      // `(D-Ore.)`: a full stop inside parentheses ends nothing.
      if isSentenceEnd(limit) && !(limit + 1 < paragraphEnd && isMark(limit + 1, ")")) { break }
      limit += 1
    }
    guard start < limit else { return nil }
    // `“…” ― Martha Aguilar`: a signature after a dash.
    if start > close + 1, isDash(start - 1), isCapitalized(start),
      let name = phrase(startingAt: start, limit: limit), name.upperBound >= limit || isClauseMark(name.upperBound)
    {
      return Attribution(speaker: name, cue: (start - 1)..<start)
    }
    // After `.”` a new sentence starts: only `“….” Peskov said.` on its own
    // is still the quote's attribution, not `“….” Peskov said that …`.
    let endedSentence = close > 0 && isMark(close - 1, ".")
    // Otherwise the attribution does not report a clause of its own
    // (`” Sanders said he …`, `” Peskov said that …`).
    func fits(_ attribution: Attribution) -> Attribution? {
      let after = attribution.cue.upperBound
      if after >= paragraphEnd || isSentenceEnd(after) || tokens[after].isQuotationMark { return attribution }
      guard !endedSentence else { return nil }
      return opensClause(after) ? nil : attribution
    }
    if let behaviour = cue(start), behaviour.contains(.inverted), !behaviour.contains(.progressive),
      !behaviour.contains(.nonFinite)
    {
      let cueTokens = cueRange(start, limit: limit)
      // `,” said master of ceremonies Asab Al-Tabchi, a …`: after a closing
      // mark the words up to the next comma name the speaker.
      guard
        let speaker = phrase(startingAt: cueTokens.upperBound, limit: limit)
          ?? plainPhrase(from: cueTokens.upperBound, limit: limit)
          ?? modifiedName(from: cueTokens.upperBound, limit: limit)
      else { return nil }
      let after = speaker.upperBound
      if after >= paragraphEnd || isSentenceEnd(after) || tokens[after].isQuotationMark {
        return Attribution(speaker: speaker, cue: cueTokens)
      }
      guard !endedSentence, !opensClause(after) else { return nil }
      return Attribution(speaker: speaker, cue: cueTokens)
    }
    var index = start
    while index < limit && index - start <= 26 {
      // `” reporters were told by Ms Velk`: a passive cue names its speaker
      // after `by`.
      if index > start, index + 2 < limit, keys[index + 1] == lexicon.by,
        lexicon.passiveAuxiliaries.contains(keys[index - 1]), cue(index)?.contains(.speech) == true,
        let speaker = phrase(startingAt: index + 2, limit: limit)
      {
        return fits(Attribution(speaker: speaker, cue: index..<(index + 1)))
      }
      if isFiniteCue(index, floor: start), index > start,
        let behaviour = cue(index), !behaviour.isDisjoint(with: [.speech, .inverted])
      {
        var found = subject(before: index, floor: start)
        // `” federal prosecutors wrote`: modifiers the phrase left out.
        if let phrase = found, phrase.lowerBound > start, (start..<phrase.lowerBound).allSatisfy({ isPhraseWord($0) }) {
          found = start..<phrase.upperBound
        }
        if found?.lowerBound != start { found = nameBeforeApposition(from: start, cue: index) ?? found }
        // `“resolutely opposed” to the test and warned`: no speaker starts
        // with `to`; the words go on in the clause of the quote.
        guard let speaker = found, speaker.lowerBound == start, keys[start] != lexicon.to else { return nil }
        // `claimed “…” the cost of the repairs and concluded`: quoted words
        // inside a clause that goes on; `and` joins a verb of its subject.
        if keys[index - 1] == lexicon.and, !isClauseMark(close - 1), !isSentenceEnd(close - 1),
          !lexicon.pronouns.contains(keys[speaker.lowerBound])
        {
          return nil
        }
        return fits(Attribution(speaker: speaker, cue: cueRange(index, limit: limit)))
      }
      if isMark(index, "(") {
        // `Rep. John Mica (R-Fla.) said`.
        var closing = index + 1
        while closing < limit && closing - index < 8 && !isMark(closing, ")") { closing += 1 }
        guard closing < limit, isMark(closing, ")") else { return nil }
        index = closing + 1
        continue
      }
      if !isWord(index) && tokens[index].kind != .number && !isMark(index, ",") { return nil }
      index += 1
    }
    return nil
  }

  /// `,” said undecided Republican voter Stephanie Hooton`: a name after
  /// up to two lower-case modifiers.
  private func modifiedName(from start: Int, limit: Int) -> Range<Int>? {
    var index = start
    while index < limit && index - start < 2 && isPhraseWord(index) && !isCapitalized(index) {
      index += 1
      if index < limit, isCapitalized(index), let name = phrase(startingAt: index, limit: limit) {
        return start..<name.upperBound
      }
    }
    return nil
  }

  /// `” Cecelia Purner, 67, a retired nurse in Allentown, Pa., said`: the
  /// name at `start` when an apposition of any length follows it, up to a
  /// comma before the cue.
  private func nameBeforeApposition(from start: Int, cue: Int) -> Range<Int>? {
    var comma = cue - 1
    while comma > start && keys[comma] != 0 && (lexicon.auxiliaries.contains(keys[comma]) || isAdverb(comma)) {
      comma -= 1
    }
    guard comma > start, isMark(comma, ","), isCapitalized(start),
      let name = phrase(startingAt: start, limit: comma), name.upperBound < comma, isMark(name.upperBound, ",")
    else { return nil }
    return name
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
    // Without a colon or comma the cue must touch the mark: `He said “…`,
    // `said that “…`; otherwise `X said Y was “right”` would make a
    // reporter's phrase a quote.
    var lowest = index
    // `he said, but “…`: the coordinator leaves the attribution as it was.
    if index > floor + 1, keys[index] == lexicon.but || keys[index] == lexicon.and, isMark(index - 1, ",") {
      index -= 1
    }
    if isMark(index, ":") || isMark(index, ",") || isDash(index) {
      index -= 1
      lowest = max(floor, index - 7)
    } else if keys[index] == lexicon.asWord, index - 1 > floor, isCueForm(index - 1) {
      // `an explosion that the mayor described as “…`.
      index -= 1
      lowest = index
    } else if keys[index] == lexicon.that {
      index -= 1
      // `said Tuesday that “…`, `said on Monday that “…`.
      if index - 1 > floor, isCapitalized(index), lexicon.weekdays.contains(keys[index]) {
        index -= keys[index - 1] == lexicon.on ? 2 : 1
      }
      lowest = index
    }
    lowest = max(lowest, floor)
    var scan = index
    while scan >= lowest {
      if tokens[scan].isQuotationMark || isSentenceEnd(scan) || keys[scan] == lexicon.that
        || (scan < index && isMark(scan, ","))
      {
        return nil
      }
      // `Said Comey, “…`: an inverted cue opens the sentence.
      if scan == floor, scan < index, isCapitalized(scan),
        CueBehaviour(rawValue: cueBits[scan] & ~QuoteLexicon.cueFormBit).contains(.inverted),
        let speaker = phrase(startingAt: scan + 1, limit: index + 1), speaker.upperBound == index + 1
      {
        return Attribution(speaker: speaker, cue: scan..<(scan + 1))
      }
      if let behaviour = cue(scan) {
        // `let them know that “…”`: a belief does not attribute words.
        guard !behaviour.isDisjoint(with: [.speech, .inverted]) else { return nil }
        if behaviour.contains(.progressive) {
          // `footage of Trump saying “…`, or the clause's subject.
          let adjacent = scan > floor && !isMark(scan - 1, ",") ? phrase(endingAt: scan - 1, floor: floor) : nil
          guard let speaker = adjacent ?? clauseSubject(before: scan, floor: floor) else { return nil }
          return Attribution(speaker: speaker, cue: cueRange(scan, limit: open))
        }
        guard isFiniteCue(scan, floor: floor) else { return nil }
        return Attribution(speaker: subject(before: scan, floor: floor), cue: cueRange(scan, limit: open))
      }
      scan -= 1
    }
    return nil
  }

  /// Words from `start` up to a comma or `limit`, when they are all phrase
  /// words and few.
  func plainPhrase(from start: Int, limit: Int) -> Range<Int>? {
    var end = start
    while end < limit && end - start < 8 && isPhraseWord(end) { end += 1 }
    guard end > start, end >= limit || isClauseMark(end) || isSentenceEnd(end) else { return nil }
    return start..<end
  }

  /// `that` or a subject pronoun: the start of a reported clause.
  func opensClause(_ index: Int) -> Bool {
    let key = keys[index]
    return key == lexicon.that || (lexicon.pronouns.contains(key) && key != lexicon.who)
  }

  /// Whether the clause ends within a few words of `index`, before a
  /// comma or the sentence end: `said on Monday.`, `told CNBC in August,`.
  func clauseEndsSoon(from index: Int, end: Int, within: Int = 6) -> Bool {
    if index < end && tokens[index].kind == .word && !lexicon.prepositions.contains(keys[index])
      && !lexicon.subordinators.contains(keys[index])
    {
      return false
    }
    var scan = index
    while scan < end && scan - index <= within {
      if isSentenceEnd(scan) || isMark(scan, ",") || isDash(scan) { return true }
      guard tokens[scan].kind == .word || tokens[scan].kind == .number, keys[scan] != lexicon.that,
        cue(scan) == nil
      else { return false }
      scan += 1
    }
    return scan >= end
  }

  /// A transcript turn: `WALLACE: …`, one to three upper-case words and a
  /// colon at `index`. Returns the name and the colon.
  func transcriptSpeaker(at index: Int, limit: Int) -> (speaker: Range<Int>, colon: Int)? {
    var scan = index
    while scan < limit && scan - index < 3 && tokens[scan].kind == .word && tokens[scan].flags.contains(.allCaps)
      && tokens[scan].range.length > 1
    {
      scan += 1
    }
    if scan > index, scan + 1 < limit, isMark(scan, ":"), !lexicon.labels.contains(keys[index]) {
      return (index..<scan, scan)
    }
    // A headline's `Sanders: Endorsements prove …`: a short name and a colon.
    scan = index
    while scan < limit && scan - index < 4 && isCapitalized(scan)
      && !lexicon.capitalisedFunctionWords.contains(keys[scan])
    {
      scan += 1
    }
    guard scan > index, scan + 3 < limit, isMark(scan, ":"), !lexicon.labels.contains(keys[index]),
      !lexicon.labels.contains(keys[scan - 1])
    else { return nil }
    return (index..<scan, scan)
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
