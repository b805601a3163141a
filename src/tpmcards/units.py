"""Units of measure and amounts: a unit's names ("min", "minutes"), the units that follow a
number, whether a question asks for an amount (so its unit goes without saying), and an
amount in another unit of the same kind ("480 s" is "8 min"). Pure data and look-ups."""

from __future__ import annotations

import re
from decimal import Decimal

from .lazyre import lazy
from .lexicon import STOPWORDS, stem

# Units of measure, folded and singular ("°C" reads as "c", "km/h" as "km h"), a unit's
# names on one line: "5 min" is "5 minutes", "100 °F" is not "100 °C".
_UNIT_NAMES = """c celsius centigrade | f fahrenheit | k kelvin | degree deg
    m metre meter | km kilometre kilometer | cm centimetre centimeter | mm millimetre millimeter
    nm nanometre nanometer | um micrometre micrometer micron | mi mile | ft foot feet
    inch inche | yd yard | g gram gramme | kg kilo kilogram | mg milligram | lb lbs pound
    oz ounce | tonne ton | ms millisecond | us microsecond | ns nanosecond
    s sec secs second | min mins minute | h hr hrs hour | day | wk week | mo month
    yr yrs year | l litre liter | ml millilitre milliliter | hz hertz | khz kilohertz
    mhz megahertz | ghz gigahertz | v volt | amp ampere | w watt | kw kilowatt
    mw megawatt | j joule | kj kilojoule | cal calorie | kcal kilocalorie | n newton
    pa pascal | kpa kilopascal | atm atmosphere | bar | psi | mmhg | mol mole
    b byte | kb kilobyte | mb megabyte | gb gigabyte | tb terabyte | kib kibibyte
    mib mebibyte | gib gibibyte | bit | kbps | mbps | gbps | percent pct | mph | kmh kph
    rpm | bpm | fps | dpi | px pixel | db decibel"""
UNITS: dict[str, str] = {
    name: names.split()[0]
    for names in re.split(r"[|\n]", _UNIT_NAMES)
    if names.strip()
    for name in names.split()
}


def unit(word: str) -> str | None:
    """The unit a word names, as its shortest name ("minutes" -> "min"; "s2" of "m/s²" ->
    "s2"), or None."""
    power = re.fullmatch(r"([a-z]+)([23])", word)
    if power:
        base_unit = unit(power.group(1))
        return base_unit + power.group(2) if base_unit else None
    return UNITS.get(word) or UNITS.get(stem(word))


def same_unit(a: str, b: str) -> bool:
    """Whether two words name one unit: "min" and "minutes", "celsius" and "c"."""
    ua = unit(a)
    return ua is not None and ua == unit(b)


def units_after_numbers(tokens: list[str] | tuple[str, ...]) -> frozenset[str]:
    """The unit words that follow a number: "c" in "100 c", "km" and "h" in "90 km per h"."""
    found: set[str] = set()
    after_number = False
    for token in tokens:
        if after_number and unit(token):
            found.add(token)
        elif any(ch.isdigit() for ch in token):
            after_number = True
        elif token != "per":
            after_number = False
    return frozenset(found)


# A question that asks for an amount: its unit goes without saying ("100" answers "At what
# temperature does water boil?" as well as "100 °C" does).
_QUANTITY = lazy(
    r"\bhow\s+(?:many|much|long|far|fast|old|big|large|high|tall|deep|heavy|hot|cold|warm|"
    r"often|wide|quickly|soon|late|early)\b"
    r"|\b(?:what|which)(?:\s+\w+){0,3}?\s+(?:temperature|speed|velocity|size|length|distance|"
    r"weight|mass|height|depth|width|volume|pressure|frequency|voltage|current|power|energy|"
    r"percentage|proportion|rate|capacity|age|duration|time|timeout|latency|limit|cost|price|"
    r"density|altitude|point|angle|wavelength|amount|number|count|value|level|threshold)s?\b",
    re.I,
)


def asks_quantity(question: str) -> bool:
    """Whether a question asks for an amount ("How long...", "At what temperature...")."""
    return bool(_QUANTITY.search(question))


_APPROXIMATELY = frozenset(
    "about approximately roughly around nearly almost circa approx ca".split()  # noqa: SIM905
)


