"""Cancer pages. The first six carry the facts and figures of seed.txt; the others, which families also
look for, have only a short general description marked as awaiting medical review, and no figures."""

from .blocks import MEDICAL_REVIEW_NOTE, donate_call, heading, key_figure, note, paragraph

SEED_CANCERS = [
    {
        "slug": "nephroblastoma",
        "title": "Nephroblastoma",
        "other_names": "Wilms' tumour",
        "category": "kidney",
        "summary": (
            "Nephroblastoma, also known as Wilms' tumour, is the most common kidney cancer in children. "
            "It accounts for between 5% and 14% of all childhood cancers."
        ),
        "key_figures": [
            key_figure("5–14%", "of all childhood cancers are nephroblastomas"),
            key_figure("1 in 10,000", "births: about one case of nephroblastoma"),
        ],
        "body": [
            heading("The most common kidney cancer in children"),
            paragraph(
                "Nephroblastoma, also known as Wilms' tumour, is the most common kidney cancer in children.",
                "It accounts for between 5% and 14% of all childhood cancers, about one case per 10,000 births.",
            ),
            donate_call(text="Every gift supports the research programs selected by paediatric oncology experts."),
        ],
    },
    {
        "slug": "rhabdomyosarcoma",
        "title": "Rhabdomyosarcoma",
        "other_names": "RMS",
        "category": "soft-tissue-sarcoma",
        "summary": (
            "Rhabdomyosarcoma (RMS) is the most common soft-tissue cancer in children and adolescents, "
            "yet it remains a rare cancer."
        ),
        "key_figures": [
            key_figure("About 60%", "of soft-tissue cancers in children and adolescents are rhabdomyosarcomas"),
            key_figure("5%", "of all paediatric solid tumours are rhabdomyosarcomas"),
        ],
        "body": [
            heading("The most common soft-tissue cancer in children"),
            paragraph(
                "Rhabdomyosarcoma (RMS) is the most common soft-tissue cancer in children and adolescents,",
                "approximately 60% of them, and accounts for 5% of all paediatric solid tumours.",
                "However, it remains a rare cancer.",
            ),
            paragraph(
                "Rhabdomyosarcomas belong to the family of childhood sarcomas, of which they are the most common",
                "soft-tissue form.",
            ),
            donate_call(text="Every gift supports research on rare childhood cancers."),
        ],
    },
    {
        "slug": "childhood-sarcomas",
        "title": "Childhood sarcomas",
        "other_names": "",
        "category": "several",
        "summary": (
            "After blood cancers and brain tumours, sarcomas are the most common paediatric tumours. "
            "They are divided into soft-tissue sarcomas and bone sarcomas."
        ),
        "key_figures": [],
        "body": [
            heading("After blood cancers and brain tumours, the most common paediatric tumours"),
            paragraph(
                "After blood cancers and brain tumours, sarcomas are the most common paediatric tumours.",
                "Among these, we distinguish soft-tissue sarcomas, including rhabdomyosarcomas (RMS, the most",
                "common), and bone sarcomas.",
            ),
            paragraph(
                "Some children with sarcomas carry an NTRK anomaly in their tumour: the Tag-N-TRACK program",
                "gives them access to larotrectinib, a drug with a 94% response rate.",
            ),
            donate_call(text="Every gift supports precision medicine for children with cancer."),
        ],
    },
    {
        "slug": "neuroblastoma",
        "title": "Neuroblastoma",
        "other_names": "",
        "category": "nervous-system",
        "summary": (
            "Life expectancy for children with neuroblastoma is improving: new treatment protocols have improved "
            "long-term survival for children with relapsed or refractory neuroblastoma."
        ),
        "key_figures": [],
        "body": [
            heading("Life expectancy is improving"),
            paragraph(
                "Thanks to the BEACON study, and subsequently BEACON Immuno, it is now possible to better treat",
                "children with relapsed or refractory neuroblastoma. These new treatment protocols, one of which",
                "has become the standard in the UK, have improved long-term survival for children.",
            ),
            heading("Going further"),
            paragraph(
                "We need to go even further, particularly through a better understanding of the disease",
                "(DigiTwins), prevention of relapses (Prevention of Neuroblastoma Relapse), and more effective and",
                "targeted treatments (RESTRAIN).",
            ),
            donate_call(text="Every gift helps research go further against neuroblastoma."),
        ],
    },
    {
        "slug": "dipg",
        "title": "Diffuse intrinsic pontine glioma (DIPG)",
        "other_names": "DIPG",
        "category": "brain",
        "summary": (
            "Diffuse intrinsic pontine glioma typically allows only a few months of life expectancy after diagnosis. "
            "For the first time worldwide, 8 children are long-term survivors of this disease."
        ),
        "key_figures": [
            key_figure("A few months", "typical life expectancy after diagnosis of DIPG"),
            key_figure("8", "children are long-term survivors of DIPG, for the first time worldwide"),
        ],
        "body": [
            heading("Our first victories against DIPG"),
            paragraph(
                "Diffuse intrinsic pontine glioma (DIPG) typically allows only a few months of life expectancy after",
                "diagnosis. The BIOMEDE program is the largest clinical trial conducted on this disease. It has",
                "improved the understanding and treatment of DIPG and, for the first time worldwide, 8 children are",
                "long-term survivors of this disease.",
            ),
            heading("Research continues"),
            paragraph(
                "This work continues through BIOMEDE 2, the PATOI clinical trial, and a program led by",
                "Dr. David Castel.",
            ),
            donate_call(text="Every gift helps continue the fight against DIPG."),
        ],
    },
    {
        "slug": "anaplastic-large-cell-lymphoma",
        "title": "Anaplastic large-cell lymphoma",
        "other_names": "ALCL",
        "category": "blood",
        "summary": (
            "Anaplastic large-cell lymphoma (ALCL) is a lymphoma. The NIVO-ALCL project improves survival for "
            "children with resistant forms using an immunotherapy drug, nivolumab."
        ),
        "key_figures": [
            key_figure("50%", "response rate to nivolumab in the NIVO-ALCL project"),
        ],
        "body": [
            heading("Immunotherapy against resistant lymphoma"),
            paragraph(
                "The NIVO-ALCL project improves survival for children with resistant forms of lymphoma using an",
                "immunotherapy drug, nivolumab, with a response rate of 50%.",
            ),
            donate_call(text="Every gift helps accelerate immunotherapy for children."),
        ],
    },
]

