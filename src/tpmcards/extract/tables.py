"""Tables of questions and terms: a question (or term) column and its answer column, a
reference table's description column (other columns on the back), a glossary's two
columns, also when Markdown left a raw HTML table's rows in a paragraph."""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator, Sequence

from bs4 import BeautifulSoup

from ..lazyre import lazy
from ..markup import escape, to_text
from ..model import Block, BlockKind, CardKind
from .base import NUMBERING, PLACEHOLDER, Found, Scope, ends_question, question_text
from .labels import ANSWER_WORDS, QUESTION_WORDS

__all__ = ["glossary_tables", "qa_tables", "record_tables", "reference_tables", "table_rows"]

# The columns of a table of questions (or terms) and their answers, in any language a
# question or answer label is written in (`| Pregunta | Respuesta |`, `| 问题 | 答案 |`).
# One or two words may qualify the column's name ("Interview Question", "Sample Answer").
_QUALIFIER = r"(?:[^\W\d_]+\s+){0,2}"
_Q_HEADER = lazy(
    rf"^(?:q|{_QUALIFIER}(?:{QUESTION_WORDS})s?|terms?|concepts?|words?|names?|acronyms?|"
    # A drill's: "| Expression | Value |", "| Input | Output |".
    r"keywords?|expressions?|inputs?)$",
    re.I,
)
_TERM_HEADER = lazy(r"^(?:terms?|concepts?|words?|names?|acronyms?|keywords?)$", re.I)
_A_HEADER = lazy(
    rf"^(?:a|{_QUALIFIER}(?:{ANSWER_WORDS})s?|definitions?|meanings?|explanations?|descriptions?|"
    r"what it means|values?|results?|outputs?|evaluates to)$",
    re.I,
)


_ROW = lazy(r"<tr\b[^>]*>", re.I)
# A column header's emoji before it and note after it: "✏️ KÉRDÉS (hajtsd ide)".
_HEADER_NOTE = lazy(r"^[\W_]+(?=\w)|\s*\([^()]*\)\s*$")


def table_rows(block: Block) -> tuple[tuple[str, ...], ...]:
    """A table's rows of cells (HTML): a table block's own, or the `<tr>` rows of raw HTML
    that Markdown left in a paragraph (a `<table>` opened on its heading's line, a row
    whose `</tr>` is missing: each `<tr>` starts a row, as a browser reads it)."""
    if block.kind is BlockKind.TABLE:
        return block.rows
    if "<tr" not in block.html.lower() or block.kind not in {BlockKind.PARAGRAPH, BlockKind.OTHER}:
        return ()
    rows = []
    for chunk in _ROW.split(block.html)[1:]:
        soup = BeautifulSoup(chunk, "html.parser")
        cells = [
            cell.decode_contents().strip()
            for cell in soup.find_all(["td", "th"])
            if cell.find_parent(["td", "th"]) is None
        ]
        if cells:
            rows.append(tuple(cells))
    return tuple(rows)


def qa_tables(scope: Scope) -> Iterator[Found]:
    """A table whose header names a question (or term) column and an answer column."""
    for i, block in scope.blocks():
        rows = tuple(row for row in table_rows(block) if row)  # not an empty `<tr></tr>`
        if len(rows) < 2:
            continue
        header = [_HEADER_NOTE.sub("", to_text(cell)).strip("* ") for cell in rows[0]]
        q_col = next((n for n, h in enumerate(header) if _Q_HEADER.match(h)), None)
        a_col = next((n for n, h in enumerate(header) if _A_HEADER.match(h)), None)
        body = rows[1:]
        bold_terms = False
        if q_col is None or a_col is None:
            # Whatever its header says (or with none): a first column that asks, row after
            # row, and a second that answers; or two columns, the first all in bold (a
            # word list: "| **zászló** | flag |").
            asking = rows[1:] if not ends_question(to_text(rows[0][0])) else rows
            bold_terms = _bold_term_column(rows[1:])
            # (In a table of two columns nearly every row: an FAQ's row may state its problem,
            # "Crash on startup"; a wider one compares things, "| Reliable? | ✅ | ❌ |".)
            asks = sum(ends_question(to_text(row[0])) for row in asking)
            pairs = all(len(row) == 2 for row in asking)
            if not bold_terms and (
                len(asking) < 2
                or not all(len(row) >= 2 for row in asking)
                or (asks < len(asking) and not (pairs and 4 * asks >= 3 * len(asking)))
            ):
                continue
            q_col, a_col, body = 0, 1, (rows[1:] if bold_terms else asking)
        kind = CardKind.TERM if bold_terms or _TERM_HEADER.match(header[q_col]) else CardKind.BASIC
        for row in body:
            if len(row) > max(q_col, a_col) and to_text(row[q_col]):
                term = _unbolded(row[q_col]) if bold_terms else row[q_col]
                yield Found(term, row[a_col], kind, block.line, frozenset([i]))


