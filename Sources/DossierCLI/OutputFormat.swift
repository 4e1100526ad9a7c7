import ArgumentParser

/// The formats `dossier analyze` writes.
public enum OutputFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
  case json
  case markdown
  /// JSON Lines: a header line, then one document, entity, quote, timex,
  /// derivation or story a line, streamed (see `DossierJSONLines`).
  case jsonl
}
