from django import template

from subscriptions.forms import FollowForm

register = template.Library()


@register.inclusion_tag("subscriptions/includes/follow_form.html", takes_context=True)
def follow_form(context, program=None, cancer=None, form=None):
    """The sign-up form for a program's news, a cancer's, or (with neither) all news."""
    return {
        "request": context.get("request"),
        "csrf_token": context.get("csrf_token"),
        "form": form or FollowForm(program=program, cancer=cancer),
        "program": program,
        "cancer": cancer,
    }
