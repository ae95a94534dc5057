"""Factories for the people every app's tests need: readers with an account, staff, and the
newsroom's writers and editors."""

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from news.permissions import EDITOR_GROUP, WRITER_GROUP


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"nguoidung{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.org")
    first_name = "Lan"
    last_name = "Nguyễn Thị"
    password = factory.django.Password("mat-khau-thu-nghiem")


class StaffUserFactory(UserFactory):
    """A staff member with no group: may log in to the admin but do nothing there."""

    username = factory.Sequence(lambda n: f"nhanvien{n}")
    is_staff = True


class SuperUserFactory(StaffUserFactory):
    username = factory.Sequence(lambda n: f"quantri{n}")
    is_superuser = True


def _member_of(group_name):
    """A post-generation hook putting the created user into a staff group."""

    @factory.post_generation
    def join_group(self, create, extracted, **kwargs):
        if create:
            self.groups.add(Group.objects.get_or_create(name=group_name)[0])

    return join_group


class WriterFactory(StaffUserFactory):
    """A "Phóng viên": drafts and submits their own articles."""

    username = factory.Sequence(lambda n: f"phongvien{n}")
    join_group = _member_of(WRITER_GROUP)


class EditorFactory(StaffUserFactory):
    """A "Biên tập viên": edits everything, publishes and hides."""

    username = factory.Sequence(lambda n: f"bientap{n}")
    join_group = _member_of(EDITOR_GROUP)
