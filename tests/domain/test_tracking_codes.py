"""Tracking codes: shape, check symbol guarantees, uniqueness, typing forgiveness, throttle."""
from __future__ import annotations

import collections
import datetime as dt
import random

import pytest

from kiosk.domain.clock import FixedClock
from kiosk.domain.tracking_codes import (
    ALPHABET,
    BODY_LENGTH,
    FollowUpThrottle,
    ParsedCode,
    ThrottlesByKey,
    TrackingCodeError,
    is_valid,
    new_tracking_code,
    normalize,
    validate,
)

ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
OFFICES = ["BMD", "DEMO", "TST", "AL16", "O0", "IL10OL", "A1B2C3D4", "ZZ"]


def sample_codes(count: int, seed: int = 7) -> list[ParsedCode]:
    rng = random.Random(seed)
    return [new_tracking_code(OFFICES[i % len(OFFICES)], rng) for i in range(count)]


def test_alphabet_has_31_unambiguous_symbols():
    assert len(ALPHABET) == len(set(ALPHABET)) == 31
    assert not set(ALPHABET) & set("01OIL")


@pytest.mark.parametrize("office", OFFICES)
def test_a_new_code_has_the_printed_shape_and_validates(office):
    code = new_tracking_code(office)
    assert code.text == f"{office}-{code.body[:4]}-{code.body[4:]}"
    assert len(code.body) == BODY_LENGTH and set(code.body) <= set(ALPHABET)
    assert validate(code.text) == code


def test_the_office_code_is_checked_by_the_generator():
    for bad in ("", "B", "bmd", "BMD-1", "TOOLONG99", "BM D"):
        with pytest.raises(ValueError):
            new_tracking_code(bad)


def test_every_single_substitution_is_caught():
    """All 35 other letters/digits at every position (office code included), for many codes."""
    checked = 0
    for code in sample_codes(400):
        compact = code.compact
        for i, original in enumerate(compact):
            for other in ALNUM:
                if other == original:
                    continue
                typo = compact[:i] + other + compact[i + 1:]
                try:  # plain try: pytest.raises around each of these 150,000 checks was 40 % of the time
                    validate(typo)
                except TrackingCodeError as caught:
                    kind = caught.kind
                else:
                    raise AssertionError(f"{typo} (a typo of {compact}) was accepted")
                # a look-alike in the random part is a format error, anything else fails the check
                expected = "format" if i >= len(code.office_code) and other in "01OIL" else "check"
                assert kind == expected, (compact, typo)
                checked += 1
    assert checked > 100_000


def test_every_adjacent_transposition_is_caught():
    """Swaps inside the office code, across its boundary with the body, and in the body."""
    checked = 0
    for code in sample_codes(3000, seed=11):
        compact = code.compact
        for i in range(len(compact) - 1):
            a, b = compact[i], compact[i + 1]
            if a == b:
                continue  # swapping equal symbols is no error
            swapped = compact[:i] + b + a + compact[i + 2:]
            assert not is_valid(swapped), (compact, swapped)
            # the same swap typed with the separators where the person saw them
            assert not is_valid(f"{swapped[:len(code.office_code)]}-{swapped[len(code.office_code):]}")
            checked += 1
    assert checked > 25_000


def test_the_check_symbol_is_a_real_check_not_always_the_same():
    seen = collections.Counter(code.body[-1] for code in sample_codes(5000, seed=3))
    assert len(seen) == 31


def test_random_symbols_are_spread_evenly_and_not_sequential():
    codes = [new_tracking_code("BMD") for _ in range(31 * 200)]
    for position in range(BODY_LENGTH - 1):
        counts = collections.Counter(code.body[position] for code in codes)
        assert len(counts) == 31
        # 200 expected per symbol; 90 or 330 would be > 7 standard deviations away
        assert min(counts.values()) > 90 and max(counts.values()) < 330
    bodies = [code.body for code in codes]
    assert bodies != sorted(bodies)


def test_codes_of_two_offices_never_collide():
    """The office code is part of every code: the sets are disjoint even from the same random draws."""
    a = [new_tracking_code("BMD", random.Random(s)) for s in range(2000)]
    b = [new_tracking_code("BMDX", random.Random(s)) for s in range(2000)]
    assert not {c.text for c in a} & {c.text for c in b}
    assert not {c.compact for c in a} & {c.compact for c in b}
    assert all(validate(c.text).office_code == "BMD" for c in a)
    assert all(validate(c.text).office_code == "BMDX" for c in b)


def test_100k_codes_of_one_office_are_distinct_up_to_the_birthday_bound():
    """≈2.3·10¹⁰ codes per office: 100,000 draws expect 0.22 coincidences (Poisson).

    The database's UNIQUE constraint is what makes duplicates impossible (see
    tests/store/test_concerns.py::test_a_code_collision_draws_again); this test shows the
    random part is wide enough that the office almost never has to draw twice.
    """
    rng = random.Random(20261125)
    codes = [new_tracking_code("BMD", rng).text for _ in range(100_000)]
    duplicates = len(codes) - len(set(codes))
    assert duplicates <= 2  # P(more than 2) ≈ 0.1 % for a fair generator
    assert len({c[4:] for c in codes}) >= 99_998


