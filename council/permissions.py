"""The records clerks' role: "Văn thư" manages documents, their files and sessions, delegates,
questions in session and the work schedule; the
newsroom's editors ("Biên tập viên") do too. Created by migration 0002 (which keeps a frozen copy).
"""

CLERK_GROUP = "Văn thư"
EDITOR_GROUP = "Biên tập viên"

_MANAGED = [
    "document",
    "documentfile",
    "documentchange",
    "session",
    "agendaitem",
    "term",
    "documentkind",
    "sector",
    "issuingbody",
    # Part 2: delegates, questions in session, the work schedule.
    "position",
    "committee",
    "delegategroup",
    "constituency",
    "ward",
    "delegate",
    "membership",
    "committeemembership",
    "agency",
    "question",
    "commitment",
    "event",
]
CLERK_PERMISSIONS = [
    ("council", f"{action}_{model}")
    for model in _MANAGED
    for action in ("add", "change", "delete", "view")
] + [
    # To link articles and a session's news category (autocomplete in the admin).
    ("news", "view_article"),
    ("news", "view_category"),
]

# Voters' petitions and the agencies answering them (granted by migration 0004).
PETITION_PERMISSIONS = [
    ("council", f"{action}_{model}")
    for model in ("petition", "agency")
    for action in ("add", "change", "delete", "view")
]
CLERK_PERMISSIONS += PETITION_PERMISSIONS
