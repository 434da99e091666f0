from django.apps import AppConfig


class CancersConfig(AppConfig):
    name = "cancers"
    verbose_name = "Cancers"
