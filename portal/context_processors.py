import re

from django.conf import settings

from . import site_url


def site(request):
    office = dict(settings.PORTAL_OFFICE)
    # tel: links want the digits only; the footer shows the number as the office writes it.
    office["phone_link"] = re.sub(r"[^\d+]", "", office.get("phone") or "")
    return {
        "SITE_NAME": settings.SITE_NAME,
        "SITE_SHORT_NAME": settings.SITE_SHORT_NAME,
        "SITE_URL": site_url.base(),
        "OFFICE": office,
    }
