"""What the technician reads when enrolment or the settings go wrong: the real `maktab-sync`
in a subprocess, against a real Maktab server, a plain web server answering HTML, a closed
port and a name that does not resolve. Each message says what was tried, what came back and
what to do — in one line, without a traceback."""
from __future__ import annotations

import http.server
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.sync.conftest import free_port

REPO = Path(__file__).resolve().parents[2]
EXIT_USAGE, EXIT_FAILED, EXIT_UNREACHABLE = 2, 1, 3
GOOD_SHAPE = "K7QD-3MXA-9PTF-W2HE"  # a well-formed code the server never issued


def maktab_sync(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("MAKTAB_CONFIG", "MAKTAB_DATA_DIR")}
    env["PYTHONPATH"] = str(REPO)
    return subprocess.run([sys.executable, "-m", "kiosk.sync_cli", "--data-dir", str(tmp_path / "office"), *args],
                          capture_output=True, text=True, timeout=120, env=env, check=False)


def enroll(tmp_path: Path, server: str, code: str = GOOD_SHAPE) -> subprocess.CompletedProcess:
    return maktab_sync(tmp_path, "enroll", "--server", server, "--code", code, "--name", "kiosk-1")


def one_line(result: subprocess.CompletedProcess) -> str:
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    data_dir = Path(result.args[result.args.index("--data-dir") + 1])
    assert not (data_dir / "sync.json").exists()  # nothing was saved as an enrolment
    return lines[0]


@pytest.fixture
def web_page():
    """A plain web server on 127.0.0.1 (not Maktab) answering every GET with `status` and an HTML page."""
    answer = {"status": 200, "page": "<html><head><title>Portail</title></head><body><h1>Welcome to the "
                                     "Free Wi-Fi</h1><p>Accept the terms to continue</p></body></html>"}

    class Page(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # the name http.server calls
            body = answer["page"].encode()
            self.send_response(answer["status"])
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Page)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", answer
    server.shutdown()
    server.server_close()
    thread.join(5)


def test_a_closed_port_says_nothing_listens_there(tmp_path):
    url = f"http://127.0.0.1:{free_port()}"
    result = enroll(tmp_path, url)
    assert result.returncode == EXIT_UNREACHABLE
    line = one_line(result)
    assert url in line and "connection refused" in line
    assert "that maktab-server runs there" in line and "The enrolment code was not sent." in line
    assert "events stay" not in line.lower()  # enrolment queues nothing


def test_a_name_that_does_not_resolve_says_dns(tmp_path):
    result = enroll(tmp_path, "https://maktab.invalid")
    assert result.returncode == EXIT_UNREACHABLE
    line = one_line(result)
    assert "https://maktab.invalid" in line and "'maktab.invalid' was not found (DNS)" in line
    assert "Check the spelling of the server address" in line


def test_an_html_page_is_not_taken_for_the_server(tmp_path, web_page):
    url, _ = web_page
    result = enroll(tmp_path, url)
    assert result.returncode == EXIT_UNREACHABLE
    line = one_line(result)
    assert f"{url}/api/v1/health" in line and "status 200" in line and "text/html" in line
    assert '"Portail Welcome to the Free Wi-Fi Accept the terms to continue"' in line  # what came back
    assert "captive portal" in line and "check the server URL" in line


def test_a_404_page_says_no_maktab_server_answers_there(tmp_path, web_page):
    url, answer = web_page
    answer.update(status=404, page="<html><body><h1>404 Not Found</h1><p>nginx</p></body></html>")
    result = enroll(tmp_path, url)
    assert result.returncode == EXIT_FAILED
    line = one_line(result)
    assert f"no Maktab server answers at {url}" in line and "answered 404" in line and '"404 Not Found nginx"' in line
    assert "Check the server URL" in line and "without /api/" in line


@pytest.mark.parametrize("server_db_url", ["sqlite"], indirect=True)
def test_an_extra_path_after_the_real_server_address_is_said(tmp_path, server):
    result = enroll(tmp_path, server.base_url + "/maktab")
    assert result.returncode == EXIT_FAILED
    line = one_line(result)
    assert f"no Maktab server answers at {server.base_url}/maktab" in line and "answered 404" in line


@pytest.mark.parametrize("typed, says", [
    ("K7QD-3MXA-9PTF-W2H0", "contains '0', which never appears in a code"),
    ("K7QD-3MXA-9PTF-W2HEL", "contains 'L', which never appears"),
    ("K7QD-3MXA-9PTF-W2", "has 14 letters and digits; a code has 16"),
])
def test_a_mistyped_code_is_named_before_anything_is_sent(tmp_path, typed, says):
    url = f"http://127.0.0.1:{free_port()}"  # nothing listens: the code is refused before any request
    result = enroll(tmp_path, url, typed)
    assert result.returncode == EXIT_USAGE
    line = one_line(result)
    assert repr(typed) in line and says in line and "Nothing was sent." in line


@pytest.mark.parametrize("server_db_url", ["sqlite"], indirect=True)
def test_a_code_the_server_does_not_know_says_what_to_do(tmp_path, server):
    server.store.add_office("TST", "APC Test")
    result = enroll(tmp_path, server.base_url, GOOD_SHAPE.lower().replace("-", " "))
    assert result.returncode == EXIT_FAILED
    line = one_line(result)
    assert server.base_url in line and "did not accept the enrolment code" in line
    assert "mistyped, already used or expired" in line and "maktab-server enroll-code" in line
    code, _ = server.store.new_enroll_code("TST")
    assert enroll(tmp_path, server.base_url, code.lower()).returncode == 0  # typed in lower case: fine


def test_every_wrong_setting_is_listed_at_once(tmp_path):
    config = tmp_path / "maktab.toml"
    config.write_text('[office]\ncode = "bmd-01"\ntimezone = "Mars/Base"\n[kiosk]\nidle_timeout_s = "soon"\n'
                      '[printer]\nspeed = 3\nwidth_dots = 570\n[hub]\nport = 0\n', encoding="utf-8")
    result = maktab_sync(tmp_path, "--config", str(config), "status")
    assert result.returncode == EXIT_USAGE and "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines[0] == f"maktab-sync: configuration error: 6 problems in {config}:"
    expected = [
        "  office.code: expected 2–8 capital letters or digits (e.g. \"BMD\"), got 'bmd-01'",
        "  office.timezone: expected an IANA time zone such as \"Africa/Algiers\", got 'Mars/Base'",
        "  kiosk.idle_timeout_s: expected a whole number from 10 to 3600, got 'soon'",
        "  printer.speed: unknown setting; known settings are ['printer.profile', ",
        "  printer.width_dots: expected a multiple of 8 (576 for 80 mm, 384 for 58 mm), got 570",
        "  hub.port: expected a whole number from 1 to 65535, got 0",
    ]
    assert len(lines) == 1 + len(expected)
    for line, start in zip(lines[1:], expected):
        assert line.startswith(start), line