# The rows of one card's record table (`| Question | ... |`, `| Correct Answer | ... |`,
# `| Wrong Answer 1 | ... |`, `| Id | ... |`), labelled in its first column.
_ROW_QUESTION = lazy(rf"^(?:{QUESTION_WORDS}|q)$", re.I)
_ROW_ANSWER = lazy(rf"^(?:{ANSWER_WORDS}|a)$", re.I)
_ROW_WRONG = lazy(
    r"^(?:(?:wrong|incorrect|false|falsche|mauvaise|incorrecta|errada|sbagliata)\s+"
    r"(?:answers?|options?|choices?|antworten|antwort|r[ée]ponses?|respuestas?|respostas?|"
    r"risposte|risposta)|distractors?)\s*\d*$",
    re.I,
)
_ROW_ID = lazy(r"^(?:id|uuid|guid|key|note\s*id|card\s*id)$", re.I)


def record_tables(scope: Scope) -> Iterator[Found]:
    """A table of one card's fields, labelled in its first column: the question row asks,
    the answer row answers, wrong answers are the options shown with it (the right one
    among them), an id goes, any other field goes to the back under its label."""
    for i, block in scope.blocks():
        rows = [row for row in table_rows(block) if len(row) >= 2]
        labels = [_HEADER_NOTE.sub("", to_text(row[0])).strip("*: ") for row in rows]
        asking = [n for n, label in enumerate(labels) if _ROW_QUESTION.match(label)]
        answering = [n for n, label in enumerate(labels) if _ROW_ANSWER.match(label)]
        if len(asking) != 1 or len(answering) != 1 or (asking[0] == 0 and answering[0] == 0):
            continue
        question, answer = NUMBERING.sub("", rows[asking[0]][1], count=1), rows[answering[0]][1]
        if not to_text(question) or not to_text(answer) or (len(rows[0]) > 2 and asking[0] == 0):
            continue
        wrong = [row[1] for row, label in zip(rows, labels, strict=True) if _ROW_WRONG.match(label)]
        extra = "".join(
            f"<p><em>{escape(label)}:</em> {row[1]}</p>"
            for n, (row, label) in enumerate(zip(rows, labels, strict=True))
            if n not in {asking[0], answering[0]}
            and not _ROW_WRONG.match(label)
            and not _ROW_ID.match(label)
            and to_text(row[1])
            and n > 0  # a header row (`| Attribute | Value |`) names the columns
        )
        if wrong:
            # The right option among the wrong ones, at a place its text gives: not always
            # first or last, and the same in every build.
            place = zlib.crc32(to_text(question).encode()) % (len(wrong) + 1)
            options = [*wrong[:place], answer, *wrong[place:]]
            question += "<ul>" + "".join(f"<li>{option}</li>" for option in options) + "</ul>"
        yield Found(question, answer, CardKind.BASIC, block.line, frozenset([i]), extra=extra)


def _says(cell: str) -> bool:
    """Whether a table's cell says something: not empty, nor a dash or "n/a" in its place."""
    text = to_text(cell)
    return bool(text) and not PLACEHOLDER.match(text)


def _bold_term_column(body: Sequence[tuple[str, ...]]) -> bool:
    """Two columns, three rows or more, the first wholly in bold and the second not."""
    return (
        len(body) >= 3
        and all(len(row) == 2 for row in body)
        and all(_BOLD_CELL.match(row[0]) and not _BOLD_CELL.match(row[1]) for row in body)
    )


# The column of a reference table that says what the thing in the first column is or does.
_DESCRIPTION_HEADER = lazy(
    r"^(?:descriptions?|meanings?|explanations?|definitions?|purpose|what it does|"
    r"what it means|function|effect|usage|summary|action|used for|role|"
    r"descripci[oó]n|significado|acci[oó]n|funci[oó]n|para qu[ée]|funktion|aktion|"
    r"beschreibung|bedeutung|erkl[äa]rung|signification|descri[cç][aã]o|описание|"
    r"значение|опис|açıklama|aciklama|beschrijving|betekenis|opis|znaczenie|deskripsi|"
    r"arti|maksud|makna|erti|mô tả|설명|의미|"
    r"描述|说明|說明|含义|作用|意味|説明)$",
    re.I,
)


