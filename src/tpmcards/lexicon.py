"""The small word lists the grader leans on: stopwords, negations, numbers written as words,
opposites, words of change and comparison that mean the same (units are in units.py). Pure data and
look-ups.

Kept as short tables rather than WordNet (nltk or wn): the grader needs the few senses a
learner swaps when answering ("falls" for "decreases", "larger" for "bigger"), and a general
thesaurus would also call "drop" a synonym of "bead" and "fall" of "autumn".
"""

from __future__ import annotations

from functools import lru_cache

# The grader asks about the same few dozen words thousands of times per question (a choice
# question grades each option against the answer both ways): the look-ups are memoized.
_WORDS_CACHED = 8192


def _table(text: str) -> list[str]:
    return text.split()


STOPWORDS = frozenset(
    _table(
        """a an the and or of to in on for with at by from as is are was were be been being
        it its this that these those their they them he she her his our we you your i me my
        so than then there which who whom what when where why how each every any can could
        should would will must may might do does did has have had also very just own because
        since if whether both either such some here into about one s per through throughout
        mr mrs ms dr jr sr prof
        during across within via among
        another other much really quite"""
    )
)
NEGATIONS = frozenset(_table("not no non never none nothing neither nor without cannot"))
NUMBER_WORDS = {
    w: str(n)
    for n, w in enumerate(
        _table("zero one two three four five six seven eight nine ten eleven twelve")
    )
}
# Roman numerals that are not also words ("I", "V", "X", "XL" stay letters): World War II.
NUMBER_WORDS.update(
    {
        r: str(n)
        for n, r in enumerate(["", "", "ii", "iii", "iv", "", "vi", "vii", "viii", "ix"])
        if r
    }
)

# Words that change a number's value or era: "6 dozen", "negative 6", "44 bc" are not "6", "44".
NUMBER_CHANGERS = frozenset(
    _table(
        """bc bce ad ce dozen dozens score gross squared cubed square cube root negative minus
        plus times half double twice triple percent cent"""
    )
)

# Words that open a qualifying phrase: a preposition, an article, a participle.
QUALIFIER_STARTS = frozenset(
    _table(
        "in on at by with without from for as of via through like unlike into onto within the a an "
        "which who whose "
        "usually mostly mainly often typically especially chiefly largely not e i such bound made "
        "found known built held kept set sent shown seen given taken written done run led paid "
        "sold told brought caught taught spent lost won worn born drawn driven grown hidden "
        "spoken chosen frozen broken fallen stuck hung"
    )
)
# Roles, not names: "Engineering Managers" answers "who" with no surname in it.
ROLES = frozenset(
    _table(
        "manager director engineer team lead officer owner head chief member group department "
        "committee board council staff analyst designer developer administrator coordinator "
        "sponsor stakeholder user customer client partner"
    )
)
# Programs a command line opens with: "git rebase" is recalled as "rebase".
PROGRAMS = frozenset(
    _table(
        "git docker kubectl npm npx yarn pnpm pip pipx cargo rustup go apt brew helm terraform "
        "aws gcloud az conda poetry dotnet mvn gradle systemctl"
    )
)
# Words that open a sentence rather than name its answer.
OPENERS = frozenset(
    _table(
        "however yes no yeah well first second third then next finally also so thus therefore "
        "hence instead otherwise sometimes often usually generally typically again still now "
        "basically essentially ideally actually indeed briefly"
    )
)

