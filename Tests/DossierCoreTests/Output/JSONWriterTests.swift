import DossierCore
import Testing

struct JSONWriterTests {
  @Test func escapesStringsAndRoundTrips() throws {
    var writer = JSONWriter(pretty: false)
    writer.beginObject()
    writer.field("text", "quote \" back\\slash\nnew\ttab \u{01} “curly” é")
    writer.field("none", nil)
    writer.key("n")
    writer.double(0.123456)
    writer.endObject()
    let text = String(decoding: writer.bytes, as: UTF8.self)
    #expect(text == #"{"text": "quote \" back\\slash\nnew\ttab \u0001 “curly” é", "none": null, "n": 0.1235}"#)
    let parsed = try JSONParser.parse(text)
    #expect(parsed["text"]?.stringValue == "quote \" back\\slash\nnew\ttab \u{01} “curly” é")
  }

  @Test func prettyPrintsWithInlineSpans() {
    var writer = JSONWriter()
    writer.beginObject()
    writer.key("spans")
    writer.beginArray()
    writer.beginObject(inline: true)
    writer.field("start", 1)
    writer.field("end", 2)
    writer.endObject()
    writer.endArray()
    writer.emptyArray("none")
    writer.endObject()
    let text = String(decoding: writer.bytes, as: UTF8.self)
    #expect(text == "{\n  \"spans\": [\n    {\"start\": 1, \"end\": 2}\n  ],\n  \"none\": []\n}")
  }
}
