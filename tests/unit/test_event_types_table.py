"""The data exports take their PLOVER/ACLED categories from data/event_types.csv itself."""

from __future__ import annotations

from timeline_app.domain.model import EventType
from timeline_app.extraction.lexicon import event_types
from timeline_app.services.event_types import type_mapping


def test_every_type_is_mapped_from_the_editable_table() -> None:
    # given the table the analyst may edit (its leading lines are "#" comments)
    table = event_types()
    # then the exporters see exactly its values, for every type of the contract
    mapping = type_mapping()
    assert set(mapping) == {kind.value for kind in EventType}
    for kind, info in table.items():
        assert mapping[kind.value]["acled_event_type"] == info.acled_event_type
        assert mapping[kind.value]["plover"] == info.plover
    assert mapping["other"]["acled_event_type"]  # the table fills what a fallback left empty