# Words that mean the same as a verb of change or a comparison, and the group each is the
# opposite of: "demand decreases" is "demand falls", "demand grows" is its opposite.
_SENSES: tuple[tuple[str, str], ...] = (
    (
        "increase rise grow climb soar raise expand",
        "decrease fall drop decline shrink reduce diminish sink lower lessen",
    ),
    ("more greater larger bigger over above", "less fewer smaller lesser under below"),
    ("most greatest largest biggest", "least fewest smallest"),
    ("big large", "small"),
    ("faster quicker", "slower"),
    ("fast quick rapid", "slow"),
    ("convert translate turn transform", ""),  # "turns names into addresses"; no opposite
    ("start begin", "end finish"),
)
_ANTONYM_PAIRS = [
    ("higher", "lower"),
    ("high", "low"),
    ("longer", "shorter"),
    ("long", "short"),
    ("same", "different"),
    ("always", "never"),
    ("all", "some"),
    ("always", "sometimes"),
    ("before", "after"),
    ("first", "last"),
    ("early", "late"),
    ("earlier", "later"),
    ("maximum", "minimum"),
    ("max", "min"),
    ("best", "worst"),
    ("better", "worse"),
    ("inside", "outside"),
    ("internal", "external"),
    ("input", "output"),
    ("inbound", "outbound"),
    ("import", "export"),
    ("upload", "download"),
    ("upper", "lower"),
    ("push", "pull"),
    ("true", "false"),
    ("accept", "reject"),
    ("allow", "deny"),
    ("open", "close"),
    ("open", "closed"),
    ("start", "end"),
    ("begin", "end"),
    ("success", "failure"),
    ("positive", "negative"),
    ("gain", "loss"),
    ("add", "remove"),
    ("strong", "weak"),
    ("public", "private"),
    ("include", "exclude"),
    ("encrypt", "decrypt"),
    ("encode", "decode"),
    ("read", "write"),
    ("up", "down"),
    ("left", "right"),
    ("north", "south"),
    ("east", "west"),
    ("hot", "cold"),
    ("heavy", "light"),
    ("rich", "poor"),
    ("expand", "contract"),
    ("acid", "base"),
    ("acidic", "basic"),
    ("horizontal", "vertical"),
    ("centralized", "decentralized"),
    ("centralised", "decentralised"),
    ("dependent", "independent"),
    ("direct", "indirect"),
    ("mutable", "immutable"),
]
# Prefixes that make an opposite: "synchronous" and "asynchronous" are one typo apart.
# The shortest stem each takes: a short word is no stem ("into" is not the opposite of "to"),
# and "another", "around", "inform", "deliver" are words of their own, not negations.
_NEGATING_PREFIXES = {
    "a": 6,
    "an": 6,
    "un": 4,
    "in": 5,
    "im": 5,
    "il": 4,
    "ir": 4,
    "non": 4,
    "dis": 4,
    "de": 6,
    "anti": 4,
}
# Prefixes of opposite sense: "hyperglycemia" is not a typo of "hypoglycaemia".
_OPPOSED_PREFIXES = (
    ("hyper", "hypo"),
    ("over", "under"),
    ("pre", "post"),
    ("inter", "intra"),
    ("macro", "micro"),
    ("endo", "exo"),
    ("super", "sub"),
    ("up", "down"),
    ("in", "out"),
)
# Past forms a suffix does not give: "prices rose" is "prices rise"; nouns of change.
_IRREGULAR = {
    "rose": "rise",
    "risen": "rise",
    "grew": "grow",
    "grown": "grow",
    "fell": "fall",
    "fallen": "fall",
    "shrank": "shrink",
    "shrunk": "shrink",
    "sank": "sink",
    "sunk": "sink",
    "began": "begin",
    "begun": "begin",
    # Nouns of change no ending gives: "growth" is "grow" as "expanding" is "expand".
    "growth": "grow",
    "expansion": "expand",
    "reduction": "reduce",
}


@lru_cache(maxsize=_WORDS_CACHED)
def stem(word: str) -> str:
    """A light stem, so "increases" and "increase", "OKRs" and "OKR" meet."""
    if any(ch.isdigit() for ch in word) or len(word) <= 3:
        return word
    for suffix, keep in (("ies", "y"), ("sses", "ss"), ("es", "e"), ("s", "")):
        if word.endswith(suffix) and not word.endswith("ss") and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + keep
    return word


_SENSE_OF: dict[str, int] = {}  # word -> its sense group; group ^ 1 is the opposite one
for _n, _pair in enumerate(_SENSES):
    for _side, _group in enumerate(_pair):
        for _word in _table(_group):
            _SENSE_OF[_word] = 2 * _n + _side
_ANTONYMS: dict[str, frozenset[str]] = {}
for _a, _b in _ANTONYM_PAIRS:
    for _x, _y in ((_a, _b), (_b, _a)):
        _ANTONYMS[stem(_x)] = _ANTONYMS.get(stem(_x), frozenset()) | {stem(_y)}
_KNOWN = frozenset(_SENSE_OF) | frozenset(_ANTONYMS)


