"""The event taxonomy: about twenty types, each mapped to its nearest CAMEO root code.

Kept as data in this one place. A verb or eventive noun is typed by its lemma; an unknown
verb falls back to the generic type ``occurrence`` (its lemma is kept on the event).
CAMEO (Conflict and Mediation Event Observations, Gerner et al.) root codes: 01 make
public statement, 02 appeal, 03 express intent to cooperate, 04 consult, 05 diplomatic
cooperation, 06 material cooperation, 07 provide aid, 08 yield, 09 investigate, 10 demand,
11 disapprove, 12 reject, 13 threaten, 14 protest, 15 exhibit force posture, 16 reduce
relations, 17 coerce, 18 assault, 19 fight, 20 unconventional mass violence. Types with no
CAMEO counterpart (business, personnel, disaster...) carry ``None``.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EventType:
    name: str
    cameo: str | None
    description: str
    verbs: frozenset[str]
    nouns: frozenset[str]


def _t(name, cameo, description, verbs, nouns=""):
    return EventType(name, cameo, description, frozenset(verbs.split()), frozenset(nouns.split()))


TYPES: tuple[EventType, ...] = (
    _t("statement", "01", "a public statement, report or estimate",
       "say tell state announce confirm acknowledge report claim estimate comment add note "
       "indicate suggest write describe reveal declare explain remark assert insist argue "
       "admit testify reply respond predict publish disclose stress emphasise emphasize "
       "speak",
       "statement announcement report remarks comment comments claim estimate interview "
       "speech press-release testimony keynote confirmation disclosure"),
    _t("appeal", "02", "an appeal or a request", "urge appeal request ask plead call",
       "appeal request plea call"),
    _t("intent", "03", "an expressed intent to cooperate or act",
       "pledge promise vow offer plan intend propose", "pledge promise offer plan proposal"),
    _t("meeting", "04", "a meeting, visit, talks or negotiation",
       "meet visit host discuss negotiate consult convene gather",
       "meeting talks visit summit conference negotiations negotiation consultation "
       "discussion event session ceremony hearing vigil forum"),
    _t("agreement", "05", "an agreement, deal, treaty or settlement",
       "agree sign approve settle ratify endorse recognise recognize accept",
       "agreement deal treaty accord pact settlement ceasefire truce approval"),
    _t("cooperation", "06", "material or military cooperation, participation",
       "cooperate participate collaborate partner join ally share utilize utilise use "
       "play", "cooperation participation involvement partnership alliance "
       "operation operations collaboration sharing"),
    _t("aid", "07", "aid, support or supplies provided",
       "support help aid assist supply provide donate fund deliver equip train",
       "aid support assistance help supplies supply donation funding delivery treatment "
       "rescue"),
    _t("withdrawal", "08", "a withdrawal, retreat or concession",
       "withdraw retreat evacuate yield concede surrender release free",
       "withdrawal retreat evacuation pullout surrender concession"),
    _t("investigation", "09", "an investigation or inquiry",
       "investigate probe examine inspect audit", "investigation probe inquiry audit review"),
    _t("demand", "10", "a demand or ultimatum", "demand insist require", "demand demands ultimatum"),
    _t("disapproval", "11", "criticism, accusation or complaint",
       "accuse criticise criticize condemn blame denounce complain allege protest-against",
       "accusation criticism condemnation complaint allegation dispute controversy scandal"),
    _t("rejection", "12", "a rejection, denial or refusal", "reject deny refuse veto dismiss",
       "rejection denial refusal veto"),
    _t("threat", "13", "a threat or warning", "threaten warn", "threat threats warning ultimatum"),
    _t("protest", "14", "a protest, demonstration or strike (labour)",
       "protest demonstrate rally riot boycott", "protest protests demonstration rally riot rioting boycott march"),
    _t("deployment", "15", "a deployment or force posture",
       "deploy redeploy station dispatch mobilize mobilise position mass reinforce send "
       "reorganize reorganise regroup", "deployment redeployment mobilization mobilisation buildup "
       "reinforcement reinforcements reorganization reorganisation exercise exercises drills"),
    _t("sanction", "16", "sanctions, suspension of aid or relations, bans",
       "suspend sanction halt freeze ban embargo restrict sever expel cut",
       "suspension sanctions sanction ban embargo freeze restriction restrictions halt"),
    _t("coercion", "17", "arrest, detention, seizure of property, repression",
       "arrest detain jail imprison deport confiscate raid", "arrest arrests detention raid crackdown heist robbery theft kidnapping burglary manhunt "
       "custody"),
    _t("attack", "18", "an attack, assault or strike",
       "attack strike bomb shell shoot fire assault raid ambush storm bombard hit target "
       "invade push advance encircle besiege disrupt isolate intensify",
       "attack attacks assault offensive counteroffensive counter-offensive strike strikes "
       "airstrike airstrikes bombing shelling invasion raid ambush advance advances "
       "incursion siege rampage spree"),
    _t("fighting", "19", "fighting, battles, military operations",
       "fight battle clash combat defend resist hold engage",
       "fighting battle battles clash clashes combat war warfare hostilities fight fights "
       "violence gunfire patrol mission altercation"),
    _t("territorial_change", "19", "territory captured, lost or regained",
       "capture seize reclaim recapture retake liberate occupy control lose gain annex",
       "capture seizure recapture occupation annexation loss control liberation"),
    _t("casualties", "20", "deaths, injuries and losses",
       "kill die wound injure slay execute massacre murder shoot stab", "death deaths casualties losses killing murder murders shooting shootings stabbing "
       "killings injuries massacre rape slaying assassination execution"),
    _t("legal", "11", "lawsuits, charges, trials and rulings",
       "sue charge convict sentence indict rule acquit prosecute settle-out file",
       "lawsuit suit trial verdict ruling charge charges conviction sentence case litigation "
       "plea sentencing arraignment appeal parole violation violations"),
    _t("election", None, "elections, votes and campaigns",
       "elect vote campaign nominate", "election elections vote referendum campaign ballot"),
    _t("business", None, "products, deals, sales and results",
       "release launch unveil introduce sell buy acquire invest merge price earn ship "
       "announce-product open close manufacture produce market cost nationalise nationalize "
       "privatise privatize", "release launch "
       "acquisition merger sale sales purchase investment "
       "deal bankruptcy order orders pre-order pre-orders production delivery refund "
       "bailout upgrade installation replacement bid bids bidding award recall recalls "
       "restructuring takeover buyout layoff layoffs shutdown closure closures selloff "
       "sell-off downgrade default filing payment payments trading shipment shipments "
       "expansion injection introduction unveiling debut"),
    _t("personnel", None, "appointments, resignations and departures",
       "appoint resign hire fire retire succeed replace leave name promote step",
       "appointment resignation departure retirement succession termination dismissal leave"),
    _t("movement", None, "travel, arrival and movement",
       "travel arrive go move return flee cross enter leave run escape fly", "arrival departure return "
       "trip journey flight escape tour landing chase stay transfer jailbreak homecoming "
       "take-off takeoff driving"),
    _t("disaster", None, "accidents and disasters",
       "crash explode collapse burn flood sink erupt", "crash explosion collapse fire flood quake tsunami storm hurricane typhoon wildfire "
       "earthquake accident disaster blaze arson tremor aftershock aftershocks outage damage "
       "incident downtime landslide landslides glitch malfunction breach failure inferno "
       "shortage crisis"),
)

# Eventive nouns of no listed type: changes, decisions, attempts and outcomes.
GENERIC = _t("occurrence", None, "an event of no listed type (see its lemma)", "",
             "decision delay search response reaction increase decrease decline rise drop "
             "change changes boost improvement attempt effort move victory win defeat success "
             "surgery transplant cut cuts repair repairs appearance development contest rerun re-run use "
             "problem problems plunge surge jump gain gains fall slump downturn recession "
             "recovery slowdown meltdown rebound growth reduction reductions hike hikes "
             "contraction transition shift turmoil action")

BY_NAME = {t.name: t for t in TYPES} | {GENERIC.name: GENERIC}


def _index(attr: str) -> dict[str, EventType]:
    out: dict[str, EventType] = {}
    for t in (*TYPES, GENERIC):  # first listed type wins for a word listed twice
        for w in getattr(t, attr):
            out.setdefault(w, t)
    return out


def _singular(word: str) -> str | None:
    """The singular of a listed plural, as spaCy lemmatises it ("casualties" -> "casualty")."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us")):
        return word[:-1]
    return None


