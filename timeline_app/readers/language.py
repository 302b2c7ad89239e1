"""Language of an article's text with py3langid, restricted to the languages analysts read.

The model loads once per process, in milliseconds from the user's cache folder (`langid_cache`;
the first time on a machine, about a third of a second from the packaged model), and classifies a
sample in well under a millisecond. py3langid (and numpy) are imported only then, so a process
that never detects a language (the importer's writer) never pays for them.
"""

from __future__ import annotations

import re
import threading
from typing import Any

from timeline_app.readers import langid_cache

# Languages of the news an analyst of this region reads; restricting the set makes detection
# both faster and steadier on short texts.
LANGUAGES: tuple[str, ...] = (
    "en", "de", "fr", "es", "it", "pt", "nl", "pl", "uk", "ru", "be", "cs", "sk", "ro", "hu",
    "bg", "sr", "hr", "sv", "da", "no", "fi", "et", "lv", "lt", "el", "tr", "ar", "he", "fa",
    "ko", "ja", "zh",
)  # fmt: skip
FALLBACK = "en"
_SAMPLE_CHARS = 1500  # enough for a steady answer; detection time grows with it
_MIN_LETTERS = 20
_LETTER = re.compile(r"[^\W\d_]")
# At least _MIN_LETTERS letters: matches (at the start) what has `len(_LETTER.findall(…)) >= 20`.
_ENOUGH_LETTERS = re.compile(rf"(?:[\W\d_]*[^\W\d_]){{{_MIN_LETTERS}}}")

_lock = threading.Lock()
_identifier: Any = None  # py3langid's LanguageIdentifier, once loaded


def _model() -> Any:
    global _identifier
    with _lock:
        if _identifier is None:
            _identifier = langid_cache.load_identifier(LANGUAGES)
    return _identifier


def detect_language(text: str, fallback: str = FALLBACK) -> str:
    """ISO 639-1 code of the text's language; `fallback` when the text is too short to tell."""
    sample = text[:_SAMPLE_CHARS]
    if not _ENOUGH_LETTERS.match(sample, 0, 400) and not _ENOUGH_LETTERS.match(sample):
        return fallback
    code, confidence = _model().classify(sample)
    return str(code) if confidence >= 0.5 else fallback


def normalise_language(code: str | None) -> str | None:
    """'en-GB', 'EN_us', 'de' → 'en', 'en', 'de'; None or junk → None."""
    if not code:
        return None
    base = code.strip().replace("_", "-").split("-")[0].lower()
    return base if 2 <= len(base) <= 3 and base.isalpha() else None
