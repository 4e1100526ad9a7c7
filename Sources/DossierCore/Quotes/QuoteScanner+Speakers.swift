/// Finding the noun phrase that names a speaker, around a cue.
extension QuoteScanner {
  /// The longest a speaker phrase may be, in tokens.
  static let maximumSpeakerLength = 12

  /// The part of a speaker phrase that names the speaker: without a
  /// trailing `, who` or a parenthesised affiliation (`Rep. Mica (R-Fla.)`).
  func nameOfSpeaker(_ phrase: Range<Int>) -> Range<Int> {
    var upper = phrase.upperBound
    // `officials at the ministry`: the officials.
    for place in (phrase.lowerBound + 1)..<upper {
      if let head = headPlaced(by: place, floor: phrase.lowerBound), isHead(head) {
        upper = head + 1
        break
      }
    }
    if upper - phrase.lowerBound > 2, keys[upper - 1] == lexicon.who, isMark(upper - 2, ",") { upper -= 2 }
    if upper - phrase.lowerBound > 1, isMark(upper - 1, ")"),
      let open = (phrase.lowerBound..<(upper - 1)).last(where: { isMark($0, "(") }), open > phrase.lowerBound
    {
      upper = open
    }
    return phrase.lowerBound..<upper
  }

  /// A lower-case `-ly` word: an adverb between a subject and its cue
  /// (`has sharply criticised`).
  func isAdverb(_ index: Int) -> Bool {
    let token = tokens[index]
    guard token.kind == .word, token.range.length > 4, !token.flags.contains(.capitalized) else { return false }
    let end = Int(token.range.end)
    return bytes[end - 2] == UInt8(ascii: "l") && bytes[end - 1] == UInt8(ascii: "y")
  }

  /// A word that can sit inside a speaker phrase.
  func isPhraseWord(_ index: Int) -> Bool {
    // `47 percent`, `About four in 10`.
    if tokens[index].kind == .number { return true }
    guard tokens[index].kind == .word else { return false }
    let key = keys[index]
    if isCapitalized(index) { return !lexicon.capitalisedFunctionWords.contains(key) || isPossessive(index) }
    if lexicon.clauseBoundaries.contains(key) || lexicon.auxiliaries.contains(key) { return false }
    // `this source`: a determiner that is also a time word (`said this week`).
    if lexicon.determiners.contains(key) { return true }
    if lexicon.prepositions.contains(key) || lexicon.subordinators.contains(key) { return false }
    if isCueForm(index) && !lexicon.speakerNouns.contains(key) { return false }
    return true
  }

  /// Whether the number at `index` ends a share: `four in 10`,
  /// `nine out of 10`.
  func endsShare(_ index: Int) -> Bool {
    if index >= 2 && keys[index - 1] == lexicon.in && isNumberWord(index - 2) { return true }
    return index >= 3 && keys[index - 1] == lexicon.of && keys[index - 2] == lexicon.out && isNumberWord(index - 3)
  }

  /// A number, or a number word up to ten: `4 in 10`, `six in 10`.
  func isNumberWord(_ index: Int) -> Bool {
    tokens[index].kind == .number || lexicon.numberWords.contains(keys[index])
  }

  /// A word that can end (head) a speaker phrase.
  func isHead(_ index: Int) -> Bool {
    // `four in 10 said`: a share of people.
    if tokens[index].kind == .number { return endsShare(index) }
    guard tokens[index].kind == .word else { return false }
    let key = keys[index]
    // `Two in three said`, `nearly nine out of ten say`, `Nearly half said`.
    if lexicon.numberWords.contains(key) && endsShare(index) { return true }
    if key == lexicon.half && !(index > 0 && lexicon.articles.contains(keys[index - 1])) { return true }
    // `those surveyed say`, `those polled said`.
    if index > 0 && keys[index - 1] == lexicon.those && isParticipleLike(index) { return true }
    if lexicon.pronouns.contains(key) { return true }
    if isCapitalized(index) { return !lexicon.capitalisedFunctionWords.contains(key) }
    if lexicon.speakerNouns.contains(key) { return true }
    // `Social conservatives say`, `others say`: a plural noun.
    if isPluralNoun(index) { return true }
    // `a friend`, `the announcer`, `the New York businessman`: any noun
    // shortly after an article.
    guard !lexicon.clauseBoundaries.contains(key), !lexicon.auxiliaries.contains(key), !isCueForm(index),
      !lexicon.determiners.contains(key), !lexicon.prepositions.contains(key), !isParticipleLike(index)
    else { return false }
    var scan = index - 1
    while scan >= 0 && index - scan <= 3 && isPhraseWord(scan) {
      if lexicon.articles.contains(keys[scan]) || lexicon.quantifiers.contains(keys[scan]) || isPossessive(scan) {
        return true
      }
      scan -= 1
    }
    return false
  }

