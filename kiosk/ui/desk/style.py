"""The desk's additions to the kiosk theme (`kiosk/ui/theme.py`), set on the desk window.

A clerk sits at arm's length from a PC screen, so the desk uses smaller text than the
hall kiosk but keeps every target at least 48 px high (design §7).

Thread use: GUI thread.
"""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics

from kiosk.ui.theme import COLORS, FONT_FAMILIES

DESK_TARGET_PX = 56  # buttons, fields, list rows; never under 48 (min-height in a style sheet excludes
# padding and border, hence the smaller figures below)
TICKET_PX = 88
ALERT_TEXT = "#8E1B14"  # a line past its waiting target (7.9:1 on the alert's pale red, 9:1 on white)
ALERT_BG = "#FCE8E6"
FIELD_FONT_PX = 28
FIELD_BORDER_PX, FIELD_FOCUS_BORDER_PX = 2, 4


def line_px(font_px: int) -> int:
    """How high one line of text at `font_px` is in the tallest bundled font.

    Qt sizes a field by its first family (Noto Sans), but Arabic is drawn in Noto Sans
    Arabic, whose line is half again as high: a field sized for Latin cuts Arabic."""
    heights = []
    for family in FONT_FAMILIES:
        font = QFont(family)
        font.setPixelSize(font_px)
        heights.append(QFontMetrics(font).height())
    return max(heights)


def field_style() -> str:
    """Every desk text field: as high as an Arabic line asks (at least the desk's target),
    and the same height focused or not: the thicker focus border takes its room from the
    padding, so focusing a field never asks the layout for more than it was given."""
    c = COLORS
    content = max(DESK_TARGET_PX, line_px(FIELD_FONT_PX))
    inset = FIELD_FOCUS_BORDER_PX - FIELD_BORDER_PX  # padding that the focus border replaces
    return f"""
QLineEdit {{ min-height: {content}px; font-size: {FIELD_FONT_PX}px; padding: {inset}px {12 + inset}px;
    border: {FIELD_BORDER_PX}px solid {c['border']}; border-radius: 10px; background: {c['surface']}; }}
QLineEdit:focus {{ padding: 0 12px; border: {FIELD_FOCUS_BORDER_PX}px solid {c['focus']}; }}
"""


def desk_stylesheet() -> str:
    c = COLORS
    return f"""
QLabel[role="desk-ticket"] {{ font-size: {TICKET_PX}px; font-weight: bold; color: {c['primary']}; }}
QLabel[role="desk-ticket-empty"] {{ font-size: 32px; color: {c['muted']}; }}
QLabel[role="desk-caption"] {{ font-size: 18px; color: {c['muted']}; font-weight: bold; }}
QLabel[role="desk-figure"] {{ font-size: 28px; font-weight: bold; }}
QLabel[role="desk-error"] {{ color: {c['warning_text']}; font-size: 22px; font-weight: bold; }}
QLabel[role="desk-service"] {{ font-size: 21px; }}
QLabel[role="desk-status"] {{ font-size: 22px; }}
QFrame[role="desk-badge"] {{ background: {c['warning_bg']}; border: 2px solid {c['warning_border']};
    border-radius: 12px; }}
QFrame[role="desk-badge"] QLabel {{ color: {c['warning_text']}; font-size: 22px; font-weight: bold; }}
QLabel[role="target-alert"] {{ color: {ALERT_TEXT}; background: {ALERT_BG}; border: 2px solid {ALERT_TEXT};
    border-radius: 10px; font-size: 20px; font-weight: bold; padding: 6px 10px; }}
QLabel[role="service-line"] {{ font-size: 18px; }}
QLabel[role="service-line"][alert="true"] {{ color: {ALERT_TEXT}; font-weight: bold; }}
QFrame[role="desk-statusbar"] {{ background: {c['surface']}; border-top: 2px solid #D8D4C8; }}
QFrame[role="desk-banner-ok"] {{ background: #DDEEEC; border: 3px solid {c['primary']}; border-radius: 12px; }}
QFrame[role="desk-banner-ok"] QLabel {{ color: {c['text']}; font-size: 24px; font-weight: bold; }}
QFrame[role="warning"] QLabel {{ font-size: 22px; }}
{field_style()}QPushButton {{ font-size: 24px; min-height: {DESK_TARGET_PX - 16}px; padding: 6px 16px; }}
QPushButton[role="nav"], QPushButton[role="toggle"] {{ font-size: 22px; }}
QPushButton[role="nav"][size="small"] {{ font-size: 18px; padding: 4px 12px; }}
QPushButton[role="concerns"] {{ font-size: 22px; font-weight: bold; color: {c['primary']};
    border: 3px solid {c['primary']}; border-radius: 12px; background: {c['surface']}; padding: 6px 16px; }}
QPushButton[role="concerns"]:focus {{ border: 4px solid {c['focus']}; }}
QLabel[role="sync-text"] {{ font-size: 18px; color: {c['muted']}; }}
QLabel[role="sync-dot"] {{ border-radius: 8px; background: #9A9A9A; border: 1px solid #5C5C5C; }}
QLabel[role="sync-dot"][state="online"] {{ background: #1E8E3E; }}
QLabel[role="sync-dot"][state="starting"] {{ background: #E0A100; }}
QLabel[role="sync-dot"][state="attention"] {{ background: #E0A100; }}
QLabel[role="sync-dot"][state="offline"] {{ background: #C5221F; }}
QPushButton[role="action"] {{ font-size: 24px; min-height: 52px; padding: 4px 10px; }}
QPushButton[role="action-primary"] {{ font-size: 26px; min-height: 52px; padding: 4px 10px;
    background: {c['primary']}; color: {c['primary_text']}; border: 2px solid {c['primary_pressed']}; }}
QPushButton[role="action-primary"]:pressed {{ background: {c['primary_pressed']}; }}
QPushButton[role="action-primary"]:focus {{ border: 4px solid {c['focus']}; }}
QPushButton[role="action-primary"]:disabled {{ background: #C9D6D5; color: #6B6B6B; border-color: #9A9A9A; }}
QCheckBox {{ min-height: 48px; }}
QCheckBox::indicator {{ width: 32px; height: 32px; }}
QTreeWidget, QListWidget {{ background: {c['surface']}; border: 2px solid #D8D4C8; border-radius: 10px;
    font-size: 22px; }}
QTreeWidget::item, QListWidget::item {{ min-height: {DESK_TARGET_PX}px; }}
QTreeWidget::item:selected, QListWidget::item:selected {{ background: {c['primary']}; color: {c['primary_text']}; }}
QDialog#transfer-dialog {{ background: {c['background']}; border: 3px solid {c['primary']}; }}
QHeaderView::section {{ font-size: 18px; font-weight: bold; padding: 6px; background: #ECE9E0;
    border: none; border-bottom: 2px solid #D8D4C8; }}
"""
