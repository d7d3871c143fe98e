"""What follows a capitalised school's kind word and is still its name: where it keeps its pupils
("Thornbury Sixth Form Centre", "Oakfield Academy North Campus"), whom it is for ("Madani Academy for Girls",
"Royal School for the Deaf") and its kind in brackets ("Brickfield Academy (SEMH)", "Little Acorns
Childminding (Ofsted registered)") and the street it stands on ("madni girls school fullers yard")."""

from __future__ import annotations

import re

_DESCRIBED_RE = re.compile(r"[ \t]\(([A-Za-z][A-Za-z -]{1,30})\)")
_DESCRIPTORS = frozenset({"ofsted", "registered", "special", "independent", "resourced", "provision", "unit", "base",
                          "site", "campus", "primary", "secondary", "nursery", "infant", "junior", "upper", "lower",
                          "school", "academy", "sixth", "form", "satellite", "annexe", "setting", "free", "faith"})
_FOR_WHOM_RE = re.compile(
    r"[ \t]+for[ \t]+(?:the[ \t]+)?(?:Girls|Boys|Young[ \t]+Ladies|Deaf[ \t]+and[ \t]+Blind|Deaf|Blind|"
    r"Visually[ \t]+Impaired|Performing[ \t]+Arts|the[ \t]+Arts|Science|Music|Autism|Autistic[ \t]+Children|Children)\b"
)
_SITE_RE = re.compile(r"(?:[ \t]+(?:North|South|East|West|Upper|Lower|Main))?[ \t]+(?:Centre|Center|Campus|Site|Annexe|"
                      r"Hub|Base|Building|Block|Hostel)\b")


# "Moorside High School 6th form": the school's own sixth form, written after its capitalised name.
_SIXTH_FORM_RE = re.compile(r"[ \t]+(?:6th|Sixth)[ \t]+[Ff]orm\b")


def named_end(text: str, end: int) -> int:
    """Where a capitalised school's name ends, given the end of its kind word."""
    if text.startswith((" 6th", " Sixth"), end) and (sixth := _SIXTH_FORM_RE.match(text, end)) is not None:
        return sixth.end()
    site = _SITE_RE.match(text, end)
    if site is not None:
        end = site.end()
    for_whom = _FOR_WHOM_RE.match(text, end)
    if for_whom is not None:
        end = for_whom.end()
    described = _DESCRIBED_RE.match(text, end) if text.startswith(" (", end) else None
    if described is not None and all(w.isupper() or w.lower() in _DESCRIPTORS for w in described.group(1).split()):
        end = described.end()
    return end


# The street a school stands on, written straight after it to tell two sites or two schools apart
# ("madni girls school fullers yard"). One or two name words and a street word, nothing between.
_SITE_STREET = (
    r"(?P<name>[^\W\d_][\w'’]*(?:[ \t]+[^\W\d_][\w'’]*)?)[ \t]+"
    r"(?:road|street|lane|yard|avenue|close|drive|way|row|walk|hill|brow|terrace|crescent|gardens|mews|place|"
    r"square|wynd|vennel|brae|gate|green|parade|rise|vale)\b"
)
_SITE_STREET_RE = re.compile(r"[ \t]+" + _SITE_STREET, re.IGNORECASE)
# Words that carry a sentence on rather than name a street: "school down the road", "school on hill lane".
_NOT_SITE = frozenset({"the", "a", "an", "on", "in", "at", "to", "by", "up", "down", "off", "near", "along", "from",
                       "and", "or", "of", "into", "onto", "across", "past", "round", "around", "his", "her",
                       "their", "my", "our", "your", "its", "this", "that", "is", "was", "has", "had", "will"})


# The site's street in brackets: "St Columba's College (Regatta Road)", "st brendan's college (telescope row)".
_BRACKETED_SITE_RE = re.compile(r"[ \t]\(" + _SITE_STREET + r"\)", re.IGNORECASE)


def site_street_end(text: str, end: int, capitalised: bool) -> int:
    """Where a school's name ends when the street it stands on follows its kind word at `end`; the street
    is written as the school is (`capitalised` or not), or in brackets."""
    if text.startswith(" (", end):
        bracketed = _BRACKETED_SITE_RE.match(text, end)
        return end if bracketed is None else bracketed.end()
    if not text.startswith((" ", "\t"), end):
        return end
    site = _SITE_STREET_RE.match(text, end)
    if site is None or site.group("name")[0].isupper() != capitalised:
        return end
    if any(w.lower() in _NOT_SITE for w in site.group("name").split()):
        return end
    return site.end()
