"""What the receipts' QR codes carry, and the tracking code in what a hand scanner types.

With the central server's public address (`public_url`, from the last pull), a QR code is
the address of a public page a citizen's phone opens:

    ticket   {public_url}/t/{public_token}     the live ticket page
    concern  {public_url}/c/{code}             the concern page

Without it, receipts stay as they were before those pages existed: `MAKTAB:T:…` and
`MAKTAB:C:<code>`, read by the kiosk's own hand scanner. The follow-up screen accepts a
scanned concern QR code of either form, or the code typed by hand (`code_from_scan`).

Pure; any thread.
"""
from __future__ import annotations

from urllib.parse import quote, unquote, urlsplit

#: The longest scan the follow-up screen takes: a concern page's address (public_url, at most 100
#: characters as sync.protocol checks it, then "/c/" and a code) with room to spare.
MAX_SCANNED_CHARS = 160

TICKET_PREFIX = "MAKTAB:T:"
CONCERN_PREFIX = "MAKTAB:C:"
TICKET_PATH = "/t/"
CONCERN_PATH = "/c/"


def ticket_qr_payload(office_code: str, ticket_id: str, label: str, public_url: str | None = None,
                      public_token: str | None = None) -> str:
    """The ticket's page when the office has a public address and the ticket a token; else
    what a desk or the kiosk's scanner reads (`MAKTAB:T:<office>:<ticket id>:<label>`)."""
    if public_url and public_token:
        return f"{public_url.rstrip('/')}{TICKET_PATH}{quote(public_token, safe='')}"
    return f"{TICKET_PREFIX}{office_code}:{ticket_id}:{label}"


def concern_qr_payload(code: str, public_url: str | None = None) -> str:
    """The concern's page when the office has a public address, else `MAKTAB:C:<code>`."""
    if public_url:
        return f"{public_url.rstrip('/')}{CONCERN_PATH}{quote(code, safe='')}"
    return f"{CONCERN_PREFIX}{code}"


def code_from_scan(text: str) -> str:
    """The tracking code in what was typed or scanned: the receipt's QR code as a hand scanner
    types it (`MAKTAB:C:BMD-7K3Q-9XA4`, or an address ending in `/c/BMD-7K3Q-9XA4`), or
    the code a person typed. The code itself is checked afterwards (its check character)."""
    text = (text or "").strip()
    if text.upper().startswith(CONCERN_PREFIX):
        return text[len(CONCERN_PREFIX):].strip()
    if text.lower().startswith(("http://", "https://")):
        path = urlsplit(text).path.rstrip("/")
        head, slash, last = path.rpartition("/")
        if slash and head.lower().endswith("/c"):  # the follow-up screen capitalises what is typed
            return unquote(last).strip()
    return text
