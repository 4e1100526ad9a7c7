import ArgumentParser
import DossierCore

/// `dossier eval …`: scores Dossier against gold annotations.
public struct EvalCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "eval",
    abstract: "Score the analysis against gold annotations in the formats of the evaluation data.",
    subcommands: [EvalQuotesCommand.self, EvalSourcesCommand.self, EvalTimexCommand.self, EvalClustersCommand.self]
  )

  public init() {}
}

/// A subcommand of `dossier eval` that runs through ``DossierMain`` with a
/// console, so that tests can run it in process.
public protocol ConsoleCommand: ParsableCommand {
  func execute(console: any Console) -> Int32
}
