"""The home page `/`: the areas the user's role may open and today's counters."""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request

from sync.server.staff import StaffUser
from sync.server.web.security import require_user
from sync.server.web.templating import render

router = APIRouter()


def home_counters(store: Any, user: StaffUser) -> list[dict[str, Any]]:
    """The counters at the top of the home page: [{"label": N_("Open"), "value": 12, "path": "/concerns?…"}].

    The concerns area fills this from its service (open, overdue, assigned to me), scoped to `user`."""
    counters = getattr(store.concerns, "home_counters", None)
    return list(counters(user)) if counters else []


@router.get("/")
def home(request: Request, user: StaffUser = Depends(require_user)):
    return render(request, "home/index.html", {"counters": home_counters(request.app.state.store, user)})
