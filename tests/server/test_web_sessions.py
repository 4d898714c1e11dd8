"""Logging in and out through the real server: redirects, cookies, throttling, idle expiry."""
from __future__ import annotations

from tests.server.conftest import PASSWORD


def test_login_then_logout(browser):
    person = browser()
    r = person.get("/account?saved=nothing")
    assert r.status_code == 303 and r.headers["location"] == "/login?next=/account%3Fsaved%3Dnothing"
    r = person.login("admin", "wrong password!")
    assert r.status_code == 401 and 'id="f-password-error"' in r.text
    assert "Wrong username or password" in r.text and 'value="admin"' in r.text  # the username is kept
    r = person.login("admin", next_="/users")
    assert r.status_code == 303 and r.headers["location"] == "/users"
    home = person.get("/")
    assert home.status_code == 200 and "Amina Admin" in home.text
    for area in ("/concerns", "/manage/offices", "/figures", "/catalogue", "/announcements", "/users", "/audit"):
        assert f'href="{area}"' in home.text
    r = person.post("/logout", {})
    assert r.status_code == 303 and r.headers["location"] == "/login"
    assert person.get("/").status_code == 303


def test_the_nav_shows_only_what_the_role_may_use(browser):
    agent = browser()
    agent.login("agent")
    home = agent.get("/").text
    assert 'href="/concerns"' in home and 'href="/users"' not in home and 'href="/audit"' not in home


def test_session_cookie_flags(browser):
    plain = browser().login("admin")
    cookie = plain.headers["set-cookie"]
    assert "maktab_session=" in cookie and "HttpOnly" in cookie and "SameSite=strict" in cookie.replace(
        "SameSite=Strict", "SameSite=strict") and "Path=/" in cookie and "Secure" not in cookie
    # Behind the TLS proxy (uvicorn trusts X-Forwarded-Proto from loopback): Secure.
    tls = browser(**{"X-Forwarded-Proto": "https"}).login("admin")
    assert "Secure" in tls.headers["set-cookie"]


def test_logout_everywhere_ends_every_browser(browser):
    desk, phone = browser(), browser()
    desk.login("agent")
    phone.login("agent")
    assert phone.get("/").status_code == 200
    desk.get("/account")
    assert desk.post("/logout-everywhere", {}).status_code == 303
    assert phone.get("/").status_code == 303 and desk.get("/").status_code == 303


def test_an_account_is_locked_after_five_failures_then_opens_again(browser, web_clock, web):
    person = browser()
    for _ in range(4):
        assert person.login("agent", "not the password").status_code == 401
    r = person.login("agent", "not the password")
    assert r.status_code == 429 and "Try again in 15 minutes" in r.text
    r = person.login("agent")  # the right password, still locked
    assert r.status_code == 429
    assert browser().login("admin").status_code == 303  # other accounts are not locked
    web_clock.advance(16)
    assert person.login("agent").status_code == 303


def test_an_address_is_locked_after_twenty_failures(browser, web_clock):
    person = browser()
    for attempt in range(20):
        assert person.login(f"guess{attempt}", "not the password").status_code in (401, 429)
    r = person.login("admin")
    assert r.status_code == 429 and "Try again in" in r.text
    web_clock.advance(16)
    assert person.login("admin").status_code == 303


def test_a_disabled_user_cannot_log_in(browser, web):
    from sync.server.staff import COMMAND_LINE

    agent = browser()
    agent.login("agent")
    web.store.accounts.disable(COMMAND_LINE, "agent")
    assert agent.get("/").status_code == 303
    r = browser().login("agent")
    assert r.status_code == 403 and "disabled" in r.text


def test_idle_sessions_expire_and_activity_keeps_them(browser, web_clock):
    person = browser()
    person.login("agent")
    for _ in range(3):  # 60 minutes in all, never 30 idle
        web_clock.advance(20)
        assert person.get("/").status_code == 200
    web_clock.advance(31)
    r = person.get("/account")
    assert r.status_code == 303 and r.headers["location"] == "/login?next=/account"
    assert "ended after a time without activity" in person.get("/login?next=/account").text


def test_htmx_requests_get_401_and_a_redirect_header(browser):
    r = browser(**{"HX-Request": "true"}).get("/users")
    assert r.status_code == 401 and r.headers["hx-redirect"] == "/login?next=/users"


def test_changing_ones_password_ends_other_sessions(browser):
    here, elsewhere = browser(), browser()
    here.login("agent")
    elsewhere.login("agent")
    here.get("/account")
    new = "a brand new password"
    r = here.post("/account/password", {"current_password": "wrong one!!", "new_password": new,
                                        "new_password_again": new})
    assert r.status_code == 401 and "not your current password" in r.text
    r = here.post("/account/password", {"current_password": PASSWORD, "new_password": new,
                                        "new_password_again": new})
    assert r.status_code == 303 and here.get("/account").status_code == 200
    assert elsewhere.get("/").status_code == 303
    assert browser().login("agent", new).status_code == 303
