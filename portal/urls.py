from captcha import urls as captcha_urls
from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.static import serve

from comments import views as comment_views
from news import uploads as news_uploads
from portal import health, two_factor_views, views

# Refreshing goes through comments' rate-limited view, sound through its Vietnamese voice.
captcha_urls_ours = [
    pattern
    for pattern in captcha_urls.urlpatterns
    if pattern.name not in {"captcha-refresh", "captcha-audio"}
]

admin.site.site_header = "Quản trị Cổng thông tin HĐND"
admin.site.site_title = "Quản trị HĐND"
admin.site.index_title = "Quản lý nội dung"

urlpatterns = [
    path(".well-known/security.txt", views.security_txt, name="security_txt"),
    path(".well-known/csp-report", views.csp_report, name="csp_report"),
    path("quan-tri/xac-thuc-hai-buoc/", two_factor_views.enrol, name="two_factor_enrol"),
    path("quan-tri/", admin.site.urls),
    # Our validating upload view, in place of django_ckeditor_5.urls (see news.uploads).
    path("ckeditor5/tai-anh/", news_uploads.upload_image, name="news_image_upload"),
    # The captcha's pictures (the library's views) and sounds (comments', in Vietnamese).
    re_path(
        r"^captcha/audio/(?P<key>\w+)\.wav$", comment_views.captcha_audio, name="captcha-audio"
    ),
    path("captcha/", include(captcha_urls_ours)),
    path("suc-khoe/", health.liveness, name="health_liveness"),
    path("suc-khoe/san-sang/", health.readiness, name="health_readiness"),
    path("binh-chon/", include("polls.urls")),
    path("binh-luan/", include("comments.urls")),
    path("", include("council.urls")),
    path("", include("news.urls")),
]

if settings.SERVE_MEDIA:
    media_prefix = settings.MEDIA_URL.lstrip("/")
    urlpatterns += [
        re_path(rf"^{media_prefix}(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT})
    ]

handler400 = views.bad_request
handler403 = views.permission_denied
handler404 = views.page_not_found
handler500 = views.server_error
