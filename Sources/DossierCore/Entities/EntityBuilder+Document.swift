extension EntityBuilder {
  /// Rebuilds linking records from a document's existing entities and
  /// mentions, so that one more mention can be linked the way the stage
  /// links them. Recency counts only mentions before `position` (a token).
  mutating func seedRecords(from document: Document, before position: Int) {
    records = EntityRecords(
      document.entities.map { entity in
        var record = EntityRecord(displayName: entity.name)
        record.addForm(entity.name)
        for alias in entity.aliases { record.addForm(alias) }
        record.addSeedFacts(of: entity)
        return record
      })
    for mention in document.mentions where mention.entity < records.count {
      let text = document.text(mention.range)
      let token = TokenFacts.firstToken(in: document.tokens, from: mention.range.start)
      if token < position { records[mention.entity].lastToken = max(records[mention.entity].lastToken, token) }
      switch mention.kind {
      case .name:
        if records[mention.entity].nameKeys.isEmpty {
          let words = records[mention.entity].displayName.split(separator: " ")
          records[mention.entity].nameKeys = words.map { WordKey.of($0) }
          let initials = words.filter { !EntityLexicon.classOf(WordKey.of($0)).contains(.nameConnector) }
            .compactMap(\.first).map { String($0) }.joined()
          records[mention.entity].initialsKey = WordKey.of(initials)
        }
        let first = text.split(separator: " ").first.map { WordKey.of($0) } ?? 0
        let classes = EntityLexicon.classOf(first)
        if classes.contains(.honorific) {
          if classes.contains(.male) && !classes.contains(.female) { records[mention.entity].note(gender: .male) }
          if classes.contains(.female) && !classes.contains(.male) { records[mention.entity].note(gender: .female) }
        }
      case .pronoun:
        let classes = EntityLexicon.classOf(WordKey.of(text))
        if classes.contains(.male) { records[mention.entity].note(gender: .male) }
        if classes.contains(.female) { records[mention.entity].note(gender: .female) }
      case .descriptor:
        break
      }
    }
    for entity in records.indices {
      for form in records[entity].formKeys { indexName(entity, form: form) }
    }
  }

  /// Salience entries for the mentions of the three sentences before
  /// `position`, from the document's mention layer.
  func history(from document: Document, before position: Int, sentence: Int) -> [SalienceEntry] {
    var entries: [SalienceEntry] = []
    var lastSentence = -1
    // The mentions are in text order: none before the fourth sentence back
    // is in reach, nor any from `position` on. Scanning them all for each
    // speaker would make a long document's quotes quadratic.
    let mentions = document.mentions
    let reach = max(0, sentence - 4)
    let reachStart = reach < document.sentences.count ? document.sentences[reach].start : 0
    let first = TokenSearch.firstIndex(of: mentions, startingAtOrAfter: reachStart) { $0.range.start }
    for mention in mentions[first...] {
      let token = TokenFacts.firstToken(in: document.tokens, from: mention.range.start)
      if token >= position { break }
      guard mention.entity < records.count else { continue }
      let mentionSentence = TokenFacts.sentence(in: document.sentences, containing: mention.range.start)
      guard sentence - mentionSentence <= 3 else { continue }
      let lastToken = max(token, TokenFacts.firstToken(in: document.tokens, from: mention.range.end) - 1)
      let next = lastToken + 1
      let said = next < facts.count && facts[next].classes.contains(.reportingVerb)
      entries.append(
        SalienceEntry(
          entity: mention.entity, sentence: mentionSentence, token: lastToken,
          isFirstInSentence: mentionSentence != lastSentence, saidSubject: said,
          inQuote: facts[token].inQuote, isName: mention.kind == .name))
      lastSentence = mentionSentence
    }
    return entries
  }

  /// The local entity of a new record, as the stage writes it.
  func localEntity(_ entity: Int) -> LocalEntity {
    let record = records[entity]
    return LocalEntity(
      name: record.displayName, type: record.type, aliases: record.forms.filter { $0 != record.displayName },
      descriptors: record.descriptors.filter { $0 != record.displayName })
  }
}
