import DossierCore
import Testing

/// One construction: marked text, and for each marked span of words the
/// expected kind and speaker (the marked speakers in order, or the text of
/// a speaker named elsewhere).
struct QuoteCase: CustomTestStringConvertible, Sendable {
  var name: String
  var marked: String
  var kinds: [Quote.Kind]
  /// Expected speaker text per quote where it is not marked with `{{ }}`
  /// one to one; `nil` entries expect no speaker.
  var speakerTexts: [String?]? = nil

  var testDescription: String { name }
}

@Suite struct QuoteExtractorTests {
  static let direct: [QuoteCase] = [
    QuoteCase(
      name: "attribution after, curly marks",
      marked: "The council met on Tuesday.\n\n“[[The bridge will reopen in May]],” {{Mayor Ana Kowal}} said.",
      kinds: [.direct]),
    QuoteCase(
      name: "a court ruling quoted, inverted",
      marked: "The appeal failed.\n\n“[[A port cannot close a public quay at will]],” said {{the ruling}}.",
      kinds: [.direct]),
    QuoteCase(
      name: "inverted attribution after, straight marks",
      marked: "Boats were idle.\n\n\"[[We have no comment]],\" said {{the harbour master}}.",
      kinds: [.direct]),
    QuoteCase(
      name: "attribution before with a colon",
      marked: "{{Ms Brandt}} told reporters: “[[The vote is final.]]”",
      kinds: [.direct]),
    QuoteCase(
      name: "attribution with an apposition before the cue",
      marked: "{{Tomas Lind}}, the port director, said: “[[Nobody warned us.]]”",
      kinds: [.direct]),
    QuoteCase(
      name: "one quote in two parts around its attribution",
      marked: "“[[The budget is tight]],” she said. “[[We will cut the parade.]]”",
      kinds: [.direct, .direct], speakerTexts: ["she", "she"]),
    QuoteCase(
      name: "a quote paragraph after an attributed one",
      marked: "{{Ms Brandt}} said: “[[The vote is final.]]”\n\n“[[We will not reopen it.]]”",
      kinds: [.direct, .direct], speakerTexts: ["Ms Brandt", "Ms Brandt"]),
    QuoteCase(
      name: "closing mark with a stray space",
      marked: "“[[We were surprised. We were not told]] “{{Mr. Lind}} added.",
      kinds: [.direct]),
    QuoteCase(
      name: "a dateline before the subject of a participle cue",
      marked:
        "VELNA, March 12 (Coast Wire) - {{Ms Brandt}} left the meeting early, saying: “[[We have heard enough.]]”",
      kinds: [.direct]),
    QuoteCase(
      name: "a time phrase before the subject",
      marked: "Hours later, {{Mr Lind}} returned to the podium, telling reporters: “[[The strike is over.]]”",
      kinds: [.direct]),
    QuoteCase(
      name: "a participle phrase before the subject",
      marked: "Pressed by reporters, {{the mayor}} paused, saying: “[[I will not resign.]]”",
      kinds: [.direct]),
    QuoteCase(
      name: "a name and its verb are not one speaker",
      marked: "{{Kardovia}} recalled its envoy on Monday, saying: “[[The talks are over.]]”",
      kinds: [.direct]),
    QuoteCase(
      name: "signature after a dash",
      marked: "“[[The harbour belongs to all of us.]]” ― {{Marta Velez}}\n\nMore letters follow.",
      kinds: [.direct]),
    QuoteCase(
      name: "a crowd's words with a shouting verb",
      marked: "{{Ms Brandt}} asked who would pay. “[[The port!]]” {{the dockers}} yelled back.",
      kinds: [.direct], speakerTexts: ["the dockers"]),
    QuoteCase(
      name: "an interjection before the words",
      marked: "The chair was still speaking. {{Mr Lind}} interjected, “[[That is not what we agreed.]]”",
      kinds: [.direct]),
    QuoteCase(
      name: "a speaker who elaborates in the middle of a quote",
      marked: "“[[The way I see it]],” {{she}} elaborated, “[[nobody was ready.]]”",
      kinds: [.direct, .direct], speakerTexts: ["she", "she"]),
    QuoteCase(
      name: "a long apposition between the name and the cue",
      marked:
        "“[[The levy is fair]],” {{Oren Vasko}}, head of the Velna Budget Office and a lecturer at the port college, said.",
      kinds: [.direct]),
    QuoteCase(
      name: "an apposition with commas of its own",
      marked: "“[[We were never asked]],” {{Ilse Marn}}, 54, a ferry pilot from Ostra, Velna, said on Friday.",
      kinds: [.direct]),
    QuoteCase(
      name: "a party label in parentheses before an apposition",
      marked: "“[[The audit is late]],” {{Sen. Pia Dorn (L-Velna)}}, a member of the panel, said.",
      kinds: [.direct]),
    QuoteCase(
      name: "a bare role after a name",
      marked: "“[[Demand is soft]],” {{Tove Aske}}, shipping analyst at Nordhavn Bank, said.",
      kinds: [.direct]),
    QuoteCase(
      name: "a role with for in the speaker phrase",
      marked: "“[[The figures stand]],” {{a spokesman for the harbour board}} said.",
      kinds: [.direct]),
    QuoteCase(
      name: "one of a group after an inverted cue",
      marked: "“[[There is no path]],” said {{one of the advisers}}, who asked not to be named.",
      kinds: [.direct]),
    QuoteCase(
      name: "lower-case modifiers before an inverted cue's name",
      marked: "“[[I have not decided]],” said {{undecided voter Lena Roos of Ostra}} after the rally.",
      kinds: [.direct]),
    QuoteCase(
      name: "an inverted cue that opens the sentence",
      marked: "The pier reopened. Said {{Mayor Kowal}}, “[[We waited long enough.]]”",
      kinds: [.direct]),
    QuoteCase(
      name: "a weekday between the cue and that",
      marked: "The vote was close. {{Ms Brandt}} said Tuesday that “[[the only way is to ask.]]”",
      kinds: [.direct]),
    QuoteCase(
      name: "an emphatic reflexive after the subject",
      marked: "{{Mr Lind}} himself said: “[[I was wrong.]]”",
      kinds: [.direct]),
    QuoteCase(
      name: "the second part after a long attribution",
      marked: "“[[The count will be fair]],” {{Mr Lind}} said at a rally in Ostra, Velna, “[[but people will watch.]]”",
      kinds: [.direct, .direct], speakerTexts: ["Mr Lind", "Mr Lind"]),
    QuoteCase(
      name: "the second part after a participle cue",
      marked:
        "“[[We are done]],” {{Ms Brandt}} said, asking a question instead: “[[Who pays?]]”",
      kinds: [.direct, .direct], speakerTexts: ["Ms Brandt", "Ms Brandt"]),
    QuoteCase(
      name: "a demonstrative speaker phrase",
      marked: "The talks stalled. “[[They are relieved]],” {{this source}} told the Herald.",
      kinds: [.direct]),
    QuoteCase(
      name: "a proclaiming cue before the words",
      marked: "{{The mayor}} proclaimed at a press conference, “[[The bridge is open.]]”",
      kinds: [.direct]),
    QuoteCase(
      name: "the second part after a coordinator",
      marked: "“[[I like the plan]],” {{he}} said, but “[[the money is not there.]]”",
      kinds: [.direct, .direct], speakerTexts: ["he", "he"]),
    QuoteCase(
      name: "words after a quote that no cue explains leave it without a speaker",
      marked: "“[[The tide is late]],” {{Ms Brandt}} said.\n\n“[[It always is]],” Mr Lind shot back with a grin.",
      kinds: [.direct, .direct], speakerTexts: ["Ms Brandt", nil]),
  ]

