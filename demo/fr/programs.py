"""Research programs in French, in the order of the English ones. Acronyms stay as the programs are known;
themes, statuses, years, related cancers and partners are the English entries' own."""

from .. import programs as en
from . import translation_of
from .blocks import bullets, donate_call, heading, key_figure, paragraph

_english = {program["slug"]: program for program in en.PROGRAMS}

PRECISION_MEDICINE_CALL = "Chaque don aide à faire bénéficier davantage d’enfants de la médecine de précision."
DIPG_CALL = "Chaque don aide à poursuivre le combat contre le DIPG."
NEUROBLASTOMA_CALL = "Chaque don aide la recherche à aller plus loin contre le neuroblastome."
IMMUNOTHERAPY_CALL = "Chaque don aide à accélérer l’immunothérapie pour les enfants."

SEQUENCING = (
    "Depuis 2016, Imagine for Margo soutient de grands programmes de séquençage pour chaque enfant en rechute "
    "(MAPPYACTS) ou à haut risque (MICCHADO)."
)
TARGETS_WITHOUT_DRUGS = (
    "Ces programmes ont permis d’identifier de nombreuses cibles moléculaires, pour les deux tiers desquelles il "
    "n’existe malheureusement aucun médicament à ce jour."
)
DIPG_RESEARCH_CONTINUES = (
    "Ce projet se poursuit avec BIOMEDE 2, l’essai clinique PATOI et un programme dirigé par le Dr David Castel."
)
BEACON_STUDY = (
    "Grâce à l’étude BEACON, puis à BEACON Immuno, il est aujourd’hui possible de mieux soigner les enfants "
    "atteints d’un neuroblastome en rechute ou réfractaire."
)
BEACON_PROTOCOLS = (
    "Ces nouveaux protocoles de traitement, dont l’un est devenu le standard de traitement au Royaume-Uni, ont "
    "amélioré la survie à long terme des enfants."
)
NEUROBLASTOMA_SURVIVAL = (
    "De nouveaux protocoles de traitement ont amélioré la survie à long terme des enfants atteints d’un "
    "neuroblastome en rechute ou réfractaire."
)

