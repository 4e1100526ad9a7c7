extension MarkdownReport {
  /// The most mentioned people and organisations of a story, with the
  /// other names and the role phrases they go by across its documents.
  static func peopleSection(_ story: Story, _ context: Context) -> String {
    let corpus = context.corpus
    // Mentions per corpus entity over the story's documents, each document
    // counted once.
    var mentionsByEntity: [Int: Int] = [:]
    var seen = Set<Int>()
    for index in story.documents where seen.insert(index).inserted {
      let document = corpus.documents[index]
      var perEntity = [Int](repeating: 0, count: document.entities.count)
      for mention in document.mentions where mention.entity < perEntity.count { perEntity[mention.entity] += 1 }
      for member in context.members[index] where member.local >= 0 && member.local < perEntity.count {
        let type = corpus.entities[member.entity].type
        guard type == .person || type == .organization else { continue }
        mentionsByEntity[member.entity, default: 0] += perEntity[member.local]
      }
    }
    var rows: [(mentions: Int, entity: CorpusEntity)] = []
    for (entity, mentions) in mentionsByEntity.sorted(by: { $0.key < $1.key }) where mentions > 0 {
      rows.append((mentions, corpus.entities[entity]))
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