  @Test(arguments: direct + [])
  func directQuotes(_ example: QuoteCase) {
    check(example)
  }

  static let partial: [QuoteCase] = [
    QuoteCase(
      name: "a few quoted words in a reporter's sentence",
      marked: "{{The minister}} said the plan was a “[[serious mistake]]” and would be reviewed.",
      kinds: [.partial], speakerTexts: ["The minister"]),
    QuoteCase(
      name: "words someone described as",
      marked: "The blast, which {{Mayor Ana Kowal}} described as “[[an intentional act]],” hurt nine people.",
      kinds: [.partial]),
    QuoteCase(
      name: "what someone called, after the verb of another clause",
      marked: "The union denounced what {{Ms Kowal}} called the “[[reckless]]” timetable.", kinds: [.partial]),
    QuoteCase(
      name: "a few quoted words the clause goes on after",
      marked:
        "{{The ministry}} said it was “[[firmly opposed]]” to the tariff and warned [[exporters to comply by May]].",
      kinds: [.partial, .indirect], speakerTexts: ["The ministry", "The ministry"]),
    QuoteCase(
      name: "scare quotes without a speaker",
      marked: "The so-called “[[reform]]” has stalled again this spring.",
      kinds: [.partial], speakerTexts: [nil]),
  ]

  @Test(arguments: partial)
  func partialQuotes(_ example: QuoteCase) {
    check(example)
  }

