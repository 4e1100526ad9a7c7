import ArgumentParser
import DossierCore

/// `dossier bench-stories FILE...` (hidden): runs the corpus stages that
/// group stories and find derivations over a large corpus and prints how
/// long each phase took. Articles are segmented on demand, a chunk at a
/// time, and dropped again, so memory holds the texts and the compact
/// profiles only; `bench/scale` runs it under `/usr/bin/time -v`.
public struct BenchStoriesCommand: ConsoleCommand {
  public static let configuration = CommandConfiguration(
    commandName: "bench-stories",
    abstract: "Time story clustering and derivation detection on a large corpus.",
    shouldDisplay: false
  )

  @Argument(help: "JSON Lines files.")
  public var paths: [String]

  public init() {}

  public func execute(console: any Console) -> Int32 {
    let clock = ContinuousClock()
    var report: [String] = []
    func note(_ line: String) {
      report.append(line)
      console.error("bench: " + line)
    }
    func seconds(_ duration: Duration) -> String {
      let hundredths =
        Int(duration.components.seconds) * 100 + Int(duration.components.attoseconds / 10_000_000_000_000_000)
      let fraction = hundredths % 100
      return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction) s"
    }

    var start = clock.now
    let workers = ProcessorInfo.activeCores
    let ingestor = Ingestor(registry: ReaderRegistry(readers: [PlainTextReader(), JSONLinesReader(jobs: workers)]))
    let ingested = ingestor.ingest(paths: paths, standardInput: { console.readStandardInput() })
    for problem in ingested.problems.prefix(5) { console.error("dossier: \(problem)") }
    let documents = Analyzer.documents(from: ingested.articles)
    note("articles \(documents.count)")
    note("ingest \(seconds(clock.now - start))")
    guard !documents.isEmpty else { return 2 }
    guard let segmentation = try? Pipeline(documentStages: Analyzer.segmentationStages) else { return 2 }
    @Sendable func segmented(_ index: Int) -> Document {
      var document = documents[index]
      segmentation.process(&document)
      return document
    }

    start = clock.now
    var tokens = 0
    for chunk in stride(from: 0, to: documents.count, by: 8192) {
      let counts = ParallelMapCLI.map(Array(chunk..<min(chunk + 8192, documents.count))) { segmented($0).tokens.count }
      tokens += counts.reduce(0, +)
    }
    note("segmentation pass (included twice in stories, once in derivations) \(seconds(clock.now - start))")
    note("tokens \(tokens)")

    start = clock.now
    let result = EventClusterer().cluster(count: documents.count) { range in
      ParallelMapCLI.map(Array(range)) { StoryProfile(segmented($0)) }
    }
    note("stories \(seconds(clock.now - start)), \(result.stories.count) stories")

    start = clock.now
    var storyOf = [Int](repeating: -1, count: documents.count)
    for (index, members) in result.stories.enumerated() {
      for member in members { storyOf[member] = index }
    }
    let derivations = DerivationFinder().find(count: documents.count, stories: storyOf) { indices in
      ParallelMapCLI.map(indices) { DerivationProfile(segmented($0)) }
    }
    let copies = derivations.filter { $0.kind == .copy }.count
    note(
      "derivations \(seconds(clock.now - start)), \(copies) copies, \(derivations.count - copies) rewrites")
    console.write(Array((report.joined(separator: "\n") + "\n").utf8))
    return 0
  }
}
