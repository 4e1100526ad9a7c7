extension MarkdownReport {
  /// The most mentioned people and organisations of a story, with the
  /// other names and the role phrases they go by across its documents.
  static func peopleSection(_ story: Story, _ corpus: Corpus) -> String {
    // Mentions per in-document entity, counted once per document.
    var counts: [Int: [Int]] = [:]
    for index in story.documents {
      let document = corpus.documents[index]
      var perEntity = [Int](repeating: 0, count: document.entities.count)
      for mention in document.mentions where mention.entity < perEntity.count { perEntity[mention.entity] += 1 }
      counts[index] = perEntity
    }
    var rows: [(mentions: Int, entity: CorpusEntity)] = []
    for entity in corpus.entities where entity.type == .person || entity.type == .organization {
      var mentions = 0
      for member in entity.members {
        if let perEntity = counts[member.document], member.entity < perEntity.count {
          mentions += perEntity[member.entity]
        }
      }
      if mentions > 0 { rows.append((mentions, entity)) }
    }
    guard !rows.isEmpty else { return "" }
    rows.sort { $0.mentions != $1.mentions ? $0.mentions > $1.mentions : $0.entity.id < $1.entity.id }
    let shown = rows.prefix(Self.peopleShown)
    var out = "### People and organisations\n\n"
    out += "| Name | Type | Also called | Described as | Mentions |\n|---|---|---|---|---|\n"
    for (mentions, entity) in shown {
      let aliases = entity.aliases.prefix(4).map(cell).joined(separator: ", ")
      let descriptors = entity.descriptors.prefix(4).map(cell).joined(separator: ", ")
      out += "| \(cell(entity.name)) | \(entity.type.rawValue) | \(aliases) | \(descriptors) | \(mentions) |\n"
    }
    if rows.count > shown.count { out += "\n\(rows.count - shown.count) more in the JSON output.\n" }
    return out
  }

  /// How many entities a story's table lists.
  static let peopleShown = 15
}
