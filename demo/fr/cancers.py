"""Cancer pages in French, in the order of the English ones: the six from seed.txt, then the example pages
awaiting medical review."""

from .. import cancers as en
from . import translation_of
from .blocks import MEDICAL_REVIEW_NOTE, donate_call, heading, key_figure, note, paragraph

_english = {cancer["slug"]: cancer for cancer in en.CANCERS}

SEED_CANCERS = [
    translation_of(
        _english["nephroblastoma"],
        slug="nephroblastome",
        title="Néphroblastome",
        other_names="tumeur de Wilms",
        summary=(
            "Le néphroblastome, aussi appelé tumeur de Wilms, est le cancer du rein le plus fréquent chez l’enfant. "
            "Il représente entre 5 % et 14 % de l’ensemble des cancers de l’enfant."
        ),
        key_figures=[
            key_figure("5 à 14 %", "des cancers de l’enfant sont des néphroblastomes"),
            key_figure("1 pour 10 000", "naissances : environ un cas de néphroblastome"),
        ],
        body=[
            heading("Le cancer du rein le plus fréquent chez l’enfant"),
            paragraph(
                "Le néphroblastome, aussi appelé tumeur de Wilms, est le cancer du rein le plus fréquent chez",
                "l’enfant. Il représente entre 5 % et 14 % de l’ensemble des cancers de l’enfant, soit environ",
                "un cas pour 10 000 naissances.",
            ),
            donate_call(
                text=(
                    "Chaque don soutient les programmes de recherche "
                    "sélectionnés par des experts en oncologie pédiatrique."
                )
            ),
        ],
    ),
    translation_of(
        _english["rhabdomyosarcoma"],
        slug="rhabdomyosarcome",
        title="Rhabdomyosarcome",
        other_names="RMS",
        summary=(
            "Le rhabdomyosarcome (RMS) est le cancer des tissus mous le plus fréquent chez l’enfant et "
            "l’adolescent, mais il reste un cancer rare."
        ),
        key_figures=[
            key_figure(
                ("Environ 60 %"),
                "des cancers des tissus mous de l’enfant et de l’adolescent sont des rhabdomyosarcomes",
            ),
            key_figure("5 %", "des tumeurs solides de l’enfant sont des rhabdomyosarcomes"),
        ],
        body=[
            heading("Le cancer des tissus mous le plus fréquent chez l’enfant"),
            paragraph(
                "Le rhabdomyosarcome (RMS) est le cancer des tissus mous le plus fréquent chez l’enfant et",
                "l’adolescent : il en représente environ 60 %, et 5 % de l’ensemble des tumeurs solides de",
                "l’enfant. Il reste pourtant un cancer rare.",
            ),
            paragraph(
                "Les rhabdomyosarcomes appartiennent à la famille des sarcomes de l’enfant, dont ils sont la forme",
                "la plus fréquente parmi les sarcomes des tissus mous.",
            ),
            donate_call(text="Chaque don soutient la recherche sur les cancers rares de l’enfant."),
        ],
    ),
    translation_of(
        _english["childhood-sarcomas"],
        slug="sarcomes-de-l-enfant",
        title="Sarcomes de l’enfant",
        summary=(
            "Après les cancers du sang et les tumeurs cérébrales, les sarcomes sont les tumeurs les plus fréquentes "
            "chez l’enfant. On distingue les sarcomes des tissus mous et les sarcomes osseux."
        ),
        body=[
            heading("Les tumeurs de l’enfant les plus fréquentes après les cancers du sang et les tumeurs cérébrales"),
            paragraph(
                "Après les cancers du sang et les tumeurs cérébrales, les sarcomes sont les tumeurs les plus",
                "fréquentes chez l’enfant. Parmi eux, on distingue les sarcomes des tissus mous, dont les",
                "rhabdomyosarcomes (RMS, les plus fréquents), et les sarcomes osseux.",
            ),
            paragraph(
                "Certains enfants atteints d’un sarcome présentent une anomalie NTRK dans leur tumeur : le",
                "programme Tag-N-TRACK leur donne accès au larotrectinib, un médicament qui obtient un taux de",
                "réponse de 94 %.",
            ),
            donate_call(text="Chaque don soutient la médecine de précision au service des enfants atteints de cancer."),
        ],
    ),
    translation_of(
        _english["neuroblastoma"],
        slug="neuroblastome",
        title="Neuroblastome",
        summary=(
            "L’espérance de vie des enfants atteints de neuroblastome progresse : de nouveaux protocoles de "
            "traitement ont amélioré la survie à long terme des enfants dont le neuroblastome a rechuté ou résiste "
            "aux traitements."
        ),
        body=[
            heading("L’espérance de vie progresse"),
            paragraph(
                "Grâce à l’étude BEACON, puis à BEACON Immuno, il est aujourd’hui possible de mieux soigner les",
                "enfants atteints d’un neuroblastome en rechute ou réfractaire. Ces nouveaux protocoles de",
                "traitement, dont l’un est devenu le standard de traitement au Royaume-Uni, ont amélioré la survie",
                "à long terme des enfants.",
            ),
            heading("Aller plus loin"),
            paragraph(
                "Nous devons aller encore plus loin, notamment grâce à une meilleure compréhension de la maladie",
                "(DigiTwins), à la prévention des rechutes (programme Prévention des rechutes du neuroblastome) et",
                "à des traitements plus efficaces et plus ciblés (RESTRAIN).",
            ),
            donate_call(text="Chaque don aide la recherche à aller plus loin contre le neuroblastome."),
        ],
    ),
    translation_of(
        _english["dipg"],
        slug="gliome-infiltrant-du-tronc-cerebral",
        title="Gliome infiltrant du tronc cérébral (DIPG)",
        other_names="DIPG",
        summary=(
            "Le gliome infiltrant du tronc cérébral ne laisse le plus souvent que quelques mois d’espérance de vie "
            "après le diagnostic. Pour la première fois au monde, 8 enfants sont des survivants à long terme de "
            "cette maladie."
        ),
        key_figures=[
            key_figure("Quelques mois", "d’espérance de vie, le plus souvent, après le diagnostic d’un DIPG"),
            key_figure("8", "enfants sont des survivants à long terme du DIPG, une première mondiale"),
        ],
        body=[
            heading("Nos premières victoires contre le DIPG"),
            paragraph(
                "Le gliome infiltrant du tronc cérébral (DIPG) ne laisse le plus souvent que quelques mois",
                "d’espérance de vie après le diagnostic. Le programme BIOMEDE est le plus grand essai clinique mené",
                "sur cette maladie. Il a permis de mieux la comprendre et de mieux la soigner : pour la première",
                "fois au monde, 8 enfants sont des survivants à long terme du DIPG.",
            ),
            heading("La recherche continue"),
            paragraph(
                "Ces travaux se poursuivent avec BIOMEDE 2, l’essai clinique PATOI et un programme dirigé par le",
                "Dr David Castel.",
            ),
            donate_call(text="Chaque don aide à poursuivre le combat contre le DIPG."),
        ],
    ),
    translation_of(
        _english["anaplastic-large-cell-lymphoma"],
        slug="lymphome-anaplasique-a-grandes-cellules",
        title="Lymphome anaplasique à grandes cellules",
        other_names="LAGC",
        summary=(
            "Le lymphome anaplasique à grandes cellules (LAGC) est un lymphome. Le projet NIVO-ALCL améliore la "
            "survie des enfants atteints de formes résistantes grâce à un médicament d’immunothérapie, le nivolumab."
        ),
        key_figures=[
            key_figure("50 %", "de taux de réponse au nivolumab dans le projet NIVO-ALCL"),
        ],
        body=[
            heading("L’immunothérapie contre les lymphomes résistants"),
            paragraph(
                "Le projet NIVO-ALCL améliore la survie des enfants atteints de formes résistantes de lymphome grâce",
                "à un médicament d’immunothérapie, le nivolumab, avec un taux de réponse de 50 %.",
            ),
            donate_call(text="Chaque don aide à accélérer l’immunothérapie pour les enfants."),
        ],
    ),
]

