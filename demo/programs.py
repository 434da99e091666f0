"""Research programs, each from what seed.txt says of it.

Key facts are filled in only where seed.txt gives them; funding amounts are not published there.
TRIALS holds the registry identifiers and phases as published in the trial registries; programs
without a verified identifier keep empty values.
"""

from .blocks import bullets, donate_call, heading, key_figure, paragraph

ACROSS_CANCERS = ["neuroblastoma", "rhabdomyosarcoma", "childhood-sarcomas"]

PROGRAMS = [
    {
        "slug": "mappyacts",
        "acronym": "MAPPYACTS",
        "title": "MAPPYACTS: sequencing for every child with relapsed cancer",
        "theme": "precision-medicine",
        "status": "ongoing",
        "start_year": 2016,
        "headline_result": "More than 3,600 children benefited, together with MICCHADO",
        "cancers": ACROSS_CANCERS,
        "partners": ["France Genomic Medicine 2025"],
        "summary": (
            "A major sequencing program for every child with relapsed cancer, supported by Imagine for Margo "
            "since 2016 and now integrated into the France Genomic Medicine 2025 framework."
        ),
        "body": [
            heading("Accelerating precision medicine"),
            paragraph(
                "At the inception of Imagine for Margo, when frontline treatments failed, few innovative",
                "therapeutic solutions were available for children. Since 2016, Imagine for Margo has supported",
                "major sequencing programs for every child with relapsed cancer (MAPPYACTS) or at high risk",
                "(MICCHADO).",
            ),
            key_figure("3,600+", "children have benefited from MAPPYACTS and MICCHADO"),
            paragraph(
                "These programs have identified numerous molecular targets, for two-thirds of which unfortunately",
                "no drugs currently exist. They are now integrated into the France Genomic Medicine 2025 framework.",
            ),
            key_figure("Two-thirds", "of the molecular targets identified have no drug yet"),
            heading("From a molecular profile to a treatment"),
            paragraph(
                "The specialist committee analysing children's molecular profiles can guide their patients to the",
                "AcSé-ESMART program. MAPPYACTS also made it possible to identify all children with the NTRK",
                "anomaly within their tumour and give them larotrectinib through Tag-N-TRACK.",
            ),
            donate_call(text="Every gift helps bring precision medicine to more children."),
        ],
    },
    {
        "slug": "micchado",
        "acronym": "MICCHADO",
        "title": "MICCHADO: sequencing for children with high-risk cancer",
        "theme": "precision-medicine",
        "status": "ongoing",
        "headline_result": "More than 3,600 children benefited, together with MAPPYACTS",
        "cancers": ACROSS_CANCERS,
        "partners": ["France Genomic Medicine 2025"],
        "summary": (
            "A major sequencing program for children with high-risk cancer, now integrated into the France "
            "Genomic Medicine 2025 framework."
        ),
        "body": [
            heading("Sequencing for children at high risk"),
            paragraph(
                "Since 2016, Imagine for Margo has supported major sequencing programs for every child with",
                "relapsed cancer (MAPPYACTS) or at high risk (MICCHADO). More than 3,600 children have benefited",
                "from them, and they are now integrated into the France Genomic Medicine 2025 framework.",
            ),
            key_figure("3,600+", "children have benefited from MICCHADO and MAPPYACTS"),
            paragraph(
                "These programs have identified numerous molecular targets, for two-thirds of which unfortunately",
                "no drugs currently exist.",
            ),
            key_figure("Two-thirds", "of the molecular targets identified have no drug yet"),
            donate_call(text="Every gift helps bring precision medicine to more children."),
        ],
    },
    {
        "slug": "acse-esmart",
        "acronym": "AcSé-ESMART",
        "title": "AcSé-ESMART: a clinical platform for precision medicine",
        "theme": "clinical-trial",
        "status": "ongoing",
        "children_included": 254,
        "headline_result": "254 children included",
        "cancers": ACROSS_CANCERS,
        "summary": (
            "A clinical platform accelerating the development of precision medicine, which has included 254 "
            "children with high-risk and relapsed cancers."
        ),
        "body": [
            heading("Accelerating precision medicine"),
            paragraph(
                "The specialist committee analysing children's molecular profiles, from the MAPPYACTS and MICCHADO",
                "sequencing programs, can guide their patients to the AcSé-ESMART program, a clinical platform",
                "accelerating the development of precision medicine.",
            ),
            key_figure("254", "children with high-risk and relapsed cancers included"),
            paragraph(
                "AcSé-ESMART is one of the programs we fund whose tested therapies include some that have proven",
                "highly effective.",
            ),
            donate_call(text="Every gift helps give children access to innovative treatments."),
        ],
    },
    {
        "slug": "tag-n-track",
        "acronym": "Tag-N-TRACK",
        "title": "Tag-N-TRACK: the first major success of precision medicine",
        "theme": "precision-medicine",
        "status": "ongoing",
        "headline_result": "94% response rate with larotrectinib",
        "cancers": ["childhood-sarcomas"],
        "summary": (
            "Children with the NTRK anomaly in their tumour receive larotrectinib, a drug with a 94% response "
            "rate, no side effects, given as a syrup twice daily."
        ),
        "body": [
            heading("The first major success of precision medicine"),
            paragraph(
                "Thanks to the MAPPYACTS project, it was possible to identify all children with the NTRK anomaly",
                "within their tumour and provide them with a new drug: larotrectinib.",
            ),
            key_figure("94%", "response rate with larotrectinib"),
            paragraph(
                "Larotrectinib has a 94% response rate, no side effects, and is administered as a syrup twice",
                "daily.",
            ),
            donate_call(text="Every gift helps find the next targeted treatment."),
        ],
    },
    {
        "slug": "biomede",
        "acronym": "BIOMEDE",
        "title": "BIOMEDE: the largest clinical trial on DIPG",
        "theme": "clinical-trial",
        "status": "completed",
        "headline_result": "For the first time worldwide, 8 children are long-term survivors of DIPG",
        "cancers": ["dipg"],
        "summary": (
            "The largest clinical trial conducted on diffuse intrinsic pontine glioma (DIPG). For the first time "
            "worldwide, 8 children are long-term survivors of this disease."
        ),
        "body": [
            heading("Our first victories against DIPG"),
            paragraph(
                "The BIOMEDE program is the largest clinical trial conducted on diffuse intrinsic pontine glioma",
                "(DIPG), a disease which typically allows only a few months of life expectancy after diagnosis.",
                "This trial has improved the understanding and treatment of this disease.",
            ),
            key_figure("8", "children are long-term survivors of DIPG, for the first time worldwide"),
            heading("What comes next"),
            paragraph(
                "This project continues through BIOMEDE 2, the PATOI clinical trial, and a program led by",
                "Dr. David Castel.",
            ),
            donate_call(text="Every gift helps continue the fight against DIPG."),
        ],
    },
    {
        "slug": "biomede-2",
        "acronym": "BIOMEDE 2",
        "title": "BIOMEDE 2: continuing the fight against DIPG",
        "theme": "clinical-trial",
        "status": "ongoing",
        "cancers": ["dipg"],
        "summary": (
            "BIOMEDE 2 continues the work of BIOMEDE, the largest clinical trial conducted on diffuse intrinsic "
            "pontine glioma (DIPG)."
        ),
        "body": [
            heading("Building on BIOMEDE"),
            paragraph(
                "The BIOMEDE trial improved the understanding and treatment of diffuse intrinsic pontine glioma",
                "(DIPG), a disease which typically allows only a few months of life expectancy after diagnosis.",
                "For the first time worldwide, 8 children are long-term survivors of this disease.",
            ),
            paragraph(
                "This project continues through BIOMEDE 2, the PATOI clinical trial, and a program led by",
                "Dr. David Castel.",
            ),
            donate_call(text="Every gift helps continue the fight against DIPG."),
        ],
    },
    {
        "slug": "patoi",
        "acronym": "PATOI",
        "title": "PATOI: a clinical trial against DIPG",
        "theme": "clinical-trial",
        "status": "ongoing",
        "cancers": ["dipg"],
        "summary": (
            "The PATOI clinical trial is one of the projects through which research on diffuse intrinsic pontine "
            "glioma (DIPG) continues after BIOMEDE."
        ),
        "body": [
            heading("Continuing the work of BIOMEDE"),
            paragraph(
                "BIOMEDE, the largest clinical trial conducted on DIPG, has improved the understanding and treatment",
                "of this disease. The project continues through BIOMEDE 2, the PATOI clinical trial, and a program",
                "led by Dr. David Castel.",
            ),
            donate_call(text="Every gift helps continue the fight against DIPG."),
        ],
    },
    {
        "slug": "beacon",
        "acronym": "BEACON",
        "full_name": "BEACON-Neuroblastoma",
        "title": "BEACON: better treatment for relapsed neuroblastoma",
        "theme": "clinical-trial",
        "status": "ongoing",
        "cancers": ["neuroblastoma"],
        "summary": (
            "Thanks to the BEACON study, it is now possible to better treat children with relapsed or refractory "
            "neuroblastoma."
        ),
        "body": [
            heading("Life expectancy for children with neuroblastoma is improving"),
            paragraph(
                "Thanks to the BEACON study, and subsequently BEACON Immuno, it is now possible to better treat",
                "children with relapsed or refractory neuroblastoma.",
            ),
            paragraph(
                "These new treatment protocols, one of which has become the standard in the UK, have improved",
                "long-term survival for children.",
            ),
            donate_call(text="Every gift helps research go further against neuroblastoma."),
        ],
    },
    {
        "slug": "beacon-immuno",
        "acronym": "BEACON Immuno",
        "title": "BEACON Immuno: immunotherapy for relapsed neuroblastoma",
        "theme": "immunotherapy",
        "status": "ongoing",
        "cancers": ["neuroblastoma"],
        "summary": (
            "Following the BEACON study, BEACON Immuno helps better treat children with relapsed or refractory "
            "neuroblastoma."
        ),
        "body": [
            heading("After BEACON"),
            paragraph(
                "Thanks to the BEACON study, and subsequently BEACON Immuno, it is now possible to better treat",
                "children with relapsed or refractory neuroblastoma. These new treatment protocols, one of which",
                "has become the standard in the UK, have improved long-term survival for children.",
            ),
            donate_call(text="Every gift helps accelerate immunotherapy for children."),
        ],
    },
    {
        "slug": "digitwins",
        "acronym": "DigiTwins",
        "title": "DigiTwins: understanding neuroblastoma better",
        "theme": "biology",
        "status": "ongoing",
        "cancers": ["neuroblastoma"],
        "summary": "DigiTwins aims at a better understanding of neuroblastoma.",
        "body": [
            heading("Going further against neuroblastoma"),
            paragraph(
                "New treatment protocols have improved long-term survival for children with relapsed or refractory",
                "neuroblastoma. We need to go even further, particularly through a better understanding of the",
                "disease: this is the aim of DigiTwins.",
            ),
            donate_call(text="Every gift helps research go further against neuroblastoma."),
        ],
    },
    {
        "slug": "prevention-of-neuroblastoma-relapse",
        "acronym": "Prevention of Neuroblastoma Relapse",
        "title": "Prevention of Neuroblastoma Relapse",
        "theme": "biology",
        "status": "ongoing",
        "cancers": ["neuroblastoma"],
        "summary": "A program working on the prevention of relapses in children with neuroblastoma.",
        "body": [
            heading("Preventing relapses"),
            paragraph(
                "New treatment protocols have improved long-term survival for children with relapsed or refractory",
                "neuroblastoma. We need to go even further, particularly through the prevention of relapses: this",
                "is the aim of the Prevention of Neuroblastoma Relapse program.",
            ),
            donate_call(text="Every gift helps research go further against neuroblastoma."),
        ],
    },
    {
        "slug": "restrain",
        "acronym": "RESTRAIN",
        "title": "RESTRAIN: more effective, targeted treatment of neuroblastoma",
        "theme": "precision-medicine",
        "status": "ongoing",
        "cancers": ["neuroblastoma"],
        "summary": "RESTRAIN works towards more effective and targeted treatments for children with neuroblastoma.",
        "body": [
            heading("More effective and targeted treatments"),
            paragraph(
                "New treatment protocols have improved long-term survival for children with relapsed or refractory",
                "neuroblastoma. We need to go even further, particularly through more effective and targeted",
                "treatments: this is the aim of RESTRAIN.",
            ),
            donate_call(text="Every gift helps research go further against neuroblastoma."),
        ],
    },
    {
        "slug": "nivo-alcl",
        "acronym": "NIVO-ALCL",
        "title": "NIVO-ALCL: immunotherapy against resistant lymphoma",
        "theme": "immunotherapy",
        "status": "ongoing",
        "headline_result": "50% response rate with nivolumab",
        "cancers": ["anaplastic-large-cell-lymphoma"],
        "summary": (
            "The NIVO-ALCL project improves survival for children with resistant forms of lymphoma using an "
            "immunotherapy drug, nivolumab."
        ),
        "body": [
            heading("We are accelerating immunotherapy"),
            paragraph(
                "Although our immunotherapy projects are recent, some have begun to show promise. The NIVO-ALCL",
                "project improves survival for children with resistant forms of lymphoma using an immunotherapy",
                "drug, nivolumab.",
            ),
            key_figure("50%", "response rate with nivolumab"),
            donate_call(text="Every gift helps accelerate immunotherapy for children."),
        ],
    },
    {
        "slug": "sacha",
        "acronym": "SACHA",
        "title": "SACHA: securing access to innovative therapies",
        "theme": "innovative-drugs",
        "status": "ongoing",
        "headline_result": "More than 779 patients who received 79 therapies included",
        "cancers": ACROSS_CANCERS,
        "partners": [
            "French National Authority for Health",
            "National Agency for the Safety of Medicines and Health Products",
        ],
        "summary": (
            "A study unique in Europe that collects all efficacy and toxicity data on new drugs prescribed under "
            "early or compassionate access, deployed internationally since 2023."
        ),
        "body": [
            heading("Access to innovative therapies is now secured"),
            paragraph(
                "SACHA is a study unique in Europe. It collects all efficacy and toxicity data on new drugs",
                "prescribed under early or compassionate access.",
            ),
            key_figure("779+", "patients included, who received 79 therapies"),
            paragraph(
                "The study is recognised by the French National Authority for Health (HAS) and the National Agency",
                "for the Safety of Medicines and Health Products (ANSM), and has been deployed internationally",
                "since 2023.",
            ),
            donate_call(text="Every gift helps give children safe access to new drugs."),
        ],
    },
    {
        "slug": "car-t-cell-projects",
        "acronym": "CAR T-cell projects",
        "title": "CAR T-cell projects against solid tumours",
        "theme": "immunotherapy",
        "status": "ongoing",
        "cancers": [],
        "partners": ["University of Nantes"],
        "summary": (
            "Projects that enhance the effectiveness of CAR T-cell therapies, particularly against solid tumours: "
            "Imagine, University of Nantes, GLO-BNHL and CARBEMED."
        ),
        "body": [
            heading("We are accelerating immunotherapy"),
            paragraph(
                "Although these projects are recent, some have begun to show promise. We fund projects that",
                "enhance the effectiveness of CAR T-cell therapies, particularly against solid tumours.",
            ),
            heading("The projects", "h3"),
            bullets("Imagine", "University of Nantes", "GLO-BNHL", "CARBEMED"),
            donate_call(text="Every gift helps accelerate immunotherapy for children."),
        ],
    },
]

