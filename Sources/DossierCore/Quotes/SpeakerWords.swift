/// Word lists the quote stage uses to find where a speaker's noun phrase
/// starts and ends, as data.
enum SpeakerWords {
  /// Pronouns that can name a speaker.
  static let pronouns = """
    he she they we i you it who
    """

  /// First and second person words: a reported clause with these is the
  /// speaker's own words (an unmarked quote), not the reporter's.
  static let firstPerson = """
    i me my mine myself we us our ours ourselves you your yours yourself i'm i've i'll i'd we're we've we'll \
    i’m i’ve i’ll i’d we’re we’ve we’ll you're you’re let's let’s
    """

  /// Words that open or fill a noun phrase before its head.
  static let determiners = """
    the a an his her their its our my your this that these those another other some many several one two three \
    four five both all each any most few no such own
    """

  /// Lower-case heads and modifiers of speaker descriptions: `a senior
  /// official`, `the Kremlin spokesman`, `sources close to the talks`.
  static let speakerNouns = """
    spokesman spokeswoman spokesperson spokespeople spokesmen official officials source sources leader leaders \
    minister ministers president secretary aide aides adviser advisers advisor advisors statement statements \
    report reports police prosecutor prosecutors lawyer lawyers attorney attorneys critic critics expert experts \
    analyst analysts diplomat diplomats officer officers agency ministry government company firm group campaign \
    office department committee newspaper paper chief director head member members representative \
    representatives lawmaker lawmakers senator senators governor mayor judge court candidate nominee voters \
    residents witness witnesses investigators authorities administration people person man woman men women \
    researchers scientists economists observers supporters opponents officials activists organisers organizers \
    executive executives founder chairman chairwoman ambassador envoy commander general narrator author \
    authors study survey poll release document documents letter memo filing complaint lawsuit website editor \
    editorial board team council union embassy kremlin military army navy spokespersons staff manager owner \
    former senior top chief deputy then-prime prime foreign defence defense interior finance british russian \
    american ukrainian french german chinese us uk eu official’s reporters journalists audience crowd viewers percent \
    some others most both ruling decision verdict indictment petition announcement notice
    """

  /// Words after which a subject cannot continue to the left: clause openers
  /// and conjunctions.
  static let clauseBoundaries = """
    that and but or because while although though since when where if as so than whether which who whom whose what \
    after before until unless once nor yet then however also
    """

  /// Capitalised words that open a sentence without starting a name.
  static let capitalisedFunctionWords = """
    but and or so yet however meanwhile also still instead now then later earlier separately additionally \
    furthermore moreover indeed asked when while if although though because since after before during for from \
    with without under as in on at by to of into about over despite amid among following speaking according \
    there here what why how where which this that these those it its last next yesterday today tonight having given \
    let's let’s
    on monday tuesday wednesday thursday friday saturday sunday
    """

  /// Nouns before a quotation that make it a title, not speech:
  /// `the documentary “…”`.
  static let titleNouns = """
    documentary film movie book novel series show programme program song album headline article column \
    operation campaign slogan play report paper essay podcast episode magazine titled entitled called dubbed \
    named nicknamed term phrase word words label
    """

  /// Words before a colon that label a paragraph rather than name a
  /// speaker: `Update:`, `Editor's note:`.
  static let labels = """
    update updated note correction source sources photo photos video watch read related click listen \
    advertisement q a breaking opinion analysis editorial warning caption credit image images link links \
    subscribe sign share follow more also see contact email tags tag topics author disclaimer transcript \
    washington london moscow kyiv paris berlin beijing
    """
}
