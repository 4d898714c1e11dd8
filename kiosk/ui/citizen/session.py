"""What the kiosk knows about the citizen in front of it — and forgets on idle.

Plain data shared by the citizen screens (given to each in its constructor).

Thread use: GUI thread.
"""
from __future__ import annotations

import dataclasses

from kiosk.domain.tickets import Priority


@dataclasses.dataclass
class CitizenSession:
    language: str
    service_code: str | None = None
    priority: Priority = Priority.NONE
    large_text: bool = False

    def reset(self, language: str) -> None:
        """A new citizen: default language, nothing chosen (privacy on idle)."""
        self.language = language
        self.service_code = None
        self.priority = Priority.NONE
        self.large_text = False
