"""The home page, the indexes, the donate page and the general pages, in French.

As in English, the legal pages and the annual reports are example content, labelled as such.
"""

from .. import pages as en
from . import merged, translation_of
from .blocks import document, donate_call, heading, impact_figures, key_figure, note, paragraph

STRATEGY = (
    "Notre stratégie consiste à financer des programmes de recherche fondamentale et translationnelle pour mieux "
    "comprendre les causes des cancers de l’enfant et les résistances aux traitements, ainsi que des essais "
    "cliniques de phase précoce qui permettent aux enfants en rechute ou en échec thérapeutique de bénéficier de "
    "traitements innovants et personnalisés, grâce à la médecine de précision."
)
EXPERTS = (
    "Depuis 2012, les programmes que nous cofinançons sont issus des recommandations d’experts en oncologie "
    "pédiatrique : le consortium européen ITCC, la SFCE et, depuis 2020, le comité scientifique de Fight Kids Cancer."
)

HOME = translation_of(
    en.HOME,
    source_slug="home",
    slug="accueil",
    title="Accueil",
    hero_heading="Ensemble, accélérons la recherche contre les cancers de l’enfant",
    hero_intro=(
        "Depuis la création de l’association en 2011, Imagine for Margo a consacré plus de 20 millions d’euros "
        "à 61 programmes de recherche translationnelle et clinique, en France et en Europe, pour accélérer la "
        "recherche contre les cancers de l’enfant."
    ),
    mission=(
        f"<p>{STRATEGY}</p>"
        "<p>Les projets cliniques ont bénéficié à plus de 7 200 enfants et ont permis de tester 119 nouvelles "
        "thérapies, dont certaines se sont révélées très efficaces.</p>"
    ),
    donate_heading="Chaque don finance la recherche",
    donate_text=(
        "Votre don soutient des programmes de recherche recommandés par des experts en oncologie pédiatrique, "
        "pour que les enfants dont le cancer rechute ou résiste aux traitements puissent bénéficier de "
        "traitements innovants et personnalisés."
    ),
)

INDEXES = {
    "cancers": translation_of(
        en.INDEXES["cancers"],
        source_slug="cancers",
        slug="cancers-de-l-enfant",
        title="Cancers de l’enfant",
        intro=(
            "Découvrez les cancers de l’enfant et les programmes de recherche que nous finançons contre chacun d’eux."
        ),
    ),
    "programs": translation_of(
        en.INDEXES["programs"],
        source_slug="programs",
        slug="programmes-de-recherche",
        title="Programmes de recherche",
        intro=(
            "Depuis 2011, nous avons financé 61 programmes de recherche translationnelle et clinique en France et "
            "en Europe, recommandés par des experts en oncologie pédiatrique. Découvrez-en quelques-uns par cancer, "
            "par thème et par statut."
        ),
    ),
    "news": translation_of(
        en.INDEXES["news"],
        source_slug="news",
        slug="actualites",
        title="Actualités",
        intro="Toute l’actualité des programmes de recherche que nous finançons.",
    ),
    "publications": translation_of(
        en.INDEXES["publications"],
        source_slug="publications",
        slug="publications",
        title="Publications",
        intro="Les publications scientifiques issues des programmes de recherche que nous finançons.",
    ),
}

ABOUT = translation_of(
    en.ABOUT,
    slug="qui-sommes-nous",
    title="Qui sommes-nous ?",
    summary=(
        "Depuis 2011, Imagine for Margo finance la recherche pour accélérer la lutte contre les cancers de l’enfant."
    ),
    body=[
        heading("Notre mission"),
        paragraph(
            "Depuis la création de l’association en 2011, nous avons consacré plus de 20 millions d’euros à",
            "61 programmes de recherche translationnelle et clinique, en France et en Europe, pour accélérer la",
            "recherche contre les cancers de l’enfant. Les projets cliniques ont bénéficié à plus de 7 200 enfants",
            "et ont permis de tester 119 nouvelles thérapies, dont certaines se sont révélées très efficaces",
            "(BIOMEDE, Tag-N-TRACK, BEACON, AcSé-ESMART, entre autres).",
        ),
        impact_figures(),
        heading("Notre stratégie"),
        paragraph(STRATEGY),
        heading("Des programmes choisis par des experts"),
        paragraph(EXPERTS),
        heading("Notre présidente"),
        paragraph(
            "Patricia Blanc, présidente d’Imagine for Margo, a cosigné plusieurs publications de référence sur",
            "les cancers de l’enfant.",
        ),
        donate_call(
            text="Chaque don soutient les programmes de recherche recommandés par des experts en oncologie pédiatrique."
        ),
    ],
)

ANNUAL_REPORT_LINES = [
    "Exemple de rapport annuel — contenu d’exemple",
    "Ceci est un document d’exemple pour le site de démonstration.",
    "Il sera remplacé par le rapport annuel approuvé par l’association.",
]

ANNUAL_REPORTS = [
    merged(
        en.ANNUAL_REPORTS[0],
        {
            "title": "Exemple de rapport annuel 2023 (document d’exemple)",
            "lines": ["Imagine for Margo — Rapport annuel 2023", *ANNUAL_REPORT_LINES],
        },
        {"source_title": en.ANNUAL_REPORTS[0]["title"]},
    ),
    merged(
        en.ANNUAL_REPORTS[1],
        {
            "title": "Exemple de rapport annuel 2024 (document d’exemple)",
            "lines": ["Imagine for Margo — Rapport annuel 2024", *ANNUAL_REPORT_LINES],
        },
        {"source_title": en.ANNUAL_REPORTS[1]["title"]},
    ),
]

