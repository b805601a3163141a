"""What a guide's title says the guide is about, in the languages FAQs are written in.

A title that names nothing ("FAQ", "Preguntas frecuentes", "よくある質問", "Glossary") is
generic: the page is about its site, or its cards say what. A title that names something
around such words ("Iablee FAQ", "Preguntas frecuentes sobre Iablee", "Iablee 常见问题")
gives the subject a card's cue may need. Pure: patterns and one look-up.
"""

from __future__ import annotations

import re

from .lazyre import lazy

__all__ = ["GENERIC_TITLE", "faq_subject"]

# "Frequently asked questions" and its peers, written with Latin letters: each a whole word.
_FAQ_LATIN = (
    r"frequently\s+asked\s+questions|faqs?|f\.a\.q\.?|q\s*&\s*a|preguntas\s+frecuentes|"
    r"fragen\s+und\s+antworten|h[äa]ufige\s+fragen|h[äa]ufig\s+gestellte\s+fragen|"
    r"foire\s+aux\s+questions|questions\s+fr[ée]quentes|domande\s+frequenti|"
    r"perguntas\s+frequentes|veelgestelde\s+vragen|najczęściej\s+zadawane\s+pytania|"
    r"часто\s+задаваемые\s+вопросы|sıkça?\s+sorulan\s+sorular|pertanyaan\s+umum|"
    r"câu\s+hỏi\s+thường\s+gặp|hỏi\s+đáp|вопросы\s+и\s+ответы|питання\s+(?:і|та)\s+відповіді|"
    r"nejčastější\s+otázky|často\s+kladené\s+otázky|preguntas\s+y\s+respuestas|"
    r"perguntas\s+e\s+respostas|questions\s+et\s+r[ée]ponses|domande\s+e\s+risposte|"
    r"vragen\s+en\s+antwoorden|pytania\s+i\s+odpowiedzi|sorular\s+ve\s+cevaplar|"
    r"întrebări\s+frecvente|intrebari\s+frecvente|gyakran\s+ismételt\s+kérdések|gyik|"
    r"vanliga\s+frågor|ofte\s+stillede\s+spørgsmål|ofte\s+stilte\s+spørsmål|"
    r"usein\s+kysytyt\s+kysymykset|ukk|preguntes\s+freqüents|soalan\s+lazim|"
    r"pertanyaan\s+yang\s+sering\s+diajukan|συχνές\s+ερωτήσεις|часті\s+запитання|"
    r"поширені\s+запитання|частые\s+вопросы|الأسئلة\s+الشائعة|שאלות\s+נפוצות|"
    r"سوالات\s+متداول|अक्सर\s+पूछे\s+जाने\s+वाले\s+प्रश्न"
)
# ... and in scripts written without spaces, where no word boundary sets it off.
_FAQ_CJK = (
    r"常见问题(?:解答|与解答)?|常見問題(?:與解答)?|よくある(?:ご)?質問(?:と回答|と答え)?|자주\s*묻는\s*질문|问答|問答|질문과\s*답변|"
    r"คำถามที่พบบ่อย"
)
_FAQ = rf"(?:\b(?:{_FAQ_LATIN})\b|{_FAQ_CJK})"

# A page title that names no subject of its own.
GENERIC_TITLE = lazy(
    rf"^\W*(?:(?:{_FAQ_LATIN}|{_FAQ_CJK}|questions(?:\s+and\s+answers)?|help(?:\s+center)?|"
    r"support|glossary|glosario|glossaire|glossar|glossario|readme|name|index|home|docs?|"
    r"documentation|trouble-?shooting|and|&|und|et|y)(?:\s*\(faq\))?\W*)+$",
    re.I,
)

# The words that join an FAQ to what it is about: "FAQ about X", "Preguntas frecuentes
# sobre X", "Häufige Fragen zu X", "Questions fréquentes sur X", "Часто задаваемые вопросы о X".
_ABOUT = (
    r"about|on|for|de|del|de\s+la|sobre|zu|zum|zur|über|sur|du|des|su|sul|sulla|di|do|da|dos|"
    r"das|over|van|o|о|об|по|про|dla|hakkında|tentang|về"
)
# "<X> FAQ", "<X>: Preguntas frecuentes", "<X> 常见问题", "FAQ: <X>", "FAQ de <X>".
_FAQ_OF = lazy(
    rf"^(?:(?P<before>.+?)\s*[-–—:|(]?\s*{_FAQ}\)?|{_FAQ}\s*(?:[-–—:|]\s*|\s+(?:{_ABOUT})"
    r"\s+)(?P<after>.+))$",
    re.I,
)


_BOOK_PART = lazy(
    r"^(?:appendix|appendices|anhang|ap[ée]ndice|annexe|appendice|ap[êe]ndice|приложение|"
    r"附录|附錄|付録|부록)(?:\s*[a-z\d]{1,3})?$",
    re.I,
)


def faq_subject(title: str) -> str | None:
    """What an "<X> FAQ" title (in any of the languages above) is about, as written; None
    for a title that is no FAQ's."""
    about = _FAQ_OF.match(" ".join(title.split()))
    if about is None:
        return None
    subject = (about.group("before") or about.group("after") or "").strip(" -–—:|(：")
    # "Troubleshooting and FAQs": the word joining two parts of the title is no part of X;
    # nor is "Interview" before "Q&A", nor a chapter's number ("3. Docker Interview Q&A").
    subject = re.sub(r"(?:^|\s+)(?:and|&|und|et|y|e|и|和|と|interview)$", "", subject, flags=re.I)
    # Nor does the part of the book it stands in: "Appendix: FAQ", "附录：常见问题".
    subject = _BOOK_PART.sub("", subject)
    subject = re.sub(r"^\d+(?:\.\d+)*[.)]\s+", "", subject)
    articles = (
        r"^(?:the|our|el|la|los|las|nuestr[oa]s?|le|les|nos|notre|der|die|das|unser[en]?|il|lo|"
        r"i nostri|o|os|as|nossos|nossas)\s+"
    )
    return re.sub(articles, "", subject, flags=re.I)
