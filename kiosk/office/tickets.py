"""Queue tickets: issue the next one of a service, read one back, and what a citizen would wait.

`TicketsService` is the office's tickets part, built around the shared `UnitOfWork`; it
reads the catalogue part for the service and the desk part for the counters and minutes
the wait estimate needs. Each ticket is a domain rule plus its row and outbox event in
one durable transaction, shared with the tickets asked for at the same moment (group
commit: one fsync for all of them, `kiosk/office/group_commit.py`).

Thread use: any thread, under the office lock; listeners hear of a ticket after its commit.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

from kiosk.domain.call_order import NewTicket
from kiosk.domain.catalogue import Service
from kiosk.domain.clock import business_date, to_iso
from kiosk.domain.ids import public_token, uuid7
from kiosk.domain.languages import LANGUAGES
from kiosk.domain.tickets import IssuedTicket, Priority, Ticket, estimate_wait_minutes
from kiosk.office.catalogue_updates import CatalogueService
from kiosk.office.desk import DeskService
from kiosk.office.errors import Conflict, InvalidInput, NotFound, Unavailable
from kiosk.office.group_commit import GroupCommit
from kiosk.office.once import KEEP_ANSWERS, Once, Outcome, run_once
from kiosk.office.records import ticket_payload
from kiosk.office.service_controls import ServiceControlsService
from kiosk.office.unit_of_work import UnitOfWork
from kiosk.store import request_answers
from kiosk.store import tickets as ticket_rows
from kiosk.store.outbox import append_event


class TicketsService:
    def __init__(self, work: UnitOfWork, catalogue: CatalogueService, desk: DeskService,
                 controls: ServiceControlsService):
        self._work = work
        self._catalogue = catalogue
        self._desk = desk
        self._controls = controls
        self._group = GroupCommit(work)

    def issue_ticket(self, service_code: str, priority: Priority = Priority.NONE, language: str = "ar", *,
                     request_id: str | None = None, device_id: str = "") -> IssuedTicket:
        """Issue the next ticket of a service: committed durably before this returns.

        With a `request_id` (chosen by the asking device), the same request again gets the
        same ticket back, even after a crash of this process (`kiosk/office/once.py`)."""
        # Kiosks asking together share one transaction: numbers are still taken one by one
        # under the write lock, each request in its own savepoint (kiosk/office/group_commit.py).
        outcome = self._group.run(self._issue_in(service_code, priority, language, request_id, device_id))
        return self._announce(outcome)

    async def issue_ticket_async(self, service_code: str, priority: Priority = Priority.NONE, language: str = "ar",
                                 *, request_id: str | None = None, device_id: str = "") -> IssuedTicket:
        """`issue_ticket` from an event loop (the hub's route): committed by the group-commit
        writer thread, in the same groups as `issue_ticket`; returns after the commit."""
        return await self._group.run_async(self._issue_in(service_code, priority, language, request_id, device_id),
                                           self._announce)

    def close(self) -> None:
        """Before the database closes: the tickets queued by the hub are committed and answered."""
        self._group.close()

    def _issue_in(self, service_code: str, priority: Priority, language: str, request_id: str | None,
                  device_id: str) -> Callable[[sqlite3.Connection], Outcome[tuple[IssuedTicket, dict[str, Any]]]]:
        """The ticket's work inside the group's transaction (under the office lock)."""
        once = Once.key(request_id, device_id, "issue_ticket", service_code=service_code,
                        priority=str(getattr(priority, "value", priority)), language=language)
        work = self._work

        def issue_in(conn: sqlite3.Connection) -> Outcome[tuple[IssuedTicket, dict[str, Any]]]:
            now = work.clock.now()

            def issue() -> tuple[dict[str, Any], tuple[IssuedTicket, dict[str, Any]]]:
                service = self._issuable_service(service_code, language)
                # Closed, outside its hours, or today's limit reached: checked under this write
                # lock, with the number below, so two kiosks cannot both take the last ticket.
                self._controls.check_issuable(conn, service, now)
                token = public_token()
                try:
                    ticket = ticket_rows.insert_new_ticket(
                        conn, ticket_id=uuid7(), service_code=service.code, prefix=service.prefix,
                        business_date=business_date(now, work.zone), priority=Priority(priority),
                        language=language, issued_at=now, public_token=token,
                    )
                except ticket_rows.DailyLimitReached as exc:
                    raise Conflict("daily_limit", str(exc)) from None
                ahead = self._desk.people_ahead(conn, ticket)
                payload = ticket_payload(ticket)
                payload["office_code"] = work.info.code
                # The central server makes the ticket's public page from it (docs/sync-protocol.md).
                append_event(conn, "ticket.issued", now, {**payload, "public_token": token})
                wait = estimate_wait_minutes(ahead, self._desk.minutes_per_citizen(service.code),
                                             self._desk.open_counters(service.code))
                answer = {"ticket_id": ticket.id, "people_ahead": ahead, "estimated_wait_min": wait}
                return answer, (IssuedTicket(ticket, ahead, wait, token), payload)

            # A retry is answered first: the service may have closed since the ticket was issued.
            return run_once(once, conn, to_iso(now), issue)

        return issue_in

    def _announce(self, outcome: Outcome[tuple[IssuedTicket, dict[str, Any]]]) -> IssuedTicket:
        """After the commit: the issued ticket (or the one issued before for the same request), told to listeners."""
        if outcome.fresh is None:
            return self._issued_again(outcome.answer)
        issued, payload = outcome.fresh
        work = self._work
        # Without the public token: listeners include every desk and display on the LAN.
        work.publish("ticket.issued", {**payload, "people_ahead": issued.people_ahead,
                                       "estimated_wait_min": issued.estimated_wait_min})
        return issued

    def _issuable_service(self, service_code: str, language: str) -> Service:
        try:
            service = self._catalogue.current.service(service_code)
        except KeyError:
            raise NotFound("unknown_service", f"no service with code {service_code!r}") from None
        if not service.active:
            raise Unavailable("service_closed", f"service {service_code} is not open today")
        if language not in LANGUAGES:
            raise InvalidInput("bad_language", f"unsupported language {language!r}")
        return service

    def _issued_again(self, answer: dict[str, Any]) -> IssuedTicket:
        """The answer to a repeated issue request: the same ticket, as it was answered the first time."""
        with self._work.read() as conn:
            ticket = ticket_rows.get_ticket(conn, answer["ticket_id"])
            token = ticket_rows.public_token_of(conn, answer["ticket_id"])
        if ticket is None:  # only if someone deleted it by hand: say so rather than answer a ticket that is not
            raise NotFound("unknown_ticket", "the ticket issued for this request no longer exists")
        return IssuedTicket(ticket, answer["people_ahead"], answer["estimated_wait_min"], token)

    def waiting_count(self, service_code: str) -> int:
        with self._work.read() as conn:
            return ticket_rows.waiting_count(conn, service_code)

    def estimated_wait(self, service_code: str) -> int:
        """Minutes a citizen taking a regular ticket now would wait."""
        with self._work.read() as conn:
            ahead = self._desk.people_ahead(conn, NewTicket(service_code))
        return estimate_wait_minutes(ahead, self._desk.minutes_per_citizen(service_code),
                                     self._desk.open_counters(service_code))

    def ticket(self, ticket_id: str) -> Ticket | None:
        with self._work.read() as conn:
            return ticket_rows.get_ticket(conn, ticket_id)

    def forget_old_answers(self) -> int:
        """Drop the answers to request and action ids older than a day (the hub's periodic
        purge): a device retries within minutes; after a day an id means nothing."""
        cutoff = to_iso(self._work.clock.now() - KEEP_ANSWERS)
        with self._work.write() as conn:
            return request_answers.forget_before(conn, cutoff)