def _with_singulars(index: dict[str, EventType]) -> dict[str, EventType]:
    # Triggers are looked up by lemma, so a noun listed in the plural ("casualties",
    # "injuries", "talks") must also be found by its singular lemma.
    out = dict(index)
    for word, t in index.items():
        one = _singular(word)
        if one:
            out.setdefault(one, t)
    return out


_VERBS = _index("verbs")
_NOUNS = _with_singulars(_index("nouns"))

# Verbs that report speech or belief: the verb is a statement event and its subject a
# source for the events in its complement. "strong" reporting presents the content as
# reported; "weak" (belief, inference) as hedged.
REPORTING_STRONG = frozenset(
    "say tell state announce confirm acknowledge report claim add note write reveal declare "
    "explain assert insist argue admit testify reply respond disclose stress emphasise "
    "emphasize show".split())
REPORTING_WEAK = frozenset(
    "estimate indicate suggest believe think predict expect speculate fear suspect assume "
    "assess".split())
REPORTING = REPORTING_STRONG | REPORTING_WEAK
DENIAL = frozenset("deny reject dismiss refute".split())

# Verbs whose object noun carries the event ("launched an offensive", "took control").
LIGHT_VERBS = frozenset(
    "launch conduct stage mount make hold take begin start continue wage undertake carry sustain suffer incur "
    "resume intensify step give have open strike seize assume".split())

