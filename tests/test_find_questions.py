"""Finding the questions in the guides people have (issue 12): question marks of every
script, answer labels in other words and languages, prompt headings of FAQ sections, slug
headings, reference tables and glossaries. Each test compares the whole card list of a
small fixture written in our own words."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tpmcards.cli import cli
from tpmcards.model import CardKind

from .conftest import FIXTURES
from .test_extract import cards_of

B, C, L, T = CardKind.BASIC, CardKind.CLOZE, CardKind.LIST, CardKind.TERM
FIND = FIXTURES / "find"


def cards_json(path: Path) -> list[dict[str, Any]]:
    """The cards `tpmcards cards --json` lists for a guide or folder, as a user reads them."""
    result = CliRunner().invoke(cli, ["cards", str(path), "--json"])
    assert result.exit_code == 0, result.output
    rows: list[dict[str, Any]] = json.loads(result.stdout)
    return rows


def qa(path: Path) -> list[tuple[str, str, CardKind]]:
    return [(q, a, kind) for q, a, kind, _ in cards_of(path)]


EXPECTED: dict[str, list[tuple[str, str, CardKind]]] = {
    # A question mark is a property of text: full-width `？` (with `1、` numbering and a
    # quoted answer), Spanish `¿...?`, Arabic `؟`, the Greek `;`, and `?` followed by the
    # zero-width space Docusaurus appends, which never doubles into `??`.
    "scripts.md": [
        ("什么是 DNS？", "把域名翻译成 IP 地址的系统。", B),
        ("¿Qué es un puerto?", "Un número que identifica un servicio en un equipo.", B),
        ("ما هو الخادم؟", "حاسوب يقدم خدمة لحواسيب أخرى.", B),
        ("Τι είναι το πρωτόκολλο;", "Ένα σύνολο κανόνων επικοινωνίας.", B),
        ("What is a subnet?", "A range of addresses that share one prefix.", B),
        ("ルーターとは何ですか？", "ネットワーク同士をつなぐ機器です。", B),
    ],
    # Answer labels in the text: `Answer:` after an unlabelled question paragraph, `Que.`
    # and `Ans` without a colon, `**Question:**` with a quoted answer (one number is an
    # answer), `1. question<br>` then `Ans:`, `**Pregunta:**`/`**Respuesta:**`, and a bold
    # question with a `**Sample Answer:**`.
    "labels.md": [
        ("What is a checksum?", "A small value computed from data to detect changes.", B),
        ("What does TTL stand for?", "Time to live.", B),
        ("Which port does HTTPS use?", "443", B),
        ("What is latency?", "The delay before data starts to arrive.", B),
        ("¿Qué hace un proxy?", "Reenvía peticiones en nombre de un cliente.", B),
        ("What does a firewall filter?", "Network traffic, by rules about addresses and ports.", B),
    ],
    # A summary that only hides the answer, in any language, is not the question: the bold
    # or numbered line above it is.
    "summaries.md": [
        ("What does DNS stand for?", "Domain Name System.", B),
        ("Wie viele Bits hat eine IPv4-Adresse?", "32", B),
        ("什么是 TCP？", "一种可靠的传输协议。", B),
        ("Which layer does a switch work on?", "The data link layer.", B),
    ],
    # A reference table: the first column is the term, the description its answer, the other
    # columns go to the back as context (an empty one is left out). A table with no
    # description column (Week/Topic/Owner) is no card.
    "reference-table.md": [
        ("ls -a", "List every file, hidden ones too Example: ls -a ~", T),
        ("mkdir -p", "Create a folder and its parents Example: mkdir -p a/b/c", T),
        ("pwd", "Print the working folder", T),
    ],
    # Inside an FAQ, interview or troubleshooting section an entry asks without its mark:
    # a prompt ("Tell me about...", "Explain closures"), "How to ..." (which gets its "?"),
    # an exclamation. A category heading ("Setup") is not one, the troubleshooting intro's
    # list is no card, and outside such a section "How to read these notes" is an ordinary
    # heading.
    "faq-prompts.md": [
        (
            "Tell me about a time you disagreed with your manager",
            "I wrote down both plans, we "
            "compared their risks together, and we shipped mine a week later.",
            B,
        ),
        (
            "Explain closures",
            "A closure is a function that keeps the variables of the scope it was made in.",
            B,
        ),
        ("How to change the default hostname?", "Edit /etc/hostname and restart the machine.", B),
        (
            "Instance timed out!",
            "Raise the timeout in the settings, or check the network first.",
            B,
        ),
    ],
    # A README with an FAQ section: only the FAQ's entries are cards, not the install
    # prerequisites, the option list or the bug-report checklist around it.
    "readme-faq.md": [
        ("Why does quickfmt rewrap my tables?", "It does not; tables are left as they are.", B),
        # "Can I...? Yes: <an instruction>" asks how (CARDS.md rule 4)
        ("How can I format a whole folder?", "Pass the folder instead of a file.", B),
    ],
    # A glossary: a term heading at any level and its definition paragraph is a term card;
    # a term with no definition is none, nor are the letter headings or the example list.
    "glossary.md": [
        ("APG", "Auto-pilot guidance: the mode that holds the planned route.", T),
        ("AoA", "Angle of attack, between the wing and the oncoming air.", T),
        ("Bank angle", "The tilt of the wings during a turn.", T),
    ],
    # Outside a glossary a heading is a term only when its first sentence defines it.
    # Three or more paragraphs opening with a bold term are term cards; two ("Version 2",
    # "Version 3") are not enough outside a glossary.
    "defined-terms.md": [
        ("Hooks", "Hooks are functions that let a component keep state between renders.", T),
        ("useState", "Keeps a value between renders.", T),
        ("useEffect", "Runs code after a render.", T),
        ("useRef", "Holds a value that changes without a render.", T),
    ],
    # A glossary of bold-term paragraphs under group headings: each term is a card, a
    # `**Note:**` label is none, and a group heading is no term of its own.
    "term-paragraphs.md": [
        (
            "Outbox",
            "A table written in the same transaction as the business change; a relay "
            "publishes it later.",
            T,
        ),
        (
            "Backpressure",
            "Telling the sender to slow down instead of queueing work without end.",
            T,
        ),
        ("Compaction", "Keeping only the last value of each key.", T),
    ],
    # A heading that names a collection ("Frontend interview questions") is no entry of it,
    # and a folded table of contents is no card.
    "faq-named.md": [
        ("Describe your last project", "Name the goal, your part in it and what it delivered.", B),
    ],
    # Slug headings take their question from the table of contents even when the anchor
    # differs from the slug in case and separators (`How_Do_I_Rotate_Labels`) or has a typo
    # (`legnd`, `upgrdae`); the `QA 1:` numbering goes. A slug heading no link names is no question.
    "slug-toc.md": [
        # "Can I...? Yes, <an instruction>" asks how (CARDS.md rule 4)
        ("How can I move the chart's anchor?", "Set anchor in the options.", B),
        ("How do I rotate the labels?", "Pass rotate: 45 to the axis.", B),
        ("Why is the legend empty?", "No series has a name.", B),
        (
            "Where did my saved themes go after the upgrade?",
            "Version 2 keeps them in a new folder.",
            B,
        ),
    ],
    # A collection of numbered headings, most of them (4 of 7) asking, with quoted answers:
    # a heading without its `？` that asks with its question word or `是否` gets one, the
    # imperative entries among them ask too (a `。` dropped, words counted in characters),
    # and one word or number is an answer. The unnumbered "参考资料" is none.
    "zh-collection.md": [
        ("什么是闭包？", "能访问外层函数变量的函数。", B),
        ("什么是事件冒泡？", "事件从子元素向父元素传播。", B),
        ("说出 HTTP 的两种请求方法", "GET 和 POST。", B),
        ("promise 有几种状态？", "三种。", B),
        ("HTTP 是否有状态？", "无状态。", B),
        ("给出一个常见的状态码", "404。", B),
        ("列出三种缓存策略", "强缓存、协商缓存和不缓存。", B),
    ],
    # A Docusaurus page: each heading ends in `?` and a hash link holding a zero-width
    # space. Every question is found, none doubles its mark, "Yes." is an answer, and the
    # exclamation entry of the FAQ asks too; navbar, sidebar, edit link and pager are none.
    "docusaurus.html": [
        (
            "Widgets — Why is my widget grey?",
            "It has no data source yet; pick one in its settings.",
            B,
        ),
        # "Can widgets share a source? Yes.": the yes is the fact, kept as asked (`check`
        # names it, CARDS.md rule 4).
        ("Can widgets share a source?", "Yes.", B),
        ("Widget vanished after an update!", "Clear the browser cache and reload the page.", B),
    ],
    # A list of abbreviations is a glossary: its two-column table is a term per row whatever
    # the header says, and `term - meaning` bullets without bold are terms when all of three
    # or more items are; two items, or terms of several words, are not.
    "abbreviations.md": [
        ("ATIS", "Automatic terminal information service", T),
        ("QNH", "Pressure setting that shows altitude above sea level", T),
        ("roger", "message received", T),
        ("wilco", "will comply", T),
        ("affirm", "yes", T),
    ],
    # Multiple choice: the options go with the question, the labelled item is the answer.
    "mcq.md": [
        ("Which port does SSH use? a) 21 b) 22 c) 80", "b) 22", B),
        ("¿Qué comando lista archivos? a) cd b) ls c) rm", "b) ls", B),
        ("Which layer routes packets? a) Link b) Network c) Transport", "b) Network", B),
    ],
    # A question and its answer labelled on one line, parted by an arrow: German `F:`/`A:`,
    # Spanish `P:`/`R:`, `→` or `->`. "P. Lindqvist" opens with an initial, not a label.
    "inline-labels.md": [
        ("Wie setze ich mein Passwort zurück?", "Über den Link „Passwort vergessen“.", B),
        ("Wo finde ich meine Rechnungen?", "Im Konto unter „Zahlungen“.", B),
        ("¿Cómo cambio el idioma?", "En Ajustes, Idioma.", B),
        ("¿Dónde veo mis pedidos?", "En la página Mis pedidos.", B),
    ],
    # A glossary without a glossary title (nor a file name saying so): sibling headings with
    # one short definition each,
    # most of them written as names (`replicas`, `NAT`) or defined in so many words in
    # another language ("La puerta de enlace es ..."), even when the definition does not
    # name the term. "Setup" among them, a run of steps ("Install", "Configure") and a
    # README's parts written in lower case ("installation", "license") are no terms.
    "untitled-terms.md": [
        ("replicas", "How many copies of the service run at once.", T),
        ("image", "The container image each copy starts from.", T),
        ("ports", "Which ports the service listens on.", T),
        (
            "NAT",
            "Network address translation (NAT) rewrites addresses at the border of a network.",
            T,
        ),
        (
            "Puerta de enlace",
            "La puerta de enlace es el equipo que conecta la red local con otras redes.",
            T,
        ),
    ],
    # A page titled as an FAQ is one, its categories at the title's level too: an entry
    # naming an error (`PermissionError`) asks (for the fix its answer gives, problemcues.py),
    # and so does a two-word entry among entries that all ask ("Slow startup"); a one-word
    # category ("Setup") and a label among headings that do not ask ("Key points") are none.
    "faq-entries.md": [
        ("How do I install the client?", "Run the installer from the downloads page.", B),
        (
            "What fixes “PermissionError”?",
            "Start the terminal as an administrator and run the installer again.",
            B,
        ),
        ("Slow startup", "The first start builds an index; later starts take a second.", B),
        ("The window stays blank!", "Turn off hardware acceleration in the settings.", B),
        ("Why does sync stop at night?", "The laptop sleeps; keep it plugged in.", B),
    ],
    # A glossary entry whose text only asks ("Service level objective? Or ...?") guesses
    # at the term and defines nothing: no card. A definition that goes on to ask is one,
    # and so is one written in bullets; a heading over bold terms is a group of terms.
    "glossary-guesses.md": [
        ("SLA", "Service level agreement: what a provider promises to deliver.", T),
        (
            "SLI",
            "Service level indicator: a measured value such as latency. Is it the same as a "
            "metric? Mostly.",
            T,
        ),
        (
            "Error budget",
            "the share of requests allowed to fail spent by outages and risky releases",
            T,
        ),
        ("Latency", "the time to answer a request.", T),
        ("Traffic", "requests per second.", T),
    ],
    # A numbered bold prompt in raw HTML that ends with a full stop asks; its answer and
    # the list under it go together, up to the next bold line standing over text of its
    # own. A bold title ("Networking basics") and an unnumbered bold line ask nothing.
    "bold-prompts.md": [
        (
            "What is a VLAN, and name two reasons to use one",
            "A VLAN splits one physical network into separate logical ones. Two reasons: "
            "Security: the traffic of one group stays away from another. Less broadcast "
            "noise: each segment hears only its own broadcasts.",
            B,
        ),
        ("Explain what a default gateway does", "It forwards traffic bound for other networks.", B),
    ],
    # A list of bold questions with their answers after a dash: a bold prompt among them
    # ("Introduce yourself") asks too, and the dash is no part of the answer. A list of bold
    # terms with no question among them stays a list of terms.
    "bold-prompt-list.md": [
        ("Introduce yourself", "Two minutes on the roles that matter for this job.", B),
        ("Why this team?", "Show that you read about what the team builds.", B),
        ("What is your notice period?", "The date you can start.", B),
        ("Git", "tracks changes to the code.", T),
        ("Make", "runs the build.", T),
    ],
    # A Chinese FAQ ("常见疑问"): an entry without a question mark asks, its length counted
    # in characters; a one-word category ("安装", install) does not.
    "zh-faq.md": [
        ("登录后页面一直空白", "清除浏览器缓存后重试。", B),
    ],
    # Question and answer labels are words of every language guides are written in:
    # Russian, Dutch, Polish (on two lines of one paragraph), Turkish with a number, the
    # columns of a Spanish and a Korean table, and a Russian summary that only hides the
    # answer. None of the labels is a question of its own.
    # A heading's closing attributes (`{#anchor}`, `{: #anchor .class}`) are not shown on
    # the page: the question ends with its own mark, or gets one, before them.
    "heading-attributes.md": [
        ("What does a cache keep?", "Copies of data near the code that reads them.", B),
        ("How do I empty the cache?", "Run the clear command, then restart the service.", B),
        ("Cache — Why is my first request slow?", "The cache is cold: nothing is stored yet.", B),
    ],
    # A question with no label or emphasis, on the first line of a list item or paragraph:
    # its answer in the item's nested list (one item is the answer, several a list card),
    # after it on its own line, or on the next line of the paragraph. A paragraph that
    # asks in mid-text, a list where not every item asks, and invitations on one line
    # without a question word ("Found a bug? Open an issue.") give none.
    "question-items.md": [
        ("What is a queue?", "A line of messages waiting for a consumer.", B),
        ("Which orders can a queue keep?", "First in, first out By priority", L),
        ("What does an ack do?", "It tells the broker a message was handled.", B),
        ("What is a dead letter?", "A message no consumer could handle.", B),
        ("Why set a visibility timeout?", "So a crashed consumer's message comes back.", B),
        (
            "What does at-least-once delivery mean?",
            "A message may arrive twice, but never zero times.",
            B,
        ),
    ],
    # A numbered list of questions, each answered in its nested bullets: a question with no
    # answer is no card (check names it), an empty item is skipped, and the last question's
    # answer may be the list right after, indented too little to nest.
    "question-list-gaps.md": [
        ("What is a lock?", "A way to let one worker at a time touch shared data", B),
        ("Why can locks deadlock?", "Two workers each hold a lock the other waits for", B),
        ("What is a semaphore?", "A counter that lets a fixed number of workers in", B),
    ],
    # A heading that only labels (`## Pergunta:`, `### Question 3`): the question is the
    # paragraph under it, even an imperative ending in a full stop, and the answer is under
    # the `### Resposta:` heading nested in it or the `### Answer` heading beside it.
    "label-headings.md": [
        ("O que é um processo?", "Um programa em execução, com sua própria memória.", B),
        ("Explique o que é uma thread.", "Uma linha de execução dentro de um processo.", B),
        ("What does a scheduler decide?", "Which thread runs next, and for how long.", B),
    ],
    # A flashcard file of `question` / `---` / `answer` / `===` blocks, which Markdown
    # renders as a setext question heading over an answer heading: each pair is a card, the
    # `#tag` no part of the question.
    "setext-flashcards.md": [
        ("What port does SSH listen on?", "Port 22, unless the server says otherwise.", B),
        ("What does DHCP hand out?", "Addresses, with a lease that runs out.", B),
        ("Which record maps a name to an IPv6 address?", "The AAAA record.", B),
    ],
    # A glossary of `- term` bullets, each defined by the one bullet nested under it, under
    # letter headings (which are no terms): a "TBD" definition defines nothing (a finding).
    "nested-term-bullets.md": [
        ("block device", "A disk the system reads and writes in fixed-size blocks.", T),
        ("bucket", "A named container for objects in an object store.", T),
        ("checksum", "A short value computed from data to spot corruption.", T),
    ],
    # A raw HTML table that Markdown leaves in a paragraph (`<table>` opened on the title's
    # line, a row without its `</tr>`) is still read row by row: a Russian description
    # column is the answer, the other column context, a row of one cell no term.
    "raw-table-rows.md": [
        ("RAM/ОЗУ", "Память, которая теряет данные без питания. См. также: ROM", T),
        ("ROM/ПЗУ", "Память только для чтения.", T),
    ],
    # `**Q: ...?**` (the label inside the bold) with its answer in the paragraphs below it,
    # unlabelled, up to the next question; one with nothing below it is no card.
    "bold-q-label.md": [
        (
            "Where does a local variable live?",
            "On the stack frame of the call that made it. It goes away when the call returns.",
            B,
        ),
        (
            "What frees heap memory in a managed runtime?",
            "The garbage collector, when nothing refers to the object any more.",
            B,
        ),
    ],
    # In an FAQ, list items that open with an emphasised paragraph are its entries, the
    # statement of a problem as much as a question; a list without that shape is none.
    "faq-emphasised-items.md": [
        (
            "What fixes “The build stops with a missing header error”?",
            "Install the development package of the library it names.",
            B,
        ),
        (
            "How do I build without the optional plugins?",
            "Pass --no-plugins to the configure script.",
            B,
        ),
    ],
    # A Chinese page titled as a collection of questions ("问题合集") is an FAQ: "如何…"
    # entries ask; "…怎么办" asks anywhere, so it is a card of its own and not part of the
    # answer above it; a bold question answered only by a link is no card.
    "zh-question-collection.md": [
        ("如何重置密码？", "在登录页点击「忘记密码」，按邮件里的步骤操作。", B),
        (
            "什么是两步验证？",
            "登录时除了密码，还要输入手机上的一次性验证码。 如何开启两步验证？ 查看 设置教程。",
            L,
        ),
        ("收不到验证码怎么办？", "检查手机时间是否准确，再重新发送。", B),
    ],
    # A multiple-choice answer that only names a letter (`**Réponse correcte : B**`,
    # `Answer: (b)`) is that option's text, then the explanation; a yes/no question whose
    # chosen option says "Non, ..." is no card.
    "mcq-letter.md": [
        (
            "Quel port utilise DNS ? A) 22 B) 53 C) 80",
            "B) 53 DNS répond sur le port 53, en UDP comme en TCP.",
            B,
        ),
        (
            "Peut-on se passer de DNS ? A) Oui, toujours B) Non, sauf avec des adresses IP "
            "saisies à la main",
            "B) Non, sauf avec des adresses IP saisies à la main Sans DNS, il faut connaître les "
            "adresses.",
            B,
        ),
        ("Which layer does IP belong to? a) Transport b) Network c) Session", "b) Network", B),
    ],
    # Entries written line under line, without blank lines: `Q:`/`A:` lines (also the
    # full-width `Ｑ．`/`Ａ．` of Japanese FAQs) and `**Term**:` lines are a card each, not
    # one card whose answer runs on through the rest.
    "line-entries.md": [
        ("What is a port?", "A number that names a service on a host.", B),
        ("What is a socket?", "One end of a connection: an address and a port.", B),
        ("パスワードを忘れました。", "ログイン画面の「再設定」から手続きしてください。", B),
        ("Router", "forwards packets between networks.", T),
        ("Switch", "joins the devices of one network.", T),
        ("Hub", "repeats every frame to every port.", T),
    ],
    # In an FAQ a paragraph that only asks is a question, its answer the blocks up to the
    # next one; elsewhere one such paragraph in a section is rhetorical (no card), and under
    # a heading that asks it is part of that heading's answer.
    "plain-questions.md": [
        ("How often should I back up?", "Every day for data that changes daily.", B),
        ("Where should copies live?", "One copy on site One copy somewhere else", B),
        (
            "How do I restore a whole disk?",
            "Boot from the rescue image. What then? Pick the newest full copy and start.",
            B,
        ),
    ],
    # "Question 3 -" and "Pregunta 4:" number a question heading, which keeps only the
    # question; lines that each ask and answer (`What is X?<tab>answer`) are a card each.
    "numbered-lines.md": [
        ("What is a race condition?", "A result that depends on the timing of threads.", B),
        ("¿Qué es un mutex?", "Un candado que solo un hilo puede tener a la vez.", B),
        ("Which signal asks a process to stop?", "SIGTERM.", B),
        ("Where does a child process start?", "at the instruction after the fork.", B),
    ],
    # A label after an emoji (`❓ **Question:**`, `✅ **Answer:**`), a labelled question
    # quoted (`> **Question:** ...`) over its answer, and a command table whose second
    # column says what each "Action" is: no label left in a card.
    "label-decorations.md": [
        (
            "What is a race condition?",
            "Two threads touch shared data and the result depends on timing.",
            B,
        ),
        ("What does a load balancer do?", "It spreads requests over several servers.", B),
        ("df -h", "Show free disk space", T),
        ("du -sh <dir>", "Sum the size of a folder", T),
    ],
    # A glossary written as plain `term - meaning` / `term: meaning` lines of one paragraph
    # is a term card a line; in a list of bold terms a plain `Hub: ...` item is one too.
    "glossary-lines.md": [
        ("Latency", "the delay before data starts to arrive", T),
        ("Throughput", "how much data moves per second", T),
        ("Packet loss", "the share of packets that never arrive", T),
        ("Router", "forwards packets between networks.", T),
        ("Switch", "joins the devices of one network.", T),
        ("Hub", "repeats every frame to every port.", T),
    ],
    # A numbered question over lettered options (`a. ARP`, one a line) and `Answer: b`:
    # the options go with the question, the answer is the chosen one (then any
    # explanation); `a.` there is an option, not an answer's label.
    "mcq-items.md": [
        ("Which protocol resolves host names? a) ARP b) DNS c) FTP", "b) DNS", B),
        (
            "Which port does HTTPS use by default? a) 80 b) 443 c) 25",
            "b) 443 Port 80 is plain HTTP.",
            B,
        ),
    ],
    # A table names its columns in more words ("Interview Question", "Sample Answer"), or
    # not at all: a first column that asks row after row (its header row too) is a
    # question column. A `**Definition:**` label is no term and no part of the definition.
    "asking-tables.md": [
        ("Tell me about yourself", "Two minutes on the work that matters here.", B),
        ("Why this team?", "I have used what it builds for years.", B),
        ("What is your notice period?", "One month.", B),
        ("What does pwd print?", "The working folder.", B),
        ("What does cd - do?", "Goes back to the last folder.", B),
        (
            "Idempotent",
            "An operation that gives the same result however many times it runs.",
            T,
        ),
    ],
    # A collapsible container in a site generator's syntax, which Markdown leaves as text:
    # `::: details 答案` under a question heading, `::: details Question?` spanning
    # paragraphs, Hugo's `{{< details "Question?" >}}`; a `::: tip` is no card.
    "containers.md": [
        ("什么是防抖？", "事件停止触发一段时间后才执行回调。", B),
        (
            "What is throttling?",
            "Running a callback at most once per interval. It keeps scroll handlers cheap.",
            B,
        ),
        ("What does debounce wait for?", "A quiet period with no new events.", B),
    ],
    # `1. What is X?` over a paragraph, which Markdown makes a list of one item and a
    # paragraph outside it, is a question and its answer (an imperative ending in "." too,
    # inline code and all); `#### Q3 Which ...?` keeps only the question.
    "numbered-paragraphs.md": [
        ("What does a pipe connect?", "The output of one command to the input of the next.", B),
        ("Explain what && does.", "It runs the second command only if the first succeeded.", B),
        (
            "Which file lists a user's shell?",
            "/etc/passwd, in the last field of the user's line.",
            B,
        ),
    ],
    # `- Q: ...` and `- A: ...` as list items of their own, one after the other (an answer
    # may take two `A:` items): a card each question.
    "alternating-items.md": [
        ("What does NAT change?", "The source address of outgoing packets.", B),
        (
            "Why use it?",
            "Many hosts can share one public address. It also hides the inside network.",
            B,
        ),
    ],
    # A question heading (or bold question) over lettered options and `Answer: b` (or
    # `**Answer: b) Network**`): the options go with the question, the chosen one is the
    # answer; `A.` before an option is no answer's label.
    "mcq-headings.md": [
        ("Which protocol resolves names? a) ARP b) DNS c) FTP", "b) DNS", B),
        ("Which port does SSH use? A) 21 B) 22 C) 23", "B) 22", B),
        (
            "Which layer does a router work on? a) Data link b) Network c) Transport",
            "b) Network",
            B,
        ),
    ],
    "label-languages.md": [
        ("Что хранит кэш?", "Копии данных рядом с тем, кто их читает.", B),
        ("Hoe lang blijft een item in de cache?", "Zestig seconden, tenzij anders ingesteld.", B),
        ("Co to jest wygaśnięcie?", "Usunięcie wpisu po upływie jego czasu.", B),
        ("¿Qué es un acierto de caché?", "Una lectura servida desde la caché.", B),
        ("¿Qué es un fallo de caché?", "Una lectura que tuvo que ir al origen.", B),
        ("캐시 적중률이란 무엇인가요?", "캐시에서 바로 응답한 요청의 비율입니다.", B),
        ("Önbellek neden hızlıdır?", "Veri yakında tutulduğu için.", B),
        ("Почему кэш быстрее диска?", "Потому что данные уже лежат в памяти.", B),
    ],
    # An answer key of one-line items `question → answer`: the first arrow splits (later
    # ones are the answer's), a prompt ending in a full stop among questions is asked too;
    # steps joined by arrows ask nothing and stay a list.
    "arrow-key.md": [
        ("What does a router connect?", "Separate networks.", B),
        ("Hub vs switch?", "Repeats to every port vs forwards by address.", B),
        ("Name the two transport protocols.", "TCP, UDP.", B),
        ("Port of SSH?", "22.", B),
        ("Path of a packet?", "Host → gateway → host.", B),
        ("Release steps: name the 2.", "Build → Test Tag → Publish", L),
    ],
    # A glossary under letter headings, each entry a bold term (its expansion in brackets
    # goes with it) and its definition after a hard line break: a term card per entry,
    # none for the letters.
    "hardbreak-glossary.md": [
        (
            "DHCP (Dynamic Host Configuration Protocol)",
            "Hands out addresses to devices joining a network.",
            T,
        ),
        ("Datagram", "A self-contained packet sent without a connection.", T),
        ("Gateway", "The router a host sends traffic to when the target is outside its subnet.", T),
    ],
    # A `Q:` question styled by a tag around the whole paragraph (`<font size=3>`, a
    # `<span>`) is the same labelled question; `A:` and full-width `A：` answer it.
    "styled-questions.md": [
        ("如何查看磁盘剩余空间？", "运行 df -h，看 Avail 一列。", B),
        ("为什么日志文件越来越大？", "没有配置日志轮转，旧日志一直保留。", B),
        ("How do I list open ports?", "Run ss -tln and read the Local Address column.", B),
    ],
    # Nested `<details>` whose summary only numbers the question ("Question 1", "Follow-up
    # questions"): the question is written inside (with its code), over an inner details
    # that hides the answer.
    "nested-details.md": [
        (
            "What does this print? echo $((7 % 3))",
            "It prints 1, the remainder of 7 divided by 3.",
            B,
        ),
        ("Make it print the quotient instead", "Use / in place of %: echo $((7 / 3)) prints 2.", B),
        (
            "Explain what set -e changes in a script.",
            "The script stops at the first command that fails.",
            B,
        ),
    ],
    # Bold terms alone in their paragraphs, each over a quoted definition, three in one
    # section: term cards; a bold line over one quote elsewhere is a caption, no card.
    "quoted-terms.html": [
        ("volume (том)", "A block device a machine mounts as one disk.", T),
        ("snapshot", "A copy of a volume frozen at one moment.", T),
        ("replica, primary", "A replica follows the primary and takes over when it fails.", T),
    ],
    # An article titled after interview questions: the entries under its questions part
    # ask, with or without a mark; the headings of its tips part ("Arrive ten minutes
    # early"), none of which asks in its own words, are advice, no cards.
    "faq-article-parts.md": [
        (
            "Introduce yourself in two minutes",
            "Name, current role, one project you are proud of, and why this job.",
            B,
        ),
        ("What is your biggest strength?", "Calm under pressure, with a time it mattered.", B),
        (
            "Walk me through your last project",
            "Goal, your part, the hard call you made, and the result.",
            B,
        ),
    ],
    # An answer that only links to a page named by the question itself says nothing: no
    # card, and so is an answer that is one sentence sending the reader to another page
    # ("See the install guide for ...", "The limits are listed in the Quotas section",
    # "For the steps, refer to ...", "You can find them in ..."). A sentence stating a fact
    # stays an answer though it links, as does a fact followed by a "See ..." sentence.
    # A glossary term defined only by a pointer to another term holds nothing to recall.
    "glossary-pointers.html": [
        ("Shard", "One slice of a table, kept on its own server.", T),
        ("Replica", "A copy of a shard that serves reads.", T),
    ],
    "pointer-answers.md": [
        (
            "Cache — How long does an entry live?",
            "Sixty seconds, unless the entry sets its own time.",
            B,
        ),
        (
            "Which port does the cache listen on?",
            "Port 6380 by default; Ports lists the others.",
            B,
        ),
        (
            "How do I tell that the cache is up?",
            "Check its port with netcat.",
            B,
        ),
        (
            "Does the cache survive a restart?",
            # The sentence that only points elsewhere goes (answershape.py).
            "Only when snapshots are on.",
            B,
        ),
    ],
    # Yes/no questions of Russian (ли), Chinese (吗, 是否), Japanese (ですか), Korean
    # (나요, 까), Polish (Czy), Turkish (mi) and Dutch answered with the language's yes or no
    # (да, 不能的, 可以的, 是的, はい, 네, 아니요, Tak, Nie, Evet, Nee) are cards as asked,
    # the verdict being the fact, and `check` names each (CARDS.md rule 4).
    # The guide's subject ("Backup FAQ") goes before a question in any language.
    "yesno-languages.md": [
        # Answered yes or no in any language: the verdict is the fact, kept as asked.
        (
            "Backup — Включено ли шифрование по умолчанию?",
            "Да, ключ создаётся при первом запуске.",
            B,
        ),
        ("Backup — Можно ли восстановить один файл?", "Нет, только весь снимок целиком.", B),
        ("Backup — Сколько снимков хранится?", "Семь последних, старые удаляются сами.", B),
        ("Backup — 能在运行时修改备份目录吗？", "不能的，需要先停止服务再修改。", B),
        ("Backup — 可以同时备份两台机器吗？", "可以的，每台机器用自己的配置文件。", B),
        ("Backup — 是否支持增量备份？", "是的，默认只复制变化的块。", B),
        ("Backup — 备份保存多久？", "三十天。", B),
        ("Backup — 夜間にバックアップは自動で実行されますか？", "はい、毎晩二時に始まります。", B),
        ("Backup — 圧縮はどの形式ですか？", "zstd を使います。", B),
        ("Backup — 백업 파일을 암호화할 수 있나요?", "네, 설정에서 키를 지정하면 됩니다.", B),
        ("Backup — 원격 저장소가 필요합니까?", "아니요, 로컬 디스크만으로도 동작합니다.", B),
        ("Backup — 백업은 어디에 저장되나요?", "기본값은 홈 디렉터리의 backups 폴더입니다.", B),
        ("Backup — Czy kopia działa bez sieci?", "Tak, wystarczy dysk lokalny.", B),
        ("Backup — Czy trzeba zatrzymać usługę?", "Nie, kopia powstaje w tle.", B),
        ("Backup — Yedekleme şifreli mi?", "Evet, anahtar ilk çalıştırmada oluşur.", B),
        (
            "Backup — Is de back-up ook gecomprimeerd?",
            "Nee, de blokken worden ongewijzigd bewaard.",
            B,
        ),
    ],
    # Close facts whose answers share most words are not near-duplicates when their
    # questions differ in a word that tells: a qualifier ("leading"), a number (`-9` and
    # `-15`), two terms each with a word of its own ("Soft link" / "Hard link").
    "close-facts.md": [
        (
            "How do you trim spaces from a line in Python?",
            "Call strip() on the line to drop the spaces around its text.",
            B,
        ),
        (
            "How do you trim leading spaces from a line in Python?",
            "Call lstrip() on the line to drop the spaces before its text.",
            B,
        ),
        (
            "kill -15 PID",
            "Sends the process the signal that asks it to stop, so it can clean up first.",
            T,
        ),
        (
            "kill -9 PID",
            "Sends the process the signal that stops it at once, so it cannot clean up first.",
            T,
        ),
        ("Soft link", "a file that points to the path of another file on the disk.", T),
        ("Hard link", "a second name that points to the same data of a file on the disk.", T),
    ],
    # `Q:`, then code the question shows, then `A:`: the code goes with the question and
    # the labelled paragraph is the answer.
    "code-between-labels.md": [
        (
            "Why does this command fail on a clean checkout? make install PREFIX=",
            "An empty PREFIX points the install at the root of the disk, which needs rights "
            "the build user lacks.",
            B,
        ),
        ("How do I see the commands make runs?", "Pass -n to print them without running them.", B),
    ],
    # An answer whose facts are all template variables left unresolved (`{{ product }}
    # runs version {{ versions.cache }}`) holds nothing to recall here: no card; one with
    # a placeholder inside words of its own is still an answer.
    "placeholder-answers.md": [
        (
            "Where does the cache keep its files?",
            "Under /var/cache/{{ product }}, one folder for each service.",
            B,
        ),
        (
            "Cache — How long does an entry live?",
            "Sixty seconds, unless the entry sets its own time.",
            B,
        ),
    ],
    # Obsidian Spaced Repetition: `q::a`, `q:::a` (a card each way), a paragraph split by
    # `?` (`??`: each way; a `?` closing the paragraph leaves the answer to the list below)
    # and, in a file tagged `#flashcards`, `==highlights==` as clozes. No separator leaks.
    "spaced-repetition.md": [
        ("What does DNS stand for", "Domain Name System", B),
        ("Which port does plain HTTP use?", "80", T),  # one note, asked both ways
        (
            "Which protocol leases addresses to hosts on a LAN?",
            "DHCP; the lease runs out unless the host renews it.",
            B,
        ),
        # One note, asked both ways:
        ("Name the record that maps a name to an IPv6 address", "AAAA", T),
        ("Which tools test if a host answers?", "ping, over ICMP traceroute, hop by hop", B),
        ("A {{c1::subnet mask}} marks which bits of an address name the network.", "", C),
    ],
    # A file tagged `flashcards/...` in its front matter: any `::` outside code separates
    # (`cell::mitochondria`), but a namespace in prose (`std::vector`) still is no card; a
    # `?` line whose answer is the numbered list below it.
    "spaced-repetition-tagged.md": [
        ("The powerhouse of the cell", "mitochondria", B),
        ("What do ribosomes make?", "Proteins", B),
        ("Nucleus", "Holds the DNA", B),
        ("What are the phases of mitosis?", "Prophase Metaphase", B),
        ("The {{c1::cell membrane}} lets some molecules through.", "", C),
    ],
    # Notes tagged for Spaced Repetition: the cards written in its syntax, not the notes
    # around them (no term card of the title, no key sentence of the prose).
    "spaced-repetition-notes.md": [
        ("What are the three packets of the TCP handshake?", "SYN, SYN-ACK, ACK", B),
        (
            "What does the receive window limit",
            "How much unacknowledged data the sender may have in flight",
            B,
        ),
        ("Which algorithm grows the window exponentially at the start", "Slow start", B),
    ],
    # A plugin's README that shows the tag and the syntax in code is no flashcard file:
    # its question heading is a card as in any guide.
    "flashcard-plugin-readme.md": [
        ("What does the plugin store?", "Only the schedule, in a comment after each card.", B),
    ],
    # The schedule Spaced Repetition writes after a card (`<!--SR:...-->`) is no text of it;
    # in a tagged file, a list's items that are cards are cards, its notes are not.
    "spaced-repetition-schedule.md": [
        ("What does TLS add to TCP", "Encryption and server authentication", B),
        ("Which port does DNS use?", "53, over UDP and TCP.", B),
        ("ARP", "maps IP addresses to MAC addresses", B),
        ("NAT", "rewrites addresses at a router", B),
    ],
    # The "Markdown Flashcards" convention: front, a paragraph of `?`, back, between rules.
    "question-mark-paragraphs.md": [
        (
            "Which signal does Ctrl-C send?",
            "SIGINT, which most programs take as a request to stop.",
            B,
        ),
        ("What does nohup keep alive?", "the command after the terminal closes", B),
    ],
    # NeuraCache one-line cards: `question : answer #flashcard`, or ⚡️ / 🧠 for the tag; a
    # line with ` : ` and no mark is prose.
    "neuracache-lines.md": [
        ("Which key opens the command palette", "Ctrl+Shift+P", B),
        ("Ctrl+G", "go to a line", B),
        ("Ctrl+P", "open a file by name", B),
    ],
    # NeuraCache regular cards: `question #flashcard`, its answer the blocks up to the next
    # rule; the note after the last rule is no card.
    "neuracache-regular.md": [
        (
            "Radius of the first Bohr orbit",
            "About 52.9 picometres. It sets the scale of the hydrogen atom.",
            B,
        ),
        ("Energy of a photon", "E = hν", B),
    ],
    # RemNote's `>>` and `;;` (forward), `<<` (the right side asks), `<>` (each way),
    # ` :: `, and `>>>` over the nested items of a multi-line answer.
    "remnote-arrows.md": [
        ("el servidor", "the server", B),
        ("el cable", "the cable", B),
        ("la red", "the network", T),  # one note, asked both ways
        ('What does "enrutador" mean', "a router", B),
        ("el enrutador", "the router", B),
        ("Parts of a frame", "the header the payload the checksum", B),
    ],
    # Obsidian_to_Anki: `START`/type/fields/`END` (the first line the front when it has no
    # `Front:`; a list inside `Back:`; the `<!--ID-->` line dropped), a reversed note type
    # (two cards), a Cloze note, and `STARTI [Basic] ... ENDI` on one line, also as list
    # items with a `Question:` label before the front. `TARGET DECK` is no card.
    "obsidian-to-anki.md": [
        ("Which RAID level mirrors two disks?", "RAID 1: either disk can fail alone.", B),
        (
            "What does an inode keep?",
            "The metadata of one file: its owner and mode where its blocks are",
            B,
        ),
        ("ext4", "The usual Linux file system", T),  # one note, asked both ways
        ("A {{c1::snapshot}} keeps the state of a volume at one moment.", "", C),
        ("What does fsck repair?", "A file system a crash left inconsistent.", B),
        ("What does TRIM tell an SSD?", "Which blocks no longer hold data.", B),
        ("Which file system checks data with checksums?", "ZFS, on every read.", B),
    ],
    # inka: numbered questions over `>` answers between `---` fences, Anki clozes, and its
    # short clozes `{text}` and `{2::text}`; the `Deck:`/`Tags:` lines and the prose
    # outside the fences give nothing.
    "inka-notes.md": [
        ("Which variable holds the exit status of the last command?", "$? holds it.", B),
        ("What does set -e change?", "The script stops at the first command that fails.", B),
        ("A pipeline's status is that of its {{c1::last}} command.", "", C),
        (
            "The {{c1::PATH}} variable lists the folders searched for {{c2::commands}}.",
            "",
            C,
        ),
    ],
    # `::` in prose and code is a path, an address, a Dataview field or a signature, never a
    # card; highlights of a file that is no flashcard file are emphasis, not clozes. Under
    # a question heading, a spaced ` :: ` is the answer's prose.
    # A `<<` or `>>` in code is a shift, not RemNote's arrow: the list is read as a list.
    "colons-in-prose.md": [
        (
            "What does the scope operator do?",
            "In C++ the scope operator :: picks a name from a namespace.",
            B,
        ),
        (
            "Memory: name the 2.",
            "Inflate takes about 1 << windowBits bytes a shift like x >> 2 halves twice",
            L,
        ),
    ],
    # An FAQ entry written as an instruction ("Undo a message after sending it") among
    # `###` questions under a `##` question is an entry of its own, not a part of the
    # `##` question's answer.
    "instruction-entry.md": [
        ("What is Relay?", "Relay is a small chat app that keeps no history on its servers.", B),
        ("How do I add a contact?", "Scan the code they show in their profile.", B),
        (
            'Why is a chat marked "Request"?',
            "Its sender is not in your contacts yet; accept it to reply.",
            B,
        ),
        (
            "Undo a message after sending it",
            "Long-press the message and pick Delete for everyone.",
            B,
        ),
        ("Who sees my profile picture?", "Only the people you write to.", B),
    ],
    # Obsidian Flashcards: a heading tagged `#card` over its first paragraph, a line tagged
    # `#card` over the lines after it, `#card-reverse` both ways; an untagged heading is no
    # card, and the marker is no card tag.
    "card-tags.md": [
        ("Which RAID level stripes without parity?", "RAID 0.", B),
        (
            "Copy-on-write file systems",
            "They write changed blocks to new places and never overwrite in place.",
            B,
        ),
        ("What moves cold data to cheaper disks?", "A tiering policy, run each night.", B),
        ("ext4", "The usual Linux file system", T),  # one note, asked both ways
    ],
    # Logseq: a bullet tagged `#card` over its nested bullets (the schedule properties
    # Logseq writes under it are no answer), `{{cloze ...}}` a cloze; page properties
    # (`title:: ...`) and untagged bullets are no cards.
    "logseq-cards.md": [
        ("What does the TCP handshake send?", "SYN, then SYN-ACK, then ACK.", B),
        ("The default HTTPS port is {{c1::443}}.", "", C),
        (
            "Which layer does IP sit on?",
            "The network layer. It routes packets between networks.",
            B,
        ),
    ],
    # Mochi's cards: a question, a rule (`---`), its answer, the next rule; a note after the
    # last rule is no card.
    "ruled-cards.md": [
        ("What does a default route match?", "Every destination no other route matches.", B),
        ("Which protocol do routers inside one network share routes with?", "OSPF RIP", B),
    ],
    # A file of such cards only: a front that names a term need not ask. Short paragraphs of
    # prose parted by rules are no deck: their fronts are sentences, not terms.
    "ruled-terms.md": [("el puerto", "the port", B), ("la red", "the network", B)],
    "ruled-prose.md": [],
    # Numbered questions under one heading, answered by number in an answer key at the end.
    "answers-at-end.md": [
        ("Which layer does a router work on?", "The network layer.", B),
        ("What does ARP map?", "An IP address to a MAC address.", B),
        ("How many bits long is an IPv6 address?", "128 bits.", B),
    ],
    # `#### Q1.` labels what follows as a question, an instruction too; its answer is code.
    "q-code-answers.md": [
        ("Count the rows of the orders table", "SELECT COUNT(*) FROM orders;", B),
        (
            "List the ten newest customers",
            "SELECT * FROM customers ORDER BY created_at DESC LIMIT 10;",
            B,
        ),
    ],
    # MDX: `import` lines and `<Tabs>` go, each tab's body stays under its label; a
    # Docusaurus `:::tip` container keeps its body and loses its fences.
    "docusaurus-tabs.md": [
        (
            "How do I install the agent?",
            "Linux Use the package manager: apt install agent. macOS Use Homebrew: brew "
            "install agent.",
            B,
        ),
        ("Which port does the agent use?", "Port 7000, unless AGENT_PORT is set.", B),
    ],
    # GitBook's `{% hint %}` ... `{% endhint %}` around an answer: the tags go, the text stays.
    "gitbook-hint.md": [
        ("How do I roll back a release?", "Run the deploy job again with the previous tag.", B),
        (
            "Where are the deploy logs?",
            "In the job's output, kept for thirty days. Logs older than that are gone for good.",
            B,
        ),
    ],
    # Jekyll: `{% include toc.html %}` goes, an include's `content="..."` stays as text, a
    # link to a Liquid tag is its text.
    "jekyll-include.md": [
        (
            "Why did my message bounce?",
            "The receiving server refused it; the bounce names the reason. See the standards "
            "for the codes. Bounces are kept for a week.",
            B,
        ),
        (
            "How do I change my address?",
            "Open Settings → Profile and edit the address field.",
            B,
        ),
    ],
    # MkDocs Material collapsibles in the source: `??? question "...?"` with an indented
    # body (after a blank line or not); `!!! faq` answered "No, ..." is a yes/no card
    # kept as asked (CARDS.md rule 4: `check` names it); a `???+ note` asks nothing.
    "mkdocs-admonitions.md": [
        (
            "Why is the first request slow?",
            "The cache is empty after a restart, so the first request reads from disk.",
            B,
        ),
        ("How large can an entry be?", "One megabyte; larger values are refused.", B),
        ("Does the cache survive a reboot?", "No, it lives in memory only.", B),
    ],
    # Raw `<dl>` in Markdown, and a Sphinx `.. glossary::` rendered as `<dl class="glossary">`
    # with its `¶` permalinks: term cards.
    "md-dl.md": [
        ("Latency", "The time a request waits before its answer starts.", T),
        ("Throughput", "How many requests finish in a second.", T),
    ],
    "sphinx-glossary.html": [
        ("shard", "One slice of a table kept on its own node.", T),
        ("replica", "A copy of a shard kept on another node.", T),
        ("quorum", "The number of replicas that must agree before a write counts.", T),
    ],
    # reStructuredText left in Markdown: a definition list's indented answers are answers,
    # a `.. note::` directive is no card.
    "rst-in-md.md": [
        (
            "What is a dead-letter queue?",
            "A queue that holds messages no consumer could handle.",
            B,
        ),
        ("How long are messages kept?", "Seven days, unless retention says otherwise.", B),
    ],
    # An answer quoted under its question heading.
    "quote-answers.md": [
        (
            "What does git stash do?",
            "It shelves your uncommitted changes so you can switch branches with a clean tree.",
            B,
        ),
        ("How do I undo the last commit but keep its changes?", "Run git reset --soft HEAD~1.", B),
    ],
    # Question/answer tables headed in Spanish, German and French.
    "table-languages.md": [
        ("¿Qué es un contenedor?", "Un proceso aislado con su propio sistema de archivos.", B),
        ("¿Qué es una imagen?", "La plantilla de la que nace un contenedor.", B),
        ("Was ist ein Volume?", "Ein Speicher, der den Container überlebt.", B),
        ("Was ist ein Netzwerk?", "Ein Bereich, in dem Container einander erreichen.", B),
        ("Qu'est-ce qu'un pod ?", "Un groupe de conteneurs qui partagent le réseau.", B),
    ],
    # AsciiDoc's rendered Q&A list (`<div class="qlist qanda">`): an emphasised question
    # over its answer in each item (a yes/no wording answered with content is kept).
    "asciidoc-qanda.html": [
        (
            "How often should I back up the database?",
            "Every night, and before each schema change.",
            B,
        ),
        ("Where do the archives go?", "To the bucket named in backup.target.", B),
        (
            "Can I restore a single table?",
            "Only from a logical dump, not from a disk snapshot.",
            B,
        ),
    ],
    # An `A:` that only says where the answer is, in German, Spanish, French, Polish or
    # Russian ("Siehe <link>", "Szczegóły znajdziesz w <link>"), is no card; an answer with
    # a fact of its own and a link is.
    "pointer-languages.md": [
        ("Jak zgłosić błąd?", "Otwórz zgłoszenie w repozytorium i opisz kroki.", B),
        ("Welcher Port ist voreingestellt?", "Port 8080; siehe Netzwerk für andere.", B),
        ("如何提前停止训练？", "可以使用EarlyStop 回调。", B),  # "use <link>": the link names it
    ],
}


# A guide titled "<X> FAQ" names X before each English question that does not (cues.py).
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_cards_of_each_shape(name: str) -> None:
    assert qa(FIND / name) == EXPECTED[name]


def test_check_does_not_ask_for_a_mark_a_heading_already_has(tmp_path: Path) -> None:
    """`？` and `?` before a zero-width space are question marks: no "add ?" warning; a
    heading that truly lacks its mark still gets one."""
    guide = tmp_path / "guide.md"
    guide.write_text(
        "# Notes\n\n## What is a subnet？\n\nA range of addresses.\n\n"
        "## What is a router?\u200b\n\nA device between networks.\n\n"
        "## What is a switch\n\nA device inside one network.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["check", str(guide)])
    lines = [line for line in result.output.splitlines() if "question mark" in line]
    assert lines == [
        f'{guide}:11: warning: heading "What is a switch" reads as a question but has no '
        'question mark; add "?"'
    ]


def test_check_reports_a_term_without_definition() -> None:
    """A glossary term with nothing under it is no card, and `check` says so."""
    guide = FIND / "glossary.md"
    result = CliRunner().invoke(cli, ["check", str(guide)])
    errors = [line for line in result.output.splitlines() if ": error: " in line]
    assert [line.rpartition("/")[2] for line in errors] == [
        'glossary.md:9: error: term without definition: "ATC"; write its definition below it, '
        "or remove it"
    ]
    assert result.exit_code == 1


def test_check_reports_a_listed_question_without_answer() -> None:
    """In a list of answered questions, one left unanswered is no card, and `check` says so."""
    guide = FIND / "question-list-gaps.md"
    result = CliRunner().invoke(cli, ["check", str(guide)])
    errors = [line for line in result.output.splitlines() if ": error: " in line]
    assert [line.rpartition("/")[2] for line in errors] == [
        'question-list-gaps.md:7: error: question without answer: "How do you avoid a '
        'deadlock?"; write its answer below it, or remove it'
    ]
    assert result.exit_code == 1


def test_check_names_each_answer_that_only_points_elsewhere() -> None:
    """A question whose whole answer sends the reader to another page is no card, and
    `check` names it with its line; an answer with a fact of its own is not named."""
    result = CliRunner().invoke(cli, ["check", str(FIND / "pointer-answers.md")])
    pointers = [line for line in result.output.splitlines() if "by a pointer" in line]
    said = "is answered only by a pointer to another page; write its answer here, or remove it"
    assert [line.rpartition("/")[2] for line in pointers] == [
        f'pointer-answers.md:3: warning: question "Why is the cache fast?" {said}',
        f'pointer-answers.md:7: warning: question "How do I install the cache?" {said}',
        f'pointer-answers.md:15: warning: question "What are the size limits?" {said}',
        f'pointer-answers.md:19: warning: question "How do I clear the cache?" {said}',
        f'pointer-answers.md:23: warning: question "Where do the logs go?" {said}',
    ]
    assert result.exit_code == 0


def test_check_takes_a_group_of_terms_for_no_undefined_term() -> None:
    """A glossary heading over bold-term paragraphs ("Storage") is a group, not a term
    left without its definition."""
    result = CliRunner().invoke(cli, ["check", str(FIND / "term-paragraphs.md")])
    assert "term without definition" not in result.output
    assert result.exit_code == 0


def test_check_takes_an_initial_for_no_question_label() -> None:
    """`P. Lindqvist wrote ...` opens with a name's initial, and `**F**: the net force`
    gives a symbol's meaning: `check` finds no question without its answer there, where
    `**P**: ...?` is a label."""
    result = CliRunner().invoke(cli, ["check", str(FIND / "inline-labels.md")])
    assert result.output.endswith("1 files: 0 errors, 0 warnings\n")
    assert result.exit_code == 0


def test_flashcard_files_give_anki_the_cards_their_tools_make(
    in_tmp: Path, anki_collection: Any
) -> None:
    """A folder of Obsidian_to_Anki and Spaced Repetition notes, built and imported into
    Anki: a reversed note is one note of two cards, the highlight and the Cloze note are cloze
    notes, each file's cards land in its deck, and `FILE TAGS` and a note's `Tags:` line
    tag the cards."""
    from anki.import_export_pb2 import ImportAnkiPackageRequest

    (in_tmp / "notes").mkdir()
    for name in ("obsidian-to-anki.md", "spaced-repetition.md"):
        shutil.copy(FIND / name, in_tmp / "notes" / name)
    result = CliRunner().invoke(cli, ["build", "notes", "-o", "out"])
    assert result.exit_code == 0, result.output
    col = anki_collection
    # The Obsidian_to_Anki file names its deck (`TARGET DECK`), so it gets a package of its own.
    for package in ("out/notes.apkg", "out/storage.apkg"):
        col.import_anki_package(ImportAnkiPackageRequest(package_path=str(in_tmp / package)))
    notes = [col.get_note(n) for n in col.find_notes("")]
    assert sorted(col.decks.name(col.get_card(c).did) for c in col.find_cards("")) == sorted(
        ["Storage"] * 8 + ["notes::Networking basics"] * 8
    )
    cloze = sorted(n.fields[0] for n in notes if n.note_type()["type"] == 1)  # MODEL_CLOZE
    assert cloze == [
        "A {{c1::snapshot}} keeps the state of a volume at one moment.",
        "A {{c1::subnet mask}} marks which bits of an address name the network.",
    ]
    basic = {n.fields[0]: sorted(t for t in n.tags if t != "notes") for n in notes}
    # `FILE TAGS` tags every card of its file; a note's `Tags:` line adds its own.
    assert basic["What does an inode keep?"] == ["disks", "filesystems", "linux", "storage"]
    assert basic["What does fsck repair?"] == ["disks", "storage"]
    # A reversed note is one note that Anki asks both ways: two cards, never two notes.
    reversed_notes = {n.fields[0]: len(n.cards()) for n in notes if len(n.cards()) > 1}
    assert reversed_notes == {
        "ext4": 2,
        "Which port does plain HTTP use?": 2,
        "Name the record that maps a name to an IPv6 address": 2,
    }
    assert len(notes) == 13


def test_check_names_each_labelled_answer_that_only_points_elsewhere() -> None:
    """`**Q: ...?**` over `A: Siehe <link>.` is no card, and `check` says so, in any of the
    guide's languages."""
    result = CliRunner().invoke(cli, ["check", str(FIND / "pointer-languages.md")])
    named = [line.rpartition("/")[2] for line in result.output.splitlines() if "pointer" in line]
    said = "is answered only by a pointer to another page; write its answer here, or remove it"
    assert named == [
        f'pointer-languages.md:{n}: warning: question "{q}" {said}'
        for n, q in [
            (3, "Wie installiere ich das Werkzeug?"),
            (6, "Wo liegen die Protokolle?"),
            (9, "¿Cómo cambio el puerto?"),
            (12, "Comment vider le cache ?"),
            (15, "Jak uruchomić testy?"),
            (18, "Как обновить версию?"),
        ]
    ]
    assert result.exit_code == 0


