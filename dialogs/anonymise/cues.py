"""Words around a name that say it is a name, and whether it belongs to a child or an adult."""

from __future__ import annotations

import re

TITLES = frozenset(
    {"mr", "mrs", "miss", "ms", "mx", "dr", "pc", "dc", "ds", "di", "dci", "psc", "sgt", "cllr", "prof",
     "rev", "revd", "nurse", "sir", "dame", "lady", "lord", "pcso", "insp", "supt", "cpl", "pte", "master",
     "madam", "mister", "const",
     "missus"}
)
ADULT_ROLES = frozenset(
    {"mum", "mam", "mom", "mummy", "mother", "dad", "daddy", "father", "stepdad", "stepfather", "stepmum",
     "stepmother", "step-dad", "step-mum", "partner", "boyfriend", "girlfriend", "husband", "wife", "ex",
     "uncle", "aunt", "auntie", "aunty", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma",
     "grandmother", "grandad", "granddad", "grandpa", "grandfather", "carer", "guardian", "teacher",
     "worker", "visitor", "officer", "nurse", "doctor", "gp", "head", "headteacher", "dsl", "senco",
     "manager", "landlord", "landlady", "neighbour", "lodger", "colleague", "tutor", "coach", "midwife",
     "paramedic", "practitioner", "therapist", "counsellor", "psychologist", "psychiatrist", "advocate",
     "solicitor", "chaplain", "imam", "pastor", "priest", "vicar", "leader", "assistant", "keyworker",
     "ta", "sw", "hv", "iro", "lado", "ewo", "pcso", "deputy", "consultant", "paediatrician", "childminder",
     "foster", "adopter", "employer", "boss", "man", "woman", "lady", "adult", "mp", "councillor",
     "mentor", "supervisor", "caretaker", "cleaner", "driver", "receptionist", "senior", "principal",
     "physio", "physiotherapist", "optician", "optometrist", "dentist", "pharmacist", "podiatrist", "dietitian",
     "bloke", "fella", "male", "female", "stranger",
     # Shorthand of quick notes: "mums bf zenovii", "cares for husb fasil", "pp onika", "his big bro bhavin".
     "bf", "gf", "husb", "hubby", "pp", "om", "bro", "sis",
     # Police and housing records: "Informed sergeant NWAOGU", "CALLER SHANOYA YAP", "complainant ennor".
     "sergeant", "sgt", "constable", "inspector", "caller", "informant", "complainant", "applicant",
     # Welsh and northern family words: "nain Marsali", "his taid", "granda Bill".
     "nain", "taid", "mamgu", "tadcu", "granda", "grampa", "gramps",
     # Online groups' and clubs' records: "mod tahmana" signing a ban log, "Attendee: ..." on a session note.
     "mod", "moderator", "attendee"}
    # Family words from the UK's community languages, typed as English ones are: "her nani", "abbu said".
    # Left out where the word is also a common given name here ("tia", "hala", "bibi", "amma").
    | {"mammy", "mammi", "nani", "dadi", "dada", "dadu", "nanu", "abba", "abbu", "ammi", "ammu", "appa", "chacha",
       "chachi", "khala", "khalu", "mamu", "phupho", "phuphi", "taya", "tayi", "babcia", "dziadek", "ciocia",
       "wujek", "bunica", "bunicul", "nonna", "nonno", "oma", "opa", "yiayia", "papou", "abuela", "abuelo",
       "babushka", "dedushka", "teyze", "amca", "ugogo", "umkhulu"}
)
CHILD_ROLES = frozenset(
    {"son", "daughter", "child", "pupil", "student", "baby", "toddler", "boy", "girl", "grandson",
     "granddaughter", "stepson", "stepdaughter", "step-son", "step-daughter", "nephew", "niece",
     "brother", "sister", "sibling", "half-brother", "half-sister", "infant", "learner", "kid", "teenager",
     "teen", "twin", "newborn", "youngster", "yp", "cyp", "classmate", "schoolfriend", "peer", "children",
     "kids", "twins", "siblings", "sons", "daughters", "grandchildren", "brothers", "sisters", "pupils",
     "lad", "lass", "lads", "girls", "boys", "sib", "sibs"}
)
NAMING = frozenset(
    {"called", "named", "nicknamed", "aka", "name", "names", "name's", "friend", "friends", "mate", "mates",
     "pal", "pals", "bestie", "cousin",
     "cousins", "client", "patient", "tenant", "resident", "including", "victim", "perpetrator", "suspect",
     "user", "named:", "re:", "re"}
)
ROLE_CUES = ADULT_ROLES | CHILD_ROLES | NAMING
# Words that open a message to someone: "Hi Yen,", "hey upul", "Morning Ottilie". Each rule adds the few
# more it needs.
GREETINGS = frozenset({"hi", "hello", "hey", "hiya", "dear", "morning", "afternoon", "evening", "thanks", "cheers"})

