import Dispatch

/// An ordered list of document stages followed by corpus stages, checked
/// when it is built.
///
/// Document stages run on all cores, each worker taking documents in small
/// batches; corpus stages run afterwards, in order.
public struct Pipeline: Sendable {
  public let documentStages: [any DocumentStage]
  public let corpusStages: [any CorpusStage]

  /// Builds a pipeline, or throws ``PipelineError`` naming the first stage
  /// whose required layers no earlier stage produces.
  public init(
    documentStages: [any DocumentStage], corpusStages: [any CorpusStage] = []
  ) throws {
    var available: Set<Layer> = [.text]
    for stage in documentStages {
      try Self.check(stage.name, requires: stage.requires, available: available)
      available.formUnion(stage.produces)
    }
    for stage in corpusStages {
      try Self.check(stage.name, requires: stage.requires, available: available)
      available.formUnion(stage.produces)
    }
    self.documentStages = documentStages
    self.corpusStages = corpusStages
  }

  private static func check(_ name: String, requires: Set<Layer>, available: Set<Layer>) throws {
    let missing = requires.subtracting(available)
    if !missing.isEmpty {
      throw PipelineError(stage: name, missing: missing.sorted())
    }
  }

  /// What each document loses once the document stages are done: the
  /// working layers (``Document/workingLayers``) and the tokens, unless a
  /// corpus stage requires them. Tokens are the largest layer, and dropping
  /// them as each document finishes keeps a large corpus in memory.
  public var droppedAfterDocumentStages: Set<Layer> {
    Document.workingLayers.union([.tokens]).subtracting(corpusStages.flatMap(\.requires))
  }

  /// Whether documents keep their tokens after the document stages: only
  /// when a corpus stage reads them.
  public var keepsTokens: Bool { !droppedAfterDocumentStages.contains(.tokens) }

  /// Runs every document stage on one document, then drops the working
  /// layers no corpus stage needs; the tokens stay.
  public func process(_ document: inout Document) {
    for stage in documentStages { stage.process(&document) }
    document.drop(Document.workingLayers.intersection(droppedAfterDocumentStages))
  }

  private func finish(_ document: inout Document, dropping dropped: Set<Layer>, stageTimes: StageTimes?) {
    if let stageTimes {
      for (index, stage) in documentStages.enumerated() {
        let start = StageTimes.threadNanoseconds()
        stage.process(&document)
        stageTimes.add(index, StageTimes.threadNanoseconds() - start)
      }
    } else {
      for stage in documentStages { stage.process(&document) }
    }
    document.drop(dropped)
    document.releaseSpareCapacity()
  }

  /// Runs the document stages over all documents on `jobs` workers, then the
  /// corpus stages. `progress` is called from worker threads with the count
  /// of documents finished so far.
  public func run(
    _ corpus: inout Corpus, jobs: Int = ProcessorInfo.activeCores,
    progress: (@Sendable (Int) -> Void)? = nil, timings: ((String, Double) -> Void)? = nil
  ) {
    var clock = DispatchTime.now().uptimeNanoseconds
    func lap(_ name: String) {
      let now = DispatchTime.now().uptimeNanoseconds
      timings?(name, Double(now - clock) / 1e9)
      clock = now
    }
    if let timings {
      // Each document stage's processor time, summed over the workers.
      let stageTimes = StageTimes(count: documentStages.count)
      processDocuments(
        &corpus.documents, jobs: jobs, dropping: droppedAfterDocumentStages, progress: progress,
        stageTimes: stageTimes)
      let documentWall = Double(DispatchTime.now().uptimeNanoseconds - clock) / 1e9
      for (stage, seconds) in zip(documentStages, stageTimes.seconds) {
        timings("  \(stage.name) (processor time)", seconds)
      }
      timings("document stages", documentWall)
      clock = DispatchTime.now().uptimeNanoseconds
    } else {
      processDocuments(&corpus.documents, jobs: jobs, dropping: droppedAfterDocumentStages, progress: progress)
      lap("document stages")
    }
    runCorpusStages(&corpus, jobs: jobs, timings: timings)
    lap("corpus stages")
  }

