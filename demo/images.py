"""Illustrations and example documents drawn locally, so that the demo site builds offline."""

import hashlib
import random
from io import BytesIO

from PIL import Image, ImageDraw, ImageFont

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.utils.text import slugify

from wagtail.documents import get_document_model
from wagtail.images import get_image_model

SIZE = (1200, 750)

# Warm backgrounds with a contrasting accent: each palette is (top colour, bottom colour, accents).
# COLOUR_WORDS describes each palette in the images' alt text.
PALETTES = {
    "orange": ((255, 183, 77), (230, 92, 60), [(255, 236, 179), (41, 98, 155), (255, 255, 255)]),
    "coral": ((255, 171, 145), (200, 70, 90), [(255, 224, 178), (60, 90, 150), (255, 245, 235)]),
    "sunrise": ((255, 213, 79), (239, 108, 0), [(255, 255, 255), (90, 60, 140), (255, 204, 188)]),
    "teal": ((128, 203, 196), (0, 105, 120), [(255, 204, 128), (255, 255, 255), (255, 138, 101)]),
    "blue": ((144, 202, 249), (40, 80, 160), [(255, 183, 77), (255, 255, 255), (255, 138, 128)]),
    "violet": ((206, 147, 216), (94, 53, 177), [(255, 224, 130), (255, 255, 255), (255, 171, 145)]),
}
COLOUR_WORDS = {
    "orange": "orange, cream and blue",
    "coral": "coral, pink and blue",
    "sunrise": "yellow, orange and purple",
    "teal": "teal, white and orange",
    "blue": "blue, orange and white",
    "violet": "violet, yellow and white",
}


def palette_for(name: str) -> str:
    """A stable palette for a name, so that the same title always gets the same colours."""
    digest = int(hashlib.sha1(name.encode()).hexdigest(), 16)
    return list(PALETTES)[digest % len(PALETTES)]


# Pillow's bundled font has no accented letters ("AcSé"); a system font is used where there is one.
SYSTEM_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def illustration_font(size: int):
    try:
        return ImageFont.truetype(SYSTEM_FONT, size)
    except OSError:
        return ImageFont.load_default(size=size)


def draw_illustration(word: str, palette: str) -> bytes:
    top, bottom, accents = PALETTES[palette]
    rng = random.Random(word)
    width, height = SIZE

    mask = Image.linear_gradient("L").resize(SIZE)
    image = Image.composite(Image.new("RGB", SIZE, bottom), Image.new("RGB", SIZE, top), mask)

    # Shapes are drawn at half size and scaled up: smooth edges at a fraction of the cost of a blur.
    half = (width // 2, height // 2)
    shapes = Image.new("RGBA", half, (0, 0, 0, 0))
    draw = ImageDraw.Draw(shapes)
    for _ in range(9):
        radius = rng.randint(30, 130)
        x, y = rng.randint(0, half[0]), rng.randint(0, half[1])
        colour = rng.choice(accents)
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=(*colour, rng.randint(50, 120)))
    for _ in range(3):
        radius = rng.randint(40, 100)
        x, y = rng.randint(0, half[0]), rng.randint(0, half[1])
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), outline=(255, 255, 255, 150), width=3)
    image = Image.alpha_composite(image.convert("RGBA"), shapes.resize(SIZE, Image.Resampling.BILINEAR))

    text_layer = ImageDraw.Draw(image)
    font_size = 96 if len(word) <= 14 else 64
    font = illustration_font(font_size)
    left, top_edge, right, bottom_edge = text_layer.textbbox((0, 0), word, font=font)
    position = ((width - (right - left)) / 2, height - (bottom_edge - top_edge) - 90)
    text_layer.text((position[0] + 3, position[1] + 3), word, font=font, fill=(0, 0, 0, 90))
    text_layer.text(position, word, font=font, fill=(255, 255, 255, 255))

    output = BytesIO()
    image.convert("RGB").save(output, format="JPEG", quality=80)
    return output.getvalue()


# The word drawn on a news item's illustration when it concerns several programs.
RESEARCH_NEWS_WORD = "Research news"


def illustration_description(word: str, palette: str, subject: str) -> str:
    """The alt text of an illustration showing `word`, made for `subject` (`fr.images` has the French)."""
    return f"Abstract illustration of {COLOUR_WORDS[palette]} circles with the words “{word}”, for {subject}"


def home_illustration() -> tuple[str, str]:
    """The title and subject of the home page's illustration."""
    return "Illustration: home page", "the home page of Imagine for Margo"


def cancer_illustration(title: str) -> tuple[str, str]:
    return f"Illustration: {title}", f"the page on {title}"


def program_illustration(acronym: str) -> tuple[str, str]:
    return f"Illustration: {acronym} program", f"the {acronym} program"


def news_illustration(title: str) -> tuple[str, str]:
    return f"Illustration: {title}", f"the news item “{title}”"


def ensure_image(title: str, word: str, description: str, palette: str):
    """The Wagtail image with this title, drawn only the first time; its description is kept current."""
    image_model = get_image_model()
    image = image_model.objects.filter(title=title).order_by("pk").first()
    if image is None:
        content = draw_illustration(word, palette)
        image = image_model(title=title, description=description)
        image.file = ImageFile(BytesIO(content), name=f"{slugify(title)}.jpg")
        image._set_image_file_metadata()
        image.save()
    elif image.description != description:
        image.description = description
        image.save(update_fields=["description"])
    return image


def draw_pdf(lines: list[str]) -> bytes:
    page = Image.new("RGB", (827, 1169), "white")
    draw = ImageDraw.Draw(page)
    draw.rectangle((0, 0, 827, 24), fill=(239, 108, 0))
    title_font, text_font = illustration_font(34), illustration_font(22)
    draw.text((70, 110), lines[0], font=title_font, fill=(40, 40, 40))
    for row, line in enumerate(lines[1:]):
        draw.text((70, 190 + row * 44), line, font=text_font, fill=(60, 60, 60))
    output = BytesIO()
    page.save(output, format="PDF", resolution=100.0)
    return output.getvalue()


def ensure_document(title: str, lines: list[str]):
    """The Wagtail document with this title, generated only the first time."""
    document_model = get_document_model()
    document = document_model.objects.filter(title=title).order_by("pk").first()
    if document is None:
        document = document_model(title=title)
        document.file = ContentFile(draw_pdf(lines), name=f"{slugify(title)}.pdf")
        document._set_document_file_metadata()
        document.save()
    return document
