"""Extraction: articles in, ``Extraction`` dataclasses out (the JSON contract).

For each article the headline and the body are parsed by spaCy (``graph.nlp``, batched),
temporal expressions are tagged by ``graph.timex``, named mentions become actors and
places (``graph.gazetteer`` geocodes), and each clause that reports something happening
becomes an event with its participants, places, time, sources and modality.

Rules (documented here because they decide what the graph says):

Actors
- PERSON mentions are persons; a shorter mention ("Syrskyi") resolves to the full name in
  the same article whose last words it matches (the nearest preceding one when several
  match); an untagged surname of a person named in full is that person, also when the
  tagger takes it for a plural or a common noun ("Pennings said" after "Officer Brian
  Pennings", '"...," Zelenskyy wrote'), if the article never writes it in lower case. A
  wire dateline opening the story ("KYIV, Ukraine (AP) — ...") is parsed as a line of
  its own (``graph.casing.break_dateline``): its place is a place, not the lead's subject,
  whatever the model calls it or if it names nothing there ("BANDAR ABBAS, Iran (AP)"), and
  so is that name elsewhere in the article. A place followed by a comma and a region or
  country ("Springfield, Ill.", "Portland, Maine"; news-style state abbreviations are
  the states) is geocoded among that region's places only (``gazetteer.lookup_place``'s
  ``within``), else left unknown.
  Two one-word names the model cut apart, neither a known place, are one person
  ("Oleksandr" + "Syrskyi"); a one-word "organisation" before "Minister" or "Secretary"
  is a portfolio ("Defence Minister Sergei Shoigu"); a name the gazetteer knows as a
  place is that place where it is captured, seized, occupied or encircled ("since it
  captured Bakhmut"). An institution named by its head word alone ("Navy", "Police", "Parliament") is the one
  actor of the article whose name ends with that word ("Navy foils pirate attack" over
  "The Indian Navy patrolling ..."), when only one does. Titles come from the capitalised words right before the name
  ("Commander-in-Chief") and from an apposition ("head of ...").
- ORG mentions are organisations, typed media / military / government by their words or
  by a describing noun ("the military blog DeepState" is media); a legal form is not part
  of the actor's name ("Apple Inc." is the actor "Apple"; a legal form the model tags
  apart is joined to the name before it, "Chrysler" + "LLC", and a name it cuts after
  "of" takes the capitalised words or number after it, "Group of" + "Seven"; the start of
  a person's title at its end is cut off, "Apple Inc Chief" + "Executive Steve Jobs"), and an organisation the
  article also names with a word for its business is the short name's actor ("Ford
  Motor Co." ... "Ford", as ``graph.resolve`` does across articles), and one it names by
  the first word of a name written before ("Lehman Brothers" ... "Lehman"; not "Vodafone
  Egypt" ... "Vodafone", whose second word is a place) is the full name's actor. A
  name conjoined to a subject ("The Fed and the Treasury declined") is an agent, no
  product. A possessive country
  prefix ("Ukraine's Center for ...") is split off as the organisation's country.
- A demonym heading a force or weapon noun ("North Korean troops/soldiers/infantry",
  "Ukrainian drones") is one military
  actor per country, "<Demonym> forces", affiliated with the country's ISO code; before a
  government noun ("Ukrainian government sources") it is "<Demonym> government". A
  demonym (or a religion) heading its own noun phrase ("the 40-year-old American never
  recovered", "a Muslim", "the Americans"; also an adjective heading a subject or object,
  "before the Ukrainian emerged triumphant", "One Australian and one English climber
  have fallen", or an owner after "the", "the American's challenge") names people: a
  person mention with no actor.
- A country name in an actor's slot (subject, object, possessor, "according to", "with",
  "by", the modifier of an event noun: "U.S. intelligence sharing") is the country as an
  actor; in a locative slot ("in Ukraine") it is a place. A capital city in an actor's slot
  is that country's government ("according to Kyiv"), not where it owns a thing of the
  city ("London's FTSE 100 index", "Kyiv's mayor": ``CITY_POSSESSIONS``). A country or region that puts the
  place before its comma in it ("in Toulouse, France", "which serves Bangkok, Thailand")
  is a place, whatever slot the parse gives the apposition.
- Mentions and their types, beyond the model: a Title Case headline is parsed truecased by
  its body, and so are Title Case heading lines at the top of the body (a deck, the real
  headline under a date line; ``graph.casing``), and the parse of a headline is mended where
  the tagger reads its verb as a plural noun ("Chrysler files for bankruptcy", "Ryanair
  exercises options") or a bare participle as an active past ("Bernard Madoff arrested":
  a passive; ``_headline_verbs``); a name inside a temporal expression ("12:41 GMT") is part
  of the time; an acronym the article uses as a common noun ("a prior DUI"), or an
  abbreviation English uses as one (``names.COMMON_ACRONYMS``: DUI, CEO, GPS, SDK...), is
  no name, nor is a one-word "name" heading a sentence or in the headline that the
  article also writes in lower case ("Arson is suspected", "Riot breaks out"; not an
  institution's word, "Navy foils ...") or that English uses as a describing or an
  eventive noun ("Detectives said", "Plane bombs camp", "Fire at Waitrose"; not when the
  article capitalises it inside a sentence, "King said" with "Billy King"); nor is a name
  inside a quoted Title Case title of a work ("Take Me Out to the Ball Game", "Jupiter's
  Darling"; not a name quoted alone, "The Creamery Corporation"); a title the model took into a person's name is the person's title ("Spokeswoman
  Sandy Angers"; not "General Motors"), also inside the span, where it parts the
  organisation before it from the person ("Palmer Police Sergeant Shayne La Croix"); a
  name the text calls a place is a place in all its mentions ("the city of Bandar Abbas", "55 km south of Bireun", "Abu Talat (Egypt)",
  "in Millom, Cumbria", "Bukit Sama village", "a Millom man", every name of a list so
  introduced, "the villages of Tonban, Gavarzin and Khaledi", "the hardest-hit villages
  were Tonban, Gavarzin ...", the town of an address, "Newton Street, Millom", a name
  in apposition with a place noun, "Takengon, the capital of Central Aceh district",
  and the ends of a cable, road or border, "cables between Abu Talat and Marseilles"; a
  place's name also runs on over an untagged proper noun that makes it a place's name,
  "a Hawaiian Gardens apartment", or that a place noun follows, "Bukit Sama village"); a
  person's name (or an
  organisation named by a facility word: "Center", "Court", "Stadium") as the object of
  "in/at/near/inside/outside/into" is a facility ("at Betty Ford"; not the surname of a
  person the article names in full, "walking near Horton"; "in the High Court"
  stays the institution, unless the court is named after its city, "heard in Preston
  Crown Court"), and so is a facility-word organisation that one goes to or
  comes from ("a visitor to the Valley Hotel", "checked out of the Betty Ford Treatment
  Center"; not a court), and a name one checks into or out of, is admitted to or
  discharged from ("checked out of Morningside Recovery"); a one-word person name in
  capitals outside a capitalised
  sentence is an organisation ("SEACOM"), and a name in a line written in capitals
  has the type the article gives it where it writes it normally ("SET FOR MILLOM
  DOUBLE MURDER ACCUSED", "CHARGERS' WILLIAMS ARRESTED"); a name the model calls a place
  in most of its mentions is that place in the others ("in a home in Millom", tagged an
  organisation once); the plural last word of an organisation's name
  stands for it ("the Chargers" for "the San Diego Chargers"); a capitalised plural the
  article never writes in lower case, right before a person's name and the role words
  that go with it, is the organisation the person belongs to ("Chargers defensive tackle
  Jamal Williams", "Chargers' Jamal Williams", also when the model tags only the surname;
  not through a verb, "Prosecutors say
  Andrew Lopez"); a city's name with an untagged plural right after it is a team ("the
  Philadelphia 76ers", where the model tags only the city), a place's name with a company
  word after it a company ("Xiamen Airlines"), and the city stands for the
  team where it acts or owns when the article names the team after it
  ("Philadelphia's 21st head coach", "Philadelphia is banking on", "San Diego's playoff
  loss"; not "a Philadelphia native"); a one-word "person"
  that begins an organisation's name and no person's is that organisation ("ending Douglas
  era" with "Douglas Aircraft"); a one-word name is matched to a full name without its
  generational suffix ("Comeaux" -> "Arcade Joseph Comeaux Jr."); an organisation name the
  article treats as a thing is a product (``OTHER``): what only things have ("an
  iPhone", "eight million iPhones", "the original iPhone", "iPod owners", "a new version
  of iTunes") outvotes its mentions as an agent (subject of a verb of what organisations
  do, "by" agent, owner), and an article or owner ("the iPod", "Apple's MacBook"; not a
  modifier, "new Intel-based Macs") or a name written as a brand ("iPod", "iTunes Music
  Store"; but "eBay said") counts when it is never an agent; plurals without a
  number, acronyms and company-shaped names ("Boeing's Launch Systems") are no products;
  a "place" the gazetteer does not know as a subject or owner ("Cisco states that ...")
  is an organisation, in its other mentions too where they place nothing ("developed by
  Cisco"; not "a clinic in Malibu" after "Malibu's mayor"), and a person when the article names a person so (or it is the
  surname of a person named in full, also when some place has that name): "Lohan has
  checked into" with "Lindsay Lohan", "Lopez, 20, faces" with "Andrew Lopez"; not where
  it is a place ("in Paris") or in apposition ("East Flatbush, Brooklyn"); a two-word
  "place" or "organisation" of a given name's shape and a surname that the article
  gives a person (alone or in full) is that person ("hired Mo Cheeks" with "fired
  Cheeks"; not a street, "Church Ave"); a
  "nationality" that is no demonym is a place when the gazetteer knows it or it is the
  object of a preposition of place ("robberies in Cannes", "people in Sumatra").
- A name the model tags somewhere in the article is that name where the model leaves it
  untagged ("overwhelming Apple and AT&T", "- Apple Inc. -"): not a one-word name the
  article also writes in lower case, heading a sentence or not a proper noun, and not
  inside a longer name ("Apple Corps", "Gulf of Aden", "Philadelphia 76ers", "Kimani
  'Kiki' Gray").
- One type per name, and one name per span (``graph.names``): spans are cut where two
  names meet (an inner possessive whose owner is named alone or is a country or place,
  "Apple Computer's Mac OS X"; a spaced dash next to a known place, "San Jose - Cisco";
  "and" between names used alone, "Lopez and Carrasquillo") and lose trailing function
  words ("Thompson in"); a describing noun types the name ("retailer Best Buy",
  "Seacom, the cable operator", "Maurice Cheeks, the former player"; "the operating
  system Mac OSX" and "Lion, the new version of Mac OS X" are products; an age makes a
  person, "63-year-old Madeline Kafoury", "Andrew Lopez, 20,"; a ship, "INS
  Sukanya", is a thing in all its mentions), so do its own last word ("Douglas
  Aircraft", "Betty Ford Treatment Center", "Transit Corridor"; or first, "Mount
  Sefton") and "the" before a plural ("the Beatles", "the Sixers", also when the model
  tags nothing, or a person that the tagger calls no plural); otherwise a name the
  model calls a person in some mentions and an organisation in others takes the type of
  most of them (places keep theirs). An acronym defined in the text ("United States Air
  Force (USAF)", "Sudan Armed Forces, or SAF") is the long name's actor, and so is one
  used undefined that spells the initials of one name of the article, with or without its
  legal form ("GM" for "General Motors Corp."); an untagged
  acronym that acts ("TMZ reported") is an organisation, and so is a newspaper: "The" and
  a newspaper's word, both capitalised inside a sentence ("told The Post", "The News
  reviewed the tape"; its "the" makes no product of it); an untagged capitalised word
  the article never writes in lower case, alone as the subject of a verb ("Lyons
  warned that ..."), is a person, when it does not head a sentence or the article also
  writes it inside one (not "Violence also broke out", "Lt. said", a quoted title or
  "8 Block"); a name of a company after its
  country that is no place ("Telecom Egypt", "Etisalat Egypt"), or of an organisation
  after its continent ("EADS North America"), is an organisation; a
  company's name without its company word ("AirTran" for "AirTran Airways") is that
  company, when the gazetteer knows no place of that name; a name that a preposition of
  place makes a facility ("at Morningside") is that facility in its person- or
  organisation-typed mentions too ("she never entered Morningside"), unless it is a
  person's surname.
- Pronoun subjects (he, she, they, it, we) take the nearest compatible actor: first an actor
  mentioned earlier in the same sentence (grammatical subjects first), then the subject of
  the previous sentences (up to three back), then any actor there; he/she need a person,
  they/it/we need a non-person; "it"/"they" are nobody when the nearest earlier subject of
  the sentence with their number is a common noun or a name naming no actor ("After the
  plane was delivered ..., it was flown", "the Nikkei closed up, a day after it hit a
  low"; not its own head: "the music it sells"); "it" and "them"
  as objects are left unresolved (they are mostly things: "used it to force", "distributes
  them"). "I"/"me" (in a quotation) is first the person subject of a reporting verb of the
  sentence, before or after the quote ('"I conclude ...," said Mann'), else a person as
  for "he". "We" speaks for the side of whoever says it: the organisation subject of the
  sentence's reporting verb (or of the sentence before, a quote running on), or the one
  named in the speaker's phrase ("Northrop Grumman CEO Ron Sugar said ... we"; also where
  the person is named again later: "Boeing spokeswoman Sandy Angers" ... "said Angers"),
  else no one (a minister's or a witness's "we" is not the previous sentence's subject).
  A bare definite company noun ("the company", "the airline", "the firm"; no
  modifier, no "of") is resolved like "it", but only to an organisation or media actor;
  where the company named most often before it is named at least three times and twice
  as often as that one, it is the company the story is about ("The bank is braced" of a
  story about Northern Rock, after "The Bank of England pledged").

Events
- Triggers: verbs (not auxiliaries, copulas, raising verbs or the semi-modal "have to",
  whose auxiliaries are its verb's: "may have to raise" is hedged; "appear" and "remain" are
  events when they take no complement: "will appear at court", "will remain there", not
  "appeared to cause", "remain anonymous"), an adjective of outcome that predicates
  ("three dead after ...", "left three bank workers dead", "was found dead"; not "the
  dead man"; its patient is whom it is said of), a verdict ("the jury found Orozco
  guilty": one legal event "guilty", the jury its agent, Orozco its patient, no
  "found"; "pleaded guilty" is one plea), the round of a contest ("in the sixth round";
  not one fired, nor "a round of talks": the talks), eventive nouns from the
  taxonomy (by word or singular lemma; "in order to" is no order; a statement noun with no
  maker that names a source, "reports that ...", is no event; one that modifies a noun is
  an event only when that noun is an event or measures, dates or places one: "the murder
  trial", "the death toll", "a trial date", not "supply lines"), the last word of an
  event's proper name ("the Paris Air Show", "World War II", "Worldwide Developers
  Conference 2010"; not an institution's: "the Conference Board", "the Ministry of War"),
  light verbs folded into their eventive object ("launched an offensive" is one
  offensive event whose agent is the subject), conjoined verbs as separate events sharing
  the subject. Page furniture is no event ("Last updated at 13:42 GMT", "Posted: Nov 27,
  2005": a verb of publishing with no object before a date or clock time), and the
  furniture lines of scraped pages are read as nothing ("Advertisement", "Image source,
  Reuters", "Image caption, ...": ``graph.casing.blank_furniture``).
- Types: by the trigger's lemma in the taxonomy; a word of several types is typed by what
  it acts on (``_sense``; word lists in ``graph.taxonomy``): "fired from the company",
  "fired its coach" are personnel, "fired shots", "fired at police" an attack; "released
  two hostages" a withdrawal, "released a statement/details" a statement, "released the
  iPod" business; "left Apple/his post" personnel, "left the country", "left" movement,
  "left three dead" casualties; "launched two missiles" an attack; "held in jail" coercion
  ("held the town" stays fighting, "held the record" is generic); a verb whose subject is a
  disaster ("the quake struck", "the fire destroyed") is that disaster; "opened fire" is an
  attack ("open" folds its eventive object like the other light verbs); a strike that
  people go "on", or a general or hunger strike, is a protest; "the release of the
  hostages" is a withdrawal; "called the bailout critical" is a statement, "called
  police/911", "made phone calls" a consultation by telephone (meeting, CAMEO 041),
  "called for calm" an appeal; "pleaded guilty/not guilty/to a charge" is legal,
  "pleaded for help" an appeal; talks, a bank or a market that "collapsed" is no
  disaster, and one "succeeds" a person (object or "as") only as personnel; a market that "lost 7.6 percent", "a loss of $2.7
  billion", a sanction verb on jobs, rates, prices or trading ("cut 1,825 jobs", "trading
  was halted") are business, and so are "its biggest weekly loss", "a net loss", and a rally of markets ("stock markets rallied"; people
  rallying protest); "hit a 26-year low" is no attack; "captured" a person is coercion, a moment or a title no
  territorial change; "lost" a ship or soldiers is a loss (casualties), market share
  generic, a town territory; so is "the loss of" them ("of life" casualties, "of control"
  territory), and "a total loss" or "a playoff loss" is generic; a person who collapses
  is no disaster. Business news: a blow whose doer is an economic force ("hit by the
  credit crunch"), a crisis that intensifies or stocks that advance, battling to do
  something or fighting for approval, stepping in, and a campaign of no election ("its
  rate-cutting campaign") are generic; control of banks or assets, "a $3.9 billion
  charge", "took charge of", going into receivership and returning to profit are
  business; "struck a deal" is the deal. Stocks that sink, news that sends the Dow to a
  low, markets that join a sell-off, replacing parts, dealing with slumping sales, a plan
  met with skepticism and a car's broad appeal are generic; going public or on sale, a
  trading session, using proceeds, delivering aircraft and a collapse in a stock price
  are business; pushing for a deal is an appeal; "is going to sell" is one event, the
  sale to come.
- Roles: agent (active subject, passive "by" phrase, "under X command", possessor of an
  event noun, the subject of a verb of agreeing, announcing or giving on an event noun
  object (or its first conjunct): "Aeroflot negotiated the purchase", "signed the
  agreement", "Airbus unveiled plans", "to give free cases, refunds"; the subject of a verb
  whose "in" phrase is a statement, meeting, agreement, protest or a response, attempt or
  effort, or whose "at/during" phrase is a statement: "said in a statement", "are in
  negotiations", "at the keynote, Jobs introduced"; the "from"
  phrase of a statement, appeal, demand, threat, aid, sanction, attack or order noun, also
  when it hangs on the verb of its object: "won an order from Qatar Airways"; of an event
  of two sides, "between X and Y" makes X the agent and Y a co-agent), patient (object,
  passive subject, subject of an unaccusative verb such as "die", "fall", "collapse",
  "return", "come", "go" (a number or amount as object does not count: "dies aged 56",
  "fell 5 percent"; a "to" infinitive does: "declined to comment") and of "undergo"; the
  "of" object of an event noun of undergoing or of a nominalised transitive verb: "the
  capture/loss/death of X", "production of X", "a decrease of X", "the murder of X"; the
  possessor of an event noun of undergoing: "his murder", "her arrival"; an amount is
  never one: "will cost $199"), beneficiary ("with/to/for X" of giving and sharing verbs;
  the object of supply/provide/equip with a "with" phrase, whose object is then the
  patient: "supply the RAF with tankers"), target ("against X"), topic (for
  statements: the agents of what is reported). Passive: a "be" auxiliary ("are to be
  allowed to bid"), a participle with a "by" phrase and no auxiliary (headlines: "Apple
  swamped by pre-orders"), or a verb that takes an object and its infinitive with neither
  an object nor an auxiliary ("Boeing allowed to bid"); a bare participle conjoined to a
  passive is passive too ("were selected and purchased by"), and so is a participle on a
  noun that the tagger calls a past tense ("a rapist recaptured last month"). Subjects of
  participles, relative clauses, controlled infinitives and conjoined verbs are inherited
  from the governing phrase (a clause on a noun in apposition is about the name: "Mark
  Papermaster, an Apple executive overseeing ..."); of two subjects in the parse the one
  that names someone counts ("The former Chief Operating Officer, Tim Cook will be
  succeeding"); a headline verb parsed as the subject of the next one shares its subject
  ("Apple releases iPhone SDK, announces update"); an infinitive with an object before it,
  or a gerund after "from" and an object ("barred Apple Computer from using"), is the
  object's, even when the object is no actor ("forced them to drive"); the
  infinitive of an event noun is done by that event's agent ("the Northrop Grumman and
  EADS plan to assemble"), else the infinitive of an object noun takes the verb's subject
  ("the EU made the decision to ban"); an adjective's infinitive takes the copula's
  subject for adjectives of will and ability ("they will be willing to contribute"), makes
  it the patient for "easy/hard/difficult/tough/impossible" ("Thompson is hard to hit")
  and has no subject after other adjectives ("it is disappointing to hear"). A verb
  parsed as a participle modifying the root noun of a full sentence after an apposition
  and its comma is that noun's main verb, active ("General Motors Corporation, once the
  largest automaker in the world, filed for bankruptcy"). A verb
  without a subject in the parse takes a name attached before it as a noun-phrase
  adverbial or in apposition to one (a date line glued to the lead: "June 13, 2005 \n
  European aircraft manufacturer, Airbus, has won"). Officials, executives,
  representatives, ministers, members, analysts "from/of/at X" stand for X, and "a
  source in X", "a spokeswoman for X", "shares of X" for X; inside a noun phrase the name compounded to its head comes before
  its owner ("a source in Ukraine's SBU security service" is the SBU). A name's compound
  adjective is no event ("the Hamas-run health ministry", "an EADS-led consortium"). A place one travels or is sent
  "to" is the move's place, never an actor ("flew to Washington", "sent troops to
  Kursk"); where a subject that names no one is, is where its event happens ("Crude oil
  prices in New York rose"); a country before a business noun is where ("October U.S.
  sales").
- Time: a timex in the event's own clause (basis ``explicit``; the nearest, a named time
  before "now"; not the time a verb of scheduling sets: "a trial hearing was penciled in
  for October" dates the hearing, not the penciling) > a date elsewhere in the sentence that the event's own tense allows (a
  past event not in a time wholly after publication, a future one not wholly before it, a
  present one only in a time including it; not one inside a clause that describes a
  participant or a thing: "a man who was fired last week shot three people Monday", "the
  aid package unveiled on Sunday"; a clause describing an event noun dates it: "an
  agreement reached in 1991", and no other event where that noun is no argument of it but
  lies deeper, in a complement: "fell after announcing cuts in addition to losses
  announced on Tuesday"; "killed by the quake, which struck on Tuesday" shares it; nor
  one in a pluperfect clause describing something else: "revives the campaign which had
  been halted in June"; a quarter never dates a statement: "announced a loss in the final
  quarter"; nor the time of a figure compared with, which no later sentence goes on in
  either: "increased to $18.72 from $18.67 in September", "higher than last year"; a
  forecast is not dated by what it forecasts or faces: "expects to be profitable in 2011",
  "facing elections on September 27"), the one in the event noun's own relative or participle
  clause first ("arrested on Tuesday for the shooting that took place last Friday"),
  else in the nearest enclosing clause ("walked in on Monday and shot three people")
  (``sentence``). An offense that a predicate of accusing or judging names ("accused
  of shooting", "charged with murder", "murder charges", "trial for", "confessed to",
  "arrested on suspicion of") or that "allegedly" marks, with no date in its own clause,
  is the offense the article dates in the clause of another such offense (or inside the
  complement naming it), the nearest before, else the first after
  ("trial for ... accused of shooting three co-workers ... starts Monday" with "charged
  with murder for the shooting deaths ... in September 2010": September 2010, not
  Monday) (``inferred``). A court story (one naming an accusation, a trial or a verdict)
  retells an older crime: when the article dates harm (attack, casualties) in its own
  clause to one time only, before the story's window ("was fatally shot in 2011"), its
  undated harm is that one ("Jury shown moment mother is shot dead") (``inferred``).
  Otherwise: an event noun with no indefinite article outside
  the heading takes the day of the last event of the same lemma dated so far in the
  article ("confessed after the shooting" after "the shooting ... in October 2011")
  (``inferred``) > for a narrative event
  (past tense; outside the heading also untensed verbs not under a modal, and nouns
  naming an event reported earlier: "his escape is surprising") an inherited time
  (``inferred``): the time of the previous sentence's dated event with the same agent,
  else the time the previous sentence names when this one shares a participant with it
  (a flashback goes on: "In 1999, he stabbed his wife ... His wife survived"; not for
  reporting verbs), else the story's day, else (no recent day named) for a past-tense
  event that reports nothing the last date an earlier sentence named, however coarse
  ("... in Oct. 2011. The video shows ... after gunfire erupted"); a present perfect
  runs up to now and goes on with no flashback nor earlier date: it takes the story's
  day, else the publication ("... redeployed in early February. Some reports indicate
  that Russian and North Korean troops have reclaimed ..."); a present-tense or
  untensed event of the heading takes the story's day too, unless progressive ("is
  moving"; a gerund is none: "After Fleeing Other Rehab Facility"); an accusation or
  judgment of the heading (not an arrest) is the news of the publication day, a step
  after the offense whose day the body names ("Man charged with arson over Waitrose
  fire" above a fire "on Sunday"), unless the body dates that step in its own sentence
  to a recent day ("Gang member guilty ..." above "was convicted Tuesday": ``NEWS_STEPS``
  joins the words of one step); so is one in the present perfect in the body ("A man has
  been charged with arson after a fire"). A story told in the present: once a simple
  present is dated in its own clause to a past time ("Around 2:18 p.m., Horton and two other
  Moms are seen waiting"), the simple presents of that sentence ("as a yellow bus pulls
  up", ``sentence``) and of the following sentences that go on telling in the present
  ("The shooting then breaks out", ``inferred``) take its day; states and verbs of
  showing are no steps of it ("The footage shows"). The heading
  is the headline, the lines above a date line near the top (decks: "Ten people are
  killed." above "November 28, 2005"), and, when the header line is only a date
  ("Friday, June 7, 2013"), the headline-style lines (no final punctuation) after it.
  The story's day is the last exact day an earlier sentence named, or when none precedes
  the first one named after, within a month before publication (not a day a span starts
  from: "killed 78 people since last Monday") > the publication date
  (``publication``: the day the text says it was written when its date line names
  another, "09/10/10 08:23 PM ET" published September 11 in UTC; earliest/latest set by
  tense: past and untensed -> up to publication, present (also "is expected") and
  untensed heading events -> at publication, future -> from publication). A participle
  with its own subject and no auxiliary is a past tense the tagger missed ("when Andrew
  Lopez, 20, fired from ...").
  Timexes: a line break ends a sentence (a date line glued to the lead by the parser); a
  line that is only a date or time stamp ("June 8, 2010", "Updated 9:12 p.m. ET") dates
  the article, never the story, and the first one among the heading's lines, when it
  names another day than the publication date (within a month; a zoned clock counts by
  the day as written, not in UTC), is the day the text's relative dates count from
  ("June 6th, 2013 7:38pm EDT" under a publication date of June 14: "on Thursday" is
  June 6); a timex premodifying another noun dates that noun only ("the 1991
  agreement", "this year's conference"), with the event nouns compounded into it ("a
  1998 aggravated sexual assault conviction") and, for an event noun, the events of its
  relative clause ("a 1999 incident where he stabbed his wife"); a date after
  "since" starts a span that runs to the present and dates no event ("the fifth
  operation since September", also deeper in the phrase: "its biggest decline since the
  week after the September 11, 2001 attacks" dates the attacks only); "now"/"currently" is the publication day; "at the time"
  is the last time narrated, however coarse ("... in 1999 ... visiting another inmate
  at the time": 1999, not the story's day); a date in a "since" clause is background and
  no story goes on from it ("its biggest gain since it captured Bakhmut in May last
  year"); the event an anniversary or memorial is "of"
  takes no date from its sentence ("a vigil Thursday to mark the anniversary of the
  shooting"); a past clock time with no day of its own that
  is later than a zoned time stamp of the same day is on the day before ("Last Updated:
  Monday, 28 November 2005, 02:24 GMT" over a quake "which struck at 1353 (1023 GMT)":
  Sunday); a time from
  another clause (``sentence``) or an inherited one keeps its day and part of day
  ("Saturday night") but not a clock time ("took the weapons ... before fleeing at
  around 9 a.m.": the taking is on that day, not at 9 a.m.); a clock time
  "shortly/just before/after" lies within its day ("just before 11:30 p.m. on
  Saturday" dates Saturday's events).
- Modality, strongest first: negated ("not", "never", "nor", a denial, a subject with
  "no": "No shots were fired", a plan given up: "scrapped plans to nationalise"), future
  ("will", "plans to"), hedged ("may", "could", "possibly", belief verbs such as
  "suggest"/"indicate", unnamed reports, a possibility: "cuts were possible", "a possible
  recession", a fear: "fears that the economy was heading into a recession"), reported ("reportedly", "according to", reported speech), asserted. A
  verb joined by "and"/"or" to a bare verb, with no subject or finite auxiliary of its
  own, shares that verb's auxiliary and governor ("plans to close 14 plants and cut
  21,000 jobs": both future; not "could not say ... but said").

Sources
- The article is a source of every event. Within a sentence: "according to X" applies to
  every event of the sentence ("a report in X" -> X as ``report``, "a statement from X"
  -> X, "estimates" -> ``estimate``); a reporting verb's subject is a source of the events in its complement
  (``quoted`` inside quotation marks, else ``according_to``; with no complement in the
  parse, of the rest of its sentence, or of its own clause when that is adverbial or
  relative: "stocks surged after governments announced plans" reports no surge); nested chains keep both.
"""
from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from . import names, taxonomy
from .model import (Actor, Article, Claim, Event, EventTime, Extraction, Mention,
                    Participant, Place, Source, Span, Timex, digest, slug)

# --- word lists (grammar words, not domain answers) -----------------------------------------

FORCE_NOUNS = frozenset(
    "troops forces force soldiers soldier infantry army armies military servicemen "
    "servicemembers fighters units unit personnel marines sailors navy paratroopers "
    "commandos mercenaries brigade brigades battalion battalions regiment division "
    "militants militia militias contingent contingents garrison garrisons drones missiles "
    "rockets warplanes warships artillery tanks bombers gunboats".split())
GOVERNMENT_NOUNS = frozenset(
    "government governments officials official authorities authority ministry leadership "
    "administration regime cabinet diplomats diplomat spokesman spokeswoman "
    "spokesperson".split())
# a country's legislature: "Madagascar's parliament impeached the president"
LEGISLATURE_NOUNS = frozenset("parliament legislature congress senate assembly "
                              "lawmakers legislators parliamentarians".split())
COMPANY_NOUNS = names.COMPANY_NOUNS  # "the company said": the organisation
# People who act for an organisation or a country: "officials from X" stands for X.
REPRESENTATIVE_NOUNS = GOVERNMENT_NOUNS | frozenset(
    "representative representatives executive executives delegation delegations delegate "
    "delegates negotiator negotiators envoy envoys leader leaders analyst analysts "
    "economist economists strategist strategists researchers minister ministers member "
    "members source sources board directors management".split())
MEDIA_NOUNS = names.MEDIA_NOUNS
MEDIA_WORDS = re.compile(
    r"\b(News|Times|Post|Herald|Journal|Tribune|Gazette|Daily|Telegraph|Guardian|Agency|"
    r"Press|Radio|TV|Television|Broadcasting|Media|Reuters|Bloomberg|Yonhap|Interfax|"
    r"Tass|TASS|Ukrinform|Wikinews|BBC|CNN|AP|AFP|NPR|Al Jazeera|Kyodo|Xinhua|Euronews|"
    r"Axios|Politico|Wire|Magazine|Monitor|Chronicle|Observer|Independent|Insider)\b")
MILITARY_WORDS = re.compile(
    r"\b(Army|Navy|Air Force|Armed Forces|Forces|Force|Brigade|Regiment|Marine Corps|Division|"
    r"Battalion|Guard|Guards|Marines|Command|Militia|Fleet|Special Operations|Wagner)\b")
# the words of emergency services' names, no military's
SERVICE_WORDS = re.compile(r"\b(Fire|Police|Ambulance|Rescue|Constabulary)\b")
GOVERNMENT_WORDS = re.compile(
    r"\b(Ministry|Minister|Council|Department|Parliament|Congress|Senate|Government|"
    r"Kremlin|Pentagon|White House|Cabinet|Presidency|Administration|Duma|Rada|"
    r"Assembly|Commission|State Department|Foreign Office|Office of)\b")
# Common nouns of settlements and areas: "the city of X", "X village"
PLACE_NOUNS = frozenset("city town village district province county region state island "
                        "municipality prefecture regency township suburb "
                        "neighborhood neighbourhood valley oblast governorate".split())
# nouns of areas that a name before them makes a place's name ("the Jabal Ras area",
# "Jabalia camp"), and the plurals of place nouns after a list of names
AREA_NOUNS = frozenset("area camp".split())
PLURAL_PLACE_NOUNS = frozenset(
    w[:-1] + "ies" if w.endswith("y") else w + "s"
    for w in PLACE_NOUNS | AREA_NOUNS if w != "valley")
# nouns that, in apposition to a name, say it is a place ("Takengon, the capital of ...")
_NEAR_WORDS = frozenset("nearby neighbouring neighboring".split())
_APPOSED_PLACE_NOUNS = frozenset("capital area hub port resort settlement camp".split())
# things a force loses in war: "lost a landing ship", "lost two tanks"
_MATERIEL_NOUNS = frozenset("ship ships vessel vessels warship warships boat boats submarine "
                            "aircraft jet jets plane planes helicopter helicopters drone drones "
                            "tank tanks vehicle vehicles fighter fighters bomber bombers "
                            "soldier soldiers troops men life lives".split())
# verbs whose object is ground taken ("captured Bakhmut", "Avdiivka was encircled")
TERRITORY_VERBS = frozenset("capture recapture seize retake reclaim liberate occupy annex "
                            "encircle besiege surround storm overrun lose".split())
# ground that is taken and held: "captured the airport", "held their positions"
_TERRAIN_NOUNS = frozenset("position positions line lines ground territory area "
                           "bridgehead front base airport airfield port harbour harbor "
                           "capital hill heights ridge border crossing checkpoint "
                           "stronghold outpost fort fortress camp".split())
# things that run between two places ("a cable between Abu Talat and Marseilles")
_LINK_NOUNS = frozenset("cable line link route road highway railway railroad border "
                        "pipeline bridge corridor tunnel connection crossing".split())
# what befalls a link between two places: "an outage between Abu Talat and Marseilles",
# "a closure between X and Y" (also places)
_LINK_FAULT_NOUNS = frozenset("outage break cut fault closure disruption delay".split())
# Last words of street names: the name after "<street>, " is a town ("Newton Street, Millom");
# here also those that are surnames too (an address settles it)
STREET_WORDS = names.STREET_LAST_WORDS | frozenset("St Lane Drive Terrace Crescent Close".split())
# People named by where they are from ("a Millom man"); not kin or occupation nouns, which
# also follow surnames and organisations ("the Kennedy family", "a Harvard student")
ORIGIN_NOUNS = frozenset("man woman boy girl teen teenager youth resident native pensioner "
                         "mother father grandmother grandfather".split())
_COMPASS = frozenset("north south east west northeast northwest southeast southwest".split())
# the words after a place's name that make it a local one ("Vienna township")
LOCAL_UNIT_WORDS = frozenset("township village borough hamlet parish".split())
REGION_WORDS = frozenset("region regions oblast oblasts province provinces state states "
                         "district districts territory territories county counties "
                         "prefecture governorate".split())
LOCATIVE_PREPS = frozenset("in at near across into inside outside throughout toward towards "
                           "around within from onto over beyond along off".split())
ACTOR_PREPS = frozenset("by with according against to for from between among".split())
PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person",
            "they": "plural", "them": "plural", "it": "thing", "we": "plural",
            "i": "speaker", "me": "speaker", "its": "thing"}
NEGATIONS = frozenset("not n't never no".split())
FUTURE_AUX = frozenset("will shall 'll wo".split())
HEDGE_AUX = frozenset("may might could would should can".split())
HEDGE_ADV = frozenset("possibly perhaps probably likely apparently maybe presumably "
                      "seemingly potentially".split())
REPORTED_ADV = frozenset("reportedly allegedly purportedly supposedly".split())
FUTURE_GOVERNORS = frozenset("plan intend aim expect prepare vow promise threaten hope "
                             "seek want decide agree schedule set due slate poise "
                             "likely".split())  # ("are due to report next week")
# verbs of trying: what one tries to do is not asserted done ("tried to flee", "is trying
# to sell Hummer")
TRYING_VERBS = frozenset("try attempt stand".split())  # ("stand to lose more")
# verbs whose infinitive did not happen: "failed to win", "refused to pay", "declined to
# comment"
FAILING_VERBS = frozenset("fail refuse decline neglect unable".split())  # ("was unable to")
# verbs that ask someone else to do what their infinitive says ("asked him to resign");
# not those that say it was done ("forced villagers to spend the night", "persuaded her
# to surrender")
DIRECTIVE_VERBS = frozenset("ask urge order tell encourage press pressure invite instruct "
                            "advise direct".split())
RELIGION_NOUNS = frozenset("Muslim Christian Jew Hindu Buddhist Sikh Catholic Protestant "
                           "Mormon".split())
_ARG_DEPS = frozenset("nsubj nsubjpass dobj obj pobj attr appos dative conj".split())
SUBJ_DEPS = ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl")
CLAUSE_DEPS = frozenset("ccomp xcomp advcl relcl acl parataxis conj csubj pcomp".split())
NOUN_POS = ("NOUN", "PROPN")
UNNAMED_SOURCE_NOUNS = frozenset("report reports source sources media estimate estimates "
                                 "observer observers analyst analysts".split())
# people who speak unnamed: "said one London-based trader", "a dealer said"
UNNAMED_SPEAKER_NOUNS = frozenset(
    "trader dealer broker investor economist strategist official spokesman spokeswoman "
    "spokesperson adviser advisor resident witness executive banker expert insider "
    "person aide diplomat negotiator lawmaker legislator neighbour neighbor medic "
    "paramedic survivor relative".split())
# bodies that speak unnamed: "authorities said", "the army said", "the electoral
# authority said", "a monitoring group said", "the Observatory said"
UNNAMED_BODY_NOUNS = frozenset(
    "authority police army military government ministry agency monitor group observatory "
    "television radio coalition command department commission council office "
    "prosecutor prosecutors investigator investigators rescuer rescuers media".split())
# Statement nouns that, with no one making them, name a source rather than an event:
# "reports that ...", "some reports", "claims of ..." ("the announcement came ..." is an event).
SOURCE_NOUNS = frozenset("report reports claim claims estimate estimates comment comments".split())
# what a company owns and sells: "the sale of its operations in Asia"
OWNED_NOUNS = frozenset("operation business asset unit division subsidiary arm stake "
                        "share holding brand plant factory".split())
PATIENT_POSSESSOR_NOUNS = frozenset("loss losses death deaths arrest capture defeat release "
                                    "withdrawal murder killing assassination execution "
                                    "kidnapping trial conviction detention rescue funeral "
                                    "dismissal appointment election arrival collapse".split())
# Event nouns whose name before them undergoes the event: "the Jaguar acquisition", "the
# Hummer sale" (not "the Toyota recall": Toyota recalls; nor "the EU-IMF bailout")
PATIENT_MODIFIER_NOUNS = frozenset("acquisition takeover buyout purchase sale "
                                   "nationalisation nationalization".split())
# Event nouns whose "of" object undergoes the event: "the capture of Bakhmut", "the losses
# of Adam Air Flight 574", "the death of ...".
PATIENT_OF_NOUNS = frozenset("capture seizure recapture occupation annexation arrest "
                             "suspension release loss death defeat destruction "
                             "control".split()) | \
    frozenset(  # nominalised transitive verbs: "production of ...", "the murder of ..."
        "production purchase sale sales acquisition delivery launch replacement installation "
        "upgrade development construction manufacture closure shutdown expansion dismissal "
        "appointment election nomination removal evacuation rescue treatment detention "
        "deportation killing murder assassination execution slaying shooting stabbing "
        "kidnapping rape trial conviction prosecution investigation probe inspection funeral "
        "criticism condemnation takeover buyout bailout nationalisation nationalization "
        "restructuring".split()) | \
    frozenset(  # nominalised unaccusatives: "the collapse of ...", "a decrease of ..."
        "increase decrease decline rise drop fall growth collapse crash arrival return "
        "disappearance".split())
# Event nouns that happen to someone or something, with no agent of their own.
UNDERGOING_NOUNS = frozenset("loss losses death deaths defeat increase decrease decline rise "
                             "drop fall growth collapse crash arrival return "
                             "disappearance".split())
PART_NOUNS = frozenset("part parts area areas section sections portion portions territory "
                       "territories half third thirds two-thirds much most rest outskirts "
                       "center centre north south east west border borders coast "
                       "coasts shore shores edge heart suburbs".split())
QUANTITY_NOUNS = frozenset("number numbers thousands hundreds dozens millions group groups "
                           "part parts most some many all majority rest contingent wave "
                           "column detachment members member".split())
# Intransitive verbs whose subject undergoes the event (PropBank Arg1): "Jobs died",
# "prices fell", "the bridge collapsed".
UNACCUSATIVE_VERBS = frozenset("die fall rise drop decline increase decrease grow shrink "
                               "collapse sink crash explode burn happen occur arrive "
                               "disappear vanish emerge soar plunge slump end close open "
                               "change improve worsen expand recover rebound surge "
                               "dip double triple halve return come go".split())
# Verbs that are unaccusative where they move by an amount ("HSBC slipped 2 percent",
# "jumped to $5"); "he slipped", "was climbing" keep an agent, and so does the loser or
# gainer of an amount ("HBOS lost 10 percent", "France will lose 4,300 jobs").
MOVING_BY_VERBS = frozenset("slip slide tumble plummet climb jump edge sag dive advance "
                            "retreat".split())
# Verbs whose subject undergoes their object ("he had undergone a liver transplant").
UNDERGOING_VERBS = frozenset("undergo".split())
# Verbs that take an object and its infinitive: without the object, the subject is passive
# ("Boeing allowed to bid for contracts", headline style).
# verbs whose object does the act in their "of" phrase ("accused the army of bombarding")
ACCUSING_WORDS = frozenset("accuse suspect convict acquit blame charge".split())
# verbs that judge someone "for" what that one did ("blamed the Taliban for planting the
# bomb", "praised the rescuers for working through the night")
JUDGING_FOR_VERBS = frozenset("blame praise thank criticise criticize condemn punish fine "
                              "arrest sentence sue reward commend credit fault".split())
OBJECT_CONTROL_VERBS = frozenset("allow permit force order urge require authorize authorise "
                                 "compel oblige encourage instruct invite enable forbid "
                                 "tell".split())
# Event nouns whose "from" phrase is their agent ("an order from Qatar Airways", "a
# statement from the ministry", "support from the U.S."), by type, and these.
FROM_AGENT_TYPES = frozenset("statement appeal intent demand disapproval rejection threat aid "
                             "sanction attack".split())
FROM_AGENT_NOUNS = frozenset("order orders pre-order pre-orders investment".split())
# Events of two sides: "a dispute between Airbus and Boeing" (the first side is the agent,
# the others co-agents, as with "with").
RECIPROCAL_WORDS = frozenset("meet talk negotiate agree cooperate meeting talks agreement deal "
                             "clash fight trade partner dispute conflict war battle fighting "
                             "competition contest negotiation negotiations discussion "
                             "discussions summit treaty accord pact partnership alliance "
                             "compete".split())
# Verbs whose subject is the agent of their eventive object, which stays an event of its own
# ("negotiated the purchase", "signed the agreement", "reached a deal").
SUPPORT_VERBS = frozenset("negotiate agree sign conclude finalize finalise complete seal "
                          "strike reach ink announce unveil file submit lodge issue place "
                          "present".split())
# Adjectives whose infinitive is done by their subject ("willing to contribute", "able to
# fly", "excited to come back"), and "tough" adjectives whose subject is the infinitive's
# object ("hard to hit"); with any other adjective the infinitive has no subject of its own
# ("it is disappointing to hear").
CONTROL_ADJECTIVES = frozenset(
    "able unable willing unwilling ready eager keen reluctant likely unlikely certain sure due "
    "set free happy glad proud pleased sorry sad excited anxious afraid careful quick slow "
    "prepared determined content desperate hesitant interested first last next".split())
TOUGH_ADJECTIVES = frozenset("easy hard difficult tough impossible".split())
# Event nouns whose "in" phrase on a verb is done by the verb's subject ("said in a
# statement", "are in talks with ...", "acted in response to ..."): statements, meetings,
# agreements, appeals and protests, and these.
SETTING_NOUN_TYPES = frozenset("statement meeting agreement appeal protest demand disapproval "
                               "rejection threat intent".split())
SETTING_NOUNS = frozenset("response reaction attempt effort".split())
GIVING_VERBS = frozenset("share give provide supply send deliver offer sell lend transfer "
                         "donate grant".split())
# Verbs whose object receives what their "with" phrase names ("supply the Air Force with
# tankers", "provide Ukraine with weapons").
PROVIDE_WITH_VERBS = frozenset("supply provide equip arm furnish present".split())
ENTITY_LABELS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "FAC": "FAC",
                 "NORP": "NORP", "PRODUCT": "OTHER", "EVENT": "OTHER",
                 "WORK_OF_ART": "OTHER", "LAW": "OTHER"}
QUOTES = "\"“”«»„"
STORY_WINDOW_DAYS = 31
# how far before the day of "X on Tuesday after Y" the story's day for Y may lie
AFTER_WINDOW_DAYS = 2
# Predicates of accusing and judging: what their "of/with/for/in/to/on" complement (or
# compounded noun) names is an offense, done before the accusation ("accused of killing",
# "charged with murder", "murder charges", "trial for", "confessed to", "arrested on
# suspicion of")
LEGAL_PREDICATES = frozenset("accuse charge convict guilty trial confess suspect indict "
                             "verdict acquit arrest".split())
# accusations and judgments: news of the day they are told, unlike an arrest
NEWS_PREDICATES = LEGAL_PREDICATES - {"arrest"}
# the steps of a court story that different words tell ("found guilty", "convicted")
NEWS_STEPS = {"guilty": "verdict", "convict": "verdict", "verdict": "verdict"}
OFFENSE_PREPS = frozenset("of with for in to on".split())
# nouns whose "of" names an older event that the sentence's date does not date
ANNIVERSARY_NOUNS = frozenset("anniversary anniversaries commemoration memorial".split())
HEADING_LINES = 4  # lines after the headline that may still be heading (decks, date lines)
_SENTENCE_END = frozenset(".!?;:\"”'’")


TIME_ZONES = frozenset("GMT UTC ET EST EDT CT CST CDT MT MST MDT PT PST PDT BST CET CEST "
                       "EET EEST AEST AEDT JST KST WIB".split())
# an office named by its portfolio: "Secretary of State", "Minister of Defence"
PORTFOLIO_OF = re.compile(r"\b(?:Secretary|Minister|Secretary-General|Undersecretary)\s+of"
                          r"\s+\Z")


# --- internal working records ----------------------------------------------------------------

@dataclass
class _Ent:
    start: int  # global char offsets
    end: int
    label: str  # contract label
    toks: list  # spaCy tokens of the mention
    name: str
    ref: str | None = None


@dataclass
class _ActorDraft:
    id: str
    name: str
    kind: str
    country: str | None = None
    aliases: set = field(default_factory=set)
    titles: set = field(default_factory=set)

    def freeze(self) -> Actor:
        aliases = sorted(a for a in self.aliases if a != self.name)
        return Actor(self.id, self.name, self.kind, tuple(aliases), self.country,
                     tuple(sorted(self.titles)))


def _norm_space(s: str) -> str:
    return " ".join(s.replace("\u2019", "'").split())


def _strip_name(s: str) -> str:
    s = _norm_space(s)
    s = re.sub(r"^(?:the|The|THE)\s+", "", s)
    s = re.sub(r"'s?$", "", s).strip()
    return s


_DIRECTIONS = frozenset("north south east west northern southern eastern western central "
                        "northeast northwest southeast southwest upper lower greater new "
                        "old".split())


def _is_continent(name: str) -> bool:
    """A continent or a like area ("North America", "Europe", "Asia")."""
    p = _gaz().lookup_place(name)
    return p is not None and p.kind == "area" and _fold(p.name) == _fold(name)


def _fold(s: str) -> str:
    """Lower case without accents ("San José" -> "san jose")."""
    return "".join(c for c in unicodedata.normalize("NFKD", s.lower())
                   if not unicodedata.combining(c))


def _gaz():
    from . import gazetteer
    return gazetteer


def _timex_mod():
    from . import timex
    return timex


# --- the per-article extractor -----------------------------------------------------------------

class _ArticleExtractor:
    def __init__(self, article: Article, segs: Sequence[tuple[int, object]]):
        self.a = article
        self.text = article.text
        self.segs = segs  # (global start, Doc)
        self.ents: list[_Ent] = []
        self.tok_refs: dict[tuple[int, int], list[str]] = {}  # (seg, token i) -> actor ids
        self.tok_places: dict[tuple[int, int], list[str]] = {}
        self.actors: dict[str, _ActorDraft] = {}
        self.places: dict[str, Place] = {}
        self.countries: set[str] = set()
        self.timexes: list[Timex] = []
        self.seg_of_doc = {id(doc): n for n, (_, doc) in enumerate(segs)}
        self.org_short: dict[str, str] = {}
        # generic institution names and the country-qualified name they were last given
        # ("Home Ministry" -> ("Nepalese Home Ministry", "NP"))
        self._generic_orgs: dict[str, tuple[str, str]] = {}
        self._placed: set[str] = set()  # names the text says are places (retype_names)
        self._dated_incidents: dict[tuple, EventTime] = {}
        self._labour_strike: bool | None = None  # (a strike of the article is a labour one)
        self._money_crisis: bool | None = None  # (a crisis of the article is an economic one)
        self._market_rally: bool | None = None  # (a rally of the article is of markets)
        self._unknown_acting: set[str] = set()  # (unknown "places" that act: companies)
        self._qualifier_toks: set = set()  # (the tokens of "Calif." in "Malibu, Calif.")
        self._name_toks: set = set()  # (lower-case words inside places' names)
        self._credit = None  # (the source a headline credits at its end: _headline_credit)
        self._heads_of_bodies: dict[str, str] = {}  # ("Observatory": "Syrian Observatory
        # for Human Rights")
        self._background: set[str] | None = None  # (timexes of flashbacks, descriptions)
        self._offenses: list[tuple[int, str, bool, EventTime]] = []  # (at, event id, dated, time)
        self._heading_cache: tuple[int, int] | None | bool = False
        self._written: str | None | bool = False
        self._affil: dict[str, str] | None = None
        self._org_cc: dict[str, set[str]] | None = None
        self._history: list[dict] = []
        self._info: dict = {"subjects": [], "actors": [], "times": []}

    # -- offsets
    def off(self, tok) -> int:
        return self.segs[self.seg_of_doc[id(tok.doc)]][0] + tok.idx

    def key(self, tok) -> tuple[int, int]:
        return (self.seg_of_doc[id(tok.doc)], tok.i)

    def span_of(self, toks) -> Span:
        s = self.off(toks[0])
        last = toks[-1]
        e = self.off(last) + len(last.text)
        return Span(s, e, self.text[s:e])

    # -- actors
    def actor(self, aid: str, name: str, kind: str, country: str | None = None,
              alias: str | None = None) -> str:
        d = self.actors.get(aid)
        if d is None:
            d = self.actors[aid] = _ActorDraft(aid, name, kind, country)
        elif country and not d.country:
            d.country = country
        if alias:
            d.aliases.add(_norm_space(alias))
        return aid

    def country_actor(self, cc: str, alias: str | None = None) -> str | None:
        name = _gaz().country_name(cc)
        if not name:
            return None
        return self.actor("actor:" + slug(name), name, "country", cc, alias)

    def demonym_name(self, cc: str, written: str) -> str:
        return _gaz().demonym(cc) or _norm_space(written)

    def military_actor(self, cc: str, written: str, alias: str | None = None) -> str:
        name = f"{self.demonym_name(cc, written)} forces"
        return self.actor("actor:" + slug(name), name, "military", cc, alias)

    def government_actor(self, cc: str, written: str, alias: str | None = None) -> str:
        name = f"{self.demonym_name(cc, written)} government"
        return self.actor("actor:" + slug(name), name, "government", cc, alias)

    def body_actor(self, cc: str, written: str, body: str, kind: str,
                   alias: str | None = None) -> str:
        """A country's body that is no government nor military: "Malagasy parliament",
        "Zimbabwean ruling party", "Ghanaian opposition"."""
        name = f"{self.demonym_name(cc, written)} {body}"
        return self.actor("actor:" + slug(name), name, kind, cc, alias)

    def _country_body(self, cc: str, written: str, noun) -> str | None:
        """The actor a country's body noun stands for ("Russia's army", "Madagascar's
        parliament", "Zimbabwe's ruling party", "Germany's foreign ministry"), or None."""
        lemma = noun.lower_
        alias = _norm_space(written + "'s " + " ".join(
            t.text for t in noun.doc[noun.left_edge.i:noun.i + 1] if t.dep_ != "poss"
            and t.tag_ != "POS" and not (t.i < noun.i and t.pos_ == "DET")))
        if lemma in FORCE_NOUNS:
            return self.military_actor(cc, written, alias=alias)
        if lemma in GOVERNMENT_NOUNS or lemma == "presidency":
            return self.government_actor(cc, written, alias=alias)
        if lemma in LEGISLATURE_NOUNS:
            return self.body_actor(cc, written, "parliament", "government", alias=alias)
        if lemma == "opposition":
            return self.body_actor(cc, written, "opposition", "group", alias=alias)
        if lemma == "party" and any(c.lower_ in ("ruling", "governing") for c in
                                    noun.children):
            return self.body_actor(cc, written, "ruling party", "organization", alias=alias)
        return None

    # -- places
    def place(self, name: str, hint: str | None, facility: bool = False,
              within: Place | None = None) -> str | None:
        """The place id for a name (geocoded when the gazetteer knows it). A facility
        ("at Morningside") takes a gazetteer place of its name only inside a country the
        article mentions: a rehab centre is not the Canadian town of the same name. A
        place the text puts in a region or country (``within``: "Springfield, Ill.") is
        one of that region's, or unknown."""
        g = _gaz()
        p = g.lookup_place(name, countries=sorted(self.countries), hint=hint, within=within)
        if p is not None and facility and p.country not in self.countries:
            p = None
        if p is None:
            if not name or not name[0].isupper():
                return None
            p = Place(id="place:" + slug(name), name=name, kind="other")
        if p.id not in self.places:
            self.places[p.id] = p
            for up in g.parent_chain(p) if p.geonames_id or p.parent else []:
                self.places.setdefault(up.id, up)
        return p.id

    # ------------------------------------------------------------------------ entities
    def collect_entities(self) -> None:
        g = _gaz()
        raw: list[_Ent] = []
        model = []  # (tokens, label) of the model's mentions
        for n, (base, doc) in enumerate(self.segs):
            found = []
            for ent in doc.ents:
                label = ENTITY_LABELS.get(ent.label_)
                if label is None:
                    continue
                toks = list(ent)
                while toks and toks[0].lower_ in ("the", "a", "an") and len(toks) > 1:
                    toks = toks[1:]
                while toks and toks[-1].tag_ == "POS" and len(toks) > 1:
                    toks = toks[:-1]
                k = next((k for k, t in enumerate(toks) if k > 0 and t.text == "("), None)
                if k is not None and not any(t.text == ")" for t in toks[k:]):
                    toks = toks[:k]  # "Hayat Tahrir Al-Sham (HTS": the name, not the
                    # bracket the model ran into
                def low(t):  # (as written: a headline is parsed truecased)
                    return t.is_alpha and self.text[base + t.idx:base + t.idx + len(t)].islower()
                if label == "ORG":
                    while len(toks) > 1 and low(toks[-1]) and \
                            toks[-1].pos_ in ("NOUN", "PROPN") and toks[-2].text[:1].isupper():
                        toks = toks[:-1]  # "KCNA news agency", "the ZANU-PF party": the
                        # name without the describing noun the model took in
                    while len(toks) > 2 and low(toks[-1]) and \
                            toks[-1].pos_ in ("NOUN", "PROPN") and low(toks[-2]) and \
                            toks[-2].pos_ in ("NOUN", "PROPN", "ADJ") and \
                            toks[-3].text[:1].isupper():
                        toks = toks[:-2]
                if len(toks) > 1 and toks[0].tag_ == "VBG" and \
                        _head(toks[1:]).head.i == toks[0].i:
                    toks = toks[1:]  # "Describing Yida as a very insecure area": the verb
                    # is no part of the name it takes
                if label == "ORG" and len(toks) > 2 and toks[0].lemma_.lower() in \
                        MEMBER_NOUNS and toks[1].lower_ in ("of", "in", "at"):
                    toks = toks[2:]  # "Shares of Bank of America", "Employees of GM": the
                    # model took the head noun into the name
                cut = next((k for k in range(len(toks) - 2, 0, -1)
                            if toks[k].is_lower and toks[k].lemma_.lower() in
                            names.ORG_NOUNS | names.PERSON_NOUNS and
                            toks[k + 1].text[:1].isupper() and
                            all(t.is_lower or t.ent_type_ == "NORP" or
                                _gaz().country_of_demonym(t.text) for t in toks[:k])), None)
                if cut is not None and label in ("ORG", "PERSON"):
                    # "Russian bank Sberbank", "German carmaker Volkswagen": the model took
                    # the describing words into the name
                    demonyms = [t for t in toks[:cut] if _gaz().country_of_demonym(t.text)]
                    if demonyms:
                        found.append((demonyms[:1], "NORP"))
                    toks = toks[cut + 1:]
                if label == "ORG" and len(toks) >= 4 and toks[-2].lower_ == "of" and \
                        _gaz().country_code(toks[-1].text) and \
                        toks[-3].text.rstrip(".") in HOME_SUFFIXED_ENDS:
                    found.append((toks[-1:], "GPE"))
                    toks = toks[:-2]  # "RHJ International of Belgium": the company, from
                    # Belgium (not "Bank of America", "Royal Bank of Scotland")
                nxt = toks[-1].doc[toks[-1].i + 1] if toks[-1].i + 1 < len(toks[-1].doc) \
                    else None
                if label == "PERSON" and nxt is not None and \
                        nxt.lower_ == "administration" and toks[-1].head.i == nxt.i:
                    toks = toks + [nxt]  # "the Bush administration": a government, no
                    label = "ORG"  # person
                if label in ("ORG", "PERSON") and len(toks) > 1 and toks[0].is_sent_start \
                        and toks[0].is_title and toks[0].lower_ in names.DESCRIBING_COMPANY_NOUNS \
                        and toks[1].text[:1].isupper():
                    toks = toks[1:]  # "Automaker Porsche said ...", "Retailer Best Buy":
                    # the sentence's capital on the describing noun, no part of the name
                    label = "ORG"
                amount = next((k for k, t in enumerate(toks) if k > 0 and
                               (t.like_num or t.text in ("$", "£", "€", "¥")) and
                               toks[k - 1].text[:1].isupper() and any(
                                   x.lower_ in AMOUNT_WORDS for x in toks[k:])), None)
                if amount is not None:
                    toks = toks[:amount]  # "owes the Bank of England 25 billion pounds":
                    # the model took the amount into the name
                verb = next((k for k, t in enumerate(toks) if 0 < k < len(toks) - 1 and
                             t.tag_ in ("VBD", "VBZ", "VBP") and t.is_lower and
                             t.is_alpha and toks[0].text[:1].isupper()), None)
                if verb is not None:
                    # a span across a clause's verb is two names: '," Toyoda told the
                    # House Committee on Oversight' (one "work of art" for the model),
                    # "Stirling called Orozco a predator"
                    found += _split_at_verb(toks[:verb], toks[verb + 1:])
                    continue
                if toks:
                    found.append((toks, label))
            joined = names.join_geo_of(names.join_legal_form(names.join_trailing_of(
                names.strip_trailing_title(found))))
            model += names.join_split_name(joined, _gaz_knows)
        # the words each mention's neighbours use alone, for "Lopez and Carrasquillo"
        ends = Counter(t.text for toks, _ in model for t in {toks[0].i: toks[0],
                                                             toks[-1].i: toks[-1]}.values())
        tagged = {self.key(t) for toks, _ in model for t in toks}
        loose = {t.text for _, doc in self.segs for t in doc
                 if t.pos_ == "PROPN" and self.key(t) not in tagged}
        whole = Counter(_strip_name(" ".join(t.text for t in toks)) for toks, _ in model)

        def known_place(text: str) -> bool:
            p = g.lookup_place(text, countries=sorted(self.countries))
            return p is not None and _fold(p.name) == _fold(text)  # "San Jose", not "Wal"

        def owner(text: str) -> bool:
            text = _strip_name(text)
            if names.common_noun(text):
                return False  # "the Sheriff's Department", "Apple's C.E.O."
            return bool(g.country_code(text)) or whole[text] > 0 or known_place(text)

        self._known_place = known_place

        for toks, label in model:
            own = Counter(t.text for t in {toks[0].i: toks[0], toks[-1].i: toks[-1]}.values())
            alone = {w for w, c in ends.items() if c > own.get(w, 0)} | loose
            parts = names.split_span(toks, alone, owner)
            if len(parts) > 1:  # "Apple's C.E.O.": the title is no name
                parts = [p for p in parts if not names.common_noun(" ".join(t.text for t in p))]
            for k, part in enumerate(parts):
                lab = label
                if lab in ("PERSON", "ORG"):
                    inner = next((j for j in range(1, len(part) - 2)
                                  if part[j].text[:1].isupper() and part[j].lower_.replace(
                                      ".", "") in names.TITLE_NOUNS), None)
                    if inner is not None and names.strip_title(part[inner:]) is not \
                            part[inner:]:
                        # a title inside the span: "Palmer Police Sergeant Shayne La Croix"
                        # is the police (a name of two words or more) and the sergeant
                        if inner >= 2:
                            raw.append(self._ent(part[:inner], "ORG"))
                        part, lab = names.strip_title(part[inner:]), "PERSON"
                    titled = names.strip_title(part)
                    if titled is not part:
                        part, lab = titled, "PERSON"  # "Spokeswoman Sandy Angers"
                if len(parts) > 1:
                    text = _norm_space(" ".join(t.text for t in part))
                    if g.country_code(text):
                        lab = "GPE"  # "Ukraine's Center for ...": country + organisation
                    elif lab == "OTHER" and k < len(parts) - 1:
                        lab = "ORG"  # the owner of a thing ("Apple Computer's Mac OS X")
                if lab == "ORG":
                    part, lab = _product_or_org(part, lab)
                if lab == "GPE" and g.country_of_demonym(_strip_name(
                        " ".join(t.text for t in part))) and not g.country_code(
                        _strip_name(" ".join(t.text for t in part))):
                    lab = "NORP"
                raw.append(self._ent(part, lab))
        # "Telecom Egypt", "Etisalat Egypt": a name that ends with a country but is no
        # place is a company (the model splits or calls it a place)
        merged: list[_Ent] = []
        for e in sorted(raw, key=lambda e: (e.start, e.end)):
            prev = merged[-1] if merged else None
            if prev is not None and prev.end + 1 == e.start and self.text[prev.end] == " " \
                    and prev.toks[-1].doc is e.toks[0].doc and prev.label in ("GPE", "ORG") \
                    and (e.label == "GPE" and g.country_code(e.name) or
                         e.label == "LOC" and prev.label == "ORG" and _is_continent(e.name)) \
                    and not known_place(prev.name) and not g.country_code(prev.name) \
                    and prev.name.lower() not in _DIRECTIONS:
                merged[-1] = self._ent(prev.toks + e.toks, "ORG")
                continue
            merged.append(e)
        raw = merged
        for e in raw:
            words = e.name.split()
            if e.label == "GPE" and len(words) > 1 and words[-1][:1].isupper() and \
                    g.country_code(words[-1]) and \
                    not known_place(e.name) and not g.country_code(e.name) and \
                    words[0].lower() not in _DIRECTIONS:
                e.label = "ORG"
        # a name has a capital ("the antenna's placement" is no person) and is no unit
        # glued to a number ("16GB")
        raw = [e for e in raw if any(c.isupper() for c in e.name) and not (
            e.toks[0].i > 0 and not e.toks[0].doc[e.toks[0].i - 1].whitespace_
            and e.toks[0].doc[e.toks[0].i - 1].like_num) and not _worded_measure(e.name)]
        # two organisations the model joined over "and" ("talks with Barclays and Bank of
        # America"), one of which the article names alone: two names ("Procter and
        # Gamble" stays one)
        alone = {e.name for e in raw if e.label == "ORG" and " and " not in e.name}
        split: list[_Ent] = []
        for e in raw:
            cut = [k for k, t in enumerate(e.toks) if t.lower_ == "and" and 0 < k < len(
                e.toks) - 1]
            if e.label == "ORG" and len(cut) == 1:
                left, right = e.toks[:cut[0]], e.toks[cut[0] + 1:]
                if _norm_space(" ".join(t.text for t in left)) in alone or \
                        _strip_name(_norm_space(" ".join(t.text for t in right))) in alone:
                    split += [self._ent(left, "ORG"), self._ent(right, "ORG")]
                    continue
            split.append(e)
        raw = split
        # a stock market index is a financial instrument, no actor (see _market_index)
        for e in raw:
            if e.label in ("ORG", "PERSON") and _market_index(e.toks):
                e.label = "OTHER"
        # an acronym the article also uses as a common noun ("a prior DUI", "two CEOs")
        # names nothing anywhere in the article
        # ("a new GM" is still General Motors when the article names it)
        common = {a for a in _common_acronyms(doc for _, doc in self.segs)
                  if not any(e.label == "ORG" and names.spells(a, e.name) for e in raw)}
        raw = [e for e in raw if e.name.rstrip("s") not in common and
               not names.is_common_acronym(e.name)]
        # a one-word "name" heading a sentence or in the headline that the article also
        # writes in lower case is a common word ("Arson is suspected", "Climber dead after
        # ...", "Riot breaks out"); not an institution's word ("Navy foils ..."). So is
        # one that English uses as a noun saying what someone or something is, or as a
        # noun naming an event ("Detectives said", "Suspect had been fired", "Actress and
        # swimmer Esther Williams", "Plane bombs camp", "Fire at Waitrose"), unless the
        # article capitalises it inside a sentence too ("King said", "Billy King")
        from .nlp import english_words
        lower_words = set(re.findall(r"\b[a-z][a-z'-]*\b", self.text))
        ts = self.a.title_span
        named_inside = {t.text for _, doc in self.segs for t in doc if t.i > t.sent.start
                        and t.text[:1].isupper() and doc[t.i - 1].is_alpha}
        raw = [e for e in raw if not (
            len(e.toks) == 1 and e.name.istitle() and (
                e.name.lower() in lower_words or e.name not in named_inside and (
                    names.common_noun(e.name) or e.toks[0].pos_ == "NOUN" and
                    taxonomy.is_eventive_noun(e.toks[0].lemma_) or
                    ABSTRACT_NOUN_END.search(e.name) and
                    e.name.lower() in english_words() and not _gaz_knows(e.name))) and
            (e.toks[0].i == e.toks[0].sent.start or ts is not None and
             ts.start <= e.start < ts.end) and not (
                MILITARY_WORDS.search(e.name) or GOVERNMENT_WORDS.search(e.name) or
                MEDIA_WORDS.search(e.name)))]
        # so is a long English word written in capitals ("PROVISIONAL TRIAL DATE SET",
        # "A FIRE-BOMB attack"; not an acronym, "NATO", "SWAT", nor a name the article
        # writes in capitals, "SEACOM", "MILLOM")
        english = english_words()
        raw = [e for e in raw if not (
            e.name.isupper() and len(e.name.replace("-", "")) >= 6 and
            re.fullmatch(r"[A-Z]+(?:-[A-Z]+)*", e.name) and
            all(w in english for w in e.name.lower().split("-")) and
            not all(w.title() in named_inside for w in e.name.split("-")) and
            not _gaz_knows(e.name.title()) and not (
                MILITARY_WORDS.search(e.name.title()) or
                GOVERNMENT_WORDS.search(e.name.title()) or
                MEDIA_WORDS.search(e.name.title())))]
        # a time zone is no organisation ("at 0400 (local and GMT)", "8:23 PM ET"), nor is
        # the portfolio in an office's title ("Secretary of State Mike Pompeo")
        raw = [e for e in raw if not (
            e.name in TIME_ZONES and (e.name in ("GMT", "UTC") or re.search(
                r"(?:\d|[ap]\.?m\.?|local|and|\()\s*\Z",
                self.text[max(0, e.start - 12):e.start], re.I)) or
            len(e.toks) == 1 and e.label == "ORG" and PORTFOLIO_OF.search(
                self.text[max(0, e.start - 24):e.start]))]
        # a name inside a quoted title of three words or more, all capitalised but the
        # small ones, is part of the title of a work, no name of its own ("Take Me Out to
        # the Ball Game", "Jupiter's Darling")
        raw = [e for e in raw if not _in_quoted_title(e.toks)]
        # given names the model left out of a person's name ("Sheikh Abdiasis Abu Musab"
        # tagged "Abu Musab"): capitalised words compounded to it, right before it, that are
        # no English word, title, form of address or place
        for k, e in enumerate(raw):
            if e.label != "PERSON" or names.shape_label(e.toks, e.label) != "PERSON":
                continue  # (a name shaped as a business's: "Maid Creamery")
            toks = list(e.toks)
            doc = toks[0].doc
            while toks[0].i > 0:
                t = doc[toks[0].i - 1]
                if not (t.dep_ == "compound" and t.head in toks and t.tag_ == "NNP" and
                        t.text.istitle() and t.is_alpha and t.ent_type_ in ("", "PERSON")
                        and t.lower_ not in english and t.lower_ not in lower_words
                        and t.lower_ not in NAME_PREFIX_WORDS and not _gaz_knows(t.text)
                        and not any(t.lower_.endswith(w) for w in TITLE_TAILS)):
                    break
                toks.insert(0, t)
            if len(toks) > len(e.toks):
                raw[k] = self._ent(toks, "PERSON")
        # a Reuters instrument code in brackets after a company's name ("Citigroup Inc
        # (C.N)", "Toyota (7203.T)") is a listing, no name
        raw = [e for e in raw if not _RIC.fullmatch(
            self.text, max(0, e.start - 1), min(len(self.text), e.end + 1))]
        # so is a ticker in brackets right after the company's name that is no acronym
        # of it ("Magna International Inc. (MGA)", "Cisco Systems Inc. (CSCO)"; not
        # "General Motors (GM)")
        by_end = {e.end: e for e in raw if e.label == "ORG"}
        raw = [e for e in raw if not _ticker_after(self.text, e, by_end)]
        # a name of several words in the headline that the article writes in lower case
        # as a phrase is a common noun phrase ("Texas Lifer Escapes Prison Van Near
        # Houston" and "escaped from a prison van")
        raw = [e for e in raw if not (
            len(e.toks) > 1 and ts is not None and ts.start <= e.start < ts.end and
            re.search(r"\b" + re.escape(e.name.lower()) + r"\b", self.text))]
        # a zone or clock word inside a temporal expression ("12:41 GMT", "11:39am UK") is
        # part of the time, not a name
        inside = sorted((t.span.start, t.span.end) for t in self.timexes)
        inside_starts = [s for s, _ in inside]

        def in_time(start: int, end: int) -> bool:  # timex spans do not overlap
            k = bisect.bisect_right(inside_starts, start) - 1
            return k >= 0 and end <= inside[k][1]

        raw = [e for e in raw if not in_time(e.start, e.end)]
        # a name the model ran into a date stops before it ("APP - UrduPoint / Pakistan
        # Point News - 11th Jan", an aggregator's byline)
        for k, e in enumerate(raw):
            cut = next((j for j, t in enumerate(e.toks) if j > 0 and any(
                s <= self.off(t) < en for s, en in inside)), None)
            if cut is None:
                continue
            toks = e.toks[:cut]
            while toks and (toks[-1].is_punct or toks[-1].text in ("-", "/", "–")):
                toks = toks[:-1]
            if toks:
                raw[k] = self._ent(toks, e.label)
        # names the model left untagged: an acronym that acts ("TMZ reported"), a plural
        # proper noun after "the" ("the Sixers"): organisations
        tagged = {self.key(t) for e in raw for t in e.toks}
        capitals = {(id(doc), sent.start) for _, doc in self.segs for sent in doc.sents
                    if sent.text.isupper()}
        lower_words = set(re.findall(r"\b[a-z][a-z'-]*\b", self.text))  # (as written,
        # not as the headline is truecased)
        inside_words = {t.text for _, doc in self.segs[-1:] for t in doc
                        if t.i > t.sent.start and t.text.istitle()}  # not heading a sentence
        from .nlp import english_words
        english = english_words()
        for _, doc in self.segs:
            for t in doc:
                # a capitalised word that is no English word before an age is a person's
                # name, whatever the tagger took it for ("Wiedeking, 56, and Holger
                # Haerter, 53, were leaving": a "verb" in -ing)
                if self.key(t) not in tagged and t.text.istitle() and t.is_alpha and \
                        len(t.text) > 2 and t.lower_ not in english and \
                        t.i + 3 < len(doc) and doc[t.i + 1].text == "," and \
                        doc[t.i + 2].text.isdigit() and 0 < int(doc[t.i + 2].text) < 120 and \
                        doc[t.i + 3].text == "," and not _gaz_knows(t.text) and \
                        not (t.i > 0 and doc[t.i - 1].text[:1].isupper()):
                    raw.append(self._ent([t], "PERSON"))
        for _, doc in self.segs:
            for t in doc:
                if self.key(t) in tagged or t.pos_ not in NOUN_POS or t.ent_type_ in (
                        "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"):
                    continue
                off = self.off(t)
                if in_time(off, off + 1) or (id(doc), t.sent.start) in capitals:
                    continue  # inside a time ("12:41 GMT"), or a sentence in capitals
                word = t.text
                if _ACRONYM.match(word) and t.pos_ == "PROPN" and word not in common and \
                        not names.common_noun(word) and not names.is_common_acronym(word) and (
                        t.dep_ in ("nsubj", "nsubjpass", "poss") or t.dep_ == "compound" and
                        t.head.lower_.rstrip(".") in names.TITLE_NOUNS) and \
                        not g.country_code(word) and \
                        not (t.i > 0 and doc[t.i - 1].like_num) and \
                        not _market_index([t]):  # ("the 8GB is", "the DAX lost")
                    raw.append(self._ent([t], "ORG"))  # (also before a title: "ECB President
                    # Jean-Claude Trichet")
                elif t.tag_ in ("NNPS", "NNS") and word[:1].isupper() and word[1:].islower() \
                        and word.endswith("s") and t.i > t.sent.start and \
                        t.doc[t.i - 1].lower_ == "the" and t.dep_ != "compound" and \
                        not g.country_of_demonym(word) and not known_place(word):
                    raw.append(self._ent([t], "ORG"))
                elif t.tag_ in ("NNPS", "NNS") and word[:1].isupper() and word[1:].islower() \
                        and word.endswith("s") and word.lower() not in lower_words and \
                        t.dep_ == "nsubj" and t.head.pos_ == "VERB" and (
                            t.head.lemma_.lower() in taxonomy.REPORTING_STRONG | TRADE_VERBS
                            | {"agree"}) and \
                        not any(c.dep_ in ("det", "amod", "compound", "poss")
                                for c in t.children) and \
                        not re.search(r"(?:ers|ors|ites|ists|ians|ans|ees|ies|es)$", word) and \
                        word.lower() not in english and word[:-1].lower() not in english \
                        and not g.country_of_demonym(word) and not known_place(word):
                    raw.append(self._ent([t], "ORG"))  # "Barclays said", "Lloyds agreed to
                    # buy": a plural-looking word that is no English word nor a plural of
                    # people ("Witnesses", "Brooklynites") and speaks or trades is a name
                elif t.tag_ in ("NNPS", "NNS") and word[:1].isupper() and word[1:].islower() \
                        and word.endswith("s") and word.lower() not in lower_words and \
                        not names.common_noun(word) and not g.country_of_demonym(word) and \
                        not known_place(word) and _affiliates_person(t):
                    raw.append(self._ent([t], "ORG"))  # "Chargers defensive tackle Jamal
                    # Williams", "Chargers' Jamal Williams": the team
                elif t.tag_ == "NNP" and t.dep_ == "nsubj" and t.head.pos_ == "VERB" and \
                        word.istitle() and word.isalpha() and word.lower() not in lower_words \
                        and (given := _given_names(t, lower_words, english)) is not None \
                        and (t.whitespace_ or t.i + 1 < len(doc) and doc[t.i + 1].text == ",") \
                        and \
                        not (t.i + 1 < len(doc) and doc[t.i + 1].text in (".",) + tuple(
                            QUOTES)) and not (t.i > 0 and (doc[t.i - 1].text in QUOTES + "(["
                                                           or doc[t.i - 1].like_num)) and \
                        not any(self.key(x) in tagged for x in given) and \
                        ((given or [t])[0].i > t.sent.start or word in inside_words or
                         not word.endswith("s") and t.head.lemma_.lower() in
                         SAYING_VERBS | {"question", "ask"} and
                         all(x.lower_ not in english for x in given + [t])) and \
                        not names.common_noun(word) and not g.country_code(word) and \
                        not g.country_of_demonym(word) and not known_place(word):
                    raw.append(self._ent(given + [t], "PERSON"))  # "Lyons said",
                    # "Whiteside said": a surname alone (not "Lt. said", "Violence broke
                    # out"); "Heydar Alishbandi, Governor of Qeshm island, said", "Mr
                    # Alishbandi told", "Whitmire questioned": no English word
        # "The" and a newspaper's word, both capitalised inside a sentence ("told The
        # Post", "The News reviewed the tape"): the newspaper
        things = {self.key(e.toks[0]): k for k, e in enumerate(raw)
                  if e.label == "OTHER" and len(e.toks) == 1}
        for _, doc in self.segs[-1:]:
            for t in doc[1:]:
                prev = doc[t.i - 1]
                if t.text in _NEWSPAPER_WORDS and prev.text == "The" and \
                        (self.key(t) not in tagged or self.key(t) in things) and \
                        self.key(prev) not in tagged and \
                        not (t.i + 1 < len(doc) and doc[t.i + 1].text[:1].isupper()) and \
                        not self.line_at(self.off(t)).istitle():
                    if self.key(t) in things:  # (the model's "work of art")
                        raw[things[self.key(t)]].label = "ORG"
                    else:
                        raw.append(self._ent([prev, t], "ORG"))
                    tagged.update((self.key(prev), self.key(t)))
        # a place's name runs on over an untagged capitalised proper noun of the same
        # compound that the article never writes in lower case, when the two words make a
        # place's name ("a Hawaiian Gardens apartment", "the Tasman Glacier area") or a
        # place noun follows ("Bukit Sama village"; not "Palmer Fire Chief")
        for k, e in enumerate(raw):
            last = e.toks[-1]
            doc = last.doc
            j = last.i + 1
            if j >= len(doc) or not last.whitespace_ or e.label not in (
                    "GPE", "LOC", "FAC", "ORG", "PERSON", "NORP"):
                continue
            nxt = doc[j]
            after = doc[j + 1] if j + 1 < len(doc) else None
            if nxt.text in STREET_WORDS and self.key(nxt) not in tagged and \
                    last.head.i == j:
                # "in Newton Street": a street (the model tags "Newton" a town)
                raw[k] = self._ent(e.toks + [nxt], "FAC")
                tagged.add(self.key(nxt))
                continue
            if self.key(nxt) in tagged or nxt.pos_ != "PROPN" or not nxt.text.istitle() or \
                    not nxt.is_alpha or nxt.lower_ in lower_words or \
                    names.common_noun(nxt.text) or nxt.lower_ in names.TITLE_NOUNS or \
                    not (last.head.i == j or nxt.head.i == last.head.i and
                         last.dep_ == "compound"):
                continue
            if e.label == "NORP" and nxt.text in names.GEO_LAST_WORDS | _PLACE_NAME_ENDS:
                lab = "GPE"  # "a Hawaiian Gardens apartment": no demonym phrase
            elif len(e.toks) == 1 and e.label in ("GPE", "LOC", "ORG") and (
                    nxt.text in names.GEO_LAST_WORDS or after is not None and
                    after.lower_ in PLACE_NOUNS) and not known_place(e.name):
                lab = "GPE"  # "Bukit Sama village", "the Tasman Glacier area"
            else:
                continue
            raw[k] = self._ent(e.toks + [nxt], lab)
            tagged.add(self.key(nxt))
        # an emergency service's name, also of two areas joined by "and" ("Devon and
        # Somerset Fire and Rescue", "Avon and Somerset Constabulary"), which the model
        # cuts into a person and a fire
        for _, doc in self.segs:
            for i0, i1 in _service_names(doc):
                inside = [e for e in raw if e.toks[0].doc is doc and
                          i0 <= e.toks[0].i and e.toks[-1].i < i1]
                if any(e.toks[0].doc is doc and e.toks[0].i < i1 and e.toks[-1].i >= i0
                       for e in raw if e not in inside) or \
                        [(e.toks[0].i, e.toks[-1].i) for e in inside] == [(i0, i1 - 1)]:
                    continue  # (a longer name around it, or the model's own)
                raw = [e for e in raw if e not in inside]
                raw.append(self._ent(list(doc[i0:i1]), "ORG"))
                tagged.update(self.key(t) for t in doc[i0:i1])
        # a given name the tokenizer cut at its hyphen ("Moon Jae-in", "Kim Jong-un",
        # "Park Geun-hye"): the model stops before the hyphen
        for k, e in enumerate(raw):
            last = e.toks[-1]
            doc = last.doc
            if e.label == "PERSON" and last.i + 2 < len(doc) and not last.whitespace_ and \
                    len(e.toks) > 1 and len(last.text) <= 4 and \
                    doc[last.i + 1].text == "-" and not doc[last.i + 1].whitespace_ and \
                    doc[last.i + 2].is_lower and doc[last.i + 2].is_alpha and \
                    len(doc[last.i + 2].text) <= 4 and doc[last.i + 2].lower_ not in (
                        "the", "who", "and", "or", "a", "an", "was", "is", "to", "of", "at",
                        "on", "by", "for", "but", "he", "she", "it", "they") and \
                    self.key(doc[last.i + 2]) not in tagged:  # (a syllable: not "Horton-who",
                # "Lowell Anger-the")
                raw[k] = self._ent(e.toks + [doc[last.i + 1], doc[last.i + 2]], "PERSON")
                tagged.update({self.key(doc[last.i + 1]), self.key(doc[last.i + 2])})
        # a person's name right before an untagged capitalised facility word is the name
        # of a facility named after the person ("Checks Into Betty Ford Clinic", where
        # the model stops before "Clinic")
        for k, e in enumerate(raw):
            last = e.toks[-1]
            nxt = last.doc[last.i + 1] if last.i + 1 < len(last.doc) else None
            if e.label == "PERSON" and nxt is not None and last.whitespace_ and \
                    self.text[self.off(nxt):self.off(nxt) + len(nxt)] in \
                    names.FACILITY_LAST_WORDS and self.key(nxt) not in tagged:  # (as
                # written: a headline is parsed truecased)
                raw[k] = self._ent(e.toks + [nxt], "FAC")
                tagged.add(self.key(nxt))
        # a name the model tags somewhere in the article is that name where it is left
        # untagged ("overwhelming Apple and AT&T", "- Apple Inc. -")
        tagged = {self.key(t) for e in raw for t in e.toks}
        known: dict[tuple, Counter] = {}
        for e in raw:
            words = tuple(t.text for t in e.toks)
            if e.label in ("PERSON", "ORG", "GPE", "LOC", "FAC") and words[0][:1].isupper() \
                    and (len(words) > 1 or words[0].lower() not in lower_words):
                known.setdefault(words, Counter())[e.label] += 1
        for _, doc in self.segs:
            for t in doc:
                if self.key(t) in tagged or not t.text[:1].isupper():
                    continue
                for words in sorted((w for w in known if w[0] == t.text), key=len,
                                    reverse=True):
                    toks = list(doc[t.i:t.i + len(words)])
                    if tuple(x.text for x in toks) != words or any(
                            self.key(x) in tagged for x in toks) or (
                            len(words) == 1 and (t.i == t.sent.start or t.pos_ != "PROPN")) \
                            or t.i + len(words) < len(doc) and (
                                doc[t.i + len(words)].text[:1].isupper() or
                                doc[t.i + len(words)].text[:1].isdigit()) and not (
                                _team_word(doc[t.i + len(words)], lower_words)) or \
                            t.i > 0 and doc[t.i - 1].text[:1].isupper() and \
                            doc[t.i - 1].i > t.sent.start or \
                            t.i > 1 and (doc[t.i - 1].lower_ in ("of", "de", "&") or
                                         doc[t.i - 1].text in QUOTES + "'(") and \
                            doc[t.i - 2].text[:1].isupper():
                        continue  # (not inside a longer name: "Apple Corps", "Gulf of
                        # Aden", "Philadelphia 76ers")
                    raw.append(self._ent(toks, known[words].most_common(1)[0][0]))
                    tagged.update(self.key(x) for x in toks)
                    break
        # a city's name and an untagged plural right after it are a team ("the
        # Philadelphia 76ers", where the model tags only the city)
        ends = {(id(e.toks[-1].doc), e.toks[-1].i): k for k, e in enumerate(raw)}
        for _, doc in self.segs:
            for t in doc:
                k = ends.get((id(doc), t.i - 1))
                if k is None or self.key(t) in tagged or raw[k].label != "GPE" or \
                        not doc[t.i - 1].whitespace_ or not (
                            _team_word(t, lower_words) and not g.country_code(raw[k].name)
                            or t.text in names.COMPANY_LAST_WORDS):
                    continue  # (and a place's name before a company word: "Xiamen
                    # Airlines")
                raw[k] = self._ent(raw[k].toks + [t], "ORG")
                tagged.add(self.key(t))
        raw = self._nicknamed(raw)
        # a place's name that the model cut at a lower-case particle ("Rio Grande do Sul",
        # "Mato Grosso do Sul", "Castilla y León") is one name where the gazetteer knows it
        raw.sort(key=lambda e: (e.start, e.end))
        merged: list[_Ent] = []
        for e in raw:
            prev = merged[-1] if merged else None
            if prev is not None and prev.toks[0].doc is e.toks[0].doc and \
                    e.toks[0].i == prev.toks[-1].i + 2 and \
                    e.toks[0].doc[e.toks[0].i - 1].lower_ in _NAME_PARTICLES and \
                    e.toks[0].doc[e.toks[0].i - 1].text.islower():
                toks = list(e.toks[0].doc[prev.toks[0].i:e.toks[-1].i + 1])
                name = _norm_space(" ".join(t.text for t in toks))
                p = g.lookup_place(name)
                if p is not None and _fold(p.name) == _fold(name):
                    merged[-1] = self._ent(toks, "GPE")
                    continue
            merged.append(e)
        raw = merged
        # a compass word joined to a place named with another ("North and South Korea",
        # "East and West Germany") names its own half of the place
        starts = {self.key(e.toks[0]): e for e in raw}
        for e in raw:
            last = e.toks[-1]
            doc = last.doc
            if len(e.toks) != 1 or e.name not in _HALF_WORDS or last.i + 2 >= len(doc) or \
                    doc[last.i + 1].lower_ not in ("and", "&"):
                continue
            other = starts.get(self.key(doc[last.i + 2]))
            if other is not None and len(other.toks) > 1 and \
                    other.toks[0].text in _HALF_WORDS and other.label in ("GPE", "LOC"):
                e.name = e.name + " " + " ".join(t.text for t in other.toks[1:])
                e.label = other.label
        # a bare "the North" / "the South" is the half of a country the article names
        # ("North Korea ... the leaders of the North and the US"); else no place
        halves = {e.name.split()[0]: e.name for e in raw if len(e.toks) == 2 and
                  e.label == "GPE" and e.name.split()[0] in ("North", "South") and
                  g.country_code(e.name)}
        for e in raw:
            if len(e.toks) == 1 and e.name in ("North", "South") and \
                    e.label in ("GPE", "LOC") and e.name in halves:
                e.name = halves[e.name]
        raw = [e for e in raw if not (len(e.toks) == 1 and e.label in ("GPE", "LOC") and
                                      _fold(e.name) in g.COMPASS_WORDS)]
        # a storm's name is no one's ("Hurricane Laura slammed into Louisiana ... Laura
        # made landfall"): no person, organisation or place, wherever the article writes it
        storms = {_storm_name(e) for e in raw} - {None}
        raw = [e for e in raw if not (storms and (e.name in storms or _storm_name(e)))]
        for e in raw:
            cc = None
            if e.label in ("GPE", "NORP"):
                cc = g.country_code(e.name) if e.label == "GPE" else g.country_of_demonym(e.name)
            if e.label in ("GPE", "LOC") and not cc:
                cc = g.region_country(e.name)  # "Millom, Cumbria, England": the UK
            if cc:
                self.countries.add(cc)
        self.ents = sorted(raw, key=lambda e: (e.start, e.end))

    def _nicknamed(self, raw: list[_Ent]) -> list[_Ent]:
        """A person's name with a nickname in brackets or quotes before the surname is one
        name ("Kimani (Kiki) Gray", "Kimani 'Kiki' Gray", "Luis Gerardo (Jerry) Ortiz"), where
        the model stops at the bracket and the surname is left alone or a name of its
        own."""
        by_start = {self.key(e.toks[0]): k for k, e in enumerate(raw)}
        gone: set[int] = set()
        for k, e in enumerate(raw):
            last = e.toks[-1]
            doc, i = last.doc, last.i
            if e.label != "PERSON" or i + 4 >= len(doc) or \
                    _NICK_CLOSE.get(doc[i + 1].text) != doc[i + 3].text or \
                    not doc[i + 2].text.istitle() or not doc[i + 2].is_alpha:
                continue
            sur = doc[i + 4]
            if sur.pos_ != "PROPN" or not sur.text.istitle() or \
                    sur.ent_type_ not in ("", "PERSON"):
                continue
            toks = e.toks + list(doc[i + 1:i + 5])
            j = by_start.get(self.key(sur))
            if j is not None:
                if raw[j].label != "PERSON":
                    continue
                toks = e.toks + list(doc[i + 1:i + 4]) + raw[j].toks
                gone.add(j)
            elif any(self.key(sur) in {self.key(t) for t in x.toks} for x in raw):
                continue
            raw[k] = self._ent(toks, "PERSON")
        return [e for k, e in enumerate(raw) if k not in gone]

    def line_at(self, offset: int) -> str:
        """The line of the article's text (as written) at a character offset."""
        ts = self.a.title_span
        if ts is not None and ts.start <= offset < ts.end:
            return ts.text  # (not the header's "date ..." before it)
        start = self.text.rfind("\n", 0, offset) + 1
        end = self.text.find("\n", offset)
        return self.text[start:end if end >= 0 else len(self.text)]

    def _ent(self, toks, label) -> _Ent:
        sp = self.span_of(toks)
        return _Ent(sp.start, sp.end, label, toks, _strip_name(sp.text))

    def retype_names(self) -> None:
        """One type per name from what the text says of it (``graph.names``): the name's
        own words, a describing noun, then a vote over its mentions; acronyms defined in
        the text ("United States Air Force (USAF)") are their long name again."""
        g = _gaz()
        said: dict[str, list] = {}
        for e in self.ents:
            if not g.country_of_demonym(e.name):  # "the Germans" are no band
                e.label = names.shape_label(e.toks, e.label)
            described = names.described_as(e.toks) if e.label in (
                "PERSON", "ORG", "GPE", "LOC", "FAC", "OTHER") or e.label == "NORP" and \
                not g.country_of_demonym(e.name) else None  # ("the US confectioner
            # Hershey", which the model calls a nationality)
            if described is None and e.label == "PERSON" and names.refers_to_as_it(e.toks):
                # "Cybersmart posted on its website"; a capital or a country that acts
                # ("Khartoum submitted its complaint") is its government (resolve_entities)
                described = "GPE" if g.is_capital(e.name) or g.country_code(e.name) \
                    else "ORG"
            elif described is None and e.label in ("GPE", "LOC", "FAC") and \
                    names.followed_by_who(e.toks):
                described = "PERSON"  # "Mo Cheeks, who is" (known places stay, below)
            elif described is None and e.label == "PERSON" and names.published_on(e.toks):
                described = "ORG"  # "announced on Twitter": a medium, not a person
            elif described is None and e.label in ("PERSON", "ORG", "GPE", "LOC", "OTHER") \
                    and _head(e.toks).dep_ in ("compound", "nmod") and \
                    _unit_named(_head(e.toks)) and \
                    not g.country_code(e.name) and not self._known_place(e.name):
                described = "ORG"  # "its Hummer brand", "the Opel unit": a company's
            elif described is None and e.label == "PERSON" and \
                    _business_site_named(_head(e.toks)) and not _addressed_person(e.toks[0]):
                described = "ORG"  # "the Mat Maid warehouse", "the 9-acre Mat Maid
                # complex": a business's site, not a person's
            elif described is None and e.label in ("OTHER", "ORG") and \
                    _bought_business(_head(e.toks)) and not self._known_place(e.name):
                described = "ORG"  # "bought Saab for $74m from General Motors"
            elif described is None and e.label == "PERSON" and _sold(_head(e.toks)):
                described = "ORG"  # "sold Aston Martin to a group of investors", "trying
                # to sell Hummer": what is bought and sold is a business, not a person
            said.setdefault(e.name, []).append((e.label, described))
        # a person's title in apposition is no name ("Ornelas, NP's Yida Team Leader")
        self.ents = [e for e in self.ents if not (e.label in ("ORG", "FAC", "OTHER") and
                                                  names.is_title_of(e.toks))]
        # a ship ("INS Sukanya", "Indian Naval Ship Sukanya") is a thing in all its
        # mentions, also without its prefix ("Sukanya detected five boats")
        vessels = {v for e in self.ents for v in [names.vessel_name(e.toks)] if v}
        for e in self.ents:
            if names.vessel_name(e.toks) or e.name in vessels and not (
                    g.country_code(e.name) or self._known_place(e.name)):
                e.label = "OTHER"
                said[e.name] = [("OTHER", "OTHER")]
        for e in self.ents:
            if g.country_code(e.name) or g.country_of_demonym(e.name):
                continue
            votes = said[e.name]
            described = next((d for _, d in votes if d), None)
            if described and not (e.label in ("GPE", "LOC") and self._known_place(e.name)):
                e.label = described
            elif e.label in ("PERSON", "ORG", "OTHER", "NORP"):
                # persons, organisations and things (and "nationalities" that are no
                # demonym) are what the model confuses: the name's mentions vote (places
                # keep their type: "Millom", "Khartoum")
                lab = names.vote([v for v in votes if v[0] in ("PERSON", "ORG", "OTHER")])
                if lab:
                    e.label = lab
                elif e.label == "NORP" and e.name.rstrip("s") not in RELIGION_NOUNS and (
                        self._known_place(e.name) or _place_object(_head(e.toks)) and not any(
                            c.dep_ == "det" for c in _head(e.toks).children)):
                    e.label = "GPE"  # no nationality: "the southern resort of Cannes",
                    # "killing 170,000 people in Sumatra alone"
        # a demonym that modifies a noun is a nationality, no one's name ("Bangladeshi
        # President Mohammed Shahabuddin", "the Malagasy parliament members", which the
        # model tags an organisation and a person)
        for e in self.ents:
            head = _head(e.toks)
            if e.label in ("PERSON", "ORG") and len(e.toks) == 1 and \
                    g.country_of_demonym(e.name) and not g.country_code(e.name) and \
                    head.dep_ in ("amod", "compound") and head.head.i > head.i and \
                    head.head.pos_ in NOUN_POS:
                e.label = "NORP"
        # a country's name is the country, not a person or an organisation ("Madagascar's
        # parliament impeached", tagged a person), unless a person of the article bears
        # it ("Michael Jordan" ... "Jordan scored")
        person_words = {w for e in self.ents if e.label == "PERSON" and " " in e.name
                        for w in e.name.split()}
        for e in self.ents:
            if e.label in ("PERSON", "ORG") and " " not in e.name and \
                    g.country_code(e.name) and e.name not in person_words and \
                    _head(e.toks).dep_ in ("poss", "nsubj", "nsubjpass", "pobj", "dobj",
                                           "compound") and \
                    not any(d for _, d in said.get(e.name, [])):
                e.label = "GPE"
        # a name the model calls a place in most of its mentions is that place in the
        # others too ("in a home in Millom" tagged an organisation once, a place twice),
        # unless the text says what it is ("the airline, Ryanair")
        kinds: dict[str, Counter] = {}
        for e in self.ents:
            kinds.setdefault(e.name, Counter())[
                "place" if e.label in ("GPE", "LOC") else e.label] += 1
        for e in self.ents:
            k = kinds[e.name]
            if e.label in ("PERSON", "ORG", "OTHER") and k["place"] > sum(
                    n for lab, n in k.items() if lab != "place") and \
                    not any(d for _, d in said[e.name]):
                e.label = "GPE"
        # what the text says is a place is one in every mention ("the city of Bandar
        # Abbas", "55 km south of Bireun", "Abu Talat (Egypt)", "in Millom, Cumbria",
        # "Bener Meriah district"), whatever the model said of it
        placed = {e.name for e in self.ents if e.label in ("PERSON", "ORG", "OTHER", "NORP",
                                                            "GPE", "LOC")
                  and not g.country_of_demonym(e.name) and self._said_place(e)}
        # so does a wire dateline ("PORTO ALEGRE, Brazil (Reuters) — ...")
        where = self._dateline_place()
        if where is not None and not any(e.start < where[1] and where[0] < e.end
                                         for e in self.ents):
            # (a dateline place the model names nothing: "PALMER, Alaska (AP) — ")
            toks = [t for base, doc in self.segs for t in doc
                    if where[0] <= base + t.idx < where[1] and not t.is_space]
            if toks and self.off(toks[0]) == where[0] and \
                    self.off(toks[-1]) + len(toks[-1].text) == where[1]:
                self.ents.append(self._ent(toks, "GPE"))
                self.ents.sort(key=lambda e: (e.start, e.end))
        lines = {e.name.lower() for e in self.ents if (e.start, e.end) == where}
        placed |= {e.name for e in self.ents if e.name.lower() in lines}
        self._placed = placed
        for e in self.ents:
            if e.name in placed and e.label in ("PERSON", "ORG", "OTHER", "NORP", "FAC"):
                e.label = "GPE"
        # a name in a line written in capitals ("PROVISIONAL TRIAL DATE SET FOR MILLOM
        # DOUBLE MURDER ACCUSED", "CHARGERS' WILLIAMS ARRESTED") has the type the article
        # gives it where it writes it normally
        normal: dict[str, Counter] = {}
        for e in self.ents:
            if not e.name.isupper():
                normal.setdefault(e.name.lower(), Counter())[e.label] += 1
        for e in self.ents:
            if e.name.isupper() and len(e.name) > 3 and e.name.lower() in normal and \
                    self.line_at(e.start).isupper():
                e.label = normal[e.name.lower()].most_common(1)[0][0]
        # a "place" no gazetteer knows that is a company's name without its company word
        # is that company ("to AirTran" ... "AirTran Airways"; not "Los Angeles County"
        # of "Los Angeles County Sheriff's Department")
        orgs = sorted({e.name for e in self.ents if e.label == "ORG"})
        # a "person" whose first name is the first word of a company of the article and
        # whose surname is no word of a person's name is that company's product ("Ford
        # Fiesta" beside "Ford Motor Company", "Toyota Prius")
        firsts = {o.split()[0] for o in orgs if " " in o}
        other_people = [e.name.split() for e in self.ents if e.label == "PERSON"
                        and " " in e.name and e.name.split()[0] not in firsts]
        lone_people = {e.name for e in self.ents if e.label == "PERSON" and " " not in e.name}
        for e in self.ents:
            words = e.name.split()
            if e.label == "PERSON" and len(words) == 2 and words[0] in firsts and \
                    not any(words[1] in w for w in other_people) and \
                    not any(o.startswith(e.name) or words[1] in o.split() for o in orgs) \
                    and words[1] not in lone_people and \
                    not any(t.lower_.rstrip(".") in names.TITLE_NOUNS
                            for t in e.toks[0].doc[max(0, e.toks[0].i - 2):e.toks[0].i]):
                e.label = "OTHER"
        person_words = {w for e in self.ents if e.label == "PERSON" and " " in e.name
                        for w in e.name.split()}

        def company_of(name: str, legal: bool = False) -> list[str]:
            # the article's companies named "<name> <company word>" ("AirTran Airways"),
            # with ``legal`` also those with a legal form after it ("Toyota Motor
            # Corporation")
            return [o for o in orgs if o.startswith(name + " ") and (
                o[len(name) + 1:] in names.COMPANY_LAST_WORDS | PARTNERSHIP_WORDS or legal
                and names.canonical_org(o)[len(name) + 1:] in names.COMPANY_LAST_WORDS)]

        for e in self.ents:
            if e.label == "ORG" or e.label in ("GPE", "LOC") and not g.country_code(e.name) \
                    and g.lookup_place(e.name, countries=sorted(self.countries)) is None \
                    or e.label == "PERSON" and " " not in e.name and \
                    e.name not in person_words:
                # (also a one-word "person" no person's name contains: "Douglas" for
                # "Douglas Aircraft", "Lockheed ultimately won" for "Lockheed Martin")
                full = company_of(e.name) or (
                    [o for o in orgs if o.startswith(e.name + " ")]
                    if e.label == "PERSON" else []) or (
                    [o for o in orgs if " " not in o and len(e.name) >= 4 and
                     o.startswith(e.name) and o[len(e.name):] in CLIPPED_COMPANY_ENDS]
                    if e.label in ("PERSON", "ORG") and " " not in e.name else [])
                # ("Citi" for "Citigroup")
                if full:
                    e.label = "ORG"
                    self.org_short.setdefault(e.name, full[0])
            elif e.label in ("GPE", "LOC") and " " not in e.name and \
                    not g.country_code(e.name) and not g.is_capital(e.name) and \
                    not _place_object(_head(e.toks)) and not _path_object(_head(e.toks)) \
                    and not self._said_place(e):
                # a town the gazetteer knows that names a company of the article, where
                # the text does not put anything in it: "Toyota" after "Toyota Motor
                # Corporation" ("recalled at its plant in Toyota" stays the city)
                full = company_of(e.name, legal=True)
                if full:
                    e.label = "ORG"
                    self.org_short.setdefault(e.name, full[0])
        by_tok = {self.key(t): e for e in self.ents for t in e.toks}
        for n, (base, doc) in enumerate(self.segs):
            for i, s, t in names.acronym_definitions(doc):
                longs = {id(by_tok.get((n, k))): by_tok.get((n, k)) for k in range(s, t)}
                longs = [x for x in longs.values() if x is not None]
                if len(longs) != 1 or longs[0].label not in ("ORG", "GPE", "LOC", "FAC") or \
                        names.is_common_acronym(doc[i].text):
                    continue  # ("Software Development Kit (SDK)" names a thing)
                long_ent, acro = longs[0], doc[i].text
                if long_ent.label == "ORG":
                    self.org_short[acro] = long_ent.name
                for m, (_, d2) in enumerate(self.segs):
                    for tok in d2:
                        if tok.text != acro:
                            continue
                        e = by_tok.get((m, tok.i))
                        if e is None:
                            e = self._ent([tok], long_ent.label)
                            self.ents.append(e)
                            by_tok[(m, tok.i)] = e
                        elif len(e.toks) == 1:
                            e.label = long_ent.label
        # an acronym in brackets right after an organisation that is no company names it
        # even when its letters are another language's ("the German Press Agency (DPA)",
        # "Médecins Sans Frontières (MSF)"); a company's is a ticker (see _ticker_after)
        for n, (base, doc) in enumerate(self.segs):
            for t in doc[2:len(doc) - 1]:
                long_ent = by_tok.get((n, t.i - 2))
                if not (names._ACRO.match(t.text) and doc[t.i - 1].text == "(" and
                        doc[t.i + 1].text == ")") or long_ent is None or \
                        long_ent.label not in ("ORG", "MILITARY") or len(long_ent.toks) < 2 \
                        or long_ent.toks[-1].i != t.i - 2 or _corporate_name(long_ent.name) \
                        or t.text in self.org_short or names.is_common_acronym(t.text):
                    continue
                self.org_short[t.text] = long_ent.name
                for m, (_, d2) in enumerate(self.segs):
                    for tok in d2:
                        if tok.text == t.text:
                            e = by_tok.get((m, tok.i))
                            if e is not None and len(e.toks) == 1:
                                e.label = long_ent.label
        # the head word of a government body's name alone is that body ("the Treasury" of
        # "the U.S. Treasury Department", "the Pentagon" is no such word)
        bodies = {e.name for e in self.ents if e.label == "ORG" and len(e.toks) > 1 and
                  e.toks[-1].text in ("Department", "Ministry", "Agency", "Office",
                                      "Commission", "Service", "Bureau")}
        # and so is the head word of an institution's name with "for" or "of" ("the
        # Observatory" of "the Syrian Observatory for Human Rights")
        heads = {}
        lower = set(re.findall(r"\b[a-z][a-z'-]*\b", self.text))
        for e in self.ents:
            words = e.name.split()
            cut = next((k for k, w in enumerate(words) if w in ("for", "of")), None)
            if e.label == "ORG" and cut is not None and cut >= 1 and \
                    words[cut - 1][:1].isupper() and words[cut - 1].lower() not in lower:
                heads.setdefault(words[cut - 1], set()).add(e.name)
        for e in self.ents:
            if e.label in ("ORG", "OTHER") and " " not in e.name and \
                    e.name not in self.org_short:
                full = sorted(b for b in bodies if e.name in b.split()[:-1])
                first = e.toks[-1]
                if not full and len(heads.get(e.name, ())) == 1 and \
                        first.i > 0 and first.doc[first.i - 1].lower_ == "the":
                    full = sorted(heads[e.name])
                    self._heads_of_bodies[e.name] = full[0]
                if len(full) == 1:
                    self.org_short[e.name] = full[0]
                    e.label = "ORG"
        self._undefined_acronyms()
        self._short_company_names(by_tok)
        self.ents.sort(key=lambda e: (e.start, e.end))

    def _org_count(self, ref: str, before: int) -> int:
        """How many mentions of this actor come before the offset."""
        return sum(1 for e in self.ents if e.ref == ref and e.start < before)

    def _main_company(self, before: int) -> str | None:
        """The organisation named most often before the offset (the first named on a
        tie), or None."""
        counts = Counter(e.ref for e in self.ents if e.start < before and e.ref in self.actors
                         and self.actors[e.ref].kind == "organization")
        if not counts:
            return None
        top = max(counts.values())
        firsts = [e.ref for e in sorted(self.ents, key=lambda e: e.start)
                  if counts.get(e.ref) == top]
        return firsts[0] if firsts else None

    def _short_company_names(self, by_tok: dict) -> None:
        """A company's name alone, which the model misses: the one name word before its
        company words, after a region if any ("Geely" of "Zhejiang Geely Holding Group",
        "Spyker" of "Spyker Cars"), where the article writes it alone as a proper noun
        (not an English word: "General" of "General Motors" stays unnamed)."""
        from .nlp import english_words
        g = _gaz()
        common = english_words()
        shorts: dict[str, str] = {}
        for e in self.ents:
            if e.label != "ORG" or len(e.toks) < 2:
                continue
            words = [t.text for t in e.toks]
            k = 1 if len(words) > 2 and g.lookup_place(words[0]) is not None else 0
            head, rest = words[k], words[k + 1:]
            if rest and all(w in names.COMPANY_LAST_WORDS or w in ("Holding", "Automobile")
                            for w in rest) and head.isalpha() and head[:1].isupper() and \
                    len(head) >= 3 and head.lower() not in common and \
                    not g.country_code(head) and not g.country_of_demonym(head) and \
                    g.lookup_place(head) is None:
                shorts.setdefault(head, e.name)
        for m, (_, doc) in enumerate(self.segs):
            for tok in doc:
                if tok.text in shorts and (m, tok.i) not in by_tok:
                    e = self._ent([tok], "ORG")
                    self.ents.append(e)
                    by_tok[(m, tok.i)] = e
                    self.org_short.setdefault(tok.text, shorts[tok.text])

    def _undefined_acronyms(self) -> None:
        """An organisation's acronym the article uses without defining it ("NP's team")
        is the one name of the article whose capitalised words it spells ("Nonviolent
        Peaceforce", which the model took for a person): one organisation. Only where a
        single name spells it and the model calls the acronym an organisation (people go
        by initials too: "JFK")."""
        acros = sorted({e.name for e in self.ents if e.label == "ORG" and len(e.toks) == 1
                        and _ACRONYM.match(e.name) and e.name not in self.org_short
                        and not names.is_common_acronym(e.name)})
        for acro in acros:
            longs = {e.name for e in self.ents if e.label in ("ORG", "PERSON")
                     and len(e.toks) > 1 and names.spells(acro, e.name)}
            if len({names.canonical_org(n) for n in longs}) != 1:
                continue  # ("General Motors" and "General Motors Corp." are one name)
            self.org_short[acro] = min(longs, key=lambda n: (len(n), n))
            for e in self.ents:
                if e.name in longs:
                    e.label = "ORG"

    def _dateline_place(self) -> tuple[int, int] | None:
        """(start, end) in the article's text of the place of the wire dateline opening
        the story, or None (``graph.casing.dateline_place``)."""
        from .casing import blank_furniture, dateline_place
        body = self.a.body_span
        found = dateline_place(blank_furniture(body.text)) if body is not None else None
        return None if found is None else (body.start + found[0], body.start + found[1])

    def _place_here(self, name: str) -> bool:
        """Does the gazetteer know this name as a place in a country of the article
        ("Barrow" for Barrow in Furness in a story from Cumbria)?"""
        p = _gaz().lookup_place(name, countries=sorted(self.countries))
        return p is not None and (p.country in self.countries or not self.countries)

    def _said_place(self, e: _Ent) -> bool:
        """Does the text around this mention say that it is a place (see retype_names)?"""
        head = _head(e.toks)
        doc = head.doc
        last = e.toks[-1]
        nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
        if " of " in e.name:
            return False  # "Medal of Valor"
        if last.text in PLACE_NOUNS and len(e.toks) > 1:
            return True  # "Bener Meriah district" tagged as one name (not "Ohio State")
        if last.text in ("Camp", "Camps") and len(e.toks) > 1 and (
                _gaz().lookup_place(" ".join(t.text for t in e.toks[:-1])) is not None or
                re.search(r"\b(?:refugee|displacement|army|military) camps?\b", self.text)):
            return True  # "Jabalia Camp", "Yida Refugee Camp" (not "Walter Camp")
        if nxt is not None and (nxt.lower_ in PLACE_NOUNS or nxt.lower_ in AREA_NOUNS) and \
                head.dep_ in ("compound", "nmod") and head.head.i == nxt.i and \
                (nxt.text.islower() or nxt.lower_ in PLACE_NOUNS):
            # (not a title: "Mid-South Canterbury Area Commander")
            return True  # "Bukit Sama village", "the Jabal Ras area"
        if _listed_before_place_noun(last):
            return True  # "Karari and Wad al-Bakhit neighborhoods", "parts of Aleppo, Hama
            # and Latakia provinces"
        if len(e.toks) <= 2 and head.dep_ == "compound" and head.head.lower_ in ORIGIN_NOUNS \
                and e.label != "PERSON" and any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                                for c in head.head.children):
            return True  # "a Millom man", "a Brooklyn teen": where the person is from
        first = head  # the first of a list ("the villages of Tonban, Gavarzin and Khaledi")
        while first.dep_ == "conj" and first.head.i != first.i and first.head.pos_ == "PROPN":
            first = first.head
        if first.dep_ == "pobj" and first.head.lower_ == "of" and (
                first.head.head.lemma_.lower() in PLACE_NOUNS or first.head.head.lower_.replace(
                    "-", "") in _COMPASS):
            return True  # "the city of Bandar Abbas", "south-west of Bandar Abbas"
        if first.dep_ == "pobj" and first.head.lower_ == "of" and \
                first.head.head.ent_type_ == "PERSON" and first.head.i > 0 and \
                doc[first.head.i - 1].text == "," and self._place_here(e.name):
            return True  # "John Jenkin, of Millom, will stand trial": where he lives
        if first.dep_ == "pobj" and first.head.lower_ == "in" and e.label == "ORG" and \
                len(e.toks) == 1 and first.head.i > 0 and doc[first.head.i - 1].text == "," \
                and (first.head.head.pos_ == "PROPN" or nxt is not None and nxt.text == ",") \
                and self._place_here(e.name) and e.name not in self.org_short:
            return True  # "at Furness Magistrates' Court, in Barrow,": the town of a
            # place named before it
        if first.dep_ == "pobj" and first.head.lower_ == "from" and \
                first.head.head.lower_ in ORIGIN_NOUNS:
            return True  # "a 63-year-old woman from Warren", "a man from Dexter, Michigan"
        if e.toks[0].i > 0 and doc[e.toks[0].i - 1].lower_ in _NEAR_WORDS and \
                head.dep_ not in ("compound", "amod", "nmod"):
            return True  # "traveled to nearby Rancho Mirage" (not "the neighboring Young
            # Guns gang")
        if first.dep_ == "attr" and first.head.lemma_ == "be" and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in PLACE_NOUNS
                for c in first.head.children):
            return True  # "the four hardest-hit villages were Tonban, Gavarzin, ..."
        if head.dep_ == "nsubj" and head.head.lemma_ == "be" and any(
                c.dep_ == "attr" and c.pos_ == "NOUN" and
                c.lemma_.lower() in PLACE_NOUNS | _APPOSED_PLACE_NOUNS
                for c in head.head.children):
            return True  # "Yida is a camp of about 20,000 refugees"
        if e.toks[0].i >= 2 and doc[e.toks[0].i - 1].text == "," and \
                doc[e.toks[0].i - 2].text in STREET_WORDS:
            return True  # "of Newton Street, Millom": the town of an address
        for c in head.children:
            if c.dep_ != "appos" or c.pos_ != "NOUN":
                continue
            noun = c
            if c.lower_ == "one":  # "Bener Meriah, one of the worst-hit areas"
                noun = next((g for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                             for g in p.children if g.dep_ == "pobj"), c)
            if noun.lemma_.lower() in PLACE_NOUNS | _APPOSED_PLACE_NOUNS:
                return True  # "Takengon, the capital of Central Aceh district"
        if first.dep_ == "pobj" and first.head.lower_ == "between" and \
                first.head.head.lemma_.lower() in _LINK_NOUNS | _LINK_FAULT_NOUNS:
            return True  # "a cable between Abu Talat and Marseilles"
        if first.dep_ in ("dobj", "obj", "nsubjpass", "advmod", "npadvmod") and \
                first.head.lemma_.lower() in TERRITORY_VERBS and (
                    self._known_place(e.name) or getattr(_gaz().lookup_place(
                        e.name, countries=sorted(self.countries)), "country", None)
                    in self.countries):  # (a spelling of a place of the article's
                # countries: "Avdiivka" for GeoNames' "Avdiyivka")
            return True  # "since it captured Bakhmut": what is captured and known as a
            # place is that place
        if nxt is not None and nxt.text == "(" and last.i + 3 < len(doc) and \
                doc[last.i + 3].text == ")" and _gaz().country_code(doc[last.i + 2].text):
            return True  # "Abu Talat (Egypt)"
        if _place_object(head) and head.head.lower_ != "at" and \
                last.text not in FACILITY_WORDS:
            if nxt is not None and nxt.text == "," and last.i + 2 < len(doc) and \
                    doc[last.i + 2].ent_type_ in ("GPE", "LOC") and doc[last.i + 2].i not in \
                    {t.i for t in e.toks}:
                return True  # "in Millom, Cumbria"
        return False

    def resolve_entities(self) -> None:
        g = _gaz()
        for e in self.ents:  # ("The Observatory said", a "thing" to the model)
            if e.label == "OTHER" and e.name in self._heads_of_bodies:
                e.label = "ORG"
        # a currency's country after an amount ("$500 million US") is no place (nor where
        # the name found elsewhere tagged it again)
        self.ents = [e for e in self.ents if not _currency_country(e.toks)]
        self.region_names = {_region_stem(e.name) for e in self.ents
                             if e.label in ("GPE", "LOC") and self._region_hint(e)}
        persons = [e for e in self.ents if e.label == "PERSON"]
        full = [e for e in persons if len(_unaddressed(e.name).split()) >= 2]
        # (not "Ms McMeekin", who is the Alice McMeekin of the article)
        # a one-word name the model mislabels ("Jobs" as ORG) that is the last (or first)
        # name of a person named in full in the same article is that person
        g = _gaz()
        names = [_name_words(f.name) for f in full]
        names = [w for w in names if 2 <= len(w) <= 4 and all(_looks_like_name(x) for x in w)]
        lasts = {w[-1] for w in names} | {w[0] for w in names}
        covered = {(self.seg_of_doc[id(t.doc)], t.i) for e in self.ents for t in e.toks}
        surnames = {w[-1] for w in names if len(w[-1]) > 2}
        lower = set(re.findall(r"\b[a-z][a-z'-]*\b", self.text))
        for base, doc in self.segs:
            for t in doc:
                if (t.pos_ == "PROPN" or t.pos_ == "NOUN" and t.text[:1].isupper() and
                        t.text.lower() not in lower) and \
                        t.text in surnames and self.key(t) not in covered and not t.ent_type_:
                    self.ents.append(self._ent([t], "PERSON"))  # "Papermaster did not ...",
                    # "Pennings said" (a surname the tagger takes for a plural), '"...,"
                    # Zelenskyy wrote' (an unknown word the tagger takes for a noun)
        # the plural last word of an organisation's name stands for it alone ("the San Diego
        # Chargers" ... "the Chargers", which the model calls a product or nothing)
        short = {e.toks[-1].text: e.name for e in self.ents
                 if e.label == "ORG" and len(e.toks) > 1 and e.toks[-1].tag_ == "NNPS"}
        # (not a common plural the article writes in lower case too: "Workers are
        # expected to vote" with "United Auto Workers" and "GM workers")
        short = {k: v for k, v in short.items() if k.lower() not in lower}
        self.org_short.update(short)
        plural = set(short)
        if plural:
            by_tok = {self.key(t): e for e in self.ents for t in e.toks}
            for base, doc in self.segs:
                for t in doc:
                    if t.text not in plural:
                        continue
                    e = by_tok.get(self.key(t))
                    if e is None:
                        self.ents.append(self._ent([t], "ORG"))
                    elif e.label in ("OTHER", "NORP") and len(e.toks) == 1:
                        e.label = "ORG"
        # a team's city stands for the team where it acts or owns, when the article names
        # the team after it ("San Diego's playoff loss" with "the San Diego Chargers",
        # "Philadelphia is certainly banking on" with "the Philadelphia 76ers")
        teams = {}
        for e in self.ents:
            last = e.toks[-1].text
            if e.label == "ORG" and len(e.toks) > 1 and last.endswith("s") and (
                    e.toks[-1].tag_ == "NNPS" or last[:1].isdigit()):
                city = _norm_space(" ".join(t.text for t in e.toks[:-1]))
                if self._known_place(city) and not g.country_code(city):
                    teams.setdefault(city, e.name)
        for e in self.ents:
            head = _head(e.toks)
            if e.label == "GPE" and e.name in teams and (
                    head.dep_ in ("nsubj", "nsubjpass", "poss") or
                    head.dep_ == "pobj" and head.head.dep_ == "agent"):
                e.label = "ORG"
                self.org_short.setdefault(e.name, teams[e.name])
        self.ents.sort(key=lambda e: (e.start, e.end))
        for name in _product_names(self.ents):
            for e in self.ents:
                if e.name == name and e.label == "ORG":
                    e.label = "OTHER"
        # a person's name the model calls a place where it acts ("Lohan has checked
        # into", "Lopez, 20, faces"): the person, when the article names that person
        # (not a country, nor where it is a place: "in Paris")
        person_names = {e.name for e in self.ents if e.label == "PERSON"} | lasts
        # a two-word "place" or "organisation" that ends with the surname of a person of
        # the article (named in full or alone) and starts with a given name's shape is
        # that person ("Mo Cheeks" with "Cheeks" a person alone)
        alone_persons = {e.name for e in self.ents if e.label == "PERSON" and
                         " " not in e.name} | surnames
        for e in self.ents:
            words = e.name.split()
            if e.label in ("ORG", "GPE", "FAC", "LOC") and len(words) == 2 and \
                    words[1] in alone_persons and _looks_like_name(words[0]) and \
                    _looks_like_name(words[1]) and words[0] not in _GEO_FIRST_WORDS \
                    and words[0] not in FACILITY_FIRST_WORDS and \
                    not self._known_place(e.name) and not g.country_code(words[1]) and \
                    not self._known_place(words[1]) and words[1] not in STREET_WORDS:
                e.label = "PERSON"
        # a family's name that is its company's too ("Bill Ford" and "Ford shares",
        # "Ford's chairman"): the company where the mention speaks of shares, officers,
        # plants or sales, or does business in an article that does so elsewhere
        # A family's name that is its company's too ("Bill Ford" and "Ford shares",
        # "Ford's chairman"): the company where the mention speaks of shares, officers,
        # plants or sales, or does business in an article that does so elsewhere; and
        # everywhere when the article names the company in full ("Ford Motor Co.") but
        # where the person is addressed ("Mr. Ford")
        owned = {e.name for e in self.ents if len(e.toks) == 1 and e.name in lasts and
                 _company_of_name(_head(e.toks))}
        family_firms = {o.name.split()[0] for o in self.ents if o.label == "ORG" and
                        len(o.toks) > 1 and o.name.split()[0] in lasts and
                        _corporate_name(o.name)}

        def speaker_again(e, head):
            # "Ratan Tata, chairman of Tata Motors, said. Tata said ...": the person named
            # in full in this sentence or the one before speaks again
            if not (head.dep_ == "nsubj" and head.head.lemma_.lower() in SAYING_VERBS):
                return False  # (not "Ford has announced plans to cut its staff")
            sent = head.sent
            start = head.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
            lo, hi = self.off(head.doc[start]), self.off(head)
            return any(p.label == "PERSON" and len(p.toks) > 1 and
                       p.name.split()[-1] == e.name and lo <= p.start < hi for p in self.ents)

        def firm(e):
            head = _head(e.toks)
            if len(e.toks) != 1 or e.name not in lasts:
                return False
            if e.name in family_firms:
                return not _addressed_person(head) and not speaker_again(e, head)
            return _company_of_name(head) or e.name in owned and _does_business(head)

        for e in self.ents:
            if e.label != "ORG" and firm(e):
                e.label = "ORG"
        for e in self.ents:
            if e.label == "ORG" and firm(e):
                continue
            if e.label in ("ORG", "NORP", "OTHER", "GPE") and len(e.name.split()) == 1 \
                    and e.name in lasts and not g.country_code(e.name) \
                    and not (e.label == "GPE" and g.lookup_place(
                        e.name, countries=sorted(self.countries))) \
                    and not (e.label == "ORG" and _does_business(_head(e.toks)) and any(
                        o.label == "ORG" and o.name.startswith(e.name + " ")
                        for o in self.ents)):
                # (a family's name that is also its company's, doing business, stays the
                # company: "Tata completes Jaguar-Land Rover acquisition" beside "Ratan
                # Tata" and "Tata Motors")
                e.label = "PERSON"
            elif e.label == "GPE" and (e.name in surnames or e.name in person_names and
                                       not self._known_place(e.name)) and \
                    not g.country_code(e.name) and _slot(_head(e.toks)) == "actor" and \
                    _head(e.toks).dep_ != "appos" and not self._said_place(e):
                e.label = "PERSON"
        for e in self.ents:
            if e.label in ("ORG", "PERSON") and _market_index(e.toks):
                e.label = "OTHER"  # (also a name found after the model's: "Tokyo's Nikkei
                # stock index")
        # a town that speaks or trades ("Toyota said its global sales rose") and is never
        # a place in the article is the company of its name (not a capital or a country,
        # whose acts are their government's)
        acting, located = set(), set()
        for e in self.ents:
            if e.label != "GPE" or " " in e.name or g.country_code(e.name) or \
                    g.is_capital(e.name):
                continue
            head = _head(e.toks)
            place = g.lookup_place(e.name, countries=sorted(self.countries))
            before = head.doc[e.toks[0].i - 1] if e.toks[0].i > 0 else None
            listed = [t for t in [head.head] + list(head.children)
                      if (head.dep_ == "conj" and t is head.head or t.dep_ == "conj")
                      and t.ent_type_ == "ORG"]  # ("rivals such as Toyota and Honda")
            if (head.dep_ == "nsubj" and head.head.lemma_.lower() in _AGENT_VERBS or
                    head.dep_ == "poss" and head.head.lemma_.lower() in ("share", "stock")
                    or head.dep_ == "compound" and head.head.lemma_.lower() in
                    COMPANY_TITLE_NOUNS or listed) and \
                    place is not None and place.kind == "city" and not any(
                        c.dep_ in ("compound", "amod") for c in head.children) and not (
                    before is not None and before.pos_ == "PROPN"):  # ("Kenneth J.
                # Montgomery told", "Alaska lost": a person, a state)
                acting.add(e.name)
            elif _slot(head) == "locative" or head.dep_ == "pobj" and \
                    head.head.lower_ not in ("as", "like", "including") and not (
                    head.head.lower_ == "of" and
                    head.head.head.lemma_.lower() in ("share", "stock")):
                located.add(e.name)  # (not "shares of Toyota fell")
        for e in self.ents:
            if e.label == "GPE" and e.name in acting - located - self._placed:
                e.label = "ORG"  # (not a name the text calls a place: "Aleppo, Hama and
                # Latakia provinces", where the model tagged Hama an organisation)
        for e in self.ents:
            head = _head(e.toks)
            if e.label == "ORG" and len(e.toks) == 1 and head.dep_ == "pobj" and \
                    head.head.lower_ in ("in", "near") and \
                    head.head.head.lemma_.lower() in PLANT_NOUNS and \
                    e.name not in self.org_short and \
                    g.lookup_place(e.name, countries=sorted(self.countries)) is not None:
                e.label = "GPE"  # "its plant in Hamtramck": a town the model took for a
                # company
            elif e.label == "ORG" and len(e.toks) == 1 and head.dep_ == "compound" and \
                    head.head.lower_ in LOCAL_SERVICE_NOUNS and head.head.text.islower() and \
                    e.name not in self.org_short and self._place_here(e.name):
                e.label = "GPE"  # "said Troy police Lt. Gerry Scherlinck": the town of the
                # police
            elif e.label in ("GPE", "LOC") and len(e.toks) > 1 and \
                    e.toks[-1].text in POLICE_UNIT_WORDS:
                e.label = "ORG"  # "Philadelphia Homicide Capt. James Clark": a police unit
        for e in self.ents:
            if e.label == "PERSON" and len(e.toks) == 1 and _camel_company(e.name):
                e.label = "ORG"  # "GlaxoSmithKline", "PetroChina": no person's name
        for e in self.ents:
            first = e.toks[0]
            if e.label in ("PERSON", "ORG", "OTHER", "NORP") and len(e.toks) == 1 and \
                    first.i >= 2 and first.doc[first.i - 1].text == "," and \
                    first.doc[first.i - 2].ent_type_ in ("GPE", "LOC") and \
                    g.region_abbreviation(e.name):
                e.label = "GPE"  # "Oshawa, Ont.": a province's abbreviation, no one
            elif e.label in ("PERSON", "ORG", "OTHER", "NORP", "GPE") and len(e.toks) == 1 \
                    and e.name in g.US_STATE_POSTAL and first.i >= 2 and \
                    first.doc[first.i - 1].text == "," and \
                    first.doc[first.i - 2].ent_type_ in ("GPE", "LOC") and \
                    (first.i + 1 == len(first.doc) or not first.doc[first.i + 1].text[:1]
                     .isalnum()) and "US" in self.countries | {
                        getattr(g.lookup_place(o.name), "country", None) for o in self.ents
                        if o.toks[0].doc is first.doc and o.toks[-1].i == first.i - 2}:
                # "Newport Beach, CA": the state of its postal code (not Canada)
                e.label, e.name = "GPE", g.US_STATE_POSTAL[e.name]
        for e in self.ents:
            _retype(e, self.line_at(e.start).isupper(), frozenset(surnames - STREET_WORDS))
        # a name the text puts somewhere ("at Morningside") is that facility in its other
        # person- or organisation-typed mentions too ("she never entered Morningside"),
        # unless it is a person's name that is no facility ("Paul Riva" ... "at Riva's")
        facilities = {e.name for e in self.ents if e.label == "FAC" and (
            _place_object(_head(e.toks)) or _admitted_to(_head(e.toks)))}
        people = ({f.name for f in full} - facilities) | lasts
        for e in self.ents:
            if e.label in ("PERSON", "ORG") and e.name in facilities and e.name not in people:
                e.label = "FAC"
        for e in self.ents:
            head = _head(e.toks)
            if e.label == "PERSON":
                self._resolve_person(e, full)
            elif e.label == "ORG":
                self._resolve_org(e, head)
            elif e.label == "NORP":
                self._resolve_norp(e, head)
            elif e.label in ("GPE", "LOC", "FAC"):
                self._resolve_gpe(e, head)
        # a "place" no gazetteer knows that acts is an organisation (``_resolve_gpe``), in
        # its other mentions too ("Fortis ... the nationalisation of Fortis")
        acted = {e.name for e in self.ents if e.label == "ORG" and e.name in self._unknown_acting}
        for e in self.ents:
            if e.label in ("GPE", "LOC") and e.name in acted and e.ref and \
                    e.ref.startswith("place:") and self.places[e.ref].lat is None and \
                    _slot(_head(e.toks)) != "locative":  # ("a rehab centre in Malibu")
                e.label = "ORG"
                self._resolve_org(e, _head(e.toks))
        # an institution named by its head word alone is the one actor of the article whose
        # name ends with it ("Navy foils pirate attack" over "The Indian Navy patrolling")
        for e in self.ents:
            if e.ref and e.ref.startswith("actor:") and len(e.toks) == 1 and (
                    MILITARY_WORDS.fullmatch(e.name) or GOVERNMENT_WORDS.fullmatch(e.name)
                    or e.name in ("Police", "Court")):
                refs = {o.ref for o in self.ents if o is not e and o.ref and o.ref != e.ref
                        and o.ref.startswith("actor:")
                        and self.text[o.start:o.end].endswith(" " + e.name)}
                if len(refs) == 1:
                    e.ref = refs.pop()
                    self.actors[e.ref].aliases.add(e.name)
        for e in self.ents:
            if e.ref and not _TICKER.match(self.text, max(0, e.start - 1)):
                # (a stock ticker, "(NYSE: GM)", names an exchange and a listing, no one
                # who acts or whom "it" means)
                for t in e.toks:
                    (self.tok_places if e.ref.startswith("place:") else self.tok_refs) \
                        .setdefault(self.key(t), []).append(e.ref)

    def _resolve_person(self, e: _Ent, full: list[_Ent]) -> None:
        name = _unaddressed(e.name)  # ("Mr Jenkin" is the article's John Jenkin)
        words = name.split()
        target = None
        if len(words) == 1 or not any(f is e for f in full):
            cands = [f for f in full if f is not e and len(_name_words(f.name)) > len(words)
                     and (_name_words(f.name)[-len(words):] == words or
                          (len(words) == 1 and f.name.split()[0] == words[0]))]
            if len({f.name for f in cands}) > 1 and len(words) == 1:
                # prefer last-name matches ("Jobs"), then the nearest preceding
                last = [f for f in cands if _name_words(f.name)[-1] == words[0]]
                cands = last or cands
            before = [f for f in cands if f.start < e.start]
            target = (before[-1] if before else cands[0]) if cands else None
        canon = target.name if target else name
        aid = self.actor("actor:" + slug(canon), canon, "person", alias=e.name)
        e.ref = aid
        self._person_titles(e, aid)

    def _person_titles(self, e: _Ent, aid: str) -> None:
        d = self.actors[aid]
        first = e.toks[0]
        doc = first.doc
        i = first.i - 1
        words = []
        while i >= 0:
            t = doc[i]
            if t.ent_type_ and t.lower_.replace(".", "") not in names.TITLE_NOUNS or \
                    t.tag_ == "POS" or t.is_punct and t.text != "-":
                break  # (a title the model took into the name is still a title)
            if not (t.text[:1].isupper() or t.text in ("-", "in", "of", "de") or
                    t.lower_.rstrip(".") in names.TITLE_OPENERS):
                break  # (a title in lower case too: "Toyota president Katsuaki Watanabe")
            if t.text[:1].isupper() and t.pos_ in _NOT_TITLE_POS:
                break  # "When King ...", "But O'Brien ...": a sentence's first word
            words.insert(0, t)
            i -= 1
        while words and words[0].text in ("-", "in", "of"):
            words.pop(0)
        if words and not (len(words) == 1 and words[0].lower_ in ("the", "mr", "ms", "mrs")):
            d.titles.add("".join(t.text_with_ws for t in words).strip())
            poss = doc[i] if i >= 0 and doc[i].tag_ == "POS" else None
            if poss is not None and poss.i > 0:
                cc = _gaz().country_code(doc[poss.i - 1].text)
                if cc and not d.country:
                    d.country = cc
            elif i >= 0 and not d.country and doc[i].text[:1].isupper():
                cc = _gaz().country_of_demonym(doc[i].text)
                if cc:  # "Bangladeshi President Mohammed Shahabuddin"
                    d.country = cc
        head = _head(e.toks)
        for ch in head.children:
            if ch.dep_ == "appos" and ch.pos_ in NOUN_POS and not ch.ent_type_ == "PERSON":
                sub = list(ch.subtree)
                title = _norm_space("".join(t.text_with_ws for t in sub))
                if 2 <= len(title) <= 120:
                    d.titles.add(title)
                for t in sub:
                    if t.tag_ == "POS" and t.i > 0 and not d.country:
                        cc = _gaz().country_code(t.doc[t.i - 1].text)
                        if cc:
                            d.country = cc

    def _resolve_org(self, e: _Ent, head) -> None:
        # "Chargers" -> "San Diego Chargers"; "Apple Inc." -> "Apple"
        name = names.canonical_org(self.org_short.get(e.name, e.name))
        kind = "organization"
        describing = {t.lemma_.lower() for t in _neighbours(head)}
        if MEDIA_WORDS.search(name) or describing & MEDIA_NOUNS:
            kind = "media"
        elif MILITARY_WORDS.search(name) and not SERVICE_WORDS.search(name):
            kind = "military"  # (not "London Fire Brigade", "the Police Force")
        elif GOVERNMENT_WORDS.search(name):
            kind = "government"
        cc = None
        prev = e.toks[0].doc[e.toks[0].i - 1] if e.toks[0].i > 0 else None
        if prev is not None and prev.tag_ == "POS" and prev.i > 0:
            cc = _gaz().country_code(prev.doc[prev.i - 1].text)
        if cc is None:
            for t in _neighbours(head):
                if t.ent_type_ == "NORP":
                    cc = _gaz().country_of_demonym(t.text)
                    if cc:
                        break
        if kind == "military":
            e.label = "MILITARY"
        # a generic institution's name is its country's ("Nepal's Home Ministry", "the
        # Norwegian Red Cross"): two countries' Home Ministries are two actors, here and
        # across articles; a later bare "the Home Ministry" is the one last qualified
        words = name.split()
        from .nlp import english_words
        if 1 < len(words) <= 4 and {w.lower() for w in words} & INSTITUTION_HEADS and \
                all(w.lower() in english_words() for w in words):
            if cc:
                qual = f"{self.demonym_name(cc, name)} {name}"
                self._generic_orgs[name] = (qual, cc)
                name = qual
            elif name in self._generic_orgs:
                name, cc = self._generic_orgs[name]
        e.ref = self.actor("actor:" + slug(name), name, kind, cc, alias=e.name)

    def _resolve_norp(self, e: _Ent, head) -> None:
        last = e.toks[-1]
        before = last.doc[last.i - 1] if last.i > 0 else None
        if len(e.toks) == 1 and (
                last.pos_ in ("PROPN", "NOUN") or last.pos_ == "ADJ" and last.dep_ in (
                    "nsubj", "nsubjpass", "dobj", "pobj")) and (last.dep_ in _ARG_DEPS or
                                                               last.dep_ == "poss") and (
                last.tag_ == "NNPS" or any(c.dep_ in ("det", "nummod", "amod")
                                           for c in last.children) or
                last.dep_ == "poss" and before is not None and before.lower_ == "the") and (
                _gaz().country_of_demonym(e.name) or e.name.rstrip("s") in RELIGION_NOUNS):
            # "the 40-year-old American never recovered", "a Muslim", "the Americans": a
            # demonym heading its noun phrase names people (unresolved: no actor is made)
            e.label = "PERSON"
            return
        cc = _gaz().country_of_demonym(e.name)
        if not cc:
            return
        # the noun the demonym modifies, through conjunctions ("Russian and North Korean forces")
        noun = e.toks[-1].head
        while noun.dep_ == "conj" and noun.pos_ not in NOUN_POS:
            noun = noun.head
        if noun.i == e.toks[-1].i:
            noun = None
        hops = 0
        while noun is not None and noun.pos_ not in NOUN_POS and hops < 3:
            noun = noun.head if noun.head.i != noun.i else None
            hops += 1
        if noun is None:
            return
        lemma = noun.lower_
        inner = [t for t in noun.doc[e.toks[-1].i + 1:noun.i] if t.dep_ == "compound"]
        if lemma not in FORCE_NOUNS | GOVERNMENT_NOUNS:
            for t in inner:
                if t.lower_ in GOVERNMENT_NOUNS:
                    e.ref = self.government_actor(cc, e.name, alias=_norm_space(
                        self.text[e.start:self.off(t) + len(t.text)]))
                    self.tok_refs.setdefault(self.key(t), []).append(e.ref)
                    return
        if taxonomy.is_eventive_noun(lemma) and noun.pos_ == "NOUN":
            e.ref = self.country_actor(cc)  # "Russian advances": the country acts
            return
        if lemma in UNIT_NOUNS and (
                any(c.dep_ == "poss" for c in noun.children) or any(
                    c.dep_ == "appos" and c.pos_ == "PROPN" for c in noun.children) or
                noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].pos_ == "PROPN"):
            return  # a company's part: "its German unit Opel", "GM's European division"
        if lemma in FORCE_NOUNS and noun.dep_ != "compound":
            e.label = "MILITARY"
            if noun.i == e.toks[-1].i + 1 or all(
                    t.dep_ in ("amod", "compound") for t in noun.doc[e.toks[-1].i + 1:noun.i]):
                end_tok = noun
                sp = self.span_of(list(noun.doc[e.toks[0].i:end_tok.i + 1]))
                e.start, e.end, e.toks = sp.start, sp.end, list(noun.doc[e.toks[0].i:end_tok.i + 1])
            e.ref = self.military_actor(cc, e.name, alias=_norm_space(
                self.text[e.start:e.end]))
            self.tok_refs.setdefault(self.key(noun), []).append(e.ref)
        elif lemma in GOVERNMENT_NOUNS:
            e.ref = self.government_actor(cc, e.name, alias=_norm_space(
                self.text[e.start:noun.idx + len(noun.text) + self.off(noun) - noun.idx]))
            self.tok_refs.setdefault(self.key(noun), []).append(e.ref)

    def _region_hint(self, e: _Ent) -> bool:
        words = e.name.split()
        if len(words) > 1 and words[-1].lower() in REGION_WORDS:
            return True
        last = e.toks[-1]
        group = [last] + list(last.conjuncts)
        for t in group:
            n2 = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
            if n2 is not None and n2.lower_ in REGION_WORDS and n2.pos_ in NOUN_POS:
                return True  # "Kursk region", not "Cisco states that ..."
        return False

    def _resolve_gpe(self, e: _Ent, head) -> None:
        g = _gaz()
        name = e.name
        if e.label == "GPE" and head.dep_ == "conj" and head.head.dep_ == "amod" and \
                g.country_code(name):
            # a country conjoined to demonyms before a government noun: "the Belgian, Dutch
            # and Luxembourg governments" (the demonyms' governments: _resolve_norp)
            noun = head.head.head
            if noun.pos_ in NOUN_POS and noun.lower_ in GOVERNMENT_NOUNS:
                e.ref = self.government_actor(g.country_code(name), name)
                self.tok_refs.setdefault(self.key(noun), []).append(e.ref)
                return
        hint = "region" if self._region_hint(e) or name in self.region_names else None
        if head.dep_ == "pobj" and head.head.lower_ == "of" and \
                head.head.head.lemma_.lower() in ("city", "town", "village", "port"):
            hint = "city"  # "the city of Idlib" in a story that names Idlib province too
        last = e.toks[-1]
        if hint is None and last.i + 1 < len(last.doc) and \
                last.doc[last.i + 1].lower_ in LOCAL_UNIT_WORDS:
            hint = "city"  # "Vienna township": a local place, no world city of the name
        if e.label == "GPE" and _slot(head) == "actor" and not self._is_qualifier(e):
            cc = g.country_code(name)
            if cc:
                e.ref = self.country_actor(cc, alias=name)
                if head.dep_ == "poss" and head.head.pos_ in ("NOUN", "PROPN") and \
                        head.head.text.islower():  # ("foreign ministry", tagged NNP)
                    body = self._country_body(cc, name, head.head)
                    if body is not None:  # "Russia's army shelled": the country's forces
                        self.tok_refs.setdefault(self.key(head.head), []).append(body)
                return
            cap = g.is_capital(name)
            if cap and head.dep_ == "dobj" and taxonomy.type_of_verb(
                    head.head.lemma_.lower()).name not in _ADDRESSED_TYPES:
                cap = None  # "the airport serves Bangkok", "shelled Kyiv": the city
            if cap and head.dep_ == "poss" and head.head.lemma_.lower() in CITY_POSSESSIONS:
                cap = None  # "London's FTSE 100 index", "Kyiv's mayor": the city's
            if cap and head.dep_ == "nsubj" and head.head.lemma_.lower() in \
                    MARKET_MOVE_VERBS and _moves_by_amount(head.head):
                cap = None  # "Tokyo fell 1.05 percent", "Seoul slumped 2 percent": its
                # market moved, not its government
            if cap:
                e.ref = self.government_actor(cap, _gaz().country_name(cap) or cap, alias=name)
                return
            if (head.dep_ in ("nsubj", "nsubjpass", "poss") and head.head.lemma_ != "be" or
                    head.dep_ in ("dobj", "obj") and
                    head.head.lemma_.lower() in TRADE_VERBS | TAKEOVER_VERBS) and hint is None \
                    and name not in self._placed \
                    and g.lookup_place(name, countries=sorted(self.countries)) is None:
                # a "place" no gazetteer knows that acts ("Cisco sues Apple") is an
                # organisation the model mistook for a place
                e.label = "ORG"
                self._unknown_acting.add(name)
                self._resolve_org(e, head)
                return
        if e.label in ("GPE", "LOC") and hint is None and name not in self._placed and \
                not g.country_code(name) and g.lookup_place(
                    name, countries=sorted(self.countries)) is None and (
                head.dep_ == "nsubj" and head.head.lemma_.lower() in _AGENT_VERBS or
                head.dep_ in ("poss", "pobj") and _share_owner(head)):
            # an unknown "place" that asks, buys or says, or whose shares move ("Northern
            # Rock had asked the Bank of England", "shares in Northern Rock slumped") is
            # an organisation
            e.label = "ORG"
            self._unknown_acting.add(name)
            self._resolve_org(e, head)
            return
        e.ref = self.place(name, hint, facility=e.label == "FAC", within=self._qualifier(e))

    def _is_qualifier(self, e: _Ent) -> bool:
        """Does this name put the place named just before its comma in a region or
        country ("Bern, Switzerland", "Troy, Mich.")? Then it names a place, never an
        actor, whatever its slot in the parse (an apposition, a conjunct)."""
        first = e.toks[0]
        doc = first.doc
        if first.i < 2 or doc[first.i - 1].text != ",":
            return False
        prev = next((o for o in self.ents if o.toks[0].doc is doc
                     and o.toks[-1].i == first.i - 2
                     and o.label in ("GPE", "LOC", "FAC")), None)
        # (no list of countries: "Russia, Ukraine and Belarus"; see _qualifier)
        outer = self._qualifier(prev) if prev is not None else None
        if outer is None:
            return False
        inner = _gaz().lookup_place(prev.name, countries=sorted(self.countries), within=outer)
        return inner is not None and inner.kind != "country"

    def _qualifier(self, e: _Ent) -> Place | None:
        """The region or country a place name is put in by the name after its comma
        ("Springfield, Ill.", "Portland, Maine", "Troy, Mich., police said"), when the
        gazetteer knows that name as a region or country; else None."""
        last = e.toks[-1]
        doc = last.doc
        if last.i + 2 >= len(doc) or doc[last.i + 1].text != "," or \
                _gaz().country_code(e.name):
            return None  # (a country is in no other: "Britain, France and Germany")
        nxt = doc[last.i + 2]
        q = next((o for o in self.ents if o.toks[0].doc is doc and o.toks[0].i == nxt.i
                  and o.label in ("GPE", "LOC")), None)
        if q is None:
            return None
        p = _gaz().lookup_place(q.name)
        return p if p is not None and p.kind in ("region", "country") else None

    # ------------------------------------------------------------------------ token refs
    def refs(self, tok, depth: int = 0) -> list[str]:
        """Actor ids a token stands for (through conjunctions, appositions, quantities
        and pronouns); an eventive noun stands for an event, not an actor."""
        out = list(self.tok_refs.get(self.key(tok), []))
        if not out and tok.pos_ == "PRON" and tok.lower_ in PRONOUNS:
            return self._resolve_pronoun(tok, self._history, self._info)
        if not out and tok.lemma_.lower() == "bank" and tok.pos_ == "NOUN" and any(
                c.dep_ == "amod" and c.lower_ == "central" for c in tok.children) and any(
                c.dep_ == "det" or c.dep_ == "poss" and c.pos_ == "PRON"
                for c in tok.children) and tok.tag_ == "NN" and not any(
                c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            # "the central bank", "its central bank": the central bank named last before
            # (not "China's central bank", "the central banks of Canada and Sweden")
            return self._last_central_bank(self.off(tok))
        if not out and tok.lemma_.lower() in COMPANY_NOUNS and tok.pos_ == "NOUN" and \
                tok.tag_ in ("NN", "NNP") and any(c.dep_ == "det" and c.lower_ in ("the", "this")
                                                  for c in tok.children) and \
                not any(c.dep_ in ("compound", "amod", "nmod", "poss", "appos") and
                        not _home_or_state(c) or (c.dep_ == "prep" and c.lower_ == "of")
                        for c in tok.children):
            # "the company said ...": a bare definite company noun is the organisation
            # last mentioned as a subject (see _resolve_pronoun); so is one said only
            # where it is based or how it fares ("the Dearborn, Michigan-based automaker",
            # "the struggling carmaker"); not "the Japanese automaker", "a rival company";
            # but the company the story is about where it is named far more often ("The
            # bank is braced" of a story about Northern Rock, after "The Bank of England
            # pledged"), unless a subject of the same sentence names it ("When GM spun off
            # Delphi, the automaker agreed" in a story about Delphi)
            found = self._resolve_pronoun(tok, self._history, self._info)
            main = self._main_company(self.off(tok))
            local = {r for t in tok.sent if t.i < tok.i and _is_subject(t)
                     for r in self.tok_refs.get(self.key(t), [])}
            if found and main and main not in found and not set(found) & local and \
                    self._org_count(
                    main, self.off(tok)) >= max(3, 2 * self._org_count(found[0], self.off(tok))):
                return [main]
            return found
        if not out and tok.lemma_.lower() in COMPANY_NOUNS and tok.pos_ == "NOUN" and \
                tok.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "the"
                                         for c in tok.children):
            ccs = {_nationality(c) for c in tok.children
                   if c.dep_ in ("amod", "compound", "nmod") and not _home_or_state(c)}
            if len(ccs) == 1 and None not in ccs and not any(
                    c.dep_ in ("poss", "appos", "prep") for c in tok.children):
                return self._company_of_country(ccs.pop(), self.off(tok))
        if not out and tok.pos_ == "NOUN" and tok.tag_ == "NNS" and \
                tok.lemma_.lower() in PAIRED_COMPANY_NOUNS:
            n = next((_small_number(c.text) for c in tok.children if c.dep_ == "nummod"),
                     None) or (2 if any(c.lower_ == "both" and c.dep_ in ("det", "predet")
                                        for c in tok.children) else None)
            if n and n >= 2 and any(c.lower_ in ("the", "both") for c in tok.children) and \
                    tok.dep_ in ("nsubj", "nsubjpass"):
                # "the two companies said", "both carmakers": the last ones named
                at = self.off(tok)
                named: list[str] = []
                for e in sorted(self.ents, key=lambda e: -e.start):
                    if e.start < at and e.ref in self.actors and e.ref not in named and \
                            self.actors[e.ref].kind == "organization":
                        named.append(e.ref)
                    if len(named) == n:
                        return named
        if not out and tok.pos_ == "NOUN" and tok.tag_ == "NN" and \
                tok.lemma_.lower() in DEFINITE_HEADS:
            kids = [c for c in tok.children if c.dep_ != "punct"]
            mods = tuple(c.lower_ for c in kids if c.i < tok.i and c.dep_ in ("amod", "compound")
                         and c.lower_ in names.TITLE_OPENERS)
            if kids and kids[0].lower_ == "the" and kids[0].dep_ == "det" and \
                    len(kids) == 1 + len(mods):
                # "the president", "the chief executive" (not "the union's president")
                return self._named_by_head(tok.lemma_.lower(), self.off(tok), mods)
        if not out and tok.pos_ == "NOUN" and taxonomy.is_eventive_noun(tok.lemma_.lower()):
            return []
        if not out and (tok.lemma_.lower() in QUANTITY_NOUNS or tok.pos_ == "NUM"):
            # "a significant number of Russian forces", "thousands of soldiers"
            for p in tok.children:
                if p.dep_ == "prep" and p.lower_ == "of":
                    for o in p.children:
                        if o.dep_ == "pobj":
                            out += [r for r in self.refs(o, depth + 1) if r not in out]
        if not out and tok.lemma_.lower() in ("share", "stock") and tok.pos_ == "NOUN":
            # "shares of Morgan Stanley jumped", "Daimler's stock dropped": the company's
            out += [r for c in tok.children if c.dep_ == "poss" for r in self.refs(c, depth + 1)
                    if r in self.actors and self.actors[r].kind in ("organization", "media")]
            for p in tok.children:
                if p.dep_ == "prep" and p.lower_ in ("of", "in"):
                    for o in p.children:
                        if o.dep_ == "pobj":
                            out += [r for r in self.refs(o, depth + 1) if r not in out]
        if not out and tok.lower_ in REPRESENTATIVE_NOUNS:
            # "officials from the People's Republic of China", "executives of Boeing"
            for p in tok.children:
                if p.dep_ == "prep" and (p.lower_ in ("from", "of", "at") or
                                         p.lower_ == "in" and tok.lemma_.lower() == "source"
                                         or p.lower_ == "for" and tok.lemma_.lower() in
                                         SPOKES_NOUNS):
                    for o in p.children:
                        if o.dep_ == "pobj":
                            out += [r for r in self.refs(o, depth + 1) if r not in out]
        if not out and tok.pos_ == "NOUN" and tok.lemma_.lower() in UNIT_NOUNS and \
                not self.tok_refs.get(self.key(tok)) and not any(
                    c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and
                    not c.ent_type_ in ("GPE", "NORP", "LOC") and
                    not _gaz().country_code(c.text) for c in tok.children):
            # (a unit with a name of its own is not its owner: "its Germany-based Opel
            # division" is Opel, and no one where the name is unknown)
            # a company's part acts for the company that owns it, not for the country
            # it serves: "Ford's US unit recalled", "its UK division", "the European unit
            # of General Motors"
            for c in tok.children:
                if c.dep_ == "poss":
                    out += [r for r in (self._resolve_pronoun(c, self._history, self._info)
                                        if c.pos_ == "PRON" else self.refs(c, depth + 1))
                            if r not in out]
                elif c.dep_ == "prep" and c.lower_ == "of":
                    out += [r for o in c.children if o.dep_ == "pobj"
                            for r in self.refs(o, depth + 1) if r not in out]
            out = [r for r in out if r in self.actors and
                   self.actors[r].kind in ("organization", "media")]
        if not out:
            # "the military blog DeepState": the name in apposition
            for c in tok.children:
                if c.dep_ == "appos" or (c.dep_ == "compound" and c.pos_ == "PROPN" and (
                        c.i > tok.i or tok.lemma_.lower() in PEOPLE_OF_NOUNS)):
                    # (a name before a thing's noun owns the thing, it is not the thing:
                    # "the old Saab technology", "build Fiat models"; "Boeing employees"
                    # and "FBI agents" act for theirs)
                    out += [r for r in self.tok_refs.get(self.key(c), []) if r not in out]
                    if c.dep_ == "appos" and not out:  # (a name the parser split: "South
                        # Korea's chief nuclear envoy, Lee Do-hoon")
                        out += [r for x in c.children if x.dep_ == "compound"
                                for r in self.tok_refs.get(self.key(x), [])
                                if r in self.actors and self.actors[r].kind == "person"
                                and r not in out]
        if not out and tok.pos_ == "NOUN" and tok.tag_ == "NNS":
            # "six central banks, including the Fed and the ECB, cut ...": those named
            for p in tok.children:
                if p.dep_ == "prep" and p.lower_ == "including":
                    for o in _with_conjuncts([c for c in p.children if c.dep_ == "pobj"]):
                        if o.pos_ == "PROPN":  # (a title's apposed name first: "the
                            # Prime Minister of Singapore, Mr. Lee Hsien Loong")
                            named = [r for c in o.children if c.dep_ == "appos"
                                     for r in self.tok_refs.get(self.key(c), [])]
                            out += [r for r in named or self.refs(o, depth + 1)
                                    if r not in out]
        if not out and tok.pos_ in NOUN_POS + ("NUM", "ADJ") and \
                tok.lemma_.lower() not in MARKET_NOUNS and not _market_index(sorted(
                    [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
                    + [tok], key=lambda t: t.i)):  # ("Tokyo's Nikkei 225", "Hong Kong's
            # Hang Seng")
            # an entity inside the noun phrase headed by this token (not a market's owner:
            # "Britain's FTSE 100 index lost 8.9 percent" is no act of Britain)
            # (the name compounded to the head before its owner: "Ukraine's SBU security
            # service" is the SBU)
            inner = [t for t in tok.subtree if t.i != tok.i and t.dep_ not in (
                "prep", "relcl", "acl", "appos", "conj", "cc") and _within_np(t, tok)]
            for t in sorted(inner, key=lambda t: (t.dep_ == "poss" or any(
                    a.dep_ == "poss" for a in t.ancestors if a.i != tok.i and
                    tok.left_edge.i <= a.i <= tok.i), t.i)):
                out += [r for r in self.tok_refs.get(self.key(t), []) if r not in out]
                if out:
                    break
            lemma = tok.lemma_.lower()
            if out and tok.pos_ == "NOUN" and lemma in names.PERSON_NOUNS and all(
                    r in self.actors and self.actors[r].kind == "person" for r in out):
                out = []  # a person's lawyer, son or spokesman is someone else
                # ("Hernandez's lawyer acknowledged")
            elif out and tok.pos_ == "NOUN" and lemma in OFFICE_NOUNS and len(out) == 1 and \
                    out[0] in self.actors and self.actors[out[0]].kind == "country" and \
                    self.actors[out[0]].country:
                cc = self.actors[out[0]].country
                out = [self.government_actor(cc, self.actors[out[0]].name)]  # "Turkey's
                # foreign minister says": the Turkish government speaks, not the country
        if depth < 3:
            for c in tok.conjuncts if tok.dep_ != "conj" else []:
                out += [r for r in self.refs(c, depth + 1) if r not in out]
        return out

    def place_refs(self, tok) -> list[str]:
        out = list(self.tok_places.get(self.key(tok), []))
        if not out and not (tok.pos_ == "NOUN" and tok.lemma_.lower() == "history"):
            # (whose history is no place: "the biggest IPO in U.S. history")
            org = tok.pos_ == "NOUN" and (
                tok.lemma_.lower() in names.ORG_NOUNS | BUSINESS_THING_NOUNS or
                tok.lemma_.lower().split("-")[-1] in ("maker", "makers"))
            for t in tok.subtree:
                if t.dep_ in ("relcl", "acl"):
                    continue
                if org and (t.dep_ == "poss" and t.head.i == tok.i or t.head.lower_ in (
                        "based", "headquartered")):
                    continue  # a place that says what a company is, no place of the
                    # event: "raise its holding in Europe's largest car-maker", "a New
                    # York-based firm" (but "a fire at a Somerset supermarket" is there)
                if _within_np(t, tok) and (t.i == tok.i or
                                           self.key(t) not in self._qualifier_toks):
                    # (not the state of "in Newport Beach, CA", whose city is the place)
                    out += [r for r in self.tok_places.get(self.key(t), []) if r not in out]
        if not out and tok.pos_ == "NOUN" and (tok.lemma_.lower() in PLACE_NOUNS or
                                               tok.lemma_.lower() in _APPOSED_PLACE_NOUNS):
            for c in tok.children:  # "in the capital Khartoum", "in the city, Aleppo",
                # "hit the southern state of Rio Grande do Sul"
                objs = [c] if c.dep_ == "appos" else [
                    o for o in c.children if o.dep_ == "pobj"] if c.dep_ == "prep" and \
                    c.lower_ == "of" else []
                for o in objs:
                    out += [r for r in self.tok_places.get(self.key(o), []) if r not in out]
        for c in tok.conjuncts if tok.dep_ != "conj" else []:
            out += [r for r in self.place_refs(c) if r not in out]
        return out

    # ------------------------------------------------------------------------ events
    def extract_events(self) -> list[Event]:
        events: list[Event] = []
        history: list[dict] = []  # per sentence: subjects, actors, dated events
        pending: list[int] = []  # indices in events of a quotation not yet attributed
        opened = 0  # its sentences
        for n, (base, doc) in enumerate(self.segs):
            for sent in doc.sents:
                info = {"subjects": [], "actors": [], "times": []}
                self._history, self._info = history, info
                found = self._sentence_events(sent, history, info)
                marks = sum(sent.text.count(q) for q in QUOTES)
                first = sent.text.lstrip()[:1]
                if pending and marks % 2 == 1 and first not in QUOTES and \
                        info.get("quoted_by"):
                    # the quotation the sentences before opened closes here, attributed:
                    # its speaker says them too ('"The Fed is cutting rates. We have sold
                    # the dollar," said John Taylor')
                    for k in pending:
                        events[k] = _quoted_from(events[k], info["quoted_by"])
                    pending = []
                elif first in QUOTES and marks % 2 == 1 and not info.get("attributed"):
                    pending = list(range(len(events), len(events) + len(found)))
                    opened = 1
                elif pending and marks == 0 and not info.get("attributed") and opened < 4:
                    pending += list(range(len(events), len(events) + len(found)))
                    opened += 1  # (a quotation of a few sentences, each unattributed)
                else:
                    pending = []
                events += found
                info["timex"] = self._narrative_timex(sent)
                info["lemmas"] = {e.lemma for e in found}
                history.append(info)
        events = self._headline_news_times(self._offense_times(events))
        return _incident_times(events, self.a.published_date)

    def _headline_news_times(self, events: list[Event]) -> list[Event]:
        """An accusation or judgment told in the heading without a date ("Gang member
        guilty in slay of Brooklyn mom") is the step the body dates first among the recent
        days: the first body event of the same step ("A gang member was convicted
        Tuesday"; ``NEWS_STEPS``) dated in its own sentence, asserted or reported, to one
        day within ``STORY_WINDOW_DAYS`` before publication. With none the heading's step
        keeps the publication day."""
        head, pub = self._heading(), self.a.published_date
        if head is None or not pub:
            return events
        lo = (dt.date.fromisoformat(pub) - dt.timedelta(days=STORY_WINDOW_DAYS)).isoformat()

        def in_head(e):
            return head[0] <= e.claim.trigger.start < head[1]
        todo = {id(e) for e in events if in_head(e) and e.time.basis == "publication"
                and e.lemma in NEWS_PREDICATES}
        if not todo:
            return events
        dated: dict[str, EventTime] = {}
        for e in sorted(events, key=lambda e: e.claim.trigger.start):
            t = e.time
            if in_head(e) or t.basis not in ("explicit", "sentence") or \
                    e.claim.modality not in ("asserted", "reported") or \
                    not re.match(r"\d{4}-\d\d-\d\d", t.value or "") or \
                    not lo <= t.value[:10] <= pub:
                continue
            dated.setdefault(NEWS_STEPS.get(e.lemma, e.lemma), t)
        out = []
        for e in events:
            t = dated.get(NEWS_STEPS.get(e.lemma, e.lemma)) if id(e) in todo else None
            if t is None:
                out.append(e)
                continue
            t = _day_only(EventTime(t.value, t.mod, t.earliest, t.latest, "inferred", t.timex))
            out.append(dataclasses.replace(e, time=t, claims=tuple(
                dataclasses.replace(c, time=t) for c in e.claims)))
        return out

    def _offense_times(self, events: list[Event]) -> list[Event]:
        """An offense named by a predicate of accusing or judging without a date of its own
        ("charged with murdering Horton", "went on trial Wednesday for killing") is the
        offense the article dates in its own clause: the nearest one before, else the
        first after ("accused of killing Zurana Horton ... in 2011")."""
        dated = [(at, t) for at, _, ok, t in self._offenses if ok]
        todo = {eid: at for at, eid, ok, t in self._offenses
                if not ok and t.basis in ("sentence", "inferred", "publication")}
        if not dated or not todo:
            return events
        out = []
        for e in events:
            at = todo.get(e.id)
            if at is None:
                out.append(e)
                continue
            before = [t for a, t in dated if a < at]
            t = before[-1] if before else [t for a, t in dated if a >= at][0]
            t = _day_only(EventTime(t.value, t.mod, t.earliest, t.latest, "inferred", t.timex))
            if t.value == e.time.value:
                out.append(e)
                continue
            out.append(dataclasses.replace(e, time=t, claims=tuple(
                dataclasses.replace(c, time=t) for c in e.claims)))
        return out

    def _names_person(self, tok) -> bool:
        """Does the token belong to a person's name (as the article's names are typed)?"""
        return any(r in self.actors and self.actors[r].kind == "person"
                   for r in self.tok_refs.get(self.key(tok), []))

    def _resolve_pronoun(self, tok, history, info) -> list[str]:
        """The documented coreference rule (see the module docstring); an object pronoun
        is not its verb's subject ("Ballmer described him": a reflexive would say
        "himself")."""
        found = self._pronoun_candidates(tok, history, info)
        gov = tok.head
        if found and not (gov.pos_ == "VERB" and gov.lemma_.lower() in taxonomy.REPORTING):
            # an outlet is who reports, not who acts ('"They killed 10 soldiers," an
            # officer told Reuters')
            found = [r for r in found if r not in self.actors or
                     self.actors[r].kind != "media"]
        if found and tok.lower_ in FIRST_PERSON and _quoted(tok):
            # "I"/"we" in a quotation is its speaker; one the article does not name is no
            # other actor ('"I am fighting ...," said one young man')
            speakers = [c for v in tok.sent if v.pos_ == "VERB" and not _quoted(v) and
                        v.lemma_.lower() in taxonomy.REPORTING
                        for c in v.children if c.dep_ == "nsubj"]
            if speakers and not any(self.refs(c) for c in speakers):
                return []
        if found and PRONOUNS.get(tok.lower_) == "person":
            # a "he" in a quotation is not the one who says it ('"He murdered Deputy
            # Sheriff Jerry Ortiz," Stirling said')
            if _quoted(tok):
                said_by = {r for v in tok.sent if v.pos_ == "VERB" and not _quoted(v) and
                           v.lemma_.lower() in taxonomy.REPORTING
                           for c in v.children if c.dep_ == "nsubj" and
                           c.lower_ not in PRONOUNS for r in self.refs(c)}
                found = [r for r in found if r not in said_by]
        if found and tok.dep_ in ("dobj", "obj", "dative"):
            verb = tok.head  # (the subject of a conjoined verb is its first verb's)
            while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
                verb = verb.head
            subj = {r for c in verb.children if c.dep_ == "nsubj" for r in self.refs(c)}
            found = [r for r in found if r not in subj]
        return found

    def _affiliations(self) -> dict[str, str]:
        """person id -> the organisation the article names before the person's name in
        one phrase ("Boeing spokeswoman Sandy Angers", "Northrop Grumman CEO Ron Sugar"):
        the side a "we" of theirs speaks for. Computed once per article."""
        if self._affil is not None:
            return self._affil
        out: dict[str, str] = {}
        for _, doc in self.segs:
            for t in doc:
                if t.dep_ == "compound":
                    continue
                people = [r for r in self.tok_refs.get(self.key(t), [])
                          if r in self.actors and self.actors[r].kind == "person"]
                if not people:
                    continue
                for w in doc[t.left_edge.i:t.i]:
                    orgs = [r for r in self.tok_refs.get(self.key(w), []) if r in self.actors
                            and self.actors[r].kind in ("organization", "media")]
                    if orgs:
                        for p in people:
                            out.setdefault(p, orgs[0])
                        break
        self._affil = out
        return out

    def _org_countries(self) -> dict[str, set[str]]:
        """organisation id -> the countries the article gives it by a nationality before
        its name, over a company noun and its lower-case modifiers ("Indian company Tata
        Motors", "the British luxury car brands Jaguar and Land Rover"), or in an
        apposition ("Toyota, the Japanese automaker"). Computed once per article."""
        if self._org_cc is not None:
            return self._org_cc
        out: dict[str, set[str]] = {}
        for e in self.ents:
            if e.ref not in self.actors or self.actors[e.ref].kind not in (
                    "organization", "media"):
                continue
            head = _head(e.toks)
            doc = head.doc
            base = head
            while base.dep_ == "conj" and base.head.i < base.i:
                base = base.head  # "Jaguar and Land Rover": the first one's words
            first = e.toks[0].i
            if base is not head:
                first = base.i
                while first > 0 and doc[first - 1].dep_ == "compound" and \
                        doc[first - 1].head.i == base.i and not doc[first - 1].is_lower:
                    first -= 1  # (the first name's own words: "Tata Motors")
            mods, i = [], first - 1
            while i >= max(0, first - 5) and doc[i].is_lower and doc[i].pos_ in ("NOUN",
                                                                                 "ADJ"):
                mods.append(doc[i])
                i -= 1
            cands = []
            if i >= 0 and any(m.lemma_.lower() in names.ORG_NOUNS for m in mods):
                cands.append(doc[i])
            for c in head.children:
                if c.dep_ == "appos" and c.lemma_.lower() in names.ORG_NOUNS:
                    cands += list(c.children)  # "Toyota, the Japanese automaker"
            if head.dep_ == "appos" and head.head.lemma_.lower() in names.ORG_NOUNS:
                cands += list(head.head.children)  # "the Japanese automaker, Toyota"
            for t in cands:
                cc = _nationality(t)
                if cc:
                    out.setdefault(e.ref, set()).add(cc)
        self._org_cc = out
        return out

    def _company_of_country(self, cc: str, before: int) -> list[str]:
        """The company "the Japanese company" or "the American automaker" means: of the
        companies named before it, one the article gives that nationality (the last
        named), else the only one that has acted (a subject) and that the article gives
        no other nationality, when no other such company is named after it; else none."""
        given = self._org_countries()
        seen: dict[str, list[int]] = {}
        for e in self.ents:
            if e.start < before and e.ref in self.actors and \
                    self.actors[e.ref].kind == "organization" and \
                    names.company_name(self.actors[e.ref].name) and \
                    not _market_index(e.toks):
                seen.setdefault(e.ref, []).append(e.start)
        if not seen:
            return []
        same = [a for a in seen if cc in given.get(a, ())]
        if same:
            return [max(same, key=lambda a: (max(seen[a]), a))]
        acted = {e.ref for e in self.ents if e.start < before and _is_subject(_head(e.toks))}
        free = [a for a in seen if not given.get(a)]
        doers = [a for a in free if a in acted]
        last = max(free, key=lambda a: max(seen[a]), default=None)
        # (not where another company is named since: "Airbus sold more planes than
        # Boeing, sparking questions whether the US company had lost its grip")
        return doers if len(doers) == 1 and doers[0] == last else []

    def _pronoun_candidates(self, tok, history, info) -> list[str]:
        cls = PRONOUNS.get(tok.lower_)
        if tok.lower_ in ("it", "them") and not _is_subject(tok):
            return []  # "used it to force", "distributes them": objects are mostly things
        if tok.lemma_.lower() in COMPANY_NOUNS:
            cls = "company"
        if cls is None:
            return []
        if tok.lower_ == "it" and tok.head.pos_ == "VERB" and \
                tok.head.lemma_.lower() in _THING_VERBS and not any(
                    p.dep_ == "prep" and p.lower_ == "through" for p in tok.head.children):
            return []  # "it did not explode", "it crashed": a thing, no organisation ("it
            # burned through $7.7 billion" is)
        person = cls in ("person", "speaker")

        def ok(aid):
            if cls == "company":
                return aid in self.actors and self.actors[aid].kind in (
                    "organization", "media") and names.company_name(self.actors[aid].name)
            return aid in self.actors and (self.actors[aid].kind == "person") == person

        if cls == "speaker":
            # "I" in a quotation: the person who says it (the subject of a reporting verb
            # of the sentence, before or after the quote: '"I conclude ...," said Mann')
            for v in tok.sent:
                if v.pos_ == "VERB" and v.lemma_.lower() in taxonomy.REPORTING:
                    for c in v.children:
                        if c.dep_ == "nsubj" and c.i != tok.i and not (
                                c.lower_ in PRONOUNS and PRONOUNS[c.lower_] == "speaker"):
                            cands = [r for r in self.refs(c) if ok(r)]
                            if cands:
                                return cands[:1]
        if tok.lower_ == "we":
            # "we" speaks for the speaker's side: the organisation that says it ('"We will
            # appeal," the company said') or the one named in the speaker's phrase
            # ("Northrop Grumman CEO Ron Sugar said ... we"), also in a quote running on
            # from the sentence before; else no one, never an earlier sentence's subject
            # ('"We have never seen anything like this," said Ana Paula')
            aff = self._affiliations()
            sents = [tok.sent]
            if tok.sent.start > 0:
                sents.append(tok.doc[tok.sent.start - 1].sent)
            for sent in sents:
                for v in sent:
                    if v.pos_ != "VERB" or v.lemma_.lower() not in taxonomy.REPORTING:
                        continue
                    for c in v.children:
                        if c.dep_ != "nsubj" or c.i == tok.i or c.lower_ in PRONOUNS:
                            continue
                        side = [r for r in self.refs(c) if ok(r)] or [
                            r for t in c.subtree for r in self.tok_refs.get(self.key(t), [])
                            if ok(r)] or [aff[r] for r in self.refs(c) if r in aff]
                        return side[:1]
            return []
        if cls in ("thing", "plural") and tok.lower_ != "we":
            # "as the aircraft was leaving ... before it was due to fly": the nearest earlier
            # subject of the same number, when a common noun naming no actor, is "it"
            plural = tok.lower_ in ("they", "them")
            holder = tok.head
            while holder.dep_ not in ("appos",) and holder.head.i != holder.i and \
                    holder.pos_ in NOUN_POS and holder.i != tok.i:
                holder = holder.head
            if holder.dep_ == "appos" and holder.head.dep_ in ("nsubj", "nsubjpass") and \
                    holder.head.i < tok.i:
                # in an apposition to the subject, "its" is the subject's: "the Nikkei 225
                # had risen 14 percent, its biggest one-day gain" (an index: no one)
                return [r for r in self.refs(holder.head) if ok(r)]
            prev = [t for t in tok.sent if t.i < tok.i and t.dep_ in ("nsubj", "nsubjpass")
                    and (t.pos_ in NOUN_POS or t.pos_ == "NUM" and not plural)
                    and (t.tag_ in ("NNS", "NNPS")) == plural
                    and not t.left_edge.i <= tok.i <= t.right_edge.i]  # ("the music it sells")
            if prev and prev[-1].pos_ in ("NOUN", "PROPN", "NUM") and \
                    not self.tok_refs.get(self.key(prev[-1])) and not (
                        prev[-1].lemma_.lower() in ("share", "stock") and
                        self.refs(prev[-1])) and (
                    prev[-1].lemma_.lower() not in COMPANY_NOUNS | REPRESENTATIVE_NOUNS
                    or prev[-1].lemma_.lower() not in COMPANY_NOUNS and not self.refs(prev[-1])):
                return []  # ("Democratic leaders said they would ...": no actor named)
        # earlier in the same sentence: subjects first, nearest first
        subj, other = [], []
        for t in tok.sent:
            if t.i >= tok.i:
                break
            for r in self.tok_refs.get(self.key(t), []):
                if ok(r):
                    (subj if _is_subject(t) else other).append(r)
        if subj or other:
            return [(subj or other)[-1]]
        for prev in reversed(history[-3:]):
            for pool in (prev["subjects"], prev["actors"]):
                cands = [a for a in pool if ok(a)]
                if cands:
                    return [cands[0]]
        return []

    def _sentence_events(self, sent, history, info) -> list[Event]:
        tokens = list(sent)
        sent_span = self.span_of([tokens[0], tokens[-1]])
        # sentence-level sources: "according to X"
        sentence_sources, according_modality = self._according_to(sent, history, info)
        timex_by_tok = self._timex_tokens(sent)
        drafts = []
        handled_nouns = set()
        for tok in tokens:
            kind = self._trigger_kind(tok) if tok.i not in timex_by_tok else None
            if kind is None:  # (a time's words are no event: "in the fall", "by the end")
                continue
            if kind == "light":
                obj = _eventive_object(tok)
                handled_nouns.add(obj.i)
                drafts.append(self._draft(obj, sent, history, info, light=tok))
            elif kind == "noun":
                if tok.i in handled_nouns:
                    continue
                drafts.append(self._draft(tok, sent, history, info))
            else:
                drafts.append(self._draft(tok, sent, history, info))
        # record subjects / actors for later pronoun resolution (not inside a source's
        # phrase: "according to analysts surveyed by Thomson Financial. Its shares fell")
        for d in drafts:
            quoting = _in_according(d["trigger_tok"])
            for p in d["participants"]:
                if quoting and p.ref in self.actors and self.actors[p.ref].kind != "person":
                    continue
                if p.role == "agent" or d["subject_is"] == p.ref:
                    if p.ref not in info["subjects"]:
                        info["subjects"].append(p.ref)
        for tok in tokens:
            quoting = _in_according(tok)
            for r in self.tok_refs.get(self.key(tok), []):
                if quoting and r in self.actors and self.actors[r].kind != "person":
                    continue  # (a person quoted is who "he" or "I" may be next)
                if r not in info["actors"]:
                    info["actors"].append(r)
        # statement events: their reported content's agents are topics, and their
        # subjects are sources of the events in their complement
        for d in drafts:
            if d["reporting"]:
                scope = d["scope"]
                for other in drafts:
                    if other is d or other["trigger_tok"].i not in scope:
                        continue
                    for s in d["speaker_sources"]:
                        if s not in other["sources"]:
                            other["sources"].append(s)
                    other["reported_by"].append(d)
                    for p in other["participants"]:
                        if p.role == "agent" and p.ref not in [q.ref for q in d["participants"]]:
                            d["participants"].append(Participant(p.ref, "topic"))
        # a quotation that opens a sentence with no attribution of its own goes on quoting
        # the speaker of the quotation just before ('"We see progress," said Pandit. "Our
        # credit trends continue to improve."')
        def first_person(d) -> bool:  # ("we expect" inside the quotation)
            return any(c.dep_ == "nsubj" and c.lower_ in ("i", "we")
                       for c in d["trigger_tok"].children)
        attributing = [d for d in drafts if d["reporting"] and not first_person(d)]
        speakers = [s for d in attributing for s in d["speaker_sources"] if s.kind == "quoted"]
        info["quoted_by"] = speakers
        info["attributed"] = bool(attributing) or bool(sentence_sources)
        text = sent.text.lstrip()
        prev = history[-1] if history else {}
        if not attributing and text[:1] in QUOTES and prev.get("quoted_by"):
            info["quoted_by"] = prev["quoted_by"]
            for d in drafts:
                d["sources"] += [s for s in prev["quoted_by"] if s not in d["sources"]]
                d["reported_by"].append({"lemma": "say", "speaker_sources": prev["quoted_by"]})
        for d in drafts:
            if d["type"].name == "statement" and not d["reporting"] and \
                    _is_according_object(d["trigger_tok"]):
                for other in drafts:
                    if other is d:
                        continue
                    for p in other["participants"]:
                        if p.role == "agent" and p.ref not in [q.ref for q in d["participants"]]:
                            d["participants"].append(Participant(p.ref, "topic"))
            if d["type"].name == "statement" and not d["places"]:
                # a statement is about the places its reported content names
                scope = d["scope"] or set()
                for t in sent:
                    if t.i in scope and self.key(t) not in self._qualifier_toks:
                        d["places"] += [r for r in self.tok_places.get(self.key(t), [])
                                        if r not in d["places"]]
        out = []
        for d in drafts:
            time = self._time(d, sent, timex_by_tok, history)
            if time.basis in ("explicit", "sentence") and time.value and \
                    time.value[:1].isdigit() and len(time.value) >= 7:
                # the last date an incident was given; its later definite mentions keep it
                for key in _incident_keys(d):
                    self._dated_incidents[key] = time
            if time.basis in ("explicit", "inferred"):
                info["times"].append((time, {p.ref for p in d["participants"]
                                             if p.role == "agent"}))
            if time.basis == "explicit" and time.latest and self.a.published_date and \
                    time.latest < self.a.published_date and \
                    _narrated_present(d["verb"], d["trigger_tok"]) and not d["reporting"]:
                info["told"] = time  # a past step told in the present: "are seen waiting"
            modality = self._modality(d, according_modality)
            credit = self._headline_credit()
            if credit is not None and d["trigger_span"].end <= credit[0] and \
                    self.a.title_span.start <= d["trigger_span"].start:
                # "Israeli airstrikes on Gaza kill 25 - Health Ministry": the headline's
                # claim is the credited source's, who takes no part in it
                _, cname, cref = credit
                d["sources"].append(Source(cref, cname, "according_to"))
                d["participants"] = [p for p in d["participants"] if p.ref != cref]
                if modality == "asserted":
                    modality = "reported"
            accuser = _accusing_verb(d["trigger_tok"])
            if accuser is not None and modality == "asserted":
                # "Kiir accused the Sudanese government of planning to invade": what is
                # alleged is the accuser's claim
                modality = "reported"
                for c in accuser.children:
                    if c.dep_ == "nsubj":
                        for r in self.refs(c):
                            if r in self.actors:
                                d["sources"].append(
                                    Source(r, self.actors[r].name, "according_to"))
            pub = self.a.published_date
            if modality == "asserted" and time.basis in ("explicit", "sentence") and pub and \
                    time.earliest and time.earliest > pub:
                modality = "future"  # dated after it was written: "faces a vote later this
                # month", "the talks next week"
            sources = [Source(self.a.id, self.a.outlet or self.a.title or self.a.path,
                              "article")]
            own = {p.ref for p in d["participants"] if p.role == "agent"}
            for s in sentence_sources + d["sources"]:
                if s not in sources and not (s.ref and s.ref in own):
                    sources.append(s)
            trig = d["trigger_span"]
            eid = "event:" + digest(f"{self.a.id}|{trig.start}|{trig.end}")
            comp = _offense(d["trigger_tok"])
            if comp is not None:
                # dated by its own clause, or by a date inside the complement that names
                # it ("guilty of slaying X and wounding Y in October 2011")
                sub = list(comp.subtree)
                lo, hi = self.off(sub[0]), self.off(sub[-1]) + len(sub[-1].text)
                own = time.basis == "explicit" or time.basis == "sentence" and any(
                    t.id == time.timex and lo <= t.span.start < hi for t in self.timexes)
                self._offenses.append((trig.start, eid, own and bool(time.value)
                                       and time.value[:1].isdigit(), time))
            claim = Claim(self.a.id, sent_span, trig, time, tuple(sources), modality)
            parts = tuple(sorted(set(d["participants"]), key=lambda p: (p.role, p.ref)))
            out.append(Event(id=eid, type=d["type"].name, label=self._label(d),
                             lemma=d["lemma"], time=time, participants=parts,
                             places=tuple(sorted(set(d["places"]))), claims=(claim,),
                             cameo=d["type"].cameo))
        return out

    # -- triggers
    def _money_crises(self) -> bool:
        """Does the article name an economic crisis ("the financial crisis", "the debt
        crisis")? Then its bare "the crisis" is that one."""
        if self._money_crisis is None:
            self._money_crisis = any(
                t.lemma_.lower() == "crisis" and any(
                    c.dep_ in ("amod", "compound", "nmod") and c.lower_ in ECONOMIC_ADJECTIVES
                    for c in t.children)
                for _, doc in self.segs for t in doc)
        return self._money_crisis

    def _market_rallies(self) -> bool:
        """Is one "rally" of the article a rally of markets ("stocks rallied", "a relief
        rally in shares")? Then its bare "the rally" is that one, no protest."""
        if self._market_rally is None:
            protest = taxonomy.BY_NAME["protest"]
            self._market_rally = any(
                t.lemma_.lower() == "rally" and t.pos_ in ("VERB", "NOUN") and
                _sense(t, None, protest, self._names_person).name == "business"
                for _, doc in self.segs for t in doc)
        return self._market_rally

    def _labour_strikes(self) -> bool:
        """Is one "strike" noun of the article a labour strike (``_labour_strike``)?"""
        if self._labour_strike is None:
            self._labour_strike = any(
                t.lemma_.lower() == "strike" and t.pos_ == "NOUN" and _labour_strike(t)
                for _, doc in self.segs for t in doc)
        return self._labour_strike

    def _headline_credit(self):
        """The source a headline credits after a dash or a colon at its end ("... kill
        25 - Health Ministry", "... in Idlib: monitor"): (offset, name, actor id or None),
        or None. The credit is a source's noun or the name of an actor of the article."""
        if self._credit is not None:
            return self._credit or None
        self._credit = ()
        ts = self.a.title_span
        if ts is None:
            return None
        m = re.search(r"\s[-\u2013\u2014:]\s+([A-Za-z][\w'.&\- ]{1,40})\s*$", ts.text) or \
            re.search(r":\s+([A-Za-z][\w'.&\- ]{1,40})\s*$", ts.text)
        if m is None or len(m.group(1).split()) > 4:
            return None
        name = m.group(1).strip()
        start = ts.start + m.start(1)
        words = name.lower().split()
        ref = next((a.id for a in self.actors.values() if a.kind != "country" and (
            a.name.lower() == name.lower() or name.lower() in {x.lower() for x in a.aliases})),
            None)
        if ref is None and words[-1] not in CREDIT_NOUNS:
            return None
        self._credit = (start, name, ref)
        return self._credit

    def _trigger_kind(self, tok) -> str | None:
        lemma = tok.lemma_.lower()
        if self.key(tok) in self._name_toks:
            return None  # the words of a name ("Rio Grande do Sul"): no event
        if lemma == "patrol" and tok.pos_ == "NOUN" and any(
                c.dep_ in ("compound", "amod") and c.lower_ in ("highway", "border", "coast",
                                                                "state", "harbor", "harbour")
                for c in tok.children):
            return None  # "the highway patrol": an agency, no patrol
        if not any(ch.isalpha() for ch in tok.text) or (
                tok.whitespace_ == "" and tok.i + 1 < len(tok.doc) and
                tok.doc[tok.i + 1].text in ("-", "‐", "–") and tok.lower_ in WORD_PREFIXES):
            return None  # "re-enter" parsed as "re", "-", "enter": the pieces are no events
        if _price_move(tok):
            return "adj"  # "AIG shares were down 15 percent", "the Nikkei was up 1.3%"
        if tok.pos_ == "ADJ" and lemma in taxonomy.ADJECTIVE_EVENTS:
            if tok.dep_ == "amod" and tok.i < tok.head.i or tok.dep_ == "conj":
                return None  # "the dead man": a description, not an event
            if tok.head.lemma_.lower() == "plead":
                return None  # "pleaded guilty": the plea is the event
            return "adj"
        if tok.pos_ == "VERB":
            if tok.dep_ == "aux" or lemma in taxonomy.NON_EVENT_VERBS and not (
                    lemma in taxonomy.COMPLEMENT_VERBS and not any(
                        c.dep_ in ("xcomp", "acomp", "attr", "oprd", "ccomp", "dobj")
                        for c in tok.children)):
                return None
            if tok.lower_ == "according" or tok.dep_ == "prep":
                return None  # "according to", "following the suspension"
            if lemma == "find" and any((v := _verdict_of(t)) is not None and v.i == tok.i
                                       for t in tok.subtree if t.pos_ == "ADJ"):
                return None  # "found him guilty": the verdict is the event, "guilty"
            if tok.text.istitle() and (tok.i > tok.sent.start or self.tok_refs.get(
                    self.key(tok))) and tok.lower_ not in _english_words() and \
                    tok.lemma_.lower() not in _english_words():
                return None  # a name the tagger took for a verb ("Wiedeking, 56, and")
            if tok.tag_ == "VB" and re.search(r"(?:er|or|ist)$", lemma):
                from .nlp import verb_lemmas
                if lemma not in verb_lemmas():
                    return None  # a noun the tagger took for a verb: "lent $85 billion to
                    # insurer American International Group"
            if lemma in taxonomy.LIGHT_VERBS and _eventive_object(tok) is not None:
                return "light"
            if lemma == "have" and not any(c.dep_ in ("xcomp", "ccomp") for c in tok.children):
                return None
            if lemma == "go" and tok.tag_ == "VBG" and any(
                    c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to"
                                              for a in c.children) for c in tok.children):
                return None  # "is going to sell": a future, the selling is the event
            if lemma == "have" and any(_have_to(c) for c in tok.children):
                return None  # "may have to raise capital": a modal, the raising is the event
            if tok.dep_ == "amod":
                return None  # participles as adjectives: "aggravated assault", "long awaited"
            if lemma in ("call", "dub") and any(
                    c.dep_ == "oprd" and (c.pos_ == "PROPN" or c.text[:1].isupper())
                    for c in tok.children) \
                    and not any(c.dep_ in ("dobj", "agent") for c in tok.children) and (
                    tok.dep_ == "acl" or any(c.dep_ == "auxpass" for c in tok.children)):
                return None  # a name given, no act: "a unit called Citi Holdings", "the
                # program, officially called the Car Allowance Rebate System"
            if tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and \
                    tok.doc[tok.i - 1].whitespace_ == "" and \
                    tok.doc[tok.i - 2].whitespace_ == "" and \
                    tok.doc[tok.i - 2].text[:1].isupper():
                return None  # a name's compound adjective: "the Hamas-run health ministry",
                # "an EADS-led consortium", "Russian-backed separatists"
            if lemma in ("update", "publish", "post", "modify") and not any(
                    c.dep_ in ("dobj", "obj", "ccomp") for c in tok.children) and (
                    _stamp_follows(tok) or tok.i == tok.sent.start and not any(
                        c.dep_ in SUBJ_DEPS for c in tok.children)):
                return None  # page furniture: "Updated 4:08 p.m. ET", "Last updated at 22:46"
            return "verb"
        if tok.pos_ == "PROPN" and _event_name(tok) is not None:
            return "noun"  # "the Paris Air Show", "World War II": a named event
        if tok.pos_ == "NOUN" and lemma == "round" and _stage_round(tok):
            return "noun"  # "in the sixth round", "a new round of talks"
        if tok.pos_ == "NOUN" and taxonomy.is_eventive_noun(lemma):
            if tok.dep_ == "compound" and not (
                    taxonomy.is_eventive_noun(tok.head.lemma_.lower())
                    or tok.head.lemma_.lower() in EVENT_FRAME_NOUNS):
                return None  # "supply lines", "attack helicopter": a modifier, not an event
            if lemma in ("order", "return") and tok.head.lower_ == "in" and not any(
                    c.dep_ in ("det", "poss") for c in tok.children):
                return None  # "in order to": no order placed; "in return": no one returns
            if tok.dep_ == "pobj" and tok.head.lower_ == "without" and not any(
                    c.dep_ in ("det", "poss", "amod") for c in tok.children):
                return None  # "arrested the man without incident": none happened
            if lemma in PENALTY_NOUNS and tok.dep_ == "pobj" and tok.head.lower_ == "to" and \
                    tok.head.head.lemma_.lower() in ("sentence", "condemn"):
                return None  # "sentenced to death": the penalty, no death yet
            if lemma == "fire" and tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and \
                    tok.doc[tok.i - 2].lower_ == "cease":
                return None  # "a cease-fire agreement" ("ceasefire" is the agreement's)
            if lemma == "event" and tok.dep_ == "pobj" and tok.head.lower_ == "in" and any(
                    c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
                return None  # "in the event of a default": a condition, no event
            if lemma == "operation" and (any(
                    c.dep_ == "poss" and (c.ent_type_ == "ORG" or
                                          c.lemma_.lower() in names.COMPANY_NOUNS) or
                    c.dep_ in ("compound", "amod") and (
                        c.lower_ in BUSINESS_WORDS or c.ent_type_ in ("GPE", "NORP", "LOC")
                        and not any(x.lower_ in MILITARY_OPERATION_WORDS
                                    for x in tok.children))
                    for c in tok.children) or any(
                    c.dep_ == "prep" and c.lower_ == "of" and any(
                        o.ent_type_ == "ORG" for o in c.children if o.dep_ == "pobj")
                    for c in tok.children)):
                return None  # a company's business: "the investment banking operations
                # of Lehman Brothers", "Nomura's operations"
            if lemma in ("report", "reports", "estimate", "estimates") and \
                    _is_according_object(tok):
                return "noun" if any(c.dep_ == "prep" and c.lower_ in ("in", "by", "from")
                                     for c in tok.children) else None
            if tok.dep_ == "pobj" and tok.head.lower_ == "of" and \
                    taxonomy.is_eventive_noun(tok.head.head.lemma_.lower()):
                return None  # "suspension of ... sharing": folded into the outer event
            if lemma in SOURCE_NOUNS and not self._noun_roles(tok):
                return None  # "reports that ...", "some reports": a source, not an event
            return "noun"
        return None

    def _draft(self, trig, sent, history, info, light=None) -> dict:
        is_verb = trig.pos_ == "VERB"
        lemma = trig.lemma_.lower()
        moved = _price_move(trig)
        etype = taxonomy.GENERIC if moved else \
            taxonomy.BY_NAME[taxonomy.ADJECTIVE_EVENTS[lemma]] if trig.pos_ == "ADJ" \
            else taxonomy.type_of_verb(lemma) if is_verb else (
            taxonomy.BY_NAME[taxonomy.NAMED_EVENT_HEADS[trig.lower_]] if trig.pos_ == "PROPN"
            else taxonomy.type_of_noun(trig.lower_) or taxonomy.type_of_noun(lemma)
            or taxonomy.GENERIC)
        if is_verb and etype is taxonomy.GENERIC:
            etype = taxonomy.type_of_noun(lemma) or etype
        etype = _sense(trig, light, etype, self._names_person,
                       lambda tok: bool(self.tok_places.get(self.key(tok))))
        if lemma == "strike" and trig.pos_ == "NOUN" and etype.name == "attack" and \
                self._labour_strikes() and \
                not any(c.dep_ in ("compound", "amod", "nmod") and
                        c.lower_ in MILITARY_STRIKE_WORDS for c in trig.children):
            # an article's strikes are of one kind: where one is a labour strike, a bare
            # "the strike" is that one, not an attack ("air strike" stays one)
            etype = taxonomy.BY_NAME["protest"]
        if lemma == "action" and trig.pos_ == "NOUN" and any(
                c.dep_ in ("compound", "amod") and c.lower_ in ("strike", "industrial")
                for c in trig.children):
            etype = taxonomy.BY_NAME["protest"]  # "strike action", "industrial action"
        if lemma == "rally" and trig.pos_ == "NOUN" and etype.name == "protest" and \
                self._market_rallies() and not any(
                    c.dep_ in ("amod", "compound", "nmod", "poss") or
                    c.dep_ == "prep" and c.lower_ in ("by", "of")
                    for c in trig.children):
            etype = taxonomy.BY_NAME["business"]  # "the rally" of a story about stocks
            # that rallied
        if lemma == "rally" and trig.pos_ == "VERB" and etype.name == "protest" and \
                self._market_rallies() and not any(
                    c.dep_ == "nsubj" and c.lemma_.lower() in PROTESTER_NOUNS
                    for c in trig.children):
            etype = taxonomy.BY_NAME["business"]  # "investors were rallying behind tech
            # shares" in a story about stocks that rallied
        if lemma == "crisis" and trig.pos_ == "NOUN" and etype.name == "disaster" and \
                self._money_crises() and not any(
                    c.dep_ in ("amod", "compound", "nmod") for c in trig.children):
            etype = taxonomy.BY_NAME["business"]  # "the crisis" of a story about the
            # financial crisis
        verb = light if light is not None else trig
        parts: list[Participant] = []
        places: list[str] = []
        subject_is = None
        if verb.pos_ == "VERB":
            subj, passive = self._subject(verb, history, info)
            passive = passive or _is_passive(verb)
            undergo = (light is not None and light.lemma_.lower() in ("sustain", "suffer", "incur")) \
                or (light is None and lemma in UNACCUSATIVE_VERBS
                    and not any((c.dep_ in ("dobj", "obj") and not _is_measure(c)) or
                                (c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children))
                                for c in verb.children)) \
                or (light is None and lemma in UNDERGOING_VERBS) \
                or (light is None and lemma in MOVING_BY_VERBS and _moves_by_amount(verb))
            if lemma in OBJECT_CONTROL_VERBS and not passive and verb is trig:
                kids = {c.dep_ for c in verb.children}
                # "Boeing allowed to bid": no object before the infinitive, no auxiliary
                passive = "xcomp" in kids and "nsubj" in kids and not kids & {
                    "dobj", "obj", "dative", "aux", "auxpass", "ccomp"}
            for r in subj:
                parts.append(Participant(r, "patient" if passive or undergo else "agent"))
                subject_is = r
            for c in verb.children:
                if c.dep_ in ("dobj", "obj") and c.i != trig.i:
                    if _is_measure(c) or c.ent_type_ in ("MONEY", "PERCENT", "QUANTITY"):
                        continue  # "will cost $199 and $249 USD": an amount is no one
                    # "supply the Air Force with tankers": the object receives
                    role = "beneficiary" if lemma in PROVIDE_WITH_VERBS and any(
                        p.dep_ == "prep" and p.lower_ == "with" for p in verb.children) \
                        else "patient"
                    for r in self.refs(c):
                        parts.append(Participant(r, role))
                elif c.dep_ == "dative":
                    for r in self.refs(c):
                        parts.append(Participant(r, "beneficiary"))
                elif c.dep_ == "agent":
                    for p in c.children:
                        if p.dep_ == "pobj":
                            for r in self.refs(p):
                                parts.append(Participant(r, "agent"))
                elif c.dep_ == "prep":
                    parts += self._prep_roles(c, lemma, is_verb=True)
        if moved:
            parts += [Participant(r, "patient") for c in trig.head.children
                      if c.dep_ == "nsubj" for r in self.refs(c)]  # what moved
        elif trig.pos_ == "ADJ":
            parts += [Participant(r, "patient") for t in _predicated_of(trig)
                      for r in self.refs(t)]
            finder = _verdict_of(trig)
            if finder is not None and not _is_passive(finder):
                parts += [Participant(r, "agent") for c in finder.children
                          if c.dep_ == "nsubj" for r in self.refs(c)]  # the jury finds
        elif not is_verb or light is not None:
            parts += self._noun_roles(trig)
        if not is_verb and light is None and trig.pos_ != "ADJ" and not moved and \
                not any(p.role == "agent" for p in parts):
            parts += [Participant(r, "agent")
                      for r in self._noun_context_agents(trig, history, info)]
        # places: through prepositions of the trigger (and of the light verb)
        for head in {trig, verb}:
            places += self._places_of(head)
        reporting = is_verb and lemma in taxonomy.REPORTING and not _acts_in_response(trig)
        scope: set[int] = set()
        speaker_sources: list[Source] = []
        if reporting:
            comp = [c for c in trig.children if (c.dep_ in ("ccomp", "xcomp", "parataxis")
                    or (c.dep_ == "dobj" and c.pos_ in ("VERB", "AUX"))) and not any(
                        t.text == ";" for t in trig.doc[min(c.i, trig.i):max(c.i, trig.i)])]
            # (a semicolon ends a clause: "Opel sale approved; Spain and Belgium fear job
            # cuts" reports no approval)
            # a report inside an earlier report ("Mehr News reports that Zarif announced
            # his resignation") reports its own complement only, not the outer report
            nested = trig.dep_ == "ccomp" and trig.head.i < trig.i and \
                trig.head.lemma_.lower() in taxonomy.REPORTING
            if not comp and trig.dep_ in ("parataxis", "ccomp") and \
                    trig.head.pos_ in ("VERB", "AUX") and not nested:
                comp = [trig.head]  # "... have launched an offensive," Syrskyi said.
                scope = {t.i for t in trig.head.subtree if t.i not in {x.i for x in trig.subtree}}
            for c in comp:
                scope |= {t.i for t in c.subtree}
            scope -= {t.i for a in sent if a.lower_ == "according" for t in a.subtree}
            objs = [c for c in trig.children if c.dep_ in ("dobj", "obj") and c.pos_ in NOUN_POS
                    and lemma not in _ADDRESSEE_VERBS and c.ent_type_ not in (
                        "PERSON", "ORG", "NORP", "GPE")]  # ("told a judge that ...": the
            # one told is no content)
            if not scope and objs:
                # what is reported is its object ("expects to report a loss of £28 billion",
                # "announced plans to rescue their banks")
                scope = {t.i for o in objs for t in o.subtree}
            if not scope:
                # no complement in the parse: what is reported is the rest of the sentence,
                # or of its own clause when that is an adverbial or embedded one ("stocks
                # surged after European governments announced ...")
                speaker = {t.i for c in trig.children if c.dep_ in ("nsubj", "nsubjpass")
                           for t in c.subtree}
                as_said = trig.dep_ == "advcl" and any(
                    c.dep_ == "mark" and c.lower_ == "as" for c in trig.children) and not any(
                    c.dep_ == "nsubjpass" or c.dep_ == "advmod" and c.lower_ in (
                        "soon", "long", "far", "much") for c in trig.children)  # (not "as
                # soon as the results were announced")
                # ("US strikes hit the port, as reported by al-Masirah TV", "as the army
                # said": the "as" clause reports the rest of the sentence)
                within = {t.i for t in trig.subtree} if not as_said and (nested or trig.dep_ in (
                    "advcl", "relcl", "acl", "pcomp", "xcomp")) else {t.i for t in sent}
                semis = [t.i for t in sent if t.text == ";"]
                lo = max([i for i in semis if i < trig.i], default=sent.start - 1)
                hi = min([i for i in semis if i > trig.i], default=sent.end)
                within = {i for i in within if lo < i < hi}  # (a semicolon ends a clause)
                scope = {t.i for t in sent if t.i != trig.i and t.i not in speaker
                         and t.i in within}
            for t in sent:
                if t.i in scope and t.dep_ == "advcl" and t.pos_ == "VERB" and \
                        t.lemma_.lower() in taxonomy.REPORTING and any(
                            c.dep_ == "nsubj" for c in t.children) and any(
                            c.dep_ == "mark" and c.lower_ in ("while", "whereas", "although",
                                                              "though")
                            for c in t.children):
                    # "announced it would idle its plants, while GM said it was delaying
                    # work": the other speaker's saying is not reported by this one
                    scope -= {x.i for x in t.subtree}
                elif t.i in scope and t.pos_ == "VERB" and t.i > trig.i and \
                        t.lemma_.lower() in taxonomy.REPORTING and any(
                            c.dep_ == "nsubj" and c.i < t.i for c in t.children) and \
                        _coordinated(t):
                    # "Police said 11 people were arrested and the Red Cross said it
                    # treated 10": the second speaker's saying is its own
                    scope -= {x.i for x in t.subtree}
            # a line break ends what is reported where the parser runs lines together
            # (a headline's deck lines: "... in Millom, Cumbria\nRelative said he had ...")
            at = self.off(trig)
            lo = self.text.rfind("\n", 0, at) + 1
            hi = self.text.find("\n", at)
            hi = len(self.text) if hi < 0 else hi
            scope = {i for i in scope if lo <= self.off(trig.doc[i]) < hi}
            quoted = _in_quotes(sent, scope)
            kind = "quoted" if quoted else "according_to"
            subj_toks = [c for c in trig.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subj_toks and trig.dep_ == "advcl" and trig.tag_ == "VBG" and \
                    trig.head.pos_ in ("VERB", "AUX"):
                # "The governor confirmed the first fatality, saying a girl died": who
                # confirms says it
                subj_toks = [c for c in trig.head.children if c.dep_ == "nsubj"]
            if not subj_toks or all(c.dep_ == "nsubjpass" and not self.refs(c)
                                    for c in subj_toks):
                by = [o for c in trig.children if c.dep_ == "agent" for o in c.children
                      if o.dep_ == "pobj"]
                subj_toks = by or subj_toks  # ("as reported by al-Masirah TV")
            if len(subj_toks) > 1 and any(c.i > trig.i for c in subj_toks):
                subj_toks = [c for c in subj_toks if c.i > trig.i]
            # ("medics and witnesses said": each conjunct that the article does not name
            # is a speaker too)
            conj_toks = [c for s_tok in subj_toks for c in s_tok.conjuncts
                         if c.pos_ in NOUN_POS and not self.refs(c)]
            for s_tok in conj_toks:
                if s_tok.lemma_.lower() in UNNAMED_SOURCE_NOUNS | UNNAMED_SPEAKER_NOUNS | \
                        UNNAMED_BODY_NOUNS or s_tok.pos_ == "NOUN" and \
                        s_tok.lemma_.lower() in names.PERSON_NOUNS:
                    speaker_sources.append(Source(None, _np_text(s_tok), kind))
            for s_tok in subj_toks:
                refs = [p.ref for p in parts if p.role == "agent"] or [
                    r for c in s_tok.subtree if c.dep_ == "appos" for r in self.refs(c)
                    if r in self.actors and self.actors[r].kind == "person"][:1]
                # ("The governor of Unity State, Taban Deng, said": the governor's name)
                name = _np_text(s_tok)
                if s_tok.lemma_.lower() in UNNAMED_SOURCE_NOUNS and not refs:
                    speaker_sources.append(Source(None, name, "report"))
                elif s_tok.lemma_.lower() in ("estimate", "estimates"):
                    speaker_sources.append(Source(None, name, "estimate"))
                elif not refs and s_tok.pos_ in ("NOUN", "PROPN") and (
                        s_tok.lemma_.lower() in UNNAMED_SPEAKER_NOUNS or
                        s_tok.lemma_.lower() in STATEMENT_NOUNS or  # ("the statement said")
                        s_tok.lemma_.lower() in UNNAMED_BODY_NOUNS or
                        s_tok.lower_ in UNNAMED_BODY_NOUNS or  # ("state media said", lemma
                        # "medium")
                        s_tok.pos_ == "NOUN" and s_tok.lemma_.lower() in names.PERSON_NOUNS):
                    speaker_sources.append(Source(None, name, kind))  # "said one
                    # London-based trader": a speaker the article does not name
                for r in refs:
                    nm = self.actors[r].name if r in self.actors else name
                    srcname = name if s_tok.lower_ in ("sources", "officials") else nm
                    speaker_sources.append(Source(r, srcname, kind))
        prt = [c for c in trig.children if c.dep_ == "prt"] if is_verb else []
        if prt:  # phrasal verbs: "step down", "pull out"
            lemma = f"{lemma} {prt[0].lower_}"
        return {"trigger_tok": trig, "verb": verb, "lemma": lemma, "particle": prt[0].text if prt else None,
                "type": etype, "participants": _dedupe(parts), "places": places,
                "trigger_span": self.span_of([trig]), "reporting": reporting, "scope": scope,
                "speaker_sources": speaker_sources, "sources": [], "reported_by": [],
                "subject_is": subject_is, "passive": verb.pos_ == "VERB" and
                any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children),
                "light": light}

    def _subject(self, verb, history, info) -> tuple[list[str], bool]:
        """Actor ids of the verb's subject, and whether it is a passive subject."""
        if verb.lemma_.lower() in ("cite", "quote") and verb.tag_ == "VBG":
            # "The Telegraph reported, citing analysts, that Saudi Arabia would ...": the
            # one who reports cites, wherever the parser hangs the participle
            for a in list(verb.ancestors)[:3]:
                if a.lemma_.lower() in taxonomy.REPORTING and a.pos_ == "VERB":
                    return self._subject(a, history, info)
        v = verb
        seen = 0
        tough = False  # "Thompson is hard to hit": the subject is the infinitive's object
        while seen < 6:
            seen += 1
            kids = list(v.children)
            if v is verb and verb.lemma_.lower() in taxonomy.REPORTING:
                after = [c for c in kids if c.dep_ == "nsubj" and c.i > v.i]
                if after:  # "..., says Ukraine": the subject after the verb is the speaker
                    kids = after
            found = None
            for c in kids:
                if c.dep_ in ("nsubj", "nsubjpass", "csubj"):
                    # a bare participle conjoined to a passive shares its voice
                    # ("were selected and purchased by the government")
                    passive = tough or c.dep_ == "nsubjpass" and (v is verb or (
                        verb.tag_ == "VBN" and not any(a.dep_ in ("aux", "auxpass")
                                                       for a in verb.children)))
                    if c.pos_ == "PRON":
                        if c.lower_ in ("who", "that", "which") and v.dep_ == "relcl":
                            refs = self.refs(v.head)
                        else:
                            refs = self._resolve_pronoun(c, history, info)
                    elif c.pos_ == "VERB" and c.dep_ == "nsubj" and \
                            any(a.dep_ in ("nsubj", "nsubjpass") for a in c.children):
                        # "Apple releases iPhone SDK, announces update": a verb parsed as
                        # the subject of the next one shares its subject
                        refs = self._subject(c, history, info)[0]
                    else:
                        refs = self.refs(c)
                    if refs and c.pos_ == "PROPN":
                        # a headline's comma joins subjects: "EU, IMF agree bailout"
                        for n in kids:
                            if n.dep_ == "npadvmod" and n.pos_ == "PROPN" and \
                                    n.i + 2 == c.left_edge.i and n.doc[n.i + 1].text == ",":
                                refs = [r for r in self.refs(n) if r not in refs] + refs
                    if refs:
                        return refs, passive
                    # two subjects in the parse ("The former Chief Operating Officer,
                    # Tim Cook will be succeeding"): the one that names someone
                    found = found or (refs, passive)
            if found is not None:
                return found
            if v is verb:
                # no subject in the parse: a name before the verb attached as a noun-phrase
                # adverbial ("European aircraft manufacturer, Airbus, has won ...")
                # or in apposition to a date line glued to the sentence ("June 13, 2005
                # \n European aircraft manufacturer, Airbus, has won ...")
                for c in kids:
                    if c.dep_ != "npadvmod" or c.i > v.i:
                        continue
                    cands = [c]
                    while cands:
                        n = cands.pop(0)
                        if self.refs(n):
                            return self.refs(n), False
                        cands += [a for a in n.children if a.dep_ == "appos"]
            # inherit: conjoined verbs share the first verb's subject; participles and
            # relative clauses take their head noun; controlled infinitives their controller
            if v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX"):
                v = v.head
                continue
            if v.dep_ in ("acl", "relcl") and v.head.pos_ in NOUN_POS + ("PRON",):
                head = v.head
                if head.pos_ == "NOUN" and head.dep_ == "appos" and self.refs(head.head):
                    # "Mark Papermaster, an Apple executive overseeing ...": the clause
                    # is about the name the noun is in apposition to
                    head = head.head
                if v.tag_ == "VB" and head.pos_ == "NOUN" and \
                        taxonomy.is_eventive_noun(head.lemma_.lower()):
                    # the infinitive of an event noun is done by that event's agent:
                    # "the Northrop Grumman and EADS plan to assemble", "are in
                    # negotiations to arrange"
                    agents = self._noun_agents(head, history, info)
                    if agents:
                        return agents, False
                refs = self.refs(head)
                # (a participle the tagger calls a past tense is still a participle:
                # "a convicted rapist recaptured last month")
                reduced_passive = v.tag_ == "VBN" or (v.dep_ == "acl" and v.tag_ == "VBD")
                if reduced_passive and _main_verb_as_participle(v):
                    reduced_passive = False  # "General Motors Corporation, once the
                    # largest automaker, filed for bankruptcy": the main verb
                if not refs and v.dep_ == "acl" and v.tag_ == "VB" and \
                        v.head.dep_ in ("dobj", "obj") and v.head.head.pos_ in ("VERB", "AUX") \
                        and not any(c.dep_ == "dative" for c in v.head.head.children):
                    # the infinitive of an object noun is controlled by the verb's subject:
                    # "the EU made the decision to ban ...", "it signed a contract to buy ..."
                    v = v.head.head
                    continue
                return refs, reduced_passive
            if v.pos_ == "ADJ" and v is not verb and v.dep_ in ("acomp", "oprd", "amod"):
                # an adjective's infinitive: "they will be willing to contribute" (the
                # copula's subject), "a company able to build"; "X is hard to hit" (X is
                # hit); "it is disappointing to hear" (no one in particular)
                adj = v.lemma_.lower()
                if adj in TOUGH_ADJECTIVES:
                    if any(c.dep_ in ("dobj", "obj") for c in verb.children):
                        break
                    tough = True
                elif adj not in CONTROL_ADJECTIVES:
                    break
                if v.dep_ == "amod":
                    return (self.refs(v.head), tough) if v.head.pos_ in NOUN_POS else ([], False)
                v = v.head
                continue
            if v.dep_ == "xcomp":
                objs = [c for c in v.head.children if c.dep_ in ("dobj", "obj")] or [
                    o for p in v.head.children if p.dep_ == "prep" and p.lower_ == "on" and
                    v.head.lemma_.lower() in ("call", "rely", "count", "prevail")
                    for o in p.children if o.dep_ == "pobj"]
                if objs:  # "forced them to drive": the object, even when it is no actor;
                    # "called on the parliament members to keep": who is called on
                    return self.refs(objs[0]), False
                v = v.head
                continue
            if v.dep_ == "pcomp" and v.head.lower_ in ("of", "for") and \
                    v.head.dep_ == "prep":
                accused = v.head.head  # "accused the army of bombarding": the army;
                # "blamed the Taliban for planting the bomb": the Taliban
                verb_ = accused.head if accused.dep_ in ("dobj", "obj") else accused
                if verb_.lemma_.lower() in (ACCUSING_WORDS if v.head.lower_ == "of"
                                            else JUDGING_FOR_VERBS):
                    if accused.dep_ in ("dobj", "obj"):
                        return self.refs(accused), False
                    objs = [c for c in verb_.children if c.dep_ in ("dobj", "obj")]
                    if objs:  # ("accused X of plotting", the "of" on the verb)
                        return self.refs(objs[0]), False
                    subj = [c for c in verb_.children if c.dep_ == "nsubjpass"]
                    if subj:  # "he was accused of plotting"
                        return self.refs(subj[0]), False
            if v.dep_ == "pcomp" and v.head.lower_ == "from" and v.head.dep_ == "prep":
                objs = [c for c in v.head.head.children if c.dep_ in ("dobj", "obj")]
                if objs:
                    # "barred Apple Computer from using": the object does it (or does not)
                    return self.refs(objs[0]), False
            if v.dep_ in ("advcl", "pcomp") and v.tag_ in ("VBG", "VBN", "VB"):
                h = v.head
                while (h.dep_ == "prep" or h.pos_ == "ADP") and h.head.i != h.i:
                    h = h.head  # (a preposition can head a sentence fragment)
                if h.pos_ in ("VERB", "AUX"):
                    v = h
                    continue
                if h.pos_ in NOUN_POS:
                    return self.refs(h), False
            if v.dep_ == "pcomp" and v.head.dep_ == "prep":
                v = v.head.head
                continue
            break
        return [], False

    def _noun_agents(self, noun, history, info) -> list[str]:
        """The agents of an event noun: its own (possessor, modifier, "of"/"by"/"from"
        phrase) or, failing those, the ones its clause gives it (_noun_context_agents)."""
        own = [p.ref for p in self._noun_roles(noun) if p.role == "agent"]
        return own or self._noun_context_agents(noun, history, info)

    def _noun_context_agents(self, noun, history, info) -> list[str]:
        """Agents of an event noun from outside its noun phrase: the subject of a verb of
        agreeing or announcing whose object it is ("Aeroflot has negotiated the purchase",
        "Airbus unveiled plans"), of a verb it is the "in" phrase of ("said in a statement",
        "are in negotiations", "released it in response to"), or a subject the parser hung on
        the noun itself."""
        lemma = noun.lemma_.lower()
        if lemma in UNDERGOING_NOUNS or (taxonomy.type_of_noun(lemma) or taxonomy.GENERIC).name \
                in ("casualties", "disaster"):
            return []  # "announced the death of ...", "reached an increase": no agent
        subj = [c for c in noun.children if c.dep_ == "nsubj"]
        if subj:
            c = subj[0]
            return self._resolve_pronoun(c, history, info) if c.pos_ == "PRON" else self.refs(c)
        verb = None
        if noun.dep_ in ("dobj", "obj") and _from_is_agent(noun):
            # "Airbus has won an order from Qatar Airways", "received a call from ..."
            for p in noun.head.children:
                if p.dep_ == "prep" and p.lower_ == "from":
                    refs = [r for o in p.children if o.dep_ == "pobj" for r in self.refs(o)]
                    if refs:
                        return refs
        first = noun
        while first.dep_ == "conj" and first.head.pos_ in NOUN_POS:
            first = first.head  # "to give free cases, refunds": as the first conjunct
        if first.dep_ in ("dobj", "obj") and \
                first.head.lemma_.lower() in SUPPORT_VERBS | GIVING_VERBS:
            verb = first.head
        elif noun.dep_ == "pobj" and noun.head.lower_ in ("at", "during") and \
                noun.head.head.pos_ in ("VERB", "AUX") and \
                (taxonomy.type_of_noun(lemma) or taxonomy.GENERIC).name == "statement":
            verb = noun.head.head  # "At the keynote, Jobs introduced ..."
        elif noun.dep_ == "pobj" and noun.head.lower_ == "in" and \
                noun.head.head.pos_ in ("VERB", "AUX") and \
                noun.head.head.lemma_.lower() not in UNACCUSATIVE_VERBS | {"result", "end"} and \
                (lemma in SETTING_NOUNS or (taxonomy.type_of_noun(lemma) or
                                            taxonomy.GENERIC).name in SETTING_NOUN_TYPES):
            verb = noun.head.head
        if verb is None:
            return []
        refs, passive = self._subject(verb, history, info)
        if passive or _is_passive(verb):
            return []
        return refs

    def _prep_roles(self, prep, lemma: str, is_verb: bool) -> list[Participant]:
        out = []
        p = prep.lower_
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        for o in objs:
            if p == "under" and o.lemma_.lower() in ("command", "control", "leadership", "orders"):
                for mod in o.children:
                    if mod.dep_ in ("amod", "compound", "poss", "nmod"):
                        refs = self.refs(mod) or self._country_of_modifier(mod)
                        out += [Participant(r, "agent") for r in refs]
                continue
            if p == "between" and lemma in RECIPROCAL_WORDS:
                # "a dispute between Airbus and Boeing": the first side acts, with the others
                out += [Participant(r, "agent") for r in self.refs(o, 3)]
                for c in o.conjuncts:
                    out += [Participant(r, "co-agent") for r in self.refs(c, 3)]
                continue
            refs = self.refs(o)
            if not refs:
                continue
            if p == "against":
                out += [Participant(r, "patient") for r in refs]
            elif p == "by" and not is_verb:
                out += [Participant(r, "agent") for r in refs]
            elif p == "with" and lemma in PROVIDE_WITH_VERBS and any(
                    c.dep_ in ("dobj", "obj") for c in prep.head.children):
                out += [Participant(r, "patient") for r in refs]  # "supply X with Y": Y
            elif p in ("with", "to", "for") and lemma in GIVING_VERBS | {"sharing", "aid",
                                                                       "support", "supply"}:
                out += [Participant(r, "beneficiary") for r in refs]
            elif p == "with" and lemma in ("meet", "talk", "negotiate", "agree", "cooperate",
                                           "meeting", "talks", "agreement", "deal", "clash",
                                           "fight", "trade", "partner"):
                out += [Participant(r, "co-agent") for r in refs]
        return out

    def _country_of_modifier(self, tok) -> list[str]:
        g = _gaz()
        cc = g.country_of_demonym(tok.text) or g.country_code(tok.text)
        if cc:
            a = self.country_actor(cc, alias=None)
            return [a] if a else []
        return []

    def _noun_roles(self, noun) -> list[Participant]:
        out = []
        lemma = noun.lemma_.lower()
        name = _event_name(noun) if noun.pos_ == "PROPN" else None
        for c in noun.children:
            if name is not None and name.start <= c.i < name.end:
                continue  # the words of a named event ("Apple Worldwide Developers Conference")
            if c.dep_ == "poss":
                refs = self.refs(c) or (self._country_of_modifier(c) if c.pos_ == "PROPN" else [])
                role = "patient" if lemma in PATIENT_POSSESSOR_NOUNS else "agent"
                out += [Participant(r, role) for r in refs]
            elif c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i and \
                    (taxonomy.type_of_noun(noun.lower_) or taxonomy.type_of_noun(lemma)
                     or taxonomy.GENERIC).name in ("disaster",):
                continue  # "Indonesia earthquake": a place (see _places_of), not an agent
            elif c.dep_ in ("compound", "nmod") and c.i < noun.i and (
                    lemma in UNDERGONE_NOUNS or (taxonomy.type_of_noun(lemma) or
                                                 taxonomy.GENERIC).name == "business") and (
                    c.ent_type_ in ("GPE", "LOC", "FAC") or self.tok_places.get(self.key(c))):
                continue  # "dies in New Zealand fall", "the US recession", "October U.S.
                # sales", "the largest U.S. manufacturing bankruptcy": where
            elif c.dep_ in ("compound", "nmod") and c.i < noun.i and \
                    lemma in PATIENT_MODIFIER_NOUNS and c.pos_ == "PROPN" and self.refs(c) \
                    and not any(p.dep_ == "prep" and p.lower_ == "of" for p in noun.children):
                # "the Jaguar-Land Rover acquisition": the business taken over ("the Kraft
                # takeover of Cadbury": Kraft takes over)
                out += [Participant(r, "patient") for r in self.refs(c)]
            elif c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i:
                refs = self.refs(c)
                if not refs and c.ent_type_ in ("NORP", "GPE"):
                    refs = self._country_of_modifier(c)
                out += [Participant(r, "agent") for r in refs]
                # "U.S. intelligence sharing": the compound's own modifiers
                for cc in c.children:
                    if cc.dep_ in ("compound", "amod") and cc.i < c.i:
                        out += [Participant(r, "agent") for r in
                                (self.refs(cc) or self._country_of_modifier(cc))]
            elif c.dep_ == "prep":
                p = c.lower_
                for o in (x for x in c.children if x.dep_ == "pobj"):
                    if p == "of" and lemma in PATIENT_OF_NOUNS and \
                            o.lemma_.lower() in OWNED_NOUNS:
                        # "its purchase of the North American operations of Lehman
                        # Brothers": whose business changes hands undergoes it
                        for oc in o.children:
                            owners = [oc] if oc.dep_ == "poss" else [
                                x for x in oc.children if x.dep_ == "pobj"] \
                                if oc.dep_ == "prep" and oc.lower_ == "of" else []
                            out += [Participant(r, "patient") for x in owners
                                    for r in self.refs(x)]
                        continue
                    if p == "of" and o.pos_ == "NOUN" and taxonomy.is_eventive_noun(o.lemma_.lower()):
                        out += self._noun_roles(o)  # "suspension of U.S. intelligence sharing"
                        continue
                    refs = self.refs(o)
                    if p == "of":
                        role = "patient" if lemma in PATIENT_OF_NOUNS and not (
                            lemma == "control" and noun.dep_ == "pobj" and
                            noun.head.lower_ == "under") else "agent"
                        # ("under the operational control of the Western Naval Command":
                        # the command controls)
                        out += [Participant(r, role) for r in refs]
                    elif p in ("in", "by", "from") and lemma in ("report", "reports",
                                                                "statement", "estimate"):
                        out += [Participant(r, "agent") for r in refs]
                    elif p == "from" and _from_is_agent(noun):
                        out += [Participant(r, "agent") for r in refs]
                out += self._prep_roles(c, lemma, is_verb=False)
        return out

    def _places_of(self, head) -> list[str]:
        out = []
        htype = taxonomy.type_of_noun(head.lemma_.lower()) if head.pos_ == "NOUN" else None
        strike = htype is not None and htype.name in STRIKE_TYPES
        if head.pos_ == "NOUN":  # "the Indonesia earthquake", "a Texas shooting"
            for c in head.children:
                if strike and any(r in self.actors and self.actors[r].kind == "country"
                                  for r in self.tok_refs.get(self.key(c), [])):
                    continue  # "US airstrikes on Hodeidah": the country strikes, elsewhere
                if c.dep_ in ("compound", "nmod") and c.i < head.i and c.ent_type_ in ("GPE", "LOC"):
                    out += [r for r in self.tok_places.get(self.key(c), [])] or [
                        self.place(_gaz().country_name(self.actors[r].country), None)
                        for r in self.tok_refs.get(self.key(c), [])
                        if r in self.actors and self.actors[r].kind == "country"
                        and self.actors[r].country and _gaz().country_name(
                            self.actors[r].country)]  # ("U.S. sales": the country's)
        stack = [(c, 0) for c in head.children if c.dep_ == "prep"]
        if head.pos_ in ("VERB", "AUX"):
            # where the subject is ("Crude oil prices in New York rose", "stocks in Japan
            # fell"), for a common noun that names no one
            for subj in (c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")
                         and c.pos_ == "NOUN" and not self.refs(c)):
                out += [r for p in subj.children if p.dep_ == "prep" and p.lower_ in ("in", "at")
                        for o in p.children if o.dep_ == "pobj" for r in self.place_refs(o)]
        for obj in (c for c in head.children if c.dep_ in ("dobj", "obj", "nsubjpass")):
            stack += [(c, 1) for c in obj.children if c.dep_ == "prep"]  # "two-thirds of ..."
            if obj.dep_ != "nsubjpass" and not self.refs(obj):
                out += self.place_refs(obj)  # "the quake hit Aceh province"
        while stack:
            prep, depth = stack.pop()
            p = prep.lower_
            for o in (x for x in prep.children if x.dep_ == "pobj"):
                if p in LOCATIVE_PREPS or (p == "of" and prep.head.lemma_.lower() in PART_NOUNS) \
                        or (p == "on" and depth == 0 and strike) \
                        or (p == "to" and depth == 0 and head.pos_ == "VERB" and
                            taxonomy.type_of_verb(head.lemma_.lower()).name in (
                                "movement", "deployment")):
                    out += self.place_refs(o)  # (and the goal of a move: "flew to Washington")
                if depth < 2 and o.pos_ in NOUN_POS:
                    stack += [(c, depth + 1) for c in o.children if c.dep_ == "prep"]
        # "where" in a relative clause of a place: "in the Kursk region, where ..."
        return out

    # -- sources
    def _according_to(self, sent, history, info) -> tuple[list[Source], bool]:
        out = []
        found = False
        for tok in sent:
            if tok.lower_ != "according":
                continue
            to = next((c for c in tok.children if c.lower_ == "to"), None)
            if to is None and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
                to = tok.doc[tok.i + 1]
            if to is None:
                continue
            for o in (c for c in to.children if c.dep_ == "pobj"):
                found = True
                lemma = o.lemma_.lower()
                if lemma in ("report", "reports") or lemma in STATEMENT_NOUNS:
                    # "according to a report in NK News", "according to a statement from
                    # the White House": the outlet or the author
                    kind = "report" if lemma in ("report", "reports") else "according_to"
                    inner = [x for p in o.children if p.dep_ == "prep" and
                             p.lower_ in ("in", "by", "from", "of") for x in p.children
                             if x.dep_ == "pobj"]
                    inner += [c for c in o.children if c.dep_ == "poss"]  # "the ministry's"
                    named = False
                    for x in inner:
                        for r in self.refs(x):
                            out.append(Source(r, self.actors[r].name, kind))
                            named = True
                    if not named:
                        out.append(Source(None, _np_text(o), kind))
                elif lemma in ("estimate", "estimates", "assessment", "assessments", "data",
                               "figures"):
                    out.append(Source(None, _np_text(o), "estimate"))
                else:
                    refs = self.refs(o)
                    if not refs and o.pos_ == "PRON":
                        refs = self._resolve_pronoun(o, history, info)
                    for r in refs:
                        out.append(Source(r, self.actors[r].name, "according_to"))
                    if not refs:
                        out.append(Source(None, _np_text(o), "according_to"))
        return out, found

    # -- time
    def _timex_tokens(self, sent) -> dict[int, Timex]:
        base = self.off(sent[0]) - sent[0].idx
        out = {}
        s0 = self.off(sent[0])
        s1 = self.off(sent[-1]) + len(sent[-1].text)
        for tx in self.timexes:
            if tx.span.end <= s0 or tx.span.start >= s1:
                continue
            for t in sent:
                a = base + t.idx
                if a < tx.span.end and a + len(t.text) > tx.span.start:
                    out[t.i] = tx
        return out

    def _joined_span(self, time: EventTime, tx: Timex, timex_by_tok) -> EventTime:
        """An event dated by one of two times joined as a pair or a range ("met on Monday
        and Tuesday", "strikes in March and April", "will close between June and August",
        "from 2008 to 2010") runs from the first's earliest day to the last's latest."""
        chain = sorted({t.id: t for t in timex_by_tok.values()}.values(),
                       key=lambda t: t.span.start)
        k = next((n for n, t in enumerate(chain) if t.id == tx.id), None)
        if k is None or not time.earliest or not time.latest:
            return time
        lo = hi = k
        while lo > 0 and _joins_times(self.text[chain[lo - 1].span.end:chain[lo].span.start]) \
                and chain[lo - 1].type == tx.type and chain[lo - 1].earliest:
            lo -= 1
        while hi + 1 < len(chain) and chain[hi + 1].type == tx.type and \
                chain[hi + 1].latest and \
                _joins_times(self.text[chain[hi].span.end:chain[hi + 1].span.start]):
            hi += 1
        if lo == hi:
            return time
        first, last = min(chain[lo].earliest, time.earliest), max(chain[hi].latest, time.latest)
        if first > last:
            return time
        return dataclasses.replace(time, earliest=first, latest=last)

    def _time(self, d, sent, timex_by_tok, history) -> EventTime:
        trig = d["trigger_tok"]
        verb = d["verb"]
        clause = _clause_tokens(verb) | _clause_tokens(trig)
        # a timex premodifying another noun dates that noun only ("the 1991 agreement")
        noun_of = _premodified_nouns(sent.doc, timex_by_tok)
        at = d["trigger_span"].start
        doc = sent.doc
        # "since September" starts a span that runs to now: no event lies in September
        since = {tx.id for i, tx in timex_by_tok.items() if i > 0 and i - 1 not in timex_by_tok
                 and doc[i - 1].lower_ == "since" or _under_since(doc[i], trig)
                 and not 0 <= at - tx.span.end <= 1}  # (not "the September 11, 2001 attacks")
        usable = {i: tx for i, tx in timex_by_tok.items() if tx.type in ("DATE", "TIME")
                  and tx.earliest is not None
                  and _dated_by_premodifier(trig, noun_of.get(tx.id, trig.i))
                  and tx.id not in since
                  # "a trial date was set for October 28": the date of what is set, not
                  # of the setting
                  and not _scheduled_for(doc[i], (verb, trig))
                  # "reported a net loss for 2010": the period the figure covers, not the
                  # time of the report
                  and not (d["type"].name == "statement" and (
                      _for_period(doc[i]) or re.match(r"\d{4}-[QH]\d", tx.value or "")))
                  # (nor a quarter: "announced a loss in the final quarter of 2008")
                  # a date in a flashback that describes something ("the campaign, which
                  # had been halted in June") dates that clause only
                  and not any(_pluperfect(doc[c]) and c not in (trig.i, verb.i) and
                              doc[c].head.i not in (trig.i, verb.i)
                              for c in _modifier_clauses(doc[i]))
                  # a date inside an "after/following/before" phrase dates what that
                  # phrase names ("have been found following an attack on July 9")
                  and not _dates_other_phrase(doc[i], trig)
                  # a line break ends a sentence even where the parser runs on (a date
                  # line glued to the lead: "June 8, 2010\nApple unveiled ...")
                  and "\n" not in self.text[min(at, tx.span.start):max(at, tx.span.end)]}
        if trig.dep_ == "pobj" and trig.head.lower_ == "of" and \
                trig.head.head.lemma_.lower() in ANNIVERSARY_NOUNS:
            usable = {}  # "a vigil Thursday to mark the anniversary of the shooting"
        if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in FORECAST_VERBS:
            # what is forecast or faced is dated in its complement, not the forecasting:
            # "Ford expects to be profitable in 2011", "facing elections on Sept. 27"
            inside = {t.i for c in verb.children if c.dep_ in ("dobj", "obj", "xcomp", "ccomp")
                      for t in c.subtree}
            pub_day = self.a.published_date
            usable = {i: tx for i, tx in usable.items() if i not in inside and not (
                pub_day and tx.earliest and tx.earliest > pub_day)}  # (a time to come is
            # the forecast's: "facing elections on September 27"; "forecast a loss on
            # Tuesday" keeps its day)
        datey = [tx for i, tx in sorted(usable.items())]
        own = [usable[i] for i in sorted(clause) if i in usable]
        pub = self.a.published_date
        if own:  # the nearest, a named time before "now"/"currently"
            # (and a day before the year it lies in: "Yesterday, at this year's
            # conference, Jobs unveiled")
            own = [t for t in own if not any(
                o is not t and t.earliest and t.latest and o.earliest and o.latest and
                t.earliest <= o.earliest and o.latest <= t.latest and
                (t.earliest, t.latest) != (o.earliest, o.latest) for o in own)] or own
            tx = min(own, key=lambda t: (t.value == "PRESENT_REF",
                                         abs(t.span.start - d["trigger_span"].start)))
            return self._joined_span(_from_timex(tx, "explicit", pub), tx, timex_by_tok)
        shifted = self._shifted_day(verb, timex_by_tok) or \
            self._shifted_back(verb, timex_by_tok)
        if shifted is None and verb.dep_ == "advcl" and verb.tag_ == "VBG" and \
                not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            shifted = self._shifted_back(verb.head, timex_by_tok)  # "a day after a
            # building collapsed, killing six people": the collapse's day
        if shifted is None and trig.pos_ == "NOUN" and trig.dep_ == "nsubj" and \
                trig.head.pos_ == "VERB":
            shifted = self._shifted_day(trig.head, timex_by_tok)  # "His death came a day
            # after another climber died on Saturday": Sunday
        if shifted is not None:
            return shifted
        tense = _tense(verb)
        # a date in another clause of the sentence only if the event's own tense allows it
        own_tense = tense if verb.pos_ in ("VERB", "AUX") and (
            verb.tag_ in ("VBD", "VBZ", "VBP") or any(
                c.dep_ in ("aux", "auxpass") for c in verb.children)) else None
        datey = [tx for tx in datey if _tense_fits(own_tense, tx, pub)]
        if d["reporting"] and d["lemma"] in SPEECH_LEMMAS and any(
                c.dep_ == "nsubj" for c in trig.children) and not any(
                c.dep_ in ("dobj", "obj") for c in trig.children) and (
                any(c.dep_ in ("ccomp", "parataxis") for c in trig.children) or
                trig.dep_ in ("ccomp", "parataxis")):
            datey = []  # a date in what is reported dates that, not the saying: "Retail
            # sales fell 1.2 percent in September, the Commerce Department reported"
        # a date inside a clause that describes a participant or a thing ("a man who was
        # fired last week shot ... Monday", "the aid package unveiled on Sunday") dates
        # that clause only (and the event noun it describes: "an agreement reached in 1991")
        mods = _modifier_clauses(trig) | _modifier_clauses(verb)
        bg = {tx.id for i, tx in usable.items()
              if any(sent.doc[c].head.i not in (trig.i, verb.i)
                     for c in (_background_clauses(sent.doc[i]) | {
                         c for c in _object_event_clauses(sent.doc[i])
                         if d["type"].name in REACTION_TYPES
                         or _governor(sent.doc[c].head).dep_ == "advcl" and
                         _governor(sent.doc[c].head).head.i in (trig.i, verb.i)}
                         | _embedded_event_clauses(sent.doc[i], (trig, verb))) - mods)}
        datey = [tx for tx in datey if tx.id not in bg]
        if verb.pos_ == "VERB" and verb.lemma_.lower() in MARKET_MOVE_VERBS and \
                _moves_by_amount(verb):
            # a market's move after another one ("rose 51 points after falling 41 on
            # Monday", "slid a further 4 cents after falling 1.5 cents on Thursday"): the
            # earlier move's day is not this one's
            tx_tok = {tx.id: i for i, tx in usable.items()}
            datey = [tx for tx in datey if not _earlier_move(sent.doc[tx_tok[tx.id]], verb)]
        if datey:
            # the nearest enclosing clause that has one ("walked in on Monday and shot
            # three people"), else the nearest in the sentence
            ok = {tx.id for tx in datey}
            # an event noun's own describing clause first ("arrested on Tuesday for the
            # shooting that took place last Friday": the shooting is Friday's)
            near = [usable[i] for c in trig.children if trig.pos_ in NOUN_POS
                    and (c.dep_ == "relcl" or c.dep_ == "acl" and c.tag_ == "VBN")
                    and c.pos_ in ("VERB", "AUX")
                    for i in sorted(_clause_tokens(c)) if i in usable and usable[i].id in ok]
            for anc in ([] if near else verb.ancestors):
                if anc.pos_ in ("VERB", "AUX"):
                    near = [usable[i] for i in sorted(_clause_tokens(anc))
                            if i in usable and usable[i].id in ok]
                    if near:
                        break
            tx = min(near or datey, key=lambda t: abs(t.span.start - at))
            progressive = verb.tag_ == "VBG" and any(
                c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" for c in verb.children)
            tx_toks = [i for i, t in usable.items() if t.id == tx.id]
            if not d["reporting"] and tx.earliest and tx_toks and \
                    _inside_after(trig, sent.doc[tx_toks[0]]):
                # "Rescue efforts were underway on Tuesday after earthquakes left 12 dead.
                # [...] The quakes struck on Monday evening": what came before is dated by
                # the day the story names for it, when that is earlier (a day long before
                # is another step of the story: "captured Monday after authorities
                # received tips", a week after the escape)
                story = self._earlier_story_day(sent, at, tx, within=AFTER_WINDOW_DAYS)
                if story is not None:
                    return _day_only(_from_timex(story, "inferred", pub))
            if not d["reporting"] and (tense == "past" or tense is None and verb.tag_ in (
                    "VBG", "VBN")) and not progressive and not _present_perfect(verb) and \
                    not _pluperfect(verb) and tx.earliest and \
                    self._dates_saying_of(verb, trig, tx_toks):
                # "A pirate attack was foiled ..., a naval officer said Friday. [...] on
                # Thursday morning": the day of the saying bounds what it reports; a day
                # the story names before it is the reported event's
                story = self._earlier_story_day(sent, at, tx)
                if story is not None:
                    return _day_only(_from_timex(story, "inferred", pub))
            # a clock time pinpoints its own clause's event; the others share its day
            return self._joined_span(_day_only(_from_timex(tx, "sentence", pub)), tx,
                                     timex_by_tok)
        if pub and _press_inquiry(trig):
            # the reporter's own asking ("Smith didn't return a call seeking comment",
            # "declined to comment", "could not be reached for comment") is done as the
            # story is written, not on the day of the events it tells
            day = self._written_day()
            return EventTime(day, None, None, day, "publication", None, "before")
        head = self._heading()
        in_headline = head is not None and head[0] <= d["trigger_span"].start < head[1]
        # a story told in the present ("Around 2:18 p.m., Horton and two other Moms are
        # seen waiting ... as a yellow bus pulls up. The shooting then breaks out"): once a
        # narrated present is dated in its own clause to a past time, the narrated presents
        # of that sentence and of the sentences that go on with it share its day
        if not in_headline and not d["reporting"] and _narrated_present(verb, trig):
            told = self._info.get("told") or (history[-1].get("told") if history else None)
            if told is not None:
                self._info["told"] = told
                basis = "sentence" if self._info.get("told") is told and any(
                    t is told for t, _ in self._info["times"]) else "inferred"
                return _day_only(EventTime(told.value, told.mod, told.earliest, told.latest,
                                           basis, told.timex))
        # an incident named again by a definite noun ("the shooting", "Horton's murder",
        # "after the quake") is the one last dated in the article with the same lemma
        if trig.pos_ in NOUN_POS and not in_headline and not any(
                c.dep_ == "det" and c.lower_ in ("a", "an", "another", "every", "each", "any")
                for c in trig.children):
            for key in _incident_keys(d):
                t = self._dated_incidents.get(key)
                if t is not None:
                    return _day_only(EventTime(t.value, t.mod, t.earliest, t.latest,
                                               "inferred", t.timex))
        # past events continue the story; so do, outside the headline, untensed ones
        # (participles, gerunds, infinitives; not under a modal: "could meet") and nouns
        # naming an event reported earlier, whatever the tense of the verb governing them
        # ("During the escape, ... Comeaux's escape is all the more surprising")
        narrative = tense == "past" or not in_headline and (
            tense is None and not any(c.dep_ == "aux" and c.tag_ == "MD"
                                      for c in verb.children)
            or verb.pos_ in NOUN_POS and tense == "present"
            and any(d["lemma"] in h.get("lemmas", ()) for h in history))
        progressive = verb.tag_ == "VBG" and any(
            c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" for c in verb.children)
        # an accusation or judgment in the heading ("Man charged with arson over fire")
        # is the news of the day, a step after the offense whose day the body names
        news = in_headline and d["lemma"] in NEWS_PREDICATES
        if news:
            narrative = False
        if in_headline and tense in (None, "present") and not progressive and not news:
            # headlines tell the story's event in the present ("Quake hits Aceh")
            story = self._story_day(sent, later=True, at=at, saying=d["reporting"])
            if story is not None:
                return _day_only(_from_timex(story, "inferred", pub))
        perfect = _present_perfect(verb)  # "have reclaimed": up to now, no flashback
        if narrative:
            # the time of the previous sentence's dated event by the same agent
            # (not for who said what: a statement with no date of its own is the news of
            # the day, "Honda recalled 500 cars in January. The company said it had fixed
            # the problem" was said now)
            speech = d["reporting"] and d["lemma"] not in ("show", "reveal") and any(
                c.dep_ == "nsubj" for c in trig.children)
            refs = {p.ref for p in d["participants"] if p.role == "agent"} \
                if not perfect and not speech else set()
            prev = history[-1] if history else {"times": []}
            for t, prefs in reversed(prev["times"]):
                if refs & prefs and t.latest and pub and t.latest <= pub \
                        and t.value[:1].isdigit():
                    return _day_only(EventTime(t.value, t.mod, t.earliest, t.latest,
                                               "inferred", t.timex))
            # a flashback goes on: the time the previous sentence named, when this one
            # shares a participant with it ("In 1999, Comeaux stabbed his wife ... His
            # wife survived, ... and Comeaux was convicted"); not for who said what
            line = self.text.rfind("\n", 0, at) + 1  # earlier lines of a run-on parse
            last = self._narrative_timex(sent, before=line)
            if last is None and self._shares_participant(prev) and not perfect:
                last = prev.get("timex")
            if last is not None and not d["reporting"]:
                return _day_only(_from_timex(last, "inferred", pub))
            # an accusation or judgment in the present perfect is the news of the day
            # ("A man has been charged with arson after a fire ... on Sunday")
            story = None if perfect and d["lemma"] in NEWS_PREDICATES or speech \
                else self._story_day(sent, later=True, at=at, saying=d["reporting"])
            if story is not None:
                return _day_only(_from_timex(story, "inferred", pub))
            # no recent day: a past event is in the last time an earlier sentence named,
            # however coarse ("... in Oct. 2011. The video shows ... after gunfire erupted")
            if tense == "past" and not d["reporting"] and not perfect:
                for h in reversed(history):
                    if h.get("timex") is not None:
                        return _day_only(_from_timex(h["timex"], "inferred", pub))
        if pub is None:
            return EventTime(None, basis="unknown")
        if tense is None and in_headline:
            tense = "present"  # headlines speak in the present ("Troops playing role ...")
        # the day the text says it was written ("09/10/10 08:23 PM ET" published on
        # September 11 in UTC) is its "now"
        pub = self._written_day()
        if tense == "future":
            return EventTime(pub, None, pub, None, "publication", None, "after")
        if tense == "present":
            return EventTime(pub, None, pub, pub, "publication", None, "includes")
        return EventTime(pub, None, None, pub, "publication", None, "before")

    def _named_by_head(self, head: str, before: int, mods: tuple = ()) -> list[str]:
        """The actor "the union", "the department" or "the president" means: the one named
        last before it whose name says it ("the United Auto Workers", "the Labor
        Department") or who bears the title ("President Barack Obama"; "the chief
        executive": "Alan Mulally, Ford's chief executive", with ``mods`` the description's
        other words, all of which the title holds); none if no actor of the article fits."""
        words = DEFINITE_HEADS[head]
        for e in sorted(self.ents, key=lambda e: -e.start):
            if e.start >= before or e.ref not in self.actors:
                continue
            a = self.actors[e.ref]
            if a.kind == "person":
                if head in PERSON_TITLE_HEADS and any(_bears_title(t, head, mods)
                                                      for t in a.titles):
                    return [a.id]
            elif head not in PERSON_TITLE_HEADS and not mods and any(
                    w in words for w in re.findall(r"[A-Za-z]+", a.name)):
                return [a.id]
        return []

    def _last_central_bank(self, before: int) -> list[str]:
        """The organisation named last before this offset whose name is a central bank's
        ("the Bank of Japan", "the European Central Bank", "the Federal Reserve")."""
        for e in sorted(self.ents, key=lambda e: -e.start):
            if e.start < before and e.ref in self.actors and \
                    CENTRAL_BANK_NAME.search(self.actors[e.ref].name):
                return [e.ref]
        return []

    def _shifted_day(self, verb, timex_by_tok) -> EventTime | None:
        """The day of an event told as some days or weeks after or before another one that
        its clause dates to a day ("The slide came two days after the Dow surged 936
        points on Monday": Wednesday), else None."""
        for c in verb.children:
            mark = [m for m in c.children if m.dep_ == "mark" and m.lower_ in ("after",
                                                                              "before")]
            span = [m for m in c.children if m.dep_ == "npadvmod"
                    and m.lemma_.lower() in ("day", "week")]
            if c.dep_ != "advcl" or not mark or not span:
                continue
            num = next((n for n in span[0].children if n.dep_ == "nummod"), None)
            count = _small_number(num.text) if num is not None else (
                1 if any(x.lower_ in ("a", "one") for x in span[0].children) else None)
            days = [tx for i, tx in timex_by_tok.items() if c.left_edge.i <= i <= c.right_edge.i
                    and tx.type == "DATE" and tx.earliest and tx.earliest == tx.latest]
            if count is None or not days:
                continue
            step = count * (7 if span[0].lemma_.lower() == "week" else 1)
            day = dt.date.fromisoformat(days[0].earliest) + dt.timedelta(
                days=step if mark[0].lower_ == "after" else -step)
            v = day.isoformat()
            return EventTime(v, None, v, v, "sentence", days[0].id)
        return None

    def _shifted_back(self, verb, timex_by_tok) -> EventTime | None:
        """The day of an event told as some days or weeks before or after another one that
        its own clause does not date but the other's does ("ended the search on
        Thursday, a day after a building collapsed": Wednesday), else None."""
        if verb.dep_ != "advcl" or verb.head.i == verb.i:
            return None
        mark = [m for m in verb.children if m.dep_ == "mark" and m.lower_ in ("after",
                                                                             "before")]
        span = [m for m in verb.children if m.dep_ == "npadvmod"
                and m.lemma_.lower() in ("day", "week")]
        if not mark or not span:
            return None
        num = next((n for n in span[0].children if n.dep_ == "nummod"), None)
        count = _small_number(num.text) if num is not None else (
            1 if any(x.lower_ in ("a", "one") for x in span[0].children) else None)
        inner = {t.i for t in verb.subtree}
        main = verb.head
        days = [tx for i, tx in sorted(timex_by_tok.items())
                if i not in inner and i in _clause_tokens(main) and tx.type in ("DATE", "TIME")
                and tx.earliest and tx.earliest == tx.latest]
        if count is None or not days:
            return None
        step = count * (7 if span[0].lemma_.lower() == "week" else 1)
        day = dt.date.fromisoformat(days[0].earliest) + dt.timedelta(
            days=-step if mark[0].lower_ == "after" else step)
        v = day.isoformat()
        return EventTime(v, None, v, v, "sentence", days[0].id)

    def _written_day(self) -> str | None:
        """The day the article was written: its date line's day when that names another
        day than the publication date (``_dateline_day``), else the publication date."""
        if self._written is False:
            self._written = _dateline_day(self.a, self.timexes) or self.a.published_date
        return self._written

    def _heading(self) -> tuple[int, int] | None:
        """The (start, end) offsets of the article's heading: the headline, and the lines
        at the top that come before a date line ("Ten people are killed." above
        "November 28, 2005"); when the headline line is itself only a date or time stamp
        ("Friday, June 7, 2013"), the headline-style lines (no final punctuation) after
        it. Computed once per article."""
        if self._heading_cache is not False:
            return self._heading_cache
        ts = self.a.title_span
        if ts is None:
            self._heading_cache = None
            return None
        text = self.text
        lines = [(ts.start, ts.end)]
        pos = ts.end
        while len(lines) <= HEADING_LINES:
            nl = text.find("\n", pos)
            if nl < 0:
                break
            e = text.find("\n", nl + 1)
            e = len(text) if e < 0 else e
            if text[nl + 1:e].strip():
                lines.append((nl + 1, e))
            pos = e
        stamps = [any(a <= t.span.start and t.span.end <= b
                      and _time_stamp(text, t, self.timexes) for t in self.timexes)
                  for a, b in lines]
        end = ts.end
        last = max((k for k in range(1, len(lines)) if stamps[k]), default=None)
        if last is not None:  # headline and decks above the date line
            end = max(end, lines[last - 1][1])
        if stamps[0]:  # a date as headline: the headline is the next line(s)
            for k in range(1, len(lines)):
                line = text[lines[k][0]:lines[k][1]].rstrip()
                if not stamps[k] and line[-1:] in _SENTENCE_END:
                    break
                end = max(end, lines[k][1])
        self._heading_cache = (ts.start, end)
        return self._heading_cache

    def _shares_participant(self, prev: dict) -> bool:
        """Whether the sentence being read names (or refers by pronoun to) an actor of
        the previous sentence ``prev`` (a history record)."""
        here = set(self._info["actors"]) | set(self._info["subjects"])
        return bool(here & (set(prev.get("actors", ())) | set(prev.get("subjects", ()))))

    def _narrative_timex(self, sent, before: int | None = None) -> Timex | None:
        """The last date or time a sentence names (ending before offset ``before``, if
        given) that a following past event can continue in: dated, not after
        publication, not a time stamp line, not a noun's premodifier ("the 1991
        agreement"), not the time of a figure compared with, nor of a clause describing
        something in a sentence told in the present ("That recall, announced in the fall,
        is under way")."""
        pub = self.a.published_date
        by_tok = self._timex_tokens(sent)
        noun_of = _premodified_nouns(sent.doc, by_tok)
        # a "since" clause is background to a span running to now ("its biggest gain since
        # it captured Bakhmut in May last year"): the story does not go on from its date
        bounded = {tx.id for i, tx in by_tok.items()
                   if i > 0 and sent.doc[i - 1].lower_ in ("since", "until", "till")
                   and i - 1 not in by_tok}  # (nor from "since May 2009")
        by_tok = {i: tx for i, tx in by_tok.items() if not _in_since_clause(sent.doc[i])
                  and tx.id not in bounded
                  # nor from a figure compared with ("from $18.67 in September")
                  and not _compared_time(sent.doc[i])
                  # nor from a clause describing something in a sentence told in the
                  # present ("That recall, announced in the fall, is under way")
                  and not (sent.root.tag_ in ("VBZ", "VBP") and _modifier_clauses(
                      sent.doc[i]))
                  # nor from the day an accounting period ends ("the three months ended
                  # Sept. 30"): the figures' period, no day of the story
                  and not _period_end(sent.doc[i])
                  # nor from an earlier market move ("rose 51 points after falling 41 on
                  # Monday")
                  and not _earlier_move(sent.doc[i], sent.root)}
        cands = [tx for _, tx in sorted(by_tok.items()) if tx.type in ("DATE", "TIME")
                 and (before is None or tx.span.end <= before)
                 and tx.value[:1].isdigit() and tx.earliest and pub and tx.earliest <= pub
                 and tx.id not in noun_of and not _time_stamp(self.text, tx, self.timexes)]
        return cands[-1] if cands else None

    def _background_days(self) -> set[str]:
        """Ids of the timexes that date a flashback or a thing, never the story's day:
        those of a main clause in the pluperfect ("The deal had been unveiled on 3 May";
        not "When Monday's violence had concluded, ...") and of a participle describing a
        thing ("an aid package unveiled on Sunday": ``_describes_a_thing``) or a thing's
        possessor ("Monday's closing price"; not "Monday's shooting")."""
        if self._background is None:
            out = set()
            by_off = {t.span.start: t for t in self.timexes}
            for _, doc in self.segs:
                for tok in doc:
                    tx = by_off.get(self.off(tok))
                    if tx is None:
                        continue
                    verb = tok
                    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                        verb = verb.head
                    if verb.pos_ in ("VERB", "AUX") and verb.tag_ == "VBN" and any(
                            c.dep_ == "aux" and c.lower_ in ("had", "'d", "’d")
                            for c in verb.children) and verb.dep_ in ("ROOT", "conj"):
                        out.add(tx.id)
                    elif _describes_a_thing(verb):
                        out.add(tx.id)  # "an aid package unveiled on Sunday"
                    elif tok.dep_ == "poss" and tok.head.pos_ == "NOUN" and \
                            not taxonomy.is_eventive_noun(tok.head.lemma_.lower()):
                        out.add(tx.id)  # "a 25% premium to Monday's closing price"
                    elif _period_end(tok) or _earlier_move(tok, tok.sent.root):
                        out.add(tx.id)  # "the three months ended Sept. 30", "rose 51
                        # points after falling 41 on Monday"
            self._background = out
        return self._background

    def _earlier_story_day(self, sent, at: int, tx: Timex, within: int | None = None):
        """The story's day (``_story_day``) when it lies wholly before the time ``tx``, and
        at most ``within`` days before it if given; else None."""
        story = self._story_day(sent, later=True, at=at)
        if story is None or not story.latest < tx.earliest:
            return None
        if within is not None and (dt.date.fromisoformat(tx.earliest) -
                                   dt.date.fromisoformat(story.latest)).days > within:
            return None
        return story

    def _dates_saying_of(self, verb, trig, toks) -> bool:
        """Whether the time at tokens ``toks`` dates a saying that reports the event of
        ``verb``: "X was foiled, an officer said Friday", "an officer said Friday that X
        was foiled" (not "said during the arraignment")."""
        doc = verb.doc
        heads = [doc[i] for i in toks if doc[i].head.i not in toks]
        if not heads:
            return False
        g = heads[0]
        while g.pos_ not in ("VERB", "AUX") and g.head.i != g.i:
            g = g.head
        # a saying in the past ("police say a man shot ... on Tuesday": the day is the
        # shooting's)
        if g.lemma_.lower() not in SPEECH_LEMMAS or g.i in (verb.i, trig.i) or \
                g.tag_ != "VBD":
            return False
        # the event is told by the saying's complement itself, not by a clause that
        # describes one of its things ("armed groups fighting a proxy war")
        top = trig
        while top.i != g.i and top.dep_ in REPORTED_PATH_DEPS and top.head.i != top.i:
            top = top.head
        if top.head.i == g.i and top.dep_ in ("ccomp", "parataxis"):
            return True
        return top.dep_ == "ROOT" and g.dep_ in ("ccomp", "parataxis") and g.head.i == top.i

    def _story_day(self, sent, later: bool = False, at: int | None = None,
                   saying: bool = False):
        """The day the story is about: the latest exact day named in an earlier sentence
        (a lead's "on Saturday"), or with ``later`` and none before, the first one named
        after it (a headline's event is dated in the body). Only days at most
        ``STORY_WINDOW_DAYS`` before publication count; older dates ("in 1991") are
        history, not the story's day; so are time stamp lines. A day a saying is dated
        by ("GE said on Tuesday") counts only where no other day is named, unless the
        event is itself a saying (``saying``). The sentence ends at line breaks around
        offset ``at`` (a run-on parse). A day named in a pluperfect main clause is a
        flashback, no day of the story (``_background_days``)."""
        pub = self.a.published_date
        if not pub:
            return None
        lo = (dt.date.fromisoformat(pub) - dt.timedelta(days=STORY_WINDOW_DAYS)).isoformat()
        s0 = self.off(sent[0])
        s1 = self.off(sent[-1]) + len(sent[-1].text)
        if at is not None:
            s0 = max(s0, self.text.rfind("\n", 0, at) + 1)
            nl = self.text.find("\n", at)
            s1 = min(s1, nl if nl >= 0 else len(self.text))
        spans = [sp for sp in (self.a.title_span, self.a.body_span) if sp is not None]
        background = self._background_days()
        days = [t for t in self.timexes if t.type in ("DATE", "TIME")
                and t.id not in background
                and t.earliest and t.earliest == t.latest and lo <= t.earliest <= pub
                and t.value[:1].isdigit() and any(sp.start <= t.span.start < sp.end for sp in spans)
                and not _time_stamp(self.text, t, self.timexes)
                # "killed 78 people since last Monday": where a span starts, not the day;
                # "has lost 10% over the past 12 months through Monday": where it ends
                and not re.search(r"\b(?:since|through|until|till|thru)\s*\Z",
                                  self.text[max(0, t.span.start - 8):t.span.start], re.I)]
        def told(ts):  # the days no saying is dated by, else all
            # ("Stock markets fell on Wednesday ... GE said on Tuesday that ...")
            own = [t for t in ts if saying or not SAID_ON.search(
                self.text[max(0, t.span.start - 30):t.span.start])]
            return own or ts

        before = told([t for t in days if t.span.end <= s0])
        if before:
            return before[-1]
        after = told([t for t in days if t.span.start >= s1])
        return after[0] if later and after else None

    # -- modality
    def _modality(self, d, according: bool) -> str:
        verb = d["verb"]
        trig = d["trigger_tok"]
        kids = list(verb.children) + (list(trig.children) if trig is not verb else [])
        if _have_to(verb):
            # "may have to raise": the modal's auxiliaries and negation are the verb's;
            # "has to raise" is an obligation yet to be met, as "must"
            kids += [c for c in verb.head.children if c.dep_ in ("aux", "neg")]
            if verb.head.tag_ in ("VBZ", "VBP") and not any(
                    c.dep_ in ("aux", "neg") for c in verb.head.children):
                return "future"
        lowers = {c.lower_ for c in kids}
        if verb.lemma_.lower() in ("vote", "say", "answer", "reply") and any(
                c.lower_ == "no" and c.dep_ in ("intj", "advmod", "dobj", "obj")
                and c.i > verb.i for c in verb.children):
            lowers.discard("no")  # "four voted no", "she said no": a vote against, an
            # answer, both given
        if lowers & NEGATIONS or any(c.dep_ == "neg" for c in kids) or "nor" in lowers:
            if any(c.dep_ == "aux" and c.lower_ in ("may", "might") for c in kids):
                return "hedged"  # "the automaker may not survive": possibly not
            return "negated"
        if any(c.dep_ in ("nsubj", "nsubjpass") and any(
                a.dep_ in ("det", "preconj") and a.lower_ in ("no", "neither")
                for a in c.children) for c in kids):
            return "negated"  # "No Lexus vehicles are included", "Neither automaker plans"
        gov = verb.head if verb.dep_ == "xcomp" and verb.tag_ == "VB" else None
        if gov is not None and gov.lemma_.lower() in ("unlikely", "doubtful"):
            return "hedged"  # "the ECB was unlikely to cut rates"
        if gov is not None and gov.lemma_.lower() in FAILING_VERBS and not any(
                c.dep_ == "neg" or c.lower_ in NEGATIONS for c in gov.children):
            return "negated"  # "failed to win approval", "refused to pay", "declined to
            # comment": not done
        ruled_out = verb.head if verb.dep_ in ("xcomp", "pcomp", "dobj", "ccomp") else None
        if ruled_out is not None and ruled_out.lemma_.lower() == "rule" and any(
                c.dep_ == "prt" and c.lower_ == "out" for c in ruled_out.children) and any(
                c.dep_ == "neg" for c in ruled_out.children):
            return "hedged"  # "did not rule out seeking more money": a possibility
        if _called_off(verb) or _called_off(trig):
            return "negated"  # "scrapped plans to nationalise Glitnir"
        if any(r["lemma"] in taxonomy.DENIAL for r in d["reported_by"]):
            return "negated"
        # a conjoined verb shares its first conjunct's auxiliary and governor: "plans to
        # close 14 plants and cut 21,000 jobs", "will rise and then fall"
        # (only a verb with no subject or finite auxiliary of its own, joined by "and"/"or":
        # not "could not say ... but said", "can seat 150 people and is used")
        firsts = []
        v = verb
        while v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX") and len(firsts) < 4 and \
                (v.head.tag_ == "VB" or v.head.lemma_.lower() in FUTURE_GOVERNORS) and \
                not any(c.dep_ in ("aux", "auxpass") and c.tag_ != "VB" for c in v.children) and \
                not any(c.dep_ in SUBJ_DEPS for c in v.children) and \
                not any(c.dep_ == "cc" and c.lower_ in ("but", "yet") and
                        v.head.i < c.i < v.i for c in list(v.children) + list(v.head.children)):
            v = v.head
            firsts.append(v)
        shared = [c for f in firsts for c in f.children if c.dep_ == "aux"]
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in kids + shared) or \
                any(_going_to(x) or (x.dep_ == "xcomp" and x.head.lemma_.lower() in
                                     FUTURE_GOVERNORS) for x in [verb] + firsts) or \
                any(x.lemma_.lower() in FUTURE_GOVERNORS and x.tag_ != "VB" and
                    verb.tag_ == "VB" for x in firsts):
            # (a bare verb the parser joins to "plans" itself: its second infinitive)
            return "future"
        if verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "must"
                                     for c in kids + shared):
            return "future"  # an obligation is yet to be met: "it must present a plan"
        if verb.tag_ == "VB" and verb.dep_ == "advcl" and any(
                c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children) and any(
                c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.head.children):
            return "future"  # the purpose of what will be: "will appear in court Monday
            # to face two murder charges"
        if d["reported_by"] and any(c.dep_ == "aux" and c.lower_ == "would"
                                    for c in kids + shared) and not any(
                c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in kids):
            return "future"  # the future of a past statement: "said it would buy"
        head = self._heading()
        if (verb.dep_ == "ROOT" or verb.dep_ in ("relcl", "acl") and verb.head.dep_ == "ROOT"
                and verb.head.pos_ == "PROPN") and verb.tag_ == "VB" and head is not None and \
                head[0] <= d["trigger_span"].start < head[1] and any(
                c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
            # (also where the parser hangs the infinitive on the name: "GM to close ...")
            return "future"  # a headline's "to" is its future: "GM to cut 47,000 jobs"
        if _possible_or_feared(trig) or trig is not verb and _possible_or_feared(verb):
            return "hedged"  # "further rate cuts were possible", "fears that the economy
            # was heading into a recession"
        if gov is not None and gov.lemma_.lower() in DIRECTIVE_VERBS and any(
                c.dep_ in ("dobj", "obj") for c in gov.children):
            return "future"  # "asked him to resign", "urged lawmakers to pass the bill":
            # what someone is asked to do is yet to be done
        if any(c.dep_ == "aux" and c.lower_ in HEDGE_AUX for c in kids + shared) or \
                lowers & HEDGE_ADV or any(x.dep_ == "xcomp" and x.head.lemma_.lower() in
                                          TRYING_VERBS for x in [verb] + firsts) or \
                any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
            return "hedged"  # (a condition: "if convicted", "if credit markets improve")
        for r in d["reported_by"]:
            if r["lemma"] in taxonomy.REPORTING_WEAK or any(
                    s.kind in ("report", "estimate") and s.ref is None
                    for s in r["speaker_sources"]):
                return "hedged"
        if lowers & REPORTED_ADV or d["reported_by"] or according:
            return "reported"
        return "asserted"

    def _label(self, d) -> str:
        """A short summary: who did what to whom (and where, for non-statements)."""
        def names(role):
            return " and ".join(self.actors[p.ref].name for p in d["participants"]
                                if p.role == role and p.ref in self.actors)
        agent, patient = names("agent"), names("patient")
        trig = d["trigger_span"].text
        if d.get("particle"):
            trig = f"{trig} {d['particle']}"
        light = d["light"]
        if light is not None:
            subj = agent or patient
            label = " ".join(x for x in (subj, light.text, trig) if x)
            if agent and patient:
                label += f" ({patient})"
        elif d["trigger_tok"].pos_ == "ADJ":
            label = " ".join(x for x in (patient, trig) if x)  # "three bank workers dead"
        elif d["trigger_tok"].pos_ != "VERB":
            name = _event_name(d["trigger_tok"]) if d["trigger_tok"].pos_ == "PROPN" else None
            label = name.text if name is not None else trig
            if agent:
                label += f" by {agent}"
            if patient:
                label += f" of {patient}"
        elif d["passive"]:
            label = " ".join(x for x in (patient, trig) if x)
            if agent:
                label += f" by {agent}"
        else:
            label = " ".join(x for x in (agent, trig, patient) if x)
        place = next((self.places[p].name for p in d["places"] if p in self.places), None)
        if place and d["type"].name != "statement":
            label += f" in {place}"
        return _norm_space(label)

    # ------------------------------------------------------------------------ all
    def merge_org_names(self) -> None:
        """An organisation the article names both with and without a word for its
        business ("Ford Motor Co." ... "Ford", "Apple Computer" ... "Apple") is one actor,
        the short name's, as ``graph.resolve`` does across articles; one it names by the
        first word of its name ("Lehman" after "Lehman Brothers") is the full name's."""
        remap = names.org_aliases(list(self.actors.values()))
        # a one-word name that is the first word of one organisation's name of the article
        # is that organisation ("Lehman Brothers" ... "Lehman", "Merrill Lynch" ...
        # "Merrill"), unless it is a common word or names an organisation of its own kind
        # (the full name written first, and no place after the first word: "Vodafone
        # Egypt", a unit, is not what a later "Vodafone" means; nor is "Boeing Commercial
        # Airplanes" when "Boeing" came first)
        orgs = [a for a in self.actors.values() if a.kind in names.ORG_KINDS]
        first = {}
        for e in sorted(self.ents, key=lambda e: e.start):
            if e.ref is not None:
                first.setdefault(e.ref, e.start)
        g = _gaz()
        for a in orgs:
            words = a.name.split()
            if len(words) != 1 or a.id in remap or names.common_noun(a.name) or \
                    not a.name[:1].isupper() or a.name.isupper():
                continue
            longer = [b for b in orgs if b.id != a.id and b.id not in remap and (
                len(b.name.split()) > 1 and (
                    b.name.split()[0] == a.name or len(a.name) >= 3 and
                    _org_first_word(b.name).startswith(a.name) and a.name[1:].islower()
                    and _org_first_word(b.name)[1:].islower())
                or " " not in b.name and len(a.name) >= 4 and b.name.startswith(a.name)
                and len(b.name) >= len(a.name) + 3 and (
                    b.name[1:].islower() or a.name[1:].islower() and
                    b.name[len(a.name)].isupper()))]  # ("Citi"
            # after "Citigroup", "Glaxo" after "GlaxoSmithKline")
            # after "Citigroup")  # (a clipped first word: "the Fed" after
            # "the Federal Reserve")
            if len(longer) != 1:
                continue
            b = longer[0]
            rest = " ".join(b.name.split()[1:])
            if first.get(b.id, 1 << 30) < first.get(a.id, -1) and not (
                    g.country_code(rest) or g.lookup_place(rest) is not None):
                remap[a.id] = b.id
        if not remap:
            return
        for old, new in remap.items():
            d, into = self.actors.pop(old), self.actors[new]
            into.aliases |= d.aliases | {d.name}
            into.titles |= d.titles
            into.country = into.country or d.country
        for e in self.ents:
            e.ref = remap.get(e.ref, e.ref)
        for k, refs in self.tok_refs.items():
            self.tok_refs[k] = list(dict.fromkeys(remap.get(r, r) for r in refs))

    def run(self, timexes: list[Timex]) -> Extraction:
        self.timexes = timexes
        self.collect_entities()
        self.retype_names()
        self.resolve_entities()
        self.merge_org_names()
        self._qualifier_toks = {self.key(t) for e in self.ents if e.label in ("GPE", "LOC")
                                and self._is_qualifier(e) for t in e.toks}
        self._name_toks = {self.key(t) for e in self.ents if len(e.toks) > 2 and e.label in (
            "GPE", "LOC", "FAC") for t in e.toks[1:-1] if t.is_lower}
        events = self.extract_events()
        mentions = []
        for e in self.ents:
            mid = f"mention:{self.a.id.split(':', 1)[1]}:{e.start}-{e.end}"
            mentions.append(Mention(mid, Span(e.start, e.end, self.text[e.start:e.end]),
                                    e.label, e.ref))
        mentions = _dedupe_mentions(mentions)
        # only what the output refers to: a name that gave way to a longer one ("Bay" in
        # "the Bay of Biscay") leaves no actor or place behind
        used_actors = {m.ref for m in mentions if m.ref} | {
            p.ref for ev in events for p in ev.participants} | {
            s.ref for ev in events for c in ev.claims for s in c.sources if s.ref}
        actors = tuple(self.actors[a].freeze() for a in sorted(self.actors) if a in used_actors)
        used_places = {m.ref for m in mentions if m.ref} | {
            p for ev in events for p in ev.places}
        todo = [p for p in used_places if p in self.places]
        while todo:  # and the regions and countries that hold them
            parent = self.places[todo.pop()].parent
            if parent and parent in self.places and parent not in used_places:
                used_places.add(parent)
                todo.append(parent)
        places = tuple(self.places[p] for p in sorted(self.places) if p in used_places)
        return Extraction(self.a, tuple(self.timexes), tuple(mentions),
                          actors, places, tuple(sorted(events, key=lambda e: (
                              e.claim.trigger.start, e.id))))


# --- helpers on spaCy tokens ---------------------------------------------------------------------

_NOT_NAME_WORDS = re.compile(
    r"^(?:Inc|Corp|Co|Ltd|LLC|Group|Company|Center|Centre|Store|Fire|News|Dispatch|Times|"
    r"Airlines?|Air|Bank|University|College|School|Hospital|Clinic|Institute|Foundation|"
    r"Association|Council|Party|Army|Navy|Force|Police|Court|Museum|Hotel|Club|Team|App|"
    r"Mac|Warship|Flight|Ministry|Department|Agency|Service|Services|Systems|Motors)$")


_OPEN_QUOTES = frozenset('" “'.split())
_CLOSE_QUOTES = frozenset('" ”'.split())
_TITLE_SMALL = frozenset("a an the and or of in on at to for by with from".split())


def _in_quoted_title(toks) -> bool:
    """Is the mention part of a longer Title Case phrase in double quotes, a work's title
    ("Take Me Out to the Ball Game", "Jupiter's Darling"), with words of its own beyond
    the name ("The Creamery Corporation" is the name quoted)?"""
    doc = toks[0].doc
    sent = toks[0].sent
    i = toks[0].i - 1
    while i >= sent.start and doc[i].text not in _OPEN_QUOTES | _CLOSE_QUOTES:
        i -= 1
    j = toks[-1].i + 1
    while j < sent.end and doc[j].text not in _OPEN_QUOTES | _CLOSE_QUOTES:
        j += 1
    if i < sent.start or j >= sent.end or doc[i].text not in _OPEN_QUOTES or \
            doc[j].text not in _CLOSE_QUOTES:
        return False
    inner = [t for t in doc[i + 1:j] if not t.is_punct]
    own = {t.i for t in toks}
    return len(inner) >= 3 and all(
        t.text[:1].isupper() or t.lower_ in _TITLE_SMALL or t.tag_ == "POS" for t in inner
    ) and any(t.i not in own and t.lower_ not in _TITLE_SMALL and t.tag_ != "POS"
              for t in inner)  # (not the quoted name alone: "The Creamery Corporation")


def _looks_like_name(word: str) -> bool:
    """A word that can be part of a person's name: capitalised letters (with an inner
    hyphen or apostrophe), not an organisation word ("Inc", "Center", "Airlines")."""
    core = word.replace("-", "").replace("'", "").replace(".", "")
    return bool(core) and core.isalpha() and word[:1].isupper() and not word.isupper() \
        and not _NOT_NAME_WORDS.match(word)


_MODEL_RE = re.compile(r"^(?:[A-Z]{0,3}-?\d{1,4}[A-Za-z]{0,3}|[A-Z]\d?|X{1,3}|II|III|IV)$")
_NOT_MODEL_WORDS = frozenset("Flight Channel Route Terminal Gate Highway Interstate Station "
                             "Apollo Formula".split())


# Stock market indices: their names, the words that follow an index's name, and the verbs
# of its moves. Finance vocabulary, not any article's wording.
INDEX_NAMES = frozenset({"dow", "dow jones", "ftse", "footsie", "nikkei", "hang seng", "dax",
                         "cac", "sensex", "kospi", "nasdaq", "s&p", "standard & poor's",
                         "tsx", "asx", "ibex", "mib", "stoxx", "euro stoxx", "topix",
                         "cac40", "cac-40", "ftse100", "dax30", "bovespa", "sti", "nzx",
                         "russell", "russell 2000", "xetra dax", "ftseurofirst"})
# (these name companies too: "Standard & Poor's downgraded ...", "listed on the Nasdaq")
INDEX_OR_COMPANY = frozenset({"nasdaq", "s&p", "standard & poor's"})
INDEX_WORDS = frozenset("index indices indexes average averages composite industrials".split())
INDEX_MOVES = frozenset("rise fall drop climb gain lose close end finish slide slip tumble "
                        "plunge plummet surge jump soar rally rebound sink dip edge add shed "
                        "open trade hit reach".split())


# how a company fares: "the struggling automaker" is the one the story is about
FARING_WORDS = frozenset("struggling troubled ailing embattled beleaguered bankrupt "
                         "cash-strapped debt-laden loss-making".split())


def _home_or_state(mod) -> bool:
    """Is this modifier of a company noun where the company is based ("Detroit-based", the
    "Dearborn" of "the Dearborn, Michigan-based automaker", "the Detroit automaker") or how
    it fares?"""
    if mod.lower_ in FARING_WORDS or mod.lower_.endswith("-based"):
        return True
    if mod.dep_ in ("compound", "nmod") and mod.pos_ == "PROPN" and mod.ent_type_ == "GPE" \
            and not _gaz().country_code(mod.text) \
            and mod.head.lemma_.lower() in names.COMPANY_NOUNS:
        return True  # "the Detroit automaker" (not "the US company" or "the Japanese
        # automaker", a nationality)
    if mod.lemma_.lower() == "base" or any(c.lower_ == "based" for c in mod.head.children
                                          if c.dep_ == "amod"):
        return mod.dep_ == "amod" and mod.lemma_.lower() == "base" or \
            mod.pos_ == "PROPN" and mod.ent_type_ == "GPE"
    return False


CONTINENT_DEMONYMS = frozenset("European Asian African American Latin Arab Nordic "
                                "Scandinavian".split())


def _nationality(tok) -> str | None:
    """The country a modifier names as a nationality ("Japanese", "American", "US",
    "British"), a continent's marker for "European" or "Asian" (another nationality than
    "US"), or None."""
    g = _gaz()
    word = tok.text
    if tok.ent_type_ not in ("NORP", "GPE") and not word[:1].isupper():
        return None
    cc = g.country_of_demonym(word) or (g.country_code(word) if len(word) <= 3 or
                                        tok.ent_type_ == "GPE" else None)
    if cc is None and word in CONTINENT_DEMONYMS:
        return "@" + word.lower()
    return cc


def _market_index(toks) -> bool:
    """Is this name a stock market index? Its last word or the word after it is an index
    word ("the Dow Jones Industrial Average", "the Nasdaq Composite", "the Hang Seng
    index"); or it is an index's name ("the Dow", "the FTSE 100") and no company's ("Dow
    Chemical", "Dow Jones & Co."); a name that is also a company's ("Nasdaq", "S&P") only
    with a number after it ("the S&P 500") or as the subject of an index's move ("the
    Nasdaq fell 3 percent")."""
    doc = toks[0].doc
    nxt = [t for t in doc[toks[-1].i + 1:toks[-1].i + 3]]
    words = [t.lower_ for t in toks if not t.like_num]
    name = " ".join(words).removeprefix("the ").replace(" '", "'")
    for t in doc[toks[-1].i + 1:toks[-1].i + 7]:
        # "Standard & Poor's 500-stock index": a number and "stock" before the index word
        if t.lower_ in INDEX_WORDS:
            return True
        if not (t.like_num or t.text in ("'s", "’s", "-", "–") or t.lower_ in (
                "stock", "share", "composite", "industrial", "-stock", "500-stock")):
            break
    if words and words[-1] in INDEX_WORDS or nxt and nxt[0].lower_ in INDEX_WORDS or \
            len(nxt) > 1 and (nxt[0].text[:1].isupper() or nxt[0].lower_ in (
                "stock", "share")) and nxt[1].lower_ in INDEX_WORDS:
        return True  # ("Industrial Average", "Composite Index")
    if name not in INDEX_NAMES:
        return False
    numbered = toks[-1].like_num or nxt and nxt[0].like_num and nxt[0].text.isdigit()
    if name not in INDEX_OR_COMPANY:
        return numbered or not (nxt and (nxt[0].text in ("&", "Co", "Co.", "Chemical") or
                                         nxt[0].text[:1].isupper()))
    head = _head(toks)
    return numbered or (head.dep_ == "nsubj" and head.head.lemma_.lower() in INDEX_MOVES)


# the last words of a company's name after which "of <country>" says where it is from
HOME_SUFFIXED_ENDS = frozenset("International Group Holdings Holding Inc Corp Ltd SA AG NV "
                               "plc PLC Co Industries Motors".split())
# a Reuters instrument code in brackets: "(C.N)", "(GM.N)", "(VOD.L)", "(7203.T)"
_RIC = re.compile(r"\([A-Z0-9]{1,6}(?:_[a-z])?\.[A-Z]{1,2}\)")
# a stock ticker in brackets: "(NYSE: GM)", "(Nasdaq: AAPL)", "(LSE: BARC.L)"
_TICKER = re.compile(r"\(\s*[A-Z][A-Za-z]{1,10}\s*:\s*[A-Z][A-Z.]{0,9}\s*\)")


# what happens to someone or something somewhere: a place before it is no agent
UNDERGONE_NOUNS = frozenset("fall plunge surge jump slump downturn recession recovery "
                            "slowdown meltdown rebound gain gains death deaths".split())
# what a number after a name may count, making it no model designator ("GM 60 days")
COUNTED_NOUNS = frozenset("second minute hour day week month year decade percent point "
                          "million billion trillion time job worker employee plant car "
                          "vehicle share people".split())


def _product_or_org(toks, label):
    """An organisation name carrying a model designator is a product: "Airbus A380",
    "Boeing 787", "iPhone 4", "Rolls-Royce Trent 900" (also when the designator follows
    the entity). Flight, channel and route numbers are not models ("Adam Air Flight 574"
    is the airline)."""
    doc = toks[0].doc
    j = toks[-1].i + 1
    if j < len(doc) and doc[j].like_num and j + 1 < len(doc) and \
            doc[j + 1].lemma_.lower() in COUNTED_NOUNS:
        return toks, label  # "gave GM 60 days", "Chrysler 30 days": a count, no model
    if j < len(doc) and _MODEL_RE.match(doc[j].text) and not doc[j].like_num or (
            j < len(doc) and doc[j].like_num and doc[j].text.isdigit()
            and not 1900 <= int(doc[j].text) <= 2100):
        if toks[-1].text not in _NOT_MODEL_WORDS:
            return list(doc[toks[0].i:j + 1]), "OTHER"
    if len(toks) == 1 and re.match(r"^[A-Z]{1,3}-?\d{1,4}[A-Za-z]?$", toks[0].text) and \
            not re.match(r"^G-?\d+$", toks[0].text):
        return toks, "OTHER"  # a model designator alone ("the H3", "an A380"; the G20
        # is a group)
    if len(toks) > 1 and _MODEL_RE.match(toks[-1].text) and not (
            toks[-1].text.isdigit() and 1900 <= int(toks[-1].text) <= 2100):
        if toks[-2].text == "Flight" and len(toks) > 2:
            return toks[:-2], label  # "Adam Air Flight 574": the airline
        if toks[-2].text in _NOT_MODEL_WORDS:
            return toks, label  # "Channel 4"
        return toks, "OTHER"
    return toks, label


_NICK_CLOSE = {"(": ")", '"': '"', "\u201c": "\u201d", "'": "'", "\u2018": "\u2019"}
_NAME_SUFFIX = re.compile(r"^(?:Jr|Sr|II|III|IV|Jnr|Snr)\.?$")


def _unaddressed(name: str) -> str:
    """A person's name without its form of address ("Ms McMeekin" -> "McMeekin", "Mr.
    Ford" -> "Ford"; "Dr" alone stays)."""
    words = name.split()
    if len(words) > 1 and words[0].lower().rstrip(".") in HONORIFICS:
        return " ".join(words[1:])
    return name


def _name_words(name: str) -> list[str]:
    """The words of a person's name without a generational suffix ("Arcade Joseph Comeaux
    Jr." -> Arcade, Joseph, Comeaux), a trailing comma or a nickname in brackets or
    quotes ("Kimani (Kiki) Gray" -> Kimani, Gray)."""
    words = [w for w in name.replace(",", " ").split() if w[:1] not in _NICK_CLOSE]
    while len(words) > 1 and _NAME_SUFFIX.match(words[-1]):
        words.pop()
    return words


FACILITY_WORDS = frozenset(
    "Center Centre Clinic Hospital Court Courthouse Stadium Stade Arena Airport Station "
    "Square Place Street Avenue Road Bridge Hall Theater Theatre Prison Jail Penitentiary "
    "Mall Hotel Church Cathedral Mosque Temple Museum Park Palace Tower Building "
    "Terminal Harbour Harbor Port Plaza Cemetery School Factory Plant "
    "Base Camp".split())
# first words of facility names ("Place Vendome", "Stade de Suisse", "Mount Cook")
FACILITY_FIRST_WORDS = frozenset("Place Stade Stadio Estadio Mount Mt Mt. Fort Camp Port "
                                 "Lake Cape Piazza Plaza Rue".split())
_GEO_FIRST_WORDS = names.GEO_FIRST_WORDS
# last words of towns' names after an adjective ("Hawaiian Gardens", "Palm Springs")
_PLACE_NAME_ENDS = frozenset("Gardens Heights Springs Beach Village Park".split())
# prepositions that put a name in a place ("in Morningside", "at Preston Crown Court"), and
# the words that make "in"/"at" abstract instead ("confidence in X", "aimed at X")
_PLACE_PREPS = frozenset("in at near inside outside into".split())
_NOT_PLACE_HEADS = frozenset(
    "interest confidence faith trust belief believe invest investment stake involve "
    "participate succeed result role aim look shoot fire laugh point stare glance smile "
    "yell shout swing throw lash hit jab poke target direct angry upset mad furious "
    "surprised arrive".split())


def _place_object(head) -> bool:
    """Is the entity headed by ``head`` the object of a locative preposition?"""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ not in _PLACE_PREPS:
        return False
    if not prep.whitespace_ or prep.i == 0 or not prep.doc[prep.i - 1].whitespace_:
        return False  # "Commander-in-Chief Oleksandr Syrskyi": no preposition of place
    gov = head.head.head
    return gov.i == head.head.i or gov.lemma_.lower() not in _NOT_PLACE_HEADS


_PATH_PREPS = frozenset("to from toward towards through past".split())


def _path_object(head) -> bool:
    """Is the entity headed by ``head`` where something goes to or comes from ("a visitor
    to the Valley Hotel", "a call from the Valley Hotel", "checked out of the Betty Ford
    Treatment Center")?"""
    prep = head.head
    if head.dep_ != "pobj" or prep.i == head.i:
        return False
    return prep.lower_ in _PATH_PREPS or prep.lower_ == "of" and prep.i > 0 and \
        prep.doc[prep.i - 1].lower_ in ("out", "inside")


# verbs whose "into/to/out of/from" object is an institution one is in as a patient or
# inmate: "checked into Morningside Recovery", "was admitted to ...", "released from ..."
_ADMISSION_VERBS = frozenset("check admit readmit discharge transfer".split())


def _admitted_to(head) -> bool:
    """Is the name the place one checks into or out of, is admitted to or discharged
    from?"""
    prep = head.head
    if head.dep_ != "pobj" or prep.i == head.i or prep.lower_ not in (
            "into", "in", "to", "of", "from", "at"):
        return False
    verb = prep.head
    if verb.dep_ == "prt" or verb.pos_ == "ADP":  # "checked out of": "of" on "out"
        verb = verb.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _ADMISSION_VERBS


def _named_after_city(toks) -> bool:
    """Does the name start with the name of a city the gazetteer knows ("Preston Crown
    Court", "San Diego Superior Court"; not "the High Court", "California Supreme
    Court")?"""
    for k in (2, 1):
        if len(toks) > k:
            text = " ".join(t.text for t in toks[:k])
            p = _gaz().lookup_place(text)
            if p is not None and _fold(p.name) == _fold(text) and p.kind == "city":
                return True
    return False


def _retype(e: _Ent, capitals: bool = False, surnames: frozenset = frozenset()) -> None:
    """Type fixes that the model's context window misses (each documented in the module
    docstring): a person's name or a facility-headed organisation as the object of a
    locative preposition is a facility ("in Morningside", "at the Betty Ford Center"); a
    one-word person name in capitals in a sentence that is not in capitals is an
    organisation ("SEACOM"; ``capitals``: the mention's line is written in capitals, as
    the article has it, before a headline is truecased; ``surnames``: the surnames of the
    persons the article names in full, who stay persons: "walking near Horton")."""
    head = _head(e.toks)
    if e.label == "PERSON" and _place_object(head) and not any(
            t.tag_ == "POS" for t in e.toks) and e.name not in surnames:
        e.label = "FAC"
    elif e.label == "ORG" and (e.toks[-1].text in FACILITY_WORDS or len(e.toks) > 1 and
                               e.toks[0].text in FACILITY_FIRST_WORDS) and (
            _place_object(head) or _path_object(head)) \
            and not (e.toks[-1].text == "Court" and head.head.lower_ in ("in", "to", "from")
                     and not (head.head.lower_ == "in" and _named_after_city(e.toks))):
        e.label = "FAC"  # but "in the High Court" is the court as an institution ("in
        # Preston Crown Court" is a courthouse)
    elif e.label in ("PERSON", "ORG", "OTHER") and _admitted_to(head) and \
            e.name not in surnames:
        e.label = "FAC"  # "checked into Morningside Recovery", "checked out of ..."
    elif e.label == "PERSON" and len(e.toks) == 1 and len(e.name) >= 3 \
            and e.name.isalpha() and e.name.isupper():
        sent = e.toks[0].sent.text
        if sent.upper() != sent and not capitals:
            e.label = "ORG"


# nouns that measure, date or place an event named by their modifier: "the death toll",
# "a trial date", "the crash site" (the modifier is an event; "attack helicopter" is not)
EVENT_FRAME_NOUNS = frozenset(
    "toll date time day scene site victim victims suspect suspects spree rampage penalty "
    "sentence count counts anniversary aftermath".split())


# event types whose object is someone addressed or dealt with: a capital there is its
# government ("urged Kyiv", "sanctioned Moscow"); elsewhere the object is the city
_ADDRESSED_TYPES = frozenset("statement appeal intent meeting agreement cooperation aid "
                             "demand disapproval rejection threat sanction".split())


# parts of speech of capitalised words before a name that are no title ("When", "But",
# "Under", "And", "It"): a title is nouns and their modifiers ("Commander-in-Chief")
_NOT_TITLE_POS = frozenset("CCONJ SCONJ ADP ADV DET PRON AUX VERB PART INTJ".split())


# subjects that strike as attackers, not by accident ("the gunmen struck", "a mob hit")
_ATTACKER_NOUNS = frozenset("gunman gunmen attacker attackers assailant assailants mob "
                            "rebel rebels insurgent insurgents terrorist terrorists bomber "
                            "bombers sniper snipers raider raiders pirate pirates".split())


# what things do and organisations do not: "it" as their subject is no organisation
_THING_VERBS = frozenset("explode detonate land crash sink burn collapse leak malfunction "
                         "misfire erupt".split())


# what organisations do and things do not (things "sell", "have", "cost", "run", "feature")
_AGENT_VERBS = taxonomy.REPORTING | frozenset(
    "launch release unveil introduce sue acquire buy purchase hire fire sign agree plan "
    "decide order invest partner employ appoint name cut reject approve accept refuse deny "
    "warn urge ask demand apologise apologize respond decline award fund build "
    "develop design manufacture produce make file seek want try win lose sell recall gain "
    "post earn export ship shed raise".split())
_OWNER_DETS = frozenset("a an the its their his her our your this these new".split())
# what only a thing has: a line or range of it, a version of it, owners and users of it
_THING_OF_NOUNS = frozenset(
    "line lineup range series version edition model generation owner user buyer "
    "update upgrade".split())
# adjectives that date a thing against its predecessors ("the original iPhone")
_VINTAGE = frozenset("new newer newest latest original previous older oldest next "
                     "upcoming current".split())


_BRAND_SHAPE = re.compile(r"^[a-z]{1,2}[A-Z][a-z]")


def _thing_cues(e, head, doc) -> tuple[int, int]:
    """(strong, weak) signs in one mention that its name is a thing, for ``_product_names``:
    strong = what is said of things and not of organisations: an indefinite article or a
    number ("an iPhone", "eight million iPhones"), a dating adjective ("the original
    iPhone", "the new iPod"), "owners/users/line/range/version ... of" it or it as their
    modifier ("iPod users", "the iPod line", "a new version of iTunes"); weak = an article
    or an owner before a one-word name ("the iPod", "its iPod", "Apple's MacBook"), or a
    name written as a brand ("iPod", "iTunes Music Store"; companies are written so too,
    "eBay", so any agent mention outvotes it)."""
    strong, weak = _thing_cues_of_context(e, head, doc)
    if not weak and _BRAND_SHAPE.match(e.toks[0].text):
        weak = 1
    return strong, weak


def _thing_cues_of_context(e, head, doc) -> tuple[int, int]:
    first = e.toks[0]
    before = doc[first.i - 1] if first.i > 0 else None
    kids = list(head.children)
    if head.dep_ in ("compound", "nmod") and head.head.lemma_.lower() in _THING_OF_NOUNS \
            and head.head.i == e.toks[-1].i + 1:
        return 1, 0  # "iPod users", "the iPod family"
    if head.dep_ == "pobj" and head.head.lower_ == "of" and \
            head.head.head.lemma_.lower() in _THING_OF_NOUNS:
        return 1, 0  # "a new version of iTunes", "owners of its new iPhone 4"
    if head.dep_ in ("compound", "nmod", "amod") or (
            e.toks[-1].i + 1 < len(doc) and doc[e.toks[-1].i + 1].text == "-"
            and not e.toks[-1].whitespace_):
        return 0, 0  # a premodifier ("a new Apple laptop", "new Intel-based Macs") says
        # nothing of the name
    if before is not None and (before.lower_ in ("a", "an", "another") or before.tag_ == "CD"):
        return 1, 0  # ("a healthy, happy Iverson" is a person described)
    if any(c.dep_ == "amod" and c.lower_ in _VINTAGE and c.i < first.i for c in kids) or \
            before is not None and before.lower_ in _VINTAGE:
        return 1, 0
    if before is None or before.lower_ == "the" and len(e.toks) > 1:
        return 0, 0  # "the Associated Press": organisations take "the" too
    if before.tag_ == "POS" and before.i > 0 and (
            doc[before.i - 1].ent_type_ in ("GPE", "NORP", "LOC")
            or _gaz().country_code(doc[before.i - 1].text)):
        return 0, 0  # "Ukraine's Center for Countering Disinformation": a country's body
    if before.lower_ in _OWNER_DETS or before.tag_ == "POS":
        return 0, 1
    return 0, 0


# verbs whose object is someone addressed or acted on as a person or a body, never a
# thing: "asked the Fed for a loan", "sued the Pentagon"
_ADDRESSEE_VERBS = frozenset("ask tell urge sue petition lobby inform notify warn persuade "
                             "pressure accuse blame criticize criticise hire pay thank "
                             "contact".split())


# what part of a company a name before it names: "its Hummer brand", "its Opel unit"
UNIT_NOUNS = frozenset("brand brands unit units division divisions subsidiary "
                       "subsidiaries arm marque marques".split())
# the sites of a business, which a name modifies as its owner ("the Mat Maid warehouse"),
# not as a person's ("the Lohan case")
BUSINESS_SITE_NOUNS = frozenset("warehouse complex dairy creamery bakery brewery winery "
                                "distillery factory plant mill store outlet company "
                                "corporation firm cooperative co-op".split())
# the names of central banks: "Bank of Japan", "European Central Bank", "Federal Reserve"
# (a "Bank of" country that is a central bank: "Bank of America", "Bank of China" are not)
CENTRAL_BANK_NAME = re.compile(
    r"\b(?:Central Bank|Federal Reserve|Reserve Bank|People's Bank of China|Fed\b|ECB\b"
    r"|Bundesbank|Banque de France|Riksbank|Norges Bank|Swiss National Bank|Bank of (?:Japan"
    r"|England|Canada|France|Italy|Korea|Mexico|Russia|Israel|Thailand|Spain|Greece"
    r"|Portugal|Finland|Ghana|Uganda|Tanzania|Jamaica|Botswana|Zambia|Namibia)\b)")
# one-word names of state institutions, which take "the" as things do
INSTITUTION_NAMES = frozenset("Treasury Pentagon Kremlin Senate Congress Parliament Cabinet "
                              "Commons Bundestag Duma Knesset Vatican Fed Elysee Élysée "
                              "Quirinale Storting Riksdag Sejm Rada Majlis".split())


def _org_first_word(name: str) -> str:
    """The first word of an organisation's name after a country's ("US Federal Reserve"
    -> "Federal")."""
    words = name.split()
    if len(words) > 1 and (_gaz().country_code(words[0]) or
                           _gaz().country_of_demonym(words[0])):
        words = words[1:]
    return words[0] if words else ""


def _product_names(ents) -> set[str]:
    """Names the model calls organisations that the article treats as things. Each mention
    gives signs (``_thing_cues``) or is an agent: the subject of a verb of what
    organisations do (say, announce, sue, hire...: ``_AGENT_VERBS``), the agent of a
    passive one, or the owner of something ("the Pentagon said", "killed by the
    Pentagon", "the Guardian's editor"). A name is a product when its strong signs are at
    least as many as its agent mentions, or when it has weak signs and no agent mention;
    never a plural name without a number, nor an acronym (a group or an institution), nor
    a business bought for a price or taken over (``_bought_business``)."""
    strong, weak, agents, vetoed = Counter(), Counter(), Counter(), set()
    # a one-word name that clips the first word of another organisation's name is that
    # organisation's short name ("the Fed" after "the US Federal Reserve")
    firsts = {_org_first_word(e.name) for e in ents if e.label == "ORG" and " " in e.name}
    for e in ents:
        if e.label != "ORG":
            continue
        if " " not in e.name and len(e.name) >= 3 and e.name[1:].islower() and any(
                f.startswith(e.name) and f != e.name and f[1:].islower() for f in firsts) \
                or e.name in INSTITUTION_NAMES:
            vetoed.add(e.name)  # (and "the Treasury", "the Pentagon": institutions)
            continue
        head = _head(e.toks)
        doc = e.toks[0].doc
        before = doc[e.toks[0].i - 1] if e.toks[0].i > 0 else None
        if head.tag_ in ("NNPS", "NNS") and not (before is not None and before.like_num) \
                or e.name.isupper() or any(t.text.isupper() and len(t.text) > 1
                                           for t in e.toks) or MEDIA_WORDS.search(e.name) or \
                len(e.toks) > 1 and e.toks[-1].text in names.ORG_LAST_WORDS:
            vetoed.add(e.name)  # plural, acronym or company-shaped ("Kraft Foods"): a
            continue  # group or an institution
        if _bought_business(head):
            vetoed.add(e.name)  # a business changing hands: "bought Saab for $74m"
            continue
        role = head
        while role.dep_ == "conj" and role.head.i != role.i:
            role = role.head  # "The Fed and the Treasury declined": both are subjects
        if role.dep_ == "nsubj" and role.head.lemma_.lower() in _AGENT_VERBS or \
                head.dep_ in ("dobj", "dative") and \
                head.head.lemma_.lower() in _ADDRESSEE_VERBS or head.dep_ == "poss" or \
                head.dep_ == "pobj" and head.head.dep_ == "agent" or (e.toks[-1].i + 1 < len(doc)
                                           and doc[e.toks[-1].i + 1].tag_ == "POS"):
            agents[e.name] += 1
            continue
        s, w = _thing_cues(e, head, doc)
        strong[e.name] += s
        weak[e.name] += w
    return {n for n in set(strong) | set(weak) if n not in vetoed and (
        strong[n] and strong[n] >= agents[n] or weak[n] and not agents[n])}


_ACRONYM = re.compile(r"^[A-Z]{2,6}$")


def _common_acronyms(docs) -> set[str]:
    """Acronyms used as common nouns: the head of a noun phrase with an indefinite article
    ("a prior DUI", "an SUV") or in the plural after a number or quantifier ("two CEOs",
    "many SUVs")."""
    out = set()
    for doc in docs:
        for t in doc:
            word = t.text
            if t.dep_ == "compound" or t.pos_ not in ("NOUN", "PROPN"):
                continue
            if word.endswith("s") and _ACRONYM.match(word[:-1]) and any(
                    c.dep_ in ("nummod", "amod", "det") and (c.like_num or c.lower_ in (
                        "many", "several", "few", "some", "both", "all", "these", "those"))
                    for c in t.children):
                out.add(word[:-1])
            elif _ACRONYM.match(word) and any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                              for c in t.children):
                out.add(word)
    return out


# the words newspapers are named by ("The Post", "The News", "The Times")
_NEWSPAPER_WORDS = frozenset("News Times Post Herald Journal Tribune Gazette Telegraph "
                             "Guardian Chronicle Observer Independent Globe Sun Mirror "
                             "Express Star Examiner Inquirer Register Courier".split())


def _team_word(t, lower_words) -> bool:
    """A plural that can end a team's name after its city ("76ers", "Chargers"): a
    plural proper noun or a word starting with a digit, ending in "s", that the article
    never writes in lower case."""
    return t.text.endswith("s") and (t.text[:1].isdigit() or t.tag_ == "NNPS") and \
        t.text.lower() not in lower_words


def _affiliates_person(t) -> bool:
    """Is the token right before a person's name, through a possessive and at most three
    lower-case (or title) modifiers of it: "Chargers defensive tackle Jamal Williams",
    "Chargers' Jamal Williams", "Sixers' Coach Jim O'Brien"? (Not through a verb:
    "Prosecutors say Andrew Lopez".)"""
    doc = t.doc
    j = t.i + 1
    if j < len(doc) and (doc[j].tag_ == "POS" or doc[j].text in ("'", "\u2019")):
        j += 1
    for _ in range(4):
        if j >= len(doc):
            return False
        w = doc[j]
        if w.text[:1].isupper() and (w.ent_type_ == "PERSON" or w.pos_ == "PROPN" and
                                     w.head.ent_type_ == "PERSON" and w.head.i > w.i):
            return True  # (also a first name the model left out: "Jamal Williams")
        if w.dep_ not in ("amod", "compound", "nmod") or not w.is_alpha or not (
                w.is_lower or names.common_noun(w.text)):
            return False
        j += 1
    return False


def _region_stem(name: str) -> str:
    """ "Kursk region" -> "Kursk" (the name a region goes by without its generic word)."""
    words = name.split()
    if len(words) > 1 and words[-1].lower() in REGION_WORDS:
        return " ".join(words[:-1])
    return name


def _head(toks):
    ids = {t.i for t in toks}
    for t in toks:
        if t.head.i not in ids or t.head.i == t.i:
            return t
    return toks[-1]


def _neighbours(tok):
    """The noun a name is attached to, and that noun's modifiers ("the military blog X")."""
    out = []
    if tok.dep_ in ("appos", "compound", "nmod") and tok.head.i != tok.i:
        out.append(tok.head)
        out += [c for c in tok.head.children if c.i != tok.i]
    out += [c for c in tok.children if c.dep_ in ("appos", "compound", "amod", "nmod")]
    return out


def _within_np(t, head) -> bool:
    """Is ``t`` inside the noun phrase headed by ``head`` (no clause or PP boundary)?"""
    x = t
    while x.i != head.i:
        if x.dep_ in ("prep", "relcl", "acl", "appos", "conj", "cc", "advcl", "ccomp",
                      "punct") or x.head.i == x.i:
            return False
        x = x.head
    return True


def _slot(head) -> str:
    """Is this entity in an actor's slot or a locative slot?"""
    dep = head.dep_
    if dep == "appos" and head.head.dep_ == "pobj" and \
            head.head.head.lower_ in LOCATIVE_PREPS and head.head.pos_ == "NOUN":
        return "locative"  # "killed in the capital Khartoum", "in the city, Aleppo"
    if dep in ("nsubj", "nsubjpass", "dobj", "poss", "dative", "appos") and head.pos_ == "PROPN":
        return "actor"
    if dep in ("compound", "amod", "nmod") and head.head.pos_ == "NOUN" and ((
            taxonomy.type_of_noun(head.head.lower_) or taxonomy.GENERIC).name == "disaster"
            or head.head.lemma_.lower() in UNDERGONE_NOUNS):
        return "locative"  # "the Indonesia earthquake", "dies in New Zealand fall"
    if dep in ("compound", "amod", "nmod") and head.head.pos_ == "NOUN" and (
            taxonomy.is_eventive_noun(head.head.lemma_.lower())
            or head.head.lower_ in GOVERNMENT_NOUNS or head.head.lower_ in FORCE_NOUNS):
        return "actor"
    if dep == "pobj":
        p = head.head.lower_
        if p in ("from", "of", "at") and head.head.head.lower_ in REPRESENTATIVE_NOUNS:
            return "actor"  # "officials from China": those who speak for China
        if p in LOCATIVE_PREPS:
            return "locative"
        if p == "to" and head.head.head.lower_ == "according":
            return "actor"
        if p in ("to", "for") and head.head.head.pos_ == "VERB" and taxonomy.type_of_verb(
                head.head.head.lemma_.lower()).name in ("movement", "deployment"):
            return "locative"  # "flew to Washington", "sent troops to Kursk"
        if p in ACTOR_PREPS:
            return "actor"
    if dep == "conj":
        return _slot(head.head) if head.head.i != head.i else "other"
    return "other"


def _is_passive(verb) -> bool:
    """A passive verb form: "be" + participle ("are to be allowed to bid"), a participle
    with a "by" agent and no auxiliary (headlines: "Apple swamped by pre-orders"), or a
    participle clause after "if", "when" or "once" ("if convicted")."""
    kids = list(verb.children)
    if any(c.dep_ in ("auxpass", "nsubjpass", "csubjpass") for c in kids):
        return True
    if verb.tag_ == "VBN" and verb.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in ("if", "when", "unless", "once", "until",
                                              "though", "although", "while")
            for c in kids) and not any(c.dep_ in ("aux", "nsubj", "dobj") for c in kids):
        return True  # "If convicted, Madoff faces 150 years": a participle clause
    return verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in kids) and \
        not any(c.dep_ == "aux" for c in kids)


def _from_is_agent(noun) -> bool:
    """Is the "from" phrase of this event noun its agent ("an order from X")?"""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and (lemma in FROM_AGENT_NOUNS or noun.lower_ in FROM_AGENT_NOUNS
                                    or (taxonomy.type_of_noun(lemma) or taxonomy.GENERIC).name
                                    in FROM_AGENT_TYPES)


def _is_measure(tok) -> bool:
    """A number or amount as an object ("shares fell 5 percent", "dies aged 56"): it does
    not make an intransitive verb transitive; "one of the wars" is no measure."""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return False
    return tok.pos_ == "NUM" or tok.like_num or tok.lemma_.lower() in ("percent", "%", "point",
                                                                       "points", "cent")


def _moves_by_amount(verb) -> bool:
    """Does the verb move by an amount, its only object a measure ("slipped 2 percent",
    "lost 10 percent", "jumped to $5", "fell by a third")?"""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj", "npadvmod")]
    amount = any(_is_measure(o) or any(_is_measure(x) for x in o.children) for o in objs) or any(
        c.dep_ == "prep" and c.lower_ in ("to", "by", "from") and any(
            o.dep_ == "pobj" and (_is_measure(o) or o.lower_ in ("$", "€", "£") or any(
                _is_measure(x) for x in o.children)) for o in c.children)
        for c in verb.children)
    return amount and all(_is_measure(o) or any(_is_measure(x) for x in o.children)
                          for o in objs if o.dep_ in ("dobj", "obj"))


def _economic(tok) -> bool:
    """Is this object something a company or a market changes ("jobs", "rates", "5
    percent", "10 percent of its workforce")?"""
    if tok.lemma_.lower() in ECONOMIC_NOUNS or tok.lower_ in ECONOMIC_NOUNS or _is_measure(tok):
        return True
    if tok.like_num or tok.lemma_.lower() in ("percent", "%", "third", "half", "quarter"):
        return any(o.lemma_.lower() in ECONOMIC_NOUNS or o.lower_ in ECONOMIC_NOUNS
                   for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children if o.dep_ == "pobj")
    return False


def _event_name(tok):
    """The proper name of an event whose last word is ``tok`` ("World Wide Developers
    Conference", "World War II", "2008 Beijing Olympic Games"), or ``None``.

    The word must head the name (or precede a numeral: "War II", "Conference 2010"), and the
    name must not be an institution's ("the Ministry of War", "the Conference Board")."""
    if tok.lower_ not in taxonomy.NAMED_EVENT_HEADS or not tok.text[:1].isupper():
        return None
    head = tok
    if tok.dep_ == "compound":
        if tok.head.i != tok.i + 1 or not names.ROMAN_NUMERAL.match(tok.head.text):
            return None
        head = tok.head
    # the name's words before tok ("World War II": "World" hangs on "II")
    left = [c for c in (*tok.lefts, *(x for x in head.lefts if x.i < tok.i))
            if c.dep_ in ("compound", "amod", "nummod", "nmod")
            and (c.pos_ in ("PROPN", "NUM") or c.text[:1].isupper())]
    left.sort(key=lambda c: c.i)
    if tok.lower_ not in ("olympics", "games") and not left:
        return None  # "the Show", "a Cup": no name
    if any(t.lower_ == "of" for t in tok.doc[left[0].i if left else tok.i:tok.i]):
        return None
    start = left[0].left_edge.i if left else tok.i
    while start < tok.i and tok.doc[start].pos_ in ("DET", "PUNCT"):
        start += 1
    end = head.i
    nxt = tok.doc[end + 1] if end + 1 < len(tok.doc) else None
    if nxt is not None and nxt.dep_ == "nummod" and nxt.head.i == tok.i:
        end += 1  # "Conference 2010"
    return tok.doc[start:end + 1]


def _stamp_follows(tok) -> bool:
    """Is a date or clock time written right after the word ("updated: Nov 27, 2005",
    "updated at 22:46 GMT", "Updated 8:52 PM EDT")?"""
    doc = tok.doc
    j = tok.i + 1
    while j < len(doc) and j <= tok.i + 3 and (doc[j].is_punct or doc[j].lower_ in ("at", "on")):
        j += 1
    return j < len(doc) and (doc[j].text[:1].isdigit() or doc[j].ent_type_ in ("DATE", "TIME")
                             or doc[j].lower_.rstrip(".")[:3] in _CALENDAR_STEMS)


# first three letters of month and weekday names ("Nov 27", "Friday, Sep 10")
_CALENDAR_STEMS = frozenset("jan feb mar apr may jun jul aug sep oct nov dec mon tue wed thu "
                            "fri sat sun".split())


# people one fires, frees or leaves: person nouns, forces, captives and staff
_PERSONISH = names.PERSON_NOUNS | FORCE_NOUNS | frozenset(
    "person people employee employees worker workers staff staffer staffers hostage "
    "hostages detainee detainees captive captives prisoners inmates suspects victims "
    "crew passengers civilians journalist journalists activist activists "
    "officials guard guards teen teens youths".split())
_PERSON_PRONOUNS = frozenset("he she him her they them i me we us you".split())


# what a reporter sends asking for comment, and what answers it
INQUIRY_NOUNS = frozenset("call calls message messages email emails e-mail e-mails request "
                          "requests inquiry inquiries enquiry enquiries query queries "
                          "voicemail voicemails comment".split())
ANSWERING_VERBS = frozenset("return answer respond reply".split())


def _press_inquiry(trig) -> bool:
    """Whether the event tells the reporter's asking for comment or its answer: "did not
    return a call seeking further comment" (the returning, the call, the seeking), "calls
    to the firm were not answered", "declined to comment", "could not be reached for
    comment", "responded to requests for comment"."""
    for t in [trig, *trig.ancestors]:
        lemma = t.lemma_.lower()
        kids = list(t.children)
        if lemma in ANSWERING_VERBS and t.pos_ == "VERB" and any(
                k.lemma_.lower() in INQUIRY_NOUNS for c in kids for k in [c, *c.children]
                if c.dep_ in ("dobj", "obj", "nsubjpass", "prep")) and (
                any(c.dep_ == "neg" or c.lower_ in NEGATIONS for c in kids) or
                any(k.lemma_.lower() == "comment" for k in t.subtree)):
            return True  # (not "officers responded to 911 calls")
        if lemma in ("decline", "refuse") and any(
                c.lemma_.lower() == "comment" and c.dep_ in ("xcomp", "dobj") for c in kids):
            return True
        if lemma == "reach" and any(c.dep_ == "prep" and c.lower_ == "for" and any(
                g.lemma_.lower() == "comment" for g in c.children) for c in kids):
            return True
        if t.dep_ in ("ROOT", "ccomp", "parataxis"):
            return False
    return False


def _after_phrase(tok, words=("after", "following"), clauses: bool = True):
    """The nearest "after"/"following" phrase that holds ``tok``: the preposition whose
    object it is or lies in, or (with ``clauses``) an adverbial clause marked "after";
    else None."""
    t = tok
    while t.head.i != t.i:
        if t.dep_ == "pobj" and t.head.lower_ in words:
            return t.head
        if clauses and t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "after"
                                                 for c in t.children):
            return t
        t = t.head
    return None


def _dates_other_phrase(date_tok, trig) -> bool:
    """Whether the date lies in the object of an "after"/"following"/"before" phrase that
    the event is outside of, below an attack or a killing named there ("found following a
    presumed attack on July 9", "died after a shooting Friday afternoon"); other objects
    share their day too often ("missing after downpours over the weekend caused
    landslides", as the parser hangs it)."""
    start = date_tok.head if date_tok.dep_ == "pobj" else date_tok  # (not "after Monday")
    prep = _after_phrase(start, ("after", "following", "before"), clauses=False)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None \
        else None
    if obj is None or obj.pos_ not in NOUN_POS or obj.i == date_tok.i:
        return False
    kind = taxonomy.type_of_noun(obj.lemma_.lower())
    return kind is not None and kind.name in INCIDENT_TYPES and \
        trig.i not in {x.i for x in prep.subtree}


def _inside_after(trig, date_tok) -> bool:
    """Whether the event is told inside an "after"/"following" phrase or clause that the
    date is outside of ("underway on Tuesday after earthquakes left 12 dead")."""
    phrase = _after_phrase(trig)
    return phrase is not None and date_tok.i not in {x.i for x in phrase.subtree}


def _coordinated(verb) -> bool:
    """Whether a clause follows an "and"/"but" that joins it to the one before ("..., and
    the Red Cross said ..."), also where the parser hangs it as a complement."""
    doc = verb.doc
    start = min(t.i for t in verb.subtree)
    prev = [doc[i] for i in range(max(0, start - 2), start)]
    return verb.dep_ == "conj" or any(t.lower_ in ("and", "but") for t in prev)


# what a response says: "responded to questions", "replied to the report"
RESPONSE_TO_NOUNS = frozenset("question questions criticism criticisms report reports claim "
                              "claims allegation allegations accusation accusations request "
                              "requests comment comments statement statements letter "
                              "letters query queries inquiry inquiries".split())


def _acts_in_response(trig) -> bool:
    """A "respond" that says nothing: "police responded by using tear gas", "officers
    responded to a reported shooting", "firefighters responded" (not "the ministry
    responded that ...", "responded to questions")."""
    if trig.lemma_.lower() != "respond":
        return False
    kids = list(trig.children)
    if any(c.dep_ in ("ccomp", "parataxis") for c in kids) or _quoted(trig) or any(
            t.text in QUOTES for c in kids if c.i > trig.i for t in c.subtree):
        return False  # ('he responded "Yes."')
    return not any(c.dep_ == "prep" and c.lower_ in ("to", "with") and any(
        o.lemma_.lower() in RESPONSE_TO_NOUNS | STATEMENT_NOUNS and not (
            c.lower_ == "to" and o.lemma_.lower() in SCENE_NOUNS)
        for o in c.children) for c in kids)  # (where rescuers respond to is a place they
    # go to, as ``_sense`` types it: "officers responded to a report of shots fired")


STORM_WORDS = frozenset("hurricane typhoon cyclone storm".split())


def _storm_name(e) -> str | None:
    """The name of the storm an entity names: "Laura" of "Hurricane Laura" (the storm word
    inside the name or right before it), else None."""
    words = e.name.split()
    if len(words) > 1 and words[0].lower() in STORM_WORDS:
        return " ".join(words[1:])
    first = e.toks[0]
    if first.i > 0 and first.doc[first.i - 1].lower_ in STORM_WORDS and \
            first.doc[first.i - 1].text[:1].isupper():
        return e.name
    return None


def _describes_a_thing(verb) -> bool:
    """A participle describing a thing ("an aid package unveiled on Sunday"), whose day is
    that thing's, not the story's. Not harm ("a building destroyed on Sunday"), nor what
    is told of a person ("Kimani Gray, 16, killed by police on Saturday", "three teens
    arrested on Tuesday"), of an event ("a press conference held on Friday morning") or
    of the statement the story quotes ("a news release issued yesterday"); nor a head
    noun that is the parse's root (a main verb read as a participle: "A jury recommended
    on April 3 that ...")."""
    head = verb.head
    return verb.pos_ == "VERB" and verb.dep_ == "acl" and verb.tag_ == "VBN" and \
        taxonomy.type_of_verb(verb.lemma_.lower()).name not in INCIDENT_TYPES and \
        head.dep_ != "ROOT" and not _personish(head) and \
        not taxonomy.is_eventive_noun(head.lemma_.lower()) and \
        head.lemma_.lower() not in STATEMENT_NOUNS


def _personish(tok) -> bool:
    return tok.ent_type_ in ("PERSON", "NORP") or tok.lower_ in _PERSON_PRONOUNS or (
        tok.pos_ == "NOUN" and tok.lemma_.lower() in _PERSONISH | {
            t[:-1] for t in _PERSONISH if t.endswith("s")})


def _with_conjuncts(toks) -> list:
    out = []
    for t in toks:
        out.append(t)
        out += [c for c in t.conjuncts if c.i > t.i]
    return out


def _undergoers(verb) -> list:
    """The tokens a verb acts on: its object, its passive subject, or the noun a passive
    participle modifies ("the hostages released on Sunday")."""
    kids = list(verb.children)
    out = [c for c in kids if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if not out and verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN":
        out = [verb.head]
    if not out and _is_passive(verb):
        out = [c for c in kids if c.dep_ == "nsubj"]  # headline passives
    return _with_conjuncts(out)


# words that make a loss or gain a company's or a market's result
RESULT_PERIOD_WORDS = frozenset("weekly monthly quarterly annual yearly daily net operating "
                                "pre-tax pretax first-half second-half first-quarter "
                                "second-quarter third-quarter fourth-quarter full-year "
                                "one-day trading".split())
# what markets trade: a "rally" of these is business, no protest
MARKET_NOUNS = frozenset("market stock share bond dollar euro yen pound currency index price "
                         "oil gold commodity equity futures composite average".split())
# levels a thing "hits" or "reaches" (no attack): "hit a 26-year low", "hit a record"
MARK_NOUNS = frozenset("low high record level peak bottom mark milestone threshold "
                       "ceiling floor barrier target".split())
# who speak "for" an organisation: "a spokeswoman for General Motors said"
SPOKES_NOUNS = frozenset("spokesman spokeswoman spokesperson spokespeople spokesmen "
                         "spokeswomen representative lawyer attorney".split())
# what an author issues: "according to a statement from the White House" cites the White
# House
STATEMENT_NOUNS = frozenset("statement statements release announcement communique memo "
                            "letter filing interview tweet post bulletin".split())
# what a city has, not its country's government: "London's FTSE 100 index", "Moscow's
# stock exchange", "Kyiv's mayor" ("Kyiv's decision" is the government's)
CITY_POSSESSIONS = frozenset(
    "index exchange market bourse airport port station street residents resident people "
    "population mayor police hospital university subway metro skyline suburb outskirts "
    "centre center downtown district neighbourhood neighborhood zoo stadium council "
    "city-hall".split())
# what a company or a market changes: a sanction verb ("cut", "halt", "freeze", "suspend")
# acting on one of these is business, not a sanction
ECONOMIC_NOUNS = frozenset(
    "rate rates price prices cost costs job jobs production output forecast forecasts "
    "profit profits earnings pool outlook guidance revenue revenues "
    "dividend dividends spending budget staff workforce worker workers employee employees "
    "trading sales shipment shipments share shares stock stocks capacity investment wage "
    "wages salary salaries pay bonus bonuses shift shifts plant plants exposure stake "
    "stakes holding holdings borrowing debt rating ratings estimate estimates target "
    "targets".split())
PHONE_LIGHT_VERBS = frozenset("make receive take place answer get return field".split())
PHONE_CALLEES = frozenset("police 911 999 112 home station office".split())
PHONE_WORDS = frozenset("phone telephone cell cellphone conference emergency 911 999 112 "
                        "video".split())


# what money is lost on: "loan losses", "losses on toxic assets"
LOSS_SOURCES = frozenset("loan credit trading investment mortgage asset security bond "
                         "derivative debt portfolio paper currency bet hedge "
                         "write-down".split())
# how something is left, not where: "left its rate unchanged"
LEFT_STATES = frozenset("unchanged intact open unanswered unclear vacant unresolved "
                        "untouched alone".split())
# what one returns to without moving: a state, not a place
RETURN_STATES = frozenset("profit profitability growth power normal normality normalcy "
                          "work health form strength black action service "
                          "production sector ownership trading".split())
# the states among them that are a business's ("returned to profit", "to the private sector")
BUSINESS_STATES = frozenset("profit profitability growth black sector ownership "
                            "trading production".split())
# what one runs out of, without moving
RESOURCE_NOUNS = frozenset("money cash fund capital fuel gas time food water supply "
                           "ammunition option patience space room steam credit".split())
# who act for the organisation named before them ("Boeing employees", "FBI agents") and
# what stands for it in the market ("Apple shares slid")
PEOPLE_OF_NOUNS = names.ORG_NOUNS | names.PERSON_NOUNS | REPRESENTATIVE_NOUNS | FORCE_NOUNS \
    | frozenset("employee employees worker workers staff agent agents official officials "
                "engineer engineers investigator investigators officer officers police "
                "team crew unit units fan fans customer customers".split()) \
    | frozenset("share shares stock stocks price prices sales profit profits earnings "
                "revenue revenues results".split())  # ("Apple shares slid": the company)
# verbs that move a price or a rate: business when they act on one ("lowered its rate")
PRICE_VERBS = frozenset("lower reduce raise increase hike slash trim boost".split())
# words that make "operations" a company's business
BUSINESS_WORDS = frozenset("banking investment business retail manufacturing airline "
                           "trading brokerage insurance lending mortgage commercial "
                           "consumer overseas international domestic foreign continuing "
                           "discontinued automotive auto core global worldwide finance "
                           "financial credit unprofitable profitable ailing loss-making "
                           "money-losing".split())
# words that make "operations" a force's: "U.S. military operations"
MILITARY_OPERATION_WORDS = frozenset("military combat naval air ground counter-terrorism "
                                     "counterterrorism rescue search security special "
                                     "peacekeeping police".split())
# verbs of saying (no "show", "reveal", "estimate"): what they report is dated apart
SPEECH_LEMMAS = frozenset("say tell state announce report claim add note write declare "
                          "explain assert insist argue reply respond stress emphasise "
                          "emphasize confirm acknowledge admit testify disclose".split())
# periods a market's or a company's losses belong to ("last week's losses")
PERIOD_NOUNS = frozenset("day week month year quarter session half".split())
# what makes "demand" a market's: "consumer demand", "global demand"
MARKET_DEMAND_WORDS = frozenset("consumer global domestic world weak strong falling rising "
                                "growing slowing sluggish customer export oil energy "
                                "market".split())
# heads of definite descriptions that name an actor of the article: the words of its
# name that say so ("the union": the United Auto Workers), or a title it bears ("the
# president": President Barack Obama)
DEFINITE_HEADS = {
    "union": frozenset("Union Workers Teamsters Metall Federation Confederation".split()),
    "department": frozenset(["Department"]), "ministry": frozenset(["Ministry"]),
    "agency": frozenset(["Agency"]), "commission": frozenset(["Commission"]),
    "committee": frozenset(["Committee"]), "court": frozenset(["Court"]),
    "council": frozenset(["Council"]), "bureau": frozenset(["Bureau"]),
    "president": frozenset(), "chairman": frozenset(), "governor": frozenset(),
    "minister": frozenset(), "senator": frozenset(), "mayor": frozenset(),
    "chief": frozenset(), "executive": frozenset(), "ceo": frozenset(),
    "chairwoman": frozenset(), "chancellor": frozenset(), "premier": frozenset(),
    "spokesman": frozenset(), "spokeswoman": frozenset(), "spokesperson": frozenset(),
    "administration": frozenset(["administration", "Administration"]),
}
# what a company has and a town has not: "Toyota president Katsuaki Watanabe", "Toyota
# shares"
# what a company posts: "Ford posted a loss"
RESULT_NOUNS = frozenset("loss losses profit profits earning earnings revenue revenues".split())
COMPANY_TITLE_NOUNS = RESULT_NOUNS | frozenset(
    "president chairman chairwoman ceo share stock recall recalls shareholder shareholders "
    "stockholder stockholders".split())  # ("Toyota loss looms")
# (the heads with no name words are person titles)
PERSON_TITLE_HEADS = frozenset(k for k, v in DEFINITE_HEADS.items() if not v)


def _bears_title(title: str, head: str, mods: tuple = ()) -> bool:
    """Does a person's title make him "the <mods> <head>"? The title's head word is the
    head ("Ford's chief executive", "the president of the union"), a chief executive is
    "the chief" and "the CEO" too, and the title holds every other word ("the vice
    president": not of a president)."""
    words = re.findall(r"[a-z]+", title.lower())
    if not words:
        return False
    top = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    if any(m not in words for m in mods) or top in ("vice", "deputy", "assistant"):
        return False
    if "vice" in words or "deputy" in words or "assistant" in words:
        return "vice" in mods or "deputy" in mods or "assistant" in mods
    if head == top:
        return True
    chief_exec = "ceo" in words or words[-2:] == ["chief", "executive"] or \
        "chief" in words and "executive" in words and "officer" in words
    return head in ("chief", "ceo") and chief_exec
# the endings of English abstract nouns: such a word heading a sentence is no name
# ("Attendance at the show is expected to fall")
ABSTRACT_NOUN_END = re.compile(r"(?:ance|ence|tion|sion|ment|ness|ity|ship|ism)$")
# what a company has in a town: "its plant in Hamtramck" is the town
PLANT_NOUNS = frozenset("plant plants factory factories headquarters office offices "
                        "facility facilities site mill mine warehouse store stores "
                        "base".split())
# a day right after a verb of saying ("said on Tuesday", "announced Monday")
# the links from a told event up to the complement of the saying that tells it: its
# predicate's arguments, conjuncts and adverbial clauses ("an attack ... was foiled ...,
# capturing 26 brigands, an officer said Friday"), not clauses describing a thing
REPORTED_PATH_DEPS = frozenset("conj advcl xcomp nsubj nsubjpass dobj obj".split())
SAID_ON = re.compile(r"\b(?:said|says|announced|stated|told\s+\w+)\s+(?:on\s+)?\Z", re.I)
# nouns that head "X of <organisation>" without being part of its name
MEMBER_NOUNS = frozenset("share shares stock stocks employee employees worker workers "
                         "official officials executive executives analyst analysts investor "
                         "investors customer customers member members".split())
# what one is released on: the terms of a legal release
BAIL_NOUNS = frozenset("bail parole probation bond recognizance licence license".split())
# what one runs as a race or a course, not as a business: "ran a marathon"
RUN_COURSES = frozenset("race marathon mile miles lap laps course distance red light "
                        "errand errands".split())
# what one runs as a business: "ran a hedge fund", "ran the bank"
RUN_BUSINESS = frozenset("fund business scheme firm bank operation operations store shop "
                         "restaurant factory plant department agency division unit "
                         "office".split())
# what a maker recalls
RECALLED_NOUNS = frozenset("vehicle car truck suv model unit product toy phone battery "
                           "device laptop drug medicine food tire tyre airbag seat "
                           "engine".split())
# what collapses without a disaster, beside markets and companies
SYSTEM_NOUNS = frozenset("industry economy sector system currency government regime "
                         "coalition alliance deal".split())
# what makes a charge an accounting one
ACCOUNTING_WORDS = frozenset("one-time restructuring impairment accounting special "
                             "non-cash pre-tax pretax after-tax write-down".split())
# what makes a crisis an economic one
ECONOMIC_ADJECTIVES = frozenset("financial economic debt credit banking fiscal monetary "
                                "currency mortgage liquidity budget subprime".split())
# what makes a strike a labour one
LABOUR_STRIKE_WORDS = frozenset("hunger general labour labor workers worker union "
                                "nationwide national countrywide wildcat rail transport "
                                "teachers doctors nurses staff pilots miners dockers "
                                "week-long weeklong".split())
NON_COMPANY_UNION = frozenset("union unions workers uaw".split())
# what makes a strike a military one ("air strike", "a drone strike", "missile strikes")
MILITARY_STRIKE_WORDS = frozenset("air drone missile rocket artillery military nuclear "
                                  "preemptive pre-emptive surgical israeli us u.s. american "
                                  "russian naval aerial bombing".split())
# verbs whose object "strike" is a labour one: "the union called a strike"
STRIKE_CALLING_VERBS = frozenset("call stage organise organize authorize authorise "
                                 "vote".split())
# where workers strike: "a strike at Chrysler plants"
WORKPLACE_NOUNS = frozenset("plant plants factory factories mine mines port ports "
                            "refinery refineries mill mills".split())


def _labour_strike(tok) -> bool:
    """Is this "strike" noun a labour one: "on strike", or said nationwide, general, of
    workers or a union, or lasting a time ("a two-day strike")?"""
    return tok.head.lower_ == "on" and tok.dep_ == "pobj" or \
        tok.dep_ == "compound" and tok.head.lemma_.lower() == "action" or any(
        c.lower_ in LABOUR_STRIKE_WORDS or c.ent_type_ in ("DATE", "TIME") or any(
            w.lower_ in NON_COMPANY_UNION for w in c.subtree)
        for c in tok.children if c.dep_ in ("compound", "amod", "poss")) or \
        tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() in STRIKE_CALLING_VERBS or \
        any(c.dep_ == "prep" and c.lower_ == "at" and any(
            o.dep_ == "pobj" and o.lemma_.lower() in WORKPLACE_NOUNS for o in c.children)
            for c in tok.children)  # "called a strike", "a six-hour strike", "a strike
    # at Chrysler plants", "strike action"


# what makes a loss money lost: "a net loss", "pretax losses", "credit losses"
MONEY_LOSS_WORDS = frozenset(
    "net pretax pre-tax quarterly annual operating credit trading mortgage investment "
    "financial paper book underwriting loan writedown write-down first-quarter "
    "second-quarter third-quarter fourth-quarter full-year half-year".split())
# what money is lost on: "losses on mortgage securities"
LOSS_ON_NOUNS = frozenset("investment investments security securities loan loans mortgage "
                          "mortgages bond bonds asset assets derivative derivatives "
                          "debt holding holdings portfolio operation operations".split())
# verbs of reporting a company's result: "posted a loss"
RESULT_VERBS = frozenset("post report book record narrow widen swing forecast predict "
                         "expect".split())


def _money_loss(trig) -> bool:
    """Is this "loss" money lost (a modifier of business, an amount, "posted a loss",
    "losses on mortgage securities", "$18 billion in losses"), no lives or ground?"""
    for c in trig.children:
        if c.dep_ in ("amod", "compound", "nmod", "nummod") and (
                c.lower_ in MONEY_LOSS_WORDS or "quarter" in c.lower_ or _is_measure(c) or
                c.ent_type_ == "MONEY" or c.text in ("$", "€", "£", "¥")):
            return True
        if c.dep_ == "poss" and (c.ent_type_ == "ORG" or
                                 c.lemma_.lower() in names.COMPANY_NOUNS):
            return True  # "Ford's losses", "the bank's losses"
        if c.dep_ == "prep" and c.lower_ in ("on", "from") and any(
                o.dep_ == "pobj" and (o.lemma_.lower() in LOSS_ON_NOUNS | ECONOMIC_NOUNS or
                                      o.lower_ in LOSS_ON_NOUNS) for o in c.children):
            return True
    if trig.dep_ == "pobj" and trig.head.lower_ == "in" and (
            _is_measure(trig.head.head) or trig.head.head.ent_type_ == "MONEY"):
        return True  # "hit by $18 billion in losses"
    return trig.dep_ in ("dobj", "obj") and trig.head.lemma_.lower() in RESULT_VERBS


# how a market moves by an amount: "Tokyo fell 1.05 percent"
MARKET_MOVE_VERBS = MOVING_BY_VERBS | frozenset(
    "fall rise slump drop gain lose sink soar surge plunge decline rebound add shed ease dip "
    "close end finish open firm recover".split())
# where people demonstrate (the parser takes "outside parliament" for an object)
PROTEST_SITE_NOUNS = frozenset("parliament embassy ministry office building headquarters "
                               "palace court courthouse consulate".split())
# types a market thing does not do in earnest: "shares retreated", "stocks advanced"
MARKET_MOVE_TYPES = frozenset("attack withdrawal movement disaster deployment fighting "
                              "territorial_change".split())
# what a market moves: "stock indicators", "crude prices", "the dollar", "yields"
MARKET_THING_NOUNS = MARKET_NOUNS | frozenset("indicator yield sterling franc crude silver "
                                              "copper indices benchmark gauge".split())
# what is "sent" through markets: "sent shockwaves"
SHOCK_NOUNS = frozenset("shockwave shockwaves shock shocks chill chills shiver shivers "
                        "ripple ripples jolt tremor tremors signal signals message".split())
# what a company "meets": "meet its debt obligations"
MET_NOUNS = frozenset("obligation obligations expectation expectations target targets "
                      "deadline deadlines requirement requirements standard standards "
                      "forecast forecasts estimate estimates goal goals demand "
                      "payroll".split())
# what makes a session a market's: "the prior six sessions"
SESSION_WORDS = frozenset("trading prior previous last straight consecutive morning "
                          "afternoon overnight".split())
# who rallies in protest: "protesters rallied outside parliament"
PROTESTER_NOUNS = frozenset("protester protesters demonstrator demonstrators supporter "
                            "supporters crowd crowds thousands hundreds people worker workers "
                            "student students activist activists opponent opponents".split())
# what a company does to its plants and jobs: "idle all 30 of its plants"
PLANT_ACTION_VERBS = frozenset("idle shutter shut close eliminate reopen mothball "
                               "consolidate".split())
# what a supply of which is business: "oil supplies"
COMMODITY_WORDS = frozenset("oil gas crude fuel energy power electricity coal steel chip "
                            "chips parts component components grain copper".split())
# what a company delivers and sells: "deliver its parts"
PRODUCT_NOUNS = frozenset("part parts component components product products good goods "
                          "order orders shipment shipments unit units chip chips "
                          "engine engines".split())
# what presses on a market or a company, no attacker: "intensifying competition"
MARKET_FORCE_NOUNS = frozenset("competition pressure pressures demand selling price "
                               "prices".split())
# who votes on a decision, not in an election: "the Senate voted", "shareholders voted"
VOTING_BODY_WORDS = frozenset(
    "house senate congress parliament lawmakers legislators mps deputies senators "
    "congressmen representatives committee council board shareholders stockholders "
    "members assembly legislature commons lords bundestag cabinet panel court jury "
    "directors creditors bondholders workers".split())
# what such a body votes on
VOTED_ON_WORDS = frozenset(
    "bill bills measure measures plan package deal proposal proposals resolution law laws "
    "budget motion amendment stimulus bailout contract merger offer legislation "
    "agreement treaty rescue takeover".split())


def _body_vote(trig) -> bool:
    """Is this vote a body's decision ("the Senate will vote on the bill", "in a 246-183
    vote", "shareholders voted to approve the merger"), no election?"""
    subj = [c for c in trig.children if c.dep_ in ("nsubj", "poss", "compound")]
    if trig.dep_ == "pobj" and trig.head.head.pos_ in ("VERB", "AUX"):
        subj += [c for c in trig.head.head.children if c.dep_ == "nsubj"]
    if trig.dep_ in ("dobj", "obj"):
        subj += [c for c in trig.head.children if c.dep_ == "nsubj"]
    if any(c.lemma_.lower() in VOTING_BODY_WORDS or c.lower_ in VOTING_BODY_WORDS
           for c in subj):
        return True
    if any(re.fullmatch(r"\d+-\d+", t.text) for t in trig.subtree):
        return True
    return any(p.dep_ == "prep" and p.lower_ in ("on", "for", "against") and any(
        o.dep_ == "pobj" and o.lemma_.lower() in VOTED_ON_WORDS for o in p.children)
        for p in trig.children) or any(
        x.dep_ == "xcomp" and any(o.dep_ in ("dobj", "obj") and o.lemma_.lower() in
                                  VOTED_ON_WORDS for o in x.children)
        for x in trig.children)


# the local services a town's name modifies ("Troy police", "Palmer firefighters")
LOCAL_SERVICE_NOUNS = frozenset("police firefighters fire sheriff officials authorities "
                                "detectives officers paramedics".split())
# the last words of police units' names ("Philadelphia Homicide", "Miami-Dade Narcotics")
POLICE_UNIT_WORDS = frozenset("Homicide Narcotics Vice Robbery".split())
# the nouns of sources a headline credits at its end ("... - Health Ministry", ": monitor")
CREDIT_NOUNS = UNNAMED_BODY_NOUNS | UNNAMED_SOURCE_NOUNS | UNNAMED_SPEAKER_NOUNS | frozenset(
    "monitors officials authorities witnesses residents un who governor mayor minister "
    "president sheriff coroner".split())
# what erupts or breaks out and is no disaster ("unrest erupted")
UNREST_NOUNS = frozenset("unrest violence chaos tension tensions row dispute scandal "
                         "controversy panic anger outrage".split())
# what sanctions are called ("the sanctions target Russian banks")
SANCTION_NOUNS = frozenset("sanction sanctions measure measures ban embargo tariff tariffs "
                           "restriction restrictions".split())
# where rescuers respond to ("responded to the scene")
SCENE_NOUNS = frozenset("scene call fire blaze incident crash site emergency report "
                        "accident alarm".split())
# the words of a trial of a drug, no court's ("a late-stage trial", "Phase III trials")
CLINICAL_TRIAL_WORDS = frozenset("clinical stage late-stage mid-stage early-stage phase "
                                 "drug vaccine human pivotal placebo".split())


def _sense(trig, light, etype, names_person=lambda tok: False, names_place=lambda tok: False):
    """The type of a trigger whose word names events of several types, from what it acts
    on (``taxonomy.WEAPON_NOUNS`` and neighbours): "he was fired from the company"
    (personnel) / "fired shots at police" (attack); "released two hostages" (withdrawal) /
    "released the names of the victims" (statement) / "released the iPod" (business);
    "left Apple" (personnel) / "left the country" (movement); "launched two missiles"
    (attack); "an earthquake struck" (disaster); "opened fire" (attack); "went on strike"
    (protest). ``names_person(tok)``: whether the article's names make the token a person's
    (the model may have called it a place)."""

    def personish(tok) -> bool:
        return _personish(tok) or names_person(tok)

    by = taxonomy.BY_NAME
    lemma = trig.lemma_.lower()
    if lemma == "vote" and etype.name == "election" and _body_vote(trig):
        return taxonomy.GENERIC  # "the House passed the bill in a 246-183 vote", "the
        # Senate will vote on the bill": a decision, no election
    if lemma in ("burn", "torch") and trig.pos_ == "VERB" and (
            etype.name == "disaster" or lemma == "torch") and \
            any(c.dep_ in ("dobj", "obj") for c in trig.children) and any(
            c.dep_ == "nsubj" and (personish(c) or c.ent_type_ in ("ORG", "NORP"))
            for c in list(trig.children) + (list(trig.head.children)
                                            if trig.dep_ == "conj" else [])):
        return by["attack"]  # "militants burnt two military vehicles": an attack, no fire
    if lemma == "claim" and trig.pos_ == "VERB" and any(
            c.dep_ in ("dobj", "obj") and c.lemma_.lower() in ("life", "lives")
            for c in trig.children):
        return by["casualties"]  # "the landslide claimed the lives of 12 people"
    if lemma == "return" and etype.name == "movement" and any(
            c.dep_ in ("dobj", "obj") and c.lemma_.lower() in INQUIRY_NOUNS
            for c in trig.children):
        return by["statement"]  # "did not return a call", "returned messages"
    if trig.pos_ != "VERB":
        mods = {c.lower_ for c in trig.children if c.dep_ in ("amod", "compound", "nmod")}
        if lemma in ("supply", "supplies") and etype.name == "aid" and \
                mods & COMMODITY_WORDS:
            return by["business"]  # "oil supplies", "gas supplies"; "aid supplies" stay
        if lemma in ("reorganisation", "reorganization", "restructuring") and (
                mods & BUSINESS_WORDS or any(c.dep_ == "poss" for c in trig.children) or
                not any(c.lower_ in MILITARY_OPERATION_WORDS for c in trig.subtree)):
            return by["business"]  # "the reorganisation cost $1 billion", "a painful
            # reorganisation"; "the reorganisation of the army's units" stays
        if lemma in ("return", "returns") and etype.name == "movement" and (any(
                c.dep_ == "prep" and c.lower_ == "on" for c in trig.children) or
                mods & {"investment", "stock", "bond", "annual", "total", "financial"}):
            return by["business"]  # "returns on bonds fell"
        if lemma == "failure" and etype.name == "disaster" and any(
                c.dep_ in ("acl", "xcomp") and c.tag_ == "VB" for c in trig.children):
            return taxonomy.GENERIC  # "the failure to manage costs"
        if lemma in ("loss", "losses") and etype.name in ("casualties", "territorial_change") \
                and (trig.dep_ in ("dobj", "obj") and any(
                    c.dep_ == "nsubj" and _market_thing(c) for c in trig.head.children) or
                     trig.dep_ == "pobj" and trig.head.head.lemma_.lower() in PERIOD_NOUNS):
            return by["business"]  # "Asian shares extended losses", "a fourth-straight
            # day of losses"
        if lemma == "session" and etype.name == "meeting" and (any(
                c.dep_ == "nummod" or c.lower_ in SESSION_WORDS for c in trig.children)):
            return by["business"]  # "the prior six sessions", "Tuesday's trading session"
        if lemma == "event" and etype.name == "meeting" and trig.pos_ == "NOUN" and (any(
                c.dep_ == "poss" and c.lemma_.lower() in PERIOD_NOUNS for c in trig.children)
                or trig.dep_ == "pobj" and trig.head.head.lemma_.lower() == "turn"):
            return taxonomy.GENERIC  # "the day's events", "a turn of events"
        if lemma == "rally" and etype.name == "protest" and (
                mods & (MARKET_NOUNS | {"stock", "stocks", "relief", "bear", "bull",
                                        "market", "year-end", "equity"}) or
                trig.dep_ in ("dobj", "obj") and trig.head.lemma_.lower() in (
                    "fuel", "extend", "spark", "trigger", "halt", "stall", "lead")):
            return by["business"]  # "a stock rally", "helped fuel the rally"
        if lemma in ("cut", "cuts", "reduction", "reductions") and \
                etype.name != "business" and mods & ECONOMIC_NOUNS:
            return by["business"]  # "the job cuts", "production cuts"
        if lemma in ("order", "orders") and etype.name == "business" and mods & {
                "evacuation", "stay-at-home", "curfew", "lockdown", "shelter", "gag",
                "restraining", "executive", "court", "protection"}:
            return taxonomy.GENERIC  # "evacuation orders": a directive, no purchase
        if lemma in ("trial", "trials") and etype.name == "legal" and \
                {t.lower_ for c in trig.lefts for t in c.subtree} & CLINICAL_TRIAL_WORDS:
            return taxonomy.GENERIC  # "a late-stage trial", "clinical trials": a test of
            # a drug, no court's
        if lemma == "case" and etype.name == "legal" and trig.dep_ in ("dobj", "obj") and \
                trig.head.lemma_.lower() == "make":
            return taxonomy.GENERIC  # "made the case for a bailout": an argument
        if lemma == "fire" and light is not None and light.lemma_.lower() == "open":
            return by["attack"]  # "police opened fire on the crowd"
        if lemma == "strike" and _labour_strike(trig):
            return by["protest"]  # "workers went on strike", "a hunger strike", "a two-day
            # nationwide strike", "the union's strike"
        if lemma == "call" and not any(p.dep_ == "prep" and p.lower_ == "for"
                                       for p in trig.children) and (
                light is not None and light.lemma_.lower() in PHONE_LIGHT_VERBS
                or trig.dep_ in ("dobj", "obj") and trig.head.lemma_.lower()
                in PHONE_LIGHT_VERBS or any(
                    c.dep_ in ("compound", "amod", "nummod") and c.lower_ in PHONE_WORDS
                    for c in trig.children)):
            return by["meeting"]  # "make calls", "a 911 call" (CAMEO 041: by telephone)
        if lemma in ("loss", "losses", "gain", "gains") and (any(
                p.dep_ == "prep" and p.lower_ == "of" and any(
                    o.ent_type_ in ("MONEY", "PERCENT") or _is_measure(o)
                    for o in p.children if o.dep_ == "pobj") for p in trig.children) or any(
                c.dep_ in ("amod", "compound", "nmod") and (
                    c.lower_ in RESULT_PERIOD_WORDS or c.ent_type_ in ("MONEY", "PERCENT"))
                for c in trig.children)):
            return by["business"]  # "a loss of $2.7 billion", "its biggest weekly loss", "a
            # net loss", "a $2 billion loss"; "the loss of Avdiivka" stays
        if lemma in ("loss", "losses") and (any(
                c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in LOSS_SOURCES
                for c in trig.children) or any(
                p.dep_ == "prep" and p.lower_ in ("on", "from") and any(
                    o.lemma_.lower() in LOSS_SOURCES for o in p.children if o.dep_ == "pobj")
                for p in trig.children)):
            return by["business"]  # "loan losses", "losses on toxic assets"
        if lemma == "charge" and (any(
                p.dep_ == "prep" and p.lower_ == "of" and any(
                    o.ent_type_ == "MONEY" for o in p.children if o.dep_ == "pobj")
                for p in trig.children) or any(
                c.dep_ in ("amod", "compound", "nmod") and (
                    c.ent_type_ == "MONEY" or c.lower_ in ACCOUNTING_WORDS or
                    "".join(t.lower_ for t in c.subtree) in ACCOUNTING_WORDS)
                for c in trig.children)):
            return by["business"]  # "charges of about $9.9 billion", "a one-time charge"
            # (also "One-time" in three tokens)
        if lemma == "charge" and (any(
                c.dep_ in ("nummod", "quantmod", "compound", "nmod") and any(
                    x.ent_type_ == "MONEY" or x.tag_ == "$" for x in c.subtree)
                for c in trig.children) or trig.dep_ in ("dobj", "obj") and
                trig.head.lemma_.lower() in ("take", "assume") and not any(
                    c.dep_ == "det" for c in trig.children) and any(
                    p.dep_ == "prep" and p.lower_ == "of" for p in trig.children)):
            return by["business"]  # "took a $3.9 billion charge"; "took charge of
            # Landsbanki": control taken, no charge laid
        if lemma == "control" and etype.name == "territorial_change" and not (
                trig.dep_ == "pobj" and trig.head.lower_ == "under") and any(
                _business_thing(o) for p in list(trig.children) + (
                    list(trig.head.children) if trig.dep_ in ("dobj", "obj") else [])
                if p.dep_ == "prep" and p.lower_ == "of" for o in _with_conjuncts(
                    [x for x in p.children if x.dep_ == "pobj"])):
            return by["business"]  # "take control of the three banks", "seized control of
            # Glitnir's assets"
        if lemma == "campaign" and etype.name == "election" and any(
                c.dep_ in ("amod", "compound", "nmod") for c in trig.children) and not any(
                c.dep_ in ("amod", "compound", "nmod") and c.lemma_.lower() in ELECTORAL_WORDS
                for c in trig.children):
            return taxonomy.GENERIC  # "its rate-cutting campaign", "an advertising
            # campaign"; "the presidential campaign" is an election's
        if lemma == "crisis" and any(c.dep_ in ("amod", "compound", "nmod") and
                                     c.lower_ in ECONOMIC_ADJECTIVES for c in trig.children):
            return by["business"]  # "a financial crisis", "the debt crisis"
        if lemma in ("loss", "losses") and etype.name in ("territorial_change", "casualties"):
            lost = _with_conjuncts([o for p in trig.children if p.dep_ == "prep" and
                                    p.lower_ == "of" for o in p.children if o.dep_ == "pobj"])
            if lost and all(o.ent_type_ in ("GPE", "LOC", "FAC") or names_place(o) or
                            o.lemma_.lower() in PLACE_NOUNS | _TERRAIN_NOUNS | {
                                "control", "territory", "ground"} for o in lost):
                return by["territorial_change"]  # "the loss of Avdiivka"
            if any(personish(o) or o.lemma_.lower() in names.PERSON_NOUNS | _MATERIEL_NOUNS
                   | {"life", "lives", "people", "child", "children"} for o in lost):
                return by["casualties"]  # "the loss of life", "the loss of two tanks"
            if any(o.lemma_.lower() in ECONOMIC_NOUNS or o.lower_ in ECONOMIC_NOUNS or
                   _is_measure(o) for o in lost) or any(
                    c.dep_ in ("compound", "amod") and c.lower_ in ("point", "points")
                    for c in trig.children):
                return by["business"]  # "a loss of 3,700 jobs", "a 777-point loss"
            if trig.lower_ == "loss" or lost:
                return taxonomy.GENERIC  # "a total loss", "hearing loss", "San Diego's
                # playoff loss"; "heavy losses" stay casualties
        if lemma in ("loss", "losses") and etype.name in ("casualties", "territorial_change") \
                and any(c.dep_ in ("compound", "amod", "nmod", "poss") and (
                    c.lemma_.lower() in ECONOMIC_NOUNS | MARKET_NOUNS | PERIOD_NOUNS)
                    for c in trig.children):
            return by["business"]  # "job losses", "last week's losses", "stock losses"
        if lemma in ("loss", "losses") and etype.name in ("casualties", "territorial_change") \
                and _money_loss(trig):
            return by["business"]  # "a net quarterly loss", "$18 billion in losses",
            # "further losses on mortgage securities", "posted a loss"
        if lemma == "control" and etype.name == "territorial_change" and \
                trig.dep_ == "pobj" and trig.head.lower_ == "under" and not any(
                    c.dep_ in ("amod", "poss", "compound", "prep") for c in trig.children):
            return taxonomy.GENERIC  # "keep inflation under control"; "under Russian
            # control" stays
        if lemma == "demand" and etype.name == "demand" and (any(
                c.dep_ == "prep" and c.lower_ == "for" and any(
                    o.dep_ == "pobj" and not personish(o) and
                    not taxonomy.is_eventive_noun(o.lemma_.lower()) for o in c.children)
                for c in trig.children) and not any(c.dep_ == "poss"
                                                    for c in trig.children) or any(
                c.dep_ in ("amod", "compound") and c.lower_ in MARKET_DEMAND_WORDS
                for c in trig.children)):
            return taxonomy.GENERIC  # "demand for oil", "the falling demand for trucks",
            # "consumer demand": a market's, no one's demand
        if lemma == "delivery" and etype.name == "aid" and any(
                c.dep_ in ("compound", "nmod", "amod") and c.ent_type_ == "DATE"
                for c in trig.children):
            return by["business"]  # "crude oil for October delivery": a futures contract
        if lemma == "session" and etype.name == "meeting" and any(
                c.dep_ in ("compound", "amod", "nmod") and (
                    c.lower_ in ("trading", "morning", "afternoon", "overnight")
                    or c.lemma_.lower() in MARKET_NOUNS) for c in trig.children):
            return by["business"]  # "the afternoon trading session": no meeting
        if lemma == "appeal" and etype.name in ("appeal", "legal") and any(
                c.dep_ == "amod" and c.lower_ in APPEAL_OF_THINGS for c in trig.children):
            return taxonomy.GENERIC  # "the car has broader appeal": no appeal made
        if lemma == "collapse" and etype.name == "disaster" and any(
                p.dep_ == "prep" and p.lower_ in ("in", "of") and any(
                    o.lemma_.lower() in MARKET_NOUNS | ECONOMIC_NOUNS or o.ent_type_ == "ORG"
                    for o in p.children if o.dep_ == "pobj")
                for p in list(trig.children) + (list(light.children) if light is not None
                                                else [])):
            return by["business"]  # "a collapse in its stock price", "of Lehman"
        if lemma == "delivery" and etype.name == "aid" and _vehicles(
                [o for p in trig.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj"]):
            return by["business"]  # "the delivery of the first Leaf"
        if lemma == "rally" and any(c.lemma_.lower() in MARKET_NOUNS for c in trig.children
                                    if c.dep_ in ("compound", "nmod", "amod", "poss")):
            return by["business"]  # "Stock markets rally", "a relief rally in shares"
        if lemma == "release" and any(
                p.dep_ == "prep" and p.lower_ == "of" and any(
                    personish(o) for o in _with_conjuncts(
                        [c for c in p.children if c.dep_ == "pobj"]))
                for p in trig.children):
            return by["withdrawal"]  # "the release of the hostages"
        return etype
    if light is not None:
        return etype
    kids = list(trig.children)
    # (an object after a comma is the event named again: "cut its rate by 0.27 points, the
    # second cut in a month", "lost $12.7 billion, the largest annual loss")
    und = [t for t in _undergoers(trig) if not (
        t.left_edge.i > trig.i + 1 and t.doc[t.left_edge.i - 1].text == "," and
        taxonomy.is_eventive_noun(t.lemma_.lower()))]
    preps: dict[str, list] = {}
    for c in kids:  # "on Monday", "at 9 a.m." are times, not targets
        objs = [o for o in c.children if o.dep_ == "pobj" and o.ent_type_ not in (
            "DATE", "TIME")]
        if c.dep_ == "prep" and objs:
            preps.setdefault(c.lower_, []).extend(objs)
    subjects = [c for c in kids if c.dep_ == "nsubj"] if not _is_passive(trig) else []
    # the doer of a disaster: the subject, the noun a relative pronoun stands for ("the
    # quake, which struck at 1353"), the agent of a passive ("is struck by quakes")
    doers = [trig.head if t.lower_ in ("which", "that") and trig.dep_ == "relcl" else t
             for t in subjects] + [o for c in kids if c.dep_ == "agent"
                                   for o in c.children if o.dep_ == "pobj"]
    if trig.dep_ == "acl" and not subjects and not any(c.dep_ == "agent" for c in kids) and (
            trig.tag_ == "VBD" or trig.head.dep_ == "ROOT"):
        doers.append(trig.head)  # a past tense parsed as the modifier of a noun left as
        # the sentence's root: "A second quake of magnitude 7.5 struck around midday"
    if not subjects and trig.tag_ == "VB" and trig.dep_ in ("acl", "xcomp"):
        # "the worst hurricane to hit the Keys": the noun the infinitive describes
        doers += [trig.head] if trig.dep_ == "acl" else [
            c for c in trig.head.children if c.dep_ == "attr"]
    if etype.name in taxonomy.DISASTER_OVERRIDES and any(
            t.lemma_.lower() in taxonomy.DISASTER_SUBJECTS for t in _with_conjuncts(doers)):
        return by["disaster"]  # "an earthquake struck", "a storm hit the coast"
    if lemma in ("erupt", "break") and etype.name == "disaster" and (
            lemma == "erupt" or any(c.dep_ == "prt" and c.lower_ == "out" for c in kids)):
        kinds = [taxonomy.type_of_noun(t.lemma_.lower()) for t in subjects
                 if t.lemma_.lower() not in taxonomy.DISASTER_SUBJECTS]
        if kinds and kinds[0] is not None:
            return kinds[0]  # "civil war erupted" (fighting), "protests broke out"
        if any(t.lemma_.lower() in UNREST_NOUNS for t in subjects):
            return taxonomy.GENERIC  # "unrest erupted in the capital" (not "the volcano
            # erupted")
    if lemma == "target" and etype.name == "attack" and any(
            t.lemma_.lower() in SANCTION_NOUNS for t in subjects + (
                [trig.head] if trig.dep_ in ("acl", "relcl") else [])):
        return by["sanction"]  # "the sanctions target Russian banks", "sanctions
        # targeting Gazprom"
    if lemma == "respond" and any(o.lemma_.lower() in SCENE_NOUNS
                                  for o in preps.get("to", ())):
        return by["movement"]  # "helicopters responded to the scene"
    if lemma == "respond" and _acts_in_response(trig):
        return taxonomy.GENERIC  # "police responded by using tear gas": an act, no saying
    if lemma == "cut" and any(c.dep_ == "prt" and c.lower_ == "off" for c in kids) and any(
            o.lower_ in taxonomy.DISASTER_SUBJECTS | {"water", "snow", "rain", "floodwaters"}
            for c in kids if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by"
            for o in c.children if o.dep_ == "pobj"):
        return by["disaster"]  # "areas cut off by flooding"
    if lemma == "fire":
        if any(t.lemma_.lower() in taxonomy.WEAPON_NOUNS for t in und) or any(
                p in preps for p in ("at", "on", "upon", "into", "toward", "towards")):
            return by["attack"]
        if any(personish(t) for t in und) or any(
                o.ent_type_ == "ORG" or o.lemma_.lower() in taxonomy.POST_NOUNS
                for o in preps.get("from", ())) or any(
                o.lemma_.lower() in taxonomy.POST_NOUNS | names.PERSON_NOUNS
                for o in preps.get("as", ())):
            return by["personnel"]  # "he was fired from the company", "fired its coach",
            # "Cheeks, who was fired March 2 as head coach of the Blazers"
        return etype
    if lemma == "release":
        if any(o.lemma_.lower() in BAIL_NOUNS for o in preps.get("on", ())):
            return by["legal"]  # "released on bail", "on parole"
        if any(personish(t) for t in und):
            return by["withdrawal"]
        if any(t.lemma_.lower() in taxonomy.INFO_NOUNS or t.lower_ in taxonomy.INFO_NOUNS
               for t in und):
            return by["statement"]
        if any(t.pos_ in ("NOUN", "PROPN") or t.lower_ in ("it", "them") for t in und):
            return by["business"]  # a product, an album, a film
        return etype
    if lemma == "leave":
        objs = _with_conjuncts([c for c in kids if c.dep_ in ("dobj", "obj")])
        if any(c.dep_ == "prt" and c.lower_ == "behind" for c in kids):
            return taxonomy.GENERIC  # "leaves behind a company"
        if any((c.dep_ in ("oprd", "xcomp", "acomp", "ccomp") or
                c.dep_ in ("dobj", "obj") and c.pos_ == "ADJ") and c.lower_ in (
                "dead", "injured", "wounded", "homeless", "missing") for c in kids):
            return by["casualties"]  # "the blast left five dead", "leaves 44 dead"
        if any(o.ent_type_ == "ORG" or o.lemma_.lower() in taxonomy.POST_NOUNS
               or o.lemma_.lower() in names.COMPANY_NOUNS for o in objs):
            return by["personnel"]  # "Jobs left Apple", "he left his post"
        if objs and any(personish(o) for o in objs):
            return taxonomy.GENERIC  # "he left his wife"
        if objs and any(c.dep_ in ("oprd", "acomp", "xcomp") and c.pos_ == "ADJ"
                        for c in kids) or _is_passive(trig) and any(
                c.dep_ in ("oprd", "acomp", "xcomp") and c.pos_ == "ADJ" for c in kids) or \
                any(a.dep_ == "amod" and a.lower_ in LEFT_STATES and a.i > o.i
                    for o in objs for a in o.children):
            return taxonomy.GENERIC  # "left its key rate unchanged", "left it open"
        return by["movement"]  # "she left the country", "he left for Paris", "they left"
    if lemma == "call" and etype.name == "appeal":
        if any(c.dep_ in ("oprd", "ccomp", "acomp") for c in kids):
            return by["statement"]  # "called the attack an act of terror", "... critical"
        if "for" in preps or "on" in preps:
            return etype  # "called for calm", "called on them to leave"
        if any(c.dep_ == "prt" and c.lower_ == "off" for c in kids):
            return taxonomy.GENERIC  # "the match was called off"
        called = [c for c in kids if c.dep_ in ("dobj", "obj")]
        if called and all(t.pos_ == "NOUN" and taxonomy.is_eventive_noun(t.lemma_.lower())
                          and any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                  for c in t.children) for t in called):
            return taxonomy.GENERIC  # "called a strike", "called an election": the noun
            # is the event ("called the slaying 'a cold-blooded ...'" says what it was)
        if any(personish(t) or t.ent_type_ == "ORG" or t.lower_ in PHONE_CALLEES
               for t in und):
            return by["meeting"]  # "called police", "called 911" (CAMEO 041: by telephone)
        return etype
    if lemma == "launch":
        if any(t.lemma_.lower() in taxonomy.WEAPON_NOUNS for t in und):
            return by["attack"]  # "launched two missiles"
    if lemma in ("strike", "smash") and etype.name == "attack" and subjects and all(
            t.pos_ == "NOUN" and not t.ent_type_ and not personish(t)
            and t.lemma_.lower() not in taxonomy.WEAPON_NOUNS | _ATTACKER_NOUNS
            for t in _with_conjuncts(subjects)):
        return by["disaster"]  # "the left winglet struck the side of the hangar", "a wave
        # smashed the boat": a thing that strikes is an accident, not an attack
    part = next((c.lower_ for c in kids if c.dep_ in ("prt", "prep")
                 and c.lower_ in ("in", "out") and c.i == trig.i + 1), None)
    if (lemma, part) in (("push", "out"), ("bring", "in")) and any(
            personish(t) for t in und + preps.get(part, [])):
        return by["personnel"]  # "pushing out Jim O'Brien ... and bringing in Maurice
        # Cheeks": ousting and hiring
    if lemma == "play" and etype.name == "cooperation" and not any(
            t.lemma_.lower() in ("role", "part") for t in und):
        return taxonomy.GENERIC  # "played for 11 seasons with the team"; "playing a role"
        # in a war is cooperation
    if lemma in ("push", "demonstrate") and und and all(
            t.pos_ in ("NOUN", "PROPN") and not personish(t) and t.ent_type_ not in (
                "GPE", "LOC", "FAC", "ORG", "NORP") for t in und):
        return taxonomy.GENERIC  # "the jet was pushed back by a tug", "it demonstrates
        # continuing problems": pushing a thing, showing something
    if lemma == "capture" and etype.name == "territorial_change" and und and \
            not any(names_place(t) for t in und):
        if any(personish(t) or t.lemma_.lower() in names.PERSON_NOUNS for t in und):
            return by["coercion"]  # "police captured the fugitive"
        if all(t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in ("GPE", "LOC", "FAC")
               and t.lemma_.lower() not in PLACE_NOUNS | _TERRAIN_NOUNS for t in und):
            return taxonomy.GENERIC  # "footage captures the horrific event", "captured
            # the title"; "captured the town" is territory
    if lemma == "burn" and etype.name == "disaster" and any(
            o.ent_type_ == "MONEY" or o.lemma_.lower() in MONEY_NOUNS
            for o in und + [o for p in kids if p.dep_ == "prep" and p.lower_ == "through"
                            for o in p.children if o.dep_ == "pobj"]):
        return by["business"]  # "burned through $7.7 billion in cash"
    if lemma in ("lose", "gain") and etype.name == "territorial_change" and all(
            t.ent_type_ in ("MONEY", "PERCENT") or _is_measure(t) or t.lemma_.lower() in (
                "loss", "gain", "profit") for t in und) and any(
            c.dep_ in ("npadvmod", "dobj", "obj") and _is_measure(c) or c.ent_type_ in (
                "PERCENT", "MONEY") for c in kids):
        return by["business"]  # "the S&P 500 lost 7.6 percent", "shares gained 3 points",
        # "the company lost more than $80 billion"
    if lemma in ("lose", "gain") and etype.name == "territorial_change" and not und and \
            subjects and all(t.ent_type_ == "ORG" or _market_thing(t) or
                             t.lemma_.lower() in names.COMPANY_NOUNS
                             for t in _with_conjuncts(subjects)):
        return taxonomy.GENERIC  # "Amazon would gain", "shares lost"
    if lemma in ("lose", "gain") and etype.name == "territorial_change" and und and all(
            t.lower_ in ("more", "much", "less", "billions", "millions") or
            t.lemma_.lower() in MONEY_NOUNS for t in und):
        return by["business"]  # "investors stand to lose more", "lost money"
    if etype.name == "attack" and lemma in BLOW_VERBS and und and all(
            _market_thing(t) or _economic(t) for t in und):
        return taxonomy.GENERIC  # "continued to hit global stock markets"
    if etype.name == "sanction" and und and all(_economic(t) for t in und):
        return by["business"]  # "cut interest rates", "will cut 1,825 jobs", "trading was
        # halted", "froze prices"; "cut aid", "halted the offensive" stay
    if lemma in PRICE_VERBS and etype is taxonomy.GENERIC and und and all(
            _economic(t) for t in und):
        return by["business"]  # "lowered its key rate", "raised prices": as "cut" is
    ralliers = subjects or [c for c in kids if c.dep_ == "compound"]  # (a headline parse)
    if lemma == "rally" and etype.name == "protest" and ralliers and all(
            t.lemma_.lower() in MARKET_NOUNS or any(
                c.lemma_.lower() in MARKET_NOUNS for c in t.children if c.dep_ == "compound")
            or t.pos_ == "PROPN" and not personish(t) and t.ent_type_ not in ("NORP", "ORG")
            for t in _with_conjuncts(ralliers)):
        return by["business"]  # "stock markets rallied", "the dollar rallied"; "supporters
        # rallied" is a protest
    if lemma == "hit" and etype.name == "attack" and (und and all(
            t.lemma_.lower() in MARK_NOUNS for t in und) or any(
            c.dep_ in ("advmod", "npadvmod") and c.lemma_.lower() in MARK_NOUNS
            for c in kids) or subjects and all(
            t.lemma_.lower() in MARKET_NOUNS or any(
                c.dep_ == "compound" and c.lemma_.lower() in MARKET_NOUNS
                for c in t.children) for t in _with_conjuncts(subjects))):
        return taxonomy.GENERIC  # "hit a 26-year low", "hit a record": a level reached;
        # "Oil prices hit record high" (no attack by prices)
    if lemma in ("sink", "crash", "plunge", "tumble", "collapse") and \
            etype.name in ("disaster", "attack") and subjects and all(
                _market_or_company(t) for t in _with_conjuncts(subjects)):
        return taxonomy.GENERIC  # "shares of Sony sank 10 percent": no shipwreck
    if lemma == "send" and etype.name == "deployment" and (any(
            _market_or_company(t) for t in und) or any(
            o.lemma_.lower() in MARK_NOUNS for o in preps.get("to", ()))):
        return taxonomy.GENERIC  # "sent the Dow to a five-year low"
    if lemma == "push" and etype.name == "attack" and "for" in preps:
        return by["appeal"]  # "GM pushed hard for a deal"
    if lemma == "deliver" and etype.name == "aid" and _vehicles(und):
        return by["business"]  # "Nissan delivered the first Leaf to a customer"
    if lemma == "replace" and etype.name == "personnel" and und and not any(
            personish(t) or t.lemma_.lower() in taxonomy.POST_NOUNS | names.PERSON_NOUNS
            or t.ent_type_ in ("PERSON", "ORG") for t in und):
        return taxonomy.GENERIC  # "replacing accelerator pedals"; "to replace Mulally"
    if lemma == "deal" and etype.name == "agreement" and any(
            c.dep_ == "prep" and c.lower_ == "with" for c in kids) and not any(
            personish(o) or o.ent_type_ in ("ORG", "GPE", "NORP")
            for o in preps.get("with", [])):
        return taxonomy.GENERIC  # "to deal with slumping sales"
    if lemma == "meet" and etype.name == "meeting" and _is_passive(trig) and any(
            not personish(o) and o.ent_type_ not in ("ORG", "GPE", "NORP", "PERSON")
            for o in preps.get("with", ())):
        return taxonomy.GENERIC  # "the plan was met with skepticism"
    if lemma == "join" and etype.name == "cooperation" and subjects and all(
            _market_or_company(t) and not t.ent_type_ == "ORG" or t.lower_ in ("street",)
            for t in _with_conjuncts(subjects)):
        return taxonomy.GENERIC  # "Wall Street joined world stock markets in the sell-off"
    if lemma == "use" and etype.name == "cooperation" and und and all(
            t.lemma_.lower() in MONEY_NOUNS or t.ent_type_ == "MONEY" for t in und):
        return by["business"]  # "Visa is using the proceeds to pay debt"
    if lemma == "go" and etype.name == "movement" and (any(
            c.dep_ in ("acomp", "oprd", "advmod") and c.lower_ in ("public", "private",
                                                               "bankrupt", "bust")
            for c in kids) or any(o.lemma_.lower() in ("sale", "market") for o in
                                  preps.get("on", []) + preps.get("to", []))):
        return by["business"]  # "Tesla will go public", "the Leaf will go on sale"
    if etype.name == "attack" and lemma in BLOW_VERBS and doers and all(
            _economic_force(t) for t in _with_conjuncts(doers)):
        return taxonomy.GENERIC  # "banks were hit by the credit crunch", "the crisis hit
        # Europe": no attack
    if etype.name == "attack" and lemma in ("intensify", "advance", "push") and subjects and \
            all(not personish(t) and t.ent_type_ not in ("ORG", "NORP", "GPE") and (
                t.lemma_.lower() in MARKET_NOUNS or _economic_force(t) or
                t.pos_ == "PROPN") and t.lemma_.lower() not in FORCE_NOUNS and not (
                taxonomy.is_eventive_noun(t.lemma_.lower()) and (taxonomy.type_of_noun(
                    t.lemma_.lower()) or taxonomy.GENERIC).name in ("attack", "fighting"))
                for t in _with_conjuncts(subjects)):
        return taxonomy.GENERIC  # "the crisis intensified", "stocks advanced 2 percent";
        # "fighting intensified", "troops advanced" stay
    if etype.name == "fighting" and lemma in ("fight", "battle", "struggle") and (any(
            c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to"
                                                 for a in c.children)
            for c in kids) or any(
            not personish(o) and o.ent_type_ not in ("GPE", "LOC", "FAC", "ORG", "NORP")
            and not names_place(o) and o.lemma_.lower() not in PLACE_NOUNS | _TERRAIN_NOUNS
            for o in preps.get("for", ()))):
        return taxonomy.GENERIC  # "battled to dispel fears", "vowed to fight for
        # parliamentary approval"; "fought for Bakhmut" is fighting
    if etype.name == "movement" and any(
            o.lemma_.lower() in INSOLVENCY_WORDS for o in preps.get("into", ())):
        return by["business"]  # "went into receivership"
    if lemma == "step" and etype.name == "personnel" and any(
            c.dep_ in ("prt", "advmod") and c.lower_ in ("in", "up") for c in kids):
        return taxonomy.GENERIC  # "stepped in to rescue the company", "stepped up
        # efforts"; "stepped down" is a departure
    if lemma == "file" and etype.name == "legal" and any(
            o.lemma_.lower() in INSOLVENCY_WORDS | {"protection", "chapter"} or any(
                x.lemma_.lower() in INSOLVENCY_WORDS for x in o.children
                if x.dep_ in ("compound", "amod", "nmod"))
            for o in preps.get("for", ())):
        return by["business"]  # "filed for bankruptcy", "filed for Chapter 11 protection"
    if etype.name in MARKET_MOVE_TYPES and subjects and all(
            _market_thing(t) for t in _with_conjuncts(subjects)):
        return taxonomy.GENERIC  # "broader stock indicators advanced", "shares
        # retreated", "crude prices moved above $71", "the index breached 5,000"
    if lemma == "send" and etype.name == "deployment" and (any(
            t.lemma_.lower() in SHOCK_NOUNS for t in und) or any(
            c.dep_ in ("advmod", "prt") and c.lower_ == "home" or c.dep_ in ("xcomp", "ccomp")
            and c.tag_ == "VBG" for c in kids)):
        return taxonomy.GENERIC  # "sent shockwaves through markets", "sent dealers
        # scrambling", "sends 10,500 employees home"
    if lemma == "meet" and etype.name == "meeting" and und and all(
            t.lemma_.lower() in MET_NOUNS or _economic(t) for t in und):
        return taxonomy.GENERIC  # "meet its debt obligations", "met expectations"
    if lemma == "help" and etype.name == "aid" and any(
            c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB" for c in kids) and subjects and \
            all(_economic(t) or _economic_force(t) or _market_thing(t) for t in subjects):
        return taxonomy.GENERIC  # "lower rates helped fuel the rally"
    if lemma == "supply" and etype.name == "aid" and und and all(
            t.lemma_.lower() in PRODUCT_NOUNS | VEHICLE_NOUNS | COMMODITY_WORDS for t in und):
        return by["business"]  # "Plastech supplied components", "supply cars"
    if lemma == "call" and etype.name == "appeal" and any(
            c.dep_ == "prt" and c.lower_ in ("back", "in") for c in kids):
        return by["business"]  # "loans would be called back"
    if lemma == "demonstrate" and etype.name == "protest" and any(
            c.dep_ == "ccomp" or c.dep_ in ("dobj", "obj") and not c.ent_type_ and not any(
                x.lower_ in ("outside", "near", "at", "in") for x in c.children)
            and c.lemma_.lower() not in PLACE_NOUNS | PROTEST_SITE_NOUNS for c in kids):
        return taxonomy.GENERIC  # "must demonstrate how they would become viable"
    if lemma == "intensify" and etype.name == "attack" and (
            trig.dep_ == "amod" and (_economic_force(trig.head) or
                                     trig.head.lemma_.lower() in MARKET_FORCE_NOUNS)
            or und and all(_economic_force(t) or t.lemma_.lower() in MARKET_FORCE_NOUNS
                           for t in und)):
        return taxonomy.GENERIC  # "intensifying competition from Asian carmakers"
    if lemma in PLANT_ACTION_VERBS and etype.name != "business" and und and all(
            t.lemma_.lower() in PLANT_NOUNS | ECONOMIC_NOUNS or _economic(t) or any(
                x.lemma_.lower() in PLANT_NOUNS for x in t.subtree)
            for t in und):
        return by["business"]  # "will idle all 30 of its plants", "shutting down four
        # plants", "eliminate about 2,260 jobs"
    if lemma == "disrupt" and etype.name == "attack" and und and all(
            _economic(t) or t.lemma_.lower() in ("supply", "supplies", "market", "markets",
                                                 "trading", "flow", "flows")
            for t in und):
        return taxonomy.GENERIC  # "disrupt oil supplies", "disrupted trading"
    if lemma in ("fight", "battle") and etype.name == "fighting" and und and all(
            _economic(t) or _economic_force(t) for t in und):
        return taxonomy.GENERIC  # "Kingfisher battles rising costs"
    if lemma == "withdraw" and etype.name == "withdrawal" and und and all(
            t.lemma_.lower() in MONEY_NOUNS or _is_measure(t) or t.ent_type_ == "MONEY"
            for t in und):
        return by["business"]  # "withdrawing their money from funds"
    if lemma == "deliver" and etype.name == "aid" and und and all(
            t.lemma_.lower() in PRODUCT_NOUNS | VEHICLE_NOUNS for t in und):
        return by["business"]  # "could not deliver its parts"
    if lemma == "support" and etype.name == "aid" and und and all(
            _economic(t) or t.lemma_.lower() in ("one", "job", "jobs") and any(
                _economic(x) for x in t.subtree) for t in und):
        return taxonomy.GENERIC  # "the plants support one in 10 U.S. jobs"
    if lemma == "stay" and etype.name == "movement" and any(
            o.lemma_.lower() in INSOLVENCY_WORDS | {"protection", "chapter", "business"}
            for o in preps.get("in", ())):
        return by["business"]  # "will stay in Chapter 11 until next year"
    if lemma in ("oust", "remove", "dismiss") and etype.name != "personnel":
        people = list(und)
        if _is_passive(trig):
            people += _with_conjuncts([c for c in kids if c.dep_ == "nsubjpass"])
            if trig.dep_ == "relcl":
                people.append(trig.head)  # "executives who have been dismissed"
        if any(personish(t) or t.lemma_.lower() in names.PERSON_NOUNS | {"executives"}
               for t in people):
            return by["personnel"]  # "the board ousted its chairman", "removed two
            # executives"; "dismissed the appeal" stays
    if lemma == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in kids):
        return by["rejection"]  # "did not rule out seeking more money": no ruling
    if lemma == "write" and any(c.dep_ == "prt" and c.lower_ in ("down", "off")
                                for c in kids):
        return by["business"]  # "wrote down $10 billion", "wrote off its stake"
    if lemma == "add" and etype.name == "statement" and not any(
            c.dep_ in ("ccomp", "parataxis") for c in kids) and not any(
            q in trig.sent.text for q in QUOTES) and (und or "to" in preps):
        return taxonomy.GENERIC  # "Congress added $2 billion to the program", "would add
        # to its earnings"; "he added that ..." is said
    if lemma == "run" and etype.name == "movement" and und and all(
            t.pos_ in ("NOUN", "PROPN") and not personish(t) and
            t.lemma_.lower() not in RUN_COURSES for t in und):
        return by["business"] if any(
            t.ent_type_ == "ORG" or t.lemma_.lower() in names.COMPANY_NOUNS | RUN_BUSINESS
            for t in und) else taxonomy.GENERIC  # "ran a fund", "ran a scheme"
    if lemma == "exercise" and etype.name == "deployment" and und:
        return by["business"] if any(t.lemma_.lower() in ("option", "right", "warrant")
                                     for t in und) else taxonomy.GENERIC  # "exercises
        # options on five Boeing 737s", "exercised its veto": no drill of troops
    if lemma == "execute" and etype.name == "casualties" and und and all(
            (t.pos_ == "NOUN" or t.lower_ == "it") and not personish(t) and
            t.lemma_.lower() not in names.PERSON_NOUNS for t in und):
        return taxonomy.GENERIC  # "executing a plan", "executed boarding action";
        # "executed two prisoners", "executed two of them" stay
    if lemma in ("move", "run", "stay") and etype.name == "movement" and not und and any(
            (lemma == "run" and p.lower_ in ("until", "till", "through") or
             lemma == "stay" and p.lower_ == "as" or p.lower_ == "in" and any(
                 o.lemma_.lower() in ("direction", "way") for o in p.children))
            for p in kids if p.dep_ == "prep"):
        return taxonomy.GENERIC  # "moving in the right direction", "the show will run
        # until January 25", "a vote to stay as leader"
    if lemma in ("stay", "remain") and etype.name == "movement" and any(
            c.dep_ in ("acomp", "oprd", "attr") for c in kids):
        return taxonomy.GENERIC  # "rates would stay low": no one goes anywhere
    if etype.name == "movement" and "to" in preps and all(
            o.lemma_.lower() in (RETURN_STATES if lemma == "return" else BUSINESS_STATES)
            for o in preps["to"]):
        # a state one returns to, no place: a business's ("Citigroup returns to profit",
        # "returned to the private sector"), else generic ("returned to normal")
        return by["business"] if all(o.lemma_.lower() in BUSINESS_STATES
                                     for o in preps["to"]) else taxonomy.GENERIC
    if lemma == "take" and any(c.dep_ == "prt" and c.lower_ == "over" for c in kids) and \
            "as" in preps:
        return by["personnel"]  # "took over as chief executive"
    if lemma == "warn" and etype.name == "threat" and any(
            c.dep_ == "ccomp" or c.dep_ == "prep" and c.lower_ in ("of", "about")
            for c in kids):
        return by["statement"]  # "warned that a recovery would not happen", "warned of
        # job cuts": a statement; "warned Iran against ..." stays a threat
    if lemma == "threaten" and etype.name == "threat" and subjects and all(
            t.pos_ == "NOUN" and not personish(t) and (
                t.lemma_.lower() in MARKET_NOUNS | ECONOMIC_NOUNS or
                taxonomy.is_eventive_noun(t.lemma_.lower()))
            for t in _with_conjuncts(subjects)):
        return taxonomy.GENERIC  # "a strong yen threatened the recovery", "the crisis
        # threatens jobs": no one threatens
    if lemma == "run" and etype.name == "movement" and any(c.dep_ in ("prt", "prep") and
                                                           c.lower_ == "out" for c in kids) \
            and any(o.dep_ == "pobj" and o.lemma_.lower() in RESOURCE_NOUNS
                    for p in list(kids) + [g for c in kids for g in c.children]
                    if p.dep_ == "prep" and p.lower_ == "of" for o in p.children):
        return taxonomy.GENERIC  # "could run out of money"; "ran out of buildings" is
        # movement
    if lemma in ("lose", "gain") and etype.name == "territorial_change" and und and all(
            t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in ("GPE", "LOC", "FAC")
            and not names_place(t) and t.lemma_.lower() not in PLACE_NOUNS | _TERRAIN_NOUNS
            | {"control"} for t in und):
        if lemma == "lose" and any(
                personish(t) or t.lemma_.lower() in names.PERSON_NOUNS | _MATERIEL_NOUNS
                for t in und):
            return by["casualties"]  # "lost a landing ship", "lost 12 soldiers"
        return taxonomy.GENERIC  # "lost market share", "lost the match", "gaining market
        # share"; "lost Avdiivka", "gained control of" are territory
    if lemma == "collapse" and etype.name == "disaster" and any(
            personish(t) for t in _with_conjuncts(subjects or (
                [c for c in trig.head.children if c.dep_ == "nsubj"]
                if trig.dep_ == "conj" else []))):
        return taxonomy.GENERIC  # "she collapses to the ground": a person, no disaster
    if lemma == "recall" and etype.name == "business" and not any(
            c.dep_ in ("dobj", "obj", "nsubjpass") and (
                c.lemma_.lower() in RECALLED_NOUNS or c.pos_ == "PROPN" or any(
                    n.dep_ == "nummod" for n in c.children))
            for c in kids):
        return taxonomy.GENERIC  # "she recalled the day": remembering; "recalled 1.3
        # million vehicles" is business
    collapsers = subjects or ([c for c in trig.head.children if c.dep_ in ("dobj", "obj")]
                              if trig.dep_ in ("xcomp", "ccomp") else [])
    if lemma == "collapse" and etype.name == "disaster" and collapsers and all(
            taxonomy.is_eventive_noun(t.lemma_.lower()) or t.ent_type_ == "ORG" or
            t.lemma_.lower() in MARKET_NOUNS | names.COMPANY_NOUNS | SYSTEM_NOUNS
            for t in _with_conjuncts(collapsers)):
        return taxonomy.GENERIC  # "talks with its lenders collapsed", "the bank collapsed",
        # "the market collapsed", "allowing the auto industry to collapse": no disaster

    if lemma == "succeed" and etype.name == "personnel" and not any(
            c.dep_ in ("dobj", "obj") for c in kids) and "as" not in preps:
        return taxonomy.GENERIC  # "the alliance would succeed"; "succeeded Jobs as CEO"
        # is personnel
    if lemma == "plead" and any(c.lower_ in ("guilty", "innocent", "contest") or
                                c.dep_ == "prep" and c.lower_ == "to" for c in kids):
        return by["legal"]  # "pleaded guilty", "pleaded not guilty to murder"; not
        # "pleaded for help"
    if lemma == "hold" and etype.name == "fighting":
        if any(personish(t) for t in und):
            return by["coercion"]  # "the prisoners it held", "he was held in custody"
        if any(t.ent_type_ in ("GPE", "LOC", "FAC") or t.lemma_.lower() in
               _TERRAIN_NOUNS | PLACE_NOUNS for t in und):
            return etype  # "held the town", "held their positions"
        return taxonomy.GENERIC  # "held a record", "holds shares"
    return etype


_ROUND_ORDER = re.compile(r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
                          r"|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th)|final|opening|last"
                          r"|next|new|previous|latest|early|late|later|qualifying)\Z")


def _stage_round(tok) -> bool:
    """Whether "round" names a stage of a contest ("stopped Thompson in the sixth round",
    "the final round"), not ammunition ("fired a second round", "rounds of ammunition")
    nor the event it is a round of ("a new round of talks": the talks)."""
    if tok.head.lemma_.lower() in ("fire", "shoot", "load", "discharge", "empty") or any(
            o.lemma_.lower() in ("ammunition", "ammo", "bullet", "shot", "fire", "gunfire")
            for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children):
        return False
    return any(c.dep_ in ("amod", "nummod", "compound") and _ROUND_ORDER.match(c.lower_)
               for c in tok.children) and not any(
        p.dep_ == "prep" and p.lower_ == "of" for p in tok.children)  # "a round of talks"
        # is the talks


def _scheduled_for(tok, heads) -> bool:
    """Whether the timex token is (in) the time a verb of fixing among ``heads`` sets ("set
    for October 28", "penciled in for October"; not "delayed until October 2007": a
    delay lasts until then): ``graph.temporal.tense.scheduling_verb``."""
    from .temporal.tense import FIXING, scheduling_verb
    t = tok
    while t.dep_ in ("compound", "nummod", "amod", "det", "npadvmod") and t.head.i != t.i:
        t = t.head  # up to the timex's head noun
    v = scheduling_verb(t)
    return v is not None and v.lemma_.lower() in FIXING and any(v.i == h.i for h in heads)


def _verdict_of(adj):
    """The verb "find" of a verdict adjective ("the jury found him guilty", also parsed as
    a small clause or as the object's modifier: "found Orozco, 29, guilty of murder"), or
    None."""
    if adj.lemma_.lower() not in taxonomy.ADJECTIVE_EVENTS or \
            taxonomy.ADJECTIVE_EVENTS[adj.lemma_.lower()] != "legal":
        return None
    h = adj.head
    if adj.dep_ == "amod" and h.i < adj.i and h.dep_ in ("dobj", "obj", "nsubjpass"):
        h = h.head
    elif adj.dep_ not in ("ccomp", "oprd", "acomp", "xcomp"):
        return None
    return h if h.lemma_.lower() == "find" and h.i != adj.i else None


def _market_thing(tok) -> bool:
    """Is this subject a thing of the markets ("stock indicators", "crude prices", "the
    Nikkei", "Asian shares"), no one who acts?"""
    if tok.lemma_.lower() in MARKET_THING_NOUNS or tok.lower_ in MARKET_THING_NOUNS:
        return tok.ent_type_ not in ("PERSON", "NORP") or tok.pos_ == "NOUN"
    return tok.pos_ == "PROPN" and _market_index([tok])


def _price_move(tok) -> bool:
    """Is this "up" or "down" a price's or an index's move by an amount ("AIG shares were
    down 15 percent", "the Nikkei was up 1.3%", "SSE was up 1.2 per cent")?"""
    if tok.lower_ not in ("up", "down") or tok.pos_ not in ("ADV", "ADJ", "ADP") or \
            tok.dep_ not in ("advmod", "acomp", "prt") or tok.head.lemma_ != "be":
        return False
    return any(c.dep_ in ("npadvmod", "nummod", "dobj", "pobj") and (
        _is_measure(c) or c.ent_type_ in ("PERCENT", "MONEY") or c.like_num)
        for c in tok.children)


def _predicated_of(adj) -> list:
    """Whom an event adjective is said of: its own subject ("found Orozco guilty" parsed as
    a small clause), "left three workers dead" (the object), "was found dead" (the
    passive subject), "he is dead" (the subject), "three people dead" (the noun it
    follows)."""
    own = [c for c in adj.children if c.dep_ in ("nsubj", "nsubjpass")]
    if own:  # a small clause with its own subject: "found [Orozco guilty]"
        return _with_conjuncts(own)
    head = adj.head
    if adj.dep_ in ("oprd", "xcomp", "acomp", "ccomp", "advcl") and head.pos_ in ("VERB", "AUX"):
        deps = ("nsubjpass",) if _is_passive(head) else (
            ("dobj", "obj") if adj.dep_ == "oprd" else ("nsubj",))
        found = [c for c in head.children if c.dep_ in deps]
        if found:
            return _with_conjuncts(found)
    if adj.dep_ in ("amod", "appos") and head.i < adj.i:
        return [head]
    return [c for c in adj.children if c.dep_ in ("nsubj", "nsubjpass")]


def _eventive_object(verb):
    for c in verb.children:
        if c.dep_ in ("dobj", "obj") and c.pos_ == "NOUN" and taxonomy.is_eventive_noun(c.lemma_):
            return c
    return None


def _is_according_object(tok) -> bool:
    return tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according"


def _np_text(tok) -> str:
    toks = [t for t in tok.subtree if _within_np(t, tok) and t.dep_ not in ("det",)
            or t.i == tok.i]
    toks = [t for t in toks if not (t.dep_ == "det" and t.lower_ in ("a", "an", "the"))]
    if not toks:
        return tok.text
    toks.sort(key=lambda t: t.i)
    s = "".join(t.text_with_ws for t in tok.doc[toks[0].i:toks[-1].i + 1])
    return _norm_space(s)


def _quoted_from(ev: Event, speakers: list[Source]) -> Event:
    """The event of a quotation with its speakers among its sources, reported."""
    out = []
    for c in ev.claims:
        srcs = c.sources + tuple(s for s in speakers if s not in c.sources)
        modality = "reported" if c.modality == "asserted" else c.modality
        out.append(dataclasses.replace(c, sources=srcs, modality=modality))
    return dataclasses.replace(ev, claims=tuple(out))


def _in_quotes(sent, scope: set[int]) -> bool:
    if not scope:
        return False
    first, last = min(scope), max(scope)
    doc = sent.doc
    before = doc[sent.start:first].text
    after = doc[last + 1:sent.end].text if last + 1 <= sent.end else ""
    inner = doc[first:last + 1].text
    opens = sum(before.count(q) for q in QUOTES)
    marks = sum(sent.text.count(q) for q in QUOTES)
    return bool(opens % 2 == 1 or (any(q in inner[:2] for q in QUOTES)) or
                (any(q in after[:3] for q in QUOTES) and (opens % 2 == 1 or marks % 2 == 1)))
    # (a sentence that starts inside a quotation opened in the sentence before: 'We have
    # sold the dollar," said John Taylor')


def _quoted(tok) -> bool:
    """Is the token inside quotation marks: after an odd number of them in its sentence,
    counting the closing mark of a quotation the sentence starts inside as the second
    ('He murdered Deputy Sheriff Jerry Ortiz, ...," Stirling said': "He" is quoted,
    "said" is not)?"""
    sent = tok.sent
    marks = [t for t in sent if any(q in t.text for q in QUOTES)]
    before = sum(1 for t in marks if t.i < tok.i)
    starts_inside = False
    if len(marks) % 2:
        first = marks[0]
        nxt = first.doc[first.i + 1] if first.i + 1 < len(first.doc) else None
        starts_inside = first.text in "\u201d\u00bb" or first.text == '"' and (
            nxt is None or nxt.i >= sent.end or bool(first.whitespace_) and
            not nxt.is_punct) and first.i > sent.start
    return (before + starts_inside) % 2 == 1


def _clause_tokens(verb) -> set[int]:
    """Token indices of the verb's own clause: its subtree minus nested clauses."""
    out = {verb.i}
    stack = list(verb.children)
    while stack:
        t = stack.pop()
        if t.dep_ in CLAUSE_DEPS and t.pos_ in ("VERB", "AUX") or t.lower_ == "according":
            continue
        out.add(t.i)
        stack += list(t.children)
    return out


def _modifier_clauses(tok) -> set[int]:
    """Indices of the clauses describing a noun (relative clauses, participle and
    infinitive modifiers) that contain the token."""
    out = set()
    t = tok
    while True:
        if t.dep_ in ("relcl", "acl"):
            out.add(t.i)
        if t.head.i == t.i:
            return out
        t = t.head


def _background_clauses(tok) -> set[int]:
    """The clauses containing the token that describe a participant or a thing, not an
    event: relative clauses and participle/infinitive modifiers of a noun or pronoun
    that is not an event noun ("a man who was fired last week", "the aid package
    unveiled on Sunday"; not "the quake, which struck on Sunday")."""
    doc = tok.doc
    return {c for c in _modifier_clauses(tok)
            if doc[c].head.pos_ in NOUN_POS + ("PRON",)
            and not taxonomy.is_eventive_noun(doc[c].head.lemma_.lower())}


# what a plan is given up by ("scrapped plans to nationalise Glitnir")
CALL_OFF_VERBS = frozenset("scrap abandon drop cancel shelve ditch withdraw axe".split())
PLAN_NOUNS = frozenset("plan plans proposal proposals bid bids offer effort efforts attempt "
                       "idea deal talks".split())
# what a possibility is said of, and fears
POSSIBLE_WORDS = frozenset("possible likely probable unlikely expected imminent".split())
FEAR_WORDS = frozenset("fear fears worry worries concern concerns speculation rumour "
                       "rumours rumor rumors prospect prospects risk".split())


def _called_off(tok) -> bool:
    """Is this event the content of a plan given up ("scrapped plans to nationalise",
    "abandoned its bid for Yahoo", "dropped efforts to sell the unit")?"""
    t = tok
    for _ in range(3):
        head = t.head
        if head.i == t.i:
            return False
        if head.pos_ in ("NOUN",) and head.lower_ in PLAN_NOUNS and \
                t.dep_ in ("acl", "xcomp", "prep", "pobj", "relcl"):
            return head.dep_ in ("dobj", "obj", "nsubjpass") and \
                head.head.lemma_.lower() in CALL_OFF_VERBS
        if head.lower_ in ("for", "of", "to") and head.dep_ == "prep":
            t = head
            continue
        if head.pos_ in ("VERB", "AUX") and t.dep_ == "xcomp" and \
                head.lemma_.lower() in CALL_OFF_VERBS:
            return True
        t = head
    return False


def _possible_or_feared(tok) -> bool:
    """Is this event said to be possible ("cuts were possible", "a possible recession") or
    feared ("fears that the economy was heading into a recession")?"""
    if any(c.dep_ == "amod" and c.lower_ in POSSIBLE_WORDS | {"potential"}
           for c in tok.children):
        return True
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_ == "be" and any(
            c.dep_ == "acomp" and c.lower_ in POSSIBLE_WORDS for c in tok.head.children):
        return True
    if tok.pos_ not in ("VERB", "AUX"):
        return False  # (what the feared clause is about exists: "fears that the crisis
        # could spread", "concerns that the earthquake would cause tsunamis")
    t = tok
    for _ in range(4):
        if t.head.i == t.i:
            return False
        if t.dep_ in ("acl", "ccomp", "relcl") and t.head.lower_ in FEAR_WORDS or \
                t.dep_ == "ccomp" and t.head.lemma_.lower() in ("fear", "worry"):
            return True
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("conj", "xcomp", "acl", "ccomp"):
            return False
        t = t.head
    return False


def _pluperfect(verb) -> bool:
    """Is this verb in the pluperfect ("had been halted", "had fired")?"""
    return verb.pos_ in ("VERB", "AUX") and verb.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d", "’d") for c in verb.children)


def _does_business(head) -> bool:
    """Is this name the subject of a verb of business ("Tata completes ... acquisition",
    "Ford sold Volvo", "Toyota recalled")?"""
    if head.dep_ != "nsubj" or head.head.pos_ != "VERB":
        return False
    verb = head.head
    lemma = verb.lemma_.lower()
    if taxonomy.type_of_verb(lemma).name == "business" and lemma not in ("announce",):
        return True
    if taxonomy.type_of_verb(lemma).name == "sanction" and any(
            c.dep_ in ("dobj", "obj") and _economic(c) for c in verb.children):
        return True  # "Ford will cut 2,000 jobs"
    if lemma in ("post", "report", "record", "book") and any(
            c.dep_ in ("dobj", "obj") and c.lemma_.lower() in RESULT_NOUNS
            for c in verb.children):
        return True  # "Ford posts $123m quarterly loss"
    return lemma in ("complete", "finalise", "finalize", "close") and any(
        c.dep_ in ("dobj", "obj") and (taxonomy.type_of_noun(c.lemma_.lower()) or
                                       taxonomy.GENERIC).name == "business"
        for c in verb.children)


# what a company has and a person has not: "Ford's chairman", "Ford shares", "Porsche's
# plant"
# (what a company has and a town has not, but a person's loss or recall: "Ford's loss")
COMPANY_PART_NOUNS = COMPANY_TITLE_NOUNS - {"loss", "losses", "recall", "recalls"} | frozenset(
    "shares executive plant factory dealer dealership subsidiary unit division brand sale "
    "sales workforce employee employees".split())


# verbs a person speaks with ("Tata said"), not a company's announcing ones
SAYING_VERBS = frozenset("say tell add explain note insist argue write recall".split())


def _currency_country(toks) -> bool:
    """Is this mention the country of a currency written after an amount ("raised $500
    million US", "C$2 billion Cdn")?"""
    if len(toks) != 1 or toks[0].text not in ("US", "U.S.", "Cdn", "CDN", "Can", "NZ", "AU"):
        return False
    doc, i = toks[0].doc, toks[0].i
    prev = doc[i - 1] if i > 0 else None
    if i + 1 < len(doc) and doc[i + 1].pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
        return False  # "a $40 billion US airtanker contract": the contract's country
    return prev is not None and (prev.like_num or prev.lower_ in (
        "million", "billion", "trillion", "bn", "m")) and any(
        t.text.endswith("$") for t in doc[max(0, i - 5):i])


# periods a company's figures cover: "the three months ended Sept. 30"
ACCOUNTING_PERIOD_NOUNS = frozenset("month months quarter quarters period year years week "
                                    "weeks half".split())


def _period_end(tok) -> bool:
    """Is this token of a date the end of an accounting period ("for the three months
    ended Sept. 30", "the quarter ending June 30", "the year to March 31")?"""
    x = tok
    for _ in range(3):
        if x.dep_ in ("npadvmod", "pobj", "dobj", "nummod", "compound") and \
                x.head.i != x.i:
            h = x.head
            if h.lemma_.lower() in ("end", "close") and h.tag_ in ("VBN", "VBG", "VBD") and \
                    h.dep_ in ("acl", "relcl") and \
                    h.head.lemma_.lower() in ACCOUNTING_PERIOD_NOUNS:
                return True
            if h.lower_ == "to" and h.dep_ == "prep" and \
                    h.head.lemma_.lower() in ACCOUNTING_PERIOD_NOUNS:
                return True
            if h.lower_ in ("ended", "ending") and h.dep_ == "prep" and \
                    h.head.lemma_.lower() in ACCOUNTING_PERIOD_NOUNS:
                return True
            x = h
        else:
            break
    return False


def _in_according(tok) -> bool:
    """Is this token inside an "according to" phrase?"""
    for a in tok.ancestors:
        if a.lower_ == "according" or a.lower_ == "to" and a.head.lower_ == "according":
            return True
    return False


def _ticker_after(text: str, e, orgs_by_end: dict) -> bool:
    """Is this mention a stock ticker in brackets right after an organisation's name
    that it is no acronym of ("Cisco Systems Inc. (CSCO)")?"""
    if not re.fullmatch(r"[A-Z]{2,5}", e.name) or text[e.start - 1:e.start] != "(" or \
            text[e.end:e.end + 1] != ")":
        return False
    m = re.search(r"\S(\s*)\($", text[max(0, e.start - 80):e.start])
    if m is None:
        return False
    org = orgs_by_end.get(e.start - 1 - len(m.group(1)))
    if org is None:
        return False
    words = [w for w in re.findall(r"[A-Za-z]+", names.canonical_org(org.name))
             if w[0].isupper()]
    initials = "".join(w[0] for w in words)
    # (only after a name with its legal form, where a listing is given, and not a short
    # name the article goes on using: "Singapore Airlines (SIA)")
    return e.name not in (initials, initials.upper()) and not org.name.startswith(e.name) \
        and names.canonical_org(org.name) != org.name and \
        len(re.findall(r"\b" + re.escape(e.name) + r"\b", text)) == 1


def _earlier_move(tok, verb) -> bool:
    """Is this date's token in a clause of another market move the verb came after or
    before ("rose 51 points [after falling 41 on Monday]")?"""
    for a in tok.ancestors:
        if a.i == verb.i:
            return False
        if a.pos_ == "VERB" and a.lemma_.lower() in MARKET_MOVE_VERBS:
            link = a.head if a.dep_ == "pcomp" else next(
                (c for c in a.children if c.dep_ == "mark"), None) if a.dep_ == "advcl" \
                else None
            return link is not None and link.lower_ in ("after", "before", "following") \
                and (a.head.i == verb.i or a.head.head.i == verb.i)
    return False


def _modifies_noun_of(tok, nouns: frozenset) -> bool:
    """Does this name modify one of these lower-case nouns, through other modifiers too
    ("its Hummer SUV brand")?"""
    x = tok
    for _ in range(3):
        if x.dep_ not in ("compound", "nmod") or x.head.i == x.i:
            return False
        x = x.head
        if x.lemma_.lower() in nouns and x.text.islower():
            return True
    return False


def _unit_named(tok) -> bool:
    """Does this name modify a company's unit ("its Hummer brand", "its Hummer SUV brand",
    "the Opel unit")?"""
    return _modifies_noun_of(tok, UNIT_NOUNS)


def _business_site_named(tok) -> bool:
    """Does this name modify a business's site ("the Mat Maid warehouse", "the Mat Maid
    dairy", "the Acme bottling plant")?"""
    if tok.dep_ in ("compound", "nmod") and tok.i + 1 < len(tok.doc):
        nxt = tok.doc[tok.i + 1]  # (also a noun the parser makes a sibling modifier:
        # "the Mat Maid warehouse smolder")
        if nxt.lemma_.lower() in BUSINESS_SITE_NOUNS and nxt.text.islower() and \
                tok.head.i >= nxt.i:  # (whatever its tag: "the Matanuska Maid creamery
            # building", creamery/JJ)
            return True
    return _modifies_noun_of(tok, BUSINESS_SITE_NOUNS)


HONORIFICS = frozenset("mr mrs ms miss dr".split())
# a country's officers, who act for its government ("Turkey's foreign minister")
OFFICE_NOUNS = frozenset("minister president premier chancellor envoy ambassador diplomat "
                         "spokesman spokeswoman spokesperson secretary".split())
# event nouns a side does to a place "on" it ("strikes on Gaza", "an attack on Kyiv"),
# whose country premodifier is the side, not the place ("US airstrikes")
STRIKE_TYPES = frozenset({"attack"})
FIRST_PERSON = frozenset("i me my we us our".split())
# head words of institutions every country has ("Home Ministry", "Red Cross", "Supreme
# Court", "Central Bank")
INSTITUTION_HEADS = frozenset("ministry department court cross crescent assembly parliament "
                              "commission council committee agency bank police guard "
                              "service office party".split())
# what one is sentenced to ("sentenced to death", "to life in prison")
PENALTY_NOUNS = frozenset("death life prison jail execution".split())
# words before a name that are no given name: forms of address, religious and noble
# honorifics, titles ("Sheikh", "Imam", "Sir", "Secretary")
NAME_PREFIX_WORDS = HONORIFICS | names.TITLE_OPENERS | names.PERSON_NOUNS | frozenset(
    "sir dame lord lady sheikh sheik shaikh imam mullah ayatollah haji hajji sayed sayyid "
    "mufti emir rev reverend father brother sister saint st pope cardinal rabbi "
    "secretary".split())
# a title made of one of these ("Undersheriff", "Vicepresident")
TITLE_TAILS = frozenset(w for w in names.TITLE_NOUNS | {"secretary", "general"} if len(w) >= 5)
# the last words of emergency services' names, longest first
SERVICE_TAILS = tuple(tuple(t.split()) for t in (
    "Fire and Rescue Service", "Fire & Rescue Service", "Fire and Rescue", "Fire & Rescue",
    "Fire Service", "Fire Brigade", "Fire Department", "Police Service",
    "Police Department", "Police Force", "Ambulance Service", "Police", "Constabulary"))


def _service_names(doc):
    """The token ranges of emergency services' names: capitalised words, also two parts
    joined by "and" ("Devon and Somerset Fire and Rescue", "Avon and Somerset
    Constabulary", "London Fire Brigade"), before a service's last words."""
    def cap(t):
        return t.text.istitle() and t.is_alpha and t.pos_ == "PROPN"
    i = 0
    while i < len(doc):
        tail = next((tl for tl in SERVICE_TAILS
                     if tuple(t.text for t in doc[i:i + len(tl)]) == tl), None)
        if tail is None:
            i += 1
            continue
        j = i
        while j > 0 and cap(doc[j - 1]) and doc[j - 1].text not in tail:
            j -= 1
        if j < i and j > 1 and doc[j - 1].lower_ in ("and", "&") and cap(doc[j - 2]):
            j -= 2
            while j > 0 and cap(doc[j - 1]):
                j -= 1
        if j < i:
            yield j, i + len(tail)
        i += len(tail)


def _given_names(tok, lower_words, english) -> list | None:
    """The given names before an untagged surname ("Heydar" of "Heydar Alishbandi"):
    capitalised words, no English word nor one the article writes in lower case, right
    before it; a form of address is left out ("Mr Alishbandi"). None when the surname
    has other modifiers ("the Estelle unit", "Lt. Smith")."""
    given = []
    for c in tok.children:
        if c.dep_ == "compound" and c.i < tok.i and c.lower_.rstrip(".") in HONORIFICS:
            continue
        if c.dep_ == "compound" and c.i < tok.i and c.tag_ == "NNP" and c.text.istitle() \
                and c.is_alpha and c.lower_ not in english and c.lower_ not in lower_words:
            given.append(c)
            continue
        if c.dep_ in ("compound", "poss", "det", "amod", "prep"):
            return None
    given.sort(key=lambda x: x.i)
    if given and [x.i for x in given] != list(range(given[0].i, tok.i)):
        return None  # (only right before the surname)
    return given


_NAME_PARTICLES = frozenset("do da de dos das del di du des y la le".split())
_HALF_WORDS = frozenset("North South East West Upper Lower Northern Southern Eastern "
                        "Western".split())


def _listed_before_place_noun(last) -> bool:
    """Is this name, ending at ``last``, one of a list of names that a plural place noun
    closes ("Karari and Wad al-Bakhit neighborhoods", "Aleppo, Hama and Latakia
    provinces")?"""
    doc = last.doc
    joined = False
    if last.i + 1 < len(doc) and doc[last.i + 1].lower_ in PLURAL_PLACE_NOUNS:
        first = last
        while first.i > 0 and (doc[first.i - 1].text[:1].isupper() or
                               doc[first.i - 1].text in ("al", "el", "-")):
            first = doc[first.i - 1]
        return first.i > 0 and doc[first.i - 1].text in (",", "and")  # (the list's last)
    for t in doc[last.i + 1:last.i + 16]:
        if t.text in (",", "and"):
            joined = True
            continue
        if t.text[:1].isupper() or t.text in ("al", "el", "-", "de", "du", "do", "da"):
            continue
        return joined and t.lower_ in PLURAL_PLACE_NOUNS
    return False


def _accusing_verb(trig):
    """The verb that accuses someone of this act ("accused the army of bombarding",
    "suspected of plotting", "blamed the Taliban for planting"), or None."""
    if trig.dep_ != "pcomp" or trig.head.lower_ not in ("of", "for") or \
            trig.head.dep_ != "prep":
        return None
    h = trig.head.head
    if h.dep_ in ("dobj", "obj"):
        h = h.head
    accusing = ("accuse", "suspect", "allege") if trig.head.lower_ == "of" else ("blame",)
    return h if h.pos_ == "VERB" and h.lemma_.lower() in accusing else None


def _worded_measure(name: str) -> bool:
    """Is this "name" a common word glued to a number, a measure ("Magnitude-6.1 quake
    hits", "Category-5 storm"), not a model's designator ("F-16", "COVID-19")?"""
    m = re.fullmatch(r"([A-Za-z]{4,})-\d+(?:\.\d+)?", name)
    return bool(m) and m.group(1).lower() in _english_words()


def _camel_company(name: str) -> bool:
    """Is this one-word name written in camel case as companies are ("GlaxoSmithKline",
    "PetroChina", "ExxonMobil"), not as surnames are ("McDonald", "MacArthur",
    "DeLay", "LeBron", "O'Brien")?"""
    m = re.fullmatch(r"([A-Z][a-z]+)([A-Z][a-z]+)+", name)
    return bool(m) and not re.match(r"(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|Fitz|Del|Della)"
                                    r"[A-Z]", name) and len(name) >= 7


def _corporate_name(name: str) -> bool:
    """Does this organisation's name say it is a company ("Ford Motor Co.", "Porsche
    AG")?"""
    return names.canonical_org(name) != name or any(
        w in names.COMPANY_LAST_WORDS for w in name.split()[1:])


def _addressed_person(head) -> bool:
    """Is this name a person's by its form of address or age ("Mr. Ford", "Ford, 49,")?"""
    doc = head.doc
    if head.i > 0 and doc[head.i - 1].lower_.rstrip(".") in ("mr", "mrs", "ms", "dr"):
        return True
    return head.i + 2 < len(doc) and doc[head.i + 1].text == "," and doc[head.i + 2].like_num


def _company_of_name(head) -> bool:
    """Is this name a company's where it owns what only a company has ("Ford's chairman",
    "Ford shares", "shares of Ford", "Porsche's plant")?"""
    if _share_owner(head):
        return True
    return head.dep_ in ("poss", "compound") and head.head.pos_ == "NOUN" and (
        head.head.lemma_.lower() in COMPANY_PART_NOUNS or head.head.lower_ in COMPANY_PART_NOUNS)


def _share_owner(head) -> bool:
    """Is this name the owner of shares ("Toyota's shares", "shares in Northern Rock",
    "shares of Fortis")?"""
    if head.dep_ == "poss":
        return head.head.lemma_.lower() in ("share", "stock")
    return head.dep_ == "pobj" and head.head.lower_ in ("in", "of") and \
        head.head.head.lemma_.lower() in ("share", "stock")


def _english_words() -> frozenset:
    from .nlp import english_words
    return english_words()


def _have_to(tok) -> bool:
    """Is this verb the infinitive of the semi-modal "have to" ("may have to raise")?"""
    return tok.dep_ == "xcomp" and tok.pos_ in ("VERB", "AUX") and \
        tok.head.lemma_.lower() == "have" and tok.head.pos_ in ("VERB", "AUX") and \
        any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children)


def _embedded_event_clauses(tok, event) -> set[int]:
    """The clauses containing the token that describe an event noun which is no
    argument of the event (``event``: its trigger and verb) but sits deeper, in one of
    its own complements ("Barclays fell after announcing further cuts in addition to
    losses announced on Tuesday": Tuesday is the losses' announcement's, not the fall's;
    "the quake, which struck on Sunday, killed 20" and "died in the quake that struck on
    Sunday" share the day)."""
    doc = tok.doc

    def gov(noun):  # (through "by" of a passive too: "killed by the quake, which ...")
        head = noun.head
        return head.head if noun.dep_ == "pobj" and head.dep_ in ("prep", "agent") else head

    ids = {t.i for t in event} | {gov(t).i for t in event if t.pos_ in NOUN_POS}
    ids |= {c.i for t in event for c in t.conjuncts}  # ("were killed and injured by")
    ids |= {a.i for t in event for c in t.conjuncts if c.pos_ in ("NUM", "NOUN")
            for a in c.children if a.dep_ == "acl"}  # ("24 were killed and 200 injured by")
    return {c for c in _modifier_clauses(tok)
            if doc[c].head.pos_ in NOUN_POS and doc[c].head.i not in ids
            and taxonomy.is_eventive_noun(doc[c].head.lemma_.lower())
            and gov(doc[c].head).i not in ids
            and not (doc[c].head.dep_ in ("conj", "appos") and doc[c].head.head.i in ids)}


# prefixes the tokenizer may split off a hyphenated verb ("re-enter", "co-operate")
WORD_PREFIXES = frozenset("re pre co non un de anti counter over under out mis "
                          "post sub inter multi semi".split())


# what a thing's appeal is, no appeal made ("the car has broader appeal")
APPEAL_OF_THINGS = frozenset("broad broader broadest wide wider mass popular consumer "
                             "sex visual commercial universal lasting limited "
                             "international global".split())
# money spent or used ("using the proceeds to pay debt")
MONEY_NOUNS = frozenset("proceed proceeds money fund funds cash capital loan loans "
                        "revenue revenues reserve reserves".split())
# what a carmaker or planemaker delivers to a customer
VEHICLE_NOUNS = frozenset("car cars vehicle vehicles truck trucks plane planes aircraft "
                          "jet jets airliner airliners unit units model models bus buses "
                          "locomotive locomotives ship ships".split())


def _vehicles(toks) -> bool:
    """Are these objects vehicles or named products ("the first Leaf", "two A380s")?"""
    return bool(toks) and all(t.lemma_.lower() in VEHICLE_NOUNS or t.lower_ in VEHICLE_NOUNS
                              or t.ent_type_ == "PRODUCT" for t in toks)


def _market_or_company(t) -> bool:
    """A market, a stock, an index or a company ("shares of Sony", "the Dow", "Citigroup")."""
    return t.lemma_.lower() in MARKET_NOUNS or t.ent_type_ == "ORG" or \
        _market_index([t]) or any(c.dep_ == "compound" and c.lemma_.lower() in MARKET_NOUNS
                                  for c in t.children)


# company nouns that "the two ..." or "both ..." count ("the two companies said")
PAIRED_COMPANY_NOUNS = frozenset("company firm carmaker automaker bank lender airline "
                                 "carrier group".split())


# verbs whose complement names a later time than theirs ("expects a profit in 2011")
FORECAST_VERBS = frozenset("expect predict forecast project anticipate foresee face "
                           "await".split())


# events that react to another event, later ("rejected the plans submitted last month")
REACTION_TYPES = frozenset("statement rejection disapproval investigation agreement appeal "
                           "demand threat protest".split())


def _governor(noun):
    """The verb or noun an object noun is the object of (through its preposition)."""
    head = noun.head
    return head.head if noun.dep_ == "pobj" and head.dep_ == "prep" else head


def _object_event_clauses(tok) -> set[int]:
    """The clauses containing the token that describe an event noun which is an object
    ("rejected the plans submitted last month", "condemned the bombing that took place on
    Sunday"): for a reaction (``REACTION_TYPES``) they date that event, not the reaction
    ("registered a quake ... at 09:10 on Monday", "fought the blaze which broke out on
    Sunday" share the day), nor the event an adverbial clause of the reaction hangs on
    ("The move came as Obama rejected the plans submitted last month")."""
    doc = tok.doc
    return {c for c in _modifier_clauses(tok)
            if doc[c].head.dep_ in ("dobj", "obj", "pobj")
            and taxonomy.is_eventive_noun(doc[c].head.lemma_.lower())}


def _present_perfect(verb) -> bool:
    """ "have reclaimed", "has been arrested": a past that runs up to now."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBN" and any(a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP")
                                      for a in auxes)


# present-tense verbs that describe a state, a medium's content or a view rather than a
# step of a story: never a narrated present ("The footage shows", "she remains")
STATIVE_PRESENT = frozenset(
    "be have seem appear remain stay know believe think want need mean contain include "
    "belong own consist depend exist like love hate prefer matter cost weigh show depict "
    "capture reveal feature say tell claim hope expect face live serve continue".split())


def _narrated_present(verb, trig) -> bool:
    """A simple present that can narrate a past story step by step ("a yellow bus pulls up
    to the curb", "The shooting then breaks out", "are seen waiting"): a present-tense
    verb, not progressive, perfect, modal or stative (``STATIVE_PRESENT``)."""
    if verb.pos_ not in ("VERB", "AUX") or verb.i != trig.i:
        return False
    if verb.lemma_.lower() in STATIVE_PRESENT or _present_perfect(verb):
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" or a.lemma_ == "do" for a in auxes):
        return False
    if verb.tag_ in ("VBZ", "VBP"):
        return not auxes
    return verb.tag_ == "VBN" and len(auxes) == 1 and auxes[0].dep_ == "auxpass" \
        and auxes[0].tag_ in ("VBZ", "VBP")  # "are seen"


def _tense(verb) -> str | None:
    kids = list(verb.children)
    auxes = [c for c in kids if c.dep_ in ("aux", "auxpass")]
    lowers = {a.lower_ for a in auxes}
    if lowers & FUTURE_AUX or _going_to(verb):
        return "future"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if verb.tag_ == "VBN" and not auxes and any(c.dep_ == "nsubj" for c in kids):
        return "past"  # a participle with its own active subject is a past tense the
        # tagger missed ("when Andrew Lopez, 20, fired from the rooftop")
    if any(a.lemma_ == "have" for a in auxes):
        return "past"  # perfect: before publication
    if any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return "present"  # "is expected", "are scheduled", "does not know"
    if verb.tag_ == "VBG" and any(a.lemma_ == "be" for a in auxes):
        return "present"
    if verb.tag_ in ("VBZ", "VBP"):
        return "present"
    if verb.dep_ in ("conj", "xcomp", "advcl", "acl", "relcl", "pcomp") and verb.head.i != verb.i \
            and verb.head.pos_ in ("VERB", "AUX"):
        return _tense(verb.head)
    if verb.pos_ in NOUN_POS and verb.head.i != verb.i:
        h = verb.head
        while h.pos_ not in ("VERB", "AUX") and h.head.i != h.i:
            h = h.head
        if h.pos_ in ("VERB", "AUX") and h.i != verb.i:
            return _tense(h)
    return None


def _going_to(verb) -> bool:
    return verb.dep_ == "xcomp" and verb.head.lower_ == "going" and any(
        c.lower_ == "to" for c in verb.children)


def _joins_times(between: str) -> bool:
    """Does the text between two times join them as a pair or a range ("Monday and
    Tuesday", "March to May", "2008-2010")? Not "and again in", nor "or"."""
    return between.strip().lower() in ("and", "to", "through", "until", "till", "-", "–",
                                       "and on", "and in", "to the end of")


def _from_timex(tx: Timex, basis: str, pub: str | None = None) -> EventTime:
    if tx.value == "PRESENT_REF" and pub:  # "now", "currently": the publication day
        return EventTime(pub, None, pub, pub, basis, tx.id, "includes")
    return EventTime(tx.value, tx.mod, tx.earliest, tx.latest, basis, tx.id)


def _main_verb_as_participle(v) -> bool:
    """A sentence's main verb the parser took for a participle modifying its subject: the
    noun is the root of a full sentence (a period at its end, no other verb heads it) and
    the "participle" comes after a comma that closes an apposition, with no "by" agent
    ("General Motors Corporation, once the largest automaker in the world, filed for
    bankruptcy"). A headline's "Two hostages released" is no such sentence."""
    head = v.head
    sent = v.sent
    words = [t for t in sent if not t.is_space]
    on_appos = head.dep_ == "appos" and head.head.dep_ == "ROOT" and head.head.i < head.i
    # ("Delphi, the nation's largest auto parts supplier, filed for bankruptcy": the
    # parser hung the verb on the apposition itself)
    if v.dep_ != "acl" or head.dep_ != "ROOT" and not on_appos or not words or \
            words[-1].text != "." or len(words) < 8:
        return False
    if any(c.dep_ == "agent" for c in v.children):
        return False
    prev = v.doc[v.i - 1] if v.i > 0 else None
    return prev is not None and prev.text == "," and (on_appos or any(
        c.dep_ == "appos" and c.i < v.i for c in head.children))


def _baseline(prep) -> bool:
    """Is this "from" phrase a figure compared with ("from $18.67", "from a revised reading
    of negative 1.6", "from 7.4 percent")?"""
    objs = [o for o in prep.children if o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME")
            and not re.fullmatch(r"(?:1[89]|20)\d\d", o.text)]  # ("from 1993 to 2001")
    return any(_is_measure(o) or o.ent_type_ in ("MONEY", "PERCENT") or any(
        x.tag_ == "$" for x in o.children) or o.lemma_.lower() in BASELINE_NOUNS
        for o in objs)


# what a figure is compared with: "from a revised reading of", "from the previous level"
BASELINE_NOUNS = frozenset("reading level figure estimate rate forecast high low peak".split())


def _comparison(a) -> bool:
    """Is this ancestor of a timex a phrase bringing in a figure compared with ("from
    $18.67" with "in September" right after it, "than last year", "compared with a year
    earlier", "down from $12.8 billion in the same period of 2009")?"""
    if a.dep_ == "prep" and a.lower_ in ("in", "on", "during", "for") and \
            a.head.pos_ in ("VERB", "AUX") and any(
                f.dep_ == "prep" and f.lower_ == "from" and f.right_edge.i + 1 == a.i and
                _baseline(f) for f in a.head.children):
        return True  # ("increased to $18.72 from $18.67 in September")
    return a.lower_ in COMPARING_WORDS and a.dep_ in ("prep", "advcl", "acl") or \
        a.lower_ == "than" and a.dep_ == "prep" or \
        a.lower_ == "from" and a.dep_ == "prep" and (
            a.head.lower_ in ("down", "up") or a.head.lemma_.lower() in CHANGE_VERBS
            or _baseline(a))


def _compared_time(tok) -> bool:
    """Is the timex token the time of a figure compared with (``_comparison``), up to its
    clause's verb?"""
    for a in tok.ancestors:
        if _comparison(a):
            return True
        if a.pos_ in ("VERB", "AUX"):
            return False
    return False


def _under_since(tok, trig) -> bool:
    """Whether the token is inside a "since" phrase ("its biggest decline since the week
    after the September 11, 2001 attacks") or clause ("his first appearance since the
    crisis began in late September"), or a comparison (``_comparison``: "fell 84 percent
    from a year earlier"), up to the clause's verb, that does not hold the trigger too
    (the attacks are dated by their date)."""
    for a in tok.ancestors:
        if a.lower_ in ("since", "unlike") and a.dep_ in ("prep", "mark") or _comparison(a):
            # ("refused to save Lehman, unlike in March, when ...": March is the other
            # time's)
            return not (a.left_edge.i <= trig.i <= a.right_edge.i)
        if a.pos_ in ("VERB", "AUX"):
            if any(c.dep_ == "mark" and c.lower_ == "since" for c in a.children) or any(
                    c.dep_ == "mark" and c.lower_ in ("after", "before") for c in a.children) \
                    and any(c.dep_ == "npadvmod" and c.lemma_.lower() in TIME_UNIT_NOUNS
                            for c in a.children):
                # ("came two days after the Dow surged on Monday": not on Monday)
                return not (a.left_edge.i <= trig.i <= a.right_edge.i)
            return False
    return False


TIME_UNIT_NOUNS = frozenset("minute hour day week month year decade".split())
_SMALL_NUMBERS = {w: n for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}


def _small_number(word: str) -> int | None:
    """A count of days or weeks written in figures or words ("2", "two")."""
    w = word.lower()
    if w.isdigit() and len(w) <= 3:
        return int(w)
    return _SMALL_NUMBERS.get(w)


def _for_period(tok) -> bool:
    """Is the timex token the object of "for" ("a loss for the third quarter", "results
    for 2010"), directly or inside the object's phrase?"""
    for a in [tok] + list(tok.ancestors)[:3]:
        if a.dep_ == "pobj" and a.head.lower_ == "for":
            return True
        if a.pos_ in ("VERB", "AUX"):
            return False
    return False


# words that bring in the figure an event is compared with
COMPARING_WORDS = frozenset("compared versus vs vs. against".split())
# verbs of a change that "from" gives the starting point of
CHANGE_VERBS = frozenset("fall drop decline rise increase climb jump slip slide grow "
                         "shrink plunge surge tumble soar dip gain lose".split())


def _premodified_nouns(doc, timex_by_tok: dict) -> dict[str, int]:
    """Timex id -> index of the noun it premodifies ("the 1991 agreement", "this year's
    conference"), for timexes whose head is a compound/amod/nummod/poss of a noun."""
    toks: dict[str, list[int]] = {}
    for i, tx in timex_by_tok.items():
        toks.setdefault(tx.id, []).append(i)
    out = {}
    for tid, idx in toks.items():
        inside = set(idx)
        for i in idx:
            t = doc[i]
            if t.head.i in inside or t.head.i == t.i:
                continue
            if t.dep_ in ("compound", "amod", "nummod", "poss", "nmod") and t.head.pos_ in NOUN_POS:
                out[tid] = t.head.i  # ("a planned June 12 summit", June/nmod)
            break
    return out


def _offense(trig):
    """The complement naming the offense when an event is an offense that a predicate of
    accusing or judging names, within four steps up the parse, through one of its
    prepositions ("accused of killing", "charged with murder", "confessed to the
    murder") or as a compounded noun ("murder charges", "the murder trial"), or that
    "allegedly" marks ("who allegedly shot"); else None."""
    if any(c.lower_ == "allegedly" for c in trig.children):
        return trig
    t = trig
    for _ in range(4):
        h = t.head
        if h.i == t.i:
            return None
        if h.lemma_.lower() in LEGAL_PREDICATES and h.i != trig.i and (
                t.dep_ == "prep" and t.lower_ in OFFENSE_PREPS
                or t.dep_ in ("compound", "nmod") and t is trig):
            return t
        t = h
    return None


def _dated_by_premodifier(trig, noun: int) -> bool:
    """Whether a timex premodifying the noun at index ``noun`` can date the event ``trig``:
    the noun itself, an event noun compounded into it ("a 1998 aggravated sexual assault
    conviction", "a 2012 car crash case"), or an event in a relative clause on an event
    noun it dates ("a 1999 incident where he stabbed his wife"), or what happens in the
    event noun ("won in Sunday's vote")."""
    if trig.i == noun:
        return True
    t = trig
    while t.dep_ == "compound" and t.head.i != t.i:
        t = t.head
        if t.i == noun:
            return True
    head = trig.doc[noun]
    if head.pos_ in NOUN_POS and taxonomy.is_eventive_noun(head.lemma_.lower()) and \
            head.dep_ == "pobj" and head.head.lower_ in ("in", "at", "during") and any(
                c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME") for c in head.children):
        # what happens in the dated event: "won by a margin of 16.7 percent in Sunday's
        # vote", "were killed in Saturday's attack"
        t = head.head.head
        for _ in range(4):
            if t.i == trig.i:
                return True
            if t.pos_ not in NOUN_POS + ("ADP",) or t.head.i == t.i:
                break
            t = t.head
    if head.pos_ in NOUN_POS and taxonomy.is_eventive_noun(head.lemma_.lower()):
        return any(c.dep_ in ("relcl", "acl") and noun in (c.head.i, c.head.head.i) or
                   c.dep_ == "pobj" and c.head.head.i == noun
                   for c in [trig, *trig.ancestors] if c.i != noun)
        # (also what the event noun's complement tells: "the June 20, 2005 attempted
        # murder of a man shot in the back while doing yard work")
    return False


def _tense_fits(tense: str | None, tx: Timex, pub: str | None) -> bool:
    """Whether an event in this tense can lie in the timex: a past event not in a time
    wholly after publication, a future one not in a time wholly before it, a present one
    only in a time that includes it. Untensed events fit anything."""
    if tense is None or not pub:
        return True
    lo, hi = tx.earliest, tx.latest
    if tense == "past":
        return lo is None or lo <= pub
    if tense == "future":
        return hi is None or hi >= pub
    return (lo is None or lo <= pub) and (hi is None or hi >= pub)


_STAMP_WORDS = frozenset("posted published updated modified last first created at on and "
                         "am pm a.m p.m".split())


def _time_stamp(text: str, tx: Timex, timexes: Sequence[Timex]) -> bool:
    """Whether the timex is a line of its own, give or take two words besides "Posted",
    "Updated", "Last", "at" and zone abbreviations: a date line or time stamp ("June 8,
    2010", "Updated 9:12 p.m. ET", "First Posted: 10/25/11 06:44 PM ET Updated: ...").
    It dates the article, not a day of the story."""
    a = text.rfind("\n", 0, tx.span.start) + 1
    b = text.find("\n", tx.span.end)
    b = len(text) if b < 0 else b
    line = list(text[a:b])
    for t in timexes:
        if a <= t.span.start and t.span.end <= b:
            line[t.span.start - a:t.span.end - a] = " " * (t.span.end - t.span.start)
    words = [w for w in re.findall(r"[^\W\d_]+(?:\.[^\W\d_])*", "".join(line))
             if w.lower() not in _STAMP_WORDS and not (w.isupper() and len(w) <= 4)]
    return len(words) <= 2


def _incident_keys(d: dict) -> list[tuple]:
    """Keys under which an event's date is remembered for later definite mentions: its
    lemma (the same type alone is too loose: "the attack" of 1999 and the attack of the
    story)."""
    return [("lemma", d["lemma"])]


# the kinds of harm that one incident of a story is told by ("shot", "the attack", "died")
INCIDENT_TYPES = frozenset({"attack", "casualties"})


def _incident_times(events: list[Event], pub: str | None) -> list[Event]:
    """A court story (one that names an accusation, a trial or a verdict:
    ``LEGAL_PREDICATES``) retells an older crime: harm that the article dates, in the
    clause telling it, to one time only and before the story's window ("was fatally shot
    in 2011") is the harm its other mentions without a date of their own tell too (the
    headline's "mother is shot dead" in a story of the trial, told on its day). With
    harm dated to two times, or recently, or no legal step named, nothing changes: a
    story of today's quake that recalls an older one keeps today for its undated dead."""
    if not pub or not any(e.lemma in LEGAL_PREDICATES for e in events):
        return events
    harm = [e for e in events if e.type in INCIDENT_TYPES and e.time.basis == "explicit"
            and e.time.value and e.time.value[:1].isdigit() and e.time.latest]
    if len({_day_only(e.time).value for e in harm}) != 1:
        return events
    t = _day_only(harm[0].time)
    window = (dt.date.fromisoformat(pub) - dt.timedelta(days=STORY_WINDOW_DAYS)).isoformat()
    if t.latest >= window:
        return events
    t = EventTime(t.value, t.mod, t.earliest, t.latest, "inferred", t.timex)
    out = []
    for e in events:
        if e.type in INCIDENT_TYPES and e.time.basis in ("inferred", "publication") and \
                e.time.relation != "after" and e.time.value != t.value:
            e = dataclasses.replace(e, time=t, claims=tuple(
                dataclasses.replace(c, time=t) for c in e.claims))
        out.append(e)
    return out


def _day_only(t: EventTime) -> EventTime:
    """An inherited time keeps the day (and a part of it: "Saturday night"), not the
    clock time: a story's later events happen on its day, not at the minute one of them
    was dated ("at 8:40 a.m.")."""
    v = t.value or ""
    if re.match(r"\d{4}-\d\d-\d\dT\d", v):
        return EventTime(v[:10], None, t.earliest, t.latest, t.basis, t.timex, t.relation)
    return t


def _dedupe(parts: list[Participant]) -> list[Participant]:
    out = []
    for p in parts:
        if p not in out:
            out.append(p)
    # an actor that is agent is not also patient or topic of the same event ("King called
    # him": "him" is someone else, a reflexive would say "himself")
    agents = {p.ref for p in out if p.role == "agent"}
    return [p for p in out if not (p.role == "topic" and p.ref in agents)]


def _dedupe_mentions(ms: list[Mention]) -> list[Mention]:
    seen = set()
    out = []
    for m in sorted(ms, key=lambda m: (m.span.start, -m.span.end)):
        if any(m.span.start < e and m.span.end > s for s, e in seen):
            continue
        seen.add((m.span.start, m.span.end))
        out.append(m)
    return out


# --- public API ----------------------------------------------------------------------------------

def segments(article: Article) -> list[Span]:
    """The parts of an article that are parsed: its headline and its body."""
    return [s for s in (article.title_span, article.body_span) if s is not None]


def _known_name(word: str) -> bool:
    """A country or demonym (places are not asked: "Centre", "Mobile" and "Reading" are
    places too; a headline's place is nearly always named again in the body)."""
    g = _gaz()
    word = re.sub(r"['\u2019]s?$", "", word)
    return bool(g.country_code(word) or g.country_of_demonym(word))


def tagger_text(article: Article) -> str:
    """The text the timex tagger reads: the article's, with a line break between a header
    and the headline that shares its line ("date 2013-07-22 9:53 AM, MON 22 JUL 2013"), so
    that the header's date is not joined to a clock time that starts the headline, and
    its page-furniture lines blanked (``graph.casing.blank_furniture``: no date is read in
    "Image caption, Rescuers searched through the night"). Same length, so offsets
    hold."""
    from .casing import blank_furniture
    text = article.text
    ts = article.title_span
    if ts is not None and ts.start > 0 and text[ts.start - 1] in " \t":
        line_start = text.rfind("\n", 0, ts.start) + 1
        if line_start < ts.start - 1:
            text = text[:ts.start - 1] + "\n" + text[ts.start:]
    return blank_furniture(text)


def _dateline_day(article: Article, timexes: Sequence[Timex]) -> str | None:
    """The calendar day of the article's own date line, when it differs from the
    publication date by at most ``STORY_WINDOW_DAYS`` ("Monday, March 11, 2013 23:51"
    under a publication date of March 12; "June 6th, 2013 7:38pm EDT" is June 6 as
    written, not the UTC day): the first day-precise time stamp line among the heading's
    lines."""
    pub, ts = article.published, article.title_span
    if not pub or ts is None:
        return None
    text = article.text
    end = ts.start
    for _ in range(HEADING_LINES + 1):
        nl = text.find("\n", end + 1)
        end = len(text) if nl < 0 else nl
    for t in timexes:
        if ts.start <= t.span.start < end and t.type in ("DATE", "TIME") \
                and re.match(r"\d{4}-\d\d-\d\d", t.value) and _time_stamp(text, t, timexes):
            day = t.value[:10]
            if t.value.endswith("Z"):  # converted to UTC: the day as written, zone cut
                from .temporal.lexicon import TZ_RX
                local = _timex_mod().tag(re.sub(TZ_RX, "", t.span.text), None)
                if not local or not re.match(r"\d{4}-\d\d-\d\d", local[0].value):
                    return None
                day = local[0].value[:10]
            gap = abs((dt.date.fromisoformat(day) - dt.date.fromisoformat(pub[:10])).days)
            return day if 0 < gap <= STORY_WINDOW_DAYS else None
    return None


_UNSET = object()


def tag_article(article: Article, tense=None, *, anchor=_UNSET,
                id_prefix: str | None = None) -> list[Timex]:
    """The article's timexes as the extractor tags them: against ``anchor`` (by default the
    publication date), or against the day of the text's own date line when it names
    another day (``_dateline_day``: the text's "today" and "Thursday" count from the day
    it was written)."""
    tx = _timex_mod()
    text = tagger_text(article)
    anchor = article.published if anchor is _UNSET else anchor
    prefix = id_prefix if id_prefix is not None else "timex:" + article.id.split(":", 1)[1]
    timexes = tx.tag(text, anchor, tense=tense, id_prefix=prefix)
    day = _dateline_day(article, timexes)
    if day is not None:
        timexes = tx.tag(text, day, tense=tense, id_prefix=prefix)
    return _before_stamp(text, timexes, tense)


_CLOCK_VALUE = re.compile(r"(\d{4}-\d\d-\d\d)T(\d\d):(\d\d)(?::\d\d)?(Z?)\Z")


def _before_stamp(text: str, timexes: list[Timex], tense) -> list[Timex]:
    """A past event cannot follow the article's own time stamp. A clock time that names
    no day of its own, told in a past clause and dated (by the tagger) to the day of a
    time stamp line ("Last Updated: Monday, 28 November 2005, 02:24 GMT") but later than
    the stamp's clock, is on the day before ("The quake, which struck at 1353 (1023 GMT)"
    is Sunday's 10:23 GMT, not Monday's). Clocks compare only when both are in UTC: an
    unzoned stamp may be the publisher's clock, not the story's ("Last updated 13:26
    14/09/2013" over a rescue "called about 3pm" that day). Of several stamps the latest
    counts (an update may add news)."""
    if tense is None:
        return timexes
    stamps = []
    for t in timexes:
        m = _CLOCK_VALUE.match(t.value) if t.type == "TIME" else None
        if m and _time_stamp(text, t, timexes):
            stamps.append((m[1], int(m[2]) * 60 + int(m[3]), bool(m[4]), t.span.end))
    if not stamps:
        return timexes
    out = list(timexes)
    for i, t in enumerate(timexes):
        m = _CLOCK_VALUE.match(t.value) if t.type == "TIME" else None
        if not m or _time_stamp(text, t, timexes):
            continue
        same = [s for s in stamps if s[0] == m[1] and s[2] and m[4] and s[3] <= t.span.start]
        if not same or int(m[2]) * 60 + int(m[3]) <= max(s[1] for s in same):
            continue
        alone = _timex_mod().tag(t.span.text, None)
        if len(alone) != 1 or not alone[0].value.startswith("XXXX-XX-XXT"):
            continue  # the clock names its own day ("at 1353 on Monday")
        if tense(t.span.start) != "past":
            continue
        day = (dt.date.fromisoformat(m[1]) - dt.timedelta(days=1)).isoformat()
        shift = {k: day + v[10:] for k in ("value", "earliest", "latest")
                 if (v := getattr(t, k)) and v[:10] == m[1]}
        out[i] = dataclasses.replace(t, **shift)
    return out


def _parse_text(article: Article, seg: Span) -> str:
    """What spaCy parses for a segment: the headline truecased by its body, the body with
    its Title Case heading lines (decks, a headline under a date line) truecased by the
    text after them (same length, so offsets hold; ``graph.casing``)."""
    from .casing import blank_furniture, break_dateline, truecase, truecase_heading
    if seg is article.title_span and article.body_span is not None:
        return truecase(seg.text, article.body_span.text, known=_known_name)
    if seg is article.body_span:
        return break_dateline(truecase_heading(blank_furniture(seg.text),
                                               known=_known_name))
    return seg.text


# plural nouns that head verbless headlines as nouns ("Apple shares in focus", "Oil prices
# at record"): read as verbs only with an object ("GM cuts 10,000 jobs")
HEADLINE_NOUNS = frozenset("shares stocks sales prices profits earnings results talks "
                           "markets bonds rates costs losses gains jobs plans hopes "
                           "fears".split())
# prepositions a headline verb takes ("files for bankruptcy", "checks into rehab", "dies at
# 91"); "in" and "of" follow nouns as often
HEADLINE_VERB_PREPS = frozenset("for into to at against with from over off out up down "
                                "after".split())
# verbs a headline writes as a bare participle for the passive ("Bernard Madoff arrested",
# "Suspect captured after manhunt"): done to the subject, not by it
HEADLINE_PASSIVES = frozenset(
    "arrest kill charge convict sentence capture injure wound jail indict acquit detain "
    "free rescue elect appoint hire fire sack oust sue fine ban suspend expel abduct "
    "kidnap shoot stab bomb attack evacuate execute hang behead jail imprison "
    "extradite deport release".split())


def _headline_stem(word: str, verbs: frozenset) -> str | None:
    """The verb of a third-person "-s" form ("files" -> "file", "reaches" -> "reach",
    "carries" -> "carry"), if the lemmatizer knows it."""
    w = word.lower()
    if not w.endswith("s") or w.endswith("ss") or len(w) < 4:
        return None
    for cut, add in (("ies", "y"), ("es", ""), ("s", "")):
        if w.endswith(cut) and w[:-len(cut)] + add in verbs:
            return w[:-len(cut)] + add
    return None


# lemmas the model's lemmatizer gets wrong: "hoping" -> "hop"
LEMMA_FIXES = {("hop", "hoping"): "hope", ("hop", "hopes"): "hope", ("hop", "hoped"): "hope"}


def _fix_lemmas(doc) -> None:
    """Mend the lemmas the lemmatizer is known to get wrong (``LEMMA_FIXES``)."""
    for t in doc:
        fixed = LEMMA_FIXES.get((t.lemma_.lower(), t.lower_))
        if fixed:
            t.lemma_ = fixed


def _headline_verbs(doc) -> None:
    """Mend the parse of a headline (in place): the tagger reads the verb of a verbless
    headline as a plural noun ("Chrysler files for bankruptcy", "Ford posts first profit",
    "Ryanair exercises options on five Boeing 737s"), and a bare participle after a name
    as an active past ("Bernard Madoff arrested"). The verb gets its verb tag, lemma and
    subject; the participle its passive subject. Same tokens, same offsets."""
    from .nlp import verb_lemmas
    if any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN" for t in doc):
        for t in doc:  # a bare participle heading the headline: a passive
            if t.dep_ == "ROOT" and t.tag_ in ("VBD", "VBN") and \
                    t.lemma_.lower() in HEADLINE_PASSIVES and not any(
                    c.dep_ in ("aux", "auxpass", "dobj", "ccomp", "xcomp", "nsubjpass")
                    for c in t.children):
                subj = [c for c in t.children if c.dep_ == "nsubj" and c.i == t.i - 1]
                if subj:
                    subj[0].dep_ = "nsubjpass"
                    t.tag_ = "VBN"
        return
    verbs = verb_lemmas()
    for t in doc:
        if t.tag_ not in ("NNS", "NNPS", "NNP") or t.i == 0:
            continue
        stem = _headline_stem(t.text, verbs)
        if stem is None:
            continue
        left = doc[t.i - 1]
        if left.pos_ != "PROPN" or left.head.i not in (t.i, t.head.i) or \
                left.dep_ not in ("compound", "nsubj", "nmod"):
            continue  # a named doer right before it: "Chrysler files", "Ryanair exercises"
        if any(c.dep_ in ("det", "amod", "poss", "nummod") for c in t.children):
            continue  # a noun's own words: "the files", "new posts"
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if t.dep_ == "ROOT":
            objs = [c for c in t.children if c.i > t.i and (
                c.dep_ in ("dobj", "prt") or c.dep_ == "prep" and
                c.lower_ in HEADLINE_VERB_PREPS and t.lower_ not in HEADLINE_NOUNS)]
            if not objs:
                continue
        elif t.dep_ == "compound" and nxt is not None and t.head.i == nxt.i and \
                nxt.dep_ == "ROOT" and nxt.pos_ in ("NOUN", "PROPN") and \
                t.lower_ not in HEADLINE_NOUNS:
            # "Ryanair exercises options": the verb heads the object it was a compound of
            nxt.head = t
            nxt.dep_ = "dobj"
            t.head = t
            t.dep_ = "ROOT"
        else:
            continue
        left.dep_ = "nsubj"
        if left.head.i != t.i:
            left.head = t
        t.pos_, t.tag_, t.lemma_ = "VERB", "VBZ", stem
        return


def extract(articles: Iterable[Article], *, progress=None) -> list[Extraction]:
    """Extract timexes, mentions, actors, places and events from each article.

    spaCy runs once over all segments in batches (``nlp.pipe``). ``progress``, if given,
    is called with each finished article."""
    from .nlp import parse

    arts = list(articles)
    segs_of = [segments(a) for a in arts]
    flat = [_parse_text(a, s) for a, ss in zip(arts, segs_of) for s in ss]
    docs = iter(parse(flat))
    out = []
    tx = _timex_mod()
    for a, ss in zip(arts, segs_of):
        segs = [(s.start, next(docs)) for s in ss]
        for s, (_, doc) in zip(ss, segs):
            if s is a.title_span:
                _headline_verbs(doc)
            _fix_lemmas(doc)
        lookups = [(start, start + len(doc.text), tx.tense_lookup(doc)) for start, doc in segs]

        def tense(offset: int, lookups=lookups):
            for s, e, fn in lookups:
                if s <= offset < e:
                    return fn(offset - s)
            return None

        timexes = tag_article(a, tense)
        out.append(_ArticleExtractor(a, segs).run(timexes))
        if progress:
            progress(a)
    return out


def extract_one(article: Article) -> Extraction:
    return extract([article])[0]


def _in_since_clause(tok) -> bool:
    """Whether the token is inside a clause that "since" introduces ("since it captured
    Bakhmut in May last year")."""
    t = tok
    for _ in range(12):
        if t.pos_ in ("VERB", "AUX") and any(c.dep_ == "mark" and c.lower_ == "since"
                                             for c in t.children):
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


TRADE_VERBS = frozenset("sell buy acquire purchase divest".split())
# verbs of a blow, whose doer may be an economic force, no attacker ("hit by the crisis")
BLOW_VERBS = frozenset("hit strike batter hammer rock shake".split())
# what hits a market or a company without attacking it
ECONOMIC_FORCE_NOUNS = frozenset("crunch crisis downturn recession slump slowdown turmoil "
                                 "meltdown inflation fear fears worry worries concern concerns "
                                 "loss losses demand uncertainty volatility woe woes problem "
                                 "problems".split())  # (and ECONOMIC_NOUNS: rates, prices)
# where a business goes under ("went into receivership")
INSOLVENCY_WORDS = frozenset("receivership administration bankruptcy liquidation insolvency "
                             "recession default".split())
# what makes a campaign an election's
ELECTORAL_WORDS = frozenset("election electoral presidential re-election reelection primary "
                            "senate mayoral political party parliamentary congressional "
                            "gubernatorial leadership".split())
# what a company owns or is: "control of the three banks", "of Glitnir's assets"
BUSINESS_THING_NOUNS = frozenset("bank lender company firm business asset stake share "
                                 "operation subsidiary unit insurer group carmaker "
                                 "automaker".split())


def _business_thing(tok) -> bool:
    kinds = BUSINESS_THING_NOUNS | names.COMPANY_NOUNS
    return tok.ent_type_ == "ORG" or tok.lemma_.lower() in kinds or any(
        c.dep_ in ("compound", "appos") and c.lemma_.lower() in kinds for c in tok.children)
    # (a name said to be a company: "Swedish truck-maker Scania")


def _economic_force(tok) -> bool:
    """A common noun naming an economic force or event, no attacker ("the credit crunch",
    "fears", "the financial crisis")."""
    lemma = tok.lemma_.lower()
    if (_is_measure(tok) or tok.ent_type_ == "MONEY") and any(
            p.dep_ == "prep" and p.lower_ == "in" and any(
                o.dep_ == "pobj" and _economic_force(o) for o in p.children)
            for p in tok.children):
        return True  # "hit by $18 billion in losses"
    return tok.pos_ == "NOUN" and not tok.ent_type_ and (
        lemma in ECONOMIC_FORCE_NOUNS or tok.lower_ in ECONOMIC_FORCE_NOUNS or
        lemma in ECONOMIC_NOUNS and lemma not in FORCE_NOUNS)


# verbs whose object is a business taken over ("agreed to nationalise Fortis")
TAKEOVER_VERBS = frozenset("nationalise nationalize bail rescue".split())


def _sold(head) -> bool:
    """Is the name headed by ``head`` the object of buying or selling ("sold Aston Martin",
    "agreed to buy Jaguar and Land Rover"), alone or conjoined?"""
    while head.dep_ == "conj":
        head = head.head
    return head.dep_ in ("dobj", "obj") and head.head.lemma_.lower() in TRADE_VERBS


# what a company's one-word name may end with that its clipped form leaves out ("Citi"
# for "Citigroup")
CLIPPED_COMPANY_ENDS = frozenset("group corp bank".split())
ACQUISITION_NOUNS = frozenset("acquisition takeover buyout purchase".split())


def _bought_business(head) -> bool:
    """Is the name headed by ``head`` a business changing hands: bought or sold for a price
    or from an owner ("bought Saab for $74m from General Motors"), or the object of a
    takeover ("Spyker's purchase of Saab", "the acquisition of Jaguar")? (A product is
    bought by number: "sold a million iPhones".)"""
    while head.dep_ == "conj":
        head = head.head
    if _sold(head):
        return any(p.dep_ == "prep" and (p.lower_ == "from" or p.lower_ == "for" and any(
            o.dep_ == "pobj" and (o.tag_ == "$" or o.lower_ in ("$", "£", "€") or any(
                x.tag_ == "$" or x.lower_ in AMOUNT_WORDS for x in o.subtree))
            for o in p.children)) for p in head.head.children)
    return head.dep_ == "pobj" and head.head.lower_ == "of" and \
        head.head.head.lemma_.lower() in ACQUISITION_NOUNS and head.tag_ == "NNP"


# the last word of a partnership's name, which news leaves out: "Lehman" for "Lehman
# Brothers" (not a company word of its own: "the Wright Brothers" are people)
PARTNERSHIP_WORDS = frozenset("Brothers Bros Bros.".split())
# what ends an amount the model may take into a name ("the Bank of England 25 billion pounds")
AMOUNT_WORDS = frozenset("million billion trillion pounds dollars euros yen yuan francs "
                         "percent".split())


def _split_at_verb(left, right) -> list:
    """The names on either side of a verb that the model took into one span: each part
    that starts with a capitalised proper noun, an organisation when one of its words
    says so ("House Committee on Oversight"), after the verb a place the gazetteer knows,
    a person when it is one to three proper nouns, else a thing."""
    out = []
    for k, part in enumerate((left, right)):
        part = list(part)
        while part and part[0].lower_ in ("the", "a", "an"):
            part = part[1:]
        while part and not (part[-1].text[:1].isupper() or part[-1].like_num):
            part = part[:-1]
        if not part or part[0].pos_ != "PROPN" or not part[0].text[:1].isupper():
            continue
        text = " ".join(t.text for t in part)
        if any(t.text in names.ORG_LAST_WORDS for t in part):
            label = "ORG"
        elif k == 1 and _gaz_knows(text):
            label = "GPE"  # (the verb's subject is rather someone: "Stirling called")
        elif len(part) <= 3 and all(t.pos_ == "PROPN" for t in part):
            label = "PERSON"
        else:
            label = "OTHER"
        out.append((part, label))
    return out


def _gaz_knows(text: str) -> bool:
    """Whether the gazetteer knows the text as a country, a demonym or a place."""
    g = _gaz()
    return bool(g.country_code(text) or g.country_of_demonym(text) or g.lookup_place(text))


def _is_subject(tok) -> bool:
    x = tok
    for _ in range(4):
        if x.dep_ in ("nsubj", "nsubjpass"):
            return True
        if x.dep_ not in ("compound", "amod", "conj", "appos", "nmod") or x.head.i == x.i:
            return False
        x = x.head
    return False
