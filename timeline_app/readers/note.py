"""What in an e-mail's body the sender wrote, and what they passed on: whether the body is only
the covering note of an attached article, the message forwarded inline or quoted below such a
note (`passed_on`), and the signature and closing lines that follow a message (`trimmed`).

"FYI, see attached", a sign-off, a signature and a legal disclaimer are no article: stored, each
would be one more "article" of a few lines whose events ("the strike on Monday" the note
mentions) repeat the attachment's. A story pasted into the body is one, attachment or not.

The rule, applied only when an attachment gave an article: the body is a note unless its own
words (quoted lines, the signature after "-- ", header lines of a forward and disclaimer
paragraphs left out) make at least MIN_CHARS characters in at least MIN_SENTENCES sentences.
MIN_CHARS is the length a newsletter's section needs to be a story (`eml`): the same measure.
Notes are one to three short sentences, well under 300 characters once the sign-off and the
signature are left out; a wire brief is three to five sentences and 300 to 600. Length alone
would let a long disclaimer or a chatty paragraph through, and sentences alone a list of short
lines; dated events cannot tell either, since the note names the attachment's events too ("see
the piece on Monday's strike"), and finding them would mean extracting in the reader.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from email.utils import parsedate_to_datetime

from timeline_app.readers.dates_text import find_dates

MIN_CHARS = 300
MIN_SENTENCES = 3

_QUOTED = re.compile(r"^[ \t]*>")
_SIGNATURE = re.compile(r"^--[ \t]*$")  # RFC 3676's "-- " (the space often lost)
_HEADER_LINE = re.compile(
    r"^[ \t]*\**(?:from|sent|to|cc|date|subject|von|gesendet|an|betreff|de|envoyé|à|objet)\**"
    r"[ \t]*:",
    re.IGNORECASE,
)
_DISCLAIMER = re.compile(
    r"intended (?:solely |only )?(?:for )?(?:the )?(?:use of the )?(?:addressee|recipient)"
    r"|received this (?:e-?mail|message|communication) (?:in error|by mistake)"
    r"|(?:e-?mail|message|communication)(?: and any (?:files|attachments?)[\w ]{0,30})? "
    r"(?:is|are|may be|may contain|contains?) (?:strictly )?(?:confidential|privileged)"
    r"|\bdisclaimer\b|please consider the environment|\bunsubscribe\b"
    r"|^sent from my \w+"
    # a newsletter's closing lines: why it came, its copyright line, its settings
    r"|you (?:are receiving|received|get) this (?:e-?mail|message|newsletter)"
    r"|^(?:copyright )?(?:©|\(c\)) ?\d{4}\b.{0,120}all rights reserved"
    r"|(?:update|manage) (?:your )?(?:subscription |e-?mail )?preferences"
    # "unsubscribe" in the languages of the newsletters analysts read
    r"|d[ée]sabonner|d[ée]sinscri|abbestellen|abmelden|darse de baja|cancelar (?:la )?suscripci"
    r"|annulla(?:re)? l'iscrizione|uitschrijven|отписаться|отписки|відписатися",
    re.IGNORECASE | re.MULTILINE,
)
_SENTENCE_END = re.compile(r"\w[.!?]['\"”’)]?(?=\s|$)")


def is_covering_note(text: str) -> bool:
    """Whether `text`, an e-mail body sent with an article attached, is only a note about it."""
    own = own_words(text)
    return len(own) < MIN_CHARS or len(_SENTENCE_END.findall(own)) < MIN_SENTENCES


def own_words(text: str) -> str:
    """The body without what the sender did not write for this message: quoted lines, the
    signature, a forward's header lines and disclaimer paragraphs; white space collapsed."""
    lines: list[str] = []
    for line in text.splitlines():
        if _SIGNATURE.match(line):
            break
        if not _QUOTED.match(line) and not _HEADER_LINE.match(line):
            lines.append(line)
    paragraphs = re.split(r"\n[ \t]*\n", "\n".join(lines))
    kept = (p for p in paragraphs if not _DISCLAIMER.search(p))
    return " ".join(" ".join(kept).split())


