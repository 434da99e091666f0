import inspect

import pytest
import wagtail_factories

from wagtail.models import get_page_models

from tests import factories

PROJECT_APPS = {"charity", "cancers", "programs"}


def project_page_models():
    return {model for model in get_page_models() if model._meta.app_label in PROJECT_APPS}


def page_factories():
    return [
        member
        for _, member in inspect.getmembers(factories, inspect.isclass)
        if issubclass(member, wagtail_factories.PageFactory) and member is not wagtail_factories.PageFactory
    ]


def test_every_page_type_has_a_factory():
    models_with_a_factory = {page_factory._meta.model for page_factory in page_factories()}
    missing = {model.__name__ for model in project_page_models() - models_with_a_factory}
    assert not missing, f"Add a factory to tests/factories.py for: {', '.join(sorted(missing))}"


@pytest.mark.parametrize("page_factory", page_factories(), ids=lambda page_factory: page_factory.__name__)
def test_each_page_factory_builds_a_valid_page(db, page_factory):
    page = page_factory.build()
    # Tree fields (path, depth) only exist once the page is in the tree.
    page.full_clean(exclude=["path", "depth"])
