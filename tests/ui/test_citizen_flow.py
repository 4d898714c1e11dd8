"""Click through the citizen kiosk like a person: language → home → service → priority → ticket."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from kiosk.domain.tickets import Priority


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose_language(qtbot, window, language: str, take_ticket_text: str) -> None:
    assert window.currentWidget() is window.language_screen
    click(qtbot, window.language_screen.buttons[language])
    qtbot.waitUntil(lambda: window.currentWidget() is window.home_screen)
    qtbot.waitUntil(lambda: window.home_screen.ticket_button.accessibleName() == take_ticket_text)


def centre_x(widget, window) -> int:
    return widget.mapTo(window, QPoint(widget.width() // 2, 0)).x()


def take_ticket(qtbot, window, service_code: str, priority: Priority):
    click(qtbot, window.home_screen.ticket_button)
    qtbot.waitUntil(lambda: window.currentWidget() is window.service_screen)
    click(qtbot, window.service_screen.tiles[service_code])
    qtbot.waitUntil(lambda: window.currentWidget() is window.priority_screen)
    click(qtbot, window.priority_screen.buttons[priority])
    qtbot.waitUntil(lambda: window.currentWidget() is window.ticket_screen)
    return window.last_issued


def test_arabic_flow_issues_and_shows_ticket_right_to_left(qtbot, make_window, office, tmp_path):
    window = make_window()
    choose_language(qtbot, window, "ar", "أخذ تذكرة")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.home_screen.layoutDirection() == Qt.LayoutDirection.RightToLeft

    click(qtbot, window.home_screen.ticket_button)
    qtbot.waitUntil(lambda: window.currentWidget() is window.service_screen)
    back = window.service_screen.header.back_button
    assert back.accessibleName() == "رجوع"
    assert centre_x(back, window) > window.width() * 3 // 4  # back sits on the right in Arabic
    service = office.services()[0]
    tile = window.service_screen.tiles[service.code]
    assert tile.name_label.text() == service.name("ar")

    click(qtbot, tile)
    qtbot.waitUntil(lambda: window.currentWidget() is window.priority_screen)
    click(qtbot, window.priority_screen.buttons[Priority.NONE])
    qtbot.waitUntil(lambda: window.currentWidget() is window.ticket_screen)

    issued = window.last_issued
    stored = office.ticket(issued.ticket.id)
    assert stored is not None and stored.service_code == service.code
    assert stored.language == "ar" and stored.priority is Priority.NONE
    assert office.waiting_count(service.code) == 1
    screen = window.ticket_screen
    assert screen.label_label.text() == stored.label
    assert screen.label_label.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert screen.service_label.text() == service.name("ar")
    assert not screen.qr_label.pixmap().isNull()
    # the receipt reaches the (png) printer, and the screen says to take it
    qtbot.waitUntil(lambda: screen.print_state == "printed", timeout=10000)
    assert screen.status_label.text() == "يرجى أخذ الوصل."
    assert list((tmp_path / "receipts").glob("*.png"))


def test_french_flow_left_to_right_with_priority(qtbot, make_window, office):
    window = make_window()
    choose_language(qtbot, window, "fr", "Prendre un ticket")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight

    click(qtbot, window.home_screen.ticket_button)
    qtbot.waitUntil(lambda: window.currentWidget() is window.service_screen)
    back = window.service_screen.header.back_button
    assert back.accessibleName() == "Retour"
    assert centre_x(back, window) < window.width() // 4  # back sits on the left in French
    click(qtbot, back)
    qtbot.waitUntil(lambda: window.currentWidget() is window.home_screen)

    service = office.services()[2]
    issued = take_ticket(qtbot, window, service.code, Priority.ELDERLY)
    stored = office.ticket(issued.ticket.id)
    assert stored.priority is Priority.ELDERLY and stored.language == "fr"
    assert window.ticket_screen.label_label.text() == stored.label
    assert window.ticket_screen.number_caption.text() == "Votre numéro"

    # a second citizen starts on the language screen and is told there is one person ahead
    click(qtbot, window.ticket_screen.done_button)
    qtbot.waitUntil(lambda: window.currentWidget() is window.language_screen)
    choose_language(qtbot, window, "fr", "Prendre un ticket")
    second = take_ticket(qtbot, window, service.code, Priority.NONE)
    assert second.people_ahead == 1
    assert window.ticket_screen.ahead_label.text() == "Personnes avant vous\u00a0: 1"
    assert office.waiting_count(service.code) == 2


def test_each_priority_reaches_the_stored_ticket(qtbot, make_window, office):
    window = make_window()
    choose_language(qtbot, window, "en", "Take a ticket")
    service = office.services()[1]
    for priority in Priority:
        issued = take_ticket(qtbot, window, service.code, priority)
        assert office.ticket(issued.ticket.id).priority is priority
        click(qtbot, window.ticket_screen.done_button)
        choose_language(qtbot, window, "en", "Take a ticket")  # the next citizen


def test_priority_back_returns_to_services_without_issuing(qtbot, make_window, office):
    window = make_window()
    choose_language(qtbot, window, "kab", "Ddem tikit")
    service = office.services()[0]
    click(qtbot, window.home_screen.ticket_button)
    click(qtbot, window.service_screen.tiles[service.code])
    qtbot.waitUntil(lambda: window.currentWidget() is window.priority_screen)
    assert service.name("kab") in window.priority_screen.service_label.text()
    click(qtbot, window.priority_screen.header.back_button)
    qtbot.waitUntil(lambda: window.currentWidget() is window.service_screen)
    assert office.waiting_count(service.code) == 0


def test_after_a_ticket_the_next_citizen_starts_on_the_language_screen_in_the_default_language(
        qtbot, make_window, office, ui_clock):
    window = make_window(ticket_screen_s=12)  # the office's default language is Arabic
    choose_language(qtbot, window, "fr", "Prendre un ticket")
    click(qtbot, window.home_screen.large_text_button)
    take_ticket(qtbot, window, office.services()[0].code, Priority.NONE)
    ui_clock.advance(seconds=11.9)
    assert window.currentWidget() is window.ticket_screen
    ui_clock.advance(seconds=0.1)
    assert window.currentWidget() is window.language_screen  # not the previous citizen's home
    assert window.session.language == "ar" and not window.session.large_text
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    choose_language(qtbot, window, "en", "Take a ticket")


def test_no_ticket_given_leaves_the_same_citizen_at_home_in_their_language(qtbot, make_window, office, ui_clock):
    window = make_window(ticket_screen_s=12)
    choose_language(qtbot, window, "fr", "Prendre un ticket")
    window.ticket_screen.show_error("service_closed")  # as when the office refuses the ticket
    window.show_screen(window.ticket_screen)
    ui_clock.advance(seconds=60)
    assert window.currentWidget() is window.home_screen
    assert window.home_screen.ticket_button.accessibleName() == "Prendre un ticket"


def test_service_tiles_show_the_current_wait(qtbot, make_window, office, ui_clock):
    window = make_window()
    choose_language(qtbot, window, "en", "Take a ticket")
    service = office.services()[0]
    for _ in range(3):
        office.issue_ticket(service.code)
    click(qtbot, window.home_screen.ticket_button)
    tile = window.service_screen.tiles[service.code]
    expected = f"≈ {office.estimated_wait(service.code)} min"
    qtbot.waitUntil(lambda: tile.detail_label.text() == expected)
    other = window.service_screen.tiles[office.services()[1].code]
    assert other.detail_label.text() == "No wait"
    # a ticket taken elsewhere (a desk, the LAN) updates the open screen, a moment later
    office.issue_ticket(service.code)
    expected = f"≈ {office.estimated_wait(service.code)} min"
    ui_clock.advance(ms=200)
    assert tile.detail_label.text() != expected  # not at once: the waits are read 250 ms after a queue change
    ui_clock.advance(ms=50)
    qtbot.waitUntil(lambda: tile.detail_label.text() == expected)


def test_all_services_have_tiles_with_icons_and_fit_the_width(qtbot, make_window, office):
    window = make_window()
    choose_language(qtbot, window, "fr", "Prendre un ticket")
    click(qtbot, window.home_screen.ticket_button)
    screen = window.service_screen
    assert set(screen.tiles) == {s.code for s in office.services()}
    viewport = screen.scroll_area.viewport()

    def inside(tile) -> bool:
        left = tile.mapTo(viewport, QPoint(0, 0)).x()
        return left >= 0 and left + tile.width() <= viewport.width()

    qtbot.waitUntil(lambda: all(inside(tile) for tile in screen.tiles.values()))  # nothing cut on the side
    for code, tile in screen.tiles.items():
        assert not tile.icon_label.pixmap().isNull()
        assert tile.accessibleName() == office.catalogue.service(code).name("fr")
        assert tile.width() >= 200 and tile.height() >= 64
    assert screen._columns >= 3


def test_double_tap_on_a_service_does_not_answer_the_priority_question(qtbot, make_window, office, ui_clock):
    window = make_window()
    window.tap_guard_ms = 400

    def wait_for_the_guard() -> None:
        ui_clock.advance(ms=400)
        assert window.accepts_taps()

    choose_language(qtbot, window, "fr", "Prendre un ticket")
    click(qtbot, window.home_screen.ticket_button)
    qtbot.waitUntil(lambda: window.currentWidget() is window.service_screen)
    no = window.priority_screen.buttons[Priority.NONE]
    # where "No" appears: look once, then come back
    wait_for_the_guard()
    click(qtbot, next(iter(window.service_screen.tiles.values())))
    qtbot.waitUntil(lambda: no.isVisible())
    no_area = no.rect().translated(no.mapToGlobal(no.rect().topLeft()))
    wait_for_the_guard()
    click(qtbot, window.priority_screen.header.back_button)
    wait_for_the_guard()
    code, tile = next((code, tile) for code, tile in window.service_screen.tiles.items()
                      if no_area.contains(tile.mapToGlobal(tile.rect().center())))
    click(qtbot, tile)
    assert window.currentWidget() is window.priority_screen
    spot = no.mapFromGlobal(tile.mapToGlobal(tile.rect().center()))
    ui_clock.advance(ms=399)
    qtbot.mouseClick(no, Qt.MouseButton.LeftButton, pos=spot)  # the second tap, same spot, within the guard
    assert not window.issuing  # swallowed: no ticket on its way
    assert window.currentWidget() is window.priority_screen and office.waiting_count(code) == 0
    wait_for_the_guard()
    qtbot.mouseClick(no, Qt.MouseButton.LeftButton, pos=spot)  # a deliberate tap
    qtbot.waitUntil(lambda: window.currentWidget() is window.ticket_screen)  # issued on the worker
    assert office.waiting_count(code) == 1


def test_quick_taps_elsewhere_are_not_taken_for_a_double_tap(qtbot, make_window, office):
    window = make_window()
    window.tap_guard_ms = 10_000
    choose_language(qtbot, window, "en", "Take a ticket")
    issued = take_ticket(qtbot, window, office.services()[0].code, Priority.DISABILITY)
    assert office.ticket(issued.ticket.id).priority is Priority.DISABILITY
