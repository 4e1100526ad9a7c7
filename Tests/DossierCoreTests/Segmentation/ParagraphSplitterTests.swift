import DossierCore
import Testing

struct ParagraphSplitterTests {
  static let cases: [(name: String, text: String, paragraphs: [String])] = [
    ("blank line", "First one.\n\nSecond one.", ["First one.", "Second one."]),
    ("single line break", "First one.\nSecond one.", ["First one.", "Second one."]),
    ("CRLF", "First one.\r\n\r\nSecond one.\r\n", ["First one.", "Second one."]),
    ("CR", "First one.\rSecond one.", ["First one.", "Second one."]),
    ("whitespace lines", "First one.\n   \n\t\n\u{00A0}\nSecond one.", ["First one.", "Second one."]),
    ("surrounding spaces", "   Indented text.  \n", ["Indented text."]),
    ("paragraph separator", "One.\u{2029}Two.", ["One.", "Two."]),
  ]

  @Test(arguments: cases)
  func splitsParagraphs(_ testCase: (name: String, text: String, paragraphs: [String])) {
    #expect(segmented(testCase.text).paragraphTexts == testCase.paragraphs, "\(testCase.name)")
  }
}
