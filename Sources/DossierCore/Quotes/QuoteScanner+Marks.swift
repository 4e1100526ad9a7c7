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
    for paragraph in paragraphTokens.indices {
      let tokenRange = paragraphTokens[paragraph]
      guard !tokenRange.isEmpty else { continue }
      var stack: [(single: Bool, span: Int)] = []
      var first = tokenRange.lowerBound
      if let carried = carry {
        carry = nil
        stack.append((false, carried))
        first += 1
      }
      for index in first..<tokenRange.upperBound where tokens[index].isQuotationMark {
        let single = tokens[index].flags.contains(.singleQuote)
        var kind = tokens[index].kind
        let hasOpen = stack.contains(where: { $0.single == single })
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
        for other in spans.indices where spans[other].parent == closing {
          spans[other].parent = spans[opening].parent
        }
        pairIndex += 2
      }
      if pairIndex < doubles.count {
        let open = doubles[pairIndex]
        spans[open].lastParagraph = paragraph
        if paragraph + 1 < paragraphTokens.count, let next = paragraphTokens[paragraph + 1].first,
          isDoubleQuoteMark(next), tokens[next].kind != .closingQuote
        {
          carry = open
        }
      }
    }
    return Self.compact(spans)
  }

  /// A mark with space (or the paragraph start) before it and a word
  /// right after it.
  private func opensWord(_ index: Int) -> Bool {
    guard index + 1 < tokens.count,
      tokens[index].flags.contains(.spaceBefore) || tokens[index].flags.contains(.lineStart)
    else { return false }
    let next = tokens[index + 1]
    return !next.flags.contains(.spaceBefore) && (next.kind == .word || next.kind == .number)
  }

  /// Removes dropped spans and renumbers the parents.
  private static func compact(_ spans: [MarkedSpan]) -> [MarkedSpan] {
    var newIndex = [Int?](repeating: nil, count: spans.count)
    var result: [MarkedSpan] = []
    for (index, span) in spans.enumerated() where !span.dropped {
      newIndex[index] = result.count
      result.append(span)
    }
    for index in result.indices {
      var parent = result[index].parent
      // A dropped parent passes its own parent on.
      while let candidate = parent, newIndex[candidate] == nil { parent = spans[candidate].parent }
      result[index].parent = parent.flatMap { newIndex[$0] }
    }
    return result
  }

  /// The tokens between a span's marks.
  func contentTokens(of span: MarkedSpan) -> Range<Int> {
    let end = span.close ?? paragraphTokens[span.lastParagraph].upperBound
    return (span.open + 1)..<max(span.open + 1, end)
  }
}