EXAMPLE_CANCERS = [
    (
        "leukaemia",
        "Leukaemia",
        "Leukemia",
        "blood",
        "Leukaemia is a cancer of the blood-forming cells of the bone marrow.",
    ),
    ("osteosarcoma", "Osteosarcoma", "", "bone-sarcoma", "Osteosarcoma is a cancer that starts in bone."),
    (
        "ewing-sarcoma",
        "Ewing sarcoma",
        "Ewing's sarcoma",
        "bone-sarcoma",
        "Ewing sarcoma is a cancer that most often starts in bone, and sometimes in the soft tissues.",
    ),
    (
        "medulloblastoma",
        "Medulloblastoma",
        "",
        "brain",
        "Medulloblastoma is a brain tumour that starts in the cerebellum, at the back of the brain.",
    ),
    (
        "retinoblastoma",
        "Retinoblastoma",
        "",
        "eye",
        "Retinoblastoma is a cancer of the retina, at the back of the eye, that mostly affects young children.",
    ),
    (
        "hepatoblastoma",
        "Hepatoblastoma",
        "",
        "liver",
        "Hepatoblastoma is a cancer of the liver that mostly affects young children.",
    ),
]


def _example_cancer(slug, title, other_names, category, description):
    return {
        "slug": slug,
        "title": title,
        "other_names": other_names,
        "category": category,
        "summary": description,
        "key_figures": [],
        "body": [
            note(MEDICAL_REVIEW_NOTE),
            paragraph(description),
            paragraph(
                "Every child's situation is different: the medical team caring for your child is the best source",
                "of information about diagnosis and treatment.",
            ),
            donate_call(text="Every gift supports research against childhood cancers."),
        ],
    }


CANCERS = SEED_CANCERS + [_example_cancer(*cancer) for cancer in EXAMPLE_CANCERS]
