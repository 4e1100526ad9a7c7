/// Collects articles from the paths a user gives: files by their format,
/// folders recursively in path order, and `-` for JSON Lines on standard
/// input. Bad input becomes an ``IngestProblem``; the rest is read.
public struct Ingestor: Sendable {
  public var registry: ReaderRegistry

  public init(registry: ReaderRegistry = .standard) {
    self.registry = registry
  }

  /// Everything read from a list of paths.
  public struct Report: Sendable {
    public var articles: [IngestedArticle] = []
    /// In input order.
    public var problems: [IngestProblem] = []
    /// Files (and standard input) that gave at least one article.
    public var filesRead = 0
  }

  /// Reads `paths` in order. `standardInput` supplies the bytes for `-`.
  public func ingest(paths: [String], standardInput: () -> [UInt8] = { [] }) -> Report {
    var report = Report()
    for path in paths {
      if path == "-" {
        let items = registry.standardInputReader.read(standardInput(), path: "-")
        add(items, to: &report)
        continue
      }
      switch FileAccess.kind(of: path) {
      case .missing:
        let reason = FileAccess.isSymbolicLink(path) ? "broken symbolic link" : "no such file or folder"
        report.problems.append(IngestProblem(location: path, problem: reason))
      case .directory:
        for file in files(in: path, report: &report) {
          readFile(file, reader: registry.reader(for: file), report: &report)
        }
      case .other:
        report.problems.append(IngestProblem(location: path, problem: "not a regular file"))
      case .file:
        guard let reader = registry.reader(for: path) else {
          let problem = "unsupported file type (Dossier reads \(registry.extensionList))"
          report.problems.append(IngestProblem(location: path, problem: problem))
          continue
        }
        readFile(path, reader: reader, report: &report)
      }
    }
    return report
  }

  private func readFile(_ path: String, reader: (any DocumentReader)?, report: inout Report) {
    guard let reader else { return }
    do {
      add(try FileAccess.withContents(of: path) { reader.read($0, path: path) }, to: &report)
    } catch {
      report.problems.append(IngestProblem(location: path, problem: error.description))
    }
  }

  private func add(_ items: [IngestItem], to report: inout Report) {
    var any = false
    for item in items {
      switch item {
      case .article(let article):
        report.articles.append(article)
        any = true
      case .problem(let problem):
        report.problems.append(problem)
      }
    }
    if any { report.filesRead += 1 }
  }

  /// The readable files under a folder, recursively, sorted by path.
  /// Hidden entries and symbolic links to folders are left out; a file a
  /// reader does not take is skipped silently.
  func files(in folder: String, report: inout Report) -> [String] {
    var found: [String] = []
    var pending = [folder]
    while let directory = pending.popLast() {
      let names: [String]
      do {
        names = try FileAccess.entries(of: directory)
      } catch {
        report.problems.append(IngestProblem(location: directory, problem: error.description))
        continue
      }
      for name in names {
        let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
        switch FileAccess.kind(of: path) {
        case .directory:
          if !FileAccess.isSymbolicLink(path) { pending.append(path) }
        case .file:
          if registry.reader(for: path) != nil { found.append(path) }
        case .missing:
          if registry.reader(for: path) != nil {
            report.problems.append(IngestProblem(location: path, problem: "broken symbolic link"))
          }
        case .other:
          continue
        }
      }
    }
    return found.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
  }
}
