"""Numbers however a learner writes them, as digits the grader compares: "twenty-one",
"2.5 million", "1,000", "2^10", "9th", "1776-07-04", "3/4", "3.0". Pure."""

from __future__ import annotations

import re
from decimal import Decimal

from .lazyre import lazy


def as_digits(text: str) -> str:
    """Folded text with its numbers as digits; a decimal point is "_" ("3.11" -> "3_11"), so
    that a number stays one word."""
    text = _digits(text)
    text = re.sub(r"(?<=\d),(?=\d{3}\b)", "", text)
    text = _ISO_DATE.sub(_iso_date, text)
    text = _DAY_OF_MONTH.sub(_day_of_month, text)
    text = _POWER_WORDS.sub(lambda m: str(int(m.group(1)) ** int(m.group(2))), text)
    text = re.sub(r"\b(\d+)(?:st|nd|rd|th)\b", r"\1", text)  # "9th" is "9"
    text = re.sub(r"\bhalf\s+an?\s+(?=[a-z])", "0.5 ", text)  # "half a millisecond"
    text = _SCIENTIFIC.sub(_scientific, text)
    text = _POWER.sub(_power, text)
    text = _GLUED_UNIT.sub(_unglued, text)
    text = _FRACTION_WORDS.sub(_fraction_words, text)
    text = _FRACTION.sub(_fraction, text)
    # A minus sign, or "minus", stays with its number: "-40" is not "40".
    text = re.sub(r"(?:(?<![\w.\-−])[-−]|\bminus\s+)(?=\d)", " minus", text)
    return re.sub(r"(?<=\d)\.(?=\d)", "_", text)


_ISO_DATE = lazy(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]

MONTHS = frozenset(_MONTHS)  # a month beside a year is part of a date, not its context


def _iso_date(match: re.Match[str]) -> str:
    """A date written 1776-07-04 as its words, "4 july 1776"; other digits stay."""
    year, month, day = (int(g) for g in match.groups())
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return match.group(0)
    return f"{day} {_MONTHS[month - 1]} {year}"


_SCIENTIFIC = lazy(
    r"(?<![\w.])(\d+(?:\.\d+)?)(?:\s*[x×*]\s*10\s*(?:\^|\*\*)\s*|e)(-?\d{1,2})(?![\w.])"
)


def _scientific(match: re.Match[str]) -> str:
    """A number in scientific notation as its digits: "3 x 10^8" and "3e8" are "300000000"."""
    value = Decimal(match.group(1)).scaleb(int(match.group(2)))
    return format(value.normalize(), "f")


# "2 to the power of 10", "2 to the 10th".
_POWER_WORDS = lazy(r"\b(\d{1,4})\s+to\s+the\s+(?:power\s+of\s+)?(\d{1,2})(?:st|nd|rd|th)?\b")
_ORDINALS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
]
_DAY_NUMBER = {word: n for n, word in enumerate(_ORDINALS, 1)}
_DAY_NUMBER.update({f"twenty-{word}": 20 + n for n, word in enumerate(_ORDINALS[:9], 1)})
_DAY_NUMBER.update({"thirtieth": 30, "thirty-first": 31})
_DAY_WORD = "|".join(sorted(_DAY_NUMBER, key=len, reverse=True))
_MONTH = "|".join(_MONTHS)
_DAY_OF_MONTH = lazy(
    rf"\b(?:(?P<month>{_MONTH})\s+(?P<day>{_DAY_WORD})|(?P<day2>{_DAY_WORD})\s+of\s+"
    rf"(?P<month2>{_MONTH}))\b"
)


def _day_of_month(match: re.Match[str]) -> str:
    """A day of a month in words as its number: "July fourth", "the fourth of July" -> 4."""
    if match.group("month"):
        return f"{match.group('month')} {_DAY_NUMBER[match.group('day')]}"
    return f"{_DAY_NUMBER[match.group('day2')]} of {match.group('month2')}"


_POWER = lazy(r"(?<![\w.])(\d{1,4})\s*(?:\^|\*\*)\s*(\d{1,2})(?![\d.])")


def _power(match: re.Match[str]) -> str:
    """A power as the number it makes: "2^10" is "1024", "10**3" is "1000"."""
    return str(int(match.group(1)) ** int(match.group(2)))


_PARTS = {"half": 2, "halves": 2, "quarter": 4, "quarters": 4}
_PARTS.update(
    {
        f"{word}{plural}": n
        for n, word in enumerate(["", "", "", "third", "fourth", "fifth", "sixth", "seventh"])
        if word
        for plural in ("", "s")
    }
)
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_FRACTION_WORDS = lazy(
    # ... as an amount: "a third of the votes", not "a third-party library".
    r"\b(a|an|one|two|three|four|five|\d)[\s-]+(" + "|".join(_PARTS) + r")(?=\s*(?:$|of\b|[,.;)]))"
    r"|(?:^|(?<=\bthan)|(?<=\babout)|(?<=\bover)|(?<=\bunder)|(?<=\bnearly)|(?<=\balmost))"
    r"\s*(half)(?=\s*(?:$|of\b|[,.;)]))"
)


def _fraction_words(match: re.Match[str]) -> str:
    """A fraction in words as digits: "one sixth" is "1/6", "a half" (or "half" alone, or
    "more than half") "1/2"."""
    if match.group(3):
        return " 1/2"
    count = match.group(1)
    top = int(count) if count.isdigit() else _COUNTS[count]
    return f"{top}/{_PARTS[match.group(2)]}"


_GLUED_UNIT = lazy(r"\b(\d+(?:\.\d+)?)([a-z]{1,4})\b")


def _unglued(match: re.Match[str]) -> str:
    """A number and its unit typed as one word apart: "5ms" is "5 ms", "1000g" "1000 g"."""
    from .units import unit

    if unit(match.group(2)) is None:
        return match.group(0)  # "4th", "3d", "2x"
    return f"{match.group(1)} {match.group(2)}"


_FRACTION = lazy(r"(?<![\d/.])(\d{1,3})/(\d{1,3})(?![\d/])")


def _fraction(match: re.Match[str]) -> str:
    """A proper fraction as the decimal it ends as ("1/2" -> "0.5"); "1/3" stays."""
    top, bottom = int(match.group(1)), int(match.group(2))
    if not 0 < top < bottom:  # "50/50", "24/7", "4/3" stay as they are
        return match.group(0)
    value = Decimal(top) / Decimal(bottom)
    if value != value.quantize(Decimal("0.0001")):
        return match.group(0)
    return format(value.normalize(), "f")


def decimal_token(token: str) -> str:
    """A decimal without the zeros that end it: "3.0" is "3", "2.50" is "2.5"."""
    if re.fullmatch(r"\d+_\d+", token):
        return token.rstrip("0").rstrip("_")
    return token


_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_SCALED = lazy(r"\b(\d+(?:\.\d+)?)\s*(thousand|million|billion|trillion)\b")


def _scaled(match: re.Match[str]) -> str:
    value = Decimal(match.group(1)) * _SCALES[match.group(2)]
    return str(value.quantize(Decimal(1)) if value == value.to_integral() else value)


def _digits(text: str) -> str:
    """Numbers written in words as digits: "twenty-one" -> "21", "one hundred" -> "100",
    "2.5 million" -> "2500000"."""
    if not _NUMBER_WORD.search(text):
        return text
    text = _SCALED.sub(_scaled, text)
    from text_to_num import alpha2digit

    return str(alpha2digit(text, "en"))


_NUMBER_WORD = lazy(r"(?:teen|ty|hundred|thousand|million|billion)\b")