  /// A lower-case word ending in `-s` (not `-ss`, `-us`, `-is`) that is no
  /// function word or cue: a plural noun such as `advocates`.
  func isPluralNoun(_ index: Int) -> Bool {
    let token = tokens[index]
    guard token.kind == .word, token.range.length > 3, !token.flags.contains(.capitalized) else { return false }
    let end = Int(token.range.end)
    guard bytes[end - 1] == UInt8(ascii: "s") else { return false }
    let before = bytes[end - 2]
    guard before != UInt8(ascii: "s"), before != UInt8(ascii: "u"), before != UInt8(ascii: "i"),
      before != UInt8(ascii: "'"), before != 0x99
    else { return false }
    let key = keys[index]
    return !isCueForm(index) && !lexicon.clauseBoundaries.contains(key) && !lexicon.auxiliaries.contains(key)
      && !lexicon.prepositions.contains(key) && !lexicon.subordinators.contains(key)
  }

  /// Whether a phrase may start with this word.
  func canStartPhrase(_ index: Int) -> Bool {
    let key = keys[index]
    if isCapitalized(index) || lexicon.determiners.contains(key) || lexicon.speakerNouns.contains(key)
      || lexicon.pronouns.contains(key) || isPossessive(index) || tokens[index].kind == .number
      || lexicon.quantifiers.contains(key)
    {
      return true
    }
    // `…, port officials said`: a bare noun phrase right after a comma.
    return index > 0 && isMark(index - 1, ",") && isPhraseWord(index)
  }

  /// The speaker phrase that ends at token `end`, reaching no further left
  /// than `floor`: `the Kremlin spokesman`, `Mr Sunak’s official spokesman`.
  func phrase(endingAt end: Int, floor: Int) -> Range<Int>? {
    guard end >= floor, isHead(end) else { return nil }
    if lexicon.pronouns.contains(keys[end]) { return end..<(end + 1) }
    var start = end
    var index = end - 1
    while index >= floor && end - index < Self.maximumSpeakerLength {
      if isPhraseWord(index) {
        start = index
      } else if keys[index] == lexicon.of && index > floor && isPhraseWord(index - 1) {
        // `president of the NAACP`, `one of the family’s lawyers`.
        start = index
      } else if keys[index] == lexicon.for && index > floor
        && (lexicon.speakerNouns.contains(keys[index - 1]) || isCapitalized(index - 1))
      {
        // `a spokesman for committee Democrats`, `the Center for … Studies`.
        start = index
      } else if keys[index] == lexicon.in && index > floor && isNumberWord(index - 1) && isNumberWord(index + 1) {
        // `four in 10`.
        start = index
      } else if keys[index] == lexicon.of && index - 1 > floor && keys[index - 1] == lexicon.out
        && isNumberWord(index - 2) && isNumberWord(index + 1)
      {
        // `nine out of 10`.
        start = index - 1
        index -= 1
      } else {
        break
      }
      index -= 1
    }
    // A phrase opens with a determiner, a name or a role word.
    while start < end && !canStartPhrase(start) { start += 1 }
    while start < end && keys[start] == lexicon.of { start += 1 }
    // `Officials at the ministry`, `a spokesman in Berlin`, `Protesters
    // marching through the streets`: the phrase after the preposition
    // places the speaker named before it.
    if start - 1 > floor, let before = headPlaced(by: start - 1, floor: floor),
      let head = phrase(endingAt: before, floor: floor), end + 1 - head.lowerBound <= 2 * Self.maximumSpeakerLength,
      !lexicon.pronouns.contains(keys[head.lowerBound])
    {
      return head.lowerBound..<(end + 1)
    }
    return start..<(end + 1)
  }

