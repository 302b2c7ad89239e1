"""Undoable corrections: one QUndoCommand per analyst action, each written to the store at once.

Every command applies itself through the Store in `redo()`, restores the previous state in
`undo()`, then emits `window.store_changed` and re-selects what the analyst was looking at.
Merges, splits and re-resolving an article give events new ids; an `IdMap` shared by the desk's
commands follows those renames so older commands on the stack still find their events.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtGui import QUndoCommand

from timeline_app.domain.model import DateSpan, EventType, StoredEvent
from timeline_app.extraction.pipeline import extract
from timeline_app.store.repositories import Store, StoreError
from timeline_app.ui.formatting import format_day

# The fields `Store.update_event` accepts, with the words a menu uses for them.
FIELD_WORDS: dict[str, str] = {
    "span": "date",
    "type": "type",
    "title": "title",
    "status": "status",
    "actors": "actors",
    "places": "places",
    "tags": "tags",
    "starred": "star",
    "note": "note",
}


def quoted(title: str, limit: int = 48) -> str:
    """An event or article title as a menu shows it: curly quotes, long titles shortened."""
    title = " ".join(title.split()) or "untitled"
    if len(title) > limit:
        title = title[: limit - 1].rstrip() + "…"
    return f"“{title}”"


def field_values(event: StoredEvent) -> dict[str, Any]:
    """An event's editable fields in the shape `Store.update_event` takes them."""
    return {
        "span": event.span,
        "type": event.type,
        "title": event.title,
        "status": event.status,
        "actors": [a.name for a in event.actors],
        "places": [p.name for p in event.places],
        "tags": list(event.tags),
        "starred": event.starred,
        "note": event.note,
    }


def write_fields(store: Store, event_id: int, values: dict[str, Any]) -> None:
    """Write `values` to the event; a None date makes it undated (the store's `clear_span`)."""
    values = dict(values)
    if "span" in values and values["span"] is None:
        del values["span"]
        values["clear_span"] = True
    if values:
        store.update_event(event_id, **values)


@dataclass
class IdMap:
    """Old event id -> the id that now holds the same event (after a merge/split was undone)."""

    moved: dict[int, int] = field(default_factory=dict)

    def resolve(self, event_id: int) -> int:
        seen: set[int] = set()
        while event_id in self.moved and event_id not in seen:
            seen.add(event_id)
            event_id = self.moved[event_id]
        return event_id

    def resolve_all(self, ids: Iterable[int]) -> list[int]:
        return [self.resolve(i) for i in ids]

    def record(self, old: int, new: int) -> None:
        if old != new:
            self.moved[old] = new


class StoreCommand(QUndoCommand):
    """Base: runs `_apply`/`_revert` against the store, reports failures, refreshes the panes.

    A failing command marks itself obsolete so QUndoStack drops it instead of keeping a step
    that never happened.
    """

    def __init__(self, window: Any, ids: IdMap, text: str) -> None:
        super().__init__(text)
        self.window = window
        self.store: Store = window.store
        self.ids = ids
        self.select_after: list[int] = []
        self.failed = False

    def redo(self) -> None:
        self._run(self._apply, "Could not apply the change")

    def undo(self) -> None:
        self._run(self._revert, "Could not undo the change")

    def _run(self, step: Any, title: str) -> None:
        self.select_after = []
        try:
            step()
        except (StoreError, KeyError, LookupError, ValueError) as exc:
            self.failed = True
            self.setObsolete(True)
            self.window.show_error(title, f"{self.text()}: {exc}")
        self._refresh()
        if self.select_after:
            self.window.select_events(self.select_after)

    def _refresh(self) -> None:
        """Update only the changed events where the window can; else re-query everything."""
        changed = None if self.failed else self._changed()
        refresh = getattr(self.window, "refresh_events", None)
        if changed is None or refresh is None:
            self.window.store_changed.emit()
        else:
            refresh(*changed)

    def _changed(self) -> tuple[list[int], bool] | None:
        """(ids of the events changed, whether a date/type/count moved); None = a big change."""
        return None

    def _apply(self) -> None:
        raise NotImplementedError

    def _revert(self) -> None:
        raise NotImplementedError


class EditEventCommand(StoreCommand):
    """Change any of an event's fields (date with precision, type, title, actors, places, ...)."""

    def __init__(
        self, window: Any, ids: IdMap, event: StoredEvent, changes: dict[str, Any]
    ) -> None:
        unknown = set(changes) - set(FIELD_WORDS)
        if unknown:
            raise ValueError(f"not editable: {', '.join(sorted(unknown))}")
        before = field_values(event)
        self.changes = dict(changes)
        self.before = {k: before[k] for k in changes}
        self.before["edited"] = event.edited  # undo leaves a machine event unedited again
        if "span" in changes:  # undo gives the date back its basis and explanation too
            self.before["date_reason"] = (event.basis, event.explanation)
        self.event_id = event.id
        super().__init__(window, ids, edit_text(event.title, list(changes)))

    def _apply(self) -> None:
        event_id = self.ids.resolve(self.event_id)
        write_fields(self.store, event_id, self.changes)
        self.select_after = [event_id]

    def _revert(self) -> None:
        event_id = self.ids.resolve(self.event_id)
        write_fields(self.store, event_id, self.before)
        self.select_after = [event_id]

    def _changed(self) -> tuple[list[int], bool] | None:
        moved = bool({"span", "type"} & set(self.changes))
        return [self.ids.resolve(self.event_id)], moved