  static let unmarked: [QuoteCase] = [
    QuoteCase(
      name: "a paragraph after an attribution that ends with a colon",
      marked: "The council met late.\n\n{{Ms Brandt}} added:\n\n[[I will not let the quay close while I sit on "
        + "this council]].\n\nThe vote is on Friday.",
      kinds: [.unmarked]),
    QuoteCase(
      name: "first-person words before the attribution",
      marked: "[[I never saw the letter, and I told them so]], {{Ms Brandt}} said, recalling the meeting.",
      kinds: [.unmarked]),
    QuoteCase(
      name: "inverted attribution after a question",
      marked: "[[Why would we wait another year]]? said {{the fisheries minister}}.",
      kinds: [.unmarked]),
    QuoteCase(
      name: "pronoun speaker and an addressee",
      marked: "The talks went on.\n\n[[We are not finished here]], {{he}} told reporters.",
      kinds: [.unmarked]),
    QuoteCase(
      name: "continuation paragraph",
      marked: "[[I was never asked]], {{Ms Brandt}} said.\n\n[[But I would have walked away anyway]].",
      kinds: [.unmarked, .unmarked], speakerTexts: ["Ms Brandt", "Ms Brandt"]),
    QuoteCase(
      name: "transcript turns, each paragraph opened by a stray mark",
      marked:
        "\"{{HOST}}: [[Will the mayor attend the hearing tomorrow?]]\n\n\"{{KOWAL}}: [[She will not, and she has said why.]]"
        + "\n\n\"{{HOST}}: [[Then who will speak for the city?]]",
      kinds: [.unmarked, .unmarked, .unmarked]),
    QuoteCase(
      name: "embedded post",
      marked: "[[The ferry is running again this morning]].\n— {{Harbour Office}} (@harbouroffice) May 3, 2024",
      kinds: [.unmarked]),
  ]

  @Test(arguments: unmarked)
  func unmarkedQuotes(_ example: QuoteCase) {
    check(example)
  }

