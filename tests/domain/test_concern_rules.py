"""Concern rules: text cleaning and refusals, phone numbers, a whole draft, statuses."""
from __future__ import annotations

import unicodedata

import pytest

from kiosk.domain.concerns import (
    MAX_TEXT_CHARS,
    TRANSITIONS,
    Concern,
    ConcernDraft,
    ConcernError,
    ConcernStatus,
    Contact,
    FieldProblem,
    HistoryEntry,
    HistoryKind,
    InvalidConcern,
    check_transition,
    clean_line,
    clean_text,
    mask_phone,
    normalize_phone,
    public_view,
    remaining_chars,
    validate_draft,
)

CATEGORIES = ("roads", "water", "lighting", "waste", "civil_status", "building_permits", "social", "other")
ARABIC = "الإنارة العمومية معطلة في شارع الاستقلال منذ أسبوع"


def problem_code(fn, *args, **kwargs) -> str:
    with pytest.raises(FieldProblem) as caught:
        fn(*args, **kwargs)
    return caught.value.code


# ---- text ----------------------------------------------------------------------------


def test_text_is_trimmed_and_nfc_normalized():
    decomposed = unicodedata.normalize("NFD", "  La route près de l'école est abîmée  \r\n")
    assert decomposed != unicodedata.normalize("NFC", decomposed)
    assert clean_text(decomposed) == "La route près de l'école est abîmée"


def test_line_breaks_are_kept_but_runs_of_blank_lines_are_shortened():
    assert clean_text("Première ligne  \r\n\r\n\r\n\r\nDeuxième ligne") == "Première ligne\n\nDeuxième ligne"


@pytest.mark.parametrize("text", ["", "   ", "\n\n", None])
def test_text_is_required(text):
    assert problem_code(clean_text, text) == "text_required"


def test_text_needs_ten_visible_characters():
    assert problem_code(clean_text, "trou  rue") == "text_too_short"  # 7 visible
    # combining marks (Arabic harakat) do not count as characters one sees
    assert problem_code(clean_text, "مَـــاءْ") == "text_too_short"
    assert clean_text("trou rue 123") == "trou rue 123"
    assert clean_text(ARABIC) == ARABIC


def test_text_is_at_most_1000_characters():
    assert clean_text("a" * MAX_TEXT_CHARS) == "a" * MAX_TEXT_CHARS
    assert problem_code(clean_text, "a" * (MAX_TEXT_CHARS + 1)) == "text_too_long"
    # blanks around do not count against the limit
    assert clean_text("  " + "a" * MAX_TEXT_CHARS + "\n") == "a" * MAX_TEXT_CHARS


def test_remaining_chars_counts_what_will_be_stored():
    assert remaining_chars("") == 1000
    assert remaining_chars("  abc  ") == 997
    assert remaining_chars("ب" * 1003) == -3
    assert remaining_chars(unicodedata.normalize("NFD", "é" * 10)) == 990


@pytest.mark.parametrize("char", ["\x00", "\x07", "\t", "\x1b", "\x7f", "\x80", "\x9b"])
def test_control_characters_are_refused(char):
    assert problem_code(clean_text, f"La route est abîmée{char} ici") == "control_char"


@pytest.mark.parametrize("char", ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068",
                                  "\u2069"])
def test_bidi_overrides_embeddings_and_isolates_are_refused(char):
    assert problem_code(clean_text, f"Route {char}abîmée près de l'école") == "bidi_control"


def test_plain_direction_marks_are_allowed():
    text = "الطريق رقم\u200f 12 \u200eN5 مقطوع\u061c"
    assert clean_text(text) == text


def test_lone_surrogates_are_refused():
    assert problem_code(clean_text, "La route est abîmée \ud800 ici") == "invalid_char"


def test_one_line_fields():
    assert clean_line("  Cité   des 200\nlogements ", field="place", max_chars=120) == "Cité des 200 logements"
    assert clean_line("   ", field="place", max_chars=120) is None
    assert clean_line(None, field="place", max_chars=120) is None
    assert problem_code(clean_line, "x" * 121, field="place", max_chars=120) == "place_too_long"
    assert problem_code(clean_line, "Ali\x00", field="contact.name", max_chars=80) == "control_char"
    assert problem_code(clean_line, "\u202eilA", field="contact.name", max_chars=80) == "bidi_control"
    assert problem_code(clean_line, "n" * 81, field="contact.name", max_chars=80) == "name_too_long"


