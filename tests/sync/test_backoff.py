"""The one retry-delay policy (sync.backoff): its bounds, its cap, Retry-After, and no jitter when asked."""
import random

import pytest

from sync.backoff import Backoff


def test_each_wait_lies_in_the_upper_half_of_a_doubling_ceiling_held_at_the_cap():
    backoff = Backoff(base=1.0, cap=8.0, rng=random.Random(7))
    ceilings = [1, 2, 4, 8, 8, 8, 8, 8]
    waits = [backoff.next_delay() for _ in ceilings]
    for wait, ceiling in zip(waits, ceilings, strict=True):
        assert ceiling / 2 <= wait <= ceiling  # "equal jitter": never hammer, never stall
    assert len(set(waits)) == len(waits)  # jittered: offices that failed together do not return together
    assert backoff.failures == len(ceilings)


def test_the_same_seed_gives_the_same_waits():
    first, second = Backoff(rng=random.Random(3)), Backoff(rng=random.Random(3))
    assert [first.next_delay() for _ in range(6)] == [second.next_delay() for _ in range(6)]


def test_reset_starts_again_from_the_base():
    backoff = Backoff(base=2.0, cap=60.0, rng=random.Random(1))
    for _ in range(5):
        backoff.next_delay()
    backoff.reset()
    assert 1.0 <= backoff.next_delay() <= 2.0


def test_retry_after_wins_with_a_little_spread_and_its_own_cap():
    backoff = Backoff(base=1.0, cap=4.0, retry_after_cap=60.0, rng=random.Random(5))
    assert 30.0 <= backoff.next_delay(retry_after=30) <= 33.0  # at most a tenth more, so offices spread out
    assert 60.0 <= backoff.next_delay(retry_after=7200) <= 65.0  # a server asking for two hours gets a minute


def test_a_refusal_holds_the_longest_wait_until_a_success():
    backoff = Backoff(base=0.25, cap=10.0, rng=random.Random(2), jitter=0.2)
    assert 8.0 <= backoff.next_delay(at_cap=True) <= 10.0
    assert 8.0 <= backoff.next_delay() <= 10.0  # still refused, as far as anyone knows
    backoff.reset()
    assert 0.2 <= backoff.next_delay() <= 0.25


def test_without_jitter_the_waits_are_exact_and_delay_after_counts_nothing():
    backoff = Backoff(base=0.1, cap=0.4, jitter=0.0)
    assert [backoff.delay_after(n) for n in (1, 2, 3, 4, 50)] == [0.1, 0.2, 0.4, 0.4, 0.4]
    assert backoff.failures == 0
    assert backoff.next_delay(retry_after=3) == 3  # no spread either


def test_jitter_is_a_fraction():
    with pytest.raises(ValueError, match="between 0 and 1"):
        Backoff(jitter=1.5)
