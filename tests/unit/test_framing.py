"""The frames a view takes: the busy period after an import, the selection with some air."""

from __future__ import annotations

from collections.abc import Sequence

from timeline_app.domain.framing import busiest_period, busiest_view, selection_view
from timeline_app.domain.model import DayCount, EventType

WIDTH = 1000.0


def counts(per_day: dict[int, int]) -> Sequence[DayCount]:
    return [DayCount(day, EventType.MISSILE_STRIKE, n) for day, n in sorted(per_day.items())]


def test_the_busiest_period_is_the_shortest_run_holding_the_share() -> None:
    per_day = {100: 1, 200: 5, 201: 5, 202: 6, 300: 1}
    assert busiest_period(counts(per_day), 0.8) == (200, 202)
    assert busiest_period([], 0.8) is None


def test_a_week_of_news_recalling_last_spring_frames_the_week() -> None:
    per_day = {1000: 1} | {1300 + d: 10 for d in range(7)}
    vp = busiest_view((1000, 1306), lambda a, b, bins: counts(per_day), WIDTH)
    assert vp is not None
    # the shortest run holding 80% is six of the seven days, with a day of air each side
    assert (vp.start, vp.end, vp.width) == (1299, 1307, WIDTH)


def test_news_spread_over_the_whole_extent_leaves_the_fit_all() -> None:
    per_day = {d: 1 for d in range(1000, 1100)}
    assert busiest_view((1000, 1099), lambda a, b, bins: counts(per_day), WIDTH) is None
    assert busiest_view((1000, 1099), lambda a, b, bins: [], WIDTH) is None


def test_the_selection_is_framed_with_air_on_both_sides() -> None:
    vp = selection_view([(500, 500), (510, 512)], WIDTH)
    assert vp is not None and vp.start < 500 and vp.end > 513
    assert selection_view([], WIDTH) is None
