"""English tense cues the shared cue finder (`dates_tense`) leaves out: a present tense that tells
the future, and a dateline, which is never ahead.

Wire copy writes what has happened in the past tense ("Russia struck Kyiv on Tuesday"); the
historic present is a headline's ("Russia strikes Kyiv"), and headlines carry no weekday. In the
body, a present tense with a day is a timetable: the progressive of an arrangement ("Zelensky is
meeting Trump on Friday") whatever the verb, and the simple present of the verbs a schedule is
made of ("The foreign ministers meet in Brussels on Friday", "Parliament votes on Tuesday"). A
strike or a capture is not announced in a timetable, so "Russia strikes Kyiv on Tuesday" keeps
its past reading: a historic present that slipped into the body (a wrong date is worse than none,
and the past one is the one wire copy means there).
"""

from __future__ import annotations

import re

from timeline_app.extraction.dates_lexicon import Lexicon
from timeline_app.extraction.dates_tense import clause_window, cues, sentence_window

# The expressions a timetable's present dates: a weekday, a weekend.
_DAY_SCALE = re.compile(r"day\b|weekend", re.IGNORECASE)
# "is meeting", "are also holding", "'s travelling": an arrangement, when a day follows.
_PROGRESSIVE = re.compile(
    r"(?<!\bthere )(?<!\bthere’)(?<!\bthere')\b(?:is|are|am|['’]s|['’]re)\s+"
    r"(?:(?:also|now|still|again|expected|reportedly|\w+ly)\s+)?(?P<verb>[a-z]{2,}ing)\b",
    re.IGNORECASE,
)
# Words in -ing that are no progressive verb ("is something", "is king", "is during").
_NOT_VERBS = frozenset([
    "thing", "nothing", "something", "anything", "everything", "king", "morning", "evening",
    "during", "ring", "spring", "string", "sibling", "ceiling", "being"
])  # fmt: skip
# The verbs of a timetable, in the simple present ("meet", "meets"): what is arranged ahead.
_SCHEDULE_VERBS = (
    r"meet|hold|host|visit|vote|travel|arrive|begin|resume|open|convene|reconvene|gather|start|"
    r"head|fly|flie|leave|return|attend|address|tour|sit|testify|testifie"
)
_SCHEDULED = re.compile(rf"\b(?P<verb>(?:{_SCHEDULE_VERBS})s?)\b(?!\s+of\b)", re.IGNORECASE)
# Words before a schedule verb that make it a noun ("the vote", "his visit", "Sunday's vote"),
# an infinitive ("to meet", which its own cue words date) or an adjective ("is open").
_NOT_SUBJECT = frozenset([
    "the", "a", "an", "his", "her", "its", "their", "our", "your", "my", "this", "that", "these",
    "those", "to", "of", "for", "after", "before", "first", "last", "next", "final", "planned",
    "scheduled", "possible", "proposed", "no", "any", "each", "every", "whose", "is", "are", "was",
    "were", "be", "been", "remain", "remains", "stay", "stays", "kept", "keep", "keeps"
])  # fmt: skip
# "Officials expect the delegation to arrive…", "invites Zelensky to visit…": a present of
# wanting with its object, then the infinitive of what is wanted, still ahead.
_WANTED_INFINITIVE = re.compile(
    r"\b(?:expects?|wants?|invites?|asks?|urges?|needs?|allows?|would\s+like)\s+"
    r"(?:[\w'’.-]+\s+){1,5}?to\s+(?!the\b|a\b|an\b)[a-z]{3,}\b",
    re.IGNORECASE,
)
# "The vote is on Sunday", "talks are due on Monday": a copula in the present dating a plan.
_IS_ON = re.compile(r"\b(?:is|are|['’]s)\s+(?:due\s+|now\s+|still\s+)?(?:on|for)\s+(?:the\s+)?$")
_WORD_BEFORE = re.compile(r"([\w'’]+)\W*$")
# "KYIV, Nov 12 (Reuters) -": the day a story was filed, told before it is read.
_DATELINE_TAIL = re.compile(r"\s*(?:\([^)]{1,40}\)|/[^/]{1,40}/)?\s*[-–—]")
_DATELINE_HEAD = re.compile(
    r"[A-ZÀ-Þ][A-ZÀ-Þ .'’-]{1,30}(?:,\s*[A-Z][\w .]{0,20})?(?:,|\s[-–—]{1,2})\s*"
)
_DATELINE_REACH = 400  # characters from the text's start within which a dateline stands
# How far after an expression that opens its sentence ("On Friday, the ministers meet…") its verb
# is looked for.
_AFTER_REACH = 80


