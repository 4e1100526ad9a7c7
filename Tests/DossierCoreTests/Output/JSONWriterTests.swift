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

  /// Elements written by continuation writers and appended give the bytes
  /// of writing them all in one writer.
  @Test(arguments: [true, false], [0, 1, 3])
  func continuationsWriteWhatOneWriterWould(pretty: Bool, elements: Int) {
    func element(_ index: Int, into writer: inout JSONWriter) {
      writer.beginObject()
      writer.field("id", "x\(index)")
      writer.key("spans")
      writer.beginArray()
      for start in 0..<index {
        writer.beginObject(inline: true)
        writer.field("start", start)
        writer.endObject()
      }
      writer.endArray()
      writer.endObject()
    }
    var whole = JSONWriter(pretty: pretty)
    whole.beginObject()
    whole.key("items")
    whole.beginArray()
    for index in 0..<elements { element(index, into: &whole) }
    whole.endArray()
    whole.emptyArray("after")
    whole.endObject()

    var main = JSONWriter(pretty: pretty)
    main.beginObject()
    main.key("items")
    main.beginArray()
    var bytes = main.take()
    for index in 0..<elements {
      var part = main.continuation(first: index == 0)
      element(index, into: &part)
      bytes += part.take()
    }
    if elements > 0 { main.noteElementsWritten() }
    main.endArray()
    main.emptyArray("after")
    main.endObject()
    bytes += main.take()
    #expect(String(decoding: bytes, as: UTF8.self) == String(decoding: whole.bytes, as: UTF8.self))
  }

  /// A span written in one piece is what an inline object of three fields
  /// gives, in arrays on one line or not, and for ids that need escaping.
  @Test(arguments: ["d7", "d\"q", ""], [true, false])
  func spanIsAnInlineObjectOfThreeFields(id: String, pretty: Bool) {
    func spans(_ write: (inout JSONWriter, Int) -> Void) -> String {
      var writer = JSONWriter(pretty: pretty)
      writer.beginObject()
      writer.key("mentions")
      writer.beginArray()
      for index in 0..<3 { write(&writer, index) }
      writer.endArray()
      writer.key("inline")
      writer.beginArray(inline: true)
      write(&writer, 12_345)
      writer.endArray()
      writer.endObject()
      return String(decoding: writer.bytes, as: UTF8.self)
    }
    let fused = spans { writer, index in writer.span(document: id, start: index, end: -index * 1000) }
    let plain = spans { writer, index in
      writer.beginObject(inline: true)
      writer.field("doc", id)
      writer.field("start", index)
      writer.field("end", -index * 1000)
      writer.endObject()
    }
    #expect(fused == plain)
    #expect(fused.contains(#"{"doc": "#))
  }

  /// Numbers are written as Swift prints the value rounded to four decimals,
  /// whichever path writes them.
  @Test(arguments: [0.5, 0.85, 0.123456, -0.25, 0.0001, 0.00004, 0.99996, 1.5, 12.3456, 3, -7.00001, 1e-7, 2.5e15])
  func doublesAreRoundedToFourDecimals(value: Double) {
    var writer = JSONWriter(pretty: false)
    writer.double(value)
    let rounded = (value * 10_000).rounded() / 10_000
    let expected = rounded == rounded.rounded() && abs(rounded) < 1e15 ? String(Int(rounded)) : String(rounded)
    #expect(String(decoding: writer.bytes, as: UTF8.self) == expected)
  }

  /// A buffer that grows many times keeps every byte written before.
  @Test func growingKeepsWhatWasWritten() {
    var writer = JSONWriter(pretty: false)
    writer.beginArray()
    for index in 0..<20_000 { writer.int(index) }
    writer.endArray()
    let expected = "[" + (0..<20_000).map(String.init).joined(separator: ", ") + "]"
    #expect(String(decoding: writer.bytes, as: UTF8.self) == expected)
  }

  /// Short pieces are copied as words of different widths: every length,
  /// between escapes and at the start of a fresh buffer, comes out whole.
  @Test(arguments: Array(0...40))
  func copiesPiecesOfEveryLength(length: Int) throws {
    let word = String((0..<length).map { Character(UnicodeScalar(UInt8(97 + $0 % 26))) })
    var writer = JSONWriter(pretty: true)
    writer.beginObject()
    writer.field("plain", word)
    writer.field("between", "\"" + word + "\n" + word)
    writer.key("inner")
    writer.beginArray()
    writer.beginArray()
    writer.string(word)
    writer.endArray()
    writer.endArray()
    writer.endObject()
    let text = String(decoding: writer.bytes, as: UTF8.self)
    let parsed = try JSONParser.parse(text)
    #expect(parsed["plain"]?.stringValue == word)
    #expect(parsed["between"]?.stringValue == "\"" + word + "\n" + word)
    #expect(text.contains("\n      \"\(word)\"\n    ]"))
  }
}
