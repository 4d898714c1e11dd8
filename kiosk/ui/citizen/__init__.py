"""The citizen kiosk: one module per screen, wired together by `window.CitizenWindow`."""