  /// Where `preposition` places a speaker (`at`, `in`, `through` …), the
  /// word before it that the speaker's phrase ends with, past a participle
  /// (`Protesters marching through`); nil for any other word.
  func headPlaced(by preposition: Int, floor: Int) -> Int? {
    guard preposition > floor, keys[preposition] != 0, lexicon.placePrepositions.contains(keys[preposition]) else {
      return nil
    }
    let before = preposition - 1
    return before > floor && isParticiple(before) && !isCapitalized(before) ? before - 1 : before
  }

  /// The speaker phrase that starts at `start` and ends before `limit`:
  /// `said [the Ukrainian leader].`
  func phrase(startingAt start: Int, limit: Int) -> Range<Int>? {
    guard start < limit, tokens[start].kind == .word else { return nil }
    if lexicon.pronouns.contains(keys[start]) { return start..<(start + 1) }
    guard canStartPhrase(start) else { return nil }
    var lastHead: Int?
    var index = start
    while index < limit && index - start < Self.maximumSpeakerLength {
      // `Kardovia summoned …`: a past tense right after a name is the verb.
      if index > start && isCapitalized(index - 1) && !isCapitalized(index) && isParticiple(index)
        && !isPossessive(index - 1)
      {
        break
      }
      if isPhraseWord(index) {
        if isHead(index) { lastHead = index }
      } else if !(keys[index] == lexicon.of && index + 1 < limit && isPhraseWord(index + 1)
        && (lastHead != nil || (index == start + 1 && isNumberWord(start))))
      {
        break
      }
      index += 1
    }
    guard let head = lastHead else { return nil }
    return start..<(head + 1)
  }

  /// The subject of the cue at `cue`, looking no further left than
  /// `floor`: skips auxiliaries and adverbs (`has also said`), a parenthesis
  /// between commas (`Peskov, asked about …, said`), and for `and said`
  /// takes the subject of the clause.
  func subject(before cue: Int, floor: Int) -> Range<Int>? {
    var index = cue - 1
    while index >= floor && keys[index] != 0 && (lexicon.auxiliaries.contains(keys[index]) || isAdverb(index)) {
      index -= 1
    }
    // `The campaign on Tuesday responded`, `who in 2010 said`.
    if index - 1 > floor,
      (isCapitalized(index) && lexicon.weekdays.contains(keys[index]) && keys[index - 1] == lexicon.on)
        || (tokens[index].kind == .number && keys[index - 1] == lexicon.in && !isNumberWord(index - 2))
    {
      index -= 2
      while index >= floor && keys[index] != 0 && lexicon.auxiliaries.contains(keys[index]) { index -= 1 }
    }
    // `Rep. Trey Gowdy (R-S.C.) said`.
    if index > floor && isMark(index, ")") { return parenthesised(close: index, floor: floor) }
    guard index >= floor else { return nil }
    let key = keys[index]
    if key == lexicon.and || key == lexicon.but {
      // `… 20s, when …, I laughed and said`: the subject of the verb just
      // before, where it opens the clause.
      if index - 2 >= floor, isParticiple(index - 1), !isCapitalized(index - 1),
        let subject = phrase(endingAt: index - 2, floor: floor),
        lexicon.pronouns.contains(keys[subject.lowerBound]) || subject.lowerBound == floor
          || isClauseMark(subject.lowerBound - 1)
      {
        return subject
      }
      return clauseSubject(before: index, floor: floor)
    }
    if key == lexicon.who || key == lexicon.which {
      // `Johnson, who said …`: the phrase before the comma; `voters who
      // said …`: the phrase before `who`.
      // The range runs to `who`, which is where the sentence names them.
      let comma = index - 1 > floor && isMark(index - 1, ",")
      guard index - 1 >= floor, key == lexicon.who || comma,
        let antecedent = phrase(endingAt: comma ? index - 2 : index - 1, floor: floor)
      else { return nil }
      return antecedent.lowerBound..<(index + 1)
    }
    if isMark(index, ",") {
      return subjectBeforeParenthesis(comma: index, floor: floor)
    }
    if let found = phrase(endingAt: index, floor: floor) {
      // `In the Times report, officials said …`: the object of a preposition
      // that opens the clause. (Further in, the phrase may be the end of a
      // long subject: `A study that appeared in the journal found`.)
      let before = found.lowerBound - 1
      if before >= floor, lexicon.governingPrepositions.contains(keys[before]),
        before == floor || isClauseMark(before - 1) || isSentenceEnd(before - 1)
      {
        // `In a Bloomberg interview Trump declared`: a name after the
        // phrase's noun, its comma left out, is the subject.
        var name = found.upperBound
        while name > found.lowerBound && isCapitalized(name - 1) { name -= 1 }
        guard name < found.upperBound, name > found.lowerBound, !isCapitalized(name - 1),
          !lexicon.determiners.contains(keys[name - 1])
        else { return nil }
        return name..<found.upperBound
      }
      return found
    }
    // Only a plain verb of speech: `points`, `questions` and `claims` are
    // as often nouns, and a long subject would be a guess.
    guard self.cue(cue)?.contains(.speech) ?? false, !lexicon.nounLikeCues.contains(keys[cue]),
      !lexicon.weakCues.contains(keys[cue])
    else { return nil }
    return postmodifiedSubject(endingAt: index, floor: floor)
  }

