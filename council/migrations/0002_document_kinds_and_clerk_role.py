"""The editable list of document kinds, and the records clerks' group "Văn thư" (editors get
the same permissions on the council's records)."""

from django.db import migrations

from portal import group_permissions

# name, slug, abbreviation, is a legal act, order
KINDS = [
    ("Nghị quyết", "nghi-quyet", "NQ", True, 1),
    ("Quyết định", "quyet-dinh", "QĐ", True, 2),
    ("Kế hoạch", "ke-hoach", "KH", False, 3),
    ("Chương trình", "chuong-trinh", "CTr", False, 4),
    ("Báo cáo", "bao-cao", "BC", False, 5),
    ("Tờ trình", "to-trinh", "TTr", False, 6),
    ("Thông báo", "thong-bao", "TB", False, 7),
    ("Công văn", "cong-van", "", False, 8),
    ("Biên bản", "bien-ban", "BB", False, 9),
]

CLERK_GROUP = "Văn thư"
EDITOR_GROUP = "Biên tập viên"
# Frozen copy of council.permissions.CLERK_PERMISSIONS as it was when this was written.
MANAGED = [
    "document",
    "documentfile",
    "documentchange",
    "session",
    "agendaitem",
    "term",
    "documentkind",
    "sector",
    "issuingbody",
]
CLERK_PERMISSIONS = [
    ("council", f"{action}_{model}") for model in MANAGED for action in ("add", "change", "delete", "view")
] + [("news", "view_article"), ("news", "view_category")]


def create(apps, schema_editor):
    DocumentKind = apps.get_model("council", "DocumentKind")
    for name, slug, abbreviation, is_legal_act, order in KINDS:
        DocumentKind.objects.get_or_create(
            slug=slug,
            defaults={
                "name": name,
                "abbreviation": abbreviation,
                "is_legal_act": is_legal_act,
                "order": order,
            },
        )
    group_permissions.grant(apps, CLERK_GROUP, CLERK_PERMISSIONS)
    council_only = [p for p in CLERK_PERMISSIONS if p[0] == "council"]
    group_permissions.grant(apps, EDITOR_GROUP, council_only)


def remove(apps, schema_editor):
    council_only = [p for p in CLERK_PERMISSIONS if p[0] == "council"]
    group_permissions.revoke(apps, EDITOR_GROUP, council_only)
    apps.get_model("auth", "Group").objects.filter(name=CLERK_GROUP).delete()
    # The kinds go with the table when 0001 is reversed.


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("news", "0003_newsroom_roles"),
        ("council", "0001_documents_and_sessions"),
    ]

    operations = [migrations.RunPython(create, remove)]
