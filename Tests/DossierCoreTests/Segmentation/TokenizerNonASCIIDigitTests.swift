import DossierCore
import Testing

@Suite struct TokenizerNonASCIIDigitTests {
  // Arabic-Indic and Devanagari digits once made the tokenizer loop forever.
  @Test(arguments: ["rifles (٢٣) seized", "٢٣", "count ४२ now"])
  func nonASCIIDigitsEndTokenizing(text: String) {
    var document = Document(id: "d1", origin: "test", metadata: DocumentMetadata(), text: text)
    Tokenizer().process(&document)
    #expect(!document.tokens.isEmpty)
    #expect(document.tokens.allSatisfy { !$0.range.isEmpty })
    #expect(document.tokens.count <= text.unicodeScalars.count)
  }
}
