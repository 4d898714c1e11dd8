"""One router per area of the back office (`routes/<area>.py`), included by `mount_web`."""
