"""A refusal about one field of a form: `InvalidField`, and the `N_` marker for its words.

Service functions (accounts, concerns, …) raise
`InvalidField(field, N_("… {name} …"), {"name": …}, code="invalid_request", http_status=422)`.
The command line prints `message` ("field: text" in English); the web pages show the
translated `template` next to the field named `field` (sync/server/web/forms.py). `N_`
only marks the English template so Babel's extractor finds it (tests/server/test_web_i18n.py
checks that every marked string is translated). Plain data; any thread.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sync.server.errors import Refused


def N_(message: str) -> str:
    """Mark `message` for translation without translating it (gettext's noop convention)."""
    return message


class InvalidField(Refused):
    """`field` holds a value the service refuses; `template.format(**self.params)` says what to do."""

    def __init__(self, field: str, template: str, params: Mapping[str, Any] | None = None, *,
                 code: str = "invalid_request", http_status: int = 422):
        self.field = field
        self.template = template
        self.params = dict(params or {})
        super().__init__(f"{field}: {template.format(**self.params)}", code, http_status)


__all__ = ["N_", "InvalidField"]