  /// A word that joins the parts of a noun phrase: `and`, `of`, `to` or a
  /// preposition.
  func joinsPhrase(_ index: Int) -> Bool {
    let key = keys[index]
    return key == lexicon.and || key == lexicon.of || key == lexicon.to || lexicon.prepositions.contains(key)
  }

  /// The question that opens the sentence before a speaker phrase: `Asked
  /// whether the prime minister had said anything, he declined …`. The
  /// people in it are what the speaker was asked about, not the speaker.
  func questionOpener(before speaker: Range<Int>) -> Range<Int>? {
    guard let question = questionOpening(sentenceTokens[Int(sentenceOf[speaker.lowerBound])]),
      question.upperBound == speaker.lowerBound - 1
    else { return nil }
    return question
  }

  /// The question that opens `sentence` (`Asked whether …`) up to its first
  /// comma, when it has one.
  func questionOpening(_ sentence: Range<Int>) -> Range<Int>? {
    let first = sentence.lowerBound
    guard sentence.count > 3, lexicon.questionOpeners.contains(keys[first]) else { return nil }
    var comma = first + 1
    while comma < sentence.upperBound && !isMark(comma, ",") { comma += 1 }
    return comma < sentence.upperBound ? first..<comma : nil
  }

  /// A subject whose head comes before the words that modify it, from the
  /// start of its clause to `end`: `Experts on North Korea and nuclear
  /// nonproliferation said`, `Those close to him say`, `all the experts I
  /// interviewed said`, `many of whom say`.
  func postmodifiedSubject(endingAt end: Int, floor: Int) -> Range<Int>? {
    var start = end
    while start > floor, !isClauseMark(start - 1), !tokens[start - 1].isQuotationMark, !isSentenceEnd(start - 1),
      keys[start - 1] != lexicon.that
    {
      start -= 1
      if end - start >= Self.maximumSpeakerLength { return nil }
    }
    if start < end && lexicon.coordinators.contains(keys[start]) { start += 1 }
    guard end > start, canStartPhrase(start), !lexicon.pronouns.contains(keys[start]),
      !lexicon.capitalisedFunctionWords.contains(keys[start]) || lexicon.determiners.contains(keys[start])
    else { return nil }
    // `many of whom`, `some of which`: the relative is the whole subject.
    if end - start == 2, keys[start + 1] == lexicon.of, keys[end] == lexicon.whom || keys[end] == lexicon.which {
      return start..<(end + 1)
    }
    for index in start...end {
      let token = tokens[index]
      guard token.kind == .word || token.kind == .number else { return nil }
      let key = keys[index]
      // A verb of its own makes the words a clause, not a phrase; `I
      // interviewed` after a noun is a relative without `who`.
      if lexicon.auxiliaries.contains(key) || isCueForm(index) { return nil }
      if isParticiple(index) && !(index > start && lexicon.pronouns.contains(keys[index - 1])) { return nil }
      if key != lexicon.and && lexicon.clauseBoundaries.contains(key) { return nil }
      // `Clinton led Trump by …`: a lower-case word right after a name
      // that neither joins nor heads a phrase is a verb.
      if index < end, isCapitalized(index), !lexicon.pronouns.contains(key), !lexicon.determiners.contains(key),
        !lexicon.capitalisedFunctionWords.contains(key), !isCapitalized(index + 1),
        !joinsPhrase(index + 1), !isHead(index + 1)
      {
        return nil
      }
    }
    // `Its agent said`: a determiner and a noun or two.
    if end - start <= 2 && lexicon.determiners.contains(keys[start]) {
      let owned = end == start + 1 && lexicon.possessiveDeterminers.contains(keys[start])
      return owned || isHead(end) ? start..<(end + 1) : nil
    }
    // A head, then a preposition or a pronoun that opens what modifies it;
    // `Those close to him`: a word after `those` heads it.
    for head in start..<end {
      let isHeadWord =
        (isHead(head) && !lexicon.pronouns.contains(keys[head])) || (head == start + 1 && keys[start] == lexicon.those)
      guard isHeadWord else { continue }
      let next = keys[head + 1]
      if next == lexicon.to || lexicon.prepositions.contains(next) || lexicon.pronouns.contains(next) {
        return start..<(end + 1)
      }
    }
    return nil
  }

