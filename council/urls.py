from django.urls import path

from . import (
    delegate_views,
    feeds,
    office_views,
    petition_views,
    question_views,
    schedule_views,
    views,
)

app_name = "council"

urlpatterns = [
    path("van-ban/", views.document_list, name="document_list"),
    path("van-ban/rss/", feeds.LatestDocumentsFeed(), name="document_feed"),
    path("van-ban/loai/<slug:slug>/rss/", feeds.KindDocumentsFeed(), name="kind_feed"),
    path("van-ban/tep/<int:pk>/<str:name>", views.file_download, name="file_download"),
    path("van-ban/<slug:slug>/", views.document_detail, name="document_detail"),
    path("van-ban/<slug:slug>/in/", views.document_print, name="document_print"),
    path("ky-hop/", views.session_list, name="session_list"),
    path("ky-hop/<slug:slug>/", views.session_detail, name="session_detail"),
    # Voters' petitions and citizens' questions.
    path("kien-nghi/", petition_views.petition_list, name="petition_list"),
    path("kien-nghi/gui/", petition_views.petition_form, name="petition_form"),
    path("kien-nghi/tra-cuu/", petition_views.petition_lookup, name="petition_lookup"),
    path("kien-nghi/<int:pk>/", petition_views.petition_detail, name="petition_detail"),
    # Delegates, committees
    path("dai-bieu/", delegate_views.delegate_list, name="delegate_list"),
    path("dai-bieu/tim/", delegate_views.delegate_lookup, name="delegate_lookup"),
    path("dai-bieu/ban/", delegate_views.committee_list, name="committee_list"),
    path("dai-bieu/ban/<slug:slug>/", delegate_views.committee_detail, name="committee_detail"),
    path("dai-bieu/<slug:slug>/", delegate_views.delegate_detail, name="delegate_detail"),
    path(
        "dai-bieu/<slug:slug>/lich-cong-tac.ics",
        delegate_views.delegate_calendar,
        name="delegate_ical",
    ),
    # Questions in session
    path("chat-van/", question_views.question_list, name="question_list"),
    path("chat-van/<int:pk>/", question_views.question_detail, name="question_detail"),
    # Work schedule
    path("lich-cong-tac/", schedule_views.week_current, name="schedule_week_current"),
    path("lich-cong-tac/tuan/<str:week>/", schedule_views.week_view, name="schedule_week"),
    path(
        "lich-cong-tac/tuan/<str:week>/in/", schedule_views.week_print, name="schedule_week_print"
    ),
    path("lich-cong-tac/thang/", schedule_views.month_current, name="schedule_month_current"),
    path("lich-cong-tac/thang/<str:month>/", schedule_views.month_view, name="schedule_month"),
    path("lich-cong-tac/lich.ics", schedule_views.calendar_all, name="schedule_ical"),
    path(
        "lich-cong-tac/loai/<str:kind>.ics", schedule_views.calendar_kind, name="schedule_kind_ical"
    ),
    # The office's own pages (council.office_views).
    path("gioi-thieu/", office_views.about, name="about"),
    path("gioi-thieu/<slug:slug>/", office_views.page, name="page"),
    path("en/", office_views.english, name="english"),
    path("en/<slug:slug>/", office_views.page_english, name="page_english"),
    path("lien-he/", office_views.contact_form, name="contact"),
    path("lien-he/da-gui/", office_views.contact_sent, name="contact_sent"),
]
