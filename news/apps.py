from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = "Tin tức"

    def ready(self):
        from portal import demo_registry

        demo_registry.register(self, staff="news.demo.give_staff_password")
