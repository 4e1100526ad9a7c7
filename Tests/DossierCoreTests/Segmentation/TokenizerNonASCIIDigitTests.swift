import DossierCore
import Testing

/// Non-ASCII digits (Arabic-Indic, Devanagari) once stalled the tokenizer in
/// an endless run of empty number tokens.
@Suite struct TokenizerNonASCIIDigitTests {
  @Test(arguments: ["رشاش (٢٣) يحرق", "price ४२ rupees", "٣"])
  func nonASCIIDigitsMakeNumberTokens(_ text: String) {
    let tokens = Tokenizer().tokenize(text)
    #expect(!tokens.isEmpty)
    #expect(tokens.allSatisfy { !$0.range.isEmpty })
    #expect(tokens.contains { $0.kind == .number })
  }
}
