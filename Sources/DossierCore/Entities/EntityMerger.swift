/// Merges the in-document entities of all documents into corpus entities.
///
/// Rules, each a refusal as much as a join:
/// - the same full name (spelling variants and diacritics aside:
///   `Zelensky`, `Zelenskyy`, `Zelenskiy`) is one entity; for people, the
///   same first name and surname;
/// - a bare surname joins the one person in the corpus with that surname; if
///   several people share it, only the one whose descriptors it shares;
/// - an acronym joins the organisation or place whose capitals spell it
///   (`NATO`, `North Atlantic Treaty Organization`);
/// - an unnamed person (`the Kremlin spokesman`) joins a named one only when
///   exactly one named person carries that very descriptor in the corpus, so
///   `Mr Sunak's official spokesman` never becomes the Kremlin's.
///
/// Requires `entities`; produces `corpusEntities`. Linear in the number of
/// entities: every rule looks candidates up by key.
public struct EntityMerger: CorpusStage {
  public init() {}

  public var name: String { "corpus entities" }
  public var requires: Set<Layer> { [.entities] }
  public var produces: Set<Layer> { [.corpusEntities] }

  public func process(_ corpus: inout Corpus) {
    corpus.entities = merge(corpus.documents)
  }

  func merge(_ documents: [Document]) -> [CorpusEntity] {
    // Each document's facts go straight to their place in one flat array.
    var offsets = [Int](repeating: 0, count: documents.count + 1)
    for index in documents.indices { offsets[index + 1] = offsets[index] + documents[index].entities.count }
    let total = offsets[documents.count]
    let members = [MemberFacts](unsafeUninitializedCapacity: total) { buffer, count in
      let shared = UncheckedSendable((documents, offsets, buffer.baseAddress))
      _ = ParallelMap.map(Array(documents.indices)) { index -> Bool in
        let (documents, offsets, base) = shared.value
        guard let base else { return true }
        var slot = base + offsets[index]
        for facts in Self.facts(of: documents[index], at: index) {
          slot.initialize(to: facts)
          slot += 1
        }
        return true
      }
      count = total
    }
    var groups = UnionFind(count: members.count)
    joinSameNames(members, &groups)
    joinSurnames(members, &groups)
    joinAcronyms(members, &groups)
    joinUnnamedByDescriptor(members, &groups)
    return build(members, documents, &groups)
  }

  /// A proper name: every word capitalised, name particles aside.
  static func isProperName(_ words: [String]) -> Bool {
    guard !words.isEmpty else { return false }
    for word in words {
      guard let first = word.unicodeScalars.first else { return false }
      // ASCII capitals and small letters answer without the property tables.
      if first.value >= 65 && first.value <= 90 { continue }
      if first.value >= 0x80 && first.properties.isUppercase { continue }
      if Self.particles.contains(String(word)) { continue }
      return false
    }
    guard let last = words.last else { return true }
    if last.utf8.allSatisfy({ $0 < 0x80 }) {
      // Plain bytes: a possessive ends in `'s` byte for byte.
      return !last.utf8.reversed().starts(with: [UInt8(ascii: "s"), UInt8(ascii: "'")])
    }
    return !(last.hasSuffix("’s") || last.hasSuffix("'s"))
  }

  static let particles: Set<String> = [
    "de", "van", "von", "der", "den", "al", "bin", "ibn", "la", "le", "da", "di", "du", "del", "dos", "el",
  ]

  private func joinSameNames(_ members: [MemberFacts], _ groups: inout UnionFind) {
    var byName: [UInt64: Int] = [:]
    var byFirstAndLast: [UInt64: Int] = [:]
    // Bare surnames of people wait for ``joinSurnames``: two `Varga`s are
    // one person only if the corpus knows a single Varga.
    byName.reserveCapacity(members.count)
    for index in members.indices {
      let (proper, person, wordCount) = (members[index].proper, members[index].person, members[index].wordCount)
      guard proper && !(person && wordCount == 1) else { continue }
      if let other = byName[members[index].fullNameKey] {
        groups.union(index, other)
      } else {
        byName[members[index].fullNameKey] = index
      }
      if person, wordCount >= 2 {
        if let other = byFirstAndLast[members[index].firstAndLastKey] {
          groups.union(index, other)
        } else {
          byFirstAndLast[members[index].firstAndLastKey] = index
        }
      }
    }
  }

