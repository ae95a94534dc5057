"""'Liên hệ': a citizen's message to the council office, kept in the admin and mailed to it.

The form (council.forms.ContactForm) carries the protections every reader's form has
(portal.form_protection: captcha, honeypot, signed start time); this module adds the per-address
rate limit and the delivery. The message is saved first and mailed once the transaction commits;
a mail server that refuses or is away loses nothing: the message waits in the admin
("Thư liên hệ", not yet forwarded) and is listed there for the office.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.utils import timezone

from portal.formats import format_datetime
from portal.ratelimit import RateLimit

from .models import ContactMessage

logger = logging.getLogger(__name__)


def rate_limit() -> RateLimit:
    return RateLimit(
        "contact", settings.COUNCIL_CONTACT_RATE_LIMIT, settings.COUNCIL_CONTACT_RATE_WINDOW
    )


def recipients() -> list[str]:
    return [
        address
        for address in [settings.COUNCIL_CONTACT_EMAIL or settings.PORTAL_OFFICE.get("email", "")]
        if address
    ]


def receive(cleaned: dict, *, address_hash: str) -> ContactMessage:
    """Keep the message and mail it to the office after commit."""
    message = ContactMessage.objects.create(
        name=cleaned["name"],
        email=cleaned.get("email", ""),
        phone=cleaned.get("phone", ""),
        subject=cleaned["subject"],
        message=cleaned["message"],
        address_hash=address_hash,
    )
    transaction.on_commit(lambda: forward(message))
    return message


def forward(message: ContactMessage) -> bool:
    """Mail one message to the office; True when the mail server took it."""
    to = recipients()
    if not to:
        return False
    body = "\n".join(
        [
            f"Thư liên hệ gửi qua cổng thông tin lúc {format_datetime(message.created_at)}.",
            "",
            f"Họ tên: {message.name}",
            f"Thư điện tử: {message.email or '(không ghi)'}",
            f"Số điện thoại: {message.phone or '(không ghi)'}",
            f"Tiêu đề: {message.subject}",
            "",
            message.message,
        ]
    )
    mail = EmailMessage(
        subject=f"[Liên hệ] {message.subject}"[:200],
        body=body,
        to=to,
        reply_to=[message.email] if message.email else None,
    )
    try:
        mail.send()
    except Exception:
        logger.exception("Could not mail contact message %s", message.pk)
        return False
    ContactMessage.objects.filter(pk=message.pk).update(emailed_at=timezone.now())
    return True
