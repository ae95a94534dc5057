"""How long a citizen's contact details are kept: PETITIONS_SENDER_RETENTION_DAYS after staff
decided on the question (received, answered or closed it), or after it was sent when nobody has
yet. Then the phone, e-mail, address hash and browser are blanked; the name, ward, text, status
and answer stay, as the public register shows them."""

import datetime

from django.db.models import Q
from django.utils import timezone

from .petitions import Petition


def expired(days, now=None):
    """Petitions whose sender's details are past the retention period and not yet blanked."""
    cutoff = (now or timezone.now()) - datetime.timedelta(days=days)
    return Petition.objects.with_sender_details().filter(
        Q(decided_at__lt=cutoff) | Q(decided_at__isnull=True, created_at__lt=cutoff)
    )


def purge(days, now=None):
    """Blank them; returns how many (one UPDATE; the public pages show none of these fields)."""
    return expired(days, now).update(
        sender_phone="", sender_email="", address_hash="", user_agent=""
    )
