"""The council's group in the site menu, reachable from every page: one list, in order.

Each entry is (name, URL name); another part of the council adds its pages by appending here.
"""

GROUP_NAME = "Hoạt động HĐND"

ENTRIES = [
    ("Đại biểu", "council:delegate_list"),
    ("Chất vấn", "council:question_list"),
    ("Lịch công tác", "council:schedule_week_current"),
    ("Kiến nghị cử tri", "council:petition_list"),
    ("Gửi câu hỏi, kiến nghị", "council:petition_form"),
    ("Tra cứu", "council:petition_lookup"),
]