def unit_implied(tokens: list[str] | tuple[str, ...], question: str) -> bool:
    """Whether an answer's unit goes without saying: the question asks for an amount, or the
    answer is an amount and nothing else ("About 9.8 m/s²"), and the question does not ask
    for the unit."""
    if not question.strip() or re.search(r"\bunits?\b", question, re.I):
        return False
    if asks_quantity(question):
        return True
    units = units_after_numbers(tokens)
    return any(any(ch.isdigit() for ch in t) and t not in units for t in tokens) and all(
        t in units or t in _APPROXIMATELY or t in STOPWORDS or any(ch.isdigit() for ch in t)
        for t in tokens
    )


# Units of one kind and their size in the kind's base unit, for an amount typed in another
# unit of the same kind: "480 s" is "8 min". Bytes are left out: a kilobyte is 1000 or 1024.
_SIZES: dict[str, tuple[str, Decimal]] = {
    name: (kind, Decimal(size))
    for kind, table in (
        ("time", "ns 1e-9 us 1e-6 ms 1e-3 s 1 min 60 h 3600 day 86400 wk 604800"),
        ("length", "nm 1e-9 um 1e-6 mm 1e-3 cm 1e-2 m 1 km 1e3"),
        ("mass", "mg 1e-3 g 1 kg 1e3 tonne 1e6"),
        ("volume", "ml 1e-3 l 1"),
        ("frequency", "hz 1 khz 1e3 mhz 1e6 ghz 1e9"),
        ("power", "w 1 kw 1e3 mw 1e6"),
        ("energy", "j 1 kj 1e3"),
    )
    for name, size in zip(table.split()[::2], table.split()[1::2], strict=True)
}


def _amount(token: str) -> Decimal | None:
    """The number a word holds ("0_5" is 0.5, as answers.words writes it), or None."""
    if re.fullmatch(r"\d+(?:_\d+)?", token):
        return Decimal(token.replace("_", "."))
    return None


def in_units_of(typed: list[str], form: list[str] | tuple[str, ...]) -> list[str]:
    """`typed` with each amount in another unit of a kind the form uses put in the form's
    unit: "480 seconds" against "8 minutes" is "8 minutes"; "5 s" against "5 ms" is "5000 ms"."""
    wanted: dict[str, str] = {}
    for n in range(len(form) - 1):
        size = _SIZES.get(unit(form[n + 1]) or "")
        if size and _amount(form[n]) is not None:
            wanted.setdefault(size[0], form[n + 1])
    out = _as_percent(list(typed), form)
    if not wanted:
        return out
    for n in range(len(out) - 1):
        value, typed_unit = _amount(out[n]), unit(out[n + 1]) or ""
        size = _SIZES.get(typed_unit)
        if value is None or size is None or size[0] not in wanted:
            continue
        target = wanted[size[0]]
        if unit(target) == typed_unit:
            continue
        converted = (value * size[1] / _SIZES[unit(target) or ""][1]).normalize()
        if converted != converted.quantize(Decimal("0.000001")):
            continue  # no whole amount in that unit: leave it to differ
        out[n : n + 2] = [_written(converted), target]
    return out


def _as_percent(typed: list[str], form: list[str] | tuple[str, ...]) -> list[str]:
    """A share typed as a fraction where the answer gives a percent, or the other way:
    "0.5" (or "half") is "50 percent"."""
    percents = {_amount(form[n]) for n in range(len(form) - 1) if form[n + 1] == "percent"}
    plain = {_amount(w) for n, w in enumerate(form) if form[n + 1 : n + 2] != ["percent"]}
    out: list[str] = []
    n = 0
    while n < len(typed):
        value = _amount(typed[n])
        percent = typed[n + 1 : n + 2] == ["percent"]
        if value is not None and not percent and value * 100 in percents:
            out += [_written(value * 100), "percent"]
        elif value is not None and percent and value / 100 in plain:
            out.append(_written(value / 100))
            n += 1
        else:
            out.append(typed[n])
        n += 1
    return out


def _written(value: Decimal) -> str:
    """A number as answers.words writes it: "0_5", "50"."""
    return format(value.normalize(), "f").replace(".", "_")
