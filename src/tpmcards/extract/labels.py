"""Labels that say "question" or "answer" (`Q:`, `**Answer:**`, `Pregunta:`, `答：`, a
heading that says only "Question 3") in the languages guides are written in."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

from ..foldlabels import answer_summary
from ..lazyre import lazy
from ..markup import to_text
from ..model import Block, BlockKind
from .base import NUMBERING, ends_question, inner_html, unwrap_p, visible

__all__ = [
    "ANSWER_WORDS",
    "GLOSSARY_LINE",
    "OPTIONS_FROM_A",
    "QA_MARK",
    "QUESTION_WORDS",
    "alternating",
    "answer_after_notes",
    "answer_summary",
    "block_label",
    "explained_answer",
    "headed_answer",
    "label_heading",
    "qa_label",
    "split_answer_line",
    "strip_answer_mark",
    "strip_label",
]

# The words that label a question or an answer, in the languages guides are written in:
# `Q:`, `Que.`, `Pregunta:`, `Frage:`, `Вопрос:`, `질문:`, `问：` ask; `A:`, `Ans`,
# `Respuesta:`, `Ответ:`, `답변:`, `答：` answer. The one-letter `F` (Frage) and `P`
# (Pregunta, Pergunta, Pytanie) ask as `Q` does; `R` (Respuesta, Réponse, Resposta) answers
# as `A` does. `QUESTION_WORDS` and `ANSWER_WORDS` are the words alone, which also name the
# columns of a table of questions and answers.
QUESTION_WORDS = (
    r"Question|Que|Ques|Statement|Aussage|Afirmaci[oó]n|Enunciado|Affermazione|Pregunta|Frage|Pergunta|Domanda|Vraag|"
    r"Pytanie|Soru|Pertanyaan|C[âa]u(?:\s+h[ỏo]i)?|Вопрос|Питання|Ερώτηση|سؤال|"
    r"질문|문제|问|问题|問題|質問|問|"
    r"K[ée]rd[ée]s|Ot[áa]zka|Fr[åa]ga|Sp[øo]rsm[åa]l|Sp[øo]rgsm[åa]l|Kysymys|[ÎI]ntrebare|"
    r"Soalan|שאלה|คำถาม|प्रश्न|সওয়াল|প্রশ্ন|"
    # An interview written as a dialogue: the interviewer asks, the candidate answers.
    r"Interviewer|Recruiter|Entrevistador|Interviewer\(in\)"
)
# The title of an answer's explanation, in the languages quizzes are written in.
EXPLANATION_WORDS = (
    r"explanation|rationale|reasoning|reason|erkl[äa]rung|begr[üu]ndung|explicaci[oó]n|"
    r"explica[çc][ãa]o|explication|spiegazione|uitleg|wyja[śs]nienie|a[çc][ıi]klama|"
    r"penjelasan|gi[ảa]i th[íi]ch|пояснение|объяснение|解释|解釋|解說|解説|解析|説明|해설|설명"
)
# An answer word may say after it that it is the right one or the short one: "Răspuns
# corect", "Svar rätt", "Raspuns scurt".
_QUALIFIER = (
    r"(?:\s+(?:corect[ăa]?|correct[aoe]?|corretta|correta|juist|poprawna|prawid[łl]owa|"
    r"do[ğg]ru|spr[áa]vn[áa]|helyes|r[äa]tt|riktig|oikea|верный|правильный|правильна|"
    r"scurt|kurz|courte|corta|breve|kr[óo]tka|kort|lyhyt))?"
)
ANSWER_WORDS = (
    r"(?:Ans|Answer|Sample\s+Answer|Model\s+Answer|Suggested\s+Answer|Short\s+Answer|"
    r"Expected\s+Answer|Example\s+Answer|Selected\s+Answer|"
    r"Correct\s+answer|Right\s+answer|Richtige\s+Antwort|R[ée]ponse\s+correcte|"
    r"Resposta\s+correta|Risposta\s+corretta|正确答案|正確答案|"
    r"Respuesta(?:\s+correcta)?|Solución|Solucion|Antwort|Lösung|Réponse|Reponse|Resposta|"
    r"Risposta|Solution|Antwoord|Odpowied[źz]|Cevap|Yan[ıi]t|Jawaban|(?:C[âa]u\s+)?Tr[ảa]\s+l[ờo]i|"
    r"[ĐD][áa]p\s+[áa]n|Ответ|Відповідь|Απάντηση|جواب|الإجابة|"
    r"답변|답|정답|答|答案|回答|解答|答え|参考答案|參考答案|标准答案|標準答案|模范答案|示例答案|"
    r"参考回答|解析|模範解答|解答例|回答例|"
    r"V[áa]lasz|Odpov[ěe][ďd]|Svar|Vastaus|R[ăa]spuns|Jawapan|תשובה|คำตอบ|उत्तर|উত্তর|"
    r"Beispielantwort|Musterantwort|Modellantwort|"
    r"Candidate|Interviewee|Candidato|Kandidat)" + _QUALIFIER
)
# `Ｑ`: the full-width letter of Japanese FAQs; `K`: Hungarian's Kérdés.
_Q_WORDS = rf"Q|Ｑ|F|P|K|{QUESTION_WORDS}"
_A_WORDS = rf"A|Ａ|R|O|{ANSWER_WORDS}"  # `O`: Polish "Odpowiedź" after a `P:`
# The label and what follows it: a colon or full stop (the label may be bold, the colon
# inside or outside the bold), or a dash, not an arrow's (`A -> 1`, a matching answer);
# the short `Ans` may stand with a plain space.
# An emoji some guides put before a label (`❓ **Question:**`, `✅ Answer:`); a note in
# brackets after it (`**Question (Display):**`).
_EMOJI = r"(?:[\u2600-\u27bf\u2b50\u2b55\U0001f000-\U0001faff]\ufe0f?\s*)?"
# Japanese and Chinese notes put a label in lenticular brackets: `【解答】`, `【回答例】`.
QA_MARK = lazy(
    rf"^\s*{_EMOJI}(?:<span\b[^>]*>\s*)?(?:<(?P<tag>strong|b|em)>)?\s*{_EMOJI}"
    # A number before the label: `**4. Soru:**`; after it, `Q-001.`.
    r"(?:(?<=>)\d{1,3}[.)]\s*)?(?P<bracket>【)?"
    rf"(?P<label>{_Q_WORDS}|{_A_WORDS})(?:\s*\d+(?:\.\d+)*|-\d{{1,4}})?(?:\s*\([^()<>]{{1,24}}\))?"
    r"(?:(?(bracket)】[:：]?|(?!))(?:\s*</(?P=tag)>)?|\s*(?:</(?P=tag)>)?\s*[.:：．](?:\s*</(?P=tag)>)?"
    r"|\s*</(?P=tag)>|\s+[-–—](?!>|&gt;)|(?<=Ans)(?=\s)"
    # `Q1 What is Java?`: a Q and its number need no stop.
    r"|(?<=[QＱ]\d)(?=\s)|(?<=[QＱ]\d\d)(?=\s)|(?<=[QＱ]\d\d\d)(?=\s))\s*",
    re.I,
)
_A_LABEL = lazy(rf"^(?:{_A_WORDS})$", re.I)
_ONE_LETTER = {"F", "P", "R", "O"}
_TAG = lazy(r"<[^>]+>")


@lru_cache(maxsize=1 << 10)
def qa_label(html: str) -> str:
    """`q` or `a` for text that opens with a question or answer label, else empty."""
    match = QA_MARK.match(html)
    if not match:
        return ""
    label = re.sub(r"\s+", " ", match.group("label"))
    alone = not _TAG.sub("", html[match.end() :]).strip()
    if len(label) == 1 and alone and not re.search(r"[:：.．]", match.group(0)):
        return ""  # "**K**" alone over K's terms: a glossary's letter, no label
    if label in _ONE_LETTER and not re.search(r"[:：]|</", match.group(0)):
        return ""  # "P. Smith wrote": an initial, not a label, unless a colon or bold says so
    if label.upper() in _ONE_LETTER and label.islower():
        return ""
    if label in {"F", "P"} and not ends_question(_TAG.sub("", html)):
        return ""  # "**F**: the net force": a symbol and its meaning; `F:` asks a question
    return "a" if _A_LABEL.match(label) else "q"


# A heading that is only a label (`## Pergunta:`, `### Answer`, `#### Question 3`): the
# question is the text under it, or the answer is. A lone letter (`# A` of a glossary)
# labels only with a number or a colon.
_LABEL_HEADING = lazy(
    rf"^\s*(?:(?P<word>{QUESTION_WORDS}|{ANSWER_WORDS})"
    # The number may follow an ordinal's mark: "Pertanyaan Ke-1", "Câu thứ 2", "Pregunta n.º 3".
    r"(?:\s*(?:ke-?\s*|th[ứu]\s+|n\.?\s*[º°o]\.?\s*|nr\.?\s*)?\d+(?:\.\d+)*"
    r"|(?P<after>\s*[:：#]\s*\d+(?:\.\d+)*))?\s*[.:：]?|"
    r"(?P<letter>[QA])(?:\s*\d+(?:\.\d+)*\s*[.:：]?|\s*[:：]))\s*$",
    re.I,
)


def label_heading(heading: str) -> str:
    """`q` for a heading that only says "Question", `a` for one that only says "Answer"
    (in any language a label is written in), else empty."""
    match = _LABEL_HEADING.match(visible(heading))
    if not match:
        return ""
    label = re.sub(r"\s+", " ", match.group("word") or match.group("letter"))
    if _A_LABEL.match(label):
        # "Answer: 3" answers (3), where "Question:3" only numbers the question.
        return "" if match.group("after") else "a"
    return "q"


# A heading that is an answer, label and all (`### A: Konrad Adenauer`, `## Antwort: 1949`):
# a colon after the label, so that an appendix's `## A. Glossary` answers nothing.
_ANSWER_HEADING = lazy(rf"^\s*(?:{_A_WORDS})\s*[:：]\s*(?P<answer>\S.*)$", re.I)


def answer_heading(heading: str) -> str:
    """The answer a heading states after its answer label ("A: Berlin" -> "Berlin"), else
    empty."""
    match = _ANSWER_HEADING.match(visible(heading))
    return match.group("answer").strip() if match else ""


# What parts a question from its answer's label on one line: a line break, or an arrow
# (`**F**: Kann ich ...? → **A**: ...`).
_LINE_BREAK = lazy(r"\s*(?:\n|<br\s*/?>|→|⇒|-&gt;|=&gt;)\s*", re.I)


# QA_MARK, tried at a position of a longer text (`^` only matches at the text's start).
_QA_MARK_AT = lazy(QA_MARK.pattern.removeprefix("^"), re.I)


def split_answer_line(html: str) -> tuple[str, str] | None:
    """Split `question<br>Ans: answer` (or a line break or an arrow before `A:`) at the
    answer's label."""
    for match in _LINE_BREAK.finditer(html):
        # A label must open the rest: tried in place first, since copying the rest of a
        # long paragraph at each of its line breaks was quadratic.
        if _QA_MARK_AT.match(html, match.end()) is None:
            continue
        rest = html[match.end() :]
        if qa_label(rest) == "a" and not OPTIONS_FROM_A.match(rest):
            return html[: match.start()], rest
    return None