  /// A name and the parenthesis after it that closes at `close`:
  /// `Rep. Trey Gowdy (R-S.C.)`.
  private func parenthesised(close: Int, floor: Int) -> Range<Int>? {
    var open = close - 1
    while open > floor && close - open < 8 && !isMark(open, "(") { open -= 1 }
    guard isMark(open, "("), let name = phrase(endingAt: open - 1, floor: floor) else { return nil }
    return name.lowerBound..<(close + 1)
  }

  /// `X, asked about …, said`: the phrase before the parenthesis that ends
  /// at `comma`.
  private func subjectBeforeParenthesis(comma: Int, floor: Int) -> Range<Int>? {
    var index = comma - 1
    var commasSeen = 0
    while index > floor && comma - index < 40 {
      if isMark(index, ",") {
        commasSeen += 1
        let opener = index + 1
        if opener < comma, opensParenthesis(opener) {
          if let found = phrase(endingAt: index - 1, floor: floor) { return found }
          // `Jim Jordan (R-Ohio), an oversight panel member, said`.
          if index - 1 > floor, isMark(index - 1, ")"), let named = parenthesised(close: index - 1, floor: floor) {
            return named
          }
          // `A lawyer for the outlets, David Schulz, said`: the name itself.
          if isCapitalized(opener), let name = phrase(startingAt: opener, limit: comma), name.upperBound == comma {
            return name
          }
        }
        if commasSeen >= 3 { return nil }
      } else if isSentenceEnd(index) || tokens[index].isQuotationMark {
        return nil
      }
      index -= 1
    }
    return nil
  }

  /// Words that open a parenthesis after a subject: a participle, `who`, an
  /// apposition.
  private func opensParenthesis(_ index: Int) -> Bool {
    // `Jim Bennett, 57, said`: an age.
    if tokens[index].kind == .number { return true }
    guard tokens[index].kind == .word else { return false }
    let key = keys[index]
    if isParticipleLike(index) || key == lexicon.who || lexicon.determiners.contains(key) || isCapitalized(index)
      || lexicon.speakerNouns.contains(key) || lexicon.capitalisedFunctionWords.contains(key)
    {
      return true
    }
    // `Mark Mahaney, technology analyst at …, said`: a bare role after a name.
    return index >= 2 && isCapitalized(index - 2) && isPhraseWord(index) && !isAdverb(index)
  }

