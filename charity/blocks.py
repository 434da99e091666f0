"""The StreamField blocks shared by every page body on the site."""

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

from charity.published import is_published

RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=120)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section heading (h2)")), ("h3", _("Sub-heading (h3)"))],
        default="h2",
        help_text=_("Pages already have their title as the only h1; use h2 for sections."),
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading_block.html"


class ImageWithCaptionBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        max_length=250,
        required=False,
        help_text=_("Describe the image for people who cannot see it. Leave empty to use the image's own description."),
    )
    caption = blocks.CharBlock(max_length=250, required=False)
    credit = blocks.CharBlock(max_length=120, required=False)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image_with_caption_block.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock()
    author = blocks.CharBlock(max_length=120, required=False)
    role = blocks.CharBlock(max_length=160, required=False, help_text=_("For example: President of the charity."))

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote_block.html"


class KeyFigureBlock(blocks.StructBlock):
    figure = blocks.CharBlock(
        max_length=40, help_text=_('The number as readers should see it: "94%", "7,200", "1 in 10,000".')
    )
    label = blocks.CharBlock(max_length=160, help_text=_("What the number measures."))
    source = blocks.CharBlock(max_length=200, required=False, help_text=_("Where the figure comes from."))

    class Meta:
        icon = "pick"
        label = _("Key figure")
        template = "blocks/key_figure_block.html"


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120)
    text = blocks.TextBlock(required=False)
    button_label = blocks.CharBlock(max_length=60)
    page = blocks.PageChooserBlock(required=False)
    url = blocks.URLBlock(required=False, help_text=_("Used when no page is chosen."))

    class Meta:
        icon = "link"
        label = _("Call to action")
        template = "blocks/call_to_action_block.html"

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError({"page": gettext("Choose a page or enter a web address.")})
        return value

    def get_context(self, value, parent_context=None):
        """The button leads to the chosen page in the language being read while that page is published,
        to the web address otherwise; without either, there is no button (never a link to a draft)."""
        context = super().get_context(value, parent_context=parent_context)
        page = value.get("page") and value["page"].localized
        context["target_page"] = page if is_published(page) else None
        return context


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    title = blocks.CharBlock(max_length=160, required=False, help_text=_("Leave empty to use the document's title."))
    description = blocks.CharBlock(max_length=250, required=False)

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "blocks/document_link_block.html"


class ImpactFiguresBlock(blocks.StaticBlock):
    class Meta:
        icon = "pick"
        label = _("Impact figures")
        admin_text = _("Shows the charity's impact figures, as edited in Settings → Impact figures.")
        template = "blocks/impact_figures_block.html"


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, template="blocks/paragraph_block.html")
    image = ImageWithCaptionBlock()
    quote = QuoteBlock()
    key_figure = KeyFigureBlock()
    impact_figures = ImpactFiguresBlock()
    call_to_action = CallToActionBlock()
    embed = EmbedBlock(
        help_text=_("A video or other media from a supported provider."), template="blocks/embed_block.html"
    )
    document = DocumentLinkBlock()


class KeyFiguresBlock(blocks.StreamBlock):
    key_figure = KeyFigureBlock()
