"""Wagtail's and Django's signals that change what visitors see, whoever or whatever made the change:
an editor, a workflow's approval, wagtail-localize, scheduled publishing."""

from django.db.models.signals import post_delete, post_save, pre_delete

from wagtail.contrib.redirects.models import Redirect
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from charity.models.site_settings import CharitySettings, ImpactFigures
from charity.models.snippets import Partner, Person
from pagecache import purges, routes


def on_page_changed(sender, instance, **kwargs):
    purges.purge_showing(instance)


def on_page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        purges.purge_everything()


def on_shown_everywhere(sender, **kwargs):
    purges.purge_everything()


def on_changed_once_shown(sender, created=False, **kwargs):
    """Site settings are created with their defaults on first reading, and a new image is shown nowhere
    until a page that uses it is published: only a change made later is purged."""
    if not created:
        purges.purge_everything()


def on_person_changed(sender, instance, **kwargs):
    purges.purge_showing(instance)


def on_redirect_changed(sender, instance, **kwargs):
    purges.purge_path(instance.old_path)


def connect() -> None:
    page_published.connect(on_page_changed, dispatch_uid="pagecache_published")
    page_unpublished.connect(on_page_changed, dispatch_uid="pagecache_unpublished")
    post_page_move.connect(on_shown_everywhere, dispatch_uid="pagecache_moved")
    post_delete.connect(on_page_deleted, dispatch_uid="pagecache_deleted")
    # A section made private must leave every cached page at once, and so must what lists its pages.
    for model in (PageViewRestriction, Partner):
        post_save.connect(on_shown_everywhere, sender=model, dispatch_uid=f"pagecache_saved_{model.__name__}")
    for model in (CharitySettings, ImpactFigures, get_image_model()):
        post_save.connect(on_changed_once_shown, sender=model, dispatch_uid=f"pagecache_saved_{model.__name__}")
    for model in (PageViewRestriction, Partner, CharitySettings, ImpactFigures, get_image_model()):
        post_delete.connect(on_shown_everywhere, sender=model, dispatch_uid=f"pagecache_deleted_{model.__name__}")
    post_save.connect(on_person_changed, sender=Person, dispatch_uid="pagecache_person_saved")
    # Before the deletion, while the person's pages can still be found.
    pre_delete.connect(on_person_changed, sender=Person, dispatch_uid="pagecache_person_deleted")
    post_save.connect(routes.forget_sites, sender=Site, dispatch_uid="pagecache_site_saved")
    post_delete.connect(routes.forget_sites, sender=Site, dispatch_uid="pagecache_site_deleted")
    post_save.connect(on_redirect_changed, sender=Redirect, dispatch_uid="pagecache_redirect_saved")
    post_delete.connect(on_redirect_changed, sender=Redirect, dispatch_uid="pagecache_redirect_deleted")
