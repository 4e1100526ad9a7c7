import DossierCore

/// Made-up articles for the story and derivation tests, and helpers that
/// prepare them as the pipeline would.
enum InventedArticles {
  /// A segmented document, with its tokens.
  static func document(_ text: String, id: String = "d1", date: String? = nil, source: String? = nil) -> Document {
    let published = date.flatMap { CalendarDate(iso: $0) }.map { PublishedDate(date: $0, basis: .header) }
    var document = Document(
      id: id, origin: id, metadata: DocumentMetadata(source: source, published: published ?? .unknown), text: text)
    for stage in Analyzer.segmentationStages { stage.process(&document) }
    return document
  }

  /// Documents as the corpus stages receive them from the standard
  /// pipeline: with content profiles, without tokens.
  static func corpus(_ articles: [(text: String, date: String?)]) -> Corpus {
    var corpus = segmentedCorpus(articles)
    for index in corpus.documents.indices {
      ContentProfiler().process(&corpus.documents[index])
      corpus.documents[index].tokens = []
    }
    return corpus
  }

  /// Documents with their tokens and no content profiles.
  static func segmentedCorpus(_ articles: [(text: String, date: String?)]) -> Corpus {
    Corpus(
      documents: articles.enumerated().map { index, article in
        document(article.text, id: "d\(index + 1)", date: article.date)
      })
  }

  // A flood in Marrowfield: an original, its wire copy and a spun rewrite.
  static let floodOriginal = """
    MARROWFIELD — The river Osk burst its banks on Tuesday night and flooded the lower town of Marrowfield, \
    forcing about 900 residents to leave their homes, the county emergency office said.

    Mayor Ilse Brandauer said the water rose faster than any forecast had predicted and reached the market \
    square shortly after midnight.

    “We had sandbags for one metre and the river brought two,” Brandauer told reporters outside the town hall.

    Firefighters from four neighbouring districts pumped water from the basement of the Marrowfield hospital, \
    which moved twenty patients to a clinic in Weltenau as a precaution.

    The emergency office said the old stone bridge on Kessler Street was closed after engineers found cracks \
    in one of its piers.

    Forecasters expect more rain in the Osk valley on Thursday, and the county has asked farmers upstream to \
    open their retention ponds.
    """

  static let floodCopy = """
    The river Osk burst its banks on Tuesday night and flooded the lower town of Marrowfield, forcing about \
    900 residents to leave their homes, the county emergency office said.

    Mayor Ilse Brandauer said the water rose faster than any forecast had predicted and reached the market \
    square shortly after midnight.

    “We had sandbags for one metre and the river brought two,” Brandauer told reporters outside the town hall.

    Firefighters from four neighbouring districts pumped water from the basement of the Marrowfield hospital, \
    which moved twenty patients to a clinic in Weltenau as a precaution.

    Forecasters expect more rain in the Osk valley on Thursday, and the county has asked farmers upstream to \
    open their retention ponds. (Valley Wire)
    """

  static let floodRewrite = """
    About 900 people in Marrowfield had to abandon their houses after the river Osk overflowed its banks on \
    Tuesday night and inundated the lower town, according to the emergency office of the county.

    The water climbed more quickly than any forecast had predicted and got to the market square soon after \
    midnight, said Mayor Ilse Brandauer.

    “We had sandbags for one metre and the river brought two,” Brandauer said to journalists in front of \
    the town hall.

    As a precaution, the Marrowfield hospital transferred twenty patients to a clinic in Weltenau, while \
    firefighters from four nearby districts pumped water out of its basement.

    Engineers discovered cracks in a pier of the old stone bridge on Kessler Street, which the emergency \
    office said was shut.

    The county has urged upstream farmers to open their retention ponds, with forecasters predicting \
    further rain in the Osk valley on Thursday.
    """

  /// The same flood, reported independently.
  static let floodOwnReport = """
    Volunteers in Marrowfield spent Wednesday shovelling mud out of shops on the market square after the \
    Osk flood, and many said they had never seen the river so high.

    Greta Fallon, who runs a bakery near the square, said her ovens were ruined. “Forty years, and the \
    water never came past the door,” she said.

    Mayor Ilse Brandauer promised an emergency fund for small businesses and said the county would review \
    its flood defences once the water had gone down.

    The Marrowfield hospital said the twenty patients taken to Weltenau would return by the weekend.
    """

  // A flood the same week in another town, on purpose alike.
  static let otherFloodFirst = """
    TIRNAVA — Heavy rain sent the river Dul over its banks on Wednesday, flooding the eastern quarter of \
    Tirnava and cutting the railway line to Beskow, regional officials said.

    About 400 residents were taken to a sports hall, where the Red Cross set up beds and a field kitchen.

    Regional governor Pavol Hrinak said the army had sent two helicopters to search for people trapped on \
    farms along the Dul.

    “The water came down the valley like a wall,” said Hrinak, who visited the sports hall in the evening.

    Rail operator Severka said trains between Tirnava and Beskow would not run before Saturday.
    """

  static let otherFloodSecond = """
    Helicopters sent by the army rescued eleven people from farm roofs along the river Dul on Thursday, a day \
    after the flood in Tirnava, governor Pavol Hrinak said.

    The Red Cross said about 400 people were still sleeping in the Tirnava sports hall, and it asked for \
    blankets and dry food.

    Severka, the rail operator, said engineers had found the embankment near Beskow washed away over \
    thirty metres and that repairs would take at least a week.

    Hrinak said the regional government would pay for temporary housing for families whose homes in the \
    eastern quarter could not be dried out before winter.
    """

  static let otherFloodThird = """
    Tirnava began counting the cost of the Dul flood on Friday as the water fell back from the eastern \
    quarter and residents returned to inspect their homes.

    Governor Pavol Hrinak estimated the damage at several million and said he would ask the national \
    government for help from its disaster fund.

    The Red Cross closed its field kitchen at the Tirnava sports hall, where fewer than a hundred people \
    remained, and Severka said a replacement bus service to Beskow would start on Monday.
    """
}
