"""Image upload endpoint for the CKEditor 5 editor in the admin.

It replaces django-ckeditor-5's own view (which stores files under their original names after a
shallow check, and lets everybody upload when its permission setting has an unexpected value):
only active staff who may write articles can upload, and every file goes through news.images.
Answers are JSON in the shape CKEditor 5's SimpleUploadAdapter reads.
"""

from django.core.exceptions import ValidationError
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

from . import images


def _error(message, status):
    return JsonResponse({"error": {"message": message}}, status=status)


def may_upload(user):
    return bool(
        user.is_authenticated
        and user.is_active
        and user.is_staff
        and (user.has_perm("news.add_article") or user.has_perm("news.change_article"))
    )


@never_cache
def upload_image(request):
    if request.method != "POST":
        return _error("Chỉ nhận ảnh gửi lên bằng phương thức POST.", 405)
    if not may_upload(request.user):
        return _error("Bạn không có quyền tải ảnh lên.", 403)
    # Refuse an oversized body before Django reads it into a temporary file.
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    if length > images.max_bytes() + 64 * 1024:
        return _error(images.too_large_message(length), 413)
    upload = request.FILES.get("upload")
    if upload is None:
        return _error("Chưa có tệp ảnh nào được gửi lên.", 400)
    try:
        stored = images.store(upload, folder="articles")
    except ValidationError as exc:
        return _error(" ".join(exc.messages), 400)
    except images.StorageError as exc:
        return _error(exc.message, exc.status)
    images.remember_body_image(stored, request.user)
    # CKEditor 5 turns numeric keys into the image's srcset.
    responsive = stored.responsive_urls()
    urls = {"default": responsive["default"]}
    urls.update((str(width), url) for width, url in responsive["widths"])
    return JsonResponse({"urls": urls})
