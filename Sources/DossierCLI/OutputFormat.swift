import ArgumentParser

/// The formats `dossier analyze` writes.
public enum OutputFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
  case json
  case markdown
}