  /// The subject at the start of the clause that contains `index`: after the
  /// last `that`, opening quotation mark or sentence start, past an
  /// introductory phrase that ends with a comma.
  func clauseSubject(before index: Int, floor: Int) -> Range<Int>? {
    var start = floor
    var openingMark: Int?
    var scan = index - 1
    // A quotation closed before `index`: words quoted inside the clause.
    var closedQuote = false
    while scan >= floor {
      // `“…,” Trump said, adding …`: the quote's speaker.
      if tokens[scan].kind == .closingQuote {
        if let speaker = attributionAfter(close: scan)?.speaker { return speaker }
        closedQuote = true
      }
      // `Cruz urged them to “vote your conscience” and said …`: a few quoted
      // words inside the clause, after a word of it, open no clause.
      if tokens[scan].kind == .openingQuote, closedQuote, scan > floor, tokens[scan - 1].kind == .word {
        closedQuote = false
        scan -= 1
        continue
      }
      if keys[scan] == lexicon.that || tokens[scan].kind == .openingQuote || isMark(scan, ";") {
        if tokens[scan].kind == .openingQuote { openingMark = scan }
        start = scan + 1
        break
      }
      scan -= 1
    }
    guard start < index else { return nil }
    start = afterDateline(start, limit: index)
    if let comma = introductoryPhraseEnd(from: start, limit: index) {
      // `Hours later, Trump returned …`, `Courted by most candidates,
      // Adelson said …`: the subject follows the comma.
      start = comma + 1
    }
    if lexicon.coordinators.contains(keys[start]) {
      // `But the Kremlin disputed …`.
      start += 1
    } else if lexicon.capitalisedFunctionWords.contains(keys[start]) && !lexicon.pronouns.contains(keys[start]) {
      // `At one point, he …`: skip to after the first comma.
      var comma = start
      while comma < index && !isMark(comma, ",") { comma += 1 }
      // `When Trump later referred to … and said`: without a comma only the
      // opening word goes.
      start = comma < index ? comma + 1 : start + 1
    }
    if let found = phrase(startingAt: start, limit: index) { return found }
    // `that Putin “sort of threatened me … and said`: the subject stands
    // before the quotation mark.
    if let openingMark, openingMark > floor { return phrase(endingAt: openingMark - 1, floor: floor) }
    return nil
  }

  /// Past a dateline that opens the sentence (`WASHINGTON, Dec. 8 (UPI) —`,
  /// `ORLANDO, Fla. (Reuters) -`): a word in capitals, then a dash within a
  /// few tokens.
  func afterDateline(_ start: Int, limit: Int) -> Int {
    guard start < limit, tokens[start].kind == .word, tokens[start].flags.contains(.allCaps),
      tokens[start].range.length >= 3, start + 1 < limit, isMark(start + 1, ",") || isDash(start + 1)
    else { return start }
    var index = start + 1
    while index < limit && index - start <= 10 {
      if isDash(index) { return index + 1 < limit ? index + 1 : start }
      if isSentenceEnd(index) && !tokens[index - 1].flags.contains(.abbreviation) { return start }
      index += 1
    }
    return start
  }

  /// The comma that closes an introductory phrase at `start`, when one
  /// plainly does: a time phrase (`Hours later,`, `Two days ago,`) or a
  /// participle phrase (`Courted by …,`, `Making her way …,`), followed by
  /// a phrase that can be a subject.
  func introductoryPhraseEnd(from start: Int, limit: Int) -> Int? {
    guard start < limit, tokens[start].kind == .word || tokens[start].kind == .number else { return nil }
    var comma = start + 1
    while comma < limit && comma - start <= 12 && !isMark(comma, ",") {
      if isSentenceEnd(comma) || tokens[comma].isQuotationMark { return nil }
      comma += 1
    }
    guard comma < limit, isMark(comma, ","), comma + 1 < limit, canStartPhrase(comma + 1) else { return nil }
    let last = keys[comma - 1]
    if comma - start <= 4 && lexicon.timeAdverbs.contains(last) { return comma }
    if isParticiple(start) && start + 1 < comma && tokens[start + 1].kind == .word
      && !tokens[start + 1].flags.contains(.capitalized)
    {
      return comma
    }
    return nil
  }

  /// A word ending in `-ed` or `-ing`, of at least five letters.
  func isParticiple(_ index: Int) -> Bool {
    let range = tokens[index].range
    guard tokens[index].kind == .word, range.length >= 5 else { return false }
    let end = Int(range.end)
    let e = bytes[end - 2] | 0x20
    let d = bytes[end - 1] | 0x20
    if e == UInt8(ascii: "e") && d == UInt8(ascii: "d") { return true }
    return bytes[end - 3] | 0x20 == UInt8(ascii: "i") && e == UInt8(ascii: "n") && d == UInt8(ascii: "g")
  }
}