@lru_cache(maxsize=_WORDS_CACHED)
def base(word: str) -> str:
    """The table's form of a word ("decreasing", "dropped", "fell" -> "decrease", "drop",
    "fall"), else its light stem."""
    if word in _KNOWN:
        return word
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    for suffix in ("ing", "ed", "es", "s", "d"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            root = word[: -len(suffix)]
            for candidate in (root, root + "e", root[:-1] if root[-1] == root[-2] else ""):
                if candidate in _KNOWN:
                    return candidate
    return stem(word)


@lru_cache(maxsize=_WORDS_CACHED)
def roots(word: str) -> frozenset[str]:
    """The roots a word may have, from its endings ("establishes" -> "establish", "sets" ->
    "set"): two words with a root in common may be one word in two forms."""
    found = {word, base(word), stem(word)}
    for suffix in ("ing", "ed", "es", "s", "d"):
        root = word[: -len(suffix)]
        if word.endswith(suffix) and len(root) >= 3:
            found |= {root, root + "e"}
            if suffix in {"ing", "ed"} and root[-1] == root[-2]:  # "controlled": "control"
                found.add(root[:-1])
    return frozenset(found)


# Plurals no ending gives: "mice", "vertices", "criteria".
_PLURALS = dict(
    pair.split(":")
    for pair in _table(
        """mouse:mice goose:geese louse:lice child:children person:people man:men woman:women
        tooth:teeth foot:feet leaf:leaves knife:knives wife:wives life:lives half:halves
        shelf:shelves wolf:wolves index:indices vertex:vertices matrix:matrices
        appendix:appendices apex:apices axis:axes crisis:crises thesis:theses
        hypothesis:hypotheses analysis:analyses diagnosis:diagnoses criterion:criteria
        phenomenon:phenomena datum:data medium:media bacterium:bacteria curriculum:curricula
        cactus:cacti fungus:fungi nucleus:nuclei radius:radii stimulus:stimuli alga:algae
        larva:larvae formula:formulae antenna:antennae ox:oxen"""
    )
)


_SIBILANTS = ("s", "x", "z", "ch", "sh")  # endings that take -es in the plural


def one_word(a: str, b: str) -> bool:
    """Whether two words are one word in two forms: "calling" and "calls", "mice" and
    "mouse", "vertex" and "vertices"."""
    if _PLURALS.get(a) == b or _PLURALS.get(b) == a:
        return True
    # A plural in -es of a short word: "gases" is "gas", "boxes" is "box", "buses" is "bus".
    for plural, single in ((a, b), (b, a)):
        if plural == single + "es" and len(single) >= 3 and single.endswith(_SIBILANTS):
            return True
    shared = roots(a) & roots(b)
    # A root of three letters is no stem: "bases" is "base", but "used" is not "uses"'s "us".
    return any(len(r) >= 4 for r in shared)


def compares(word: str) -> bool:
    """Whether a word is one of change or comparison the tables know ("slower", "rises")."""
    return base(word) in _KNOWN


def same_sense(a: str, b: str) -> bool:
    """Whether two different words say the same change or comparison ("falls", "decreased")."""
    sa, sb = _SENSE_OF.get(base(a)), _SENSE_OF.get(base(b))
    return sa is not None and sa == sb


def opposite(a: str, b: str) -> bool:
    """Whether two words are opposites: from the tables, or by a negating prefix."""
    sa, sb = base(a), base(b)
    if sb in _ANTONYMS.get(sa, ()):
        return True
    group_a, group_b = _SENSE_OF.get(sa), _SENSE_OF.get(sb)
    if group_a is not None and group_b is not None and group_a ^ 1 == group_b:
        return True
    if negation_of(sa, sb) or negation_of(sb, sa):
        return True
    return _opposed_prefixes(a, b)


def negation_of(word: str, other: str) -> bool:
    """Whether `word` is `other` with a negating prefix: "unstable", "stable"."""
    # The prefix is what `word` holds before `other`: one look-up, not one try per prefix.
    cut = len(word) - len(other)
    if cut <= 0 or not word.endswith(other):
        return False
    shortest = _NEGATING_PREFIXES.get(word[:cut])
    return shortest is not None and len(other) >= shortest


def negated_form_of(word: str, other: str) -> bool:
    """Whether `word` is a form of `other` with a negating prefix: "uncontrolled" of
    "control", as "without control" says it."""
    return any(
        word.startswith(prefix)
        and len(word) - len(prefix) >= shortest
        and one_word(word[len(prefix) :], other)
        for prefix, shortest in _NEGATING_PREFIXES.items()
    )


def _opposed_prefixes(a: str, b: str) -> bool:
    """Whether two words differ by prefixes of opposite sense, the rest one slip apart at most
    ("hyperglycemia", "hypoglycaemia"; "upstream", "downstream")."""
    from rapidfuzz.distance import OSA

    for one, other in _OPPOSED_PREFIXES:
        for x, y in ((a, b), (b, a)):
            if x.startswith(one) and y.startswith(other):
                rest_x, rest_y = x[len(one) :], y[len(other) :]
                if min(len(rest_x), len(rest_y)) >= 4 and OSA.distance(rest_x, rest_y) <= 1:
                    return True
    return False


# Short forms of words in names and places: "St Petersburg" is "Saint Petersburg".
_SHORT_FORMS = {
    "st": "saint",
    "mt": "mount",
    "ft": "fort",
    "vs": "versus",
    "dept": "department",
    "govt": "government",
    "univ": "university",
    "intl": "international",
    "bce": "bc",
    "ce": "ad",
}


def same_short_form(a: str, b: str) -> bool:
    """Whether one word is the other's short form ("mt" and "mount")."""
    return _SHORT_FORMS.get(a) == b or _SHORT_FORMS.get(b) == a