def strip_label(html: str) -> str:
    """Text without the question or answer label that opens it (`Q:`, `**Answer:**`)."""
    return QA_MARK.sub("", html, count=1)


def strip_answer_mark(html: str) -> str:
    """Drop an `A:`, `Answer:`, `**Respuesta:**` or `答：` that starts an answer."""
    match = re.match(r"^\s*(?:<p[^>]*>)?", html)
    opening = match.group(0) if match else ""
    rest = html[len(opening) :]
    if qa_label(rest) != "a" or OPTIONS_FROM_A.match(rest):
        return html
    # A quiz export's mark after the answer it labels: "Selected Answer: X (correct answer)".
    return opening + _CORRECT_MARK.sub("", strip_label(rest), count=1)


# `a. Namespaces` then `b. ...` on the next line (in a paragraph, or written as code by an
# indent): the first of lettered options, no label.
OPTIONS_FROM_A = lazy(
    r"^\s*(?:<p[^>]*>|<pre[^>]*>\s*<code[^>]*>)?\s*\(?[Aa][).]\s+[^\n]*?(?:<br\s*/?>)?\s*\n"
    r"\s*\(?[Bb][).]\s"
)
_CORRECT_MARK = lazy(r"\s*\((?:correct|right)(?: answer)?\)(?=\s*(?:</p>\s*)?$)", re.I)


