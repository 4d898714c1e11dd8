"""The live ticket page /t/{token} and its live part, on a real server (SQLite and PostgreSQL):
each state a citizen may see, in each language, with its cache headers."""
from __future__ import annotations

import datetime as dt

import pytest
import requests

from tests.server.live_ticket_world import (
    SERVICE_NAMES,
    new_token,
    post_snapshot,
    report_services,
    snapshot_body,
    ticket_event,
)

NOW = dt.datetime(2026, 9, 6, 8, 10, 30, tzinfo=dt.UTC)  # 09:10:30 in Algiers


@pytest.fixture
def office(server, device, api):
    """An office that issued EC-003 (followed by `token`) and told its service names; the server's clock at NOW."""
    server.store.live.clock = lambda: NOW
    server.store.live.fresh_s = 0  # every request reads the newest snapshot (in production: at most 1 s old)
    token = new_token()
    api.push(server, device, [ticket_event(1, "EC-003", token, issued_at="2026-09-06T08:00:00.000Z")])
    report_services(server, device)
    return token


def page(server, token: str, lang: str = "en", live: bool = False) -> requests.Response:
    return requests.get(server.url(f"/t/{token}{'/live' if live else ''}?lang={lang}"), timeout=10)


def snap(server, device, taken_at="2026-09-06T08:10:00Z", **kw):
    r = post_snapshot(server, device, snapshot_body(device.device_id, taken_at, **kw))
    assert r.status_code == 200, r.text


def test_waiting_shows_the_label_the_service_the_people_ahead_and_the_wait(server, device, office):
    # A priority ticket (P-001) called before ours counts among the people ahead: calling order.
    snap(server, device, waiting=["P-001", "EC-002", "EC-003", "EC-004"], minutes=6, counters=2)
    r = page(server, office)
    assert r.status_code == 200
    assert "EC-003" in r.text and "Civil status" in r.text
    assert "People ahead of you" in r.text and '<dd class="big-figure">2</dd>' in r.text
    assert "6 min" in r.text  # ceil(2 × 6 / 2 counters), the kiosk's own rule
    assert "offline" not in r.text
    assert r.headers["cache-control"] == "public, max-age=5"
    assert '<noscript><meta http-equiv="refresh" content="10"></noscript>' in r.text
    assert 'aria-live="polite"' in r.text and "/static/" in r.text and "ticket.js" in r.text


def test_called_says_which_counter_big_and_clear(server, device, office):
    snap(server, device, waiting=["EC-004"], called=[("EC-003", "4"), ("EC-002", "1")])
    r = page(server, office)
    assert '<p class="called-now">Called: go to counter 4</p>' in r.text
    assert "People ahead" not in r.text


def test_a_number_gone_from_the_queue_is_served_or_passed(server, device, office):
    snap(server, device, waiting=["EC-004"], called=[("EC-004", "1")])
    assert "no longer in the queue" in page(server, office).text


def test_news_older_than_the_ticket_is_no_news_not_served(server, device, office):
    snap(server, device, taken_at="2026-09-06T07:59:00Z", waiting=["EC-001"])
    text = page(server, office).text
    assert "has not sent news of this ticket yet" in text and "no longer in the queue" not in text


def test_a_silent_office_is_offline_since_its_last_snapshot_and_shows_the_last_known_state(server, device, office):
    snap(server, device, waiting=["EC-002", "EC-003"])
    heard = NOW
    server.store.live.clock = lambda: heard + dt.timedelta(seconds=61)
    text = page(server, office).text
    assert "The office has been offline since 09:10. Last known state:" in text  # Africa/Algiers, UTC+1
    assert '<dd class="big-figure">1</dd>' in text
    server.store.live.clock = lambda: heard + dt.timedelta(seconds=59)
    assert "offline" not in page(server, office).text


def test_a_ticket_of_another_day_says_so(server, device, office):
    snap(server, device, taken_at="2026-09-07T07:00:00Z", day="2026-09-07", waiting=["EC-003"])
    assert "This ticket was for 2026-09-06; it is no longer valid" in page(server, office).text


def test_unknown_and_misshapen_tokens_are_404_in_the_public_layout(server, office):
    for token in (new_token(), "short", "x" * 17, "abc%2F..%2Fdef012"):
        for live in (False, True):
            r = page(server, token, live=live)
            assert r.status_code == 404, token
            assert r.headers["cache-control"] == "no-cache" and 'body class="public"' in r.text
            assert "Ticket not found" in r.text or "/" in token.replace("%2F", "/")  # another path: Page not found


@pytest.mark.parametrize("lang", ["ar", "fr", "kab", "en"])
def test_the_page_speaks_each_language(server, device, office, lang):
    snap(server, device, waiting=["EC-003"])
    r = page(server, office, lang)
    assert f'<html lang="{lang}"' in r.text and SERVICE_NAMES[lang] in r.text
    assert ('dir="rtl"' in r.text) == (lang == "ar")


def test_the_live_part_is_small_with_an_etag_and_a_304_when_unchanged(server, device, office):
    snap(server, device, waiting=["EC-002", "EC-003"])
    first = page(server, office, live=True)
    assert first.status_code == 200 and "<html" not in first.text and 'data-key="waiting|1|' in first.text
    etag = first.headers["etag"]
    same = requests.get(server.url(f"/t/{office}/live?lang=en"), headers={"If-None-Match": etag}, timeout=10)
    assert same.status_code == 304 and same.content == b""
    snap(server, device, taken_at="2026-09-06T08:10:10Z", waiting=["EC-003"])
    changed = requests.get(server.url(f"/t/{office}/live?lang=en"), headers={"If-None-Match": etag}, timeout=10)
    assert changed.status_code == 200 and changed.headers["etag"] != etag and 'data-key="waiting|0|' in changed.text
    assert "You are next" in changed.text


def test_the_page_never_shows_the_token_or_contact_details(server, device, office):
    snap(server, device, waiting=["EC-003"])
    text = page(server, office).text
    assert office not in text.replace(f"/t/{office}", "")  # only in the page's own addresses (language, poll)
    assert "ALG-16001" not in text and "t-1" not in text  # nor the office's or the ticket's ids


def test_an_offices_snapshot_is_read_at_most_once_per_freshness_period(server, device, office):
    server.store.live.fresh_s = 3600  # as if the second had not passed yet
    snap(server, device, waiting=["EC-002", "EC-003"])
    assert '<dd class="big-figure">1</dd>' in page(server, office).text
    snap(server, device, taken_at="2026-09-06T08:10:10Z", waiting=["EC-003"])
    assert '<dd class="big-figure">1</dd>' in page(server, office).text  # the remembered state
    server.store.live.fresh_s = 0
    assert '<dd class="big-figure">0</dd>' in page(server, office).text
