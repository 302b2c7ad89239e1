"""Whether an e-mail's body is only the covering note of its attached article.

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
    r"|^sent from my \w+",
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


__all__ = ["MIN_CHARS", "MIN_SENTENCES", "is_covering_note", "own_words"]
