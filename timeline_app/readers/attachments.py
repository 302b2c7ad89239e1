"""An e-mail's attachments: which are files to read, under which names, and which are left out.

Left out silently, as a dropped folder leaves out its pictures: what is never an article by its
kind (`kinds.NEVER_READ`: pictures, calendar invitations, vCards, signatures, spreadsheets) or by
its MIME type (an inline logo, a detached S/MIME or OpenPGP signature, Outlook's winmail.dat,
a delivery report), and the rest of a body that Exchange split off after an attachment. What is encrypted is a failed part with the reason: its article is there,
but only the analyst's mail program can open it. Everything else is read by its own reader.
"""

from __future__ import annotations

import email.policy
import re
from dataclasses import dataclass
from email.message import Message
from mimetypes import guess_extension
from pathlib import PurePosixPath

from timeline_app.readers.eml import Part, decode_part, part_bytes, subject_title
from timeline_app.readers.kinds import never_read

_SKIPPED_MAIN_TYPES = frozenset(("image", "audio", "video", "font", "model"))
_SKIPPED_TYPES = frozenset(
    (
        "application/pkcs7-signature",
        "application/x-pkcs7-signature",
        "application/pgp-signature",
        "application/pgp-keys",
        "application/pgp-encrypted",  # PGP/MIME's "Version: 1": its encrypted twin says why
        "application/ms-tnef",
        "application/vnd.ms-tnef",
        "text/calendar",
        "application/ics",
        "text/vcard",
        "text/x-vcard",
        "text/directory",
        "application/vnd.ms-excel",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.oasis.opendocument.spreadsheet",
    )
)
_SKIPPED_NAMES = frozenset(("winmail.dat",))  # Outlook's rich-text wrapper (TNEF)
# Exchange's "ATT00001.txt"/".htm": the end of the body (a footer, a disclaimer a server added)
# after an attachment, split off as a file of its own.
_BODY_REST = re.compile(r"att\d{5}\.(?:txt|html?)")
_FORWARDED = frozenset(("message/rfc822", "message/global"))
_SMIME = frozenset(("application/pkcs7-mime", "application/x-pkcs7-mime"))
_ENCRYPTED_SMIME = "encrypted e-mail (S/MIME): decrypt it in the mail program and save it again"
_ENCRYPTED_PGP = "encrypted e-mail (OpenPGP): decrypt it in the mail program and save it again"
_PGP_ARMOUR = b"-----BEGIN PGP MESSAGE-----"
_UTF8 = frozenset(("", "utf-8", "utf8", "us-ascii", "ascii"))
_MAX_NAME = 120
_MAX_SUBJECT_NAME = 80
# What file names may not hold on Windows, macOS or Linux (and what reads badly in a path).
_UNSAFE_IN_NAME = re.compile(r'[\\/:*?"<>|!#\x00-\x1f\x7f]+')


@dataclass(frozen=True, slots=True)
class Attachment:
    """One attached file: its unique name in the message, its bytes, or why it is not read."""

    name: str
    data: bytes = b""
    failure: str = ""

    @property
    def stem(self) -> str:
        """The file name without its suffix: the title of an article that has none."""
        return PurePosixPath(self.name).stem or self.name


def attachments(msg: Message, parts: list[Part]) -> list[Attachment]:
    """The attached files of `msg` (its `eml.leaves`) to read or to report, in order, each under
    a name of its own ("report.pdf", a second "report (2).pdf", "Kharkiv strikes.eml" for a
    message attached without a name, "attachment-3.pdf" for another file without one)."""
    found: list[Attachment] = []
    taken: set[str] = set()
    files = [p for p in parts if _is_file(p) and (p.msg is not msg or p.attached)]
    for n, part in enumerate(files, 1):
        if _skipped(part):
            continue
        name = _unique(_name(part, n), taken)
        data = b"" if _smime(part) else _content(part)
        found.append(Attachment(name, data, _failure(part, data)))
    return found


