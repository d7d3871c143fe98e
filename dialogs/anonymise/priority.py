"""Which detector wins when two claim the same characters (`engine._resolve`): the higher number, then the
longer span. One table, so that every rule giving the same kind of span gives it the same weight.

The more specific format wins: an email over the URL inside it, a phone over the digits of a date, a plate
over a handle found only by its cue ("the van was kxi1234"), and every format over a name.
"""

from __future__ import annotations

P_EMAIL = 95
P_URL = 90
P_PHONE = 82
P_NHS = 81
P_NI = 80
P_POSTCODE = 78
P_HANDLE = 75
P_VRN = 72
# A bare handle found only by its cue yields to a plate: "the van was kxi1234" is a registration.
P_BARE_HANDLE = 71
# A review's serial and year after its initials ("DHR 15/12") is no day and month: it wins over the date rule.
P_REVIEW = 61
P_DATE = 60
P_ADDRESS = 56
P_SCHOOL = 55
P_REFERENCE = 50
P_DIGITS = 45
P_PERSON = 30
P_SAFETY = 10
# What the practitioner marks by hand fills only what no detector took.
P_MARKED = 5
