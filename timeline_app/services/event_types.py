"""The PLOVER and ACLED categories of each event type, for the data exports.

One source: `data/event_types.csv`, read by `extraction.lexicon.event_types` (the analyst may
edit it). This module only shapes it for the exporters.
"""

from __future__ import annotations

from functools import cache

from timeline_app.extraction.lexicon import event_types


@cache
def type_mapping() -> dict[str, dict[str, str]]:
    """type name → {family, plover, acled_event_type, acled_sub_event_type} for every type."""
    return {
        kind.value: {
            "family": info.family,
            "plover": info.plover,
            "acled_event_type": info.acled_event_type,
            "acled_sub_event_type": info.acled_sub_event_type,
        }
        for kind, info in event_types().items()
    }
