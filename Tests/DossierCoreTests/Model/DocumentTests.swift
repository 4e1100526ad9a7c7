import Testing

@testable import DossierCore

struct DocumentTests {
  /// Layers with room to spare are copied to their own size, elements and
  /// order kept; a layer that is nearly full is left as it is.
  @Test(arguments: [0, 3, 40, 1000])
  func releasingSpareCapacityKeepsEveryElement(count: Int) {
    var document = Document(id: "d1", origin: "test", metadata: DocumentMetadata(), text: "text")
    var sentences: [TextRange] = []
    sentences.reserveCapacity(4 * count + 64)
    for index in 0..<count { sentences.append(TextRange(start: UInt32(index), end: UInt32(index + 1))) }
    let expected = sentences
    document.sentences = sentences
    document.releaseSpareCapacity()
    #expect(document.sentences == expected)
    #expect(document.sentences.capacity - document.sentences.count <= max(4, count / 4))
  }

  @Test func aFullLayerIsNotCopied() {
    var timexes = [Int](0..<100)
    timexes.reserveCapacity(110)
    let before = timexes.capacity
    Document.shrink(&timexes)
    #expect(timexes.capacity == before)
    #expect(timexes == Array(0..<100))
  }
}