def test_tifinagh_and_kabyle_latin_are_ordinary_text():
    assert clean_text("ⴰⴱⵔⵉⴷ ⵢⴻⵔⵥⴻⴷ ⴷⴻⴳ ⵜⴰⵙⴷⴰⵡⵉⵜ") == "ⴰⴱⵔⵉⴷ ⵢⴻⵔⵥⴻⴷ ⴷⴻⴳ ⵜⴰⵙⴷⴰⵡⵉⵜ"
    assert clean_text("Abrid yerẓeg deg taddart") == "Abrid yerẓeg deg taddart"


# ---- phone numbers ---------------------------------------------------------------------


@pytest.mark.parametrize("typed, e164", [
    ("0661234542", "+213661234542"),
    ("06 61 23 45 42", "+213661234542"),
    ("0561-23-45-42", "+213561234542"),
    ("0770.12.34.56", "+213770123456"),
    ("+213 661 23 45 42", "+213661234542"),
    ("+213661234542", "+213661234542"),
    ("00213661234542", "+213661234542"),
    ("+213 (0)6 61 23 45 42", "+213661234542"),
    ("٠٦٦١٢٣٤٥٤٢", "+213661234542"),
    ("021 12 34 42", "+21321123442"),
    ("+213 21 12 34 42", "+21321123442"),
    ("038 86 12 34", "+21338861234"),
])
def test_algerian_numbers_are_normalized_to_e164(typed, e164):
    assert normalize_phone(typed) == e164


@pytest.mark.parametrize("typed", [
    "066123454",      # mobile missing a digit
    "06612345421",    # one digit too many
    "0861234542",     # 10 digits not starting 05/06/07
    "661234542",      # no leading 0 or +213
    "+33612345678",   # not Algerian
    "+2136612345",    # too short after +213
    "+213 6612345421",
    "06612a4542",
    "056123454",      # a 9-digit 05… is a mobile with a digit missing, not a fixed line
    "000000000",
    "+",
])
def test_invalid_numbers_are_refused(typed):
    assert problem_code(normalize_phone, typed) == "phone_invalid"


def test_an_empty_number_is_missing_not_invalid():
    assert problem_code(normalize_phone, "  ") == "phone_required"


def test_masked_phone_never_shows_the_whole_number():
    assert mask_phone("+213661234542") == "+213 6•• •• •• 42"
    assert mask_phone("+21321123442") == "+213 2• •• •• 42"
    for number in ("+213661234542", "+21321123442"):
        digits = [c for c in mask_phone(number) if c.isdigit()]
        assert len(digits) == 3 + 3  # 213, the first digit, the last two


# ---- a whole draft -------------------------------------------------------------------------


def draft(**changes) -> ConcernDraft:
    values = dict(category="lighting", text=ARABIC, language="ar")
    values.update(changes)
    return ConcernDraft(**values)


def test_an_anonymous_draft_is_valid():
    clean = validate_draft(draft(place="  حي 200 مسكن "), CATEGORIES)
    assert clean.contact is None and clean.consent is False and clean.place == "حي 200 مسكن"


def test_contact_with_consent_is_normalized():
    clean = validate_draft(draft(contact=Contact(" Amine  Benali ", "0661 23 45 42"), consent=True), CATEGORIES)
    assert clean.contact == Contact("Amine Benali", "+213661234542") and clean.consent


def test_contact_without_consent_is_refused():
    with pytest.raises(InvalidConcern) as caught:
        validate_draft(draft(contact=Contact("Amine", "0661234542")), CATEGORIES)
    assert [p.code for p in caught.value.problems] == ["consent_required"]


def test_a_name_alone_is_not_kept():
    with pytest.raises(InvalidConcern) as caught:
        validate_draft(draft(contact=Contact("Amine", ""), consent=True), CATEGORIES)
    assert [p.code for p in caught.value.problems] == ["phone_required"]


