import pytest

from .factories import PollFactory


@pytest.fixture
def poll(db):
    return PollFactory()
