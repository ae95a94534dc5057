"""What the shared cache holds, under which names, and when it is forgotten.

Two ways to forget, both done now and again once the transaction commits (a request drawn before
the change was visible may have stored the old data in between; a rollback cancels the second):

- a `Key` names one entry and carries a version: bumping it in code makes old entries unreachable.
  `forget(*keys)` deletes entries.
- a tag names something many entries show ("article:42", "site"). `touch(*tags)` increments the
  tag's generation counter; `remember(key, tags, compute)` stores an entry with the generations it
  was computed under and treats it as missing once any of them moved. All state lives in the shared
  cache, so a touch in one process is seen by every other.

Apps state what their models affect with `on_change(Model, keys=..., tags=...)` in their
AppConfig.ready; saves and deletes then forget by themselves, and code that writes with
`queryset.update()` calls `changed(Model, objects)`. This module imports no app.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save

GENERATION_PREFIX = "portal:generation:v1:"
# For entries named at run time (a page's address) rather than by a Key.
DEFAULT_TIMEOUT = 300


@dataclass(frozen=True)
class Key:
    """One named cache entry; the version is part of the stored key."""

    name: str
    version: int
    timeout: int

    def __str__(self) -> str:
        return f"{self.name}:v{self.version}"

    def get(self):
        return cache.get(str(self))

    def set(self, value, timeout: int | None = None) -> None:
        cache.set(str(self), value, self.timeout if timeout is None else timeout)


def _now_and_on_commit(action: Callable[[], None]) -> None:
    action()
    transaction.on_commit(action)


def forget(*keys: Key | str) -> None:
    """Delete the entries now and again after commit."""
    names = [str(key) for key in keys]
    if names:
        _now_and_on_commit(lambda: cache.delete_many(names))


def _generation_key(tag: str) -> str:
    return GENERATION_PREFIX + tag


def _start() -> int:
    # A counter the cache evicted restarts from the clock, never from a value it had before.
    return time.time_ns() // 1000


def _bump(tags: tuple[str, ...]) -> None:
    for tag in tags:
        key = _generation_key(tag)
        try:
            cache.incr(key)
        except ValueError:
            # Counters never expire; a missing one is started, or bumped if another process won.
            if not cache.add(key, _start(), None):
                cache.incr(key)


def touch(*tags: str) -> None:
    """Move the tags' generations now and again after commit: every entry remembered under one of
    them is forgotten, in every process."""
    tags = tuple(dict.fromkeys(tags))
    if tags:
        _now_and_on_commit(lambda: _bump(tags))


def read(keys: list[str], tags: tuple[str, ...]) -> tuple[dict, dict[str, int]]:
    """The given entries and the tags' generations, in one round trip to the cache."""
    wanted = {_generation_key(tag): tag for tag in tags}
    found = cache.get_many([*keys, *wanted])
    generations = {}
    for key, tag in wanted.items():
        if key not in found:
            cache.add(key, _start(), None)
            found[key] = cache.get(key)
        generations[tag] = found[key]
    return {key: found[key] for key in keys if key in found}, generations


def generations(*tags: str) -> dict[str, int]:
    """The current generation of each tag (one get_many)."""
    return read([], tuple(tags))[1]


def remember(
    key: Key | str,
    tags: Iterable[str],
    compute: Callable[[], object],
    timeout=None,
    keep: Callable[[object], bool] | None = None,
):
    """The entry under key if none of its tags moved since it was stored, else compute() stored
    (unless keep(value) says not to: a lookup that found nothing). `timeout` may be a callable,
    asked only when something is stored.

    Generations are read before compute() runs, so a change that lands meanwhile leaves an entry
    that is already stale rather than one that looks fresh.
    """
    name, tags = str(key), tuple(dict.fromkeys(tags))
    if timeout is None:
        timeout = key.timeout if isinstance(key, Key) else DEFAULT_TIMEOUT
    entries, current = read([name], tags)
    entry = entries.get(name)
    if entry is not None and entry["generations"] == current:
        return entry["value"]
    value = compute()
    if keep is None or keep(value):
        if callable(timeout):
            timeout = timeout()
        cache.set(name, {"generations": current, "value": value}, timeout)
    return value


@dataclass(frozen=True)
class _Rule:
    keys: tuple[Key | str, ...]
    tags: Callable[[object], Iterable[str]] | None


_rules: dict[type, list[_Rule]] = {}


def changed(model: type, objects: Iterable = ()) -> None:
    """Forget what model's rules name for these objects (saved, deleted or updated in bulk)."""
    for rule in _rules.get(model, ()):
        forget(*rule.keys)
        if rule.tags is not None:
            touch(*(tag for obj in objects for tag in rule.tags(obj)))


def _on_signal(sender, instance, **kwargs) -> None:
    changed(sender, [instance])


def on_change(model: type, *, keys: Iterable[Key | str] = (), tags=None) -> None:
    """Declare that saving or deleting a model instance forgets keys and touches tags(instance)."""
    rule = _Rule(tuple(keys), tags)
    rules = _rules.setdefault(model, [])
    if rule not in rules:
        rules.append(rule)
    uid = f"portal.cache:{model._meta.label}"
    post_save.connect(_on_signal, sender=model, dispatch_uid=uid)
    post_delete.connect(_on_signal, sender=model, dispatch_uid=uid)
