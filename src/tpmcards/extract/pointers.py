"""Answers that only send the reader elsewhere: a link, or one sentence saying where the
answer is ("See [the install guide](install.md) for the steps.", "The limits are listed in
the [Quotas](quotas.md) section."). Such an answer holds nothing to recall, so its question
is no card and `check` names it. A sentence that states a fact and also links ("Entries
live sixty seconds; see [TTL](ttl.md).") is an answer. Pure text tests.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup
from bs4.element import PageElement

from ..chrome import CHROME_LINK
from ..lazyre import lazy
from .base import has_link_tag

__all__ = [
    "more_help_question",
    "only_pointer",
    "pointer_sentence",
    "points_away",
    "refers_elsewhere",
]


# The question an FAQ closes with, asking whether the reader needs more ("Still have
# questions?", "Need more help?", "Cần hỗ trợ thêm?", "Noch Fragen?"): its answer only says
# where to ask, nothing to recall.
_MORE_HELP = lazy(
    r"^\W*(?:(?:still|any|other|more|further)\s+(?:have\s+)?(?:other\s+|more\s+|further\s+)?"
    r"questions|(?:do\s+you\s+)?(?:still\s+)?(?:have|got)\s+(?:any\s+)?(?:more|other|further)"
    r"\s+questions|(?:still\s+)?need\s+(?:more\s+|further\s+|additional\s+|extra\s+)?help|"
    r"can['’]?t\s+find\s+(?:what\s+you['’]?re\s+looking\s+for|your\s+answer)|"
    r"c[ầa]n\s+h[ỗo]\s+tr[ợo](?:\s+th[êe]m)?|noch\s+fragen|weitere\s+fragen|"
    r"(?:tienes|tiene|hay)\s+m[áa]s\s+preguntas|m[áa]s\s+preguntas|necesitas\s+(?:m[áa]s\s+)?ayuda|"
    r"d['’]autres\s+questions|encore\s+des\s+questions|besoin\s+d['’]aide|"
    r"ainda\s+tem\s+d[úu]vidas|mais\s+d[úu]vidas|precisa\s+de\s+(?:mais\s+)?ajuda|"
    r"остались\s+вопросы|есть\s+(?:ещё\s+)?вопросы|还有(?:其他)?问题|需要(?:更多)?帮助)"
    r"\W*$",
    re.I,
)


def more_help_question(question: str) -> bool:
    """Whether a question only asks if the reader needs more help ("Still have questions?")."""
    return _MORE_HELP.match(question.strip()) is not None


# A web address written out in plain text (a `.txt` FAQ's "Read my blog http://..."): a link
# as much as an `<a>` is.
_URL = lazy(r"\b(?:https?|ftp)://[^\s<>\"'()\[\]]+", re.I)


# A document's file name written in bold or code: where a pointer sends the reader.
_FILE = lazy(r"[\w./-]+\.(?:md|markdown|rst|txt|adoc|html?|pdf)\b", re.I)
# Its ending alone: found fast (it opens with a literal), and needed by every match of it.
_FILE_END = lazy(r"\.(?:md|markdown|rst|txt|adoc|html?|pdf)\b", re.I)


def _with_links(html: str) -> BeautifulSoup | None:
    """The answer's HTML with each web address written in its text (not in code) as a link;
    None when it holds no link at all."""
    if not (
        has_link_tag(html)
        or ("://" in html and _URL.search(html))
        or (_FILE_END.search(html) and _FILE.search(html))
    ):
        return None
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all(["strong", "b", "code", "em"]):
        if _FILE.fullmatch(tag.get_text().strip()) and tag.find_parent("a") is None:
            tag.name = "a"  # a document's file name (`**SETUP.md**`) points as a link does
    for text in soup.find_all(string=_URL):
        if text.find_parent(["a", "code", "pre"]) is None:
            parts = _URL.split(str(text))
            urls = _URL.findall(str(text))
            new: list[PageElement] = [soup.new_string(parts[0])]
            for url, after in zip(urls, parts[1:], strict=True):
                link = soup.new_tag("a", href=url)
                link.string = url
                new += [link, soup.new_string(after)]
            text.replace_with(*new)
    return soup if soup.find("a") else None


def only_pointer(html: str) -> bool:
    """Whether an answer only points to a link: the link and a word or two around it
    ("See <link>.", "查看 <link>", "深入了解 <link>", "Read my blog http://...")."""
    soup = _with_links(html)
    if soup is None:
        return False
    names = [link.get_text(" ", strip=True) for link in soup.find_all("a")]
    for link in soup.find_all("a"):
        link.decompose()
    rest = soup.get_text().strip()
    if len(names) >= 2 and not re.search(r"\w", rest) and all(map(_names_a_thing, names)):
        return False  # "Which tests?" / "- [Manual](...) - [API](...)": the names answer
    size = len(re.findall(r"[\u3040-\u30ff\u3400-\u9fff]", rest)) // 2 + len(
        re.findall(r"[^\W\d_\u3040-\u30ff\u3400-\u9fff]+", rest)
    )
    return size <= 3


# A link's text that names nothing: an address, "here", "this link", "docs".
_NO_NAME = lazy(
    r"^(?:\W*|(?:https?://|www\.)\S*|here|this|link|this link|click here|more|read more|docs?|"
    r"documentation|source|website|aquí|ici|hier|здесь|这里|此处|链接)$",
    re.I,
)


def _names_a_thing(text: str) -> bool:
    """Whether a link's text names something: not "here", nor a link of the site's own
    ("Home", "Next")."""
    return _NO_NAME.match(text.strip()) is None and CHROME_LINK.match(text) is None


# The text with each run of links as one "LINK" token. A pointer sentence sends the reader
# to that link: an imperative first ("See", "Refer to", "Check out" and a few words before
# the link), or "For the steps, see LINK", or "X is listed / described / documented in
# LINK", "You can find X in LINK"; after the link at most a word or two ("section",
# "page") and a "for ..." or "to learn ..." clause. Nothing else in the answer.
_LINKS = lazy(r"LINK(?:\s*(?:,|and|or|, and|, or)\s*(?:the\s+)?LINK)*")
_SEND = (
    r"(?:please\s+)?(?:see|refer\s+to|read|check(?:\s+out)?|consult|visit|look\s+at|go\s+to"
    r"|head\s+(?:over\s+)?to|(?:take|have)\s+a\s+look\s+at)"
)
_FEW = r"(?:(?!with\b|using\b|via\b|by\b|from\b)[\w'’-]+\s+){0,3}?"
_TAIL = (
    r"(?:\s+(?!for\b|to\b|on\b|about\b)[\w'’-]+){0,2}"  # "section", "page", "guide"
    r"(?:\s*,?\s+(?:for|to\s+(?:learn|see|find|read|get)|on|about)\b[^.;:!?]*)?"
    r"\s*[.!]?\s*$"
)
# The same in the other languages guides are written in: "Siehe LINK", "Voir LINK",
# "Consulta LINK", "Zobacz LINK", "См. LINK"; "Weitere Informationen finden Sie unter LINK",
# "Más información en LINK", "Szczegóły znajdziesz w LINK", "Подробнее в LINK".
_SEND_ELSEWHERE = (
    r"(?:siehe|vgl\.|ver|véase|vea|consulta|consulte|consultez|voir|veja|vedi|zie|zobacz|viz"
    r"|см\.?(?:\s+также)?|смотрите|подробнее\s+(?:см\.?|смотрите))"
)
_MORE = (
    r"(?:(?:weitere|mehr)\s+(?:informationen|details|dazu|infos)|details|más\s+(?:información"
    r"|detalles)|detalles|plus\s+d['’]informations|(?:plus\s+de\s+)?détails|(?:mais|maiores)"
    r"\s+(?:informações|detalhes)|detalhes|maggiori\s+(?:informazioni|dettagli)|dettagli"
    r"|więcej(?:\s+(?:informacji|szczegółów))?|szczegóły|podrobnosti|více\s+informací"
    r"|подробнее|подробности|meer\s+informatie)"
)
_IN = r"in|im|en|dans|em|no|na|nel|nella|w|we|v|ve|в|во|unter|auf|op|bij|sur|à|a"
_TAIL_ELSEWHERE = r"(?:\s+[\w'’-]+){0,2}(?:\s*[\"“«][^\"”»]{1,60}[\"”»])?\s*[.!]?\s*$"
_POINTER = lazy(
    rf"""^(?:
      {_SEND}\s+{_FEW}LINK{_TAIL}
    | (?:for|to)\s+[^,.;]{{0,80}},\s*{_SEND}\s+{_FEW}LINK{_TAIL}
    | [^.;:!?]{{0,80}}?\b(?:is|are)\s+(?:\w+\s+)?(?:listed|described|documented|explained
        |covered|shown|given|detailed|outlined|available|found|defined|summari[sz]ed)
        \s+(?:in|on|at|under|from)\s+{_FEW}LINK{_TAIL}
    | (?:you\s+(?:can|will|may)\s+find|find)\s+[^.;:!?]{{0,80}}?
        \s(?:in|on|at|under)\s+{_FEW}LINK{_TAIL}
    | (?:→\s*|⇒\s*)?{_SEND_ELSEWHERE}\s+{_FEW}LINK{_TAIL_ELSEWHERE}
    | {_MORE}\s+{_FEW}(?:{_IN})\s+{_FEW}LINK{_TAIL_ELSEWHERE}
    )""",
    re.I | re.X,
)


def pointer_sentence(html: str) -> bool:
    """Whether the whole answer is one sentence saying where the answer is, around a link."""
    soup = _with_links(html)
    if soup is None:
        return False
    if len(soup.find_all(["p", "li", "pre", "table", "img"])) > 1 or soup.find(["pre", "img"]):
        return False
    links = soup.find_all("a")
    for link in links:
        link.replace_with(" LINK ")
    text = _LINKS.sub("LINK", re.sub(r"\s+", " ", soup.get_text()).strip())
    return bool(_POINTER.match(text))


def points_away(html: str) -> bool:
    """Whether an answer only points elsewhere: a bare link or one pointer sentence."""
    return only_pointer(html) or pointer_sentence(html)


# A glossary's cross-reference: "See Home Account.", "See also: Broker", "→ Broker".
# The words that send a reader to another entry: "See", "Siehe auch", "→".
_SEE = (
    r"^\s*(?:(?:see|compare|cf\.?)(?:\s+also)?|siehe(?:\s+auch)?|voir(?:\s+aussi)?|v[ée]ase|"
    r"ver|vedi|veja|→|⇒)\s*:?\s+"
)
_CROSS_REFERENCE = lazy(_SEE + r"[^.!?:;]{1,60}\.?\s*$", re.I)
_SEE_WORD = lazy(_SEE, re.I)


def refers_elsewhere(text: str) -> bool:
    """Whether a definition only names the entry that holds it ("See Home Account.")."""
    return _CROSS_REFERENCE.match(text) is not None


def referred_name(text: str) -> str:
    """The entry a cross-reference names: "See Internet service provider." -> its name."""
    return _SEE_WORD.sub("", text).rstrip(". ")
