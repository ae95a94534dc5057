import threading

import pytest

from portal.ratelimit import RateLimit, RateLimited


def test_a_limit_counts_hits_per_identity_and_window():
    limit = RateLimit("thu", limit=2, window=60)
    now = 6_000.0
    limit.hit("a", now=now)
    limit.hit("a", now=now + 1)
    with pytest.raises(RateLimited) as refused:
        limit.hit("a", now=now + 2)
    assert refused.value.retry_after == 59
    limit.hit("b", now=now + 2)  # another identity has its own count
    limit.hit("a", now=now + 60)  # the next window starts afresh


def test_a_refused_hit_counts_nothing_and_give_back_undoes_a_hit():
    limit = RateLimit("thu", limit=1, window=60)
    key = limit.hit("a", now=0)
    with pytest.raises(RateLimited):
        limit.hit("a", now=1)
    limit.give_back(key)
    assert not limit.is_limited("a", now=2)
    limit.hit("a", now=2)


def test_a_zero_limit_turns_it_off():
    limit = RateLimit("thu", limit=0, window=60)
    for _ in range(10):
        assert limit.hit("a") is None
    assert not limit.is_limited("a")


def test_parallel_hits_cannot_slip_past_the_limit():
    limit = RateLimit("thu", limit=5, window=600)
    accepted = []
    barrier = threading.Barrier(16)

    def worker():
        barrier.wait()
        try:
            limit.hit("cung-dia-chi")
            accepted.append(True)
        except RateLimited:
            pass

    threads = [threading.Thread(target=worker) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(accepted) == 5
