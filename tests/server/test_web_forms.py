"""Forms: the CSRF token, the draft kept when a post is refused, roles on /users, languages."""
from __future__ import annotations

from sync.server.audit import entries

NEW_AGENT = {"username": "lina", "display_name": "Lina Benali", "role": "agent", "offices": "ALG-2",
             "communes": "", "language": "fr", "password": "lina's first password"}


def test_a_post_without_the_csrf_token_is_refused_and_the_form_comes_back_filled(browser, web):
    admin = browser()
    admin.login("admin")
    admin.get("/users")
    r = admin.post("/users", NEW_AGENT, csrf=False, from_page="/users")
    assert r.status_code == 303 and r.headers["location"] == "/users"
    assert "lina" not in {u["username"] for u in web.store.accounts.list(web.store.accounts.load(1))}
    page = admin.get("/users").text
    assert "the page had expired" in page
    assert 'value="Lina Benali"' in page and 'value="ALG-2"' in page
    assert "lina's first password" not in page  # passwords are never kept
    assert "the page had expired" not in admin.get("/users").text  # given back once
    r = admin.post("/users", {**NEW_AGENT, "csrf_token": "forged"}, csrf=False, from_page="/users")
    assert r.status_code == 303


def test_an_expired_session_keeps_the_form_through_the_login(browser, web_clock, web):
    admin = browser()
    admin.login("admin")
    admin.get("/users")
    web_clock.advance(45)
    r = admin.post("/users", NEW_AGENT, from_page="/users")
    assert r.status_code == 303 and r.headers["location"] == "/login?next=/users"
    r = admin.login("admin")
    assert r.status_code == 303 and r.headers["location"] == "/users"
    page = admin.get("/users").text
    assert 'value="Lina Benali"' in page and "the page had expired" in page
    # Sent again with the new session's token, it is saved and audited.
    r = admin.post("/users", {**NEW_AGENT}, from_page="/users")
    assert r.status_code == 303 and r.headers["location"] == "/users?saved=added"
    assert entries(web.store.engine, 5)[0]["action"] == "user.add"


def test_add_user_errors_are_shown_next_to_the_field(browser):
    admin = browser()
    admin.login("admin")
    admin.get("/users")
    r = admin.post("/users", {**NEW_AGENT, "offices": "NOPE-9"})
    assert r.status_code == 422 and 'id="f-offices-error"' in r.text and "NOPE-9 does not exist" in r.text
    assert 'value="Lina Benali"' in r.text


def test_agents_get_403_on_users_and_supervisors_manage_their_agents(browser):
    agent = browser()
    agent.login("agent")
    assert agent.get("/users").status_code == 403
    agent.get("/")
    assert agent.post("/users", NEW_AGENT).status_code == 403
    sup = browser()
    sup.login("sup")
    page = sup.get("/users")
    assert page.status_code == 200 and "Karim Agent" in page.text and "Amina Admin" not in page.text
    assert sup.post("/users", {**NEW_AGENT, "offices": "ORN-1"}).status_code == 403
    assert sup.post("/users", NEW_AGENT).headers["location"] == "/users?saved=added"
    assert sup.post("/users/admin/disable", {}).status_code == 404  # not theirs: not found


def test_language_before_login_and_per_user(browser):
    visitor = browser(**{"Accept-Language": ""})
    page = visitor.get("/login").text
    assert '<html lang="ar" dir="rtl">' in page and "اسم المستخدم" in page  # Arabic by default
    assert '<html lang="fr" dir="ltr">' in browser(**{"Accept-Language": "fr-DZ,fr;q=0.9"}).get("/login").text
    visitor.post("/language", {"lang": "en", "next": "/login"}, csrf=False)
    assert '<html lang="en" dir="ltr">' in visitor.get("/login").text
    visitor.login("sup")  # sup reads French: the account's language wins
    assert "Accueil" in visitor.get("/").text and 'lang="fr"' in visitor.get("/").text
    visitor.post("/language", {"lang": "ar", "next": "/"})
    other = browser()
    other.login("sup")
    assert '<html lang="ar" dir="rtl">' in other.get("/").text  # saved with the user


def test_web_paths_get_html_errors_and_security_headers_the_api_json(browser, web):
    import requests

    person = browser(**{"Accept-Language": "ar"})
    r = person.get("/no-such-page")
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    assert "الصفحة غير موجودة" in r.text
    assert "frame-ancestors 'none'" in r.headers["content-security-policy"]
    assert "script-src 'self'" in r.headers["content-security-policy"] and "unsafe-inline" not in r.text
    assert r.headers["x-frame-options"] == "DENY" and r.headers["referrer-policy"] == "same-origin"
    assert r.headers["x-content-type-options"] == "nosniff"
    api = requests.get(web.url("/api/v1/no-such-thing"), timeout=10)
    assert api.status_code == 404 and api.json()["error"]["code"] == "not_found"
    assert "content-security-policy" not in api.headers


def test_static_files_are_versioned_and_cached_for_long(browser):
    import re

    person = browser()
    page = person.get("/login").text
    css = re.search(r'href="(/static/[0-9a-f]+/app.css)"', page).group(1)
    js = re.search(r'src="(/static/[0-9a-f]+/vendor/htmx/htmx.min.js)"', page).group(1)
    for path in (css, js):
        r = person.get(path)
        assert r.status_code == 200 and "immutable" in r.headers["cache-control"]
    assert "<script>" not in page and " style=" not in page  # nothing inline for the CSP to block
