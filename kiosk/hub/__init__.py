"""The office hub's LAN API (server.py) and its client (client.py), same `Office` facade.

Qt-free: the hub runs headless (`python -m kiosk.hub serve`). See docs/lan-api.md.
"""
