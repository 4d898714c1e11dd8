"""The catalogue and announcement pages through a real server, for each role: what is shown, what is
sent (the same update as `maktab-server catalogue set` / `announce`), and the errors next to the fields."""
from __future__ import annotations

import html
import json
import re

import pytest
from sqlalchemy import select

from sync.server import db as D
from sync.server.staff import COMMAND_LINE
from tests.server.conftest import Browser


def logged_in(browser, username: str) -> Browser:
    person = browser()
    assert person.login(username).status_code == 303
    return person


def last_update(store) -> tuple[str | None, str, dict] | None:
    u = D.updates.c
    with store.engine.connect() as conn:
        row = conn.execute(select(u.office_code, u.kind, u.data).order_by(u.cursor.desc()).limit(1)).first()
    return None if row is None else (row.office_code, row.kind, json.loads(row.data))


def field_error(page: str, field: str) -> str:
    found = re.search(rf'<p class="error" id="f-{field}-error">([^<]*)</p>', page)
    return html.unescape(found.group(1)) if found else ""


@pytest.mark.parametrize("path", ["/catalogue", "/announcements", "/catalogue/service?office=ALG-1&code=EC-N12"])
def test_an_agent_may_not_open_the_catalogue_nor_the_announcements(web, browser, path):
    assert logged_in(browser, "agent").get(path).status_code == 403


@pytest.mark.parametrize("path", ["/catalogue?office=ORN-1", "/announcements?office=ORN-1",
                                  "/catalogue/service?office=ORN-1&code=EC-N12", "/catalogue?office=NOPE-1"])
def test_another_communes_office_is_not_found(web, browser, path):
    assert logged_in(browser, "sup").get(path).status_code == 404


def test_posts_for_an_office_out_of_sight_are_not_found_and_every_office_is_for_administrators(web, browser):
    sup = logged_in(browser, "sup")
    sup.get("/catalogue?office=ALG-1")
    assert sup.post("/catalogue/service", {"office": "ORN-1", "code": "EC-N12", "minutes": "5"}).status_code == 404
    assert sup.post("/announcements", {"office": "ORN-1", "text_fr": "Bonjour"}).status_code == 404
    assert sup.post("/catalogue/service", {"office": "*", "code": "EC-N12", "minutes": "5"}).status_code == 403
    assert sup.post("/announcements", {"office": "*", "text_fr": "Bonjour"}).status_code == 403
    agent = logged_in(browser, "agent")
    agent.get("/")
    assert agent.post("/announcements", {"office": "ALG-1", "text_fr": "Bonjour"}).status_code == 403
    assert last_update(web.store) is None  # nothing was sent


def test_a_service_edited_in_the_browser_sends_what_the_command_line_sends(web, browser):
    sup = logged_in(browser, "sup")
    form = sup.get("/catalogue/service?office=ALG-1&code=EC-N12").text
    assert 'dir="rtl" lang="ar"' in form and 'id="f-name_fr"' in form
    assert ">العربية</button>" in form and ">English</button>" in form  # the header's language switch is whole
    answer = sup.post("/catalogue/service", {"office": "ALG-1", "code": "EC-N12", "name_fr": " Naissance ",
                                             "name_ar": "ميلاد", "minutes": "7,5", "active": "no"})
    assert (answer.status_code, answer.headers["location"]) == (303, "/catalogue?office=ALG-1&saved=EC-N12")
    from_the_web = last_update(web.store)
    web.store.catalogue_admin.set_catalogue_service(COMMAND_LINE, "EC-N12", "ALG-1", active=False, minutes=7.5,
                                                    names={"fr": "Naissance", "ar": "ميلاد"})
    assert from_the_web == last_update(web.store)
    assert from_the_web == ("ALG-1", "catalogue.service", {"code": "EC-N12", "active": False, "minutes": 7.5,
                                                            "names": {"ar": "ميلاد", "fr": "Naissance"}})
    page = sup.get("/catalogue?office=ALG-1&saved=EC-N12").text
    assert "EC-N12" in page and "Naissance" in page and "est envoyé" in page


def test_only_what_changed_is_sent(web, browser):
    web.store.catalogue_admin.set_catalogue_service(COMMAND_LINE, "EC-N12", "ALG-1", active=True, minutes=5,
                                                    names={"fr": "Naissance"})
    sup = logged_in(browser, "sup")
    form = sup.get("/catalogue/service?office=ALG-1&code=EC-N12").text
    assert 'value="Naissance"' in form and 'value="5"' in form  # the form starts from what is known
    sup.post("/catalogue/service", {"office": "ALG-1", "code": "EC-N12", "name_fr": "Naissance", "minutes": "5",
                                    "active": "yes", "name_en": "Birth certificate"})
    assert last_update(web.store)[2] == {"code": "EC-N12", "names": {"en": "Birth certificate"}}