GOVERNANCE = translation_of(
    en.GOVERNANCE,
    slug="gouvernance-et-transparence",
    title="Gouvernance et transparence",
    summary="Comment sont choisis les programmes que nous finançons, et nos rapports annuels.",
    body=[
        heading("Comment les programmes sont choisis"),
        paragraph(EXPERTS),
        heading("Rapports annuels"),
        note(
            "Contenu d’exemple : les documents ci-dessous sont des documents d’exemple, qui seront remplacés par nos "
            "rapports annuels."
        ),
        *[document(report["title"], "Document d’exemple (PDF)") for report in ANNUAL_REPORTS],
    ],
)

LEGAL_NOTICE = translation_of(
    en.LEGAL_NOTICE,
    slug="mentions-legales",
    title="Mentions légales",
    summary="Qui édite ce site et qui l’héberge.",
    body=[
        note(
            "Contenu d’exemple : ces mentions légales sont à compléter "
            "avec les informations officielles de l’association."
        ),
        heading("Éditeur"),
        paragraph(
            "Ce site est édité par l’association Imagine for Margo.",
            "Adresse du siège, numéro d’identification et directeur ou directrice de la publication : à compléter.",
        ),
        heading("Hébergement"),
        paragraph("Nom et adresse de l’hébergeur : à compléter."),
        heading("Propriété intellectuelle"),
        paragraph(
            "Toute reproduction du contenu de ce site est soumise à l’autorisation préalable d’Imagine for Margo."
        ),
    ],
)

PRIVACY_POLICY = translation_of(
    en.PRIVACY_POLICY,
    slug="politique-de-confidentialite",
    title="Politique de confidentialité",
    summary="Comment nous traitons les données personnelles, et quels sont vos droits.",
    body=[
        note("Contenu d’exemple : cette politique de confidentialité est à compléter et à vérifier avant publication."),
        heading("Responsable du traitement"),
        paragraph("Imagine for Margo. Coordonnées pour toute question sur la protection des données : à compléter."),
        heading("Dons"),
        paragraph(
            "Les dons en ligne sont effectués sur le formulaire sécurisé de notre prestataire de paiement. Les",
            "données que vous y saisissez sont traitées selon la politique de confidentialité de ce prestataire.",
        ),
        heading("Vos droits"),
        paragraph(
            "Conformément au règlement général sur la protection des données (RGPD), vous disposez d’un droit",
            "d’accès, de rectification et d’effacement de vos données personnelles, ainsi que du droit d’introduire",
            "une réclamation auprès de la Commission nationale de l’informatique et des libertés (CNIL).",
        ),
    ],
)

# What each suggested amount contributes to, by amount in euros (the amounts are the English page's).
WHAT_IT_FUNDS = {
    30: "Contribue aux programmes de recherche recommandés par des experts en oncologie pédiatrique.",
    50: "Contribue aux essais cliniques de phase précoce pour les enfants en rechute ou en échec thérapeutique.",
    100: "Contribue à la recherche sur les causes des cancers de l’enfant et les résistances aux traitements.",
    250: "Contribue aux programmes de médecine de précision qui apportent des traitements innovants aux enfants.",
}

DONATE = translation_of(
    en.DONATE,
    source_slug="donate",
    slug="faire-un-don",
    title="Faire un don",
    intro=(
        "Depuis 2011, Imagine for Margo a consacré plus de 20 millions d’euros à 61 programmes de recherche contre "
        "les cancers de l’enfant. Votre don aide à financer la recherche pour que les enfants en rechute ou en "
        "échec thérapeutique puissent bénéficier de traitements innovants et personnalisés."
    ),
    suggested_amounts=[(amount, WHAT_IT_FUNDS[amount]) for amount, _ in en.DONATE["suggested_amounts"]],
    body=[
        heading("Ce que votre don rend possible"),
        paragraph(
            "Les projets cliniques que nous finançons ont bénéficié à plus de 7 200 enfants et ont permis de",
            "tester 119 nouvelles thérapies, dont certaines se sont révélées très efficaces : le larotrectinib",
            "obtient un taux de réponse de 94 % dans Tag-N-TRACK ; pour la première fois au monde, 8 enfants",
            "sont des survivants à long terme du DIPG après BIOMEDE ; l’un des nouveaux protocoles issus de",
            "BEACON et de BEACON Immuno contre le neuroblastome est devenu le standard de traitement au",
            "Royaume-Uni.",
        ),
        key_figure("Plus de 7 200", "enfants ont bénéficié des projets cliniques que nous finançons"),
        key_figure("119", "nouvelles thérapies testées"),
        heading("Comment faire un don"),
        paragraph(
            "Les dons en ligne sont effectués sur le formulaire sécurisé de notre prestataire de paiement, que le",
            "bouton de don de cette page ouvrira dès que le don en ligne sera configuré.",
        ),
    ],
    tax_explanation=(
        "Par exemple, un don de 100 € fait par un particulier ne lui coûte que 34 € après la réduction d’impôt de "
        "66 %, dans la limite de 20 % du revenu imposable. La part d’un don qui dépasse ce plafond peut être "
        "reportée sur les cinq années suivantes. Pour bénéficier de la réduction, conservez le reçu fiscal de votre "
        "don avec vos documents fiscaux."
    ),
)
