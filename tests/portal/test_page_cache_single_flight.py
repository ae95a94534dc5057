"""One draw at a time: readers who ask for a page that is being drawn wait for it instead of
drawing it again (a cold or just-edited home page under a crowd)."""

import threading
from unittest import mock

import pytest
from django.core.cache import cache
from django.test import Client

from portal import page_cache
from tests.portal.single_flight_urls import drawing

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.portal.single_flight_urls")]

READERS = 6


@pytest.fixture(autouse=True)
def _fresh_drawing():
    drawing.reset()
    page_cache._copies.clear()
    yield
    page_cache._copies.clear()


def lock_of(path):
    key = page_cache._address_key("http", "testserver", path, ())
    return page_cache.DRAW_PREFIX + key[len(page_cache.KEY_PREFIX) :]


def crowd(url, readers=READERS):
    """`readers` anonymous readers ask for url at the same moment; their answers."""
    start = threading.Barrier(readers)
    answers = [None] * readers

    def read(n):
        start.wait()
        answers[n] = Client().get(url)

    threads = [threading.Thread(target=read, args=(n,)) for n in range(readers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert all(answer is not None for answer in answers)
    return answers


def test_a_crowd_on_a_missing_page_draws_it_once_and_every_reader_gets_it():
    answers = crowd("/trang-cham/")
    assert drawing.count == 1
    assert {answer.status_code for answer in answers} == {200}
    assert {answer.content.decode() for answer in answers} == {"Trang vẽ lần thứ 1"}
    states = sorted(answer.get("X-Page-Cache") for answer in answers)
    assert states == ["hit"] * (READERS - 1) + ["miss"]
    # The lock is gone with the draw: the next edit's crowd takes it again.
    assert cache.get(lock_of("/trang-cham/")) is None


def test_after_an_edit_the_crowd_draws_the_page_once_again():
    crowd("/trang-cham/")
    page_cache.cache.touch("site")
    answers = crowd("/trang-cham/")
    assert drawing.count == 2
    assert {answer.content.decode() for answer in answers} == {"Trang vẽ lần thứ 2"}


def test_a_page_that_is_not_kept_is_drawn_for_each_reader_side_by_side():
    answers = crowd("/trang-khong-co/")
    assert {answer.status_code for answer in answers} == {404}
    assert drawing.count == READERS
    # The first draw left its marker: the next crowd does not wait for one another at all.
    drawing.reset()
    crowd("/trang-khong-co/")
    assert drawing.count == READERS
    assert drawing.most_at_once == READERS


def test_a_lock_left_by_a_killed_worker_delays_a_reader_at_most_the_wait(monkeypatch):
    monkeypatch.setattr(page_cache, "DRAW_WAIT_SECONDS", 0.2)
    lock = lock_of("/trang-cham/")
    cache.set(lock, page_cache._DRAWING, page_cache.DRAW_LOCK_SECONDS)
    drawing.reset(seconds=0)
    response = Client().get("/trang-cham/")
    assert response.status_code == 200
    assert drawing.count == 1
    assert response.get("X-Page-Cache") == "miss"  # drawn and kept beside the stale lock
    assert Client().get("/trang-cham/").get("X-Page-Cache") == "hit"


def test_nobody_waits_while_the_shared_cache_does_not_answer():
    drawing.reset(seconds=0)
    cache.set(lock_of("/trang-cham/"), page_cache._DRAWING, page_cache.DRAW_LOCK_SECONDS)
    # (The cache's methods are patched for this thread's connection only: one reader.)
    with (
        mock.patch("portal.cache.cache.get_many", return_value={}),
        mock.patch("portal.cache.cache.add", return_value=False),
        mock.patch("portal.cache.cache.get", return_value=None),
        mock.patch.object(page_cache, "_wait_for_draw", side_effect=AssertionError("waited")),
    ):
        response = Client().get("/trang-cham/")
    assert response.status_code == 200
    assert drawing.count == 1


def test_a_draw_that_fails_leaves_no_lock_behind():
    drawing.reset(seconds=0)
    with (
        mock.patch.object(drawing, "seconds", new=None),  # time.sleep(None) raises TypeError
        pytest.raises(TypeError),
    ):
        Client(raise_request_exception=True).get("/trang-cham/")
    lock = lock_of("/trang-cham/")
    assert cache.get(lock) != page_cache._DRAWING
    assert Client().get("/trang-cham/").status_code == 200
