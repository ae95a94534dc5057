"""Demo polls: one open (several choices allowed) and one closed, both with votes.

Original text about the fictional thành phố Minh Giang. Idempotent: a poll is found by its
question and left alone when present.
"""

import datetime
import random

from django.utils import timezone

from .models import Ballot, BallotChoice, Choice, Poll

POLLS = [
    {
        "question": "Phiên chất vấn tại kỳ họp tới của HĐND thành phố nên tập trung vào "
        "lĩnh vực nào?",
        "description": "Thường trực HĐND thành phố Minh Giang tham khảo ý kiến cử tri để chọn "
        "nhóm vấn đề đưa ra chất vấn. Mỗi người được chọn tối đa hai lĩnh vực.",
        "allows_multiple": True,
        "max_choices": 2,
        "results_visibility": Poll.ResultsVisibility.ALWAYS,
        "started_days_ago": 12,
        "ends_in_days": 45,
        "choices": [
            ("Chống ngập úng, cải tạo hệ thống thoát nước nội đô", 231),
            ("Tiến độ giải phóng mặt bằng các tuyến đường vành đai", 164),
            ("Trật tự xây dựng và tình trạng lấn chiếm vỉa hè", 118),
            ("An toàn thực phẩm ở chợ dân sinh và bếp ăn trường học", 142),
            ("Giải quyết thủ tục hành chính qua dịch vụ công trực tuyến", 97),
        ],
        "voters": 437,
    },
    {
        "question": "Bạn đánh giá thế nào về việc truyền hình trực tiếp các phiên họp HĐND "
        "thành phố trên cổng thông tin?",
        "description": "Từ kỳ họp giữa năm, các phiên thảo luận và chất vấn của HĐND thành phố "
        "Minh Giang được phát trực tiếp để cử tri theo dõi.",
        "allows_multiple": False,
        "max_choices": None,
        "results_visibility": Poll.ResultsVisibility.AFTER_CLOSE,
        "started_days_ago": 95,
        "ends_in_days": -60,
        "choices": [
            ("Rất hữu ích, nên duy trì ở mọi kỳ họp", 158),
            ("Hữu ích, nhưng cần thêm bản tóm tắt sau mỗi phiên", 94),
            ("Khó theo dõi vì phát vào giờ hành chính", 41),
            ("Tôi chưa quan tâm đến nội dung này", 12),
        ],
        "voters": 305,
    },
]


def _pick_counts(data, rng):
    """Plausible ballots, drawn with weights that follow the planned per-choice counts."""
    remaining = [count for _, count in data["choices"]]
    limit = data["max_choices"] if data["allows_multiple"] else 1
    ballots = []
    for _ in range(data["voters"]):
        weights = [max(count, 0) + 1 for count in remaining]
        wanted = 1 if limit == 1 or rng.random() < 0.45 else limit
        picked = set()
        while len(picked) < wanted:
            picked.add(rng.choices(range(len(remaining)), weights=weights)[0])
        for index in picked:
            remaining[index] -= 1
        ballots.append(sorted(picked))
    return ballots


def _create(data, now):
    starts_at = now - datetime.timedelta(days=data["started_days_ago"])
    poll = Poll.objects.create(
        question=data["question"],
        description=data["description"],
        starts_at=starts_at,
        ends_at=now + datetime.timedelta(days=data["ends_in_days"]),
        allows_multiple=data["allows_multiple"],
        max_choices=data["max_choices"],
        results_visibility=data["results_visibility"],
    )
    choices = [
        Choice.objects.create(poll=poll, text=label, order=order)
        for order, (label, _) in enumerate(data["choices"], start=1)
    ]
    rng = random.Random(poll.question)
    plans = _pick_counts(data, rng)
    voting_until = min(now, poll.ends_at)
    span = (voting_until - starts_at).total_seconds()
    Ballot.objects.bulk_create(
        [
            Ballot(
                poll=poll,
                voter_key=f"demo-{number:05d}",
                created_at=starts_at + datetime.timedelta(seconds=rng.uniform(0, span)),
            )
            for number in range(len(plans))
        ]
    )
    ballot_ids = dict(Ballot.objects.filter(poll=poll).values_list("voter_key", "pk"))
    BallotChoice.objects.bulk_create(
        [
            BallotChoice(ballot_id=ballot_ids[f"demo-{number:05d}"], choice=choices[index])
            for number, picked in enumerate(plans)
            for index in picked
        ]
    )
    return poll


def load(stdout):
    now = timezone.now()
    created = 0
    for data in POLLS:
        if Poll.objects.filter(question=data["question"]).exists():
            continue
        _create(data, now)
        created += 1
    stdout.write(f"Bình chọn: {created} cuộc bình chọn mới.")
