"""What the QR codes carry, with and without the server's public address, and the code in a scan."""
from __future__ import annotations

import pytest

from kiosk.domain.qr_payloads import MAX_SCANNED_CHARS, code_from_scan, concern_qr_payload, ticket_qr_payload
from sync.protocol import MAX_PUBLIC_URL_LENGTH

URL = "https://maktab.example.dz/pub"


def test_with_a_public_url_the_codes_are_the_pages():
    assert ticket_qr_payload("TST", "01J", "A-042", URL, "Ab-_9xYz0123QwEr") == f"{URL}/t/Ab-_9xYz0123QwEr"
    assert concern_qr_payload("TST-7K3Q-9XA4", URL) == f"{URL}/c/TST-7K3Q-9XA4"
    assert concern_qr_payload("TST-7K3Q-9XA4", URL + "/") == f"{URL}/c/TST-7K3Q-9XA4"


def test_without_one_they_are_as_before():
    assert ticket_qr_payload("TST", "01J", "A-042") == "MAKTAB:T:TST:01J:A-042"
    assert ticket_qr_payload("TST", "01J", "A-042", URL, None) == "MAKTAB:T:TST:01J:A-042"
    assert concern_qr_payload("TST-7K3Q-9XA4") == "MAKTAB:C:TST-7K3Q-9XA4"


@pytest.mark.parametrize(("scanned", "code"), [
    ("TST-7K3Q-9XA4", "TST-7K3Q-9XA4"),
    ("  tst 7k3q 9xa4 ", "tst 7k3q 9xa4"),  # typed by hand: the code's own rules tidy it up
    ("MAKTAB:C:TST-7K3Q-9XA4", "TST-7K3Q-9XA4"),
    ("maktab:c:TST-7K3Q-9XA4\n", "TST-7K3Q-9XA4"),
    (f"{URL}/c/TST-7K3Q-9XA4", "TST-7K3Q-9XA4"),
    (f"{URL}/c/TST-7K3Q-9XA4/", "TST-7K3Q-9XA4"),
    (f"{URL}/C/TST-7K3Q-9XA4".upper(), "TST-7K3Q-9XA4"),  # the follow-up screen capitalises
    ("https://m.example.dz/c/TST%2D7K3Q%2D9XA4", "TST-7K3Q-9XA4"),
])
def test_the_code_in_a_scan(scanned, code):
    assert code_from_scan(scanned) == code


@pytest.mark.parametrize("scanned", [f"{URL}/t/Ab-_9xYz0123QwEr", "https://m.example.dz/cx/TST-7K3Q-9XA4"])
def test_other_addresses_are_left_for_the_code_check_to_refuse(scanned):
    assert code_from_scan(scanned) == scanned


def test_the_longest_concern_address_fits_the_scan_field():
    longest = "https://" + "m" * (MAX_PUBLIC_URL_LENGTH - 8) + "/c/" + "ABCDEFGH-7K3Q-9XA4"
    assert len(longest) <= MAX_SCANNED_CHARS