# An answer quoted under its label (`> **Resposta:** ...`), then what follows the quote.
_QUOTED_ANSWER = lazy(r"^\s*<blockquote[^>]*>(?P<inner>.*?)</blockquote>(?P<rest>.*)$", re.S)


def unquoted_answer(html: str) -> str:
    """An answer whose opening quote starts with an answer label, as the quote's text
    without the label, then the rest: the quote only set the answer apart."""
    match = _QUOTED_ANSWER.match(html)
    if match is None or "<blockquote" in match["inner"]:
        return html
    inner = match["inner"].strip()
    stripped = strip_answer_mark(inner)
    return html if stripped == inner else stripped + match["rest"]


# "Short answer: No" then "Longer answer: At the moment ...": the short one answers, the
# long one is its background (the short one's label may be gone already).
_SHORT_LONG = lazy(
    r"^\s*<p[^>]*>\s*(?:(?:<(?:strong|b|em)>)?\s*short\s+answer\s*[:：]\s*"
    r"(?:</(?:strong|b|em)>)?)?\s*(?P<short>(?:(?!</?p\b).)*?)</p>\s*<p[^>]*>\s*(?:<(?:strong|b|em)>)?\s*(?:long|longer|detailed|full)"
    r"\s+answer\s*[:：]\s*(?:</(?:strong|b|em)>)?\s*(?P<long>.*)$",
    re.S | re.I,
)


