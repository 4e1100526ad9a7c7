// swift-format-ignore-file
/// The closed word lists of the entity stage, as data. Entries are separated
/// by commas; a phrase is written with spaces and may wrap onto the next
/// line. Case and a trailing full stop do not matter (`Mr.` is `mr`).
enum EntityWordLists {
  static let functionWords = """
    the, a, an, and, or, but, so, yet, nor, in, on, at, as, after, before, when, while, if, although,
    though, since, because, however, meanwhile, still, then, now, his, her, its, their, our, my, your,
    some, many, most, several, one, two, three, four, five, other, others, another, what, why, how, who,
    whom, whose, where, which, no, not, also, even, for, from, by, with, under, over, during, despite,
    instead, earlier, later, last, next, each, every, all, both, such, here, there, this, that, these,
    those, it, they, we, i, you, he, she, him, them, us, me, according, asked, speaking, following,
    among, to, of, into, onto, about, against, between, through, without, within, upon, than, like,
    unlike, until, unless, whether, either, neither, once, again, only, just, perhaps, maybe, indeed,
    thus, hence, therefore, moreover, furthermore, additionally, besides, overall, today, yesterday,
    tomorrow, tonight, recently, finally, currently, initially, eventually, ultimately, yes, oh, well,
    please, thanks, given, based, amid, throughout, towards, toward, beyond, above, below, near,
    outside, inside, across, along, around, behind, beside, except, via, per, do, does, did, is, are,
    was, were, be, been, being, have, has, had, will, would, can, could, should, may, might, must,
    shall, let, more, less, much, any, none, nothing, everything, something, anyone, everyone,
    someone, nobody, everybody, somebody, hers, theirs, ours, yours, mine, himself, herself, itself,
    themselves, ourselves, myself, yourself, whatever, whoever, wherever, whenever, too, very, really,
    already, always, never, often, sometimes, soon, yet, later, ago, away, back, up, down, out, off,
    first, second, third, former, latter, more, further, similarly, likewise, otherwise,
    nevertheless, nonetheless, regardless, plus, minus, including, excluding, regarding, concerning,
    vs, v
    """

  static let determiners = """
    the, a, an, this, these, those, his, her, their, its, our, my, your, one, another, two,
    three, several, some, many, other, both, each, every, any, no, another, such
    """

  static let maleHonorifics = """
    mr, messrs, sir, lord, king, prince, duke, earl, baron, emperor, sultan, sheikh, pope, father,
    brother, monsieur, herr, senor, signor, count
    """

  static let femaleHonorifics = """
    mrs, ms, miss, mme, mlle, madame, dame, lady, queen, princess, duchess, countess, baroness,
    empress, sister, mother, frau, senora, signora
    """

  /// Titles that stand before a name and also name a role.
  static let neutralHonorifics = """
    dr, prof, professor, mx, gen, general, sen, senator, rep, representative, gov, governor, col,
    colonel, capt, captain, lt, lieutenant, maj, major, sgt, sergeant, adm, admiral, cmdr,
    commander, cdr, brig, rev, reverend, hon, pres, president, vice president, vice-president,
    chancellor, premier, prime minister, minister, secretary, judge, justice, mayor, ambassador,
    amb, chairman, chairwoman, chief, director, inspector, insp, det, detective, supt,
    superintendent, officer, cpl, corporal, pvt, private, coach, rabbi, imam, bishop, archbishop,
    cardinal, ayatollah, marshal, field marshal, commissioner, speaker, deputy, agent, sheriff,
    constable, chief executive, ceo, attorney general, secretary of state, foreign minister,
    foreign secretary, home secretary, defence secretary, defense secretary, defence minister,
    defense minister, health secretary, health minister, finance minister, interior minister,
    chief of staff, press secretary, state secretary, first minister, first lady, crown prince,
    supreme leader, congressman, congresswoman, councillor, councilman, councilwoman, alderman,
    president-elect, emir, tsar, czar, shah, chairperson, spokesman, spokeswoman, spokesperson
    """

