"""Load the original demo content of every app, then make sure a demo staff account exists.

Apps offer their loaders through portal.demo_registry (registered in their AppConfig.ready()).

Idempotent: records are found by their natural keys and left alone when present, so a second run
changes nothing.
"""

import os
import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction

from portal import demo_registry

STAFF_USERNAME = "quantri"
CREDENTIALS_FILE = Path(settings.BASE_DIR) / ".demo-credentials"


class Command(BaseCommand):
    help = "Nạp nội dung mẫu (idempotent) và in thông tin đăng nhập của tài khoản quản trị mẫu."

    def add_arguments(self, parser):
        parser.add_argument("--no-staff", action="store_true", help="Không tạo tài khoản mẫu.")

    def handle(self, *args, **options):
        for loader in demo_registry.loaders():
            with transaction.atomic():
                loader.load(self.stdout)
        if not options["no_staff"]:
            self.ensure_staff()

    def ensure_staff(self):
        User = get_user_model()
        password = os.environ.get("DEMO_ADMIN_PASSWORD") or self.password_for(STAFF_USERNAME)
        user = User.objects.filter(username=STAFF_USERNAME).first()
        if user is None:
            user = User(username=STAFF_USERNAME, email="quantri@example.org")
            user.first_name, user.last_name = "Quản trị", "Văn phòng"
        changed = not user.pk or not user.check_password(password)
        if changed:
            user.is_staff = user.is_superuser = user.is_active = True
            user.set_password(password)
            user.save()
        self.stdout.write(
            "\nĐăng nhập trang quản trị: http://127.0.0.1:8000/quan-tri/\n"
            f"  Tên đăng nhập: {STAFF_USERNAME}\n"
            f"  Mật khẩu:      {password}\n"
            "  (đặt DEMO_ADMIN_PASSWORD để tự chọn mật khẩu; mật khẩu sinh ngẫu nhiên của từng"
            f" tài khoản mẫu được lưu trong {CREDENTIALS_FILE.name})\n"
        )
        # Apps' own demo accounts (the news writer and editor) get passwords of their own, so
        # that one leaked demo password opens one account only.
        for loader in demo_registry.loaders():
            loader.give_staff_password(self.password_for, self.stdout)

    def password_for(self, username):
        """The account's generated password, remembered in CREDENTIALS_FILE (one
        "username password" line each) so that a second run keeps it."""
        saved = self._saved_passwords()
        if username in saved:
            return saved[username]
        saved[username] = secrets.token_urlsafe(12)
        lines = "".join(f"{name} {password}\n" for name, password in saved.items())
        CREDENTIALS_FILE.write_text(lines, encoding="utf-8")
        CREDENTIALS_FILE.chmod(0o600)
        return saved[username]

    def _saved_passwords(self):
        if not CREDENTIALS_FILE.exists():
            return {}
        saved = {}
        for line in CREDENTIALS_FILE.read_text(encoding="utf-8").splitlines():
            name, _, password = line.strip().partition(" ")
            if name and password:
                saved[name] = password
        return saved