def test_bad_values_are_said_next_to_their_field_in_the_users_language_and_kept(web, browser):
    sup = logged_in(browser, "sup")  # French
    sup.get("/catalogue/service?office=ALG-1&code=EC-N12")
    refused = sup.post("/catalogue/service", {"office": "ALG-1", "code": "EC-N12", "minutes": "300",
                                              "name_fr": "Naissance"})
    assert refused.status_code == 422
    assert field_error(refused.text, "minutes") == \
        "les minutes par citoyen doivent être plus de 0 et au plus 240, ici 300"
    assert 'value="Naissance"' in refused.text and 'value="300"' in refused.text
    not_a_number = sup.post("/catalogue/service", {"office": "ALG-1", "code": "EC-N12", "minutes": "cinq"})
    assert field_error(not_a_number.text, "minutes").startswith("écrivez un nombre de minutes")
    bad_code = sup.post("/catalogue/service", {"office": "ALG-1", "code": "état civil", "minutes": "5"})
    assert "n'est pas valide" in field_error(bad_code.text, "code")
    nothing = sup.post("/catalogue/service", {"office": "ALG-1", "code": "EC-N12"})
    assert nothing.status_code == 422 and "rien à changer pour le service EC-N12" in nothing.text
    long_name = sup.post("/catalogue/service", {"office": "ALG-1", "code": "EC-N12", "name_ar": "م" * 121})
    assert field_error(long_name.text, "name_ar") == "le nom en ar doit avoir de 1 à 120 caractères"


def test_an_administrator_changes_every_office_at_once(web, browser):
    admin = logged_in(browser, "admin")
    assert 'value="*"' in admin.get("/catalogue").text  # "every office" is offered
    admin.post("/catalogue/service", {"office": "*", "code": "EC-N12", "active": "no"})
    assert last_update(web.store) == (None, "catalogue.service", {"code": "EC-N12", "active": False})
    assert "EC-N12" in admin.get("/catalogue?office=*").text
    assert 'value="*"' not in logged_in(browser, "sup").get("/catalogue").text


def test_an_announcement_is_sent_shown_as_current_and_written_in_each_languages_direction(web, browser):
    sup = logged_in(browser, "sup")
    page = sup.get("/announcements?office=ALG-1").text
    assert ">العربية</button>" in page and ">Taqbaylit</button>" in page
    assert re.search(r'<textarea id="f-text_ar"[^>]* dir="rtl" lang="ar"', page)
    assert re.search(r'<textarea id="f-text_fr"[^>]* dir="ltr" lang="fr"', page)
    answer = sup.post("/announcements", {"office": "ALG-1", "text_ar": "المكتب مغلق يوم الخميس",
                                         "text_fr": "Le bureau est fermé jeudi", "text_kab": "", "text_en": ""})
    assert (answer.status_code, answer.headers["location"]) == (303, "/announcements?office=ALG-1&saved=1")
    office, kind, data = last_update(web.store)
    assert (office, kind, data["texts"]) == ("ALG-1", "announcement", {"ar": "المكتب مغلق يوم الخميس",
                                                                        "fr": "Le bureau est fermé jeudi"})
    shown = sup.get("/announcements?office=ALG-1&saved=1").text
    assert "Affichée maintenant" in shown and "Le bureau est fermé jeudi" in shown
    assert web.store.catalogue_admin.announcements(COMMAND_LINE, "ALG-1")[0]["current"]


def test_an_announcement_without_text_is_refused_next_to_the_texts(web, browser):
    sup = logged_in(browser, "sup")
    sup.get("/announcements?office=ALG-2")
    refused = sup.post("/announcements", {"office": "ALG-2", "text_ar": "  ", "text_fr": ""})
    assert refused.status_code == 422
    assert field_error(refused.text, "texts").startswith("l'annonce n'a pas de texte")
    too_long = sup.post("/announcements", {"office": "ALG-2", "text_fr": "x" * 501})
    assert field_error(too_long.text, "text_fr") == "500 caractères au plus, ici 501"
    assert "x" * 501 in too_long.text  # kept


def test_an_administrator_announces_to_every_office(web, browser):
    admin = logged_in(browser, "admin")
    admin.get("/announcements?office=*")
    admin.post("/announcements", {"office": "*", "text_en": "Closed on 1 November"})
    assert last_update(web.store)[:2] == (None, "announcement")
    assert "Closed on 1 November" in admin.get("/announcements?office=ORN-1").text
