/// The reporting verbs and phrases that introduce reported speech, as data.
///
/// Each verb row lists its forms (base, third person, past, past participle,
/// present participle) and, after `|`, its behaviour:
/// - `s` speech: reports words, so `…, X said.` and `X said …` are both cues;
/// - `i` may stand after the words it reports, inverted: `…, said Peskov.`;
/// - `o` takes the addressee as an object before the words: `told reporters`;
/// - `n` takes what is reported as a noun phrase: `denied the claim`;
/// - `b` a belief or intention: a cue only before a clause (`thinks that …`).
enum CueLexicon {
  static let verbs = """
    say says said said saying | s i
    tell tells told told telling | s o
    add adds added added adding | s i
    state states stated stated stating | s i
    claim claims claimed claimed claiming | s i n
    argue argues argued argued arguing | s i
    warn warns warned warned warning | s i o
    insist insists insisted insisted insisting | s i
    deny denies denied denied denying | s n
    recall recalls recalled recalled recalling | s i n
    explain explains explained explained explaining | s i
    note notes noted noted noting | s i
    write writes wrote written writing | s i
    tweet tweets tweeted tweeted tweeting | s i
    post posts posted posted posting | s
    respond responds responded responded responding | s i
    reply replies replied replied replying | s i
    announce announces announced announced announcing | s i n
    declare declares declared declared declaring | s i
    suggest suggests suggested suggested suggesting | s i
    report reports reported reported reporting | s i
    acknowledge acknowledges acknowledged acknowledged acknowledging | s i n
    admit admits admitted admitted admitting | s i n
    stress stresses stressed stressed stressing | s i n
    emphasise emphasises emphasised emphasised emphasising | s i n
    emphasize emphasizes emphasized emphasized emphasizing | s i n
    assert asserts asserted asserted asserting | s i
    allege alleges alleged alleged alleging | s i
    contend contends contended contended contending | s i
    maintain maintains maintained maintained maintaining | s i
    confirm confirms confirmed confirmed confirming | s i n
    reveal reveals revealed revealed revealing | s i n
    predict predicts predicted predicted predicting | s i n
    promise promises promised promised promising | s i o n
    vow vows vowed vowed vowing | s i
    pledge pledges pledged pledged pledging | s i n
    ask asks asked asked asking | s i o
    urge urges urged urged urging | s i o
    accuse accuses accused accused accusing | s n
    complain complains complained complained complaining | s i
    concede concedes conceded conceded conceding | s i
    continue continues continued continued continuing | i
    conclude concludes concluded concluded concluding | s i
    observe observes observed observed observing | s i
    remark remarks remarked remarked remarking | s i
    comment comments commented commented commenting | s i
    repeat repeats repeated repeated repeating | s i n
    reiterate reiterates reiterated reiterated reiterating | s i n
    agree agrees agreed agreed agreeing | s i
    counter counters countered countered countering | s i
    retort retorts retorted retorted retorting | s i
    quip quips quipped quipped quipping | s i
    joke jokes joked joked joking | s i
    boast boasts boasted boasted boasting | s i
    testify testifies testified testified testifying | s i
    caution cautions cautioned cautioned cautioning | s i o
    inform informs informed informed informing | s o
    assure assures assured assured assuring | s o
    remind reminds reminded reminded reminding | s o
    advise advises advised advised advising | s o
    demand demands demanded demanded demanding | s i n
    charge charges charged charged charging | s i
    estimate estimates estimated estimated estimating | s i
    mention mentions mentioned mentioned mentioning | s n
    cite cites cited cited citing | s n
    describe describes described described describing | s n
    criticise criticises criticised criticised criticising | s n
    criticize criticizes criticized criticized criticizing | s n
    praise praises praised praised praising | s n
    blame blames blamed blamed blaming | s n
    dismiss dismisses dismissed dismissed dismissing | s n
    reject rejects rejected rejected rejecting | s n
    dispute disputes disputed disputed disputing | s n
    question questions questioned questioned questioning | s n
    propose proposes proposed proposed proposing | s n
    indicate indicates indicated indicated indicating | s
    signal signals signaled signaled signaling | s
    hint hints hinted hinted hinting | s
    exclaim exclaims exclaimed exclaimed exclaiming | s i
    shout shouts shouted shouted shouting | s i
    whisper whispers whispered whispered whispering | s i
    scream screams screamed screamed screaming | s i
    yell yells yelled yelled yelling | s i
    chant chants chanted chanted chanting | s i
    interject interjects interjected interjected interjecting | s i
    elaborate elaborates elaborated elaborated elaborating | s i
    mutter mutters muttered muttered muttering | s i
    murmur murmurs murmured murmured murmuring | s i
    lament laments lamented lamented lamenting | s i
    plead pleads pleaded pleaded pleading | s i
    scoff scoffs scoffed scoffed scoffing | s i
    muse muses mused mused musing | s i
    recount recounts recounted recounted recounting | s i
    concur concurs concurred concurred concurring | s i
    speculate speculates speculated speculated speculating | s i
    proclaim proclaims proclaimed proclaimed proclaiming | s i
    announce announces announced announced announcing | s i n
    call calls called called calling | s n
    endorse endorses endorsed endorsed endorsing | s n
    support supports supported supported supporting | s n
    oppose opposes opposed opposed opposing | s n
    defend defends defended defended defending | s n
    attack attacks attacked attacked attacking | s n
    blast blasts blasted blasted blasting | s n
    slam slams slammed slammed slamming | s n
    condemn condemns condemned condemned condemning | s n
    welcome welcomes welcomed welcomed welcoming | s n
    thank thanks thanked thanked thanking | s n
    offer offers offered offered offering | s n
    seek seeks sought sought seeking | s n
    refuse refuses refused refused refusing | s n
    decline declines declined declined declining | s n
    recommend recommends recommended recommended recommending | s n
    advocate advocates advocated advocated advocating | s n
    outline outlines outlined outlined outlining | s n
    unveil unveils unveiled unveiled unveiling | s n
    highlight highlights highlighted highlighted highlighting | s n
    echo echoes echoed echoed echoing | s n
    detail details detailed detailed detailing | s n
    characterize characterizes characterized characterized characterizing | s n
    characterise characterises characterised characterised characterising | s n
    label labels labeled labeled labeling | s n
    brand brands branded branded branding | s n
    dub dubs dubbed dubbed dubbing | s n
    rule rules ruled ruled ruling | s
    vote votes voted voted voting | s n
    acknowledge acknowledges acknowledged acknowledged acknowledging | s n
    want wants wanted wanted wanting | b
    plan plans planned planned planning | b
    intend intends intended intended intending | b
    see sees saw seen seeing | b
    view views viewed viewed viewing | b
    consider considers considered considered considering | b
    doubt doubts doubted doubted doubting | b
    suspect suspects suspected suspected suspecting | b
    assume assumes assumed assumed assuming | b
    understand understands understood understood understanding | b
    realize realizes realized realized realizing | b
    realise realises realised realised realising | b
    recognize recognizes recognized recognized recognizing | b
    learn learns learned learned learning | b
    mean means meant meant meaning | b
    imply implies implied implied implying | s
    point points pointed pointed pointing | s
    seem seems seemed seemed seeming | b
    appear appears appeared appeared appearing | b
    refer refers referred referred referring | s n
    express expresses expressed expressed expressing | s n
    order orders ordered ordered ordering | s n
    think thinks thought thought thinking | b
    believe believes believed believed believing | b
    hope hopes hoped hoped hoping | b
    fear fears feared feared fearing | b
    expect expects expected expected expecting | b
    feel feels felt felt feeling | b
    know knows knew known knowing | b
    worry worries worried worried worrying | b
    find finds found found finding | b
    show shows showed shown showing | b
    """

