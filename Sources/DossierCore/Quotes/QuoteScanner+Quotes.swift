/// Putting the pieces together: marked quotes, reported speech, inherited
/// speakers, continuations and embedded posts.
extension QuoteScanner {
  /// Every quote of the document, sorted by position, parents resolved.
  func allQuotes() -> [FoundQuote] {
    let spans = markedSpans()
    var found: [FoundQuote] = []
    found.reserveCapacity(spans.count)
    var foundOfSpan = [Int?](repeating: nil, count: spans.count)
    var blocked = [Bool](repeating: false, count: tokens.count)
    var attributed = [Bool](repeating: false, count: tokens.count)
    var usedCue = [Bool](repeating: false, count: tokens.count)
    // `X claimed “…” the level of … and concluded …`: by closing mark, the
    // speakers of quotes their clause goes on after.
    var clauseSpeakers: [Int: Range<Int>] = [:]
    // Quotes embedded in a reporter's sentence, waiting for the speaker of
    // the reported speech around them.
    var embedded: [Int] = []
    // Quotes that open a sentence with no attribution of their own.
    var orphans: [Int] = []

    // The last top-level quote's attribution after its closing mark.
    var lastAttribution: Attribution?
    for (spanIndex, span) in spans.enumerated() {
      var content = contentTokens(of: span)
      // `“…,” he said`: the comma is the sentence's, not the speaker's.
      while !content.isEmpty && (isMark(content.upperBound - 1, ",") || isMark(content.upperBound - 1, ":")) {
        content = content.lowerBound..<(content.upperBound - 1)
      }
      guard !content.isEmpty, wordCount(content) > 0 else { continue }
      let after = span.close.flatMap { attributionAfter(close: $0) }
      var attribution = after ?? attributionBefore(open: span.open)
      if attribution == nil, span.parent == nil, let last = lastAttribution,
        continuesQuote(after: last, open: span.open)
      {
        // `“…,” Trump said during a rally in Kenansville, N.C., “but …`.
        attribution = last
      }
      if span.parent == nil { lastAttribution = after }
      // `a play called “Sons of Trump”`, `on “Face the Nation,” Ryan said`:
      // a title inside a sentence, not a speaker's words.
      if looksLikeTitle(content, open: span.open),
        !opensSentence(span.open)
          || attribution.map({ keys[$0.cue.lowerBound] != 0 && lexicon.titleNouns.contains(keys[$0.cue.lowerBound]) })
            ?? true
      {
        attribution = nil
        if !(span.parent == nil && opensSentence(span.open)) { continue }
      }
      let parentFound = span.parent.flatMap { foundOfSpan[$0] }
      var quote = FoundQuote(content: content, kind: .direct, parent: parentFound, confidence: 0.9)
      if let attribution {
        quote.cue = attribution.cue
        quote.speaker = attribution.speaker
        // `what the mayor described as “an intentional act”`: a few words
        // quoted inside the reporter's sentence.
        if span.open > 0, keys[span.open - 1] == lexicon.asWord, wordCount(content) <= 12 { quote.kind = .partial }
        quote.confidence = attribution.speaker == nil ? 0.5 : 0.9
        for index in attribution.cue { usedCue[index] = true }
        if span.parent == nil, let close = span.close, let speaker = attribution.speaker,
          speaker.upperBound <= span.open, !isClauseMark(close - 1), !isSentenceEnd(close - 1)
        {
          clauseSpeakers[close] = speaker
        }
        if span.parent == nil {
          let markEnd = span.close.map { $0 + 1 } ?? content.upperBound
          for index in span.open..<markEnd {
            blocked[index] = true
            attributed[index] = true
          }
        }
      } else if span.parent == nil, let turn = transcriptSpeaker(at: content.lowerBound, limit: content.upperBound) {
        quote.content = (turn.colon + 1)..<content.upperBound
        quote.kind = .unmarked
        quote.speaker = turn.speaker
        quote.cue = turn.colon..<(turn.colon + 1)
        quote.confidence = 0.8
        for index in span.open..<(span.close.map { $0 + 1 } ?? content.upperBound) { blocked[index] = true }
      } else if span.parent == nil && opensSentence(span.open) {
        let markEnd = span.close.map { $0 + 1 } ?? content.upperBound
        for index in span.open..<markEnd { blocked[index] = true }
        // `“…,” Bennett shot back with a laugh.`: words after the quote that
        // no cue explains may name someone else; only a quote that is its
        // whole sentence takes the speaker before it.
        if span.close.map({ endsItsSentence(close: $0) }) ?? true { orphans.append(found.count) }
      } else if looksLikeTitle(content, open: span.open) {
        continue
      } else {
        quote.kind = wordCount(content) <= 12 ? .partial : .direct
        quote.confidence = 0.5
        if span.parent == nil { embedded.append(found.count) }
      }
      foundOfSpan[spanIndex] = found.count
      found.append(quote)
    }
    // Cues inside direct quotes belong to the quoted speaker, not the article.
    for quote in found where quote.parent == nil && blocked[quote.content.lowerBound] {
      let isAttributed = attributed[quote.content.lowerBound]
      for index in quote.content {
        blocked[index] = true
        attributed[index] = isAttributed
      }
    }

    let reportedStart = found.count
    var reported = reportedSpeech(
      blocked: blocked, attributed: attributed, usedCue: usedCue, clauseSpeakers: clauseSpeakers)
    for index in reported.indices {
      reported[index].parent = reported[index].parent.map { $0 + reportedStart }
    }
    found.append(contentsOf: reported)

    // Embedded quotes take the speaker of the reported speech around them,
    // and so do quotes that open a sentence whose attribution follows
    // them (`“…” than that, Zuckoff said.`).
    for index in embedded + orphans {
      let content = found[index].content
      var best: Int?
      for other in reportedStart..<found.count where found[other].parent == nil {
        let outer = found[other].content
        if outer.lowerBound <= content.lowerBound && content.upperBound <= outer.upperBound + 1 {
          best = other
        }
      }
      if let best {
        found[index].parent = best
        found[index].speaker = found[best].speaker
        found[index].cue = found[best].cue
        found[index].confidence = found[best].confidence
        continue
      }
      guard embedded.contains(index) else { continue }
      // `X responded that it was false “Either …`: reported speech earlier in
      // the same sentence gives the speaker.
      let sentence = sentenceOf[content.lowerBound]
      for other in reportedStart..<found.count
      where found[other].parent == nil && sentenceOf[found[other].content.lowerBound] == sentence
        && found[other].content.lowerBound < content.lowerBound
      {
        found[index].speaker = found[other].speaker
        found[index].cue = found[other].cue
        found[index].confidence = 0.5
      }
    }
    found.append(contentsOf: embeddedPosts())
    found.append(contentsOf: transcriptTurns(blocked: blocked))
    return inheritSpeakers(sorted(found), orphans: Set(orphans.map { found[$0].content.lowerBound }))
  }