# Registry identifiers and phases, by program slug: fill in once checked against the registries.
TRIALS: dict[str, dict[str, str]] = {
    program["slug"]: {"trial_phase": "", "nct_number": "", "eu_trial_number": ""} for program in PROGRAMS
} | {
    "mappyacts": {"trial_phase": "", "nct_number": "NCT02613962", "eu_trial_number": ""},
    "micchado": {"trial_phase": "", "nct_number": "NCT03496402", "eu_trial_number": ""},
    "acse-esmart": {"trial_phase": "", "nct_number": "NCT02813135", "eu_trial_number": "2016-000133-40"},
    "biomede": {"trial_phase": "2", "nct_number": "NCT02233049", "eu_trial_number": ""},
    "biomede-2": {"trial_phase": "3", "nct_number": "NCT05476939", "eu_trial_number": ""},
    "beacon": {"trial_phase": "", "nct_number": "NCT02308527", "eu_trial_number": "2012-000072-42"},
    "beacon-immuno": {"trial_phase": "2", "nct_number": "", "eu_trial_number": ""},
    "sacha": {"trial_phase": "", "nct_number": "NCT04477681", "eu_trial_number": ""},
    "nivo-alcl": {"trial_phase": "2", "nct_number": "NCT03703050", "eu_trial_number": "2018-001447-31"},
}

HOME_FEATURED = ["tag-n-track", "biomede", "beacon", "acse-esmart", "sacha", "mappyacts"]
