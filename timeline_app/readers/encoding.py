"""Bytes to text: BOMs, UTF-8, and charset-normalizer for everything else, line by line when mixed.

7-bit encodings with escape codes come before UTF-8 (their bytes are valid UTF-8 too): a file in
ISO-2022-JP (Japanese mail and text saved from it) or ISO-2022-KR is known by its escape codes.

Also tells binary data from text, so a renamed image is refused instead of read as gibberish.
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters that never occur in text (tab, newlines, form feed and escape are allowed).
_CONTROL = bytes(sorted(set(range(0, 32)) - {9, 10, 12, 13, 27}))
_SAMPLE = 8192
_WESTERN = frozenset({"cp1252", "latin_1", "iso8859_15"})
# ISO-2022's escape codes: Korean announces itself once (ESC $ ) C); Japanese switches to a
# double-byte set with ESC $ B or ESC $ @ (ESC $ A, ESC $ ( C or D: ISO-2022-JP-2's sets), and
# back with ESC ( B or ESC ( J. ISO-2022-CN has no Python codec.
_ISO2022_KR = b"\x1b$)C"
_ISO2022_JP = (b"\x1b$B", b"\x1b$@", b"\x1b$A", b"\x1b$(C", b"\x1b$(D")


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark announces, if any."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def looks_binary(data: bytes) -> bool:
    """True for data that is not text in any encoding: NUL bytes or many control characters."""
    if bom_encoding(data) in ("utf-16", "utf-32") or utf16_without_bom(data):
        return False
    if iso2022_codec(data):  # (ISO-2022-KR shifts in and out with control characters)
        return False
    sample = data[:_SAMPLE]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL))
    return controls / len(sample) > 0.02


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode text sensibly: BOM, then strict UTF-8, then the declared charset, then detection.

    A file that is mostly UTF-8 with a few legacy lines (mixed encodings, a common result of
    copy-and-paste) is decoded line by line so the UTF-8 parts are not garbled.
    """
    bom = bom_encoding(data) or utf16_without_bom(data)
    if bom:
        return data.decode(bom, errors="replace")
    iso2022 = iso2022_codec(data)
    if iso2022:
        return data.decode(iso2022)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared and _known_codec(declared) and not _is_utf8_name(declared):
        try:
            return data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
    if _mostly_utf8(data):
        return _decode_mixed(data)
    return data.decode(_legacy_guess(data), errors="replace")


def utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' for BOM-less UTF-16 text: its high bytes take few values (NUL for
    ASCII, one more for a script: 0x04 in Cyrillic) and its low bytes are hardly ever NUL."""
    sample = data[: _SAMPLE - _SAMPLE % 2]
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2], sample[1::2]
    codec = "utf-16-le" if _high_bytes(odd, even) else None
    codec = codec or ("utf-16-be" if _high_bytes(even, odd) else None)
    if codec is None:
        return None
    text = sample.decode(codec, errors="replace")
    printable = sum(ch.isprintable() or ch in "\n\r\t" for ch in text)
    return codec if printable >= 0.95 * len(text) else None


def iso2022_codec(data: bytes) -> str | None:
    """The ISO-2022 codec ('iso2022_jp', 'iso2022_jp_2', 'iso2022_kr') of 7-bit text that
    switches character sets with its escape codes, when the whole text decodes with it; None
    for all other data (a quick search for ESC $ first: hardly any other text holds it)."""
    if b"\x1b$" not in data or not data.isascii():
        return None
    if _ISO2022_KR in data[:_SAMPLE]:
        candidates: tuple[str, ...] = ("iso2022_kr",)
    elif any(code in data for code in _ISO2022_JP):
        candidates = ("iso2022_jp", "iso2022_jp_2")
    else:
        return None
    for codec in candidates:
        try:
            data.decode(codec)
        except UnicodeDecodeError:
            continue
        return codec
    return None


def _high_bytes(high: bytes, low: bytes) -> bool:
    """Whether `high` and `low` may be the high and low bytes of UTF-16 text: some high bytes NUL
    (spaces, digits), three values making nearly all of them (ASCII, a script's block,
    punctuation), and almost no NUL low byte."""
    half = len(high)
    if high.count(0) < 0.05 * half or low.count(0) >= 0.05 * half:
        return False
    commonest = sorted((high.count(bytes([b])) for b in set(high)), reverse=True)[:3]
    return sum(commonest) >= 0.95 * half


def _known_codec(name: str) -> bool:
    try:
        codecs.lookup(name)
    except LookupError:
        return False
    return True


def _is_utf8_name(name: str) -> bool:
    return codecs.lookup(name).name == "utf-8"


def _legacy_guess(data: bytes) -> str:
    """charset-normalizer's best guess for non-UTF-8 bytes; cp1252 when it has none.

    On short texts several code pages decode equally cleanly (French in cp1252 or cp1250);
    among equally clean candidates Windows-1252, by far the commonest legacy encoding, wins.
    """
    matches = list(from_bytes(data[:65536]))
    if not matches:
        return "cp1252"
    cleanest = min(m.chaos for m in matches)
    tied = {m.encoding for m in matches if m.chaos <= cleanest + 0.01}
    if tied & _WESTERN:
        return "cp1252"
    best = matches[0].encoding
    return "cp1252" if best in ("utf_8", "ascii") else best


def _mostly_utf8(data: bytes) -> bool:
    """True when some lines are surely UTF-8: most non-ASCII lines are valid UTF-8, or the
    multibyte characters of one of them take two or more extra bytes (two accented letters, a
    dash).

    Legacy 8-bit text is valid UTF-8 only by accident, one lucky byte pair at a time: a line with
    two multibyte characters is UTF-8 even when the legacy lines outnumber it (a UTF-8 headline
    and dateline pasted above a Latin-1 body must not be decoded as Latin-1 with the rest).
    """
    good = bad = 0
    convincing = False
    for line in data.splitlines():
        if line.isascii():
            continue
        try:
            decoded = line.decode("utf-8")
        except UnicodeDecodeError:
            bad += 1
            continue
        good += 1
        convincing = convincing or len(line) - len(decoded) >= 2
    return good > 0 and (good >= bad or convincing)


def _decode_mixed(data: bytes) -> str:
    """UTF-8 lines as UTF-8, the others in the encoding guessed from them alone (the UTF-8 lines
    would pull the guess towards a code page where their bytes make sense: Central European
    for German or French)."""
    lines = data.splitlines(keepends=True)
    decoded: list[str | None] = []
    for line in lines:
        try:
            decoded.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            decoded.append(None)
    legacy = b"".join(line for line, text in zip(lines, decoded, strict=True) if text is None)
    fallback = _legacy_guess(legacy) if legacy else "cp1252"
    return "".join(
        text if text is not None else line.decode(fallback, errors="replace")
        for line, text in zip(lines, decoded, strict=True)
    )


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF; nothing else changes (extraction offsets point into this)."""
    if "\r" not in text:  # (most texts: one scan instead of two)
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")