# Word senses. A few verbs and nouns name events of different types by what they act on;
# ``graph.extract`` picks the sense from the parse (see its docstring, Events): "fire" a
# person is personnel, "fire" shots or "at" someone an attack; "release" a person is a
# withdrawal (CAMEO 08: release persons), a statement or footage a statement, a product
# business; "leave" a company or a post is personnel, a place movement; "launch" missiles
# is an attack; a verb whose subject is a disaster ("an earthquake struck", "a storm hit")
# is that disaster; "open fire" is an attack; a strike that people go "on" is a protest.
WEAPON_NOUNS = frozenset(
    "shot shots round rounds bullet bullets missile missiles rocket rockets shell shells "
    "gun guns weapon weapons gas teargas cannon cannons volley volleys salvo salvos "
    "torpedo torpedoes grenade grenades mortar mortars artillery drone drones bomb bombs "
    "projectile projectiles warhead warheads pellet pellets rifle pistol".split())
INFO_NOUNS = frozenset(
    "statement statements report reports detail details footage video videos image images "
    "photo photos photograph photographs picture pictures name names identity data "
    "figure figures finding findings result results information transcript transcripts "
    "recording recordings letter letters document documents record records list "
    "tape tapes audio sketch description".split())
# what one leaves, joins or is fired from as a member: a post or an organisation
POST_NOUNS = frozenset(
    "job jobs post position office role seat company firm team club board government "
    "cabinet party band group presidency premiership chairmanship leadership "
    "administration employer agency department organisation organization "
    "corporation business".split())
DISASTER_SUBJECTS = frozenset(
    "earthquake quake tremor aftershock storm hurricane typhoon cyclone tornado tsunami "
    "flood floods flooding fire blaze wildfire inferno explosion blast avalanche "
    "landslide mudslide lightning drought heatwave snowstorm blizzard eruption".split())
# types a disaster subject overrides ("an earthquake struck", "a storm hit", "shook")
DISASTER_OVERRIDES = frozenset("attack occurrence movement".split())

# Verbs that are not events of the world.
NON_EVENT_VERBS = frozenset("be seem appear become remain let".split())
# ... unless they take no complement: "he will appear in court", "she will remain there"
# are events; "appeared to cause", "remain anonymous" are not
COMPLEMENT_VERBS = frozenset("appear remain".split())

# Adjectives that state an event's outcome when they predicate ("three dead after ...",
# "left three bank workers dead", "was found dead", "found him guilty"; not "the dead
# man"), and its type
ADJECTIVE_EVENTS = {"dead": "casualties", "guilty": "legal"}


# The last word of an event's proper name ("the Paris Air Show", "World War II", "the G20
# Summit"), and the type of that event.
NAMED_EVENT_HEADS = {
    "conference": "meeting", "summit": "meeting", "forum": "meeting",
    "war": "fighting", "election": "election", "elections": "election",
    "games": "occurrence", "olympics": "occurrence", "show": "occurrence",
    "festival": "occurrence", "cup": "occurrence", "championship": "occurrence",
    "championships": "occurrence", "expo": "occurrence", "marathon": "occurrence",
    "tournament": "occurrence", "awards": "occurrence",
}


def type_of_verb(lemma: str) -> EventType:
    return _VERBS.get(lemma.lower(), GENERIC)


def type_of_noun(lemma: str) -> EventType | None:
    """The type of an eventive noun, or ``None`` when the noun is not eventive."""
    return _NOUNS.get(lemma.lower())


def is_eventive_noun(lemma: str) -> bool:
    return lemma.lower() in _NOUNS
