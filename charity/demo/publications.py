"""Publications: example entries until the editorial team replaces them with verified references.

seed.txt names no article, so every entry below is marked as an example and leaves the journal,
volume, issue, pages, DOI and PubMed ID empty. To publish a real reference, replace an entry's
title, authors and abstract and fill in the other keys (doi without "https://doi.org/").
"""

EXAMPLE_AUTHORS = "Example entry — authors to be completed by the editorial team"

PUBLICATIONS = [
    {
        "slug": "mappyacts-molecular-profiling-example-entry",
        "title": "MAPPYACTS: molecular profiling of relapsed paediatric cancers (example entry)",
        "year": 2022,
        "programs": ["mappyacts"],
        "abstract": (
            "Example entry, to be replaced by a verified reference. MAPPYACTS is a major sequencing program for "
            "every child with relapsed cancer, supported by Imagine for Margo since 2016. Together with MICCHADO, "
            "more than 3,600 children have benefited from it. These programs have identified numerous molecular "
            "targets, for two-thirds of which no drugs currently exist."
        ),
    },
    {
        "slug": "micchado-high-risk-childhood-cancers-example-entry",
        "title": "MICCHADO: sequencing of high-risk childhood cancers (example entry)",
        "year": 2023,
        "programs": ["micchado"],
        "abstract": (
            "Example entry, to be replaced by a verified reference. MICCHADO is a major sequencing program for "
            "children with high-risk cancer, now integrated into the France Genomic Medicine 2025 framework."
        ),
    },
    {
        "slug": "acse-esmart-precision-medicine-platform-example-entry",
        "title": "AcSé-ESMART: a clinical platform for precision medicine in children (example entry)",
        "year": 2023,
        "programs": ["acse-esmart"],
        "abstract": (
            "Example entry, to be replaced by a verified reference. AcSé-ESMART is a clinical platform "
            "accelerating the development of precision medicine, which has included 254 children with high-risk "
            "and relapsed cancers."
        ),
    },
    {
        "slug": "tag-n-track-larotrectinib-example-entry",
        "title": "Tag-N-TRACK: larotrectinib for children with an NTRK anomaly (example entry)",
        "year": 2024,
        "programs": ["tag-n-track"],
        "abstract": (
            "Example entry, to be replaced by a verified reference. Children with the NTRK anomaly in their "
            "tumour, identified through MAPPYACTS, received larotrectinib: a 94% response rate, no side effects, "
            "administered as a syrup twice daily."
        ),
    },
    {
        "slug": "biomede-dipg-clinical-trial-example-entry",
        "title": "BIOMEDE: the largest clinical trial in diffuse intrinsic pontine glioma (example entry)",
        "year": 2024,
        "programs": ["biomede"],
        "abstract": (
            "Example entry, to be replaced by a verified reference. BIOMEDE is the largest clinical trial "
            "conducted on DIPG. It has improved the understanding and treatment of the disease; for the first "
            "time worldwide, 8 children are long-term survivors."
        ),
    },
    {
        "slug": "beacon-relapsed-neuroblastoma-example-entry",
        "title": "BEACON: treating relapsed or refractory neuroblastoma (example entry)",
        "year": 2021,
        "programs": ["beacon", "beacon-immuno"],
        "abstract": (
            "Example entry, to be replaced by a verified reference. The BEACON study, and subsequently BEACON "
            "Immuno, made it possible to better treat children with relapsed or refractory neuroblastoma; one of "
            "the new protocols has become the standard in the UK."
        ),
    },
    {
        "slug": "nivo-alcl-nivolumab-example-entry",
        "title": "NIVO-ALCL: nivolumab for children with resistant lymphoma (example entry)",
        "year": 2025,
        "programs": ["nivo-alcl"],
        "abstract": (
            "Example entry, to be replaced by a verified reference. The NIVO-ALCL project improves survival for "
            "children with resistant forms of lymphoma using nivolumab, with a response rate of 50%."
        ),
    },
    {
        "slug": "sacha-early-access-drugs-example-entry",
        "title": "SACHA: efficacy and toxicity of drugs prescribed under early access (example entry)",
        "year": 2025,
        "programs": ["sacha"],
        "abstract": (
            "Example entry, to be replaced by a verified reference. SACHA collects all efficacy and toxicity data "
            "on new drugs prescribed under early or compassionate access: more than 779 patients who received "
            "79 therapies have been included."
        ),
    },
    {
        "slug": "reference-publication-patricia-blanc-example-entry",
        "title": "Reference publication on childhood cancers co-authored by Patricia Blanc (example entry)",
        "year": 2020,
        "programs": [],
        "authors": "Patricia Blanc and co-authors — example entry, full author list to be completed",
        "abstract": (
            "Example entry, to be replaced by a verified reference. Patricia Blanc, President of Imagine for "
            "Margo, has been the co-author of several reference publications on childhood cancers."
        ),
    },
]

REFERENCE_FIELDS = ("journal", "volume", "issue", "pages", "doi", "pubmed_id")