  /// Singular heads of role phrases: what a person is called by role.
  static let roleHeads = """
    spokesman, spokeswoman, spokesperson, minister, secretary, official, director, chief, head,
    ambassador, envoy, diplomat, senator, congressman, congresswoman, lawmaker, legislator,
    representative, governor, mayor, general, commander, admiral, colonel, captain, lieutenant,
    sergeant, officer, chairman, chairwoman, chair, chairperson, ceo, executive, founder, co-founder,
    analyst, expert, economist, source, aide, adviser, advisor, candidate, nominee, counterpart,
    negotiator, lawyer, attorney, judge, justice, prosecutor, professor, researcher, scientist,
    doctor, author, journalist, reporter, correspondent, editor, columnist, pollster, strategist,
    activist, campaigner, member, deputy, commissioner, inspector, superintendent, sheriff,
    detective, investigator, manager, owner, employee, worker, resident, witness, victim, survivor,
    father, mother, son, daughter, wife, husband, brother, sister, friend, neighbour, neighbor,
    boss, coach, player, spy, agent, general secretary, secretary-general, secretary general,
    attorney general, chief of staff, press secretary, foreign minister, foreign secretary,
    defence secretary, defense secretary, home secretary, state secretary, secretary of state,
    vice president, vice-president, deputy prime minister, first minister, first lady,
    speaker, whistleblower, insider, staffer, operative, strategist, consultant, historian,
    commentator, observer, critic, supporter, opponent, rival, ally, protester, organiser,
    organizer, teacher, student, nurse, officer, soldier, pilot, farmer, driver, councillor,
    councilman, councilwoman, chancellor, user, fan, delegate, regulator, watchdog, inspector,
    bishop, archbishop, cardinal, rabbi, imam, priest, pastor, monarch, premier, mp, mep, peer,
    coroner, magistrate, solicitor, barrister, defendant, plaintiff, suspect, accuser, heir,
    entrepreneur, billionaire, businessman, businesswoman, investor, banker, trader, actor,
    actress, singer, star, athlete, chef, host, presenter, anchor, blogger, influencer, designer,
    architect, engineer, physician, surgeon, psychologist, psychiatrist, epidemiologist, virologist,
    president-elect
    """

  static let pluralRoleHeads = """
    spokesmen, spokeswomen, spokespeople, ministers, officials, directors, chiefs, ambassadors,
    envoys, diplomats, senators, lawmakers, legislators, governors, mayors, generals, commanders,
    officers, executives, analysts, experts, economists, sources, aides, advisers, advisors,
    negotiators, lawyers, attorneys, prosecutors, researchers, scientists, doctors, journalists,
    reporters, activists, campaigners, members, investigators, residents, witnesses, victims,
    survivors, critics, observers, supporters, opponents, protesters, authorities, leaders,
    politicians, insiders, staffers, operatives, strategists, consultants, historians,
    commentators, organisers, organizers, teachers, students, nurses, soldiers, farmers,
    workers, employees, delegates, regulators, police, investors, bankers, traders, academics,
    scholars, militants, rebels, troops, prosecutors, judges, officials, pollsters, voters,
    people, readers, parents, environmentalists, conservationists, americans, democrats,
    republicans, citizens, fans, viewers, listeners, customers, consumers, users, respondents,
    participants, economists, forecasters, doctors, nurses, teachers, families, relatives,
    neighbours, neighbors, friends, colleagues, allies, backers, donors, advocates, groups,
    agencies, companies, firms, banks, governments, countries, nations, states, unions
    """

  /// Heads of government and state: `the leader`, `the Ukrainian leader`
  /// can refer to a holder of any of these.
  static let leaderRoles = """
    leader, president, prime minister, premier, chancellor, king, queen, monarch, ruler, dictator,
    head of state, head of government, incumbent, politician, statesman, strongman, emir, sultan,
    tsar, czar, shah, supreme leader, president-elect, taoiseach
    """