  private func joinSurnames(_ members: [MemberFacts], _ groups: inout UnionFind) {
    // Full-name people by surname key: the distinct groups that carry it.
    var bySurname: [UInt64: [Int]] = [:]
    for index in members.indices where members[index].proper && members[index].person && members[index].wordCount >= 2 {
      let key = members[index].surnameKey
      let root = groups.find(index)
      if !(bySurname[key]?.contains { groups.find($0) == root } ?? false) {
        bySurname[key, default: []].append(index)
      }
    }
    var bareSurnames: [UInt64: Int] = [:]
    for index in members.indices where members[index].proper && members[index].person && members[index].wordCount == 1 {
      let key = members[index].surnameKey
      // `Mr Obama` is not `Michelle Obama`.
      let gender = members[index].gender
      guard
        let candidates = bySurname[key]?.filter({
          gender == nil || members[$0].gender == nil || members[$0].gender == gender
        }), !candidates.isEmpty
      else {
        // Nobody in the corpus has this surname with a first name.
        if let other = bareSurnames[key] { groups.union(index, other) } else { bareSurnames[key] = index }
        continue
      }
      let roots = Set(candidates.map { groups.find($0) })
      if roots.count == 1, let only = candidates.first {
        groups.union(index, only)
        continue
      }
      // Several people share the surname: only shared descriptors decide.
      let own = Set(members[index].descriptorKeys)
      guard !own.isEmpty else { continue }
      var matches: [Int] = []
      for candidate in candidates where members[candidate].descriptorKeys.contains(where: own.contains) {
        matches.append(candidate)
      }
      if Set(matches.map { groups.find($0) }).count == 1, let only = matches.first {
        groups.union(index, only)
      }
    }
  }

  private func joinAcronyms(_ members: [MemberFacts], _ groups: inout UnionFind) {
    var byExpansion: [UInt64: [Int]] = [:]
    for index in members.indices {
      if let acronym = members[index].expansion { byExpansion[acronym, default: []].append(index) }
    }
    for index in members.indices where !members[index].acronyms.isEmpty {
      for letters in members[index].acronyms {
        guard let expansions = byExpansion[letters] else { continue }
        let roots = Set(expansions.map { groups.find($0) })
        if roots.count == 1, let only = expansions.first { groups.union(index, only) }
      }
    }
  }

  private func joinUnnamedByDescriptor(_ members: [MemberFacts], _ groups: inout UnionFind) {
    // Descriptors of named people, with the groups that carry each.
    var holders: [UInt64: Set<Int>] = [:]
    for index in members.indices where members[index].proper && members[index].person {
      for descriptor in members[index].descriptorKeys {
        holders[descriptor, default: []].insert(groups.find(index))
      }
    }
    var unnamedByName: [UInt64: Int] = [:]
    for index in members.indices where !members[index].proper && members[index].person {
      let key = members[index].nameDescriptorKey
      if let roots = holders[key], roots.count == 1, let root = roots.first {
        groups.union(index, root)
      } else if let other = unnamedByName[key] {
        // The same unnamed role in several articles.
        groups.union(index, other)
      } else {
        unnamedByName[key] = index
      }
    }
  }

  /// A descriptor without articles, case or punctuation:
  /// `the Kremlin's spokesman` → `kremlins spokesman`.
  static func descriptorKey(_ descriptor: String) -> String {
    descriptorWords(descriptor).joined(separator: " ")
  }

  /// ``hashKey(_:)`` of ``descriptorKey(_:)``, hashed as the words are
  /// folded rather than from a joined string.
  static func descriptorHash(_ descriptor: String) -> UInt64 {
    var hasher = KeyHasher()
    for (index, word) in descriptorWords(descriptor).enumerated() {
      if index > 0 { hasher.add(byte: 0x20) }
      hasher.add(word)
    }
    return hasher.value
  }

  private static func descriptorWords(_ descriptor: String) -> [String] {
    NameKey.words(descriptor).map { NameKey.fold($0) }.filter { !$0.isEmpty && $0 != "the" && $0 != "a" && $0 != "an" }
  }

  private func build(_ members: [MemberFacts], _ documents: [Document], _ groups: inout UnionFind)
    -> [CorpusEntity]
  {
    // Groups numbered by their first member; each group's members in order.
    var groupOfRoot = [Int](repeating: -1, count: members.count)
    var groupOf = [Int](repeating: 0, count: members.count)
    var sizes: [Int] = []
    for index in members.indices {
      let root = groups.find(index)
      if groupOfRoot[root] < 0 {
        groupOfRoot[root] = sizes.count
        sizes.append(0)
      }
      groupOf[index] = groupOfRoot[root]
      sizes[groupOfRoot[root]] += 1
    }
    var starts = [Int](repeating: 0, count: sizes.count + 1)
    for group in sizes.indices { starts[group + 1] = starts[group] + sizes[group] }
    var fill = starts
    var ordered = [Int](repeating: 0, count: members.count)
    for index in members.indices {
      ordered[fill[groupOf[index]]] = index
      fill[groupOf[index]] += 1
    }
    let context = UncheckedSendable((members, documents, ordered, starts))
    return ParallelMap.map(Array(sizes.indices)) { group in
      let (members, documents, ordered, starts) = context.value
      return Self.entity(
        id: "e\(group + 1)", from: ordered[starts[group]..<starts[group + 1]], of: members, documents: documents)
    }
  }

