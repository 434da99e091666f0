"""Search on SQLite, ranked from one full-text match (see search.backends): the stock backend runs the match
again for each matching page to read its score. Imported on SQLite only: the full-text index's models exist
there alone."""

from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteFTSIndexEntry,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
    SQLiteSearchResults,
)
from modelsearch.query import MatchAll, Not
from modelsearch.utils import get_descendants_content_types_pks


class RankedOnceSQLiteSearchQueryCompiler(SQLiteSearchQueryCompiler):
    def is_ranked_here(self) -> bool:
        normalized = normalize(self.query)
        return self.order_by_relevance and not isinstance(normalized, (MatchAll, Not))

    def matching_entries(self, config):
        match = MatchExpression(
            self.fields or self.FTS_TABLE_FIELDS, self.build_search_query(normalize(self.query), config=config)
        )
        return SQLiteFTSIndexEntry.objects.filter(match).filter(
            index_entry__content_type__in=get_descendants_content_types_pks(self.queryset.model)
        )

    def ranked_pks(self, config) -> list:
        """The pks of the queryset's objects that match, best first (then the newest), found in two queries."""
        if not hasattr(self, "_ranked_pks"):
            entries = self.matching_entries(config)
            ranked = entries.annotate(score=self._build_rank_expression(self.get_search_vectors(), config))
            # Each matching object's bm25 score (lower is better), by its id as the index keeps it (text).
            self._scores = dict(ranked.values_list("index_entry__object_id", "score"))
            objects = entries.values_list("index_entry__object_id", flat=True)
            matching = self.queryset.filter(pk__in=objects).values_list("pk", flat=True)
            self._ranked_pks = sorted(matching, key=lambda pk: (self._scores[str(pk)], -pk))
        return self._ranked_pks

    def search(self, config, start, stop, score_field=None):
        if not self.is_ranked_here():
            return super().search(config, start, stop, score_field=score_field)
        pks = self.ranked_pks(config)[start:stop]
        objects = self.queryset.in_bulk(pks)
        results = [objects[pk] for pk in pks if pk in objects]
        if score_field:
            for result in results:
                setattr(result, score_field, self._scores[str(result.pk)])
        return results


class RankedOnceSQLiteSearchResults(SQLiteSearchResults):
    def _do_count(self):
        if self.query_compiler.is_ranked_here():
            return len(self.query_compiler.ranked_pks(self.query_compiler.get_config(self.backend)))
        return super()._do_count()


class RankedOnceSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = RankedOnceSQLiteSearchQueryCompiler
    results_class = RankedOnceSQLiteSearchResults
