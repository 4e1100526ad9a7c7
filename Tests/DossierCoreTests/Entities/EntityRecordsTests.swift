import Testing

@testable import DossierCore

@Suite struct EntityRecordsTests {
  func record(_ name: String) -> EntityRecord {
    var record = EntityRecord(displayName: name)
    record.addForm(name)
    return record
  }

  @Test func takeBackUndoesChangesToLentRecordsAndDropsNewOnes() {
    var records = EntityRecords(lending: [record("Ada Lovelace"), record("the agency"), record("Bo Lin")])
    records.setLastToken(12, of: 0)
    records.setLastToken(30, of: 2)
    records[0].addForm("Lovelace")
    records[0].lastToken = 40
    records[0].note(gender: .female)
    // A second change to the same record keeps the first original.
    records[0].displayName = "Ada King Lovelace"
    records[1].addDescriptor("the agency", role: RolePhrase())
    records.append(record("Cy Rao"))
    records[3].nameMentions = 2
    #expect(records.count == 4)
    #expect(records.original(0)?.forms == ["Ada Lovelace"])
    #expect(records.original(0)?.lastToken == 12)
    #expect(records.original(2) == nil)
    #expect(records.original(3) == nil)

    let lent = records.takeBack()
    #expect(lent.map(\.displayName) == ["Ada Lovelace", "the agency", "Bo Lin"])
    #expect(lent.map(\.forms) == [["Ada Lovelace"], ["the agency"], ["Bo Lin"]])
    #expect(lent[0].gender == nil)
    #expect(lent[1].descriptors.isEmpty && lent[1].roles.isEmpty)
    #expect(lent.map(\.lastToken) == [-1, -1, -1])
    #expect(records.count == 0)
  }

  @Test func recordsNotLentAreNotKept() {
    var records = EntityRecords([record("Ada Lovelace")])
    records[0].lastToken = 5
    #expect(records.lentCount == 0)
    #expect(records.original(0) == nil)
    #expect(records[0].lastToken == 5)
  }
}
