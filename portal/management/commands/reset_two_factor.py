"""For an operator: forget a staff member's authenticator app and recovery codes (a lost phone),
so that they enrol again at their next login."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from portal import two_factor


class Command(BaseCommand):
    help = "Xóa ứng dụng xác thực và mã dự phòng của một tài khoản (khi mất điện thoại)."

    def add_arguments(self, parser):
        parser.add_argument("username", help="Tên đăng nhập của tài khoản.")

    def handle(self, *args, username, **options):
        User = get_user_model()
        try:
            user = User.objects.get(**{User.USERNAME_FIELD: username})
        except User.DoesNotExist as exc:
            raise CommandError(f"Không có tài khoản {username!r}.") from exc
        count = two_factor.reset(user)
        self.stdout.write(
            f"Đã xóa {count} thiết bị xác thực của {username}. Lần đăng nhập tới, tài khoản sẽ"
            " đăng ký lại ứng dụng xác thực (nếu bắt buộc)."
        )