  static let indirect: [QuoteCase] = [
    QuoteCase(
      name: "a subject with a prepositional phrase after its head",
      marked: "{{Experts on river ports and inland trade}} said [[the new lock could double the traffic]].",
      kinds: [.indirect]),
    QuoteCase(
      name: "a subject with a relative clause without who",
      marked: "On the costs, {{all the engineers I met}} said [[the tunnel was cheaper]].", kinds: [.indirect]),
    QuoteCase(
      name: "those close to someone",
      marked: "The mayor stayed silent. {{Those close to him}} say [[she will not run again]].", kinds: [.indirect]),
    QuoteCase(
      name: "a relative clause with its own cue ends the words before it",
      marked: "The union endorsed {{Ms Kowal, who}} says [[she is honoured]].", kinds: [.indirect]),
    QuoteCase(
      name: "a comma and a new attribution end the words before it",
      marked: "When the port opened, {{Mr. Lind}} said [[that he doubted the plan]].", kinds: [.indirect]),
    QuoteCase(
      name: "and said after a few quoted words",
      marked: "{{Ms Kowal}} exhorted the crews to “stay calm” and said [[the talks would resume]].",
      kinds: [.indirect]),
    QuoteCase(
      name: "a speaker placed by a preposition",
      marked: "{{Engineers at the harbour office}} said [[the lock would open in May]].", kinds: [.indirect]),
    QuoteCase(
      name: "a speaker placed by a participle and a preposition",
      marked: "{{Dockers marching through the old town}} chanted [[we want our jobs back]].", kinds: [.indirect]),
    QuoteCase(
      name: "and said after a verb whose subject follows an opening clause",
      marked: "Once in May, when the ferry stopped, {{I}} laughed and said [[nobody would notice]].", kinds: [.indirect]
    ),
    QuoteCase(
      name: "as someone put it",
      marked: "As {{Ms. Brandt}} put it in a statement, [[the new rota is a gift to the smugglers]].",
      kinds: [.indirect]),
    QuoteCase(
      name: "many of whom",
      marked: "The plan angered the ferry crews, {{many of whom}} say [[the new rota is unsafe]].", kinds: [.indirect]),
    QuoteCase(
      name: "a plural possessive apostrophe is no quotation mark",
      marked: "{{Ola Brun}}, the dockers' lawyer, said [[the strike was legal]].", kinds: [.indirect]),
    QuoteCase(
      name: "a curly plural possessive inside the reported words",
      marked: "{{Ms Brandt}} said [[the pilots’ union had agreed to the plan]].", kinds: [.indirect]),
    QuoteCase(
      name: "a share of those polled",
      marked: "The survey ended in May. {{Two in three}} said [[they would vote again]].", kinds: [.indirect]),
    QuoteCase(
      name: "a share written out of",
      marked: "Pollsters were busy. {{Nearly nine out of 10}} say [[they need new skills]].", kinds: [.indirect]),
    QuoteCase(
      name: "half of those asked",
      marked: "The panel met twice. {{Nearly half}} said [[the ferry was too slow]].", kinds: [.indirect]),
    QuoteCase(
      name: "a restrictive relative clause",
      marked: "Six in 10 backed the plan, against {{four in 10 who}} said [[they preferred the old one]].",
      kinds: [.indirect]),
    QuoteCase(
      name: "said without that",
      marked: "{{The mayor}} said [[the bridge would reopen in May]].", kinds: [.indirect]),
    QuoteCase(
      name: "told reporters that",
      marked: "{{Ms Brandt}} told reporters [[that the vote was final]].", kinds: [.indirect]),
    QuoteCase(
      name: "denied that",
      marked: "{{The union}} denied [[that it had called the strike]].", kinds: [.indirect]),
    QuoteCase(
      name: "warned that, after an auxiliary and adverb",
      marked: "{{Officials}} have repeatedly warned [[that the river could flood again]].", kinds: [.indirect]),
    QuoteCase(
      name: "according to, before",
      marked: "According to {{the ministry}}, [[the ferry will resume on Monday]].", kinds: [.indirect]),
    QuoteCase(
      name: "according to, after",
      marked: "[[The ferry will resume on Monday]], according to {{the ministry}}.", kinds: [.indirect]),
    QuoteCase(
      name: "a spokesman responded",
      marked: "{{Mr Lind’s spokesman}} responded [[that the claim was false]].", kinds: [.indirect]),
    QuoteCase(
      name: "accused of",
      marked: "{{The council}} accused [[the contractor of missing every deadline]].", kinds: [.indirect]),
    QuoteCase(
      name: "two speakers joined by but",
      marked:
        "{{The mayor}} said [[the bridge would reopen in May]], but {{engineers}} say [[the repairs will take longer]].",
      kinds: [.indirect, .indirect]),
    QuoteCase(
      name: "title-case headline",
      marked: "{{Harbour Union}} Says [[Strike Will Continue Into April]]\n\nThe talks resumed on Monday.",
      kinds: [.indirect]),
    QuoteCase(
      name: "conditional clause after said",
      marked: "{{Ms Brandt}} said [[if the vote fails, the council will meet again]].", kinds: [.indirect]),
    QuoteCase(
      name: "reported clause before the attribution",
      marked: "[[The harbour will stay closed until the storm passes]], {{port officials}} said.",
      kinds: [.indirect]),
    QuoteCase(
      name: "a share of people",
      marked: "{{Six in 10}} said [[the ferry fare should be cut]].", kinds: [.indirect]),
    QuoteCase(
      name: "those polled",
      marked: "By a wide margin, {{those polled}} say [[the old bridge should be rebuilt]].", kinds: [.indirect]),
    QuoteCase(
      name: "a quantifier and a noun",
      marked: "{{Each side}} said [[the other had broken the truce first]].", kinds: [.indirect]),
    QuoteCase(
      name: "an opening clause with its own speaker",
      marked: "While {{the mayor}} has said [[that the bridge is safe]], {{engineers}} said [[it needs repairs]].",
      kinds: [.indirect, .indirect]),
    QuoteCase(
      name: "a second report joined by and",
      marked: "The union described [[the offer as unfair]] and said [[its members would strike on Monday]].",
      kinds: [.indirect, .indirect], speakerTexts: ["The union", "The union"]),
    QuoteCase(
      name: "a second report after quoted words the clause goes on after",
      marked: "The watchdog claimed “[[Harbour Union overstates]]” the cost of the repairs and concluded "
        + "[[its figures were wrong]].",
      kinds: [.direct, .indirect], speakerTexts: ["The watchdog", "The watchdog"]),
    QuoteCase(
      name: "an opening prepositional phrase names no speaker",
      marked: "In the Herald report, {{officials}} said [[the quay was unsafe]].", kinds: [.indirect]),
    QuoteCase(
      name: "a name after an opening prepositional phrase without its comma",
      marked: "In a radio interview {{Mayor Kowal}} declared [[that the quay would reopen]].", kinds: [.indirect]),
    QuoteCase(
      name: "a report inside words given by according to",
      marked: "According to {{the ministry}}, [[the council met on Monday and asked the operator to wait]].",
      kinds: [.indirect]),
  ]

