import pytest


@pytest.fixture(autouse=True)
def _vietnam_time(settings):
    """Formatting tests read local times in Vietnam whatever the machine says."""
    settings.USE_TZ = True
    settings.TIME_ZONE = "Asia/Ho_Chi_Minh"