  private static func entity(
    id: String, from indices: ArraySlice<Int>, of members: [MemberFacts], documents: [Document]
  ) -> CorpusEntity {
    let group = indices.map {
      (
        document: members[$0].document, entity: members[$0].entity, mentions: members[$0].mentions,
        proper: members[$0].proper
      )
    }
    let locals = group.map { documents[$0.document].entities[$0.entity] }
    if group.count == 1, let only = group.first, let local = locals.first, local.aliases.isEmpty,
      local.descriptors.count <= 1
    {
      // Most groups are one entity with one name: nothing to count or rank.
      return CorpusEntity(
        id: id, name: local.name, type: local.type, aliases: [], descriptors: local.descriptors,
        members: [EntityMember(document: only.document, entity: only.entity)])
    }
    // The fullest proper form: most words, then most used, then shortest
    // spelling difference aside, alphabetical for a stable choice.
    var nameCounts: [String: Int] = [:]
    var properNames: Set<String> = []
    for (member, local) in zip(group, locals) {
      nameCounts[local.name, default: 0] += max(1, member.mentions)
      if member.proper { properNames.insert(local.name) }
      for alias in local.aliases { nameCounts[alias, default: 0] += 1 }
    }
    let candidates = properNames.isEmpty ? Set(locals.map(\.name)) : properNames
    let name =
      candidates.max { a, b in
        let wordsA = NameKey.words(a).count
        let wordsB = NameKey.words(b).count
        if wordsA != wordsB { return wordsA < wordsB }
        let countA = nameCounts[a] ?? 0
        let countB = nameCounts[b] ?? 0
        if countA != countB { return countA < countB }
        return a > b
      } ?? ""
    let aliases = nameCounts.keys.filter { $0 != name }.sorted { a, b in
      let countA = nameCounts[a] ?? 0
      let countB = nameCounts[b] ?? 0
      return countA != countB ? countA > countB : a < b
    }
    var descriptorCounts: [String: Int] = [:]
    // Votes by position in `precedence`.
    let precedence: [EntityType] = [.person, .organization, .place, .other]
    var typeVotes = [Int](repeating: 0, count: precedence.count)
    for (member, local) in zip(group, locals) {
      for descriptor in local.descriptors { descriptorCounts[descriptor, default: 0] += 1 }
      if let slot = precedence.firstIndex(of: local.type) { typeVotes[slot] += max(1, member.mentions) }
    }
    let descriptors = descriptorCounts.keys.sorted { a, b in
      let countA = descriptorCounts[a] ?? 0
      let countB = descriptorCounts[b] ?? 0
      return countA != countB ? countA > countB : a < b
    }
    let type =
      precedence.indices.max { a, b in
        if typeVotes[a] != typeVotes[b] { return typeVotes[a] < typeVotes[b] }
        return a > b
      }.map { precedence[$0] } ?? .other
    return CorpusEntity(
      id: id, name: name, type: type, aliases: aliases, descriptors: descriptors,
      members: group.map { EntityMember(document: $0.document, entity: $0.entity) })
  }
}

/// Disjoint sets with path halving and union by size.
struct UnionFind {
  private var parent: [Int]
  private var size: [Int]

  init(count: Int) {
    parent = Array(0..<count)
    size = [Int](repeating: 1, count: count)
  }

  mutating func find(_ element: Int) -> Int {
    var node = element
    while parent[node] != node {
      parent[node] = parent[parent[node]]
      node = parent[node]
    }
    return node
  }

  mutating func union(_ a: Int, _ b: Int) {
    var rootA = find(a)
    var rootB = find(b)
    guard rootA != rootB else { return }
    if size[rootA] < size[rootB] { swap(&rootA, &rootB) }
    parent[rootB] = rootA
    size[rootA] += size[rootB]
  }
}

extension EntityMerger {
  /// The spelling-insensitive key names are compared by.
  public static func transliterationKey(_ word: String) -> String {
    NameKey.transliteration(word)
  }
}