def _is_file(part: Part) -> bool:
    """An attachment, or an inline part of another kind than text (a PDF shown in the body)."""
    return part.attached or not part.content_type.startswith("text/")


def _skipped(part: Part) -> bool:
    if part.content_type.startswith("message/"):
        return part.content_type not in _FORWARDED  # a delivery report, a read receipt
    return (
        part.content_type.split("/")[0] in _SKIPPED_MAIN_TYPES
        or part.content_type in _SKIPPED_TYPES
        or part.name.lower() in _SKIPPED_NAMES
        or bool(_BODY_REST.fullmatch(part.name.lower()))
        or bool(never_read(part.name))
    )


def _smime(part: Part) -> bool:
    return part.content_type in _SMIME or part.name.lower().endswith(".p7m")


def _failure(part: Part, data: bytes) -> str:
    """Why the attachment cannot be read, before any reader tries: "" when it may be."""
    if _smime(part):
        return _ENCRYPTED_SMIME
    if data.lstrip()[: len(_PGP_ARMOUR)] == _PGP_ARMOUR:
        return _ENCRYPTED_PGP
    return "" if data else "empty file"  # as a file on disk would say


def _content(part: Part) -> bytes:
    """The attachment's bytes as they were before the mail encoded them; a forwarded message as
    an .eml file; a text in a legacy charset as UTF-8 (the charset is said only by the mail)."""
    if part.content_type in _FORWARDED:
        return _message_bytes(part.msg)
    data = part_bytes(part.msg)
    if part.content_type != "text/plain":
        return data
    charset = (part.msg.get_content_charset() or "").lower()
    return decode_part(data, charset).encode("utf-8") if charset not in _UTF8 else data


def _message_bytes(part: Message) -> bytes:
    payload = part.get_payload()
    inner = payload[0] if isinstance(payload, list) and payload else None
    if not isinstance(inner, Message):
        return part_bytes(part)  # sent encoded, against the rules: its decoded bytes
    try:
        return inner.as_bytes(policy=email.policy.compat32)
    except (ValueError, TypeError, LookupError, UnicodeError, AttributeError, IndexError):
        return b""


def _name(part: Part, n: int) -> str:
    """The attachment's own file name without any folder ("../x.pdf" is "x.pdf"), else
    "attachment-N" with the suffix of its MIME type."""
    given = "".join(c for c in part.name if c.isprintable()).replace("\\", "/")
    base = given.rsplit("/", 1)[-1].strip()
    if base in ("", ".", ".."):
        kind = part.content_type
        if kind in _FORWARDED:
            return f"{_subject_name(part.msg) or f'attachment-{n}'}.eml"
        return f"attachment-{n}{guess_extension(kind) or ''}"
    if len(base) > _MAX_NAME:
        suffix = PurePosixPath(base).suffix[:16]
        base = base[: _MAX_NAME - len(suffix)] + suffix
    return base


def _subject_name(part: Message) -> str:
    """An attached message's subject as a file name (what the analyst sees in the reports and
    in the article's source): "Fwd: Kharkiv strikes / update" is "Kharkiv strikes - update";
    "" when it has none."""
    payload = part.get_payload()
    inner = payload[0] if isinstance(payload, list) and payload else None
    if not isinstance(inner, Message):
        return ""
    try:
        subject = subject_title(inner)
    except (ValueError, TypeError, LookupError, UnicodeError, AttributeError, IndexError):
        return ""
    name = " ".join(_UNSAFE_IN_NAME.sub(" - ", subject).split()).strip(" .-")
    return name[:_MAX_SUBJECT_NAME].rstrip(" .-")


def _unique(name: str, taken: set[str]) -> str:
    """`name`, or "report (2).pdf" when another attachment has it already."""
    path = PurePosixPath(name)
    candidate, n = name, 1
    while candidate.lower() in taken:
        n += 1
        candidate = f"{path.stem} ({n}){path.suffix}"
    taken.add(candidate.lower())
    return candidate


__all__ = ["Attachment", "attachments"]
