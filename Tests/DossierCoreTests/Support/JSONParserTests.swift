import DossierCore
import Testing

struct JSONParserTests {
  @Test func parsesValues() throws {
    let value = try JSONParser.parse(#" {"a": [1, -2.5e2, true, false, null], "b": {"c": "d"}, "e": ""} "#)
    #expect(value["a"] == .array([.number(1), .number(-250), .bool(true), .bool(false), .null]))
    #expect(value["b"]?["c"]?.stringValue == "d")
    #expect(value["e"]?.stringValue == "")
  }

  @Test(arguments: [
    "{", "{\"a\" 1}", "[1,]", "tru", "\"unterminated", "{\"a\": 1} x", "01x", "\"bad \\q escape\"", "-",
  ])
  func rejectsMalformedJSON(_ text: String) {
    #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(text) }
  }
}
