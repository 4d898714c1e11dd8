"""Citizens' concerns at the kiosk: register one, follow one up (one module per screen).

    flow = ConcernFlow(office, settings, printer)      # printer: (RegisteredConcern, language) -> None
    flow.start_register("ar") / flow.start_follow_up("fr")
    flow.finished → back to the kiosk home; flow.activity → restart the window's idle timer

Thread use: GUI thread.
"""
from kiosk.ui.citizen.concerns.flow import ConcernFlow

__all__ = ["ConcernFlow"]