  /// Role heads written differently for one role.
  static let roleSynonyms = """
    spokeswoman=spokesman, spokesperson=spokesman, spokesmen=spokesman, spokeswomen=spokesman,
    spokespeople=spokesman, premier=prime minister, chairwoman=chairman, chair=chairman,
    chairperson=chairman, advisor=adviser, neighbor=neighbour, co-founder=founder,
    secretary-general=secretary general, vice-president=vice president, congresswoman=congressman,
    councilwoman=councillor, councilman=councillor, organizer=organiser, officials=official,
    sources=source, aides=aide, advisers=adviser, advisors=adviser, analysts=analyst,
    experts=expert, ministers=minister, lawmakers=lawmaker, diplomats=diplomat, leaders=leader,
    politicians=politician, officers=officer, critics=critic, residents=resident,
    witnesses=witness, prosecutors=prosecutor, lawyers=lawyer, attorneys=attorney
    """

  static let roleModifiers = """
    former, then, late, current, acting, interim, deputy, vice, chief, senior, junior, top,
    official, longtime, long-time, veteran, outgoing, incoming, new, ex, prime, foreign, defence,
    defense, home, finance, health, interior, justice, trade, economy, economic, education, energy,
    environment, transport, culture, military, presidential, political, government, state, federal,
    national, regional, local, opposition, party, campaign, press, communications, security,
    intelligence, fellow, anonymous, unnamed, retired, own, special, assistant, associate,
    executive, managing, general, principal, permanent, lead, leading, influential, prominent,
    powerful, key, independent, conservative, liberal, progressive, democratic, republican,
    legal, medical, public, private, white, house, staff, deputy, foreign-policy, policy, union,
    police, army, navy, air, force, naval, nuclear, hardline, moderate, far-right, far-left,
    right-wing, left-wing, pro-kremlin, pro-russian, pro-western, separatist, rebel, exiled,
    jailed, detained, imprisoned, embattled, beleaguered, disgraced, controversial, outspoken,
    vocal, fierce, staunch, strong, key, close, personal, chief's, country's, nation's, city's,
    administration, cabinet, ministry, department, agency, company, firm, bank, club, team,
    league, church, university, hospital, school, court, district, county, provincial, municipal,
    then-prime, then-president, then-foreign, then-defence, then-defense, two, three, other,
    british, american, russian, ukrainian, french, german, chinese
    """

  static let reportingVerbs = """
    said, says, say, saying, told, tells, tell, telling, added, adds, stated, states, claimed,
    claims, argued, argues, warned, warns, insisted, insists, denied, denies, recalled, recalls,
    explained, explains, noted, notes, wrote, writes, tweeted, tweets, posted, responded,
    responds, replied, replies, announced, announces, acknowledged, acknowledges, admitted,
    admits, asserted, asserts, confirmed, confirms, suggested, suggests, stressed, stresses,
    emphasised, emphasized, emphasises, emphasizes, underscored, underlined, urged, urges,
    declared, declares, commented, comments, remarked, agreed, agrees, disputed, disputes,
    rejected, rejects, alleged, alleges, maintained, maintains, predicted, predicts, reported,
    reports, believes, believed, thinks, thought, according, revealed, reveals, described,
    describes, accused, accuses, conceded, concedes, contended, contends, countered, counters,
    observed, pointed, continued, concluded, cautioned, complained, complains, questioned,
    asked, asks, answered, informed, informs, assured, promised, vowed, pledged, threatened,
    boasted, joked, quipped, shouted, wrote, testified, estimated, reckons, reckoned, hopes,
    hoped, fears, feared, expects, expected, knows, knew, understood, opined, mused, affirmed,
    reiterated, repeated, clarified, indicated, signalled, signaled, hinted, speculated,
    announced, disclosed, recounted, blamed, praised, criticised, criticized, condemned, welcomed,
    highlighted, mentioned, elaborated, claimed, insisted, retorted, demanded, called, urged
    """

  static let calendarWords = """
    january, february, march, april, may, june, july, august, september, october, november,
    december, jan, feb, mar, apr, jun, jul, aug, sep, sept, oct, nov, dec, monday, tuesday,
    wednesday, thursday, friday, saturday, sunday, mon, tue, tues, wed, thu, thurs, fri, sat, sun,
    christmas, easter, ramadan, eid, hanukkah, diwali, thanksgiving, halloween, new year
    """

