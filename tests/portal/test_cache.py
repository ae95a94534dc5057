from unittest import mock

import pytest
from django.core.cache import cache
from django.db import transaction

from portal.cache import GENERATION_PREFIX, Key, forget, generations, remember, touch

# Forgetting schedules work for the commit, which needs the database connection.
pytestmark = pytest.mark.django_db

PAGE = Key("tests:page", version=1, timeout=60)


class Boom(Exception):
    pass


def cache_calls():
    """A spy on what portal.cache asks of the shared cache."""
    return mock.patch("portal.cache.cache", wraps=cache)


def test_the_version_is_part_of_the_stored_key():
    PAGE.set("cũ")
    assert str(PAGE) == "tests:page:v1"
    assert cache.get("tests:page:v1") == "cũ"


def test_bumping_a_version_in_code_leaves_the_old_entry_behind():
    PAGE.set("cũ")
    assert Key("tests:page", version=2, timeout=60).get() is None
    assert PAGE.get() == "cũ"


def test_forget_deletes_now_and_again_after_commit(django_capture_on_commit_callbacks):
    PAGE.set("cũ")
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        forget(PAGE)
        assert PAGE.get() is None
        # A request that still sees the old data stores it again before the commit.
        PAGE.set("cũ")
    assert len(callbacks) == 1
    assert PAGE.get() is None


def test_a_rolled_back_change_forgets_at_once_and_schedules_nothing(
    django_capture_on_commit_callbacks,
):
    PAGE.set("cũ")
    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(Boom),
        transaction.atomic(),
    ):
        forget(PAGE)
        touch("article:42")
        raise Boom
    assert callbacks == []
    assert PAGE.get() is None


def test_touch_moves_the_generation_now_and_again_after_commit(
    django_capture_on_commit_callbacks,
):
    before = generations("article:42")["article:42"]
    with django_capture_on_commit_callbacks(execute=True):
        touch("article:42")
        now = generations("article:42")["article:42"]
    after = generations("article:42")["article:42"]
    assert before < now < after


def test_touch_leaves_other_tags_alone(django_capture_on_commit_callbacks):
    before = generations("article:42", "article:43")
    with django_capture_on_commit_callbacks(execute=True):
        touch("article:42")
    after = generations("article:42", "article:43")
    assert after["article:43"] == before["article:43"]
    assert after["article:42"] != before["article:42"]


def test_generations_live_in_the_shared_cache():
    touch("site")
    stored = cache.get(GENERATION_PREFIX + "site")
    assert generations("site") == {"site": stored}


def test_reading_generations_costs_one_get_many():
    generations("article:42", "category:3", "site")  # the counters exist from now on
    with cache_calls() as spy:
        generations("article:42", "category:3", "site")
    assert [name for name, args, kwargs in spy.method_calls] == ["get_many"]


def test_a_remembered_entry_is_computed_once_while_its_tags_stay():
    compute = mock.Mock(return_value="trang")
    tags = ["article:42", "category:3", "site"]
    assert remember(PAGE, tags, compute) == "trang"
    assert remember(PAGE, tags, compute) == "trang"
    assert compute.call_count == 1


def test_a_warm_remembered_entry_costs_one_get_many():
    remember(PAGE, ["article:42", "site"], lambda: "trang")
    with cache_calls() as spy:
        assert remember(PAGE, ["article:42", "site"], lambda: "khác") == "trang"
    assert [name for name, args, kwargs in spy.method_calls] == ["get_many"]


def test_touching_any_tag_of_an_entry_forgets_it_and_only_the_entries_that_show_it():
    article_page = Key("tests:article-42", version=1, timeout=60)
    other_page = Key("tests:article-43", version=1, timeout=60)
    remember(article_page, ["article:42", "category:3", "site"], lambda: "bài 42 cũ")
    remember(other_page, ["article:43", "category:3", "site"], lambda: "bài 43")

    touch("article:42")

    assert remember(article_page, ["article:42", "category:3", "site"], lambda: "bài 42") == (
        "bài 42"
    )
    assert remember(other_page, ["article:43", "category:3", "site"], lambda: "khác") == "bài 43"
    touch("site")
    assert remember(other_page, ["article:43", "category:3", "site"], lambda: "mới") == "mới"


def test_a_change_that_lands_while_computing_leaves_a_stale_entry():
    def compute_while_an_editor_saves():
        touch("article:42")
        return "bài cũ"

    remember(PAGE, ["article:42"], compute_while_an_editor_saves)
    assert remember(PAGE, ["article:42"], lambda: "bài mới") == "bài mới"


def test_an_evicted_counter_does_not_bring_an_older_entry_back():
    remember(PAGE, ["article:42"], lambda: "bài cũ")
    touch("article:42")
    cache.delete(GENERATION_PREFIX + "article:42")  # as if the cache evicted it
    assert remember(PAGE, ["article:42"], lambda: "bài mới") == "bài mới"


def test_remember_accepts_a_plain_key_for_entries_named_at_run_time():
    assert remember("tests:page:/tin-tuc/bai-42/", ["article:42"], lambda: "trang") == "trang"
    assert remember("tests:page:/tin-tuc/bai-42/", ["article:42"], lambda: "khác") == "trang"
