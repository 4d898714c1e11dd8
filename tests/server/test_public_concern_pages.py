"""The citizen's concern page through a real server (SQLite and PostgreSQL): the lookup and its
redirect, the language, the forms' cross-site protection, double submission, throttling, and
what the back office then shows."""
from __future__ import annotations

import random
import re

import pytest
import requests

from sync import protocol as P
from sync.protocol.tracking_codes import new_tracking_code
from sync.server.staff import COMMAND_LINE
from tests.server.concern_pages_world import Kiosks


def tracking_code(seed: int = 3) -> str:
    return new_tracking_code("ALG", random.Random(seed)).text


@pytest.fixture
def kiosks(web):
    return Kiosks(web.store)


@pytest.fixture
def answered(web, kiosks) -> str:
    code = kiosks.register("ALG-1", tracking_code(), at=P.utc_now_iso())
    web.store.concerns.answer(COMMAND_LINE, "ALG-1", code, "La route sera réparée lundi.")
    return code


class Phone:
    """A citizen's phone browser: its own cookies, the form token read from the last page."""

    def __init__(self, base_url: str):
        self.base_url = base_url
        self.http = requests.Session()
        self.token = ""

    def get(self, path: str) -> requests.Response:
        r = self.http.get(self.base_url + path, allow_redirects=False, timeout=10)
        found = re.search(r'name="form_token" value="([^"]+)"', r.text)
        if found:
            self.token = found.group(1)
        return r

    def post(self, path: str, data: dict, origin: str | None = None, token: str | None = None) -> requests.Response:
        return self.http.post(self.base_url + path, data={"form_token": self.token if token is None else token,
                                                          **data},
                              headers={"Origin": origin or self.base_url}, allow_redirects=False, timeout=10)


def citizen_updates(store, office: str = "ALG-1"):
    device = Kiosks(store).device(office)
    return [u for u in store.pull(device, 0, 100).updates if u.data.get("by") == "citizen"
            or u.kind == P.UPDATE_CONCERN_RATING]


def test_a_typed_code_goes_to_its_page_and_a_mistyped_one_is_refused_with_a_clear_message(web, answered):
    phone = Phone(web.base_url)
    form = phone.get("/c")
    assert form.status_code == 200 and '<html lang="ar" dir="rtl">' in form.text and 'name="code"' in form.text
    typed = answered.lower().replace("-", " ")
    r = phone.get("/c?lang=en&code=" + typed)
    assert r.status_code == 303 and r.headers["location"] == f"/c/{answered}?lang=en"
    wrong = answered[:-1] + ("3" if answered[-1] != "3" else "4")
    r = phone.get(f"/c?lang=en&code={wrong}")
    assert r.status_code == 400 and "A character is wrong: check the code on your receipt." in r.text
    assert f'value="{wrong}"' in r.text  # what was typed is kept to correct
    r = phone.get(f"/c/{wrong}?lang=fr")
    assert r.status_code == 400 and 'lang="fr"' in r.text
    assert phone.get(f"/c/{answered.lower()}").headers["location"] == f"/c/{answered}"


def test_the_page_speaks_the_concerns_language_and_shows_no_private_detail(web, answered):
    web.store.concerns.add_note(COMMAND_LINE, "ALG-1", answered, "Appeler M. Benali au 0555 12 34 56")
    phone = Phone(web.base_url)
    r = phone.get(f"/c/{answered}")
    assert r.status_code == 200 and '<html lang="fr" dir="ltr">' in r.text  # the concern was made in French
    assert "La route sera réparée lundi." in r.text and "Répondue" in r.text
    assert "0555" not in r.text and "Benali" not in r.text and "trou dans la route" not in r.text
    assert r.headers["cache-control"] == "no-cache"
    cookie = r.headers["set-cookie"]
    assert "maktab_form=" in cookie and "SameSite=strict" in cookie and "HttpOnly" in cookie and "Path=/c/" in cookie
    assert '<html lang="ar" dir="rtl">' in phone.get(f"/c/{answered}?lang=ar").text
    assert 'type="radio" name="rating" value="5"' in r.text


