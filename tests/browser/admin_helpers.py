"""Staff accounts and checks for the browser tests of the clerks' admin."""

import re

from django.contrib.auth.models import Group, Permission
from playwright.sync_api import expect

from comments.moderation import MODERATOR_PERMISSIONS
from news.permissions import EDITOR_GROUP, ROLE_PERMISSIONS, WRITER_GROUP
from tests.factories import EditorFactory, SuperUserFactory, WriterFactory

PASSWORD = "mat-khau-thu-nghiem"

# What data migrations give the groups; transactional tests flush migration data.
EXTRA_EDITOR_PERMISSIONS = [
    *(("comments", codename) for codename in MODERATOR_PERMISSIONS),
    *(
        ("portal", f"{action}_{model}")
        for model in ("goldpriceboard", "goldprice", "weatherreport")
        for action in ("add", "change", "delete", "view")
    ),
    ("admin", "view_logentry"),
    *(
        ("polls", f"{action}_{model}")
        for model in ("poll", "choice")
        for action in ("add", "change", "delete", "view")
    ),
]

# Django's English admin phrases; none may be left on a page the clerks use.
ENGLISH_PHRASES = [
    "Please correct the error",
    "Please correct the errors",
    "Show counts",
    "Hide counts",
    "Model name",
    "Add link",
    "Change or view list link",
    "Skip to main content",
    "Toggle theme",
    "Toggle navigation",
    "Select all",
    "Select this object",
    "Filter navigation items",
    "Breadcrumbs",
    "Sidebar",
    "Recent actions",
    "My actions",
    "Log out",
    "View site",
    "Welcome",
    "Save and continue editing",
    "Save and add another",
    "History",
    "Revert",
    "Change history",
    "Changed by",
    "Date/time",
    "Home",
    "Filter",
    "Search",
    "Delete",
    "Today",
    "Now",
    "Choose a",
    "entries",
    "This field is required",
    "Enter a valid",
    "None available",
    "Clear all filters",
    "Go",
    "Save",
    "Close",
    "Yes",
    "No",
]
_ENGLISH_RE = re.compile(r"(?<![\w])(" + "|".join(map(re.escape, ENGLISH_PHRASES)) + r")(?![\w])")


def set_up_roles():
    """The writer "phongvien", the editor "bientap" and the superuser, with the groups' rights."""

    def perms(pairs):
        return [
            Permission.objects.get(content_type__app_label=app, codename=codename)
            for app, codename in pairs
        ]

    writers, _ = Group.objects.get_or_create(name=WRITER_GROUP)
    writers.permissions.set(perms(ROLE_PERMISSIONS[WRITER_GROUP]))
    editors, _ = Group.objects.get_or_create(name=EDITOR_GROUP)
    editors.permissions.set(perms([*ROLE_PERMISSIONS[EDITOR_GROUP], *EXTRA_EDITOR_PERMISSIONS]))
    writer = WriterFactory(
        username="phongvien", first_name="Minh", last_name="Lê Văn", email="phongvien@example.org"
    )
    editor = EditorFactory(
        username="bientap", first_name="Hà", last_name="Trần Thu", email="bientap@example.org"
    )
    superuser = SuperUserFactory(username="quantri", email="quantri@example.org")
    return writer, editor, superuser


def log_in(page, username):
    page.context.clear_cookies()
    page.goto("/quan-tri/login/")
    page.get_by_label("Tên đăng nhập").fill(username)
    page.get_by_label("Mật khẩu").fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    expect(page.locator("#site-name")).to_be_visible()


def english_left(page):
    """Django's English phrases found in the page's text and in what screen readers announce."""
    texts = page.evaluate(
        """() => {
            const out = [document.title, document.body.innerText];
            const named = "[aria-label],[title],[placeholder],[alt]";
            for (const el of document.querySelectorAll(named)) {
                for (const name of ["aria-label", "title", "placeholder", "alt"]) {
                    if (el.hasAttribute(name)) out.push(el.getAttribute(name));
                }
            }
            for (const el of document.querySelectorAll("input[type=submit],input[type=button]")) {
                out.push(el.value);
            }
            // Table headers hidden from sight but read out (the app list's "Model name").
            for (const el of document.querySelectorAll("th, caption, .visually-hidden")) {
                out.push(el.textContent);
            }
            return out;
        }"""
    )
    found = set()
    for value in texts:
        found.update(_ENGLISH_RE.findall(value or ""))
    return sorted(found)