  /// An opening mark at the start of a sentence or after a colon.
  private func opensSentence(_ open: Int) -> Bool {
    let sentenceStart = sentenceTokens[Int(sentenceOf[open])].lowerBound
    if open == sentenceStart || open == paragraphTokens[Int(paragraphOf[open])].lowerBound { return true }
    return isMark(open - 1, ":") || isSentenceEnd(open - 1) || tokens[open - 1].isQuotationMark
  }

  /// Sorts quotes by position and renumbers their parents, leaving out
  /// quotes whose words were cut to nothing. Words found twice (`…, he
  /// says, …` read as reported speech again, `according to news agency
  /// reports` as two attributions) stay one quote, with the first one's
  /// attribution or, where it has none, the second's.
  private func sorted(_ quotes: [FoundQuote]) -> [FoundQuote] {
    // Each list allocated once at its size, not grown.
    var order: [Int] = []
    order.reserveCapacity(quotes.count)
    for index in quotes.indices where !quotes[index].content.isEmpty { order.append(index) }
    order.sort {
      let left = quotes[$0].content
      let right = quotes[$1].content
      if left.lowerBound != right.lowerBound { return left.lowerBound < right.lowerBound }
      if left.upperBound != right.upperBound { return left.upperBound > right.upperBound }
      return $0 < $1
    }
    var merged = quotes
    var kept: [Int] = []
    kept.reserveCapacity(order.count)
    var newIndex = [Int?](repeating: nil, count: quotes.count)
    for old in order {
      guard let last = kept.last, merged[last].content == quotes[old].content else {
        newIndex[old] = kept.count
        kept.append(old)
        continue
      }
      newIndex[old] = kept.count - 1
      if merged[last].speaker?.isEmpty ?? true, let speaker = quotes[old].speaker, !speaker.isEmpty {
        merged[last].speaker = speaker
        merged[last].cue = quotes[old].cue
        merged[last].confidence = quotes[old].confidence
      }
      if merged[last].parent == old { merged[last].parent = quotes[old].parent }
    }
    return kept.enumerated().map { position, old in
      var quote = merged[old]
      quote.parent = quote.parent.flatMap { newIndex[$0] }.flatMap { $0 < position ? $0 : nil }
      if quote.speaker?.isEmpty == true { quote.speaker = nil }
      if quote.cue?.isEmpty == true { quote.cue = nil }
      return quote
    }
  }

  /// Quotes without an attribution take the speaker of the quote just
  /// before them (the second part of a quote split by `he said`, a quote
  /// paragraph after an attributed one), and a paragraph of first-person
  /// words after an unmarked quote continues it.
  private func inheritSpeakers(_ quotes: [FoundQuote], orphans: Set<Int>) -> [FoundQuote] {
    var result: [FoundQuote] = []
    result.reserveCapacity(quotes.count)
    var lastTopLevel: Int?
    var covered = [Bool](repeating: false, count: sentenceTokens.count)
    for var quote in quotes {
      if quote.parent == nil {
        if quote.speaker == nil, orphans.contains(quote.content.lowerBound), let previous = lastTopLevel,
          paragraphDistance(result[previous].content, quote.content) <= 1
        {
          quote.speaker = result[previous].speaker
          quote.cue = result[previous].cue
          quote.confidence = 0.6
        }
        lastTopLevel = result.count
      }
      for index in [quote.content.lowerBound, quote.content.upperBound - 1] {
        covered[Int(sentenceOf[index])] = true
      }
      result.append(quote)
    }
    return addContinuations(result, covered: covered)
  }

