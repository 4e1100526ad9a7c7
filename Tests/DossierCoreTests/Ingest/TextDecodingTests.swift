import DossierCore
import Testing

struct TextDecodingTests {
  @Test func readsUTF8WithAndWithoutBOM() throws {
    let plain = Array("Café “ok”".utf8)
    let (a, encodingA) = try TextDecoding.decode(plain).get()
    let (b, encodingB) = try TextDecoding.decode([0xEF, 0xBB, 0xBF] + plain).get()
    #expect(a == "Café “ok”" && b == "Café “ok”")
    #expect(encodingA == .utf8 && encodingB == .utf8)
  }

  @Test func fallsBackToWindows1252() throws {
    // “Caf\xe9” with Windows-1252 curly quotes and an en dash.
    let bytes: [UInt8] = [0x93, 0x43, 0x61, 0x66, 0xE9, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35]
    let (text, encoding) = try TextDecoding.decode(bytes).get()
    #expect(text == "“Café” – €5")
    #expect(encoding == .windows1252)
  }

  @Test func readsUTF16WithBOM() throws {
    let bytes: [UInt8] = [0xFF, 0xFE, 0x48, 0x00, 0x69, 0x00]
    let (text, encoding) = try TextDecoding.decode(bytes).get()
    #expect(text == "Hi" && encoding == .utf16LittleEndian)
  }

  @Test(arguments: [
    ([UInt8](), TextDecoding.Failure.empty),
    (Array(" \n\t\r\n".utf8), .empty),
    ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00], .binary),
    ([0x01, 0x02, 0x03, 0x04, 0x41], .binary),
  ])
  func refusesEmptyAndBinary(_ bytes: [UInt8], _ failure: TextDecoding.Failure) {
    #expect(throws: failure) { try TextDecoding.decode(bytes).get() }
  }
}
