/// What is known about an article apart from its text.
public struct DocumentMetadata: Hashable, Sendable {
  public var title: String?
  public var source: String?
  public var url: String?
  public var published: PublishedDate

  public init(
    title: String? = nil, source: String? = nil, url: String? = nil,
    published: PublishedDate = .unknown
  ) {
    self.title = title
    self.source = source
    self.url = url
    self.published = published
  }
}

/// A publication date and where it came from.
public struct PublishedDate: Hashable, Sendable {
  /// Where a publication date came from, as the JSON contract names it.
  public enum Basis: String, Hashable, Sendable, CaseIterable {
    /// A metadata header line of a text file.
    case header
    /// HTML or JSON metadata.
    case metadata
    /// Inferred from the article's own text.
    case text
    /// Inferred from the other articles of its story.
    case story
    /// Not known.
    case none
  }

  public var date: CalendarDate?
  public var basis: Basis

  public init(date: CalendarDate?, basis: Basis) {
    self.date = date
    self.basis = date == nil ? .none : basis
  }

  public static let unknown = PublishedDate(date: nil, basis: .none)
}