  @Test(arguments: indirect)
  func indirectSpeech(_ example: QuoteCase) {
    check(example)
  }

  func check(_ example: QuoteCase, sourceLocation: SourceLocation = #_sourceLocation) {
    let marked = QuoteMarkedText(example.marked)
    let document = documentWithQuotes(marked.text)
    #expect(marked.words.count == example.kinds.count, "bad test case", sourceLocation: sourceLocation)
    for (index, words) in marked.words.enumerated() {
      guard let quote = document.quote(at: words) else {
        Issue.record(
          "no quote at “\(document.text(words))”; found: \(document.quoteSummary)", sourceLocation: sourceLocation)
        continue
      }
      #expect(quote.kind == example.kinds[index], "\(document.quoteSummary)", sourceLocation: sourceLocation)
      if let texts = example.speakerTexts {
        #expect(document.speakerText(quote) == texts[index], "\(document.quoteSummary)", sourceLocation: sourceLocation)
      } else {
        #expect(quote.speaker == marked.speakers[index], "\(document.quoteSummary)", sourceLocation: sourceLocation)
      }
    }
  }

  @Test func nestedQuoteHasItsParent() throws {
    let marked = QuoteMarkedText("{{Mr Okafor}} said: “[[He told me, ‘Leave the keys’, and walked off.]]”")
    let document = documentWithQuotes(marked.text)
    let outer = try #require(document.quote(at: marked.words[0]), "\(document.quoteSummary)")
    let outerIndex = try #require(document.quotes.firstIndex(of: outer))
    let inner = try #require(document.quotes.first { document.text($0.range) == "Leave the keys" })
    #expect(inner.parent == outerIndex)
    #expect(document.speakerText(inner) == "He")
    #expect(outer.speaker == marked.speakers[0])
  }

