/// One token of a document: a word, number, punctuation mark, quotation
/// mark, URL, handle or hashtag, with its byte range.
///
/// Eight bytes: documents hold about one token per five bytes of text, so
/// the token layer is the largest thing in memory after the text itself.
/// A token is at most ``maximumLength`` bytes; the tokenizer cuts longer runs.
public struct Token: Hashable, Sendable {
  private var start: UInt32
  private var length: UInt16
  public var kind: Kind
  public var flags: Flags

  /// The longest range one token can cover.
  public static let maximumLength = Int(UInt16.max)

  public init(range: TextRange, kind: Kind, flags: Flags = []) {
    precondition(range.length <= Token.maximumLength, "a token is at most \(Token.maximumLength) bytes")
    self.start = range.start
    self.length = UInt16(range.length)
    self.kind = kind
    self.flags = flags
  }

  /// For the tokenizer's hot loop, which guarantees the bounds.
  @inline(__always)
  init(uncheckedStart start: UInt32, length: UInt16, kind: Kind, flags: Flags) {
    self.start = start
    self.length = length
    self.kind = kind
    self.flags = flags
  }

  public var range: TextRange {
    get { TextRange(start: start, end: start + UInt32(length)) }
    set {
      precondition(newValue.length <= Token.maximumLength, "a token is at most \(Token.maximumLength) bytes")
      start = newValue.start
      length = UInt16(newValue.length)
    }
  }

  /// What a token is.
  public enum Kind: UInt8, Hashable, Sendable {
    /// Letters, with inner apostrophes and hyphens (`don’t`, `then-prime`),
    /// or an abbreviation with its full stop (`Mr.`, `U.S.`).
    case word
    /// Digits with inner separators and a unit suffix (`3.5`, `1,000`, `1990s`).
    case number
    /// Any other mark: `.`, `,`, `…`, `—`, `(`, `%`.
    case punctuation
    /// A quotation mark that opens a quote.
    case openingQuote
    /// A quotation mark that closes a quote.
    case closingQuote
    /// A quotation mark whose direction the context does not tell.
    case quote
    case url
    /// `@name`.
    case handle
    /// `#tag`.
    case hashtag
    /// Emoji and other symbols.
    case symbol
  }

  /// Facts about a token's spelling, computed once by the tokenizer.
  public struct Flags: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Starts with an uppercase letter.
    public static let capitalized = Flags(rawValue: 1 << 0)
    /// Has letters and all of them are uppercase (`NATO`).
    public static let allCaps = Flags(rawValue: 1 << 1)
    /// A word that ends with an abbreviation's full stop (`Mr.`, `U.S.`, `J.`).
    public static let abbreviation = Flags(rawValue: 1 << 2)
    /// A quotation mark made of single marks (`‘`, `’`, `'`).
    public static let singleQuote = Flags(rawValue: 1 << 3)
    /// Preceded by whitespace or the start of the text.
    public static let spaceBefore = Flags(rawValue: 1 << 4)
    /// The first token of a line.
    public static let lineStart = Flags(rawValue: 1 << 5)
  }

  public var isQuotationMark: Bool {
    kind == .openingQuote || kind == .closingQuote || kind == .quote
  }
}
