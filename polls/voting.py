"""Casting a vote: the voter cookie, the checks, the per-address throttle and the atomic save.

A reader is known by a random voter key kept in a signed cookie; the database allows one ballot
per (poll, voter key). Clearing cookies gives a new key, so votes are also throttled per poll on a
salted hash of the client address (in the shared cache, generous enough for an office behind
one address). Every refusal is a VoteRejected with a Vietnamese message and an HTTP status, raised
before anything is written.
"""

import re
import secrets
from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from portal.clients import request_network_hash
from portal.formats import format_datetime_short
from portal.ratelimit import RateLimit, RateLimited

from . import tallies
from .models import Ballot, BallotChoice, Choice

COOKIE_NAME = "hdnd_binh_chon"
# The polls this browser voted in, readable by polls.js so a cached page's sidebar can say
# "already voted"; it only decides what the script draws, the database stays the authority.
VOTED_COOKIE_NAME = "hdnd_da_binh_chon"
COOKIE_SALT = "polls.voter"
COOKIE_MAX_AGE = 2 * 365 * 24 * 3600
# The cookie also remembers the last polls this browser voted in, so a poll page can say
# "already voted" without a query; the database stays the authority.
REMEMBERED_POLLS = 30
MAX_SUBMITTED_VALUES = 50
_KEY_RE = re.compile(r"[A-Za-z0-9_-]{20,64}")

ALREADY_VOTED = "Bạn đã bình chọn trong cuộc bình chọn này. Mỗi người chỉ được bình chọn một lần."
NOT_STARTED = "Cuộc bình chọn này chưa bắt đầu. Mời bạn quay lại từ {when}."
CLOSED = (
    "Cuộc bình chọn này đã kết thúc lúc {when} và không nhận thêm phiếu. "
    "Bạn vẫn có thể xem kết quả."
)
NOTHING_CHOSEN = "Bạn chưa chọn phương án nào. Hãy chọn rồi bấm “Bình chọn”."
ONLY_ONE = "Câu hỏi này chỉ cho chọn một phương án."
TOO_MANY = "Bạn chỉ được chọn tối đa {n} phương án; bạn đã chọn {chosen}."
FOREIGN_CHOICE = "Phương án bạn gửi không thuộc câu hỏi này. Vui lòng tải lại trang rồi chọn lại."
UNKNOWN_CHOICE = (
    "Phương án bạn chọn không tồn tại hoặc đã được gỡ. Vui lòng tải lại trang rồi chọn lại."
)
THROTTLED = (
    "Đã có quá nhiều lượt bình chọn từ cùng một địa chỉ mạng cho câu hỏi này. Vui lòng thử lại sau."
)
CHANGED = "Cuộc bình chọn vừa được cập nhật. Vui lòng tải lại trang rồi chọn lại."


class VoteRejected(Exception):
    def __init__(self, message, status):
        super().__init__(message)
        self.message = message
        self.status = status


@dataclass(frozen=True)
class Voter:
    """Who the signed cookie says this browser is; key is None for a new reader."""

    key: str | None = None
    voted: tuple = ()

    def remembers_vote(self, poll_id):
        return poll_id in self.voted

    def after_voting(self, key, poll_id):
        voted = (poll_id, *(pk for pk in self.voted if pk != poll_id))[:REMEMBERED_POLLS]
        return Voter(key=key, voted=voted)

    def cookie_value(self):
        return f"{self.key}:{'.'.join(str(pk) for pk in self.voted)}"


def read_voter(request):
    """The voter from the signed cookie; a missing, tampered or malformed cookie gives a new one."""
    raw = request.get_signed_cookie(COOKIE_NAME, default=None, salt=COOKIE_SALT)
    if not raw:
        return Voter()
    key, _, voted = raw.partition(":")
    if not _KEY_RE.fullmatch(key):
        return Voter()
    ids = tuple(int(part) for part in voted.split(".") if part.isdigit())
    return Voter(key=key, voted=ids[:REMEMBERED_POLLS])


def remember_voter(response, voter):
    response.set_signed_cookie(
        COOKIE_NAME,
        voter.cookie_value(),
        salt=COOKIE_SALT,
        max_age=COOKIE_MAX_AGE,
        httponly=True,
        samesite="Lax",
        secure=settings.SESSION_COOKIE_SECURE,
    )
    if voter.voted:
        response.set_cookie(
            VOTED_COOKIE_NAME,
            ".".join(str(pk) for pk in voter.voted),
            max_age=COOKIE_MAX_AGE,
            samesite="Lax",
            secure=settings.SESSION_COOKIE_SECURE,
        )


