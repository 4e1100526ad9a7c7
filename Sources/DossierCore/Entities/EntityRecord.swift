/// An entity while a document is being linked: its name words, the
/// evidence for its type and gender, its roles and where it was last seen.
struct EntityRecord {
  enum Gender { case male, female }

  /// The word keys of its fullest name; empty for an unnamed entity.
  var nameKeys: [UInt64] = []
  /// The key of the initials of its name (`nato` for North Atlantic Treaty
  /// Organization), for acronyms.
  var initialsKey: UInt64 = 0
  /// The fullest name as written, or the descriptor of an unnamed entity.
  var displayName: String
  /// Every surface form of its name mentions, in order of appearance.
  var forms: [String] = []
  /// The phrase keys of its forms, for exact matches: few, so an array.
  var formKeys: [UInt64] = []
  var descriptors: [String] = []
  var roles: [RolePhrase] = []
  /// Countries its roles or name tie it to.
  var countries: Set<String> = []
  var gender: Gender?
  var genderConflict = false
  var personScore = 0.0
  var organizationScore = 0.0
  var placeScore = 0.0
  var nameMentions = 0
  var lastToken = -1
  /// Plural role entity (`officials`).
  var isGroup = false
  /// The type of an unnamed institution or text (`the agency`).
  var unnamedType: EntityType?

  var isNamed: Bool {
    @inline(__always) get { !nameKeys.isEmpty }
  }

  var type: EntityType {
    Self.type(
      isNamed: isNamed, unnamedType: unnamedType, isGroup: isGroup, person: personScore,
      organization: organizationScore, place: placeScore)
  }

  /// The type from a record's fields, which ``EntityBuilder`` reads one by
  /// one: reading a whole record out of an array copies it.
  @inline(__always)
  static func type(
    isNamed: Bool, unnamedType: EntityType?, isGroup: Bool, person: Double, organization: Double, place: Double
  ) -> EntityType {
    if !isNamed { return unnamedType ?? (isGroup ? .other : .person) }
    let best = max(person, organization, place)
    guard best > 0 else { return .other }
    if organization == best { return .organization }
    if person == best { return .person }
    return .place
  }

  var isPersonLike: Bool {
    type == .person || (type == .other && isNamed && personScore > 0)
  }

  mutating func note(gender new: Gender?) {
    guard let new, !genderConflict else { return }
    if let gender, gender != new {
      genderConflict = true
      self.gender = nil
    } else {
      gender = new
    }
  }

  @inline(__always)
  func agrees(with wanted: Gender?) -> Bool {
    guard let wanted, let gender else { return true }
    return gender == wanted
  }

  /// Adds a surface form (made only when its key is new); true when new.
  @discardableResult
  mutating func addForm(key: UInt64, _ form: () -> String) -> Bool {
    guard !formKeys.contains(key) else { return false }
    formKeys.append(key)
    forms.append(form())
    return true
  }

  mutating func addForm(_ form: String) {
    addForm(key: WordKey.combine(words: form)) { form }
  }

  mutating func addDescriptor(_ text: String, role: RolePhrase) {
    if !descriptors.contains(text) { descriptors.append(text) }
    roles.append(role)
    // One by one: a filtered set would be built and hashed first.
    for affiliation in role.affiliations where !affiliation.hasPrefix("@") { countries.insert(affiliation) }
  }
}
