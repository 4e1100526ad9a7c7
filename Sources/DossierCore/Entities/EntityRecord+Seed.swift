extension EntityRecord {
  /// What a record seeded from an entity already in the document knows
  /// besides its forms: whether it is a group, its descriptors with their
  /// parsed roles, and its type. Shared by ``EntityBuilder`` seeding and the
  /// resolver session's ``SeededEntities`` so the two cannot drift apart.
  mutating func addSeedFacts(of entity: LocalEntity) {
    isGroup = entity.type == .other && entity.aliases.isEmpty
    for descriptor in entity.descriptors {
      let role = RolePhrase(descriptor: descriptor)
      if role.head != nil { addDescriptor(descriptor, role: role) }
    }
    switch entity.type {
    case .person: personScore = 1
    case .organization: organizationScore = 1
    case .place: placeScore = 1
    case .other: break
    }
  }
}