@pytest.mark.parametrize("typed", [
    "bmd-7k3q-9xa4", "BMD 7K3Q 9XA4", " bmd7k3q9xa4 ", "BMD–7K3Q—9XA4", "ＢＭＤ-７Ｋ３Ｑ-９ＸＡ４", "BMD.7K3Q.9XA4",
])
def test_normalize_is_forgiving_on_case_separators_and_width(typed):
    assert normalize(typed) == "BMD7K3Q9XA4"


def test_arabic_indic_digits_are_read_as_western_digits():
    code = new_tracking_code("BMD", random.Random(5))
    arabic = code.text.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    assert validate(arabic) == code


@pytest.mark.parametrize("typed", ["", "   ", "BMD", "BMD-7K3Q", "ABCDEFGHJ-7K3Q-9XA4", "BMD-7K3Q-9XA4!",
                                   "بمد-7K3Q-9XA4"])
def test_wrong_shapes_are_format_errors(typed):
    with pytest.raises(TrackingCodeError) as caught:
        validate(typed)
    assert caught.value.kind == "format"


def test_look_alikes_in_the_random_part_are_refused_not_guessed():
    code = new_tracking_code("BMD", random.Random(9))
    for look_alike in "0O1IL":
        typed = code.compact[:5] + look_alike + code.compact[6:]
        with pytest.raises(TrackingCodeError) as caught:
            validate(typed)
        assert caught.value.kind == "format"
        assert "0, O, 1, I or L" in str(caught.value)


def test_an_office_code_with_look_alikes_works():
    code = new_tracking_code("DEMO", random.Random(1))
    assert validate(code.text.lower()).office_code == "DEMO"
    with pytest.raises(TrackingCodeError) as caught:
        validate("DEM0" + code.body)  # zero for O in the office part: caught by the check
    assert caught.value.kind == "check"


# ---- throttle ----------------------------------------------------------------------------


@pytest.fixture
def clock():
    return FixedClock(dt.datetime(2026, 9, 6, 7, 30, tzinfo=dt.UTC))


def test_three_wrong_codes_are_free(clock):
    throttle = FollowUpThrottle(clock)
    for _ in range(2):
        throttle.record_failure()
        assert throttle.allowed()
    throttle.record_failure()
    assert throttle.retry_after() == 2.0


def test_each_further_wrong_code_doubles_the_wait_up_to_five_minutes(clock):
    throttle = FollowUpThrottle(clock)
    waits = []
    for _ in range(12):
        wait = throttle.retry_after()
        clock.advance(seconds=wait)
        assert throttle.allowed()
        throttle.record_failure()
        waits.append(throttle.retry_after())
    assert waits == [0, 0, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300]  # and 300 from then on


def test_the_wait_counts_down_with_the_clock(clock):
    throttle = FollowUpThrottle(clock)
    for _ in range(4):
        throttle.record_failure()
    assert throttle.retry_after() == 4.0
    clock.advance(seconds=3)
    assert throttle.retry_after() == 1.0
    clock.advance(seconds=1)
    assert throttle.allowed()


def test_wrong_codes_are_forgotten_after_ten_quiet_minutes(clock):
    throttle = FollowUpThrottle(clock)
    for _ in range(5):
        throttle.record_failure()
    assert not throttle.allowed()
    clock.advance(minutes=9)
    throttle.record_failure()  # still the same run: it keeps counting
    assert throttle.retry_after() == 16.0
    clock.advance(minutes=10)
    assert throttle.allowed() and throttle.recent_failures() == 0
    throttle.record_failure()
    assert throttle.allowed()  # a new run starts with free tries


def test_guessing_stays_slow_over_an_hour(clock):
    """A script that tries as fast as it is allowed gets few guesses per hour."""
    throttle = FollowUpThrottle(clock)
    start, tries = clock.now(), 0
    while clock.now() - start < dt.timedelta(hours=1):
        clock.advance(seconds=max(throttle.retry_after(), 0.1))
        if throttle.allowed():
            throttle.record_failure()
            tries += 1
    # 10 tries to reach the cap (13.5 min), then one per 5 minutes: about 19
    assert tries < 25


def test_throttles_by_key_keep_each_keys_count_and_forget_the_least_recently_used(clock):
    throttles = ThrottlesByKey(clock, max_keys=2, free_failures=1)
    throttles.get("10.0.0.5").record_failure()
    assert throttles.get("10.0.0.5").retry_after() == 2.0
    assert throttles.get("10.0.0.6").allowed()  # another key is not slowed down
    throttles.get("10.0.0.5")  # used again: now the most recent
    throttles.get("10.0.0.7")  # a third key: 10.0.0.6, the least recently used, is forgotten
    assert throttles.get("10.0.0.5").retry_after() == 2.0
