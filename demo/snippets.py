"""People and partners named in seed.txt. Websites are left empty until an editor checks them."""

PEOPLE = [
    {
        "name": "Patricia Blanc",
        "title": "President",
        "affiliation": "Imagine for Margo",
        "short_bio": (
            "Patricia Blanc, President of Imagine for Margo, has been the co-author of several reference "
            "publications on childhood cancers."
        ),
    },
    {
        "name": "David Castel",
        "title": "Dr., leads a research program on DIPG",
        "affiliation": "",
        "short_bio": (
            "Dr. David Castel leads one of the programs through which research on diffuse intrinsic pontine "
            "glioma (DIPG) continues after BIOMEDE."
        ),
    },
]

PARTNERS = [
    {
        "name": "Innovative Therapies for Children with Cancer",
        "acronym": "ITCC",
        "kind": "consortium",
        "description": (
            "European consortium of experts in paediatric oncology. Since 2012, the programs we co-fund have come "
            "from the recommendations of ITCC, the SFCE and, since 2020, the scientific committee of Fight Kids Cancer."
        ),
        "show_in_footer": True,
    },
    {
        "name": "French Society of Childhood Cancers",
        "acronym": "SFCE",
        "kind": "consortium",
        "description": (
            "French society of experts in paediatric oncology whose recommendations, since 2012, guide the "
            "programs we co-fund."
        ),
        "show_in_footer": True,
    },
    {
        "name": "Fight Kids Cancer",
        "acronym": "",
        "kind": "charity",
        "description": "Since 2020, the scientific committee of Fight Kids Cancer recommends the programs we co-fund.",
        "show_in_footer": True,
    },
    {
        "name": "French National Authority for Health",
        "acronym": "HAS",
        "kind": "institution",
        "description": "The HAS has recognised the SACHA study.",
        "show_in_footer": False,
    },
    {
        "name": "National Agency for the Safety of Medicines and Health Products",
        "acronym": "ANSM",
        "kind": "institution",
        "description": "The ANSM has recognised the SACHA study.",
        "show_in_footer": False,
    },
    {
        "name": "University of Nantes",
        "acronym": "",
        "kind": "institution",
        "description": "Home of one of the CAR T-cell projects we fund.",
        "show_in_footer": False,
    },
    {
        "name": "France Genomic Medicine 2025",
        "acronym": "",
        "kind": "institution",
        "description": (
            "The national framework into which the MAPPYACTS and MICCHADO sequencing programs are now integrated."
        ),
        "show_in_footer": False,
    },
]