  /// Words between a subject and its cue that do not end the subject:
  /// auxiliaries, negation and adverbs (`has also said`, `later told`).
  static let auxiliaries = """
    has have had is are was were be been being will would shall should can could may might must do does did \
    also later then previously repeatedly recently once again earlier further still first yesterday today \
    reportedly publicly privately separately initially subsequently frequently often never not always now \
    just only even already simply flatly firmly quickly immediately openly clearly explicitly strongly \
    angrily calmly bluntly didn't doesn't don't won't wouldn't hasn't haven't hadn't can't couldn't isn't wasn't \
    himself herself themselves itself
    """

  /// Cue forms that are as often nouns: after `a phone` or `the press` they
  /// are not cues.
  static let nounLikeForms = """
    call calls report reports comment comments remark remarks claim claims note notes question questions state \
    states show shows attack attacks support offer offers rule rules vote votes plan plans view views point points \
    release releases statement post posts tweet tweets reply replies response responses fear fears hope hopes
    """

  /// Cue forms that are more often nouns or other verbs (`Wisconsin state
  /// Rep.`, `the Paris attacks`, `it means`): cues only before `that`, a
  /// comma, colon or quotation mark, or after a pronoun.
  static let weakForms = """
    state states attack attacks vote votes rule rules report offer offers mean means support supports
    """

  /// Words that open a prepositional or time phrase after a cue (`said on
  /// Monday`, `said of the plan`).
  static let prepositions = """
    on in at during after before from with via last this earlier later yesterday today tonight late early of \
    about over through monday tuesday wednesday thursday friday saturday sunday for by without upon against
    """

  /// Words that open a subordinate clause: `said when …` reports nothing
  /// unless a `that` follows.
  static let subordinators = """
    when while because if since although though until as unless whether
    """

  /// Phrases that follow a cue and belong to it: `said in a statement`.
  static let cueTails = """
    in a statement
    in an interview
    in a tweet
    in a post
    in a letter
    in a speech
    on twitter
    """
}
