"""A concern is reopened when it goes back to work after a decision (answered, closed,
rejected): what the kiosk's follow-up screen says, as the central server's history does."""
from __future__ import annotations

from kiosk.domain.concern_reopening import reopenings
from kiosk.domain.concerns import ConcernStatus, HistoryKind, PublicConcernView, PublicHistoryEntry

S = ConcernStatus


def _view(*entries: tuple[str, HistoryKind, ConcernStatus | None, str | None]) -> PublicConcernView:
    return PublicConcernView("TST-7K3Q-9XA4", "lighting", S.IN_PROGRESS, "2026-09-01T08:00:00+00:00",
                             tuple(PublicHistoryEntry(*e) for e in entries))


def test_back_to_work_after_an_answer_is_a_reopening_with_the_citizens_comment():
    view = _view(("2026-09-01T08:00:00+00:00", HistoryKind.STATUS, S.RECEIVED, None),
                 ("2026-09-02T08:00:00+00:00", HistoryKind.PUBLIC_ANSWER, None, "Réparé."),
                 ("2026-09-02T08:00:01+00:00", HistoryKind.STATUS, S.ANSWERED, None),
                 ("2026-09-03T08:00:00+00:00", HistoryKind.STATUS, S.IN_PROGRESS, "Toujours en panne."))
    assert [e.text for e in reopenings(view)] == ["Toujours en panne."]


def test_first_handling_is_not_a_reopening():
    view = _view(("2026-09-01T08:00:00+00:00", HistoryKind.STATUS, S.RECEIVED, None),
                 ("2026-09-01T09:00:00+00:00", HistoryKind.STATUS, S.IN_PROGRESS, None),
                 ("2026-09-02T08:00:00+00:00", HistoryKind.STATUS, S.ANSWERED, "Réparé."))
    assert reopenings(view) == ()


def test_each_reopening_counts_in_time_order_whatever_the_order_given():
    view = _view(("2026-09-05T08:00:00+00:00", HistoryKind.STATUS, S.IN_PROGRESS, "second"),
                 ("2026-09-01T08:00:00+00:00", HistoryKind.STATUS, S.REJECTED, "hors compétence"),
                 ("2026-09-02T08:00:00+00:00", HistoryKind.STATUS, S.IN_PROGRESS, "first"),
                 ("2026-09-03T08:00:00+00:00", HistoryKind.STATUS, S.CLOSED, None))
    assert [e.text for e in reopenings(view)] == ["first", "second"]