# The French slug, title, other names and description of each example page, by English slug.
EXAMPLE_CANCERS = {
    "leukaemia": (
        "leucemies",
        "Leucémies",
        "",
        "Les leucémies sont des cancers des cellules de la moelle osseuse qui fabriquent les cellules du sang.",
    ),
    "osteosarcoma": ("osteosarcome", "Ostéosarcome", "", "L’ostéosarcome est un cancer qui prend naissance dans l’os."),
    "ewing-sarcoma": (
        "sarcome-d-ewing",
        "Sarcome d’Ewing",
        "tumeur d’Ewing",
        "Le sarcome d’Ewing est un cancer qui naît le plus souvent dans l’os, et parfois dans les tissus mous.",
    ),
    "medulloblastoma": (
        "medulloblastome",
        "Médulloblastome",
        "",
        "Le médulloblastome est une tumeur cérébrale qui se développe dans le cervelet, à l’arrière du cerveau.",
    ),
    "retinoblastoma": (
        "retinoblastome",
        "Rétinoblastome",
        "",
        "Le rétinoblastome est un cancer de la rétine, au fond de l’œil, qui touche surtout les jeunes enfants.",
    ),
    "hepatoblastoma": (
        "hepatoblastome",
        "Hépatoblastome",
        "",
        "L’hépatoblastome est un cancer du foie qui touche surtout les jeunes enfants.",
    ),
}


def _example_cancer(source, slug, title, other_names, description):
    return translation_of(
        source,
        slug=slug,
        title=title,
        other_names=other_names,
        summary=description,
        body=[
            note(MEDICAL_REVIEW_NOTE),
            paragraph(description),
            paragraph(
                "Chaque situation est unique : l’équipe médicale qui soigne votre enfant est la mieux placée pour",
                "vous informer sur le diagnostic et les traitements.",
            ),
            donate_call(text="Chaque don soutient la recherche contre les cancers de l’enfant."),
        ],
    )


CANCERS = SEED_CANCERS + [_example_cancer(_english[slug], *EXAMPLE_CANCERS[slug]) for slug, *_ in en.EXAMPLE_CANCERS]