  @Test func doubleMarksInsideDoubleMarks() throws {
    let text = "Ms Brandt said: “The guard shouted “Stop the boat” at us, and we stopped.”"
    let document = documentWithQuotes(text)
    let inner = try #require(document.quotes.first { document.text($0.range) == "Stop the boat" })
    let parent = try #require(inner.parent)
    #expect(document.text(document.quotes[parent].range).hasPrefix("The guard shouted"))
  }

  @Test func quoteOverSeveralParagraphs() throws {
    let text = "{{Councillor Ruiz}} said: “The first point is money.\n\n“The second point is time.”"
    let marked = QuoteMarkedText(text)
    let document = documentWithQuotes(marked.text)
    let quote = try #require(document.quotes.first { document.text($0.range).hasPrefix("The first point") })
    #expect(document.text(quote.range).hasSuffix("The second point is time."))
    #expect(quote.speaker == marked.speakers[0])
  }

  @Test func unbalancedMarkDoesNotSwallowTheDocument() throws {
    let text = "“The inspector left early, the clerk said.\n\nOfficials said the port is closed."
    let document = documentWithQuotes(text)
    let later = try #require(document.quotes.first { document.text($0.range) == "the port is closed" })
    #expect(later.kind == .indirect)
    #expect(document.quotes.allSatisfy { !document.text($0.range).contains("Officials") })
  }

  @Test func titlesAreNotQuotes() {
    let document = documentWithQuotes("The film “Northern Lights Rising” opened in Gdansk on Friday.")
    #expect(document.quotes.isEmpty, "\(document.quoteSummary)")
  }

  @Test(arguments: [
    "In the last poll, Kowal led Brandt by 5 percentage points among likely voters.",
    "Both ferry lines face questions about their safety.",
    "It was the greatest fear that the harbour town had ever known.",
  ])
  func nounsThatLookLikeCuesReportNothing(_ text: String) {
    let document = documentWithQuotes(text)
    #expect(document.quotes.isEmpty, "\(document.quoteSummary)")
  }

  @Test func quotesAreSortedAndParentsPointBackwards() {
    let text = """
      “[[One]],” she said. The council said the vote was a “farce”.

      “He said ‘no’ twice,” Mr Lind added.
      """
    let document = documentWithQuotes(QuoteMarkedText(text).text)
    #expect(document.quotes.map(\.range) == document.quotes.map(\.range).sorted())
    for (index, quote) in document.quotes.enumerated() {
      if let parent = quote.parent { #expect(parent < index) }
    }
  }

  /// `“…,” he said` after an organisation's quote is not the organisation.
  @Test(arguments: ["he", "she"])
  func aPersonalPronounAfterAnOrganisationsQuoteIsAPerson(_ pronoun: String) throws {
    let person = pronoun == "he" ? "Mr Brun" : "Ms Brun"
    var document = analyzedDocument(
      "Harbour captain Ola Brun met the council on Monday. \(person) left early.\n\n"
        + "“The port will close,” the Velmar Ports Authority said.\n\n“Nobody warned us,” \(pronoun) said.")
    QuoteExtractor().process(&document)
    let quote = try #require(document.quotes.first { document.text($0.range).hasPrefix("Nobody") })
    let entity = try #require(quote.speakerEntity)
    #expect(document.entities[entity].type == .person)
  }

  /// `…, he said` after words that name another man: `he` is not the man
  /// named in the words he is credited with.
  @Test func aPronounSpeakerIsNotANameInsideItsOwnWords() throws {
    var document = analyzedDocument(
      "Mayor Tomas Lind visited the harbour again last week. He met the dockers.\n\n"
        + "The sooner Ola Brun resigns, the better for the port, he said in a statement.")
    QuoteExtractor().process(&document)
    let quote = try #require(document.quotes.first { document.text($0.range).hasPrefix("The sooner") })
    let entity = try #require(quote.speakerEntity)
    #expect(document.entities[entity].name.contains("Lind"))
  }

  /// The pronoun that names a quote's speaker is a mention of the entity
  /// the quote gives: the entity's mentions lead to all its quotes.
  @Test func aPronounSpeakerIsAMentionOfTheQuotesEntity() throws {
    let text =
      "Ola Brun opened the bridge with Mr Tomas Lind. “It is finally done,” Brun said. The crowd cheered.\n\n"
      + "“We waited nine years,” he said."
    var document = analyzedDocument(text)
    QuoteExtractor().process(&document)
    let quote = try #require(document.quotes.first { document.text($0.range).hasPrefix("We waited") })
    let speaker = try #require(quote.speaker)
    let entity = try #require(quote.speakerEntity)
    #expect(document.entities[entity].name.contains("Brun"))
    #expect(document.mentions.filter { $0.range == speaker }.map(\.entity) == [entity])
  }

  /// A pronoun speaker takes the previous quote's speaker only when its own
  /// referent is not named after that quote.
  @Test func aQuestionPutToTheSpeakerReportsNothingAndNamesSomeoneElse() throws {
    let text =
      "Dr. Ana Kowal chaired the talks. Asked whether Mayor Piotr Lind had said anything about tolls, "
      + "she said she would not guess."
    var document = analyzedDocument(text)
    QuoteExtractor().process(&document)
    #expect(!document.quotes.contains { document.text($0.range).hasPrefix("anything") }, "\(document.quoteSummary)")
    let quote = try #require(
      document.quotes.first { document.text($0.range) == "she would not guess" }, "\(document.quoteSummary)")
    let entity = try #require(quote.speakerEntity)
    #expect(document.entities[entity].name.contains("Kowal"))
  }