# The line that opens a message forwarded inline: Gmail's, Outlook's, Thunderbird's and Apple
# Mail's, in the languages of their users; Outlook's is also a rule of underscores.
_FORWARD_LINE = re.compile(
    r"^[ \t]*(?:-{2,}[ \t]*(?:forwarded message|original message|weitergeleitete nachricht"
    r"|ursprüngliche nachricht|message transféré|message d'origine|mensaje (?:original|reenviado)"
    r"|mensagem (?:original|encaminhada)|messaggio (?:originale|inoltrato)|doorgestuurd bericht"
    r"|oorspronkelijk bericht|пересылаемое сообщение|исходное сообщение|пересланное сообщение)"
    r"[ \t]*-{2,}|begin forwarded message:|_{10,})[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_FIELD = re.compile(r"^[ \t]*\**([^\W\d_]{1,12})\**[ \t]*:[ \t]*\**[ \t]*(.*)$")
_SUBJECT_FIELDS = frozenset(
    ["subject", "betreff", "objet", "asunto", "oggetto", "assunto", "onderwerp", "тема"]
)
_FROM_FIELDS = frozenset(["from", "von", "de", "da", "van", "от", "від"])
_DATE_FIELDS = frozenset(
    ["date", "sent", "datum", "gesendet", "envoyé", "fecha", "enviado", "data", "inviato"]
)
# "On Mon, 10 Mar 2025 at 18:02, Desk <desk@...> wrote:" above a quoted message, and its
# German, French, Spanish, Portuguese, Italian and Dutch forms.
_ATTRIBUTION = re.compile(
    r"^[ \t]*(?:on|am|le|el|em|il|op)\b.{4,240}"
    r"(?:wrote|schrieb|a écrit|escribió|escreveu|ha scritto|schreef)[ \t]*:[ \t]*$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class PassedOn:
    """A message the sender passed on inside the body (forwarded inline or quoted in full),
    below a note of their own: its text, and the subject and date its header lines give."""

    text: str
    subject: str = ""
    sent: date | None = None


def passed_on(text: str) -> PassedOn | None:
    """The message forwarded or quoted in a plain-text body when the sender's own words around
    it are only a note ("Thought you'd want this"): that message is the article, not the note.
    A forward of a forward is unwrapped down to the innermost message."""
    found = _forwarded(text) or _quoted(text)
    while found is not None:
        inner = _forwarded(found.text)
        if inner is None:
            return found
        found = PassedOn(inner.text, inner.subject or found.subject, inner.sent or found.sent)
    return None


def _forwarded(text: str) -> PassedOn | None:
    match = _FORWARD_LINE.search(text)
    if match is None or not is_covering_note(text[: match.start()]):
        return None
    fields, body = _header_block(text[match.end() :])
    names = {name for name, _ in fields}
    # A forward's header names its sender and its subject or date: a digest's "Yemen: ..."
    # headline below a rule of underscores is none.
    if not names & _FROM_FIELDS or not names & (_SUBJECT_FIELDS | _DATE_FIELDS):
        return None
    if not body.strip():
        return None
    subject = next((v for k, v in fields if k in _SUBJECT_FIELDS), "")
    sent = next((d for k, v in fields if k in _DATE_FIELDS and (d := loose_date(v))), None)
    return PassedOn(body.strip("\n"), subject, sent)


def _header_block(text: str) -> tuple[list[tuple[str, str]], str]:
    """The header lines ("From: ...", "Subject: ...") at the head of a forwarded message, lower
    cased names with their values, and the message's text below them."""
    lines = text.lstrip("\n").split("\n")
    fields: list[tuple[str, str]] = []
    for number, line in enumerate(lines):
        if not line.strip():
            return fields, "\n".join(lines[number + 1 :])
        match = _FIELD.match(line)
        if match is None:
            return fields, "\n".join(lines[number:])
        fields.append((match.group(1).lower(), match.group(2).strip()))
    return fields, ""


def _quoted(text: str) -> PassedOn | None:
    """A message quoted in full ("> ...") below a short reply: the quote, one level of ">"
    taken off, with the date of the line that introduces it."""
    own: list[str] = []
    quoted: list[str] = []
    sent: date | None = None
    for line in text.split("\n"):
        if _QUOTED.match(line):
            quoted.append(re.sub(r"^[ \t]*> ?", "", line))
        elif _ATTRIBUTION.match(line) and not quoted:
            sent = loose_date(line)
        elif not quoted or line.strip():  # the blank lines after the quote are no reply
            own.append(line)
    body = "\n".join(quoted).strip("\n")
    if len(body) < MIN_CHARS or not is_covering_note("\n".join(own)):
        return None
    return PassedOn(body, "", sent)


def loose_date(value: str) -> date | None:
    """The day of a date as mail programs print it in header lines ("Tue, 11 Mar 2025 at
    21:40", "Tuesday, March 11, 2025 9:40 PM", "11. März 2025 um 21:40")."""
    try:
        return parsedate_to_datetime(value.replace(" at ", " ")).date()
    except (TypeError, ValueError, IndexError):
        pass
    found = find_dates(value)
    return found[0][0] if found else None


def trimmed(text: str) -> str:
    """A mail body without what follows the message: the signature after a "-- " line (when
    short: a line of dashes higher up may be a story's rule) and closing paragraphs of
    disclaimers and unsubscribe notes."""
    lines = text.split("\n")
    for number in range(len(lines) - 1, -1, -1):
        if _SIGNATURE.match(lines[number]):
            if len("\n".join(lines[number:])) <= _MAX_SIGNATURE and number:
                lines = lines[:number]
            break
    lines = [line for line in lines if not _READ_MORE.match(line)]
    paragraphs = re.split(r"(\n[ \t]*\n)", "\n".join(lines).rstrip())
    while len(paragraphs) > 2 and _closing(paragraphs[-1]):
        paragraphs = paragraphs[:-2]
    # Text made of HTML has a paragraph per line: its closing lines, one by one.
    last = paragraphs[-1].split("\n")
    while len(last) > 1 and _closing(last[-1]):
        last.pop()
    kept = "".join([*paragraphs[:-1], "\n".join(last)]).rstrip()
    return text if kept == text.rstrip() else kept  # (nothing dropped: the text as it was)


_MAX_SIGNATURE = 600
# A line that only links to the story on the web ("Read more →"): a newsletter's or a feed's.
_READ_MORE = re.compile(
    r"^[ \t]*(?:read more|continue reading|read the full (?:story|article)|full story|weiterlesen"
    r"|lire la suite|leer más|ler mais|leggi tutto|lees verder|читать далее|читати далі)"
    r"[ \t]*(?:[.…:»›>→]+|&rarr;)?[ \t]*$",
    re.IGNORECASE,
)


def _closing(paragraph: str) -> bool:
    return len(paragraph) <= _MAX_SIGNATURE and bool(_DISCLAIMER.search(paragraph))


__all__ = [
    "MIN_CHARS",
    "MIN_SENTENCES",
    "PassedOn",
    "is_covering_note",
    "loose_date",
    "own_words",
    "passed_on",
    "trimmed",
]
