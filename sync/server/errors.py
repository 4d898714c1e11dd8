"""The central server's refusal: what the CLI prints and the HTTP app answers as an error body."""
from __future__ import annotations


class Refused(Exception):
    """A request the server refuses; `message` is for the person who can fix it."""

    def __init__(self, message: str, code: str, http_status: int):
        super().__init__(message)
        self.message = message
        self.code = code
        self.http_status = http_status


__all__ = ["Refused"]
