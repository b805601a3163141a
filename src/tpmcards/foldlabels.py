"""Titles that ask nothing. Labels of a fold that only hides an answer: a `<details>`
summary, a toggle or a drop-down's first option reading "Show answer", "Ver respuesta",
"Antwort", "答案"; the question is the text above the fold. And the one letter a glossary
files its terms under, as a heading or a fold's title. Read by the document stage (a
drop-down hiding an answer is a fold; an accordion titled "A" is no question) and by the
rules (a fold under a question answers it; a heading "B" is no term)."""

from __future__ import annotations

import re

from .lazyre import lazy

__all__ = ["answer_summary", "letter_title"]

# A summary that names no question but only hides the answer ("Show answer", "Ver
# respuesta", "Antwort", "答案"): the question is the text above it.
_ANSWER_SUMMARY = lazy(
    r"^\W*(?:(?:show|see|reveal|view|check|toggle|display|ver|mostrar|ver la|zeige|"
    r"voir|afficher|mostra|mostrar a|ver a|toon|bekijk|poka[żz]|g[öo]ster|lihat|xem|"
    r"показать|посмотреть|查看|显示|点击查看|点此查看|보기)\s*(?:the |la |die |"
    r"la |le |a |o )?)?(?:sample |suggested |model |possible |possibile |posible |"
    r"poss[íi]vel |m[öo]gliche |correct )?"
    r"(?:answers?|ans|solutions?|explanation|details|hints?|respuestas?|soluci[oó]n|"
    r"soluciones|antwort(?:en)?|l[oö]sung(?:en)?|r[ée]ponses?|corrig[ée]|respostas?|"
    r"solu[cç][aã]o|risposta|soluzione|antwoord|odpowied[źz]|cevab[ıi]?|jawaban|"
    r"[đd][áa]p\s+[áa]n|ответы?|відповідь|απάντηση|답변?|정답|"
    # Hungarian, Czech, Slovak, Finnish, Scandinavian, Greek, Romanian, South Slavic,
    # Turkish and Indonesian words for the answer or the solution.
    r"megold[áa]s|v[áa]lasz|[řr]e[šs]en[íi]|odpov[ěe][ďd]|vastaus|ratkaisu|svar|l[øö]sning|"
    r"λύση|r[ăa]spuns(?:ul)?|solu[țţt]i[ea]|odgovor|rje[šs]enje|re[šs]enje|[çc][öo]z[üu]m|solusi|"
    r"答案|解答|参考答案|答|解析|回答|答え|正解|"
    r"click (?:here )?to (?:expand|reveal|show|see)(?: (?:the )?(?:correct |right |full )?answer)?|"
    # "CLICK ME", "Tap here", "Click me again": a button's words.
    r"(?:click|tap)\s+(?:me|here)(?:\s+again)?|"
    # "Klik hier voor het antwoord", "Click here for the answer", "Cliquez ici pour la réponse".
    r"(?:click|klik|klicken?|cliquez|clique|haz clic|fai clic)\s+(?:here|hier|ici|aqu[íi]|qui)\s+"
    r"(?:for|voor|f[üu]r|pour|para|per)\s+(?:the |het |de |die |la |a |o |een |eine |une |una )?"
    r"(?:answers?|antwoord|antwort|r[ée]ponse|respuesta|resposta|risposta|solution|oplossing|"
    r"l[öo]sung|soluci[oó]n)|"
    r"klicken zum (?:aufklappen|ausklappen)|click to expand|expand|展开|点击展开)"
    # "Answer and explanation", "答えと解説", "答案与解析", "정답 및 해설".
    r"(?:\s*(?:and|&|&amp;|y|et|und|e|i|と|及び|与|和|及|및)\s*(?:explanations?|"
    r"explicaci[oó]n|explication|erkl[äa]rung|spiegazione|explica[çc][ãa]o|wyja[śs]nienie|"
    r"解説|説明|解析|解释|解釋|讲解|해설|설명))?"
    # "답변 예시", "Antwort-Beispiel": an example answer is the answer.
    r"(?:[\s-]*(?:예시|가이드|examples?|guide|ejemplo|exemple|beispiel|esempio|exemplo|示例|例|指南))?"
    # Japanese puts the verb after: "回答を見る" (see the answer), "解答を表示".
    r"(?:\s*を?\s*(?:見る|みる|表示(?:する)?|確認(?:する)?|開く))?"
    r"(?:\s*\((?:click|klicken|clic|haz clic)[^)]*\))?[\s:.!…]*$",
    re.I,
)


# A summary naming the answer of a numbered question: "第 1 题的答案", "Answer to question
# 3", "Question 2 solution", "Lösung zu Aufgabe 4".
_NUMBERED_ANSWER = lazy(
    r"^\W*(?:(?:第\s*\d+\s*[题題問问]\s*(?:的)?\s*(?:答案|解答|参考答案|解析))|"
    r"(?:(?:answers?|solutions?|l[öo]sung|respuesta|soluci[oó]n|r[ée]ponse|corrig[ée])\s+"
    r"(?:to|for|of|zu|de|du|a)\s+(?:the\s+)?(?:question|exercise|problem|task|q|aufgabe|frage|"
    r"pregunta|ejercicio|exercice|question)\s*#?\s*\d+)|"
    r"(?:(?:question|exercise|problem|task|q|aufgabe|frage|pregunta|ejercicio)\s*#?\s*\d+"
    r"\s*[:.-]?\s*(?:answers?|solutions?|l[öo]sung|respuesta|soluci[oó]n)))\W*$",
    re.I,
)


def answer_summary(summary: str) -> bool:
    """Whether a summary only hides the answer of the question written above it."""
    return not summary or bool(_ANSWER_SUMMARY.match(summary) or _NUMBERED_ANSWER.match(summary))


# The title of one letter (or a range of them) that a glossary files its terms under; a
# Chinese character is a word ("窯", kiln), not a letter.
_LETTER = r"(?![\u3400-\u9fff])[^\W\d_]"
_LETTER_TITLE = lazy(rf"\W*{_LETTER}(?:\s*[-–]\s*{_LETTER})?\W*")


def letter_title(title: str) -> bool:
    """Whether a heading or a fold's title is one letter or a range of them: "B", "A–C"."""
    return _LETTER_TITLE.fullmatch(title) is not None
