/// A stretch of text between quotation marks.
struct MarkedSpan {
  /// The opening mark's token.
  var open: Int
  /// The closing mark's token; `nil` when the quote runs to the end of
  /// `lastParagraph` without one.
  var close: Int?
  var lastParagraph: Int
  var single: Bool
  /// The span this one is nested in, an index into the same list.
  var parent: Int?
  var dropped = false
}

extension QuoteScanner {
  /// Pairs the quotation marks of the document into spans.
  ///
  /// Marks pair inside a paragraph with a stack, so a quote nests in a
  /// quote. A paragraph that ends with a double quote still open continues
  /// into the next when that one opens with a mark (a quote over several
  /// paragraphs); otherwise the quote ends with its paragraph, so one odd
  /// mark never swallows the rest of the document. Two unclosed opening
  /// marks in one paragraph are read as an opening and a closing mark
  /// written the wrong way round (`… worried “Mr Burns added.`). A closing
  /// single mark with nothing to close is an apostrophe (`the players’`).
  func markedSpans() -> [MarkedSpan] {
    var spans: [MarkedSpan] = []
    var carry: Int?
    // The first quotation mark not yet passed; paragraphs come in order.
    var nextMark = 0
    for paragraph in paragraphTokens.indices {
      let tokenRange = paragraphTokens[paragraph]
      guard !tokenRange.isEmpty else { continue }
      var stack: [(single: Bool, span: Int)] = []
      // How many single and double marks the stack holds.
      var open = (single: 0, double: 0)
      var first = tokenRange.lowerBound
      if let carried = carry {
        carry = nil
        stack.append((false, carried))
        open.double += 1
        first += 1
      }
      while nextMark < quotationMarks.count && quotationMarks[nextMark] < first { nextMark += 1 }
      while nextMark < quotationMarks.count && quotationMarks[nextMark] < tokenRange.upperBound {
        let index = quotationMarks[nextMark]
        nextMark += 1
        let single = tokens[index].flags.contains(.singleQuote)
        var kind = tokens[index].kind
        let hasOpen = (single ? open.single : open.double) > 0
        if kind == .quote {
          kind = hasOpen ? .closingQuote : .openingQuote
        } else if kind == .closingQuote && !hasOpen && !single && opensWord(index) {
          // `''We should…` in PTB-style text: a closing form that opens.
          kind = .openingQuote
        }
        if kind == .openingQuote {
          spans.append(
            MarkedSpan(open: index, close: nil, lastParagraph: paragraph, single: single, parent: stack.last?.span))
          stack.append((single, spans.count - 1))
          if single { open.single += 1 } else { open.double += 1 }
          continue
        }
        guard let position = stack.lastIndex(where: { $0.single == single }) else { continue }
        for inner in stack[(position + 1)...] {
          if inner.single {
            spans[inner.span].dropped = true
          } else {
            spans[inner.span].close = index
          }
        }
        spans[stack[position].span].close = index
        spans[stack[position].span].lastParagraph = paragraph
        for entry in stack[position...] {
          if entry.single { open.single -= 1 } else { open.double -= 1 }
        }
        stack.removeSubrange(position...)
      }
      // What is still open at the end of the paragraph.
      var doubles: [Int] = []
      for entry in stack {
        if entry.single {
          spans[entry.span].dropped = true
        } else {
          doubles.append(entry.span)
        }
      }
      var pairIndex = 0
      while pairIndex + 1 < doubles.count {
        let opening = doubles[pairIndex]
        let closing = doubles[pairIndex + 1]
        spans[opening].close = spans[closing].open
        spans[opening].lastParagraph = paragraph
        spans[closing].dropped = true
        // What nests in the closing mark's span nests beside the quote it
        // closes (``compact(_:)`` passes a dropped span's parent on).
        spans[closing].parent = spans[opening].parent
        pairIndex += 2
      }
      if pairIndex < doubles.count {
        let open = doubles[pairIndex]
        spans[open].lastParagraph = paragraph
        // `"WALLACE: …` opens a new turn of a transcript, a stray mark
        // before it: no quote runs on into it.
        if paragraph + 1 < paragraphTokens.count, let next = paragraphTokens[paragraph + 1].first,
          isDoubleQuoteMark(next), tokens[next].kind != .closingQuote,
          transcriptSpeaker(at: next + 1, limit: paragraphTokens[paragraph + 1].upperBound) == nil
        {
          carry = open
        }
      }
    }
    return Self.compact(spans)
  }

  /// How many quotes deep a quote may nest: a quote in a quote in a quote
  /// is as deep as reporting goes.
  static let deepestNesting = 6

  /// A mark with space (or the paragraph start) before it and a word
  /// right after it.
  private func opensWord(_ index: Int) -> Bool {
    guard index + 1 < tokens.count,
      tokens[index].flags.contains(.spaceBefore) || tokens[index].flags.contains(.lineStart)
    else { return false }
    let next = tokens[index + 1]
    return !next.flags.contains(.spaceBefore) && (next.kind == .word || next.kind == .number)
  }

  /// Removes dropped spans and renumbers the parents. Spans nested deeper
  /// than ``deepestNesting`` go too: marks that deep are noise (a scraped
  /// run of them), and every level would repeat the text of the next.
  private static func compact(_ spans: [MarkedSpan]) -> [MarkedSpan] {
    var newIndex = [Int?](repeating: nil, count: spans.count)
    // For a span that goes, the new index of its nearest kept ancestor,
    // which it passes on to its children. Parents come before children.
    var passedOn = [Int?](repeating: nil, count: spans.count)
    var depths: [Int] = []
    var result: [MarkedSpan] = []
    depths.reserveCapacity(spans.count)
    result.reserveCapacity(spans.count)
    for index in spans.indices {
      let parent = spans[index].parent.flatMap { newIndex[$0] ?? passedOn[$0] }
      let depth = parent.map { depths[$0] + 1 } ?? 0
      guard !spans[index].dropped, depth < deepestNesting else {
        passedOn[index] = parent
        continue
      }
      newIndex[index] = result.count
      var span = spans[index]
      span.parent = parent
      result.append(span)
      depths.append(depth)
    }
    return result
  }

  /// The tokens between a span's marks.
  func contentTokens(of span: MarkedSpan) -> Range<Int> {
    let end = span.close ?? paragraphTokens[span.lastParagraph].upperBound
    return (span.open + 1)..<max(span.open + 1, end)
  }
}
