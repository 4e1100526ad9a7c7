import ArgumentParser
import DossierCore

/// `dossier segment PATH...`: shows how articles are cut into paragraphs,
/// sentences and tokens, one sentence a line.
public struct SegmentCommand: ConsoleCommand {
  public static let configuration = CommandConfiguration(
    commandName: "segment",
    abstract: "Show the paragraphs, sentences and (with --tokens) tokens of articles."
  )

  @Argument(help: "Files or folders to read; - reads JSON Lines from standard input.")
  public var paths: [String]

  @Flag(help: "Also list each sentence's tokens with their kinds.")
  public var tokens = false

  public init() {}

  public func execute(console: any Console) -> Int32 {
    let report = Ingestor().ingest(paths: paths, standardInput: { console.readStandardInput() })
    for problem in report.problems { console.error("dossier: \(problem)") }
    guard !report.articles.isEmpty else { return 2 }
    var documents = Analyzer.documents(from: report.articles)
    guard let pipeline = try? Pipeline(documentStages: Analyzer.segmentationStages) else { return 2 }
    pipeline.processDocuments(&documents, jobs: ProcessorInfo.activeCores)
    var out = ""
    for document in documents {
      out += "# \(document.id) \(document.origin)\n"
      var sentenceIndex = 0
      var tokenIndex = 0
      for (number, paragraph) in document.paragraphs.enumerated() {
        out += "\n¶\(number + 1)\n"
        while sentenceIndex < document.sentences.count && document.sentences[sentenceIndex].end <= paragraph.end {
          let sentence = document.sentences[sentenceIndex]
          out += "  [\(sentenceIndex + 1)] \(document.text(sentence))\n"
          if tokens {
            var parts: [String] = []
            while tokenIndex < document.tokens.count && document.tokens[tokenIndex].range.end <= sentence.end {
              let token = document.tokens[tokenIndex]
              if token.range.start >= sentence.start {
                parts.append("\(document.text(token.range))/\(token.kind)")
              }
              tokenIndex += 1
            }
            out += "      " + parts.joined(separator: " ") + "\n"
          }
          sentenceIndex += 1
        }
      }
      out += "\n"
    }
    console.write(Array(out.utf8))
    return report.problems.isEmpty ? 0 : 1
  }
}
