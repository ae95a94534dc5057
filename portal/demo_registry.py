"""The demo loaders `load_demo` runs: each app registers its own from its AppConfig.ready().

portal imports no app, so apps come to it: ``demo_registry.register(self)`` in ``ready()``
registers ``<app>.demo.load(stdout)``. An app with demo staff accounts also names a function
``staff(password_for, stdout)`` that gives each of them ``password_for(username)``, a
generated password of its own. Loaders run in the order
the apps are installed; each must be idempotent (a second run creates nothing).
"""

from dataclasses import dataclass

from django.utils.module_loading import import_string


@dataclass(frozen=True)
class DemoLoader:
    app_label: str
    load_path: str
    staff_path: str | None = None

    def load(self, stdout):
        import_string(self.load_path)(stdout)

    def give_staff_password(self, password_for, stdout):
        if self.staff_path:
            import_string(self.staff_path)(password_for, stdout)


_loaders: dict[str, DemoLoader] = {}


def register(app_config, load=None, staff=None):
    """Register an app's demo loader (dotted paths, imported only when the demo is loaded)."""
    _loaders[app_config.label] = DemoLoader(
        app_config.label, load or f"{app_config.name}.demo.load", staff
    )


def loaders() -> list[DemoLoader]:
    return list(_loaders.values())