  static let malePronouns = "he, him, his, himself"
  static let femalePronouns = "she, her, hers, herself"
  static let pluralPronouns = "they, them, their, theirs, themselves"
  static let firstPersonPronouns = "i, me, my, mine, myself, we, us, our, ours, ourselves"
  static let neuterPronouns = "it, its, itself"
  static let objectPronouns = "him, them, me, us"
  static let reflexivePronouns = "himself, herself, themselves, itself, myself, ourselves"

  /// The last word of an organisation's name.
  static let orgKeywords = """
    ministry, party, union, council, committee, commission, department, agency, bank, corporation,
    corp, inc, ltd, llc, plc, company, co, group, institute, foundation, university, college,
    school, hospital, association, organization, organisation, alliance, league, network, club,
    fund, board, authority, administration, assembly, parliament, congress, senate, court,
    tribunal, office, service, services, police, army, navy, forces, guard, times, post, news,
    journal, herald, tribune, telegraph, guardian, gazette, press, media, television, tv, radio, newswire, wire,
    airlines, airways, motors, systems, technologies, holdings, partners, bureau, directorate,
    secretariat, cabinet, government, commons, lords, duma, rada, knesset, bundestag, church,
    mission, embassy, consulate, coalition, movement, front, brigade, battalion, regiment, command,
    center, centre, society, trust, initiative, programme, forum, federation, exchange, reserve,
    academy, monitor, observer, express, mail, mirror, sun, standard, independent, chronicle,
    review, magazine, channel, broadcasting, broadcaster, studios, pictures, records, labs,
    laboratories, pharmaceuticals, energy, oil, gas, petroleum, group, worldwide, international,
    enterprises, industries, cooperative, federation, confederation, caucus, taskforce,
    task force, watchdog, regulator, council's
    """

  /// Organisation words that take `of` inside the name.
  static let takesOf = """
    ministry, department, bank, university, church, house, office, board, court, council,
    committee, commission, organization, organisation, federation, union, league, association,
    institute, society, college, school, academy, republic, kingdom, united states, secretary,
    chief, head, bureau, gulf, sea, isle, bay, cape, city, state, province, people's republic,
    islamic republic, democratic republic, federal republic, order, house of commons, chamber,
    museum, port, strait, straits, duke, prince, princess, queen, king, archbishop, bishop,
    mayor, governor
    """

  static let nameConnectors = """
    de, da, di, del, della, der, den, van, von, bin, ibn, al, el, la, le, du, dos, das, ter, ten,
    y, bint, abu, of, the, and, &, for, on
    """

  static let placePrepositions = "in, at, near, from, across, outside, inside, throughout, around, towards, toward"

  static let motionVerbs = """
    visited, visit, visits, visiting, travelled, traveled, travel, flew, fly, went, go, arrived,
    returned, return, moved, deployed, headed, fled, invaded, invade, attacked, entered, reached,
    trip, journey, flight, flights, move, sent, sending, send, route
    """

  /// Known organisations by name, single words and phrases.
  static let organizations = """
    kremlin, downing street, white house, pentagon, whitehall, nato, un, u.n, united nations, eu,
    european union, european commission, european parliament, bbc, bbc news, bbc two, cnn, cia,
    fbi, nsa, kgb, fsb, gru, svr, mi5, mi6, gchq, imf, who, wto, opec, osce, iaea, icc, interpol,
    europol, reuters, ap, afp, associated press, agence france-presse, bloomberg, interfax, tass,
    ria novosti, ria, sky news, itv, channel 4, nbc, cbs, abc, fox news, msnbc, npr, pbs, al
    jazeera, politico, axios, twitter, facebook, google, apple, microsoft, amazon, meta,
    instagram, tiktok, youtube, tesla, spacex, openai, hamas, hezbollah, taliban, isis, al-qaeda,
    wagner, labour, tories, conservatives, democrats, republicans, duma, state duma, verkhovna
    rada, knesset, bundestag, supreme court, scotland yard, red cross, amnesty international,
    human rights watch, greenpeace, gazprom, rosneft, aeroflot, ofcom, nhs, fda, cdc, sec, fed,
    federal reserve, ecb, world bank, g7, g20, brics, asean, african union, arab league, security
    council, congress, senate, parliament, cabinet, government, number 10, no 10, home office,
    foreign office, treasury, ministry of defence, state department, justice department, new york
    times, washington post, wall street journal, financial times, the guardian, guardian,
    telegraph, daily mail, the times, the sun, the independent, economist, new york post, breitbart,
    fox, nyt, wsj, cbc, rt, sputnik, ukrinform, unian, kyiv independent, kyiv post, moscow times,
    novaya gazeta, yandex, telegram, whatsapp, netflix, disney, boeing, airbus, toyota, samsung,
    huawei, alibaba, tencent, pfizer, moderna, astrazeneca, nasa, esa, un security council,
    un general assembly, general assembly, ukrainian armed forces, armed forces, red army,
    kremlin's, nato's, bbc's, fifa, uefa, ioc, premier league, clinton foundation, trump
    organization, trump campaign, clinton campaign, dnc, rnc, gop, aclu, naacp, nra, pac
    """

