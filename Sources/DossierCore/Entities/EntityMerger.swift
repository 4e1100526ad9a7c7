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

  /// One in-document entity and what the rules look at.
  struct Member {
    var document: Int
    var entity: Int
    var local: LocalEntity
    var mentions: Int
    var words: [Substring]
    var proper: Bool
    /// Each word's transliteration key.
    var keys: [String]
  }

  func merge(_ documents: [Document]) -> [CorpusEntity] {
    var members: [Member] = []
    // The same few thousand words recur across a corpus: key each once.
    var keyCache: [Substring: String] = [:]
    func key(_ word: Substring) -> String {
      if let known = keyCache[word] { return known }
      let computed = NameKey.transliteration(word)
      keyCache[word] = computed
      return computed
    }
    for (documentIndex, document) in documents.enumerated() {
      var counts = [Int](repeating: 0, count: document.entities.count)
      for mention in document.mentions where mention.entity < counts.count { counts[mention.entity] += 1 }
      for (entityIndex, entity) in document.entities.enumerated() {
        let words = NameKey.words(entity.name)
        members.append(
          Member(
            document: documentIndex, entity: entityIndex, local: entity, mentions: counts[entityIndex],
            words: words, proper: Self.isProperName(words), keys: words.map(key)))
      }
    }
    var groups = UnionFind(count: members.count)
    joinSameNames(members, &groups)
    joinSurnames(members, &groups)
    joinAcronyms(members, &groups)
    joinUnnamedByDescriptor(members, &groups)
    return build(members, &groups)
  }

  /// A proper name: every word capitalised, name particles aside.
  static func isProperName(_ words: [Substring]) -> Bool {
    guard !words.isEmpty else { return false }
    for word in words {
      guard let first = word.unicodeScalars.first else { return false }
      if first.properties.isUppercase { continue }
      if Self.particles.contains(String(word)) { continue }
      return false
    }
    return !(words.last.map { $0.hasSuffix("’s") || $0.hasSuffix("'s") } ?? false)
  }

  static let particles: Set<String> = [
    "de", "van", "von", "der", "den", "al", "bin", "ibn", "la", "le", "da", "di", "du", "del", "dos", "el",
  ]

  private func personLike(_ member: Member) -> Bool { member.local.type == .person }

  /// The full-name key: every word's transliteration key, people apart from
  /// the rest.
  private func fullNameKey(_ member: Member) -> String {
    (personLike(member) ? "p:" : "n:") + member.keys.joined(separator: " ")
  }

  private func joinSameNames(_ members: [Member], _ groups: inout UnionFind) {
    var byName: [String: Int] = [:]
    var byFirstAndLast: [String: Int] = [:]
    // Bare surnames of people wait for ``joinSurnames``: two `Varga`s are
    // one person only if the corpus knows a single Varga.
    for (index, member) in members.enumerated() where member.proper && !(personLike(member) && member.words.count == 1)
    {
      let key = fullNameKey(member)
      if let other = byName[key] { groups.union(index, other) } else { byName[key] = index }
      if personLike(member), member.keys.count >= 2, let first = member.keys.first, let last = member.keys.last {
        let personKey = first + " " + last
        if let other = byFirstAndLast[personKey] {
          groups.union(index, other)
        } else {
          byFirstAndLast[personKey] = index
        }
      }
    }
  }

  private func joinSurnames(_ members: [Member], _ groups: inout UnionFind) {
    // Full-name people by surname key: the distinct groups that carry it.
    var bySurname: [String: [Int]] = [:]
    for (index, member) in members.enumerated()
    where member.proper && personLike(member) && member.words.count >= 2 {
      guard let key = member.keys.last else { continue }
      let root = groups.find(index)
      if !(bySurname[key]?.contains { groups.find($0) == root } ?? false) {
        bySurname[key, default: []].append(index)
      }
    }
    var bareSurnames: [String: Int] = [:]
    for (index, member) in members.enumerated()
    where member.proper && personLike(member) && member.words.count == 1 {
      let key = member.keys[0]
      guard let candidates = bySurname[key] else {
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
      let own = Set(member.local.descriptors.map(Self.descriptorKey))
      guard !own.isEmpty else { continue }
      var matches: [Int] = []
      for candidate in candidates {
        let theirs = Set(members[candidate].local.descriptors.map(Self.descriptorKey))
        if !own.isDisjoint(with: theirs) { matches.append(candidate) }
      }
      if Set(matches.map { groups.find($0) }).count == 1, let only = matches.first {
        groups.union(index, only)
      }
    }
  }

  private func joinAcronyms(_ members: [Member], _ groups: inout UnionFind) {
    var byExpansion: [String: [Int]] = [:]
    for (index, member) in members.enumerated() where member.proper && !personLike(member) {
      if let acronym = NameKey.acronym(member.local.name) { byExpansion[acronym, default: []].append(index) }
    }
    for (index, member) in members.enumerated() where !personLike(member) {
      var names = [member.local.name]
      names.append(contentsOf: member.local.aliases)
      for name in names where NameKey.isAcronym(name) {
        let letters = name.filter { $0 != "." }
        guard let expansions = byExpansion[letters] else { continue }
        let roots = Set(expansions.map { groups.find($0) })
        if roots.count == 1, let only = expansions.first { groups.union(index, only) }
      }
    }
  }

  private func joinUnnamedByDescriptor(_ members: [Member], _ groups: inout UnionFind) {
    // Descriptors of named people, with the groups that carry each.
    var holders: [String: Set<Int>] = [:]
    for (index, member) in members.enumerated() where member.proper && personLike(member) {
      for descriptor in member.local.descriptors {
        holders[Self.descriptorKey(descriptor), default: []].insert(groups.find(index))
      }
    }
    var unnamedByName: [String: Int] = [:]
    for (index, member) in members.enumerated() where !member.proper && personLike(member) {
      let key = Self.descriptorKey(member.local.name)
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
    NameKey.words(descriptor).map { NameKey.fold($0) }.filter { !$0.isEmpty && $0 != "the" && $0 != "a" && $0 != "an" }
      .joined(separator: " ")
  }

  private func build(_ members: [Member], _ groups: inout UnionFind) -> [CorpusEntity] {
    var order: [Int] = []
    var byRoot: [Int: [Int]] = [:]
    for index in members.indices {
      let root = groups.find(index)
      if byRoot[root] == nil { order.append(root) }
      byRoot[root, default: []].append(index)
    }
    return order.enumerated().map { position, root in
      entity(id: "e\(position + 1)", from: (byRoot[root] ?? []).map { members[$0] })
    }
  }

  private func entity(id: String, from group: [Member]) -> CorpusEntity {
    // The fullest proper form: most words, then most used, then shortest
    // spelling difference aside, alphabetical for a stable choice.
    var nameCounts: [String: Int] = [:]
    var properNames: Set<String> = []
    for member in group {
      nameCounts[member.local.name, default: 0] += max(1, member.mentions)
      if member.proper { properNames.insert(member.local.name) }
      for alias in member.local.aliases { nameCounts[alias, default: 0] += 1 }
    }
    let candidates = properNames.isEmpty ? Set(group.map(\.local.name)) : properNames
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
    var typeVotes: [EntityType: Int] = [:]
    for member in group {
      for descriptor in member.local.descriptors { descriptorCounts[descriptor, default: 0] += 1 }
      typeVotes[member.local.type, default: 0] += max(1, member.mentions)
    }
    let descriptors = descriptorCounts.keys.sorted { a, b in
      let countA = descriptorCounts[a] ?? 0
      let countB = descriptorCounts[b] ?? 0
      return countA != countB ? countA > countB : a < b
    }
    let precedence: [EntityType] = [.person, .organization, .place, .other]
    let type =
      precedence.max { a, b in
        let votesA = typeVotes[a] ?? 0
        let votesB = typeVotes[b] ?? 0
        if votesA != votesB { return votesA < votesB }
        return (precedence.firstIndex(of: a) ?? 0) > (precedence.firstIndex(of: b) ?? 0)
      } ?? .other
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
