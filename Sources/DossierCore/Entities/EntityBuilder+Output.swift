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
    var entities: [LocalEntity] = []
    entities.reserveCapacity(order.count)
    for entity in order {
      let name = records[entity].displayName
      entities.append(
        LocalEntity(
          name: name, type: records[entity].type, aliases: records[entity].forms.filter { $0 != name },
          descriptors: records[entity].descriptors.filter { $0 != name }))
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
