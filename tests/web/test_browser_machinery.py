"""The browser-test machinery works, against what the server serves today.

These tests prove the fixtures of conftest.py (a real server, chromium, axe, screenshots)
so that the back office's page tests only have to describe pages.
"""
from __future__ import annotations

import http.server
import json
import os
import subprocess
import sys
import threading

import pytest
from PIL import Image

from tests.sync.conftest import REPO
from tests.web.axe import assert_accessible, axe_violations, describe
from tests.web.browser import problems_of

BAD_PAGE = """<!doctype html><html><head><title>Bad form</title></head><body>
<img src="data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==">
<input type="text" name="code">
<button></button>
</body></html>"""

GOOD_PAGE = """<!doctype html><html lang="ar" dir="rtl"><head><title>متابعة انشغال</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head><body>
<header><p>بلدية</p></header>
<main><h1>متابعة انشغال</h1>
<img src="data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==" alt="شعار البلدية">
<form><label for="code">رمز المتابعة</label><input id="code" name="code" type="text">
<button type="submit">بحث</button></form></main>
</body></html>"""


def test_the_server_health_answer_shows_in_the_browser(live_server, page, shot, monkeypatch):
    monkeypatch.delenv("MAKTAB_SCREENSHOTS", raising=False)  # a machinery picture, not one for the docs
    response = page.goto(live_server.url("/api/v1/health"))
    assert response is not None and response.status == 200
    shown = json.loads(page.locator("body").inner_text())
    assert shown["status"] == "ok" and shown["service"]

    (path,) = shot(page, "machinery-health", full_page=False)
    with Image.open(path) as image:
        assert image.format == "PNG" and image.size == (1280, 800)


def test_a_screenshot_also_goes_to_the_folder_named_by_maktab_screenshots(page, shot, tmp_path, monkeypatch):
    monkeypatch.setenv("MAKTAB_SCREENSHOTS", str(tmp_path / "published"))
    page.set_content(GOOD_PAGE)
    in_temp, published = shot(page, "ar-machinery-good-page")
    assert published == tmp_path / "published" / "ar-machinery-good-page.png"
    assert published.read_bytes() == in_temp.read_bytes()
    with pytest.raises(ValueError, match="lower-case letters"):
        shot(page, "Bad Name.png")


def test_the_phone_page_is_a_small_touch_screen(phone_page, shot, monkeypatch):
    monkeypatch.delenv("MAKTAB_SCREENSHOTS", raising=False)
    measure = "() => [innerWidth, devicePixelRatio, matchMedia('(pointer: coarse)').matches]"
    phone_page.set_content(BAD_PAGE)  # no <meta name="viewport">: a phone lays it out 980 px wide
    assert phone_page.evaluate(measure) == [980, 2, True]
    phone_page.set_content(GOOD_PAGE)
    assert phone_page.evaluate(measure) == [360, 2, True]
    (path,) = shot(phone_page, "machinery-phone", full_page=False)
    with Image.open(path) as image:
        assert image.size == (720, 1480)


def test_axe_names_what_to_fix_on_a_bad_page(page):
    page.set_content(BAD_PAGE)
    violations = axe_violations(page)
    found = {v.rule: v for v in violations}
    assert {"image-alt", "label", "button-name", "html-has-lang"} <= set(found)
    assert found["image-alt"].impact == "critical" and found["image-alt"].targets == ("img",)
    assert violations[0].impact == "critical"  # worst first
    message = describe(violations, "bad form")
    assert "image-alt" in message and "at img" in message and "dequeuniversity.com" in message
    with pytest.raises(AssertionError, match="label"):
        assert_accessible(page, "bad form")


def test_axe_can_look_at_one_part_of_a_page_and_at_minor_impacts(page):
    page.set_content(BAD_PAGE)
    only_button = axe_violations(page, include="button")
    assert {v.rule for v in only_button} == {"button-name"}
    assert {v.impact for v in axe_violations(page, impacts=("moderate",))} <= {"moderate"}
    with pytest.raises(ValueError, match="impacts"):
        axe_violations(page, impacts=("severe",))


def test_axe_passes_an_accessible_right_to_left_page(page):
    page.set_content(GOOD_PAGE)
    assert axe_violations(page, impacts=("minor", "moderate", "serious", "critical")) == []
    assert_accessible(page, "good page")


class _StrictPolicyPage(http.server.BaseHTTPRequestHandler):
    """A page sent with the kind of Content-Security-Policy the back office will send."""

    body = (b"<!doctype html><html lang='en'><head><title>Strict</title></head><body><main><h1>Strict</h1>"
            b"<img src='https://cdn.example.org/logo.png'>"
            b"<script>document.title = 'inline script ran'</script></main></body></html>")

    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Security-Policy", "default-src 'self'; script-src 'self'; img-src *")
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *_args):
        pass


@pytest.fixture
def strict_policy_url():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _StrictPolicyPage)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.mark.allow_page_problems
def test_the_policy_stays_in_force_and_axe_still_runs(page, strict_policy_url):
    page.goto(strict_policy_url)
    assert page.title() == "Strict"  # the inline script was blocked, as it will be for a clerk
    assert {v.rule for v in axe_violations(page)} == {"image-alt"}
    problems = problems_of(page)
    assert problems.outside_requests == ["https://cdn.example.org/logo.png"]
    assert len(problems.csp_violations) == 1 and "script-src" in problems.csp_violations[0]
    assert "vendor it" in problems.describe()


@pytest.mark.allow_page_problems
@pytest.mark.parametrize("path", ["/docs", "/redoc"])
def test_the_api_docs_pages_need_nothing_from_outside(live_server, page, path):
    page.goto(live_server.url(path))
    assert problems_of(page).outside_requests == [], problems_of(page).describe()


def test_qt_and_the_browser_live_in_one_test(qtbot, page):
    from PySide6.QtWidgets import QLabel

    label = QLabel("…")
    qtbot.addWidget(label)
    page.set_content(GOOD_PAGE)
    label.setText(page.locator("h1").inner_text())
    qtbot.waitUntil(lambda: label.text() == "متابعة انشغال")


def test_a_page_that_reaches_off_the_machine_fails_its_test(browser, tmp_path):
    # Run in a pytest of its own: the failure comes at teardown, which a test cannot catch in itself.
    (tmp_path / "conftest.py").write_text("from tests.web.conftest import *  # noqa: F403\n")
    (tmp_path / "test_reaches_out.py").write_text(
        "def test_cdn(page):\n"
        "    page.set_content(\"<img alt='' src='https://cdn.example.org/logo.png'>\")\n")
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
                            cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(REPO)},
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "https://cdn.example.org/logo.png (not this machine): vendor it" in result.stdout


def test_one_server_can_serve_a_whole_module(module_live_server, live_server, page):
    assert module_live_server.base_url != live_server.base_url  # two processes, two databases
    page.goto(module_live_server.url("/api/v1/health"))
    assert '"status":"ok"' in page.locator("body").inner_text().replace(" ", "")
    module_live_server.store.add_office("ALG-16001", "APC Alger Centre")
    assert [o["code"] for o in module_live_server.store.offices()] == ["ALG-16001"]
    assert live_server.store.offices() == []
