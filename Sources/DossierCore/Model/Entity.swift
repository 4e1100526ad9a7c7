/// The kinds of entity Dossier tracks.
public enum EntityType: String, Hashable, Sendable, CaseIterable {
  case person, organization, place, other
}

/// A person, organisation or place found in one document, with every
/// surface form it takes there.
public struct LocalEntity: Hashable, Sendable {
  /// The fullest proper name seen in the document.
  public var name: String
  public var type: EntityType
  /// Other names it goes by in the document: `Mr Johnson`, `Johnson`.
  public var aliases: [String]
  /// Role phrases used for it: `Kremlin spokesman`.
  public var descriptors: [String]

  public init(name: String, type: EntityType, aliases: [String] = [], descriptors: [String] = []) {
    self.name = name
    self.type = type
    self.aliases = aliases
    self.descriptors = descriptors
  }
}

/// A place in a document where an entity is mentioned.
public struct Mention: Hashable, Sendable {
  public enum Kind: String, Hashable, Sendable {
    /// A proper name, with or without a title: `Mr Peskov`, `Dmitry Peskov`.
    case name
    /// A role phrase: `the Kremlin spokesman`.
    case descriptor
    case pronoun
  }

  public var range: TextRange
  /// An index into ``Document/entities``.
  public var entity: Int
  public var kind: Kind
  /// How sure the link to the entity is, 0…1: 1 for a name, less for a
  /// descriptor or pronoun joined by context.
  public var confidence: Double

  public init(range: TextRange, entity: Int, kind: Kind, confidence: Double = 1) {
    self.range = range
    self.entity = entity
    self.kind = kind
    self.confidence = confidence
  }
}

/// An entity merged across the documents of a corpus.
public struct CorpusEntity: Hashable, Sendable {
  /// `e1`, `e2`, …
  public var id: String
  public var name: String
  public var type: EntityType
  public var aliases: [String]
  public var descriptors: [String]
  /// The in-document entities merged into this one: (document index, local
  /// entity index).
  public var members: [EntityMember]

  public init(
    id: String, name: String, type: EntityType, aliases: [String] = [], descriptors: [String] = [],
    members: [EntityMember] = []
  ) {
    self.id = id
    self.name = name
    self.type = type
    self.aliases = aliases
    self.descriptors = descriptors
    self.members = members
  }
}

/// One in-document entity merged into a ``CorpusEntity``.
public struct EntityMember: Hashable, Sendable {
  public var document: Int
  public var entity: Int

  public init(document: Int, entity: Int) {
    self.document = document
    self.entity = entity
  }
}