  @Test func aSpeakerPlacedByAPrepositionIsNotThePlace() throws {
    let text = "Velna is quiet. A spokesman in Velna said the border would stay open."
    var document = analyzedDocument(text)
    QuoteExtractor().process(&document)
    let quote = try #require(document.quotes.first, "\(document.quoteSummary)")
    let entity = try #require(quote.speakerEntity)
    #expect(!document.entities[entity].name.contains("Velna"))
  }

  @Test func aPronounSpeakerNamedSinceThePreviousQuoteKeepsItsReferent() throws {
    let text =
      "Dr. Ana Kowal chaired the talks. One union negotiator said the start was poor. "
      + "“We were tired,” he said.\n\nAsked how she did it, Kowal smiled. “I ordered coffee,” she said."
    var document = analyzedDocument(text)
    QuoteExtractor().process(&document)
    let quote = try #require(document.quotes.first { document.text($0.range).hasPrefix("I ordered") })
    let entity = try #require(quote.speakerEntity)
    #expect(document.entities[entity].name.contains("Kowal"))
  }

  /// `according to agency reports` reads as two attributions of the same
  /// words; they stay one quote, with no parent of its own words.
  @Test func wordsAttributedTwiceAreOneQuote() throws {
    var document = analyzedDocument(
      "Rain fell all week.\n\nThe two ferry lines are expected to merge on Monday morning, "
        + "according to shipping agency reports, despite objections.")
    QuoteExtractor().process(&document)
    let merge = document.quotes.filter { document.text($0.range).hasPrefix("The two ferry lines") }
    #expect(merge.count == 1)
    let quote = try #require(merge.first)
    #expect(quote.parent == nil)
    #expect(quote.speaker.map { document.text($0) }?.contains("shipping agency") == true)
  }

  /// A speaker that no name introduced becomes an entity of the document:
  /// the stage says so, so that the pipeline never hands `entities` on
  /// before the quote stage is done with them.
  @Test func declaresTheSpeakersItAddsToTheEntities() {
    var document = analyzedDocument("The depot closed early.\n\n“Nobody was hurt,” a fire service spokeswoman said.")
    let before = document.entities.count
    QuoteExtractor().process(&document)
    #expect(document.entities.count > before)
    #expect(QuoteExtractor().produces.isSuperset(of: [.quotes, .entities]))
  }
}