  /// Heads of phrases that name a text or an event, never a speaker.
  static let documentHeads = """
    statement, statements, report, reports, release, document, documents, letter, study, survey,
    poll, polls, paper, article, post, tweet, message, memo, email, readout, transcript, account,
    documentary, series, book, interview, briefing, speech, conference, call, film, programme,
    program, show, website, site, page, blog, video, footage, filing, complaint, lawsuit, ruling,
    verdict, decision, order, law, bill, data, figures, analysis, review, investigation, record,
    records, minutes, notes, communique, communiqué, declaration
    """

  /// Common nouns for institutions that speak: `the agency said`.
  static let institutionNouns = """
    government, agency, union, fund, group, commission, newspaper, bank, court, network, city,
    company, firm, ministry, department, party, campaign, committee, council, administration,
    organization, organisation, police, family, board, authority, office, embassy, army, military,
    regime, kremlin, team, club, league, federation, association, coalition, alliance, movement,
    charity, university, school, hospital, council, county, state, station, channel, paper, outlet,
    magazine, publication, website, site, prosecutors, tribunal, panel, jury, industry, opposition
    """

  /// Relative pronouns that refer back to the phrase before them.
  static let relatives = "who, which"

  /// Words that can stand between a speaker and the reporting verb.
  static let auxiliaries = """
    has, have, had, also, would, will, did, does, do, then, later, previously, repeatedly,
    reportedly, recently, quickly, further, again, often, once, publicly, privately, has also,
    had also, is, was, were, are, been, being, may, might, could, should, must, can, not, never,
    already, still, even, just, only, first, last, initially, eventually, separately, earlier,
    itself, himself, herself, themselves, subsequently, ultimately, finally, flatly, immediately
    """

  static let subordinators = """
    as, when, while, after, before, since, although, though, if, once, because, whilst, until
    """

  static let clauseBoundaries = """
    that, who, whom, which, and, but, or, while, when, because, although, though, if, as, after,
    before, since, said, says, told, added, where, whether, unless, until
    """

  /// Capitalised words that name no entity even in mid-sentence.
  static let notNames = """
    western, eastern, northern, southern, covid, covid-19, coronavirus, internet, web, god, lord's,
    ok, okay, tv, pm, am, a.m, p.m, ceo, gmt, utc, bst, est, pst, cet, jolly, live, update, mp,
    mps, i'm, i've, i'll, i'd, i’m, i’ve, i’ll, i’d, lol, omg, via, pic, photo, getty, images, afp/getty, reuters/,
    ap/, read, more, comment, watch, listen, subscribe, advertisement, sponsored, islam, christian,
    christians, muslim, muslims, jewish, jews, catholic, democrat, republican, conservative,
    liberal, socialist, communist, nazi, nazis, soviet, allied, allies, west, east, north, south,
    world, war, cold war, world war, brexit, number, read, watch, see, note, update, updated,
    breaking, exclusive, analysis, opinion, editorial, photo, video, image, related, share, click
    """
}