# Verbs that follow a person far more often than a word: "Will said" is a name, "Will you" is not.
PERSON_VERBS = frozenset(
    {"said", "says", "told", "tells", "is", "was", "has", "had", "and", "disclosed", "reported", "stated",
     "uses", "posts", "posted", "follows", "drives", "drove",
     "explained", "came", "comes", "went", "goes", "lives", "lived", "attends", "attended", "arrived",
     "left", "hit", "hits", "cried", "shouted", "asked", "wants", "wanted", "did", "does", "didn't",
     "doesn't", "isn't", "wasn't", "hasn't", "who", "appeared", "appears", "seemed", "seems", "presented",
     "missed", "misses", "skips", "skipped", "ran", "walked", "became", "felt", "feels", "mentioned", "agreed",
     "refused", "returned",
     "stayed", "gets", "got", "needs", "needed", "likes", "loves", "hates", "sleeps", "slept", "ate",
     "eats", "plays", "played", "called", "rang", "texted", "messaged", "sent", "showed", "shows",
     "smelled", "smelt", "looked", "looks", "kicked", "punched", "pushed", "grabbed", "took",
     "takes", "made", "makes", "knows", "knew", "thinks", "thought", "whispered", "admitted",
     "denied", "alleged", "claimed", "confirmed", "added", "continues", "continued",
     "reports", "states", "tried", "tries", "will", "would", "could", "should", "can",
     "must", "may", "might", "shall", "also", "then", "later", "still", "often", "never", "always",
     "recently", "now", "in", "(", ",", "'s", "’s",
     # A children's home's log: "zaine awol from 8".
     "awol", "absconded",
     # Chat drops the apostrophe: "honesty wasnt picked up".
     "didnt", "doesnt", "isnt", "wasnt", "hasnt", "hadnt", "wont", "cant", "couldnt", "wouldnt"}
)

_AGE_AFTER_RE = re.compile(
    r"^(?:['’]s)?\s*(?:\(\s*(?:aged?\s*)?(\d{1,2})\s*(?:y(?:ea)?rs?|yo)?\s*\)|,\s*(?:aged?\s*)?(\d{1,2})\s*(?:,|\b(?:y(?:ea)?rs?|yo)\b)"
    r"|,?\s*(?:is\s+|who\s+is\s+)?aged?\s+(\d{1,2})\b|\s+is\s+(\d{1,2})\b(?!\s*(?:am|pm|:|minutes|mins|hours))"
    r"|,?\s*\(?(?:is\s+|who\s+is\s+)?(?:in\s+)?(?:y(?:ea)?r|year)\s*(\d{1,2})\b)",
    re.IGNORECASE,
)
_DIGIT_RE = re.compile(r"\d")
_POSSESSIVE_OF_CHILD_RE = re.compile(
    r"^['’]s\s+(?:mum|mam|mom|mother|dad|father|stepdad|stepmum|parents?|carers?|nan|nana|gran|grandma|"
    r"grandad|teacher|school|class|nursery|form tutor|foster carers?)\b",
    re.IGNORECASE,
)


def previous_word(text: str, start: int) -> str:
    # Plain string slicing: a backwards regex search here was the slowest step of name detection.
    before = text[max(0, start - 30) : start].rstrip(" \t\r\n,:(")
    if not before:
        return ""
    parts = before.rsplit(None, 1)
    if not parts:  # only Unicode whitespace that rstrip above does not know, such as "\x1f"
        return ""
    word = parts[-1].lstrip("\"“‘(['")
    return word.lower()


def age_cue(text: str, start: int, end: int) -> bool | None:
    """True for a child, False for an adult, None when the words around the name say nothing."""
    prev = previous_word(text, start)
    if prev in CHILD_ROLES:
        return True
    if prev in ADULT_ROLES or prev.rstrip(".") in TITLES:
        return False
    after = text[end : end + 40]
    # Every age pattern has a digit in it; most mentions have none nearby, so skip the regex.
    m = _AGE_AFTER_RE.match(after) if _DIGIT_RE.search(after) else None
    if m:
        age = next(int(g) for g in m.groups() if g is not None)
        if m.group(5) is not None:
            return True
        return age < 18
    if after.startswith(("'", "’")) and _POSSESSIVE_OF_CHILD_RE.match(after):
        return True
    return None


# Before a lower-case name: the writer introducing themself ("morning, its dale at the school"), or the
# person they spoke to ("spoke to rob", "called dean back").
_INTRO_RE = re.compile(
    r"(?:^|[\s,.;:!?(])(?:it'?s|it’s|this is|i'm|i’m|i am|my name is|name's|name’s|name is)\s+$", re.IGNORECASE
)
CONTACT_VERBS = frozenset(
    {"spoke", "spoken", "speaking", "talked", "talking", "chatted", "chatting", "rang", "phoned", "emailed",
     "texted", "messaged", "met", "visited", "contacted", "saw", "seen", "told", "asked", "called", "calling"}
)
# "call from ealasaid", "text from shaz": a message from someone names them.
_MESSAGES = frozenset({"call", "calls", "phonecall", "message", "messages", "msg", "text", "texts", "email",
                       "emails", "voicemail", "referral", "letter", "visit", "contact"})
# What follows a name in an introduction: "its dale at", "this is rob from", "it's sky here".
INTRO_AFTER = frozenset({"from", "at", "here", "with", "in", "on", "calling", "ringing", "again", ",", "(", ""})


def introduced(text: str, start: int) -> bool:
    before = text[max(0, start - 24) : start]
    if _INTRO_RE.search(before):
        return True
    words = before.lower().split()
    if not words:
        return False
    return words[-1] in CONTACT_VERBS or (
        words[-1] in ("to", "with") and len(words) > 1 and words[-2] in CONTACT_VERBS
    ) or (words[-1] == "from" and len(words) > 1 and words[-2] in _MESSAGES)


def intro_only(text: str, start: int) -> bool:
    """True when the cue before is an introduction ("its", "this is"), which needs INTRO_AFTER."""
    return _INTRO_RE.search(text[max(0, start - 24) : start]) is not None
