import ArgumentParser
import DossierCore

/// `dossier analyze PATH...`: reads articles and writes the analysis.
public struct AnalyzeCommand: ConsoleCommand {
  public static let configuration = CommandConfiguration(
    commandName: "analyze",
    abstract: "Analyse articles and write the stories, quotes and timeline found in them.",
    discussion: """
      PATH is a .txt file, a .jsonl/.ndjson file, a folder (read recursively, in path order), \
      or - for JSON Lines on standard input. --format jsonl writes JSON Lines for large corpora: \
      a header line, then one document, entity, quote, timex, derivation or story a line, \
      each an object with one key naming its kind (`{"document": {...}}`), streamed. Unreadable input is reported on standard error and \
      skipped. Exit status: 0 when everything was read, 1 when some input was skipped, 2 when \
      nothing could be read.
      """
  )

  @Argument(help: "Files or folders to read; - reads JSON Lines from standard input.")
  public var paths: [String]

  @Option(name: .shortAndLong, help: "Output format.")
  public var format: OutputFormat = .json

  @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
  public var output: String?

  @Option(name: .shortAndLong, help: "Documents analysed in parallel (default: the number of cores).")
  public var jobs: Int?

  @Flag(name: .customLong("segment-only"), help: .hidden)
  public var segmentOnly = false

  @Flag(name: .customLong("timings"), help: "Print the time each stage took on standard error.")
  public var showTimings = false

  public init() {}

  public func validate() throws {
    if paths.isEmpty { throw ValidationError("Give at least one file or folder to analyse.") }
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
  }

  /// Runs the analysis and returns the exit status.
  public func execute(console: any Console) -> Int32 {
    let workers = jobs ?? ProcessorInfo.activeCores
    let started = MonotonicClock.now()
    let ingestor = Ingestor(registry: ReaderRegistry(readers: [PlainTextReader(), JSONLinesReader(jobs: workers)]))
    let report = ingestor.ingest(paths: paths, standardInput: { console.readStandardInput() })
    if showTimings { reportTime("ingest", since: started, console: console) }
    for problem in report.problems { console.error("dossier: \(problem)") }
    guard !report.articles.isEmpty else {
      console.error("dossier: nothing could be read from \(paths.joined(separator: " "))")
      return 2
    }
    let status: Int32 = report.problems.isEmpty ? 0 : 1

    if segmentOnly {
      return runSegmentationOnly(report.articles, workers: workers, console: console, status: status, started: started)
    }

    let total = report.articles.count
    let showProgress = total > 3000 && console.errorIsTerminal
    var progress: (@Sendable (Int) -> Void)?
    if showProgress {
      progress = { done in
        if done % 1024 < 8 || done == total {
          console.progress("dossier: analysed \(done)/\(total) articles")
        }
      }
    }
    let corpus = Analyzer(jobs: workers).analyze(
      report.articles, progress: progress,
      timings: showTimings ? { stage, seconds in console.error("dossier: \(stage): \(seconds) s") } : nil)
    if showProgress { console.progress("dossier: analysed \(total)/\(total) articles\n") }

    let encoding = MonotonicClock.now()
    let written = writeOutput(corpus, workers: workers, console: console)
    if showTimings { reportTime("output", since: encoding, console: console) }
    console.keepUntilExit(corpus)
    console.keepUntilExit(report)
    return written ? status : 2
  }

  /// One `--timings` line for the work outside the pipeline's stages.
  private func reportTime(_ part: String, since start: UInt64, console: any Console) {
    console.error("dossier: \(part): \(Double(MonotonicClock.now() - start) / 1e9) s")
  }

  /// Streams the output in the chosen format to the output file or standard
  /// output as it is encoded, so that it is never held whole in memory.
  private func writeOutput(_ corpus: Corpus, workers: Int, console: any Console) -> Bool {
    let format = format
    let render = { (emit: ([UInt8]) -> Void) in
      switch format {
      case .json: DossierJSON.write(corpus, jobs: workers, emit: emit)
      case .jsonl: DossierJSONLines.write(corpus, jobs: workers, emit: emit)
      case .markdown: MarkdownReport.write(corpus, jobs: workers, emit: emit)
      }
    }
    guard let output else {
      render { console.write($0) }
      return true
    }
    do {
      let file = try FileAccessCLI.OutputFile(path: output)
      var failure: (any Error)?
      render { chunk in
        if failure == nil {
          do { try file.write(chunk) } catch { failure = error }
        }
      }
      file.finish()
      if let failure { throw failure }
      return true
    } catch {
      console.error("dossier: \(output): cannot write: \(error)")
      return false
    }
  }

  /// Ingest and segmentation alone, for the benchmark: prints counts.
  private func runSegmentationOnly(
    _ articles: [IngestedArticle], workers: Int, console: any Console, status: Int32, started: UInt64
  ) -> Int32 {
    var documents = Analyzer.documents(from: articles)
    do {
      let pipeline = try Pipeline(documentStages: Analyzer.segmentationStages)
      pipeline.processDocuments(&documents, jobs: workers)
    } catch {
      console.error("dossier: \(error)")
      return 2
    }
    var bytes = 0
    var tokens = 0
    var sentences = 0
    for document in documents {
      bytes += document.text.utf8.count
      tokens += document.tokens.count
      sentences += document.sentences.count
    }
    let seconds = Double(MonotonicClock.now() - started) / 1e9
    let line =
      "documents \(documents.count) bytes \(bytes) tokens \(tokens) sentences \(sentences) seconds \(seconds)\n"
    console.write(Array(line.utf8))
    return status
  }
}
