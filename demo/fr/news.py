"""News items in French, in the order of the English ones. Dates and related programs and cancers are the
English entries' own; the builder adds the French date note (blocks.EXAMPLE_NEWS_DATE_NOTE) to each body."""

from .. import news as en
from . import translation_of
from .blocks import heading, key_figure, paragraph
from .pages import STRATEGY
from .programs import BEACON_PROTOCOLS, BEACON_STUDY, DIPG_RESEARCH_CONTINUES, SEQUENCING

_english = {item["slug"]: item for item in en.NEWS}

ORIENTATION_TO_ACSE_ESMART = (
    "Le comité d’experts qui analyse le profil moléculaire des enfants peut les orienter vers le programme "
    "AcSé-ESMART, une plateforme clinique qui accélère le développement de la médecine de précision."
)
NIVO_ALCL = (
    "Même si nos projets d’immunothérapie sont récents, certains commencent à se montrer prometteurs. Le projet "
    "NIVO-ALCL améliore la survie des enfants atteints de formes résistantes de lymphome grâce à un médicament "
    "d’immunothérapie, le nivolumab."
)

NEWS = [
    translation_of(
        _english["sacha-deployed-internationally"],
        slug="l-etude-sacha-deployee-a-l-international",
        title="L’étude SACHA désormais déployée à l’international",
        summary=(
            "SACHA, l’étude européenne consacrée aux nouveaux médicaments prescrits en accès précoce ou "
            "compassionnel, est déployée à l’international depuis 2023."
        ),
        body=[
            paragraph(
                "SACHA, une étude unique en Europe, recueille toutes les données d’efficacité et de toxicité des",
                "nouveaux médicaments prescrits en accès précoce ou compassionnel. Reconnue par la Haute Autorité",
                "de santé (HAS) et par l’Agence nationale de sécurité du médicament et des produits de santé (ANSM),",
                "elle est déployée à l’international depuis 2023.",
            ),
            key_figure("Plus de 779", "patients inclus, qui ont reçu 79 thérapies"),
        ],
    ),
    translation_of(
        _english["tag-n-track-larotrectinib-response-rate"],
        slug="tag-n-track-94-de-reponse-avec-le-larotrectinib",
        title="Tag-N-TRACK : un taux de réponse de 94 % avec le larotrectinib",
        summary=(
            "Les enfants porteurs de l’anomalie NTRK dans leur tumeur reçoivent le larotrectinib : 94 % de taux de "
            "réponse, aucun effet secondaire, un sirop à prendre deux fois par jour."
        ),
        body=[
            heading("Le premier grand succès de la médecine de précision"),
            paragraph(
                "Grâce au projet MAPPYACTS, il a été possible d’identifier tous les enfants porteurs de l’anomalie",
                "NTRK dans leur tumeur et de leur proposer un nouveau médicament : le larotrectinib.",
            ),
            key_figure("94 %", "de taux de réponse avec le larotrectinib"),
            paragraph(
                "Le larotrectinib n’a pas d’effets secondaires et s’administre sous forme de sirop deux fois par jour."
            ),
        ],
    ),
    translation_of(
        _english["biomede-long-term-survivors"],
        slug="biomede-8-enfants-survivants-a-long-terme-du-dipg",
        title="BIOMEDE : 8 enfants sont des survivants à long terme du DIPG",
        summary=(
            "Pour la première fois au monde, 8 enfants sont des survivants à long terme du gliome infiltrant du "
            "tronc cérébral, grâce au plus grand essai clinique mené sur cette maladie."
        ),
        body=[
            heading("Nos premières victoires contre le DIPG"),
            paragraph(
                "Le programme BIOMEDE est le plus grand essai clinique mené sur le gliome infiltrant du tronc",
                "cérébral (DIPG), une maladie qui ne laisse le plus souvent que quelques mois d’espérance de vie",
                "après le diagnostic. Cet essai a permis de mieux comprendre et de mieux soigner cette maladie.",
            ),
            key_figure("8", "enfants sont des survivants à long terme du DIPG, une première mondiale"),
        ],
    ),
    translation_of(
        _english["dipg-research-continues"],
        slug="la-recherche-sur-le-dipg-continue",
        title="La recherche sur le DIPG continue : BIOMEDE 2, PATOI et un programme dirigé par le Dr David Castel",
        summary=(
            "Après BIOMEDE, la recherche sur le gliome infiltrant du tronc cérébral se poursuit avec BIOMEDE 2, "
            "l’essai clinique PATOI et un programme dirigé par le Dr David Castel."
        ),
        body=[
            paragraph(
                "BIOMEDE, le plus grand essai clinique mené sur le DIPG, a permis de mieux comprendre et de mieux",
                "soigner cette maladie : pour la première fois au monde, 8 enfants sont des survivants à long terme",
                "du DIPG.",
            ),
            paragraph(DIPG_RESEARCH_CONTINUES),
        ],
    ),
    translation_of(
        _english["acse-esmart-254-children"],
        slug="acse-esmart-254-enfants-inclus",
        title="AcSé-ESMART a inclus 254 enfants",
        summary=(
            "La plateforme clinique qui accélère le développement de la médecine de précision a inclus 254 enfants "
            "atteints de cancers à haut risque ou en rechute."
        ),
        body=[
            paragraph(ORIENTATION_TO_ACSE_ESMART),
            key_figure("254", "enfants inclus, atteints de cancers à haut risque ou en rechute"),
        ],
    ),
    translation_of(
        _english["beacon-protocol-standard-in-the-uk"],
        slug="un-protocole-beacon-devient-le-standard-au-royaume-uni",
        title="Neuroblastome : l’un des protocoles BEACON devient le standard de traitement au Royaume-Uni",
        summary=(
            "L’espérance de vie des enfants atteints de neuroblastome progresse : l’un des nouveaux protocoles de "
            "traitement issus de BEACON et de BEACON Immuno est devenu le standard de traitement au Royaume-Uni."
        ),
        body=[
            paragraph(BEACON_STUDY),
            paragraph(BEACON_PROTOCOLS),
        ],
    ),
    translation_of(
        _english["nivo-alcl-nivolumab-response-rate"],
        slug="nivo-alcl-50-de-reponse-avec-le-nivolumab",
        title="NIVO-ALCL : un taux de réponse de 50 % avec le nivolumab",
        summary=(
            "Le projet NIVO-ALCL améliore la survie des enfants atteints de formes résistantes de lymphome grâce à "
            "un médicament d’immunothérapie, le nivolumab."
        ),
        body=[
            paragraph(NIVO_ALCL),
            key_figure("50 %", "de taux de réponse avec le nivolumab"),
        ],
    ),
    translation_of(
        _english["mappyacts-micchado-france-genomic-medicine-2025"],
        slug="mappyacts-et-micchado-integres-a-france-medecine-genomique-2025",
        title="MAPPYACTS et MICCHADO intégrés à France Médecine Génomique 2025",
        summary=(
            "Plus de 3 600 enfants ont bénéficié des programmes de séquençage soutenus depuis 2016, désormais "
            "intégrés au dispositif France Médecine Génomique 2025."
        ),
        body=[
            paragraph(SEQUENCING),
            key_figure("Plus de 3 600", "enfants en ont bénéficié"),
            paragraph("Ces programmes sont désormais intégrés au dispositif France Médecine Génomique 2025."),
        ],
    ),
    translation_of(
        _english["molecular-targets-without-drugs"],
        slug="deux-tiers-des-cibles-moleculaires-sans-medicament",
        title="Deux tiers des cibles moléculaires identifiées n’ont toujours pas de médicament",
        summary=(
            "Les programmes de séquençage ont permis d’identifier de nombreuses cibles moléculaires, pour les deux "
            "tiers desquelles il n’existe aucun médicament à ce jour."
        ),
        body=[
            paragraph(
                "MAPPYACTS et MICCHADO ont permis d’identifier de nombreuses cibles moléculaires, pour les deux tiers",
                "desquelles il n’existe malheureusement aucun médicament à ce jour.",
            ),
            key_figure("Deux tiers", "des cibles moléculaires identifiées n’ont pas encore de médicament"),
            paragraph(ORIENTATION_TO_ACSE_ESMART),
        ],
    ),
    translation_of(
        _english["experts-recommend-the-programs-we-fund"],
        slug="des-experts-recommandent-les-programmes-que-nous-financons",
        title="Depuis 2020, le comité scientifique de Fight Kids Cancer recommande les programmes que nous cofinançons",
        summary=(
            "Depuis 2012, les programmes que nous cofinançons sont issus des recommandations d’experts en oncologie "
            "pédiatrique : l’ITCC, la SFCE et, depuis 2020, le comité scientifique de Fight Kids Cancer."
        ),
        body=[
            paragraph(
                "Depuis 2012, les programmes que nous cofinançons sont issus des recommandations d’experts en",
                "oncologie pédiatrique : le consortium européen ITCC, la SFCE et, depuis 2020, le comité scientifique",
                "de Fight Kids Cancer.",
            ),
        ],
    ),
    translation_of(
        _english["over-7200-children-benefited"],
        slug="plus-de-7200-enfants-ont-beneficie-de-nos-projets-cliniques",
        title="Plus de 7 200 enfants ont bénéficié des projets cliniques que nous finançons",
        summary=(
            "Les projets cliniques que nous finançons ont bénéficié à plus de 7 200 enfants et ont permis de tester "
            "119 nouvelles thérapies, dont certaines se sont révélées très efficaces."
        ),
        body=[
            key_figure("Plus de 7 200", "enfants ont bénéficié des projets cliniques que nous finançons"),
            key_figure("119", "nouvelles thérapies testées"),
            paragraph(
                "Certaines de ces thérapies se sont révélées très efficaces, par exemple dans BIOMEDE, Tag-N-TRACK,",
                "BEACON et AcSé-ESMART.",
            ),
        ],
    ),
    translation_of(
        _english["more-than-20-million-euros-for-research"],
        slug="plus-de-20-millions-d-euros-pour-la-recherche",
        title="Plus de 20 millions d’euros consacrés à la recherche depuis 2011",
        summary=(
            "Depuis sa création en 2011, Imagine for Margo a consacré plus de 20 millions d’euros à 61 programmes "
            "de recherche translationnelle et clinique en France et en Europe."
        ),
        body=[
            key_figure("Plus de 20 millions d’euros", "consacrés à la recherche depuis 2011"),
            key_figure("61", "programmes de recherche translationnelle et clinique en France et en Europe"),
            paragraph(STRATEGY),
        ],
    ),
    translation_of(
        _english["car-t-cell-projects-against-solid-tumours"],
        slug="projets-car-t-contre-les-tumeurs-solides",
        title="Des projets CAR-T contre les tumeurs solides",
        summary=(
            "Nous finançons des projets qui renforcent l’efficacité des thérapies par cellules CAR-T, notamment "
            "contre les tumeurs solides : Imagine, Université de Nantes, GLO-BNHL et CARBEMED."
        ),
        body=[
            paragraph(
                "Nous accélérons l’immunothérapie. Même si ces projets sont récents, certains commencent à se montrer",
                "prometteurs. Nous finançons des projets qui renforcent l’efficacité des thérapies par cellules",
                "CAR-T, notamment contre les tumeurs solides : Imagine, Université de Nantes, GLO-BNHL et CARBEMED.",
            ),
        ],
    ),
    translation_of(
        _english["understanding-neuroblastoma"],
        slug="mieux-comprendre-le-neuroblastome",
        title="Mieux comprendre le neuroblastome : DigiTwins, RESTRAIN et la prévention des rechutes",
        summary=(
            "La survie des enfants atteints de neuroblastome s’améliore, et la recherche va plus loin : mieux "
            "comprendre la maladie, prévenir les rechutes et trouver des traitements plus ciblés."
        ),
        body=[
            paragraph(
                "L’espérance de vie des enfants atteints de neuroblastome progresse. Nous devons pourtant aller encore",
                "plus loin, notamment grâce à une meilleure compréhension de la maladie (DigiTwins), à la prévention",
                "des rechutes (programme Prévention des rechutes du neuroblastome) et à des traitements plus efficaces",
                "et plus ciblés (RESTRAIN).",
            ),
        ],
    ),
]