  /// The corpus stages in order, except that a stage whose layers no later
  /// stage reads or writes, and which writes only corpus layers that can be handed
  /// over whole (``Corpus/adopt(_:from:)``), runs on a copy of the corpus
  /// beside the stages after it: on two cores its time is then mostly hidden.
  func runCorpusStages(_ corpus: inout Corpus, jobs: Int, timings: ((String, Double) -> Void)?) {
    let group = DispatchGroup()
    let results = BackgroundResults()
    for (index, stage) in corpusStages.enumerated() {
      let later = corpusStages[(index + 1)...]
      // Its layers must be neither read nor written by a later stage.
      let touchedLater = later.contains {
        !$0.requires.isDisjoint(with: stage.produces) || !$0.produces.isDisjoint(with: stage.produces)
      }
      let start = DispatchTime.now().uptimeNanoseconds
      if jobs > 1, !touchedLater, stage.produces.isSubset(of: Corpus.adoptableLayers), !later.isEmpty {
        let snapshot = corpus
        DispatchQueue.global().async(group: group) {
          var copy = snapshot
          stage.process(&copy)
          results.add(
            copy, stage: index, layers: stage.produces, name: stage.name, seconds: Self.seconds(since: start))
        }
        continue
      }
      stage.process(&corpus)
      let dropped = Self.droppedLayers(after: index, of: corpusStages)
      if !dropped.isEmpty {
        for document in corpus.documents.indices { corpus.documents[document].drop(dropped) }
      }
      timings?(stage.name, Self.seconds(since: start))
    }
    group.wait()
    for result in results.all {
      corpus.adopt(result.layers, from: result.corpus)
      timings?("\(result.name) (beside the others)", result.seconds)
    }
  }

  private static func seconds(since start: UInt64) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  }

  /// The working layers that go once corpus stage `index` has run: those it
  /// read and no later stage reads (content profiles leave with the last
  /// stage that compares documents, before the output).
  static func droppedLayers(after index: Int, of stages: [any CorpusStage]) -> Set<Layer> {
    stages[index].requires.intersection(Document.workingLayers)
      .subtracting(stages[(index + 1)...].flatMap(\.requires))
  }

  /// Whether the content profiles go once stage `index` has run.
  static func dropsContentProfiles(after index: Int, of stages: [any CorpusStage]) -> Bool {
    droppedLayers(after: index, of: stages).contains(.contentProfiles)
  }

  /// Runs the document stages over `documents` in parallel.
  public func processDocuments(
    _ documents: inout [Document], jobs: Int, dropping dropped: Set<Layer> = [],
    progress: (@Sendable (Int) -> Void)? = nil, stageTimes: StageTimes? = nil
  ) {
    guard !documentStages.isEmpty, !documents.isEmpty else { return }
    let workers = max(1, min(jobs, documents.count))
    if workers == 1 {
      for index in documents.indices {
        finish(&documents[index], dropping: dropped, stageTimes: stageTimes)
        if let progress, index % 256 == 255 { progress(index + 1) }
      }
      return
    }
    let count = documents.count
    let counter = WorkCounter()
    documents.withUnsafeMutableBufferPointer { buffer in
      let shared = UncheckedSendable(buffer)
      DispatchQueue.concurrentPerform(iterations: workers) { _ in
        // Small batches balance long and short articles across workers.
        let batch = 8
        while true {
          let start = counter.take(batch)
          if start >= count { break }
          for index in start..<min(start + batch, count) {
            finish(&shared.value[index], dropping: dropped, stageTimes: stageTimes)
          }
          if let progress { progress(min(start + batch, count)) }
        }
      }
    }
  }
}
