from django.core.management.base import BaseCommand, CommandError

from news import audio


class Command(BaseCommand):
    help = (
        "Tạo bản đọc (Nghe bài) cho các bài đã đăng chưa có hoặc đã sửa sau lần tạo trước. "
        "Chạy định kỳ (deploy/systemd/hdnd-audio.timer), không bao giờ trong yêu cầu của bạn đọc."
    )

    def add_arguments(self, parser):
        parser.add_argument("--limit", type=int, default=None, help="Số bài tối đa mỗi lần chạy.")
        parser.add_argument(
            "--require-tools",
            action="store_true",
            help="Báo lỗi (mã thoát khác 0) khi thiếu espeak-ng hoặc opusenc.",
        )

    def handle(self, *args, limit=None, require_tools=False, **options):
        if audio.tools() is None:
            if require_tools:
                raise CommandError(audio.INSTALL_HINT)
            self.stderr.write(audio.INSTALL_HINT)
            return
        done, failed = audio.make_stale(limit=limit, stdout=self.stdout)
        self.stdout.write(f"Nghe bài: {done} bài đã có bản đọc mới nhất, {failed} bài lỗi.")
        if failed:
            raise CommandError(f"{failed} bài chưa tạo được bản đọc.")
