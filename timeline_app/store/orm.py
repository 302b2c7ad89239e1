"""The SQLAlchemy 2 typed ORM: articles, events, their sources, actors, places, tags, summaries.

Days are stored as integer ordinals (`date.toordinal()`) so range queries stay on plain indexed
integers on every dialect. ORM rows never leave `store/`; `mapping.py` turns them into domain objects.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import cast

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


event_actor = Table(
    "event_actor",
    Base.metadata,
    Column("event_id", ForeignKey("event.id", ondelete="CASCADE"), primary_key=True),
    Column("actor_id", ForeignKey("actor.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_event_actor_actor", "actor_id"),
)

event_place = Table(
    "event_place",
    Base.metadata,
    Column("event_id", ForeignKey("event.id", ondelete="CASCADE"), primary_key=True),
    Column("place_id", ForeignKey("place.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_event_place_place", "place_id"),
)

event_tag = Table(
    "event_tag",
    Base.metadata,
    Column("event_id", ForeignKey("event.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_event_tag_tag", "tag_id"),
)


class Meta(Base):
    """Key/value facts about the file itself, above all the schema version."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class ArticleRow(Base):
    __tablename__ = "article"
    id: Mapped[int] = mapped_column(primary_key=True)
    source_path: Mapped[str] = mapped_column(Text, default="", index=True)
    title: Mapped[str] = mapped_column(Text, default="")
    site: Mapped[str] = mapped_column(String(255), default="", index=True)
    author: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(16), default="")
    url: Mapped[str] = mapped_column(Text, default="")
    published: Mapped[date | None] = mapped_column(Date, nullable=True)
    published_source: Mapped[str] = mapped_column(String(16), default="unknown")
    text: Mapped[str] = mapped_column(Text, default="")
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    imported_at: Mapped[datetime] = mapped_column(DateTime)

    sources: Mapped[list[EventSourceRow]] = relationship(
        back_populates="article", passive_deletes=True
    )


class EventRow(Base):
    __tablename__ = "event"
    id: Mapped[int] = mapped_column(primary_key=True)
    # NULL days: an event whose date the text does not give (never auto-merged, not on the canvas).
    day_start: Mapped[int | None] = mapped_column(Integer, nullable=True)
    day_end: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # ceil(log2(days)): lets an overlap query stay an index range per bucket (see filters.py).
    span_bucket: Mapped[int | None] = mapped_column(Integer, nullable=True)
    precision: Mapped[str | None] = mapped_column(String(16), nullable=True)
    type: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16), default="happened")
    basis: Mapped[str | None] = mapped_column(String(16), nullable=True)
    title: Mapped[str] = mapped_column(Text, default="")
    confidence: Mapped[float] = mapped_column(Float, default=0.5)
    edited: Mapped[bool] = mapped_column(Boolean, default=False)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    starred: Mapped[bool] = mapped_column(Boolean, default=False)
    user_split: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    explanation: Mapped[str] = mapped_column(Text, default="")
    conflicts: Mapped[str] = mapped_column(Text, default="")
    source_count: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)

    sources: Mapped[list[EventSourceRow]] = relationship(
        back_populates="event",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="EventSourceRow.id",
    )
    actors: Mapped[list[ActorRow]] = relationship(secondary=event_actor)
    places: Mapped[list[PlaceRow]] = relationship(secondary=event_place)
    tags: Mapped[list[TagRow]] = relationship(secondary=event_tag)

    __table_args__ = (
        Index("ix_event_bucket_start", "span_bucket", "day_start", "day_end"),
        Index("ix_event_day_start", "day_start"),
        Index("ix_event_day_end", "day_end"),
    )


class EventSourceRow(Base):
    """One sentence of one article reporting an event, with what that source alone says."""

    __tablename__ = "event_source"
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("article.id", ondelete="CASCADE"), index=True
    )
    sentence: Mapped[str] = mapped_column(Text, default="")
    sentence_start: Mapped[int] = mapped_column(Integer, default=0)
    sentence_end: Mapped[int] = mapped_column(Integer, default=0)
    time_text: Mapped[str] = mapped_column(Text, default="")
    time_start: Mapped[int | None] = mapped_column(Integer, nullable=True)
    time_end: Mapped[int | None] = mapped_column(Integer, nullable=True)
    day_start: Mapped[int | None] = mapped_column(Integer, nullable=True)
    day_end: Mapped[int | None] = mapped_column(Integer, nullable=True)
    precision: Mapped[str | None] = mapped_column(String(16), nullable=True)
    type: Mapped[str] = mapped_column(String(32), default="other")
    status: Mapped[str] = mapped_column(String(16), default="happened")
    basis: Mapped[str | None] = mapped_column(String(16), nullable=True)
    title: Mapped[str] = mapped_column(Text, default="")
    explanation: Mapped[str] = mapped_column(Text, default="")
    confidence: Mapped[float] = mapped_column(Float, default=0.5)
    trigger: Mapped[str] = mapped_column(String(64), default="")
    # JSON lists of this source's own actors / places (names), kept for disagreements and split.
    actors_json: Mapped[str] = mapped_column(Text, default="[]")
    places_json: Mapped[str] = mapped_column(Text, default="[]")

    event: Mapped[EventRow] = relationship(back_populates="sources")
    article: Mapped[ArticleRow] = relationship(back_populates="sources")


class ActorRow(Base):
    __tablename__ = "actor"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255), unique=True)
    kind: Mapped[str] = mapped_column(String(32), default="other")
    title: Mapped[str] = mapped_column(String(255), default="")


class PlaceRow(Base):
    __tablename__ = "place"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255), index=True)
    country: Mapped[str] = mapped_column(String(8), default="")
    kind: Mapped[str] = mapped_column(String(32), default="city")
    latitude: Mapped[float | None] = mapped_column(Float, nullable=True)
    longitude: Mapped[float | None] = mapped_column(Float, nullable=True)

    __table_args__ = (UniqueConstraint("name", "country", name="uq_place_name_country"),)


class TagRow(Base):
    __tablename__ = "tag"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255), unique=True)


class DaySummaryRow(Base):
    """How many live events of a type start on a day; kept exact by every write."""

    __tablename__ = "day_summary"
    day: Mapped[int] = mapped_column(Integer, primary_key=True)
    type: Mapped[str] = mapped_column(String(32), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)

    # Clustered by (day, type) on SQLite: a range of days is one sequential read.
    __table_args__ = {"sqlite_with_rowid": False}


class SavedViewRow(Base):
    __tablename__ = "saved_view"
    name: Mapped[str] = mapped_column(String(255), primary_key=True)
    body: Mapped[str] = mapped_column(Text, default="{}")


def table_of(entity: type[Base]) -> Table:
    """The Core table of a mapped class, typed as a Table (for Core inserts and updates)."""
    return cast(Table, entity.__table__)