def test_forms_from_another_site_or_without_the_pages_token_are_refused(web, answered):
    phone = Phone(web.base_url)
    phone.get(f"/c/{answered}")
    assert phone.post(f"/c/{answered}/rating", {"rating": "5"}, origin="https://evil.example").status_code == 403
    assert phone.post(f"/c/{answered}/rating", {"rating": "5"}, token="A" * 22).status_code == 403
    stranger = Phone(web.base_url)  # a cross-site post carries no SameSite=Strict cookie
    refused = stranger.post(f"/c/{answered}/not-resolved", {"reopen_comment": "x"}, token=phone.token)
    assert refused.status_code == 403 and "لا يمكن قبول هذه الاستمارة" in refused.text  # Arabic: no lang given
    assert citizen_updates(web.store) == []


def test_rating_and_not_resolved_redirect_with_a_confirmation_and_a_retry_changes_nothing(web, answered):
    phone = Phone(web.base_url)
    phone.get(f"/c/{answered}?lang=en")
    r = phone.post(f"/c/{answered}/rating", {"rating": "4", "rating_comment": "Merci", "lang": "en"})
    assert r.status_code == 303 and r.headers["location"] == f"/c/{answered}?lang=en&done=rated#done"
    again = phone.post(f"/c/{answered}/rating", {"rating": "4", "rating_comment": "Merci", "lang": "en"})
    assert again.status_code == 303
    page = phone.get(r.headers["location"].split("#")[0])
    assert "Thank you: your rating is saved." in page.text and "Your rating: 4 of 5." in page.text
    empty = phone.post(f"/c/{answered}/not-resolved", {"reopen_comment": "  ", "lang": "en"})
    assert empty.status_code == 422 and "it cannot be empty" in empty.text
    r = phone.post(f"/c/{answered}/not-resolved", {"reopen_comment": "Toujours un trou.", "lang": "en"})
    assert r.status_code == 303 and "done=reopened" in r.headers["location"]
    again = phone.post(f"/c/{answered}/not-resolved", {"reopen_comment": "Toujours un trou.", "lang": "en"})
    assert again.status_code == 303
    page = phone.get(f"/c/{answered}?lang=en&done=reopened")
    assert "Your concern is reopened." in page.text and "Being handled by the municipality" in page.text
    assert "Toujours un trou." in page.text and 'name="reopen_comment"' not in page.text  # once: no second form
    sent = [(u.kind, u.data.get("rating"), u.data.get("status"), u.data.get("comment") or u.data.get("reason"))
            for u in citizen_updates(web.store)]
    assert sent == [(P.UPDATE_CONCERN_RATING, 4, None, "Merci"),
                    (P.UPDATE_CONCERN_STATUS, None, "in_progress", "Toujours un trou.")]


def test_the_back_office_shows_the_rating_and_the_reopening(web, answered, browser):
    citizen = web.store.citizen_concerns
    citizen.rate(answered, "2", "Pas assez")
    citizen.reopen(answered, "Le trou est toujours là.")
    agent = browser()
    assert agent.login("agent").status_code == 303
    page = agent.get(f"/concerns/ALG-1/{answered}")
    assert page.status_code == 200
    assert "Reopened" in page.text and "Le trou est toujours là." in page.text
    assert page.text.count("the citizen, on the public page") == 2  # the rating and the reopening
    assert "Rated by the citizen" in page.text and "2 of 5" in page.text and "Pas assez" in page.text
    assert "In progress" in page.text


def test_too_many_unknown_codes_from_one_address_get_a_429_page(web, answered):
    phone = Phone(web.base_url)
    last = None
    for seed in range(200, 220):
        last = phone.get(f"/c/{tracking_code(seed)}?lang=en")
    assert last is not None and last.status_code == 429
    assert "Too many attempts. Try again in 15 minutes." in last.text and last.headers["retry-after"] == "900"
    assert phone.get(f"/c/{answered}?lang=en").status_code == 429
