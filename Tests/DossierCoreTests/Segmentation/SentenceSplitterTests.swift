import DossierCore
import Foundation
import Testing

/// Each case is a paragraph written as its sentences joined by `|`; the
/// splitter must find exactly those boundaries.
struct SentenceSplitterTests {
  static let cases: [(name: String, marked: String)] = [
    ("titles", "Mr. Halloran met Mrs. Ode and Dr. Pike at noon.| Gen. Varro was late."),
    ("more titles", "Gov. Amsel and Sen. Brook walked down St. Mary's Lane.| They said nothing."),
    ("country acronyms", "Talks with the U.S. and the U.K. stalled.| The envoys left."),
    ("acronym ends sentence", "The ship was bound for the U.S.| The crew was not told."),
    ("acronym before a name", "She met U.S. President Hale in Geneva.| Nothing was signed."),
    ("month abbreviations", "The vote is on Feb. 9 and the count on Jan. 12.| Both dates may slip."),
    ("a.m. and p.m.", "The ferry left at 6 a.m. and returned at 9 p.m. on time.| Nobody was aboard."),
    ("p.m. ends sentence", "The doors open at 7 p.m.| The talk begins an hour later."),
    ("No. before a number", "He lives at No. 4 Quay Street.| It is blue."),
    ("no at the end", "The answer was no.| The council moved on."),
    ("initials", "The novel by J. K. Marlow sold well.| Its sequel did not."),
    ("decimals and thousands", "Prices rose 3.5 percent, or 10.5% over 1,000 days.| Wages did not."),
    ("unicode ellipsis lowercase", "He paused … and then went on.| Nobody spoke."),
    ("three dots", "The line went quiet...| Then it rang again."),
    ("full stop inside closing quote", "“We are leaving.”| The door shut."),
    ("question inside quote", "“Who sent you?”| The guard did not answer."),
    ("exclamation inside single quote", "She shouted ‘Run!’| They ran."),
    ("quote opens sentence", "“This is over,” the mayor said.| Her aides nodded."),
    ("question then attribution", "“Why now?” Ms Tarrant asked.| No one replied."),
    ("question then said", "“Is it safe?” said the engineer.| It was not."),
    ("quote spans sentences", "“We tried.| We failed,” the captain said."),
    ("closing mark after a space", "He said it was a lie “.| The hearing ended."),
    ("em and en dashes", "The plan — drafted in 2019–2020 — was shelved.| Nobody objected."),
    ("url", "Read it at https://example.org/a.b/c.html today.| It is short."),
    ("handles and hashtags", "@harbour_news posted #strike updates.| Many shared them."),
    ("lowercase after full stop", "He moved to Dunmore. in 2018 he left."),
    ("number after full stop", "The call of March. 2022 was long."),
  ]

  @Test(arguments: cases)
  func splitsSentences(_ testCase: (name: String, marked: String)) {
    let expected = testCase.marked.split(separator: "|").map { String($0).trimmingCharacters(in: .whitespaces) }
    let document = segmented(testCase.marked.replacingOccurrences(of: "|", with: ""))
    #expect(document.sentenceTexts == expected, "\(testCase.name)")
  }

  @Test func embeddedTweetSignatureIsItsOwnSentence() {
    let text = "Calm seas ahead for the fleet. pic.twitter.com/Ab12Cd — Ana Ruiz (@anaruiz) March 3, 2025"
    let document = segmented(text)
    #expect(
      document.sentenceTexts == [
        "Calm seas ahead for the fleet. pic.twitter.com/Ab12Cd", "— Ana Ruiz (@anaruiz) March 3, 2025",
      ])
  }

  @Test func headlineWithoutFullStopIsASentence() {
    let document = segmented("Harbour strike enters second day\nPickets returned at dawn. They sang.")
    #expect(document.sentenceTexts == ["Harbour strike enters second day", "Pickets returned at dawn.", "They sang."])
  }

  @Test func sentencesNeverCrossParagraphs() {
    let document = segmented("“The first part of what I said\n\n“goes on here,” she said.")
    #expect(document.sentenceTexts == ["“The first part of what I said", "“goes on here,” she said."])
  }

  @Test(arguments: [399, 400, 401, 1_000, 5_000])
  func aRunWithoutEndsIsCutIntoSentencesOfBoundedLength(words: Int) {
    let text = (0..<words).map { $0 % 7 == 0 ? "Tag\($0)" : "word" }.joined(separator: " ")
    let document = segmented(text)
    let limit = SentenceSplitter.longestSentence
    let lengths = document.sentences.map { sentence in
      document.tokens.filter { sentence.contains($0.range) }.count
    }
    #expect(lengths.allSatisfy { $0 <= limit }, "\(lengths)")
    #expect(lengths.reduce(0, +) == words)
    #expect(document.sentences.count == (words + limit - 1) / limit)
    // The sentences cover the run end to end, cut between words.
    #expect(document.sentenceTexts.joined(separator: " ") == text)
  }
}
