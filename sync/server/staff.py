"""Who is acting in the back office, and what they may see: `StaffUser`.

Every service function of the back office (concerns, offices, figures, catalogue, audit)
takes the acting `StaffUser` and checks it there, so the web pages and the CLI share one
rule. The web resolves the user of a session (sync/server/accounts.py); the CLI acts as
`COMMAND_LINE`, an administrator. Plain data; any thread.

Roles: an *agent* works the concerns of the offices listed for them; a *supervisor* runs
the offices of their communes (assigns, edits deadlines, catalogue and announcements,
enrols and revokes devices); an *administrator* does everything, manages accounts and
reads the audit log.
"""
from __future__ import annotations

import dataclasses

AGENT = "agent"
SUPERVISOR = "supervisor"
ADMIN = "admin"


@dataclasses.dataclass(frozen=True)
class StaffUser:
    id: int
    username: str
    display_name: str
    role: str  # AGENT | SUPERVISOR | ADMIN
    language: str = "ar"
    #: The offices this user may see, resolved when the user is loaded (an agent's own
    #: offices; a supervisor's communes' offices). None: every office (administrators).
    offices: frozenset[str] | None = frozenset()
    communes: frozenset[str] = frozenset()

    @property
    def is_admin(self) -> bool:
        return self.role == ADMIN

    @property
    def is_supervisor(self) -> bool:
        """A supervisor or an administrator: may assign, configure and manage devices."""
        return self.role in (SUPERVISOR, ADMIN)

    def sees_office(self, office_code: str) -> bool:
        return self.offices is None or office_code in self.offices

    def runs_commune(self, commune: str | None) -> bool:
        return self.is_admin or (self.role == SUPERVISOR and commune is not None and commune in self.communes)


#: The `maktab-server` command line: run by whoever holds the server's database, so an administrator.
COMMAND_LINE = StaffUser(id=0, username="cli", display_name="maktab-server (command line)", role=ADMIN, offices=None)

__all__ = ["ADMIN", "AGENT", "COMMAND_LINE", "SUPERVISOR", "StaffUser"]
