import ArgumentParser
import DossierCore

/// `dossier`: the root command.
public struct DossierCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "dossier",
    abstract: "Turn a pile of news articles into a sourced account of each story in it.",
    version: DossierVersion.current,
    subcommands: [AnalyzeCommand.self, SegmentCommand.self, EvalCommand.self, BenchStoriesCommand.self]
  )

  public init() {}
}

/// The process entry point: parses arguments, runs the command, and maps
/// every outcome to an exit status (0 all read, 1 some input skipped,
/// 2 nothing read or wrong arguments).
public enum DossierMain {
  public static func run(_ arguments: [String], console: any Console = StandardConsole()) -> Int32 {
    let command: any ParsableCommand
    do {
      command = try DossierCommand.parseAsRoot(arguments)
    } catch {
      let code = DossierCommand.exitCode(for: error)
      let message = DossierCommand.fullMessage(for: error)
      if code == .success {
        console.write(Array((message + "\n").utf8))
        return 0
      }
      console.error(message)
      return 2
    }
    if let runnable = command as? any ConsoleCommand {
      return runnable.execute(console: console)
    }
    if command is EvalCommand {
      console.write(Array((EvalCommand.helpMessage() + "\n").utf8))
      return 0
    }
    // The root alone prints its help.
    console.write(Array((DossierCommand.helpMessage() + "\n").utf8))
    return 0
  }
}
