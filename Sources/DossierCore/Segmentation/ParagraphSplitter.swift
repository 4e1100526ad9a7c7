/// Groups tokens into paragraphs at line breaks.
///
/// News text from the web marks paragraphs with a blank line or with a single
/// line break; both end a paragraph here. A paragraph runs from its first
/// token to its last, so lines of only whitespace make none and surrounding
/// spaces are left out. Working from the tokens, which already record where
/// lines start, saves a second pass over the bytes.
public struct ParagraphSplitter: Sendable {
  public init() {}

  public func paragraphs(from tokens: [Token]) -> [TextRange] {
    var result: [TextRange] = []
    guard var start = tokens.first?.range.start else { return result }
    var end = start
    for token in tokens {
      if token.flags.contains(.lineStart) && end > start {
        result.append(TextRange(start: start, end: end))
        start = token.range.start
      }
      end = token.range.end
    }
    result.append(TextRange(start: start, end: end))
    return result
  }
}
