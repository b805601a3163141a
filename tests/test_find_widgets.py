"""FAQ widgets of HTML pages (issue 12): questions held by a collapse toggle that names the
element it opens (a Bootstrap card whose "card-header" class is no page header), by
schema.org microdata, or by elements classed `faq-question` / `faq-answer`. A navigation
toggle and a tab that asks nothing are no cards. The whole card list of a fixture written
in our own words."""

from __future__ import annotations

from tpmcards.model import CardKind

from .test_find_questions import FIND, qa

B = CardKind.BASIC


def test_faq_widgets_are_questions_with_their_answers() -> None:
    assert qa(FIND / "faq-widgets.html") == [
        ("Kiln Club — How long does a firing take?", "About nine hours, then a day to cool.", B),
        (
            "Kiln Club — Can guests use the wheels?",
            "Only with a member beside them, on Saturdays.",
            B,
        ),
        (
            "Kiln Club — Which glazes are food safe?",
            "The ones marked with a green dot on the shelf.",
            B,
        ),
        ("Kiln Club — Where do I leave wet pieces?", "On the lower rack by the sink.", B),
        # Only the answer is classed: the element before it asks by its question mark, or
        # by standing in a part of the page classed as an FAQ.
        ("Kiln Club — Do you sell clay?", "Yes, stoneware by the bag at the front desk.", B),
        ("Opening hours", "Every day but Monday.", B),
    ]
