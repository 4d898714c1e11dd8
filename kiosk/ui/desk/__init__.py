"""Desk mode: the counter clerk's screens (log in, open a counter, call and serve tickets,
the concerns inbox, the central server's sync indicator).

`run_desk(settings)` in `app.py` starts it; `DeskWindow` in `window.py` holds the flow.
The desk speaks only to the `Office` facade, so it works the same on a local office
and on the LAN hub's `RemoteOffice`.
"""
