"""Django's admin on the site with the staff login (portal.admin_site: lockout, second factor)."""

from django.contrib.admin.apps import AdminConfig


class PortalAdminConfig(AdminConfig):
    default_site = "portal.admin_site.PortalAdminSite"