def reference_tables(scope: Scope) -> Iterator[Found]:
    """A reference table (`| Command | Description | Example |`): a term card per row, the
    first column the term, the description column its answer, the other columns on the
    back as context. Under a heading that asks, the table is that question's answer."""
    if question_text(scope.section.heading):
        return
    for i, block in scope.blocks():
        rows = table_rows(block)
        if len(rows) < 2:
            continue
        header = [to_text(cell).strip("* ") for cell in rows[0]]
        answer_col = next(
            (n for n, h in enumerate(header) if n and _DESCRIPTION_HEADER.match(h)), None
        )
        if answer_col is None:
            continue
        body = [row for row in rows[1:] if not _separator(row)]
        term_cols = _term_columns(body, answer_col, header)
        # `| No |` before the term only counts the rows (a `| Step |` says the order).
        numbers = {
            n
            for n in _numbered_columns(body, min(term_cols))
            if _ROW_NUMBER_HEADER.match(header[n])
        }
        for row in body:
            if len(row) <= answer_col or not to_text(row[0]) or not to_text(row[answer_col]):
                continue
            context = "".join(
                f"<p><em>{escape(header[n])}:</em> {cell}</p>"
                for n, cell in enumerate(row)
                if n not in {*term_cols, answer_col, *numbers} and n < len(header) and _says(cell)
            )
            answer = f"<p>{row[answer_col]}</p>{context}"
            term = " ".join(_unbolded(row[n]) for n in term_cols)
            yield Found(term, answer, CardKind.TERM, block.line, frozenset([i]))


# The header of a column that only counts the rows.
_ROW_NUMBER_HEADER = lazy(r"^(?:no\.?|nr\.?|n[º°o]\.?|num\.?|#|s/?n|stt|lp\.?|序号|번호|№)?$", re.I)


# A body row of dashes only (`| --- | --- |`): a group separator, no entry.
_DASHES = lazy(r"^[-:=\s]*-[-:=\s]*$")


def _separator(row: tuple[str, ...]) -> bool:
    return all(_DASHES.match(to_text(cell)) or not to_text(cell) for cell in row)


def _term_columns(
    body: list[tuple[str, ...]], answer_col: int, header: Sequence[str] = ()
) -> tuple[int, ...]:
    """The columns naming each row's thing: the first, and when the first says the same on
    every row (`| Ctrl+b | x | Kill pane |`) the columns up to the answer's with it; when
    the first only numbers the rows (`| 7 | **Application** | ...`), the name beside it."""
    firsts = {to_text(row[0]) for row in body if row}
    if (
        answer_col > 1
        and len(body) >= 2
        and all(len(row) > 1 and _NUMBER_CELL.match(to_text(row[0])) for row in body)
        and (
            (len(header) > 1 and _NAME_HEADER.match(header[1]))
            or all(_BOLD_CELL.match(row[1]) for row in body)
        )
    ):
        return (1,)
    if len(body) < 2 or len(firsts) != 1 or answer_col < 2:
        return (0,)
    return tuple(range(answer_col))


# A column that names each row's thing, and a cell wholly in bold: the term beside a row's
# number ("| 7 | **Application** |").
_NAME_HEADER = lazy(
    r"^\W*(?:names?|terms?|titles?|words?|nombre|término|nom|terme|begriff|nome|termine|"
    r"naam|nazwa|название|назва|名称|名稱|用語|术语|이름|용어|palabra|mot|wort|parola|palavra|"
    r"woord|s[łl]owo|слово|kelime|t[ừu]|perkataan|kata|istilah)\W*$",
    re.I,
)
_BOLD_CELL = lazy(r"^\s*<(strong|b)>(?P<inner>[^<]+)</\1>\s*$")


def _unbolded(cell: str) -> str:
    """A cell wholly in bold as its words: a term needs no emphasis on the card's front."""
    bold = _BOLD_CELL.match(cell)
    return bold["inner"].strip() if bold else cell


