"""Yes/no questions in the languages guides are written in (../shared/CARDS.md rule 4).

Pure text tests, no card writing: `yes_no_question` says whether a question's wording
asks for yes or no, `yes_no_answer` whether an answer opens by saying yes or no, and
`true_false_options` whether a choice question offers only "true" and "false". Each is a
property of the text's language (its auxiliaries, its question particles, its words for
yes and no), never of one document.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lazyre import lazy

__all__ = [
    "asks_for_content",
    "question_word",
    "true_false_answer",
    "true_false_options",
    "yes_no_answer",
    "yes_no_question",
]

# A question that opens with an auxiliary or a verb (or, in French, an inverted verb) asks
# for yes or no in these languages; a question word first ("What", "Was ist", "¿Qué",
# "Pourquoi") asks for content and never matches, since the pattern is anchored.
_OPENING = lazy(
    r"""^[¿¡]?\s*(?:
      (?!was\s+(?:ist|sind|bedeutet|bedeutete|macht|machte|passiert|passierte|geschah|geschieht
        |kann|konnte|muss|musste|heißt|heisst|tut|tat|gibt|gab|war|waren|wird|wurde|wurden|soll
        |sollte|steht|stand|regelt|garantiert|versteht|bezeichnet|meint|besagt)\b)
      (?:is|are|was|were|do|does|did|can|could|should|would|will|has|have|had|must|may)\b
    | (?:kann|können|ist|sind|gibt\s+es|muss|müssen|darf|dürfen|hat|haben|wird|werden
        |soll|sollte|sollten|war|waren|brauche|braucht)\b                       # German
    | (?:es|son|está|están|puedo|puede|pueden|hay|tengo|tiene|debo|debe|existe
        |se\s+puede)\b                                                         # Spanish
    | (?:é|posso|pode|podem|há|tem|devo|preciso)\b                             # Portuguese
    | (?:est-ce\s+qu|y\s+a-t-il
        |\w+-(?:t-)?(?:je|tu|il|elle|on|nous|vous|ils|elles)\b)                # French
    | (?:è|può|possono|si\s+può|ci\s+sono|c'è|c’è|sono)\b                      # Italian
    )""",
    re.I | re.X,
)
# Chinese asks yes/no with 是否/能否, an A-not-A pair (能不能, 是不是, 有没有) or a closing 吗.
_CHINESE = lazy(
    r"是否|能否|可否|能不能|是不是|有没有|可不可以|会不会|对不对|要不要|吗\s*[？?]?\s*$"
)
# Japanese closes every question with か; it asks yes/no when no question word asks for more.
_JAPANESE = lazy(r"か\s*[？?]\s*$")
_JAPANESE_WH = lazy(
    r"何|なに|なん|なぜ|どう|どこ|いつ|誰|だれ|どれ|どの|どんな|いくつ|いくら"
)
# Russian asks yes/no with the particle ли after the word in question ("Можно ли …?").
# A question word first ("Как узнать, включено ли …?") asks for content.
_RUSSIAN = lazy(r"(?<![а-яё])ли(?![а-яё])", re.I)
_RUSSIAN_WH = lazy(
    r"^\W*(?:что|почему|зачем|как|когда|где|куда|откуда|как(?:ой|ая|ое|ие|ую|им)|кто|сколько"
    r"|чем|чего|чей|чья)(?![а-яё])",
    re.I,
)
# Korean closes a polite question with 나요/가요/까(요)/죠; without a question word it asks
# for yes or no.
_KOREAN = lazy(r"(?:나요|가요|까요?|죠|니)\s*[？?]\s*$")
_KOREAN_WH = lazy(r"무엇|뭐|무슨|왜|어떻게|어떤|어디|언제|누구|누가|어느|몇|얼마")
# "A or B?" asks which one, not yes or no.
_ALTERNATIVE = lazy(r"\s(?:or|oder|o|ou|oppure|или)\s|还是|아니면|또는", re.I)

# An answer that opens with a word for yes or no, standing alone (a comma, a stop or the
# end after it): "No, ..." is an answer to a yes/no question, "No code is needed" is not,
# and "是一种框架" (is a kind of framework) is a definition, not "yes".
_YES_NO_WORD = lazy(
    r"""^\W*(?:
      yes|yep|yeah|no|nope|absolutely|sure|of\s+course|certainly|definitely
    | ja|nein|jein|natürlich|klar|selbstverständlich
    | sí|si|sì|claro|por\s+supuesto|sim|não|nao|oui|non|bien\s+sûr|certo|certamente
    | 是的|是|不是的|不是|对|不对|错|不|可以的|可以|不可以的|不可以|不能的|不能|能的|当然|没有
    | はい|いいえ|ええ
    | да|нет|конечно|разумеется
    | tak|nie|oczywiście|evet|hayır|nee|nej|kyllä
    | 네|예|아니요|아니오|아뇨|물론
    )(?=\s*(?:[,.!;:，。！；：、—–]|-\s|$))""",
    re.I | re.X,
)

# The words a true/false item offers as its two options.
_TRUE_FALSE = {
    "true", "false", "correct", "incorrect", "wahr", "falsch", "richtig", "verdadero",
    "verdadeiro", "falso", "vrai", "faux", "vero", "正确", "错误", "对", "错", "是", "否",
    "正しい", "誤り", "○", "×",
}  # fmt: skip


_LETTER = lazy(r"^\s*[A-Za-z][.)、:：]\s*")  # "A. " before an option
_CHOSEN = lazy(r"^\(?[A-Ha-h]\)\s*")  # "C) " before the option an answer chose


def yes_no_question(question: str) -> bool:
    """Whether the plain-text `question` asks for yes or no by its wording alone."""
    text = question.strip()
    if _ALTERNATIVE.search(text):
        return False
    if (
        _OPENING.match(text)
        or _CHINESE.search(text)
        or (_RUSSIAN.search(text) and not _RUSSIAN_WH.search(text))
    ):
        return True
    if _KOREAN.search(text) and not _KOREAN_WH.search(text):
        return True
    return bool(_JAPANESE.search(text)) and not _JAPANESE_WH.search(text)


# "No" said as "not (yet) possible": "Not yet.", "At the moment it is not possible, ...",
# "Al momento non è possibile", "Noch nicht", "Pas encore", "Todavía no", "Ainda não".
_NOT_YET = lazy(
    r"""^\W*(?:
      not\s+(?:yet|now|currently|at\s+(?:the\s+moment|this\s+time|present)|possible|supported)
    | (?:at\s+the\s+moment|currently|right\s+now|for\s+now|at\s+present),?\s+
        (?:it(?:'s|’s|\s+is)\s+|this\s+is\s+)?not\s+(?:yet\s+)?(?:possible|supported)
    | (?:al\s+momento|per\s+ora|attualmente),?\s+non\s+è\s+(?:ancora\s+)?possibile | non\s+ancora
    | (?:por\s+ahora|de\s+momento|por\s+el\s+momento|actualmente),?\s+no\s+es\s+posible
    | todav[íi]a\s+no | a[úu]n\s+no
    | pas\s+encore | (?:pour\s+l['’]instant|pour\s+le\s+moment|actuellement),?\s+
        (?:ce\s+n['’]est|il\s+n['’]est)\s+pas\s+possible
    | noch\s+nicht | (?:derzeit|momentan|aktuell),?\s+(?:ist\s+(?:das|es)\s+)?nicht\s+möglich
    | ainda\s+não | (?:no\s+momento|atualmente|por\s+enquanto),?\s+não\s+é\s+possível
    )(?=\s*(?:[,.!;:，。！；：、—–]|-\s|$|\s))""",
    re.I | re.X,
)
# A short exclamation before the answer proper ("Good question! No, ...").
_EXCLAMATION = lazy(r"^[^.!?]{1,60}!\s+")


@lru_cache(maxsize=1 << 10)  # asked of a card's answer by several steps of the writer
def yes_no_answer(answer: str) -> bool:
    """Whether the plain-text `answer` opens by saying yes or no (or "not yet possible"),
    also after a short exclamation or as the chosen option of a multiple-choice question
    ("C) Non, un expert doit valider")."""
    text = answer.strip()
    return any(
        _YES_NO_WORD.match(opening) or _NOT_YET.match(opening)
        for opening in (
            text,
            _CHOSEN.sub("", text, count=1),
            _EXCLAMATION.sub("", text, count=1),
        )
    )


def true_false_answer(answer: str) -> bool:
    """Whether the plain-text `answer` opens with "True" or "False" (or the words other
    languages use), as a true/false item's key does."""
    first = re.match(r"\W*(\w+)", answer)
    return first is not None and first.group(1).lower() in _TRUE_FALSE


def true_false_options(options: tuple[str, ...]) -> bool:
    """Whether a choice question's `options` are just "true" and "false" (a 判断题)."""
    if len(options) != 2:
        return False
    words = {_LETTER.sub("", o).strip(" \t✅❌✔✘✓✗*_").lower() for o in options}
    return len(words) == 2 and words <= _TRUE_FALSE


# The words that ask for content: "Why not cache it? No: ..." is no yes/no question, and
# "Who built the wall?" asks for another fact than "When was the wall built?".
_CONTENT_WORD = lazy(
    r"\b(?:what|why|how|when|where|which|who|whom|whose|was|warum|wie|wann|wo|welche[rsnm]?"
    r"|wer|qué|que|por\s?qué|cómo|cuándo|dónde|cuál|quién|quoi|pourquoi|comment|quand|où"
    r"|quel(?:le)?s?|perché|come|quando|dove|quale|porque|onde"
    r"|что|почему|зачем|как|когда|где|какой|какая|какое|какие|кто|сколько)\b"
    r"|什么|为什么|怎么|如何|哪|谁|多少|何|なぜ|どう|どこ|いつ"
    r"|무엇|뭐|무슨|왜|어떻게|어떤|어디|언제|누구|누가|어느|몇|얼마"
    # Dutch, at a sentence's start only: "wat" is also "some" ("Krijg ik wat geld terug?").
    r"|(?:^|(?<=[.?!]\s))(?:wat|waarom|hoe|hoeveel|wanneer|waar|welke?|wie)\b",
    re.I,
)


def asks_for_content(question: str) -> bool:
    """Whether a question word asks anywhere in it: "Why not cache it?" asks for content."""
    return _CONTENT_WORD.search(question) is not None


def question_word(question: str) -> str:
    """The question word that opens a question (lower case: "who", "wann", "什么"), or ""
    when it opens otherwise ("Did you score it when ...?")."""
    match = _CONTENT_WORD.match(question.lstrip(" ¿¡"))
    return match.group(0).lower() if match else ""
