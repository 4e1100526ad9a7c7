import Testing

@testable import DossierCore

struct MarkdownInlineTests {
  @Test(arguments: [
    ("Harbour  talks\nresume", "Harbour talks resume"),
    ("\tTabbed\r\nand  \u{00A0}spaced ", " Tabbed and spaced "),
    ("Café “owners” met\u{2003}at noon", "Café “owners” met at noon"),
    ("Wide 世界 and 🌊 waves\u{3000}x", "Wide 世界 and 🌊 waves x"),
    ("", ""),
    ("a|b", "a|b"),
  ])
  func putsTextOnOneLine(_ text: String, _ expected: String) {
    #expect(MarkdownReport.inline(text) == expected)
  }

  @Test(arguments: [
    ("Pier 4 | Dock 9", "Pier 4 \\| Dock 9"),
    ("|edge|\n|next|", "\\|edge\\| \\|next\\|"),
    ("no pipes", "no pipes"),
  ])
  func escapesPipesInCells(_ text: String, _ expected: String) {
    #expect(MarkdownReport.cell(text) == expected)
  }
}