def edit_text(title: str, fields: Sequence[str]) -> str:
    """ "Change date of “X”" for one field, "Edit “X” (date, type)" for several."""
    words = [FIELD_WORDS[f] for f in FIELD_WORDS if f in fields]
    if len(words) == 1:
        return f"Change {words[0]} of {quoted(title)}"
    return f"Edit {quoted(title)} ({', '.join(words)})"


def many_text(verb: str, events: Sequence[StoredEvent], suffix: str = "") -> str:
    """ "Delete “X”" for one event, "Delete 3 events" for several."""
    what = quoted(events[0].title) if len(events) == 1 else f"{len(events)} events"
    return f"{verb} {what}{suffix}"


class DeleteEventsCommand(StoreCommand):
    """Soft-delete events (restorable); undo restores them."""

    def __init__(self, window: Any, ids: IdMap, events: Sequence[StoredEvent]) -> None:
        super().__init__(window, ids, many_text("Delete", events))
        self.event_ids = [e.id for e in events]

    def _apply(self) -> None:
        for event_id in self.ids.resolve_all(self.event_ids):
            self.store.delete_event(event_id)

    def _revert(self) -> None:
        current = self.ids.resolve_all(self.event_ids)
        for event_id in current:
            self.store.restore_event(event_id)
        self.select_after = current


class RestoreEventsCommand(DeleteEventsCommand):
    """Bring soft-deleted events back; undo deletes them again."""

    def __init__(self, window: Any, ids: IdMap, events: Sequence[StoredEvent]) -> None:
        super().__init__(window, ids, events)
        self.setText(many_text("Restore", events))

    def _apply(self) -> None:
        DeleteEventsCommand._revert(self)

    def _revert(self) -> None:
        DeleteEventsCommand._apply(self)


@dataclass(frozen=True)
class NewEvent:
    """What the analyst chose for an event made from selected article text."""

    article_id: int
    start: int
    end: int
    type: EventType
    span: DateSpan | None
    title: str
    extra: dict[str, Any] = field(default_factory=dict)  # other update_event fields


class CreateEventCommand(StoreCommand):
    """Create an event from a text selection; undo soft-deletes it, redo restores the same id."""

    def __init__(self, window: Any, ids: IdMap, new: NewEvent) -> None:
        super().__init__(window, ids, f"Create event {quoted(new.title)}")
        self.new = new
        self.event_id: int | None = None

    def _apply(self) -> None:
        if self.event_id is None:
            n = self.new
            self.event_id = self.store.create_event(
                n.article_id, n.start, n.end, n.type, n.span, n.title
            )
            write_fields(self.store, self.event_id, n.extra)
        else:
            self.store.restore_event(self.ids.resolve(self.event_id))
        self.select_after = [self.ids.resolve(self.event_id)]

    def _revert(self) -> None:
        if self.event_id is not None:
            self.store.delete_event(self.ids.resolve(self.event_id))


def source_key(event: StoredEvent) -> tuple[int, int, int] | None:
    """Which sentence an event (one per source after a split) comes from."""
    if not event.sources:
        return None
    s = event.sources[0]
    return (s.article_id, s.sentence_start, s.sentence_end)


def owner_of_sources(originals: Sequence[StoredEvent]) -> dict[tuple[int, int, int], int]:
    return {
        (s.article_id, s.sentence_start, s.sentence_end): e.id for e in originals for s in e.sources
    }


class MergeEventsCommand(StoreCommand):
    """Merge duplicates into the first; undo splits and rebuilds each original with its fields."""

    def __init__(self, window: Any, ids: IdMap, events: Sequence[StoredEvent]) -> None:
        if len(events) < 2:
            raise ValueError("merging needs at least two events")
        text = f"Merge {len(events)} events into {quoted(events[0].title)}"
        super().__init__(window, ids, text)
        self.originals = list(events)
        self.kept: int | None = None

    def _apply(self) -> None:
        current = self.ids.resolve_all(e.id for e in self.originals)
        self.kept = self.store.merge_events(current)
        self.select_after = [self.kept]

    def _revert(self) -> None:
        assert self.kept is not None
        pieces = self.store.split_event(self.kept)
        groups = self._group_pieces(pieces)
        edited: dict[int, bool] = {}
        for original in self.originals:
            group = groups.get(original.id, [])
            if not group:
                continue
            new_id = group[0] if len(group) == 1 else self.store.merge_events(group)
            write_fields(self.store, new_id, field_values(original))
            edited[new_id] = original.edited
            self.ids.record(self.ids.resolve(original.id), new_id)
            self.ids.record(original.id, new_id)
            self.select_after.append(new_id)
        # Rebuilding an original is no correction of the analyst's: an event the machine dated
        # must stay re-datable (a new publication date, a re-import), so its flag comes back too.
        self.store.set_edited(edited)

    def _group_pieces(self, pieces: Sequence[int]) -> dict[int, list[int]]:
        """Piece ids by the original event whose sentence they carry; the kept id goes first."""
        owner = owner_of_sources(self.originals)
        groups: dict[int, list[int]] = {}
        for piece in pieces:
            key = source_key(self.store.get_event(piece))
            if key in owner:
                group = groups.setdefault(owner[key], [])
                group.insert(0, piece) if piece == self.kept else group.append(piece)
        return groups