def short_and_long(html: str) -> tuple[str, str] | None:
    """An answer given short, then long (`Short answer: ...` / `Longer answer: ...`): the
    short answer's HTML and the long one's, without their labels; None for any other."""
    match = _SHORT_LONG.match(html)
    if match is None or not _TAG.sub("", match["short"]).strip():
        return None
    return f"<p>{match['short'].strip()}</p>", f"<p>{match['long'].strip()}"


# A paragraph of the answer titled as its background: `**Explanation:** ...`, `**Diagram
# (Mermaid):**` over the diagram's code.
_BACKGROUND_P = lazy(
    rf"<p\b[^>]*>\s*<(strong|b)>\s*(?:{EXPLANATION_WORDS}|diagram|diagramm|diagrama|diagramme|"
    r"schema|图示|図)(?:\s*\([^()<>]{1,30}\))?\s*[:：]?\s*</\1>",
    re.I,
)


def explained_answer(html: str) -> tuple[str, str] | None:
    """An answer followed by paragraphs titled as its explanation or diagram: the answer
    before them, and them (the back's background); None for any other answer, or one that
    opens so."""
    titled = _BACKGROUND_P.search(html)
    if titled is None or not to_text(html[: titled.start()]).strip():
        return None
    return html[: titled.start()].strip(), html[titled.start() :].strip()


# An answer under its own label heading (`### 答え`, `#### Answer`), an explanation perhaps
# under its own after it (`### 解説`, `#### Explanation`).
_HEADED = lazy(r"^\s*<h[1-6][^>]*>(?P<label>[^<]{1,40})</h[1-6]>(?P<rest>.*)$", re.S)
_EXPLANATION_HEADING = lazy(rf"<h[1-6][^>]*>\s*(?:{EXPLANATION_WORDS})\s*[:：]?\s*</h[1-6]>", re.I)


def headed_answer(html: str) -> tuple[str, str] | None:
    """An answer that opens with a heading saying only "Answer": what follows it, up to a
    heading saying "Explanation", and what follows that (the back's background); None for
    any other answer."""
    match = _HEADED.match(html)
    if match is None or label_heading(match["label"]) != "a":
        return None
    rest = match["rest"]
    explained = _EXPLANATION_HEADING.search(rest)
    if explained is None:
        return rest.strip(), ""
    return rest[: explained.start()].strip(), rest[explained.end() :].strip()


_TOP_PARAGRAPH = lazy(r"<p\b[^>]*>(?P<inner>(?:(?!</?p\b).)*)</p>", re.S)


def answer_after_notes(html: str) -> tuple[str, str] | None:
    """An answer whose first paragraph or two are notes about it ("**What does the
    examiner want to hear?** ..."), then a paragraph labelled as the answer ("**Sample
    answer:** ..."): the labelled answer and what follows it, and the notes for the back;
    None for any other answer."""
    paragraphs = list(_TOP_PARAGRAPH.finditer(html))
    if len(paragraphs) < 2 or html[: paragraphs[0].start()].strip():
        return None
    for k, paragraph in enumerate(paragraphs[1:3], 1):
        if html[paragraphs[k - 1].end() : paragraph.start()].strip():
            return None  # something other than paragraphs between: not this shape
        if qa_label(paragraph["inner"]) == "a":
            answer = f"<p>{strip_label(paragraph['inner']).strip()}</p>{html[paragraph.end() :]}"
            return answer, html[: paragraph.start()]
    return None