def glossary_tables(scope: Scope) -> Iterator[Found]:
    """In a glossary, a table whatever its header says (`| V-Speed | Term |`): the first
    column that is not a row number is the term; its meaning is the column the header
    names so (a definition, a description), else the next one; the other columns go on
    the back, each under its header (a translation, a note)."""
    if not scope.glossary:
        return
    for i, block in scope.blocks():
        rows = table_rows(block)
        if len(rows) < 2 or any(len(row) < 2 for row in rows):
            continue
        width = min(len(row) for row in rows)
        # In HTML, a row opening a group has one cell more, the group's label that spans
        # the rows below it (`rowspan`): its last cells line up with theirs.
        rows = tuple(row[len(row) - width :] for row in rows)
        # A table with no `<th>` (HTML written by hand) has a header row only if its first
        # row is bold; else every row is an entry. Markdown's tables always have one.
        first = [cell for cell in rows[0] if to_text(cell).strip()]
        headed = "<th" in block.html.lower() or all(_BOLD_CELL.match(cell) for cell in first)
        header = [to_text(cell).strip("* ") for cell in rows[0]] if headed else [""] * width
        body = [row for row in rows[1 if headed else 0 :] if not _separator(row)]
        term_col = next(
            (
                n
                for n in range(width - 1)
                if not all(_NUMBER_CELL.match(to_text(r[n])) for r in body)
            ),
            None,
        )
        if term_col is None:
            continue
        named = next((n for n in range(term_col + 1, width) if _names_meaning(header[n])), None)
        if named is None and _references(body, width):
            continue  # a column of years or of web addresses: a list of references
        meaning_col = term_col + 1 if named is None else named
        numbers = _numbered_columns(body, term_col)
        for row in body:
            term, meaning = _unbolded(row[term_col]), row[meaning_col]  # bold marks the column
            if not (to_text(term) and to_text(meaning)):
                continue
            context = "".join(
                f"<p><em>{escape(header[n])}:</em> {cell}</p>" if header[n] else f"<p>{cell}</p>"
                for n, cell in enumerate(row[:width])
                if n not in {term_col, meaning_col, *numbers} and _says(cell)
            )
            yield Found(term, meaning, CardKind.TERM, block.line, frozenset([i]), extra=context)


_YEAR_OR_URL = lazy(r"^\s*(?:\d{4}|https?://\S+|www\.\S+)\s*$")


def _references(body: list[tuple[str, ...]], width: int) -> bool:
    """Whether a table has a column of years or web addresses only (a bibliography)."""
    return any(all(_YEAR_OR_URL.match(to_text(row[n])) for row in body) for n in range(width))


def _numbered_columns(body: list[tuple[str, ...]], before: int) -> set[int]:
    """The columns before `before` that only number the rows."""
    return {n for n in range(before) if all(_NUMBER_CELL.match(to_text(r[n])) for r in body)}


_NUMBER_CELL = lazy(r"^\s*(?:\d+[.)]?|[ivxlc]+\.)?\s*$", re.I)
# The words of a column header that names a meaning, in the languages glossaries are
# written in ("英文释义 English", "Definición", "Význam").
_MEANING_WORDS = lazy(
    r"^(?:definitions?|meanings?|explanations?|descriptions?|definici[oó]n|significado|"
    r"d[ée]finition|bedeutung|erkl[äa]rung|defini[çc][ãa]o|definizione|significato|"
    r"betekenis|definitie|znaczenie|definicja|v[ýy]znam|definice|vysv[ěe]tlen[íi]|"
    r"tanım|anlam[ıi]|nghĩa|định nghĩa|arti|definisi|maksud|makna|значение|определение|значення|"
    r"визначення|释义|釋義|定义|定義|解释|解釋|含义|含義|意味|説明|설명|의미|뜻|정의|"
    r"translation|traducci[oó]n|traduction|[üu]bersetzung|tradu[çc][ãa]o|traduzione|vertaling|"
    r"t[łl]umaczenie|p[řr]eklad|перевод|переклад|çeviri|terjemahan|翻译|翻譯|翻訳|번역)$",
    re.I,
)


def _names_meaning(header: str) -> bool:
    """Whether a column's header (or a word of a header in two languages) names a meaning."""
    parts = [header, *re.split(r"[\s/|·()（）:：,，]+", header)]
    if _CJK_MEANING.search(header):
        return True  # written without spaces: "英文释义"
    return any(_MEANING_WORDS.match(part.strip()) for part in parts if part.strip())


_CJK_MEANING = lazy(r"释义|釋義|定义|定義|解释|解釋|含义|含義|意味|説明|설명|의미|뜻|정의")
