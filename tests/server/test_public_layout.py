"""The public area's layout (sync/server/web/public.py): a citizen who mistypes an address on
a phone gets a page in the public layout, in their language, without the back office."""
from __future__ import annotations

import requests


def test_an_unknown_public_address_answers_a_public_page_in_arabic_by_default(server):
    r = requests.get(server.base_url + "/t/no-such-ticket", timeout=10)
    assert r.status_code == 404
    assert '<html lang="ar" dir="rtl">' in r.text
    assert "مكتب المواطن" in r.text  # the public brand, not the back office's
    assert "/logout" not in r.text and "/login" not in r.text
    assert r.headers["content-security-policy"].startswith("default-src 'self'")
    assert r.headers["cache-control"] == "no-cache"


def test_the_language_follows_the_address_then_the_browser(server):
    r = requests.get(server.base_url + "/c/nothing?lang=fr", timeout=10)
    assert '<html lang="fr" dir="ltr">' in r.text and "Bureau du citoyen" in r.text
    # The switch keeps the page and its other parameters, changing only the language.
    assert 'href="/c/nothing?lang=kab"' in r.text and 'aria-current="true">Français' in r.text
    r = requests.get(server.base_url + "/t/x", headers={"Accept-Language": "en-GB,en;q=0.9"}, timeout=10)
    assert '<html lang="en" dir="ltr">' in r.text and r.headers["content-language"] == "en"


def test_back_office_addresses_keep_the_back_office_error_page(server):
    r = requests.get(server.base_url + "/catalogue-nothing", timeout=10)
    assert r.status_code == 404 and "مكتب المواطن" not in r.text