@pytest.mark.parametrize(
    ("name", "deck"),
    [
        ("obsidian-to-anki.md", "Storage"),  # `TARGET DECK` over the deck's name
        ("inka-notes.md", "Shells"),  # inka's `Deck:` line inside its fences
        ("spaced-repetition.md", "Networking basics"),  # no deck named: the guide's title
    ],
)
def test_a_flashcard_file_files_its_cards_in_the_deck_it_names(
    in_tmp: Path, name: str, deck: str
) -> None:
    shutil.copy(FIND / name, in_tmp / name)
    result = CliRunner().invoke(cli, ["cards", name, "--json"])
    assert result.exit_code == 0, result.output
    assert {card["deck"] for card in json.loads(result.stdout)} == {deck}


def test_front_matter_names_the_deck_before_the_tool_does(in_tmp: Path) -> None:
    text = (FIND / "obsidian-to-anki.md").read_text("utf-8")
    (in_tmp / "notes.md").write_text("---\ndeck: Disks\n---\n" + text, "utf-8")
    result = CliRunner().invoke(cli, ["cards", "notes.md", "--json"])
    assert result.exit_code == 0, result.output
    assert {card["deck"] for card in json.loads(result.stdout)} == {"Disks"}


def test_a_one_line_card_keeps_the_tags_after_its_mark(in_tmp: Path) -> None:
    """`question : answer #flashcard #editor`: the mark makes the card, `#editor` tags it."""
    shutil.copy(FIND / "neuracache-lines.md", in_tmp / "keys.md")
    result = CliRunner().invoke(cli, ["cards", "keys.md", "--json"])
    assert result.exit_code == 0, result.output
    assert [c["tags"] for c in json.loads(result.stdout)] == [["editor"], [], []]


def test_inka_tags_every_card_of_its_file_with_its_tags_line(in_tmp: Path) -> None:
    """inka's `Deck:` and `Tags:` lines inside its fences: the deck and the cards' tags."""
    shutil.copy(FIND / "inka-notes.md", in_tmp / "shells.md")
    result = CliRunner().invoke(cli, ["cards", "shells.md", "--json"])
    assert result.exit_code == 0, result.output
    cards = json.loads(result.stdout)
    assert [(c["deck"], c["tags"]) for c in cards] == [("Shells", ["bash", "unix"])] * 4
