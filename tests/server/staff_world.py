"""Three offices in two communes and one user of each role, for the back office's scope tests."""
from __future__ import annotations

import dataclasses

from sync.server import audit
from sync.server.staff import StaffUser
from sync.server.store import ServerStore

AGENT = StaffUser(1, "amina", "Amina", "agent", offices=frozenset({"ALG-1"}))
SUPERVISOR = StaffUser(2, "samir", "Samir", "supervisor", offices=frozenset({"ALG-1", "ALG-2"}),
                       communes=frozenset({"Alger"}))
ADMIN = StaffUser(3, "adel", "Adel", "admin", offices=None)
#: A supervisor of Oran: sees none of Alger's offices.
OTHER_SUPERVISOR = StaffUser(4, "omar", "Omar", "supervisor", offices=frozenset({"ORN-1"}),
                             communes=frozenset({"Oran"}))


@dataclasses.dataclass
class World:
    store: ServerStore

    def audit(self, actor: str | None = None) -> list[tuple[str, str, str]]:
        """(actor, action, target) of the audit log, oldest first."""
        rows = audit.entries(self.store.engine, limit=1000, actor=actor)
        return [(r["actor"], r["action"], r["target"]) for r in reversed(rows)]


def codes(rows) -> list[str]:
    """The codes of a list of offices, in order."""
    return [r["code"] for r in rows]


def build_world(db_url: str) -> World:
    store = ServerStore(db_url)
    store.office_admin.add(ADMIN, "ALG-1", "APC Alger Centre", commune="Alger")
    store.office_admin.add(ADMIN, "ALG-2", "APC Bab El Oued", commune="Alger")
    store.office_admin.add(ADMIN, "ORN-1", "APC Oran", commune="Oran")
    return World(store)