  /// Whether the quote opening at `open` goes on from the attribution
  /// before it: only its cue's adjuncts and a comma lie between.
  private func continuesQuote(after attribution: Attribution, open: Int) -> Bool {
    let from = max(attribution.cue.upperBound, attribution.speaker?.upperBound ?? 0)
    guard from < open, open - from <= 20, isMark(open - 1, ","),
      paragraphOf[from] == paragraphOf[open]
    else { return false }
    for index in from..<(open - 1) {
      let token = tokens[index]
      if token.isQuotationMark || isSentenceEnd(index) || isDash(index) { return false }
      // `Sanders said, suggesting …, “…`: a cue of its own.
      if token.kind == .word && (keys[index] == lexicon.that || cue(index) != nil) { return false }
    }
    return true
  }

  /// Whether nothing but the sentence's end, or another quote, follows
  /// the closing mark at `close`.
  private func endsItsSentence(close: Int) -> Bool {
    if close > 0 && isSentenceEnd(close - 1) { return true }
    let next = close + 1
    guard next < paragraphTokens[Int(paragraphOf[close])].upperBound else { return true }
    return isSentenceEnd(next) || tokens[next].isQuotationMark
  }

  private func paragraphDistance(_ earlier: Range<Int>, _ later: Range<Int>) -> Int {
    Int(paragraphOf[later.lowerBound]) - Int(paragraphOf[earlier.upperBound - 1])
  }

  /// First-person sentences right after an unmarked quote, with no quote of
  /// their own, continue it.
  private func addContinuations(_ quotes: [FoundQuote], covered: [Bool]) -> [FoundQuote] {
    var continuations: [FoundQuote] = []
    var lastUnmarkedBySentence: [Int: FoundQuote] = [:]
    for quote in quotes where quote.parent == nil && quote.kind == .unmarked && quote.speaker != nil {
      lastUnmarkedBySentence[Int(sentenceOf[quote.content.upperBound - 1])] = quote
    }
    guard !lastUnmarkedBySentence.isEmpty else { return quotes }
    for sentence in sentenceTokens.indices where !covered[sentence] && sentence > 0 {
      guard let previous = lastUnmarkedBySentence[sentence - 1] else { continue }
      let tokenRange = sentenceTokens[sentence]
      guard !tokenRange.isEmpty else { continue }
      let paragraphGap = Int(paragraphOf[tokenRange.lowerBound]) - Int(paragraphOf[previous.content.upperBound - 1])
      guard paragraphGap <= 1, hasFirstPerson(tokenRange),
        !tokenRange.contains(where: { tokens[$0].isQuotationMark })
      else { continue }
      let content = trimmed(tokenRange)
      guard !content.isEmpty else { continue }
      var continuation = previous
      continuation.content = content
      continuation.confidence = 0.5
      continuations.append(continuation)
      lastUnmarkedBySentence[sentence] = continuation
    }
    guard !continuations.isEmpty else { return quotes }
    return sorted(quotes + continuations)
  }

  /// Paragraphs that open with `NAME:` in a transcript.
  func transcriptTurns(blocked: [Bool]) -> [FoundQuote] {
    var result: [FoundQuote] = []
    for paragraph in paragraphTokens where !paragraph.isEmpty && !blocked[paragraph.lowerBound] {
      guard let turn = transcriptSpeaker(at: paragraph.lowerBound, limit: paragraph.upperBound) else { continue }
      let content = trimmed((turn.colon + 1)..<paragraph.upperBound)
      guard wordCount(content) >= 2 else { continue }
      result.append(
        FoundQuote(
          content: content, kind: .unmarked, cue: turn.colon..<(turn.colon + 1), speaker: turn.speaker,
          confidence: 0.8))
    }
    return result
  }

  /// Posts embedded in an article: `TEXT — Name (@handle) Date`.
  func embeddedPosts() -> [FoundQuote] {
    var result: [FoundQuote] = []
    for index in dashes {
      var name = index + 1
      while name < tokens.count && isCapitalized(name) && name - index <= 5 { name += 1 }
      guard name > index + 1, name + 2 < tokens.count, isMark(name, "("), tokens[name + 1].kind == .handle,
        isMark(name + 2, ")")
      else { continue }
      let paragraph = Int(paragraphOf[index])
      let content: Range<Int>
      if index == paragraphTokens[paragraph].lowerBound {
        guard paragraph > 0 else { continue }
        content = trimmed(paragraphTokens[paragraph - 1])
      } else {
        content = trimmed(paragraphTokens[paragraph].lowerBound..<index)
      }
      guard wordCount(content) >= 2 else { continue }
      result.append(
        FoundQuote(
          content: content, kind: .unmarked, cue: index..<(index + 1), speaker: (index + 1)..<name, confidence: 0.8))
    }
    return result
  }
}
