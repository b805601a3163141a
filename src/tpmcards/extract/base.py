"""What every extraction rule shares: what a rule finds, what it may look at, and the
small readings of headings, blocks and sentences the rules have in common."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from bs4 import BeautifulSoup, Tag

from ..lazyre import lazy
from ..markup import to_text
from ..model import Block, BlockKind, CardKind, Section
from ..patternstore import compile_pattern


@dataclass(frozen=True)
class Found:
    """What a rule found: a question, its answer, and the blocks it used.

    An empty answer means the rule found a question that has none: not a card, a finding.
    """

    question: str  # HTML
    answer: str  # HTML
    kind: CardKind
    line: int
    used: frozenset[int]
    items: tuple[str, ...] = ()
    extra: str = ""  # HTML: background for the back, after the answer (a table's other columns)


@dataclass(frozen=True)
class Scope:
    """The part of a section a rule may still use, and what it may know of the document."""

    section: Section
    free: tuple[int, ...]  # indexes of blocks no earlier rule used
    toc: Mapping[str, str] = field(default_factory=dict)  # heading anchor -> its TOC text
    terms: tuple[str, ...] = ()  # the config's keywords, longest first: cloze candidates
    has_children: bool = False  # sections nested under this one follow it
    lead: bool = False  # the text before the first sub-heading of a guide with explicit Q/A
    faq: bool = False  # under an FAQ, interview or troubleshooting heading: entries ask
    glossary: bool = False  # in a glossary: each heading is a term, its first block defines it
    entry: bool = False  # among FAQ entries that ask: a short heading there is an entry too

    def blocks(self) -> list[tuple[int, Block]]:
        return [(i, self.section.blocks[i]) for i in self.free]


Rule = Callable[[Scope], Iterator[Found]]


# A question's number before it: `1.`, `2)`, `3、`, `#4`, `Q5:`, `QA 6.`, and "Question 7"
# in the languages guides are written in, followed by a colon, stop, bracket or dash.
NUMBERING = lazy(
    r"^\s*(?:(?:\d+|[A-Z])(?:\.\d+)*(?:\)\.|[.):、．])|\d+\s*、|#\d+|Q\s*\d*\s*[.:)]|Q\s*A\s*\d*\s*[.:)]|Q\d+\s+|"
    r"(?:Question|Pregunta|Pergunta|Frage|Domanda|Vraag|Pytanie|Soru|Pertanyaan|"
    r"C[âa]u(?:\s+h[ỏo]i)?|Вопрос|Питання|问题|問題|質問|질문|问|問)"
    r"\s*\d*(?:\.\d+)*\s*[.:)：]|(?:Q|Question|Pregunta|Pergunta|Frage|Domanda|Вопрос)\s*\d+\s*[-–—]|"
    r"\d+\s*[-–—]|"
    # A question's number in brackets, `[Q3]`, or in keycap emoji, `1️⃣`.
    r"\[Q\s*\d{1,3}\]|(?:\d\ufe0f?\u20e3)+|"
    # A number written as an emoji shortcode (`:one:`, `:keycap_ten:`).
    r":(?:zero|one|two|three|four|five|six|seven|eight|nine|keycap_ten|keycap_\d+|\d+):)\s*",
    re.I,
)
# A numbered bold line that asks in a sentence ending with a full stop: a question word or
# an interview's imperative, in the languages guides are written in.
NUMBERED_PROMPT = lazy(
    r"^(?:what|why|how|when|where|which|who|explain|describe|define|list|name|compare|"
    r"give|write|tell|differentiate|distinguish|mention|state|explica|describe|define|"
    r"menciona|nombra|enumera|erkläre|beschreibe|nenne|explique|décrivez|citez)\b.{8,}\.$",
    re.I,
)


# Question marks are a property of text, not of a language: the Latin `?`, the full-width
# `？` of Chinese and Japanese, the Arabic `؟`, the Greek `;` (U+037E, which Unicode folds
# into a semicolon, so a semicolon ends a question only in Greek text).
QUESTION_MARKS = "?？؟\u037e⸮"
# Invisible marks sites append to headings (Docusaurus ends them with a zero-width space).
_INVISIBLE = lazy(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]+")
_GREEK = lazy(r"[\u0370-\u03ff\u1f00-\u1fff]")


# The attributes Pandoc, kramdown, Hugo and Docusaurus let a heading end with: `{#anchor}`,
# `{: #anchor .class}`, `{#anchor .class key=value}`; they are not shown. And a question's
# credits after its mark: "...? (Q: Monika, A: Marcin, 24.09.2017)", who asked, who
# answered, when: no words of the question.
_ATTRIBUTES = lazy(
    r"\s*\{:?\s*[#.][^{}]*\}\s*$"
    r"|(?<=[?？])\s*\((?=[^()]*\bQ\s*[:,][^()]*\bA\s*:)[^()]*\)\s*$"
)


@lru_cache(maxsize=1 << 10)  # asked of every heading and line by many rules
def visible(text: str) -> str:
    """Text as a page shows it: without the zero-width characters pages hide in it, a
    heading's closing `{#anchor}` attributes and a question's closing credits, trimmed."""
    return _ATTRIBUTES.sub("", _INVISIBLE.sub("", text)).strip()


# What a text needs to end a question (`ends_question`): a mark, a `;` (Greek), or a numeric
# entity that `to_text` may read as one.
_MAY_ASK = lazy(rf"[{QUESTION_MARKS};]|&#")


def may_ask(html: str) -> bool:
    """Whether any text of `html` may end with a question mark: False rules every part out."""
    return _MAY_ASK.search(html) is not None


# A short note in brackets after the question mark still asks: a level or a tag of an
# interview file ("What is X? (Junior)", "¿Qué es X? (básico)").
_AFTER_MARK = lazy(r"([?？؟])\s*\([^()?？]{1,20}\)\s*$")


@lru_cache(maxsize=1 << 10)
def ends_question(text: str) -> bool:
    """Whether text ends with a question mark of any script (`?`, `？`, `؟`, Greek `;`), or
    asks to judge a statement after a "True or false?" of its own ("Vrai ou faux ? On peut
    ...")."""
    text = _AFTER_MARK.sub(r"\1", visible(text)).rstrip(" )\"'”»*_")
    if not text:
        return False
    last = text[-1]
    return (
        last in QUESTION_MARKS
        or (last == ";" and _GREEK.search(text) is not None)
        or (_TRUE_OR_FALSE.match(text) is not None and len(text) > 24)
    )


# "True or false?" opening a statement to judge, in the languages quizzes are written in;
# its number (`:seven:`, `7.`) before it.
_TRUE_OR_FALSE = lazy(
    r"^\W*(?::[\w+-]+:\s*)?(?:\d+\W*)?(?:true or false|vrai ou faux|verdadero o falso|"
    r"verdadeiro ou falso|vero o falso|"
    r"richtig oder falsch|wahr oder falsch|waar of onwaar|prawda czy fa[łl]sz|"
    r"правда или (?:ложь|нет)|верно или неверно|doğru mu yanlış mı|đúng hay sai|"
    r"benar atau salah|对还是错|是非题|判断(?:题|对错)?|正誤|○×|참 거짓|참인가 거짓인가)"
    r"\s*[?？:：.]",
    re.I,
)


_WH = {"what", "why", "how", "who", "whom", "whose", "when", "where", "which"}
_AUX = {
    "is", "are", "was", "were", "do", "does", "did", "can", "could", "should", "would",
    "will", "shall", "may", "might", "must", "has", "have", "had", "to",
}  # fmt: skip


# An interview prompt in the imperative, written as a sentence ("Explain X and Y."): a
# guide's step heading ("Define the scope") has no full stop.
_PROMPT = lazy(
    r"^(?:Explain|Describe|Define|Compare|Contrast|Differentiate|Distinguish)\s+\S+\s+\S+.*\.$"
)


# A numbered question label: `Q1.`, `Q 2:`, `Question 3:` and its words in other languages.
# What follows it is asked, whatever its form ("Q1. Count the rows of the orders table.").
_Q_LABEL = lazy(
    r"^\s*(?:Q\s*\d+|(?:Question|Pregunta|Pergunta|Frage|Domanda|Vraag|Pytanie|Вопрос)\s+\d+"
    r"|(?:问题|問題|質問)\s*\d+)\s*[.:)：．]\s*\S",
    re.I,
)


# The blank of a fill-in-the-blank statement: "DevOps is an extension of _____ infrastructure."
_BLANK = lazy(r"(?<![^\W_])_{3,}(?![^\W_])|＿{2,}")


def has_blank(text: str) -> bool:
    """Whether a statement of four words or more leaves a blank for the learner to fill:
    it asks for what the blank leaves out, as plainly as a question does."""
    if "_" not in text and "＿" not in text:
        return False
    return _BLANK.search(text) is not None and len(text.split()) >= 4


# Pictographs a guide decorates its entries with (`✍Write a function ...`, `🐝 What is a
# drone?`, `1. 🔥 Why ...`): not words of the question.
_PICTOGRAPHS = lazy(r"^(?:[\u2600-\u27bf\u2b50\u2b55\U0001f000-\U0001faff][\ufe0f\u200d]*\s*)+")


def asked_words(heading: str) -> str:
    """A heading's words as it asks them: without its number and the pictographs before."""
    text = _PICTOGRAPHS.sub("", visible(heading))
    return _PICTOGRAPHS.sub("", NUMBERING.sub("", text)).strip()


@lru_cache(maxsize=1 << 14)  # asked of every heading above every card
def question_text(heading: str) -> str | None:
    """The question a heading asks, without numbering or a `Q.` prefix; None if it asks none."""
    text = asked_words(heading)
    if _PROMPT.match(text) or (_Q_LABEL.match(visible(heading)) and len(text.split()) > 1):
        # "Explain the difference between X and Y." asks as plainly as "What is ...?".
        return text.rstrip(".") if not ends_question(text) else text
    if has_blank(text):
        return text
    return text if ends_question(text) and len(text) > 3 else None


@lru_cache(maxsize=1 << 14)  # asked of every heading above every card
def asks_without_mark(heading: str) -> bool:
    """Whether a heading reads as a question ("What is X") but lacks its question mark."""
    text = asked_words(heading)
    if ends_question(heading):
        return False
    if _has_cjk(text):
        # Chinese asks with its question word, not word order: "什么是虚拟 DOM".
        return _CJK_ASKS.search(text) is not None and not text.endswith(("。", "."))
    words = text.lower().split()
    if len(words) < 3:
        return False
    return (words[0] in _WH and words[1] in _AUX - {"to"}) or _ASKS_OPENING.match(text) is not None


# Other languages' "what is", "why", "how does ... work" opening a heading without its mark:
# "Что такое DML", "Qué es un índice", "Was ist ein Commit".
_ASKS_OPENING = lazy(
    r"^\W*(?:что\s+такое|что\s+означает|чем\s+отличается|почему|зачем|как\s+работает|що\s+таке|"
    r"чому|qu[ée]\s+(?:es|son|significa)|por\s+qu[ée]|c[óo]mo\s+funciona|cu[áa]l(?:es)?\s+(?:es|son)|"
    r"o\s+que\s+(?:é|são|significa)|qual\s+(?:é|a)|quais\s+são|qu['’]est-ce\s+qu|pourquoi|"
    r"quel(?:le)?s?\s+(?:est|sont)|was\s+(?:ist|sind|bedeutet)|warum|wie\s+funktioniert|"
    # German asks with a w-word before any verb ("Was umfasst", "Welche ... gibt es", "Wie
    # ist ... aufgebaut"), or with the verb first ("Sind Freiberufler buchführungspflichtig").
    r"(?:was|wer|wann|wie|wo|wozu|wodurch|womit|wieso|weshalb|welche[rsnm]?)\s+\S+|"
    r"(?:ist|sind|gibt\s+es|kann|k[öo]nnen|muss|m[üu]ssen|darf|d[üu]rfen|soll|sollte|hat|haben|"
    r"wird|werden)\s+\S+|"
    r"(?:che\s+)?cos['’]\s*[èe]|cosa\s+(?:è|sono)|perch[ée]|qual\s+è|quali\s+sono|"
    r"co\s+to\s+jest|czym\s+(?:jest|s[ąa])|dlaczego|wat\s+(?:is|zijn|betekent)|waarom|"
    r"apa\s+itu|mengapa|kenapa)\s+\S",
    re.I,
)


_CJK = lazy(r"[\u3040-\u30ff\u3400-\u9fff]")


def _has_cjk(text: str) -> bool:
    # Most guides hold no character from U+3040 on, which `max` says at C speed, without
    # compiling the pattern (a class of 28,000 characters: about 2 ms).
    return max(text, default="") >= "\u3040" and _CJK.search(text) is not None


# A question word opening the heading ("什么是…", "为什么…"), or a yes/no form anywhere
# ("…是否…", "有没有…", "…吗"). "如何…" ("how to …") opens a how-to, not a question.
_CJK_ASKS = lazy(
    r"^(?:什么|什麼|为什么|為什麼|哪|谁|誰)|是否|有没有|有沒有|能否|可否|为何|為何|"
    # "...有什么区别" (what is the difference), "...为什么...", "如何..." anywhere.
    r"有什么|有什麼|有何|有哪些|为什么|為什麼|是什么|是什麼|怎么|怎麼|如何|"
    r"(?:吗|嗎|呢|怎么办|怎麼辦)$"
)


def question_mark_for(text: str) -> str:
    """The question mark text of this script takes: `？` after Chinese or Japanese."""
    return "？" if _has_cjk(text) else "?"


# Headings that hold questions and answers, whatever their entries look like.
FAQ_HEADING = lazy(
    r"\b(?:faqs?|f\.a\.q\.?|frequently asked|common questions|questions|q\s*&\s*a|"
    r"interview\s+(?:questions?|prep\w*|q\s*&\s*a)|trouble-?shooting|preguntas|entrevistas?|"
    r"fragen|questions fr[ée]quentes|"
    r"perguntas|domande|vragen|sss|pytania|sorular|pertanyaan|tanya\s+jawab|"
    r"c[âa]u\s+h[ỏo]i|вопросы|вопросы\s+и\s+ответы|питання|собеседовани[ея]|"
    r"ερωτήσεις)\b|常见问题|常見問題|常见疑问|常見疑問|疑难解答|疑難解答|"
    r"面试|面試|问答|問答|问题集|問題集|问题合集|問題合集|问题汇总|問題彙總|よくある質問|質問|자주\s*묻는\s*질문|질문|면접|"
    r"الأسئلة|أسئلة",
    re.I,
)
# The opening of an interview prompt or an FAQ entry written without a question mark.
PROMPT_START = lazy(
    r"^(?:how to|how do|tell me|tell us|explain|describe|walk me through|walk us through|"
    r"give (?:me |us )?an example|share an example|talk about|what|why|when|where|which|who|how)\b",
    re.I,
)
_WH_START = lazy(r"^(?:how|what|why|when|where|which|who)\b", re.I)


# One word that names a thing of code: an error or class (`ModuleNotFoundError`), a
# constant (`ECONNREFUSED`), a name with digits, underscores, dots or a call.
_NAMED_THING = lazy(
    r"^(?:[A-Za-z]+[a-z][A-Z]\w*|[A-Z][A-Z0-9]*_[A-Z0-9_]+|[A-Z]{5,}|\w*\d\w*|"
    r"\w+(?:[._:]\w+)+|\w+\(\))$"
)


def entry_question(heading: str, among_entries: bool = False) -> str | None:
    """The question an FAQ or interview entry asks without a question mark: "How to reset
    the cache", "Tell me about a time you disagreed", "Instance timed out!", an entry of two
    words or more among entries that ask ("Colorized output"), or one naming an error
    (`ModuleNotFoundError`); None for a category or label heading ("Installation")."""
    text = asked_words(heading)
    if faq_heading(text):
        return None  # "XYZ Interview Questions" names a collection; it asks nothing
    # Chinese and Japanese put no spaces between words: count their characters instead.
    words = len(text) // 2 if _has_cjk(text) else len(re.findall(r"\S*[^\W\d_]\S*", text))
    prompt = PROMPT_START.match(text) is not None
    if words < 2 and not _NAMED_THING.match(text):
        return None  # "Setup", "安装": a category, however it is placed
    if words < 3 and not (prompt or text.endswith("!") or among_entries or words < 2):
        return None  # "Key points", "Chapter Two": a label, unless its siblings all ask
    if _WH_START.match(text):
        # "Why a new shell? Plenty exist already…" asked already: no mark after its end.
        return text if any(m in text for m in QUESTION_MARKS) else text.rstrip(".!:") + "?"
    return text.rstrip(".:。") if prompt else text.rstrip("。")


GLOSSARY_HEADING = lazy(
    r"\b(?:glossary|glossar|glosarium|glosari|glosario|glossaire|gloss[áa]rio|glossario|terminology|"
    r"vocabulary|vocab|word\s?list|lexicon|lexique|l[ée]xico|lexikon|definitions|key terms|"
    r"terms and definitions|begriffe|"
    r"(?:lern)?wortschatz|vokabeln|vokabular|wortliste|vocabulario|vocabulaire|vocabolario|"
    r"lessico|s[łl]ownictwo|woordenschat|kelime listesi|"
    r"abbreviations|acronyms|abreviaturas|siglas|abk[üu]rzungen|abr[ée]viations|"
    r"definizioni|definiciones|d[ée]finitions|definitionen|defini[çc][õo]es|definities|"
    r"terminologi[ae]|terminolog[ií]a|woordenlijst|begrippen(?:lijst)?|s[łl]ownik|s[łl]owniczek|"
    r"slovn[íi]k|s[öo]zl[üu]k|terimler|thu[ậa]t\s+ng[ữu]|t[ừu]\s+v[ựu]ng|istilah|kamus|kosakata|"
    r"словарь|глоссарий|термины|глосарій|словник|терміни|γλωσσάριο|λεξικό|"
    r"ord\s?lista|ordliste|sanasto|sz[óo]jegyz[ée]k|glossz[áa]rium|glos[áa][řr]|glosar|"
    r"dictionary|dizionario|diccionario|dictionnaire|dicion[áa]rio|w[öo]rterbuch|woordenboek|"
    r"daftar\s+istilah|b[ảa]ng\s+thu[ậa]t\s+ng[ữu])\b|"
    r"术语|術語|词汇|詞彙|生词|单词表|用語集|用語|語彙|単語帳|어휘|단어장|缩写|縮寫|名词表|名詞表|词典|辞典|辞書|용어|용어집|מילון|מונחים|"
    r"مسرد|مصطلحات|शब्दावली",
    re.I,
)


@lru_cache(maxsize=1 << 14)  # asked of every heading above every section
def faq_heading(heading: str) -> bool:
    """Whether a heading names an FAQ, interview or troubleshooting part (`FAQ_HEADING`)."""
    return FAQ_HEADING.search(heading) is not None


# A title naming a field's words: "Cooking Terms", "Sailing terms"; not a licence's or a
# service's. A heading's, not a file's name ("defined-terms.md" holds more than terms).
_FIELD_TERMS = lazy(
    r"^(?!.*\b(?:licen[cs]e|service|payment|usage|use|these|our|the)\s+terms\s*$)"
    r"[^\W\d_][\w-]*\s+terms\s*$",
    re.I,
)


@lru_cache(maxsize=1 << 14)
def glossary_heading(heading: str) -> bool:
    """Whether a heading names a glossary (`GLOSSARY_HEADING`, or a field's terms)."""
    return GLOSSARY_HEADING.search(heading) is not None or _FIELD_TERMS.match(heading) is not None


_ARTICLE = r"(?:(?:a|an|the|el|la|los|las|lo|un|una|der|die|das|ein|eine|le|les|l'|o|os|as)\s+)?"
_DEFINES = (
    r"(?:is|are|was|means|refers to|stands for|describes|es|son|significa|ist|sind|"
    r"bezeichnet|est|sont|désigne|é|são|è|sono|是|指)\b|\s*[(:—–-]"
)


# Compiled once: a pattern per term would be compiled again for every heading of a long
# glossary (the regex cache holds 512), a third of a big build's time.
_LEAD = lazy(r"^\W*")
_LEAD_ARTICLE = lazy(rf"^\W*{_ARTICLE}", re.I)
_AFTER_TERM = lazy(rf"(?:s|es)?\s*(?:{_DEFINES})", re.I)


def defines(term: str, text: str) -> bool:
    """Whether a sentence opens by defining `term`: "Hooks are ...", "A header is ...",
    "Los Hooks son ...", "DNS (Domain Name System) ..."."""
    term = visible(term).lower()
    if not term or len(term.split()) > 5:
        return False
    body = visible(text)
    lead, with_article = _LEAD.match(body), _LEAD_ARTICLE.match(body)
    for start in {lead.end() if lead else 0, with_article.end() if with_article else 0}:
        end = start + len(term)
        if body[start:end].lower() == term and _AFTER_TERM.match(body, end):
            return True
    return False


def toc_text(heading: str, toc: Mapping[str, str]) -> str | None:
    """The table of contents' text for a heading: the link whose anchor is its slug, or,
    for a heading written as a slug (`## can-i-move-the-anchor`), the link whose anchor or
    text is nearest to it despite case, separators or a typo."""
    exact = toc.get(slug(heading))
    if exact is not None or not toc:
        return exact
    if " " in heading.strip() or not re.search(r"[-_]", heading):
        return None
    from rapidfuzz import fuzz  # here: most guides have no table of contents to match

    words = _slug_words(heading)
    scored = [
        (max(fuzz.ratio(words, _slug_words(anchor)), fuzz.ratio(words, _slug_words(text))), text)
        for anchor, text in toc.items()
    ]
    score, text = max(scored)
    return text if score >= 85 else None


def _slug_words(text: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", NUMBERING.sub("", text).lower()))


@lru_cache(maxsize=1 << 14)
def slug(text: str) -> str:
    """The anchor GitHub-style sites give a heading: `How to stack bars` -> `how-to-stack-bars`."""
    kept = re.sub(r"[^\w\- ]", "", text.strip().lower())
    return re.sub(r"\s", "-", kept)


def contains(text: str, phrase: str) -> bool:
    # The plain substring test first: most keywords are nowhere in most cards.
    return phrase in text and _phrase(phrase).search(text) is not None


@lru_cache(maxsize=4096)
def _phrase(phrase: str) -> re.Pattern[str]:
    return compile_pattern(rf"(?<!\w){re.escape(phrase)}(?:s|es)?(?!\w)")


# A tag that only changes how the whole paragraph looks (`<font size=3>**Q: ...**</font>`).
_LOOKS = lazy(r"^\s*<(font|span|big|small)\b[^>]*>(?P<inner>.*)</\1>\s*$", re.S)


def inner_html(block: Block) -> str:
    """A paragraph's HTML inside its `<p>`, and inside a tag that only styles all of it."""
    return _inner_html(block.html)


# Memos of a guide's blocks hold a thousand: the rules ask of one guide's blocks again
# and again, never of another's; a bigger memo would only keep old guides' text alive.
@lru_cache(maxsize=1 << 10)  # every rule reads every paragraph of its section so
def _inner_html(html: str) -> str:
    html = html.strip()
    if html.startswith("<p") and html.endswith("</p>"):
        html = html[html.index(">") + 1 : -4]
        looks = _LOOKS.match(html)
        if looks and f"<{looks.group(1)}" not in looks.group("inner"):
            return looks.group("inner").strip()
    return html


@lru_cache(maxsize=1 << 10)
def unwrap_p(html: str) -> str:
    """A list item's or cell's HTML without the one paragraph tag loose lists wrap it in."""
    html = html.strip()
    match = _ONE_P.fullmatch(html)
    return match.group(1).strip() if match and "<p" not in match.group(1) else html


_ONE_P = lazy(r"<p[^>]*>(.*?)</p>", re.S)
# One plain box around a whole answer (`<details>`' `<div>`), holding no other box.
_ONE_DIV = lazy(r"^\s*<div(?:\s[^>]*)?>(?P<inner>(?:(?!<div\b).)*)</div>\s*$", re.S)
_FIRST_BLOCK = lazy(r"<(?:p|ul|ol|pre|blockquote|table|dl|h[1-6])\b", re.I)


def unwrap_div(html: str) -> str:
    """An answer without the one box around it, its opening loose text made a paragraph:
    the blocks inside are the answer's own."""
    match = _ONE_DIV.match(html)
    if match is None:
        return html
    inner = match["inner"].strip()
    block = _FIRST_BLOCK.search(inner)
    head, rest = (inner[: block.start()], inner[block.start() :]) if block else (inner, "")
    return (f"<p>{head.strip()}</p>" if head.strip() else "") + rest


def is_toc(block: Block) -> bool:
    """A list of links to places in the same page: a table of contents, never a card."""
    return block.kind is BlockKind.LIST and _toc_html(block.html)


@lru_cache(maxsize=4096)
def _toc_html(html: str) -> bool:
    # Every rule asks this of every block of its section: parse each list once.
    if not has_link_tag(html):
        return False
    soup = BeautifulSoup(html, "html.parser")
    links = soup.find_all("a")
    hrefs = [link.get("href") for link in links]
    if not links or not all(isinstance(h, str) and h.startswith("#") for h in hrefs):
        return False
    for link in links:
        link.decompose()
    return not re.sub(r"[\s\d.]+", "", soup.get_text())


def all_links(block: Block) -> bool:
    return links_only(block.html)


def points_elsewhere(block: Block) -> bool:
    """A list whose every item is links, or a `**Label**:` and links: resources, not content."""
    if block.kind is not BlockKind.LIST or not block.items:
        return False
    label = re.compile(r"^\s*(?:<p>)?\s*<(strong|b|em)>[^<]*</\1>\s*[:\-–—]?")
    return all(links_only(label.sub("", item)) for item in block.items)


def has_link_tag(html: str) -> bool:
    """False when `html` cannot hold an `<a>` element (html.parser lower-cases tag names)."""
    return "<a" in html or "<A" in html


@lru_cache(maxsize=4096)
def links_only(html: str) -> bool:
    """Whether HTML holds links and nothing else to read: navigation, not content."""
    if not has_link_tag(html):
        return False
    soup = BeautifulSoup(html, "html.parser")
    if not soup.find_all("a"):
        return False
    for link in soup.find_all("a"):
        link.decompose()
    return not re.sub(r"[\s\d.,|·•-]+", "", soup.get_text())


_PLACEHOLDER = lazy(r"\{\{[^{}]*\}\}|\{%[^{}]*%\}")
# What a guide writes where its answer or definition is still to come: no answer.
# Marks alone are a placeholder only if they fill a gap ("-", "...", "?"): `#` or `*, -, +`
# answers "Which symbol makes a heading?".
PLACEHOLDER = lazy(
    r"^[\s\-–—_.…?!¿¡:;()\[\]\"'“”«»]*(?:tbd|tba|todo|to do|n/?a|wip|coming soon|\.\.\.|…|"
    r"à compléter|a compl[ée]ter|a completar|por completar|da completare|zu erg[äa]nzen|"
    r"in arbeit|folgt|待补充|待定|未定|"
    # "We will answer soon", "answer coming", in the languages guides are written in.
    r"(?:we(?:'ll| will) answer (?:this )?soon|answer coming soon|próximamente|em breve|"
    r"bientôt|prossimamente|demnächst|yakında(?: yanıtlayacağız| eklenecek)?|скоро|"
    r"sắp có|segera|即将(?:更新|推出)?|近日公開))?[\s\-–—_.…?!¿¡:;()\[\]\"'“”«»]*$",
    re.I,
)
# The references html.parser reads as `{` (`&#123;`, `&#x7b;`, `&lcub;`, `&lbrace;`).
_BRACE_REFERENCE = lazy(r"&(?:#0*123|#x0*7b|lcub|lbrace)", re.I)


# A form's field with nothing filled in: `**Definition:**`, `**References:** []()` (its link
# empty), a label in bold or italics and nothing more.
_EMPTY_FIELD = lazy(
    r"^\s*<(strong|b|em)>\s*[^\s<:：][^<:：]{0,40}[:：]?\s*</\1>\s*[:：]?\s*(?:<a\b[^>]*>\s*</a>\s*)?$"
)


# A label with nothing after it, closing its item or paragraph: `<strong>Example:</strong></li>`.
_FIELD_END = lazy(
    r"[:：]\s*</(?:strong|b|em)>\s*(?:<a\b[^>]*>\s*</a>\s*)?</(?:li|p)>"
    r"|</(?:strong|b|em)>\s*[:：]\s*(?:<a\b[^>]*>\s*</a>\s*)?</(?:li|p)>"
)


def empty_form(html: str) -> bool:
    """Whether an answer is a template's fields left empty (`**Definition:**`, `**Example:**`
    ... as items or lines) and nothing else: a question the guide has not answered yet."""
    if not _FIELD_END.search(html):
        return False  # no label closing an item or a paragraph: no parse, for most answers
    soup = BeautifulSoup(html, "html.parser")
    fields = _empty_fields(soup, ["li", "p"])
    if not fields:
        return False
    for tag in fields:
        tag.decompose()
    # Nothing else said: no text, no code, no picture besides the fields.
    return not soup.get_text(strip=True) and soup.find(["img", "pre", "table"]) is None


def without_empty_fields(html: str) -> str:
    """An answer without the fields of its template left empty (`**Example:**` under a
    filled `**Definition:** ...`): they tell nothing. The answer as it is when none is
    empty, or all are."""
    if not _FIELD_END.search(html) or empty_form(html):
        return html
    soup = BeautifulSoup(html, "html.parser")
    empty = _empty_fields(soup, ["li"])  # a bold paragraph over a list is its lead-in
    for tag in empty:
        tag.decompose()
    return str(soup) if empty else html


def _empty_fields(soup: BeautifulSoup, names: list[str]) -> list[Tag]:
    """The items (or paragraphs) of an answer that are a field's label and nothing more."""
    return [
        tag
        for tag in soup.find_all(names)
        if not tag.find(["li", "p"]) and _EMPTY_FIELD.match(tag.decode_contents())
    ]


# A template's heading still to be filled in: "Funktion 1: [Funktion 1 Name]", "Problem 2:
# [Problembezeichnung]" (a label, then a bracketed blank; "[LLVM]" alone is a term written
# as a reference link).
_BRACKET_BLANK = lazy(r"^\W*[^\W\d_][\w .-]{0,30}:\s*\[[^\[\]]{2,40}\]\W*$")


def template_blank(question: str) -> bool:
    """Whether a question or term is only a template's blank still to be filled in."""
    return _BRACKET_BLANK.match(question.strip()) is not None


def only_placeholders(html: str) -> bool:
    """Whether an answer's facts are all template variables left unresolved (`{{ name }}
    supports {{ versions.list }}`): the value lives in another file, nothing to recall."""
    if "{" not in html and not _BRACE_REFERENCE.search(html):
        return False  # no `{` in its text: no placeholder (and no parse, for most answers)
    text = BeautifulSoup(html, "html.parser").get_text(" ")
    if not _PLACEHOLDER.search(text):
        return False
    rest = _PLACEHOLDER.sub(" ", text)
    return len(re.findall(r"[^\W\d_]{2,}", rest)) <= 3


def split_sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?:])\s+(?=[A-Z\"'(])", text) if s.strip()]


def last_sentence(text: str) -> str:
    parts = split_sentences(text)
    return parts[-1] if parts else text


_OPEN_TASK = lazy(r"^\[ \]\s")


def open_tasks(block: Block) -> bool:
    """A list of open tasks only (`- [ ] Add the missing terms`): a to-do list."""
    return (
        block.kind is BlockKind.LIST
        and bool(block.items)
        and all(_OPEN_TASK.match(to_text(item)) for item in block.items)
    )