def test_an_empty_contact_is_anonymous_and_consent_alone_keeps_nothing():
    clean = validate_draft(draft(contact=Contact(" ", ""), consent=True), CATEGORIES)
    assert clean.contact is None and clean.consent is False


def test_every_problem_is_reported_at_once():
    bad = ConcernDraft("potholes", "court", "de", place="p" * 200, contact=Contact("A\x01", "123"))
    with pytest.raises(InvalidConcern) as caught:
        validate_draft(bad, CATEGORIES)
    assert [(p.field, p.code) for p in caught.value.problems] == [
        ("category", "unknown_category"),
        ("language", "bad_language"),
        ("text", "text_too_short"),
        ("place", "place_too_long"),
        ("contact.name", "control_char"),
        ("contact.phone", "phone_invalid"),
        ("consent", "consent_required"),
    ]
    assert caught.value.code == "unknown_category"
    assert "text: " in str(caught.value)  # the English message names the field for the log


# ---- statuses ----------------------------------------------------------------------------


def test_status_transitions():
    R, P, A, C, X = (ConcernStatus.RECEIVED, ConcernStatus.IN_PROGRESS, ConcernStatus.ANSWERED,
                     ConcernStatus.CLOSED, ConcernStatus.REJECTED)
    assert TRANSITIONS[R] == {P, A, C, X}
    assert TRANSITIONS[P] == {A, C, X}
    assert TRANSITIONS[A] == {C, P}
    assert C.is_final and X.is_final and not R.is_final
    assert check_transition(R, P, None) is None
    for current, new in [(P, R), (C, P), (X, A), (A, A), (R, R)]:
        with pytest.raises(ConcernError) as caught:
            check_transition(current, new, "ok")
        assert caught.value.code == "bad_transition"


def test_a_rejection_needs_a_reason():
    with pytest.raises(ConcernError) as caught:
        check_transition(ConcernStatus.RECEIVED, ConcernStatus.REJECTED, "   ")
    assert caught.value.code == "reason_required"
    assert check_transition("received", "rejected", " Hors compétence de la commune ") == \
        "Hors compétence de la commune"


def test_an_answer_needs_its_text_now_or_before():
    with pytest.raises(ConcernError) as caught:
        check_transition(ConcernStatus.IN_PROGRESS, ConcernStatus.ANSWERED, None)
    assert caught.value.code == "answer_required"
    assert check_transition(ConcernStatus.IN_PROGRESS, ConcernStatus.ANSWERED, None, has_public_answer=True) is None


def test_a_reason_follows_the_text_rules():
    with pytest.raises(ConcernError) as caught:
        check_transition(ConcernStatus.RECEIVED, ConcernStatus.REJECTED, "\u202eraison")
    assert caught.value.code == "bidi_control"


def test_the_public_view_shows_no_contact_and_no_internal_note():
    def entry(kind, public, text):
        return HistoryEntry("h", "2026-09-06T07:30:00.000Z", kind, None, text, "Karim", public)

    concern = Concern("id", "BMD-7K3Q-9XA4", "roads", ARABIC, "ar", None, "Amine", "+213661234542",
                      "2026-09-06T07:30:00.000Z", ConcernStatus.ANSWERED, "2026-09-06T07:30:00.000Z",
                      "2026-09-06T07:30:00.000Z",
                      history=(entry(HistoryKind.STATUS, True, None), entry(HistoryKind.INTERNAL_NOTE, False, "secret"),
                               entry(HistoryKind.PUBLIC_ANSWER, True, "Réparé"), entry(HistoryKind.PURGE, False, None)))
    view = public_view(concern)
    assert [h.kind for h in view.history] == [HistoryKind.STATUS, HistoryKind.PUBLIC_ANSWER]
    assert "Amine" not in repr(view) and "+213" not in repr(view) and "secret" not in repr(view)
    assert "Karim" not in repr(view)


def test_the_concern_core_imports_without_qt():
    import subprocess
    import sys

    code = ("import sys, kiosk.domain.concerns, kiosk.domain.tracking_codes, kiosk.store.concerns, "
            "kiosk.store.migrations_concerns; assert 'PySide6' not in sys.modules, 'PySide6 imported'")
    subprocess.run([sys.executable, "-c", code], check=True)
