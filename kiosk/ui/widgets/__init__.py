"""Widgets shared by the screens: big buttons and tiles, the screen header, icons, QR codes."""