class SplitEventCommand(StoreCommand):
    """Split a merged event back into one event per source; undo merges them again."""

    def __init__(self, window: Any, ids: IdMap, event: StoredEvent) -> None:
        super().__init__(window, ids, f"Split {quoted(event.title)}")
        self.original = event
        self.pieces: list[int] = []

    def _apply(self) -> None:
        event_id = self.ids.resolve(self.original.id)
        self.pieces = self.store.split_event(event_id)
        self.select_after = list(self.pieces)

    def _revert(self) -> None:
        current = self.ids.resolve(self.original.id)
        order = sorted(self.pieces, key=lambda p: p != current)
        kept = self.store.merge_events(order)
        write_fields(self.store, kept, field_values(self.original))
        self.ids.record(current, kept)
        self.ids.record(self.original.id, kept)
        self.select_after = [kept]


class TagEventsCommand(StoreCommand):
    """Add (or with `remove=True` take off) one tag on many events; undo touches only those changed."""

    def __init__(
        self,
        window: Any,
        ids: IdMap,
        events: Sequence[StoredEvent],
        tag: str,
        remove: bool = False,
    ) -> None:
        verb = "Untag" if remove else "Tag"
        super().__init__(window, ids, many_text(verb, events, f" “{tag}”"))
        self.tag, self.remove = tag, remove
        self.all_ids = [e.id for e in events]
        # Only events whose tags actually change, so undo never strips a tag they had before.
        self.changed = [e.id for e in events if (tag in e.tags) == remove]
        self.was_edited = {e.id: e.edited for e in events if e.id in set(self.changed)}

    def _apply(self) -> None:
        self._write(add=not self.remove)

    def _revert(self) -> None:
        self._write(add=self.remove)
        restore = {self.ids.resolve(i): e for i, e in self.was_edited.items() if not e}
        if restore:
            self.store.set_edited(restore)

    def _changed(self) -> tuple[list[int], bool] | None:
        return self.ids.resolve_all(self.changed), False

    def _write(self, add: bool) -> None:
        changed = self.ids.resolve_all(self.changed)
        if changed:
            write = self.store.tag_events if add else self.store.untag_events
            write(changed, self.tag)
        self.select_after = self.ids.resolve_all(self.all_ids)


class StarEventsCommand(StoreCommand):
    """Star (or unstar) events; undo puts back each event's own previous star."""

    def __init__(
        self, window: Any, ids: IdMap, events: Sequence[StoredEvent], starred: bool
    ) -> None:
        super().__init__(window, ids, many_text("Star" if starred else "Unstar", events))
        self.starred = starred
        self.before = {e.id: e.starred for e in events}
        self.was_edited = {e.id: e.edited for e in events}

    def _apply(self) -> None:
        self._write({i: self.starred for i in self.before})

    def _revert(self) -> None:
        self._write(self.before, self.was_edited)

    def _write(self, values: dict[int, bool], edited: dict[int, bool] | None = None) -> None:
        for old_id, starred in values.items():
            event_id = self.ids.resolve(old_id)
            flag = edited.get(old_id) if edited is not None else None
            self.store.update_event(event_id, starred=starred, edited=flag)
            self.select_after.append(event_id)

    def _changed(self) -> tuple[list[int], bool] | None:
        return self.ids.resolve_all(self.before), False


def short_date(d: date | None) -> str:
    return format_day(d) if d else "unknown"


class SetArticleDateCommand(StoreCommand):
    """Correct an article's publication date: its machine events are re-extracted and re-resolved."""

    def __init__(self, window: Any, ids: IdMap, article_id: int, published: date | None) -> None:
        article = window.store.get_article(article_id)
        text = f"Set publication date of {quoted(article.title)} to {short_date(published)}"
        super().__init__(window, ids, text)
        self.article_id = article_id
        self.before = article.published
        self.after = published

    def _apply(self) -> None:
        self._set(self.after)

    def _revert(self) -> None:
        self._set(self.before)

    def _set(self, published: date | None) -> None:
        a = self.store.get_article(self.article_id)
        self.store.set_published(self.article_id, published, extract(a.redated(published)))
        self.select_after = [e.id for e in self.store.events_for_article(self.article_id)]
