"""Wagtail's database search, with each language's own stemming on PostgreSQL.

PostgreSQL reduces words to a stem before indexing and matching them ("enfants" and "enfant" both become
"enfant"), with rules that depend on the language. Wagtail's database backend takes a single SEARCH_CONFIG
for all content, which would stem the French pages with English rules or the reverse. Here each object is
indexed with the text search configuration of its own locale (SEARCH_CONFIGS: language code → configuration),
and a search of translatable content uses the configuration of the language being read. Objects without a
locale (images, documents) and autocomplete keep "simple", which lower-cases words without stemming them.

SQLite has no such configurations. Its stock backend ranks results with a subquery that runs the full-text
match once per matching page: a word thousands of pages contain took 45 seconds at 20,000 pages. Here the
match runs once, its scores are read together, and the matching pages are ranked from them
(search/sqlite_ranking.py, imported on SQLite only: its models exist there alone).

After changing SEARCH_CONFIGS, `manage.py update_index` re-indexes the content with the new configurations.
"""

import copy
from collections import defaultdict

from modelsearch.backends.database import SearchBackend as StockDatabaseSearchBackend
from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)

from django.conf import settings
from django.db import connection
from django.utils import translation

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, TranslatableMixin

UNSTEMMED_CONFIG = "simple"


def SearchBackend(params):
    """The backend for the default database; Wagtail looks a backend module's `SearchBackend` up by this name."""
    if connection.vendor == "postgresql":
        return PerLanguagePostgresSearchBackend(params)
    stock = StockDatabaseSearchBackend(params)
    if type(stock).__name__ == "SQLiteSearchBackend":  # SQLite with its full-text extension, FTS5
        from search.sqlite_ranking import RankedOnceSQLiteSearchBackend

        return RankedOnceSQLiteSearchBackend(params)
    return stock


class PerLanguageIndex(PostgresIndex):
    def add_items(self, model, objs):
        """Index the objects of each language with that language's configuration.

        The stock index builds each object's vectors with `backend.config`: each group of objects goes
        through it with a copy of the backend set to its language's configuration.
        """
        objects_by_config = defaultdict(list)
        languages = self.backend.languages_by_locale_id() if issubclass(model, TranslatableMixin) else {}
        for obj in objs:
            language_code = languages.get(getattr(obj, "locale_id", None))
            objects_by_config[self.backend.config_for_language(language_code)].append(obj)
        for config, objects in objects_by_config.items():
            PostgresIndex(self.backend.with_config(config)).add_items(model, objects)


class PerLanguageSearchQueryCompiler(PostgresSearchQueryCompiler):
    def get_config(self, backend):
        """Stem the query like the content it is matched against: translatable content in the active language."""
        if issubclass(self.queryset.model, TranslatableMixin):
            return backend.config_for_language(translation.get_language() or settings.LANGUAGE_CODE)
        return backend.config


class PerLanguagePostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = PerLanguageSearchQueryCompiler
    index_class = PerLanguageIndex

    def __init__(self, params):
        super().__init__(params)
        self.configs = dict(params.get("SEARCH_CONFIGS", {}))
        # What objects without a language are indexed and searched with.
        self.config = UNSTEMMED_CONFIG

    def config_for_language(self, language_code: str | None) -> str:
        if not language_code:
            return self.config
        try:
            content_language = get_supported_content_language_variant(language_code)
        except LookupError:
            return self.config
        return self.configs.get(content_language, self.config)

    def languages_by_locale_id(self) -> dict[int, str]:
        return dict(Locale.objects.values_list("pk", "language_code"))

    def with_config(self, config: str) -> "PerLanguagePostgresSearchBackend":
        backend = copy.copy(self)
        backend.config = config
        return backend