def english_tense(text: str, start: int, end: int, kind: str, lex: Lexicon) -> str:
    """`kind` (what `dates_tense.tense` found for the expression at [start, end)), corrected for
    English: no future for a dateline (its sentence's "will" is not its own), "future" for a
    timetable's present tense with no past cue nearer the expression."""
    if kind == "future":
        if start < _DATELINE_REACH and _is_dateline(text, start, end):
            return ""  # (the nearest occurrence: a page may be dated a day before its dateline)
        return "past" if _plan_kept(text, start, end) else kind
    if kind not in ("", "report") or not _DAY_SCALE.search(text, start, end):
        # A month or a quarter in the present is a trend as often as a plan ("prices are rising
        # in October"); a date names its year, or its nearest occurrence is the coming one.
        return kind
    left, right = sentence_window(text, start, end)
    left = _past_abbreviations(text, left)
    clause_left, _ = clause_window(text, start, end, left, right)
    if kind == "report":
        # "said the ministers meet on Friday": the present after the reporting verb.
        found = cues(text, clause_left, start, lex)
        clause_left = found[-1].end if found else clause_left
    if _present_of_schedule(text, clause_left, start) or _IS_ON.search(text, clause_left, start):
        return "future"
    if kind == "" and clause_left == left and _opens_with_schedule(text, end, right, lex):
        return "future"
    return kind


# "U.S. President", "Gen. Ahmed": a full stop that ends no sentence.
_ABBREVIATION = re.compile(
    r"(?:\b(?:[A-Z]\.){1,3}|\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Sen|Rep|Gov|Sgt|Capt|St|Adm)\.)\s+$"
)


def _past_abbreviations(text: str, left: int) -> int:
    """The start of the sentence that starts at `left` or, when the full stop before `left` only
    ends an abbreviation ("U.S. President Donald Trump"), of the sentence before (once)."""
    if left == 0 or _ABBREVIATION.search(text, max(0, left - 12), left) is None:
        return left
    earlier, _ = sentence_window(text, left - 3, left - 2)
    return earlier


def _present_of_schedule(text: str, left: int, right: int) -> bool:
    """Whether text[left:right] holds a progressive, a schedule verb in the simple present or a
    present of wanting before an infinitive."""
    window = text[left:right]
    if not window.strip():
        return False
    for match in _PROGRESSIVE.finditer(window):
        if match["verb"].lower() not in _NOT_VERBS:
            return True
    if " to " in window and _WANTED_INFINITIVE.search(window):
        return True
    return any(_is_verb(window, match) for match in _SCHEDULED.finditer(window))


def _is_verb(window: str, match: re.Match[str]) -> bool:
    """A schedule word after a word that may end its subject (not "the vote", "to meet")."""
    before = _WORD_BEFORE.search(window, 0, match.start())
    if before is None:
        return False  # a sentence opening with "Meet…" is an imperative or a name
    word = before.group(1).lower()
    return word not in _NOT_SUBJECT and not word.endswith(("'s", "’s"))


def _opens_with_schedule(text: str, end: int, right: int, lex: Lexicon) -> bool:
    """ "On Friday, the foreign ministers meet in Brussels": an expression that opens its sentence,
    then the verb of a timetable with no other tense cue before it."""
    if not text[end : end + 2].startswith(","):
        return False
    limit = min(right, end + _AFTER_REACH)
    window = text[end:limit]
    match = _PROGRESSIVE.search(window) or next(
        (m for m in _SCHEDULED.finditer(window) if _is_verb(window, m)), None
    )
    if match is None or match.group("verb").lower() in _NOT_VERBS:
        return False
    return not cues(text, end, end + match.start(), lex)


# "Talks, scheduled for Monday, went ahead": a plan's day, and the plan was carried out then.
_PLAN_DAY_BEFORE = re.compile(
    r"\b(?:scheduled|planned|slated|set|due)\s+(?:for|on)\s+(?:the\s+)?$", re.IGNORECASE
)
_CARRIED_OUT = re.compile(
    r"\b(?:went\s+ahead|took\s+place|was\s+held|were\s+held|got\s+under\s*way|opened|began|"
    r"started|ended|concluded)\b",
    re.IGNORECASE,
)


def _plan_kept(text: str, start: int, end: int) -> bool:
    """Whether the expression is a plan's day ("scheduled for Monday") in a sentence that tells
    the plan was carried out ("…, went ahead as planned"): a day past, not one ahead."""
    if _PLAN_DAY_BEFORE.search(text, max(0, start - 20), start) is None:
        return False
    _, right = sentence_window(text, start, end)
    return _CARRIED_OUT.search(text, end, right) is not None


def _is_dateline(text: str, start: int, end: int) -> bool:
    """Whether [start, end) is the day of a dateline at the head of a line ("KYIV, Nov 12
    (Reuters) -"): the day the story was filed, which its own sentence's "will" does not move."""
    if not _DATELINE_TAIL.match(text, end):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return _DATELINE_HEAD.fullmatch(text, line_start, start) is not None
