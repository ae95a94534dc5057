"""Demo comments in every state on the newest demo articles, and a few banned words.

Idempotent: a comment is found by its article position, name and title and left alone when it
exists, so running the demo twice changes nothing.
"""

import datetime

from django.utils import timezone

from news.models import Article

from .models import BannedWord, Comment

S = Comment.Status

BANNED_WORDS = ["cá độ", "lô đề", "vay tiền nhanh", "tín dụng đen"]

# (article position among the newest, hours after publication, status, name, phone, title,
#  content, official reply, banned words it contains)
COMMENTS = [
    (
        0,
        2,
        S.APPROVED,
        "Nguyễn Văn Hải",
        "0912345678",
        "Đề nghị sớm nâng cấp đường Bến Sông",
        "Tôi ở tổ 7 phường Trung Tâm. Đoạn đường Bến Sông gần chợ cứ mưa lớn là ngập nửa bánh "
        "xe, học sinh đi học rất vất vả.\nMong kỳ họp này HĐND thành phố bố trí vốn để nâng cấp "
        "tuyến đường.",
        "Văn phòng HĐND thành phố đã chuyển kiến nghị của ông tới UBND thành phố. Dự án nâng cấp "
        "đường Bến Sông có trong danh mục đầu tư công năm tới; khi có quyết định, chúng tôi sẽ "
        "đăng tin trên Cổng thông tin.",
        "",
    ),
    (
        0,
        5,
        S.APPROVED,
        "Trần Thị Thu Hà",
        "",
        "Cảm ơn các đại biểu",
        "Đọc tin thấy các đại biểu chất vấn rất thẳng thắn về chuyện rác thải ở bãi Tân Lập. "
        "Cảm ơn các anh chị đã nói thay tiếng nói của bà con.",
        "",
        "",
    ),
    (
        0,
        7,
        S.PENDING,
        "Lê Minh Tuấn",
        "02438251234",
        "Hỏi về lịch tiếp xúc cử tri",
        "Cho tôi hỏi lịch tiếp xúc cử tri sau kỳ họp ở phường Hòa Bình là ngày nào, tổ chức ở "
        "đâu? Tôi muốn đến góp ý về việc lấn chiếm vỉa hè.",
        "",
        "",
    ),
    (
        0,
        8,
        S.SPAM,
        "Khuyến mãi",
        "",
        "Vay tiền nhanh trong ngày",
        "Vay tiền nhanh không cần thế chấp, giải ngân trong 30 phút, lãi suất thấp. Liên hệ "
        "ngay để được tư vấn miễn phí.",
        "",
        "vay tiền nhanh",
    ),
    (
        1,
        3,
        S.APPROVED,
        "Phạm Quốc Bảo",
        "",
        "Giá vé gửi xe ở bệnh viện",
        "Giá gửi xe máy ở bệnh viện đa khoa thành phố vừa tăng từ 3.000 lên 5.000 đồng một "
        "lượt. Người nhà bệnh nhân phải ra vào nhiều lần trong ngày nên rất tốn kém.",
        "Ban Văn hóa – Xã hội HĐND thành phố đã ghi nhận ý kiến và sẽ đưa nội dung này vào "
        "chương trình giám sát quý tới. Cảm ơn ông đã phản ánh.",
        "",
    ),
    (
        1,
        6,
        S.REJECTED,
        "Người qua đường",
        "",
        "Chán chẳng buồn nói",
        "Bài nào cũng như bài nào, đọc xong chẳng thấy gì mới, toàn chuyện cũ nhắc lại!",
        "",
        "",
    ),
    (
        1,
        9,
        S.PENDING,
        "Đỗ Thị Hồng",
        "",
        "Tụ tập cá độ ở quán nước",
        "Tối nào quán nước đầu hẻm 42 cũng có nhóm thanh niên tụ tập cá độ bóng đá, ồn ào đến "
        "khuya. Đề nghị công an phường kiểm tra.",
        "",
        "cá độ",
    ),
    (
        2,
        4,
        S.APPROVED,
        "Hoàng Văn Sơn",
        "",
        "Ý kiến về trường mầm non Hoa Sen",
        "Trường mầm non Hoa Sen đã quá tải: lớp của con tôi có 45 cháu mà chỉ 2 cô.\n\n"
        "Tôi đề nghị:\n- Xây thêm phòng học;\n- Tuyển thêm giáo viên trước năm học mới.",
        "",
        "",
    ),
    (
        2,
        10,
        S.PENDING,
        "Vũ Thanh Lam",
        "",
        "Cây xanh trên đường Võ Thị Sáu",
        "Nhiều cây xanh trên đường Võ Thị Sáu bị sâu đục thân, cành khô có thể gãy khi có gió "
        "lớn. Mong công ty cây xanh kiểm tra trước mùa mưa bão.",
        "",
        "",
    ),
]


def load(stdout):
    for word in BANNED_WORDS:
        BannedWord.objects.get_or_create(word=word)

    articles = list(Article.objects.published().order_by("-published_at", "-id")[:3])
    if not articles:
        stdout.write("Bình luận: chưa có bài viết nào để thêm bình luận mẫu.")
        return

    created = 0
    now = timezone.now()
    for position, hours, status, name, phone, title, content, reply, flagged in COMMENTS:
        article = articles[position % len(articles)]
        if Comment.objects.filter(article=article, name=name, title=title).exists():
            continue
        moment = min(article.published_at + datetime.timedelta(hours=hours), now)
        later = min(moment + datetime.timedelta(hours=1), now)
        comment = Comment.objects.create(
            article=article,
            name=name,
            phone=phone,
            title=title,
            content=content,
            status=status,
            flagged_words=flagged,
            reply=reply,
            replied_at=later if reply else None,
            moderated_at=None if status == S.PENDING else later,
        )
        Comment.objects.filter(pk=comment.pk).update(created_at=moment)
        created += 1
    stdout.write(f"Bình luận: {created} bình luận mẫu mới, {len(BANNED_WORDS)} từ bị cấm.")