def block_label(block: Block) -> str:
    """`q` or `a` for a `Q:`/`A:` paragraph, else empty."""
    if block.kind is not BlockKind.PARAGRAPH:
        return ""
    return qa_label(inner_html(block))


# A line that opens as an entry of its own: a label (`Q:`, `A:`), or a bold term or question
# (`**Broker**: ...`, `**What is X?** ...`).
_LINE_BREAKS = lazy(r"\s*(?:<br\s*/?>|\n)\s*", re.I)
_BOLD_OPENING = lazy(r"^\s*<(strong|b)>[^<]{1,120}</\1>")


# A glossary's plain line: a term of a few words, a dash or colon, its meaning.
GLOSSARY_LINE = lazy(
    r"^\s*(?:<code>)?(?P<term>[^\s<>:.?!][^<>:.?!]{0,40}?)(?:</code>)?\s*(?:\s[-–—]|:)\s+"
    r"(?P<rest>\S.*)$",
    re.S,
)


def line_entries(
    blocks: list[tuple[int, Block]], plain_terms: bool = False
) -> list[tuple[int, Block]]:
    """The blocks with each paragraph whose every line opens an entry (`Q: ...` / `A: ...`
    lines, `**Term**: ...` lines, written without blank lines between them) cut into one
    paragraph a line, all with the paragraph's index: a card of each line, not one card
    whose answer runs on through the rest. A quote of one labelled paragraph is read as
    that paragraph. With `plain_terms` (a glossary), plain `term - meaning` lines too."""
    out: list[tuple[int, Block]] = []
    for i, block in blocks:
        block = _unquoted(block)
        lines = _lines(block, plain_terms)
        if len(lines) < 2:
            out.append((i, block))
            continue
        for n, line in enumerate(lines):
            piece = Block(BlockKind.PARAGRAPH, f"<p>{line}</p>", _plain(line), block.line + n)
            out.append((i, piece))
    return out


_QUOTED = lazy(
    r"^\s*<blockquote[^>]*>\s*(?P<p><p[^>]*>(?:(?!</?p\b).)*</p>)\s*</blockquote>\s*$", re.S
)


def _unquoted(block: Block) -> Block:
    """A quote of one labelled paragraph (`> **Question:** ...`) read as that paragraph."""
    match = _QUOTED.match(block.html) if block.kind is BlockKind.QUOTE else None
    if match is None or not qa_label(inner_html(Block(BlockKind.PARAGRAPH, match["p"], "", 0))):
        return block
    return Block(BlockKind.PARAGRAPH, match["p"], block.text, block.line)


def _lines(block: Block, plain_terms: bool = False) -> tuple[str, ...]:
    if block.kind is not BlockKind.PARAGRAPH:
        return ()
    return _entry_lines(inner_html(block), plain_terms)


@lru_cache(maxsize=1 << 10)  # each paragraph is read so by several rules
def _entry_lines(html: str, plain_terms: bool) -> tuple[str, ...]:
    lines = tuple(line for line in _LINE_BREAKS.split(html) if line.strip())
    if len(lines) < 2:
        return ()
    if all(qa_label(line) or _BOLD_OPENING.match(line) for line in lines):
        return lines
    if (
        len(lines) > 2
        and qa_label(lines[1]) == "q"
        and all(qa_label(line) for line in lines[1:])
        and _TITLE_LINE.match(_plain(lines[0]))
    ):
        return lines  # "Docker Interview Questions" over `Question:` / `Answer:` lines
    if plain_terms and all(GLOSSARY_LINE.match(line) for line in lines):
        return lines
    return ()


# A title's line: a few words without a sentence's end.
_TITLE_LINE = lazy(r"^\W*\w[^.!?:;。？！]{0,60}$")


def _plain(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html)).strip()


def alternating(items: Sequence[str]) -> list[tuple[str, str]]:
    """Items labelled `Q:` then `A:` (one or more), over and over: questions and answers."""
    labels = [qa_label(unwrap_p(item)) for item in items]
    if len(items) < 2 or labels[0] != "q" or not all(labels) or labels[-1] != "a":
        return []
    if any(a == b == "q" for a, b in pairwise(labels)):
        return []  # a question with no answer item: not this shape
    found: list[tuple[str, str]] = []
    for item, label in zip(items, labels, strict=True):
        text = strip_label(unwrap_p(item)).strip()
        if label == "q":
            found.append((NUMBERING.sub("", text).strip(), ""))
        else:
            found[-1] = (found[-1][0], f"{found[-1][1]}<p>{text}</p>")
    return found