PROGRAMS = [
    translation_of(
        _english["mappyacts"],
        title="MAPPYACTS : le séquençage pour chaque enfant en rechute",
        headline_result="Plus de 3 600 enfants en ont bénéficié, avec MICCHADO",
        summary=(
            "Un grand programme de séquençage pour chaque enfant atteint d’un cancer en rechute, soutenu par "
            "Imagine for Margo depuis 2016 et désormais intégré au dispositif France Médecine Génomique 2025."
        ),
        body=[
            heading("Accélérer la médecine de précision"),
            paragraph(
                "À la création d’Imagine for Margo, lorsque les traitements de première ligne échouaient, les",
                "enfants n’avaient accès qu’à peu de solutions thérapeutiques innovantes.",
                SEQUENCING,
            ),
            key_figure("Plus de 3 600", "enfants ont bénéficié de MAPPYACTS et de MICCHADO"),
            paragraph(
                TARGETS_WITHOUT_DRUGS,
                "Ils sont désormais intégrés au dispositif France Médecine Génomique 2025.",
            ),
            key_figure("Deux tiers", "des cibles moléculaires identifiées n’ont pas encore de médicament"),
            heading("Du profil moléculaire au traitement"),
            paragraph(
                "Le comité d’experts qui analyse le profil moléculaire des enfants peut les orienter vers le",
                "programme AcSé-ESMART. MAPPYACTS a également permis d’identifier tous les enfants porteurs de",
                "l’anomalie NTRK dans leur tumeur et de leur donner accès au larotrectinib grâce à Tag-N-TRACK.",
            ),
            donate_call(text=PRECISION_MEDICINE_CALL),
        ],
    ),
    translation_of(
        _english["micchado"],
        title="MICCHADO : le séquençage pour les enfants atteints d’un cancer à haut risque",
        headline_result="Plus de 3 600 enfants en ont bénéficié, avec MAPPYACTS",
        summary=(
            "Un grand programme de séquençage pour les enfants atteints d’un cancer à haut risque, désormais "
            "intégré au dispositif France Médecine Génomique 2025."
        ),
        body=[
            heading("Le séquençage pour les enfants à haut risque"),
            paragraph(
                SEQUENCING,
                "Plus de 3 600 enfants en ont bénéficié, et ces programmes sont désormais intégrés au dispositif",
                "France Médecine Génomique 2025.",
            ),
            key_figure("Plus de 3 600", "enfants ont bénéficié de MICCHADO et de MAPPYACTS"),
            paragraph(TARGETS_WITHOUT_DRUGS),
            key_figure("Deux tiers", "des cibles moléculaires identifiées n’ont pas encore de médicament"),
            donate_call(text=PRECISION_MEDICINE_CALL),
        ],
    ),
    translation_of(
        _english["acse-esmart"],
        title="AcSé-ESMART : une plateforme clinique pour la médecine de précision",
        headline_result="254 enfants inclus",
        summary=(
            "Une plateforme clinique qui accélère le développement de la médecine de précision et qui a inclus "
            "254 enfants atteints de cancers à haut risque ou en rechute."
        ),
        body=[
            heading("Accélérer la médecine de précision"),
            paragraph(
                "Le comité d’experts qui analyse le profil moléculaire des enfants, établi par les programmes de",
                "séquençage MAPPYACTS et MICCHADO, peut les orienter vers le programme AcSé-ESMART, une plateforme",
                "clinique qui accélère le développement de la médecine de précision.",
            ),
            key_figure("254", "enfants inclus, atteints de cancers à haut risque ou en rechute"),
            paragraph(
                "AcSé-ESMART fait partie des programmes que nous finançons dont certaines thérapies testées se sont",
                "révélées très efficaces.",
            ),
            donate_call(text="Chaque don aide à ouvrir aux enfants l’accès à des traitements innovants."),
        ],
    ),
    translation_of(
        _english["tag-n-track"],
        title="Tag-N-TRACK : le premier grand succès de la médecine de précision",
        headline_result="94 % de taux de réponse avec le larotrectinib",
        summary=(
            "Les enfants porteurs de l’anomalie NTRK dans leur tumeur reçoivent le larotrectinib, un médicament "
            "qui obtient 94 % de taux de réponse, sans effets secondaires, pris en sirop deux fois par jour."
        ),
        body=[
            heading("Le premier grand succès de la médecine de précision"),
            paragraph(
                "Grâce au projet MAPPYACTS, il a été possible d’identifier tous les enfants porteurs de l’anomalie",
                "NTRK dans leur tumeur et de leur proposer un nouveau médicament : le larotrectinib.",
            ),
            key_figure("94 %", "de taux de réponse avec le larotrectinib"),
            paragraph(
                "Le larotrectinib obtient un taux de réponse de 94 %, sans effets secondaires, et s’administre sous",
                "forme de sirop deux fois par jour.",
            ),
            donate_call(text="Chaque don aide à trouver le prochain traitement ciblé."),
        ],
    ),
    translation_of(
        _english["biomede"],
        title="BIOMEDE : le plus grand essai clinique sur le DIPG",
        headline_result="Pour la première fois au monde, 8 enfants sont des survivants à long terme du DIPG",
        summary=(
            "Le plus grand essai clinique mené sur le gliome infiltrant du tronc cérébral (DIPG). Pour la première "
            "fois au monde, 8 enfants sont des survivants à long terme de cette maladie."
        ),
        body=[
            heading("Nos premières victoires contre le DIPG"),
            paragraph(
                "Le programme BIOMEDE est le plus grand essai clinique mené sur le gliome infiltrant du tronc",
                "cérébral (DIPG), une maladie qui ne laisse le plus souvent que quelques mois d’espérance de vie",
                "après le diagnostic. Cet essai a permis de mieux comprendre et de mieux soigner cette maladie.",
            ),
            key_figure("8", "enfants sont des survivants à long terme du DIPG, une première mondiale"),
            heading("La suite"),
            paragraph(DIPG_RESEARCH_CONTINUES),
            donate_call(text=DIPG_CALL),
        ],
    ),
    translation_of(
        _english["biomede-2"],
        title="BIOMEDE 2 : poursuivre le combat contre le DIPG",
        summary=(
            "BIOMEDE 2 prolonge les travaux de BIOMEDE, le plus grand essai clinique mené sur le gliome infiltrant "
            "du tronc cérébral (DIPG)."
        ),
        body=[
            heading("Dans la continuité de BIOMEDE"),
            paragraph(
                "L’essai BIOMEDE a permis de mieux comprendre et de mieux soigner le gliome infiltrant du tronc",
                "cérébral (DIPG), une maladie qui ne laisse le plus souvent que quelques mois d’espérance de vie",
                "après le diagnostic. Pour la première fois au monde, 8 enfants sont des survivants à long terme de",
                "cette maladie.",
            ),
            paragraph(DIPG_RESEARCH_CONTINUES),
            donate_call(text=DIPG_CALL),
        ],
    ),
    translation_of(
        _english["patoi"],
        title="PATOI : un essai clinique contre le DIPG",
        summary=(
            "L’essai clinique PATOI est l’un des projets qui prolongent la recherche sur le gliome infiltrant du "
            "tronc cérébral (DIPG) après BIOMEDE."
        ),
        body=[
            heading("Dans le prolongement de BIOMEDE"),
            paragraph(
                "BIOMEDE, le plus grand essai clinique mené sur le DIPG, a permis de mieux comprendre et de mieux",
                "soigner cette maladie. Le projet se poursuit avec BIOMEDE 2, l’essai clinique PATOI et un programme",
                "dirigé par le Dr David Castel.",
            ),
            donate_call(text=DIPG_CALL),
        ],
    ),
    translation_of(
        _english["beacon"],
        title="BEACON : mieux soigner le neuroblastome en rechute",
        summary=(
            "Grâce à l’étude BEACON, il est aujourd’hui possible de mieux soigner les enfants atteints d’un "
            "neuroblastome en rechute ou réfractaire."
        ),
        body=[
            heading("L’espérance de vie des enfants atteints de neuroblastome progresse"),
            paragraph(BEACON_STUDY),
            paragraph(BEACON_PROTOCOLS),
            donate_call(text=NEUROBLASTOMA_CALL),
        ],
    ),
    translation_of(
        _english["beacon-immuno"],
        title="BEACON Immuno : l’immunothérapie contre le neuroblastome en rechute",
        summary=(
            "Dans le prolongement de l’étude BEACON, BEACON Immuno aide à mieux soigner les enfants atteints d’un "
            "neuroblastome en rechute ou réfractaire."
        ),
        body=[
            heading("Après BEACON"),
            paragraph(BEACON_STUDY, BEACON_PROTOCOLS),
            donate_call(text=IMMUNOTHERAPY_CALL),
        ],
    ),
    translation_of(
        _english["digitwins"],
        title="DigiTwins : mieux comprendre le neuroblastome",
        summary="DigiTwins vise à mieux comprendre le neuroblastome.",
        body=[
            heading("Aller plus loin contre le neuroblastome"),
            paragraph(
                NEUROBLASTOMA_SURVIVAL,
                "Nous devons aller encore plus loin, notamment grâce à une meilleure compréhension de la maladie :",
                "c’est l’objectif de DigiTwins.",
            ),
            donate_call(text=NEUROBLASTOMA_CALL),
        ],
    ),
    translation_of(
        _english["prevention-of-neuroblastoma-relapse"],
        slug="prevention-des-rechutes-du-neuroblastome",
        acronym="Prévention des rechutes du neuroblastome",
        title="Prévention des rechutes du neuroblastome",
        summary="Un programme consacré à la prévention des rechutes chez les enfants atteints de neuroblastome.",
        body=[
            heading("Prévenir les rechutes"),
            paragraph(
                NEUROBLASTOMA_SURVIVAL,
                "Nous devons aller encore plus loin, notamment grâce à la prévention des rechutes : c’est",
                "l’objectif du programme Prévention des rechutes du neuroblastome.",
            ),
            donate_call(text=NEUROBLASTOMA_CALL),
        ],
    ),
    translation_of(
        _english["restrain"],
        title="RESTRAIN : des traitements plus efficaces et plus ciblés contre le neuroblastome",
        summary=(
            "RESTRAIN travaille à des traitements plus efficaces et plus ciblés pour les enfants atteints de "
            "neuroblastome."
        ),
        body=[
            heading("Des traitements plus efficaces et plus ciblés"),
            paragraph(
                NEUROBLASTOMA_SURVIVAL,
                "Nous devons aller encore plus loin, notamment grâce à des traitements plus efficaces et plus",
                "ciblés : c’est l’objectif de RESTRAIN.",
            ),
            donate_call(text=NEUROBLASTOMA_CALL),
        ],
    ),
    translation_of(
        _english["nivo-alcl"],
        title="NIVO-ALCL : l’immunothérapie contre les lymphomes résistants",
        headline_result="50 % de taux de réponse avec le nivolumab",
        summary=(
            "Le projet NIVO-ALCL améliore la survie des enfants atteints de formes résistantes de lymphome grâce à "
            "un médicament d’immunothérapie, le nivolumab."
        ),
        body=[
            heading("Nous accélérons l’immunothérapie"),
            paragraph(
                "Même si nos projets d’immunothérapie sont récents, certains commencent à se montrer prometteurs.",
                "Le projet NIVO-ALCL améliore la survie des enfants atteints de formes résistantes de lymphome grâce",
                "à un médicament d’immunothérapie, le nivolumab.",
            ),
            key_figure("50 %", "de taux de réponse avec le nivolumab"),
            donate_call(text=IMMUNOTHERAPY_CALL),
        ],
    ),
    translation_of(
        _english["sacha"],
        title="SACHA : sécuriser l’accès aux thérapies innovantes",
        headline_result="Plus de 779 patients inclus, qui ont reçu 79 thérapies",
        summary=(
            "Une étude unique en Europe, qui recueille toutes les données d’efficacité et de toxicité des nouveaux "
            "médicaments prescrits en accès précoce ou compassionnel, déployée à l’international depuis 2023."
        ),
        body=[
            heading("L’accès aux thérapies innovantes est désormais sécurisé"),
            paragraph(
                "SACHA est une étude unique en Europe. Elle recueille toutes les données d’efficacité et de toxicité",
                "des nouveaux médicaments prescrits en accès précoce ou compassionnel.",
            ),
            key_figure("Plus de 779", "patients inclus, qui ont reçu 79 thérapies"),
            paragraph(
                "L’étude est reconnue par la Haute Autorité de santé (HAS) et par l’Agence nationale de sécurité du",
                "médicament et des produits de santé (ANSM), et elle est déployée à l’international depuis 2023.",
            ),
            donate_call(text="Chaque don aide à garantir aux enfants un accès sûr aux nouveaux médicaments."),
        ],
    ),
    translation_of(
        _english["car-t-cell-projects"],
        slug="projets-car-t",
        acronym="Projets CAR-T",
        title="Projets CAR-T contre les tumeurs solides",
        summary=(
            "Des projets qui renforcent l’efficacité des thérapies par cellules CAR-T, notamment contre les tumeurs "
            "solides : Imagine, Université de Nantes, GLO-BNHL et CARBEMED."
        ),
        body=[
            heading("Nous accélérons l’immunothérapie"),
            paragraph(
                "Même si ces projets sont récents, certains commencent à se montrer prometteurs. Nous finançons des",
                "projets qui renforcent l’efficacité des thérapies par cellules CAR-T, notamment contre les tumeurs",
                "solides.",
            ),
            heading("Les projets", "h3"),
            bullets("Imagine", "Université de Nantes", "GLO-BNHL", "CARBEMED"),
            donate_call(text=IMMUNOTHERAPY_CALL),
        ],
    ),
]

# Registry identifiers, phases and featured programs are the same in both languages, by English slug.
TRIALS = en.TRIALS
HOME_FEATURED = en.HOME_FEATURED
