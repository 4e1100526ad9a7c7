import DossierCore
import Testing

struct ScalarOffsetMapTests {
  @Test(arguments: ["plain ascii text", "“Żmuda’s” café 😀 ok", "😀😀a", "é"])
  func convertsEveryBoundaryBothWays(_ text: String) {
    let map = ScalarOffsetMap(text)
    var utf8Offset = 0
    for (scalarOffset, scalar) in text.unicodeScalars.enumerated() {
      #expect(map.scalarOffset(UInt32(utf8Offset)) == scalarOffset)
      #expect(map.utf8Offset(scalarOffset) == utf8Offset)
      utf8Offset += String(scalar).utf8.count
    }
    #expect(map.scalarOffset(UInt32(utf8Offset)) == text.unicodeScalars.count)
  }
}
