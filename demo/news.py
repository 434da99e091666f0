"""News items built from the facts of seed.txt. Their dates are illustrative, and each body says so."""

import datetime

from .blocks import heading, key_figure, paragraph

HIGHLY_EFFECTIVE = ["biomede", "tag-n-track", "beacon", "acse-esmart"]

NEWS = [
    {
        "slug": "sacha-deployed-internationally",
        "title": "SACHA now deployed internationally",
        "date": datetime.date(2023, 9, 19),
        "programs": ["sacha"],
        "cancers": [],
        "summary": (
            "SACHA, the European study of new drugs prescribed under early or compassionate access, is deployed "
            "internationally since 2023."
        ),
        "body": [
            paragraph(
                "SACHA, a study unique in Europe, collects all efficacy and toxicity data on new drugs prescribed",
                "under early or compassionate access. Recognised by the French National Authority for Health (HAS)",
                "and the National Agency for the Safety of Medicines and Health Products (ANSM), it has been",
                "deployed internationally since 2023.",
            ),
            key_figure("779+", "patients included, who received 79 therapies"),
        ],
    },
    {
        "slug": "tag-n-track-larotrectinib-response-rate",
        "title": "Tag-N-TRACK: larotrectinib shows a 94% response rate",
        "date": datetime.date(2023, 11, 7),
        "programs": ["tag-n-track", "mappyacts"],
        "cancers": ["childhood-sarcomas"],
        "summary": (
            "Children with the NTRK anomaly in their tumour receive larotrectinib: a 94% response rate, no side "
            "effects, a syrup taken twice daily."
        ),
        "body": [
            heading("The first major success of precision medicine"),
            paragraph(
                "Thanks to the MAPPYACTS project, it was possible to identify all children with the NTRK anomaly",
                "within their tumour and provide them with a new drug: larotrectinib.",
            ),
            key_figure("94%", "response rate with larotrectinib"),
            paragraph("Larotrectinib has no side effects and is administered as a syrup twice daily."),
        ],
    },
    {
        "slug": "biomede-long-term-survivors",
        "title": "BIOMEDE: 8 children are long-term survivors of DIPG",
        "date": datetime.date(2024, 2, 15),
        "programs": ["biomede"],
        "cancers": ["dipg"],
        "summary": (
            "For the first time worldwide, 8 children are long-term survivors of diffuse intrinsic pontine glioma, "
            "thanks to the largest clinical trial conducted on this disease."
        ),
        "body": [
            heading("Our first victories against DIPG"),
            paragraph(
                "The BIOMEDE program is the largest clinical trial conducted on diffuse intrinsic pontine glioma",
                "(DIPG), a disease which typically allows only a few months of life expectancy after diagnosis.",
                "This trial has improved the understanding and treatment of this disease.",
            ),
            key_figure("8", "children are long-term survivors of DIPG, for the first time worldwide"),
        ],
    },
    {
        "slug": "dipg-research-continues",
        "title": "DIPG research continues: BIOMEDE 2, PATOI and a program led by Dr. David Castel",
        "date": datetime.date(2024, 4, 9),
        "programs": ["biomede", "biomede-2", "patoi"],
        "cancers": ["dipg"],
        "summary": (
            "After BIOMEDE, research on diffuse intrinsic pontine glioma continues through BIOMEDE 2, the PATOI "
            "clinical trial and a program led by Dr. David Castel."
        ),
        "body": [
            paragraph(
                "BIOMEDE, the largest clinical trial conducted on DIPG, has improved the understanding and treatment",
                "of this disease, and for the first time worldwide, 8 children are long-term survivors.",
            ),
            paragraph(
                "This project continues through BIOMEDE 2, the PATOI clinical trial, and a program led by",
                "Dr. David Castel.",
            ),
        ],
    },
    {
        "slug": "acse-esmart-254-children",
        "title": "AcSé-ESMART has included 254 children",
        "date": datetime.date(2024, 6, 18),
        "programs": ["acse-esmart", "mappyacts", "micchado"],
        "cancers": [],
        "summary": (
            "The clinical platform accelerating the development of precision medicine has included 254 children "
            "with high-risk and relapsed cancers."
        ),
        "body": [
            paragraph(
                "The specialist committee analysing children's molecular profiles can guide their patients to the",
                "AcSé-ESMART program, a clinical platform accelerating the development of precision medicine.",
            ),
            key_figure("254", "children with high-risk and relapsed cancers included"),
        ],
    },
    {
        "slug": "beacon-protocol-standard-in-the-uk",
        "title": "Neuroblastoma: one of the BEACON protocols becomes the standard in the UK",
        "date": datetime.date(2024, 9, 24),
        "programs": ["beacon", "beacon-immuno"],
        "cancers": ["neuroblastoma"],
        "summary": (
            "Life expectancy for children with neuroblastoma is improving: one of the new treatment protocols "
            "from BEACON and BEACON Immuno has become the standard in the UK."
        ),
        "body": [
            paragraph(
                "Thanks to the BEACON study, and subsequently BEACON Immuno, it is now possible to better treat",
                "children with relapsed or refractory neuroblastoma.",
            ),
            paragraph(
                "These new treatment protocols, one of which has become the standard in the UK, have improved",
                "long-term survival for children.",
            ),
        ],
    },
    {
        "slug": "nivo-alcl-nivolumab-response-rate",
        "title": "NIVO-ALCL: nivolumab response rate of 50%",
        "date": datetime.date(2024, 11, 12),
        "programs": ["nivo-alcl"],
        "cancers": ["anaplastic-large-cell-lymphoma"],
        "summary": (
            "The NIVO-ALCL project improves survival for children with resistant forms of lymphoma using an "
            "immunotherapy drug, nivolumab."
        ),
        "body": [
            paragraph(
                "Although our immunotherapy projects are recent, some have begun to show promise. The NIVO-ALCL",
                "project improves survival for children with resistant forms of lymphoma using an immunotherapy",
                "drug, nivolumab.",
            ),
            key_figure("50%", "response rate with nivolumab"),
        ],
    },
    {
        "slug": "mappyacts-micchado-france-genomic-medicine-2025",
        "title": "MAPPYACTS and MICCHADO integrated into France Genomic Medicine 2025",
        "date": datetime.date(2025, 1, 21),
        "programs": ["mappyacts", "micchado"],
        "cancers": [],
        "summary": (
            "More than 3,600 children have benefited from the sequencing programs supported since 2016, now "
            "integrated into the France Genomic Medicine 2025 framework."
        ),
        "body": [
            paragraph(
                "Since 2016, Imagine for Margo has supported major sequencing programs for every child with",
                "relapsed cancer (MAPPYACTS) or at high risk (MICCHADO).",
            ),
            key_figure("3,600+", "children have benefited"),
            paragraph("These programs are now integrated into the France Genomic Medicine 2025 framework."),
        ],
    },
    {
        "slug": "molecular-targets-without-drugs",
        "title": "Two-thirds of the molecular targets found still have no drug",
        "date": datetime.date(2025, 3, 11),
        "programs": ["mappyacts", "micchado", "acse-esmart"],
        "cancers": [],
        "summary": (
            "The sequencing programs have identified numerous molecular targets, for two-thirds of which no drugs "
            "currently exist."
        ),
        "body": [
            paragraph(
                "MAPPYACTS and MICCHADO have identified numerous molecular targets, for two-thirds of which",
                "unfortunately no drugs currently exist.",
            ),
            key_figure("Two-thirds", "of the molecular targets identified have no drug yet"),
            paragraph(
                "The specialist committee analysing children's molecular profiles can guide their patients to the",
                "AcSé-ESMART program, a clinical platform accelerating the development of precision medicine.",
            ),
        ],
    },
    {
        "slug": "experts-recommend-the-programs-we-fund",
        "title": "Fight Kids Cancer's scientific committee recommends programs since 2020",
        "date": datetime.date(2023, 5, 23),
        "programs": HIGHLY_EFFECTIVE,
        "cancers": [],
        "summary": (
            "Since 2012, the programs we co-fund have come from recommendations from experts in paediatric "
            "oncology: ITCC, the SFCE and, since 2020, the scientific committee of Fight Kids Cancer."
        ),
        "body": [
            paragraph(
                "Since 2012, the programs that we have co-funded have come from recommendations from experts in",
                "paediatric oncology: the European consortium ITCC, the SFCE and, since 2020, the scientific",
                "committee of Fight Kids Cancer.",
            ),
        ],
    },
    {
        "slug": "over-7200-children-benefited",
        "title": "Over 7,200 children have benefited from the clinical projects we fund",
        "date": datetime.date(2023, 3, 14),
        "programs": HIGHLY_EFFECTIVE,
        "cancers": [],
        "summary": (
            "The clinical projects we fund have benefited over 7,200 children and have tested 119 new therapies, "
            "some of which have proven to be highly effective."
        ),
        "body": [
            key_figure("7,200+", "children have benefited from the clinical projects we fund"),
            key_figure("119", "new therapies tested"),
            paragraph(
                "Some of these therapies have proven to be highly effective, for example in BIOMEDE, Tag-N-TRACK,",
                "BEACON and AcSé-ESMART.",
            ),
        ],
    },
    {
        "slug": "more-than-20-million-euros-for-research",
        "title": "More than €20 million allocated to research since 2011",
        "date": datetime.date(2023, 1, 17),
        "programs": HIGHLY_EFFECTIVE,
        "cancers": [],
        "summary": (
            "Since its creation in 2011, Imagine for Margo has allocated more than 20 million euros to 61 "
            "translational and clinical research programs in France and Europe."
        ),
        "body": [
            key_figure("€20 million+", "allocated to research since 2011"),
            key_figure("61", "translational and clinical research programs in France and Europe"),
            paragraph(
                "Our strategy consists of funding fundamental and translational research programs to better",
                "understand the causes of childhood cancer and resistance to treatments, as well as early phase",
                "clinical trials that allow children who suffer relapse or therapeutic failure to benefit from",
                "innovative personalised treatments, thanks to precision medicine.",
            ),
        ],
    },
    {
        "slug": "car-t-cell-projects-against-solid-tumours",
        "title": "CAR T-cell projects against solid tumours",
        "date": datetime.date(2025, 10, 7),
        "programs": ["car-t-cell-projects"],
        "cancers": [],
        "summary": (
            "We fund projects that enhance the effectiveness of CAR T-cell therapies, particularly against solid "
            "tumours: Imagine, University of Nantes, GLO-BNHL and CARBEMED."
        ),
        "body": [
            paragraph(
                "We are accelerating immunotherapy. Although these projects are recent, some have begun to show",
                "promise. We fund projects that enhance the effectiveness of CAR T-cell therapies, particularly",
                "against solid tumours: Imagine, University of Nantes, GLO-BNHL and CARBEMED.",
            ),
        ],
    },
    {
        "slug": "understanding-neuroblastoma",
        "title": "Understanding neuroblastoma: DigiTwins, RESTRAIN and relapse prevention",
        "date": datetime.date(2026, 2, 10),
        "programs": ["digitwins", "restrain", "prevention-of-neuroblastoma-relapse"],
        "cancers": ["neuroblastoma"],
        "summary": (
            "Survival is improving for children with neuroblastoma, and research goes further: understanding the "
            "disease, preventing relapses and finding more targeted treatments."
        ),
        "body": [
            paragraph(
                "Life expectancy for children with neuroblastoma is improving. However, we need to go even further,",
                "particularly through a better understanding of the disease (DigiTwins), prevention of relapses",
                "(Prevention of Neuroblastoma Relapse), and more effective and targeted treatments (RESTRAIN).",
            ),
        ],
    },
]