def give_voter_key(response, voter):
    """A new reader gets their voter key before they vote, when the form is drawn or fetched:
    a vote saved but never acknowledged (a dropped connection, a killed worker) then finds its
    ballot on retry and is refused as "already voted" instead of counted twice."""
    if voter.key is None:
        remember_voter(response, Voter(key=new_voter_key()))


def new_voter_key():
    return secrets.token_urlsafe(24)


def has_voted(voter, poll):
    """Whether this voter has a ballot in the poll: the cookie's memory first, then the database."""
    if voter.remembers_vote(poll.pk):
        return True
    if voter.key is None:
        return False
    return Ballot.objects.filter(poll=poll, voter_key=voter.key).exists()


def parse_choice_ids(values):
    """Submitted choice ids as a set of ints; anything that is not a positive integer is None."""
    ids = set()
    for value in values:
        value = value.strip()
        if not value.isascii() or not value.isdigit() or len(value) > 18:
            return None
        ids.add(int(value))
    return ids


def check_open(poll, now=None):
    now = now or timezone.now()
    if not poll.has_started(now):
        raise VoteRejected(NOT_STARTED.format(when=format_datetime_short(poll.starts_at)), 403)
    if poll.has_ended(now):
        raise VoteRejected(CLOSED.format(when=format_datetime_short(poll.ends_at)), 403)


def check_choices(poll, values):
    """The set of valid choice ids for the poll, or VoteRejected saying what is wrong."""
    if len(values) > MAX_SUBMITTED_VALUES:
        raise VoteRejected(TOO_MANY.format(n=MAX_SUBMITTED_VALUES, chosen=len(values)), 400)
    ids = parse_choice_ids(values)
    if ids is None:
        raise VoteRejected(UNKNOWN_CHOICE, 400)
    if not ids:
        raise VoteRejected(NOTHING_CHOSEN, 400)
    own = set(poll.choices.values_list("pk", flat=True))
    strangers = ids - own
    if strangers:
        if Choice.objects.filter(pk__in=strangers).exists():
            raise VoteRejected(FOREIGN_CHOICE, 400)
        raise VoteRejected(UNKNOWN_CHOICE, 400)
    limit = poll.max_selectable(len(own))
    if len(ids) > limit:
        if limit == 1:
            raise VoteRejected(ONLY_ONE, 400)
        raise VoteRejected(TOO_MANY.format(n=limit, chosen=len(ids)), 400)
    return ids


def address_limit(poll):
    """Votes one address may cast in a poll: generous enough for an office behind one address,
    low enough that clearing cookies does not let one machine stuff the poll."""
    return RateLimit(
        f"polls:{poll.pk}", settings.POLLS_MAX_VOTES_PER_ADDRESS, settings.POLLS_THROTTLE_SECONDS
    )


def take_throttle_slot(poll, address):
    try:
        return address_limit(poll).hit(address)
    except RateLimited as exc:
        raise VoteRejected(THROTTLED, 429) from exc


def cast_vote(request, poll, values):
    """Record the reader's ballot; returns the Voter to remember in the cookie.

    Raises VoteRejected (nothing saved) when the poll is not open, the choices are wrong, the
    reader has voted already or the address is over its limit.
    """
    check_open(poll)
    choice_ids = check_choices(poll, values)
    voter = read_voter(request)
    if voter.key and Ballot.objects.filter(poll=poll, voter_key=voter.key).exists():
        raise VoteRejected(ALREADY_VOTED, 409)
    key = voter.key or new_voter_key()
    address = request_network_hash(request, purpose="poll")
    slot = take_throttle_slot(poll, address)
    try:
        with transaction.atomic():
            ballot = Ballot.objects.create(poll=poll, voter_key=key, address_hash=address)
            BallotChoice.objects.bulk_create(
                [BallotChoice(ballot=ballot, choice_id=pk) for pk in sorted(choice_ids)]
            )
            tallies.count_ballot(poll.pk, choice_ids)
    except IntegrityError as exc:
        # The unique constraint caught a parallel request from the same voter, or a choice
        # vanished under us (deleted by staff); either way nothing was saved.
        address_limit(poll).give_back(slot)
        if Ballot.objects.filter(poll=poll, voter_key=key).exists():
            raise VoteRejected(ALREADY_VOTED, 409) from exc
        raise VoteRejected(CHANGED, 409) from exc
    except BaseException:
        address_limit(poll).give_back(slot)
        raise
    return voter.after_voting(key, poll.pk)
