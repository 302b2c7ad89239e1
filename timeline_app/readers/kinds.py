"""Kinds of file by suffix: which reader reads each (`SUFFIXES`), which of those readers import a
heavy library (`HEAVY_READER_MODULES`), and the kinds no reader reads: what a dropped folder, a
zip or an e-mail holds beside its articles (pictures, recordings, programs, data, signatures).
Walking a folder or an archive, or reading an e-mail's attachments, those are skipped; named one
by one they are refused with the reason.

Light on purpose (no reader imported): the command line decides with these which workers to start
before it loads any reader (`needs_heavy_readers`), and starting them is an import's critical path;
the importer's writer, which reads no file when workers do, never loads the readers either.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import PurePosixPath

DEFAULT_MAX_BYTES = 50 * 1024 * 1024  # the largest file read (ReadContext.max_bytes)
# The reader of each suffix (registry.READERS; "zip" and "mbox" are containers). The content
# decides first where it is unmistakable (registry.detect_format).
SUFFIXES: dict[str, str] = {
    **dict.fromkeys((".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx"), "html"),
    **dict.fromkeys((".txt", ".text", ".md", ".markdown"), "text"),
    **dict.fromkeys((".eml",), "eml"),
    ".mbox": "mbox",
    **dict.fromkeys((".mhtml", ".mht"), "mhtml"),
    ".pdf": "pdf",
    ".docx": "docx",
    **dict.fromkeys((".xml", ".rss", ".atom", ".rdf"), "feed"),
    **dict.fromkeys((".json", ".jsonl", ".ndjson"), "newsplease"),
    ".zip": "zip",
}
# Formats whose reader imports a heavy library, and its module (parallel.py may preload them).
HEAVY_READER_MODULES: dict[str, str] = {
    "html": "timeline_app.readers.html",
    "eml": "timeline_app.readers.eml",
    "mhtml": "timeline_app.readers.mhtml",
    "feed": "timeline_app.readers.feeds",
    "pdf": "timeline_app.readers.pdf",
    "docx": "timeline_app.readers.docx",
}

# Text files that are no article: data, images, code and settings that sit beside articles in a
# dropped folder. Read as text, each would be stored as an "article" of its raw content.
NOT_ARTICLES = frozenset(
    (".csv", ".tsv", ".svg", ".css", ".js", ".mjs", ".ts", ".py", ".sh", ".bat", ".ps1", ".ini",
     ".cfg", ".conf", ".toml", ".yaml", ".yml", ".sql", ".ics", ".vcf", ".gpx", ".kml", ".geojson")
)  # fmt: skip
# Kinds of file no reader ever reads, by suffix, in words for the analyst: met while walking a
# dropped folder (where articles often sit beside their pictures, recordings and the odd program)
# they are skipped, not failed; named one by one they are read, and refused, like any other file.
NEVER_READ: dict[str, str] = {
    **dict.fromkeys(
        (".png", ".jpg", ".jpeg", ".jpe", ".jfif", ".gif", ".bmp", ".tif", ".tiff", ".webp",
         ".heic", ".heif", ".avif", ".ico", ".icns", ".psd", ".raw", ".cr2", ".nef", ".dng",
         ".svg"),
        "an image",
    ),
    **dict.fromkeys(
        (".mp3", ".wav", ".ogg", ".oga", ".opus", ".flac", ".aac", ".m4a", ".wma", ".aif",
         ".aiff", ".amr", ".mid", ".midi"),
        "a sound recording",
    ),
    **dict.fromkeys(
        (".mp4", ".m4v", ".mov", ".avi", ".mkv", ".webm", ".wmv", ".flv", ".mpg", ".mpeg",
         ".3gp", ".mts", ".m2ts", ".vob"),
        "a video",
    ),
    **dict.fromkeys(
        (".exe", ".dll", ".so", ".dylib", ".msi", ".msix", ".apk", ".deb", ".rpm", ".dmg",
         ".pkg", ".iso", ".img", ".jar", ".class", ".pyc", ".pyo", ".o", ".obj", ".bin"),
        "a program or disk image",
    ),
    **dict.fromkeys(
        (".ttf", ".otf", ".ttc", ".woff", ".woff2", ".eot", ".fon", ".pfb"),
        "a font",
    ),
    **dict.fromkeys(
        (".7z", ".rar", ".tar", ".gz", ".tgz", ".bz2", ".tbz2", ".xz", ".txz", ".zst", ".lz",
         ".lzma", ".cab", ".arj"),
        "an archive other than zip",
    ),
    **dict.fromkeys(
        (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods", ".numbers"),
        "a spreadsheet",
    ),
    # What an e-mail carries beside its articles: its signature, a sender's certificate or card.
    **dict.fromkeys(
        (".p7s", ".p7c", ".sig", ".cer", ".crt", ".vcard"),
        "a signature, certificate or contact card",
    ),
    **dict.fromkeys(NOT_ARTICLES - {".svg"}, "data, code or settings"),
    **dict.fromkeys((".db", ".sqlite", ".sqlite3"), "data, code or settings"),
}  # fmt: skip


def never_read(name: str) -> str:
    """What kind of file `name` is when no reader ever reads its kind ("an image", "a video"...),
    else ""."""
    return NEVER_READ.get(PurePosixPath(name.lower()).suffix, "")


# Documents that may well hold an article but that no reader reads: what to do instead, in the
# reason the analyst sees (read as text, an .rtf would be stored with its control words).
CONVERT_FIRST: dict[str, str] = {
    ".msg": "an Outlook message: save it from Outlook as HTML or text (File → Save As), or "
    "forward it and save that e-mail as .eml, and import that file",
    ".doc": "an old Word document: save it as .docx (File → Save As) and import that file",
    ".rtf": "a Rich Text document: save it as .docx or plain text and import that file",
    ".pages": "an Apple Pages document: export it as .docx or PDF and import that file",
}


def needs_heavy_readers(names: Iterable[str]) -> bool:
    """Whether files of these names may need a reader of HEAVY_READER_MODULES: all but text and
    news-please JSON (a .txt that turns out to be a saved page makes its worker import the HTML
    reader then)."""
    light = ("text", "newsplease")
    suffixes = (PurePosixPath(name.lower()).suffix for name in names)
    # A picture or a program beside the articles is not read (NEVER_READ): it needs none.
    return any(SUFFIXES.get(s) not in light for s in suffixes if s not in NEVER_READ)
