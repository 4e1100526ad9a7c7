extension EntityBuilder {
  /// The linked entities in order of first mention, and their mentions in
  /// text order.
  func output() -> (entities: [LocalEntity], mentions: [Mention]) {
    var firstMention = [Int](repeating: Int.max, count: records.count)
    for (index, entity) in entityOf.enumerated() {
      guard let entity else { continue }
      firstMention[entity] = min(firstMention[entity], candidates[index].tokens.lowerBound)
    }
    let order = records.indices.filter { firstMention[$0] != Int.max }.sorted {
      (firstMention[$0], $0) < (firstMention[$1], $1)
    }
    var newIndex = [Int](repeating: -1, count: records.count)
    for (position, entity) in order.enumerated() { newIndex[entity] = position }
    let entities = order.map { entity -> LocalEntity in
      let record = records[entity]
      let aliases = record.forms.filter { $0 != record.displayName }
      return LocalEntity(
        name: record.displayName, type: record.type, aliases: aliases,
        descriptors: record.descriptors.filter { $0 != record.displayName })
    }
    var mentions: [Mention] = []
    mentions.reserveCapacity(candidates.count)
    for (index, entity) in entityOf.enumerated() {
      guard let entity else { continue }
      let candidate = candidates[index]
      let kind: Mention.Kind =
        switch candidate.kind {
        case .name: .name
        case .descriptor: .descriptor
        case .pronoun: .pronoun
        }
      mentions.append(
        Mention(
          range: textRange(candidate.tokens), entity: newIndex[entity], kind: kind,
          confidence: confidenceOf[index]))
    }
    mentions.sort { $0.range < $1.range }
    return (entities, mentions)
  }
}
