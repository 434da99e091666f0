"""The home page, the indexes, the donate page and the general pages, from seed.txt.

The legal pages and the annual reports are example content: seed.txt gives no legal details, and the
annual reports are generated example PDFs, clearly labelled as such.
"""

from .blocks import document, donate_call, heading, impact_figures, key_figure, note, paragraph

STRATEGY = (
    "Our strategy consists of funding fundamental and translational research programs to better understand the "
    "causes of childhood cancer and resistance to treatments, as well as early phase clinical trials that allow "
    "children who suffer relapse or therapeutic failure to benefit from innovative personalised treatments, thanks "
    "to precision medicine."
)
EXPERTS = (
    "Since 2012, the programs that we have co-funded have come from recommendations from experts in paediatric "
    "oncology: the European consortium ITCC, the SFCE and, since 2020, the scientific committee of Fight Kids Cancer."
)

HOME = {
    "title": "Home",
    "hero_heading": "Together, let's accelerate research against childhood cancer",
    "hero_intro": (
        "Since the creation of the association in 2011, Imagine for Margo has allocated more than 20 million euros "
        "to 61 translational and clinical research programs in France and Europe to accelerate research against "
        "childhood cancer."
    ),
    "mission": (
        f"<p>{STRATEGY}</p>"
        "<p>Clinical projects have benefited over 7,200 children and have tested 119 new therapies, some of which "
        "have proven to be highly effective.</p>"
    ),
    "donate_heading": "Every gift funds research",
    "donate_text": (
        "Your gift supports research programs recommended by experts in paediatric oncology, so that children whose "
        "cancer relapses or resists treatment can benefit from innovative personalised treatments."
    ),
}

INDEXES = {
    "cancers": {
        "title": "Childhood cancers",
        "intro": "Learn about childhood cancers and the research programs we fund against each of them.",
    },
    "programs": {
        "title": "Research programs",
        "intro": (
            "Since 2011, we have funded 61 translational and clinical research programs in France and Europe, "
            "recommended by experts in paediatric oncology. Explore some of them by cancer, theme and status."
        ),
    },
    "news": {"title": "News", "intro": "News from the research programs we fund."},
    "publications": {
        "title": "Publications",
        "intro": "Scientific publications from the research programs we fund.",
    },
}

ABOUT = {
    "slug": "about-us",
    "title": "About us",
    "summary": "Since 2011, Imagine for Margo has funded research to accelerate the fight against childhood cancer.",
    "body": [
        heading("Our mission"),
        paragraph(
            "Since the creation of the association in 2011, we have allocated more than 20 million euros to 61",
            "translational and clinical research programs in France and Europe to accelerate research against",
            "childhood cancer. Clinical projects have benefited over 7,200 children and have tested 119 new",
            "therapies, some of which have proven to be highly effective (BIOMEDE, Tag-N-TRACK, BEACON,",
            "AcSé-ESMART, among others).",
        ),
        impact_figures(),
        heading("Our strategy"),
        paragraph(STRATEGY),
        heading("Programs chosen by experts"),
        paragraph(EXPERTS),
        heading("Our president"),
        paragraph(
            "Patricia Blanc, President of Imagine for Margo, has been the co-author of several reference",
            "publications on childhood cancers.",
        ),
        donate_call(text="Every gift supports the research programs recommended by experts in paediatric oncology."),
    ],
}

ANNUAL_REPORTS = [
    {
        "title": "Example annual report 2023 (example document)",
        "lines": [
            "Imagine for Margo — Annual report 2023",
            "Example annual report — example content",
            "This is an example document for the demo site.",
            "It will be replaced by the annual report approved by the association.",
        ],
    },
    {
        "title": "Example annual report 2024 (example document)",
        "lines": [
            "Imagine for Margo — Annual report 2024",
            "Example annual report — example content",
            "This is an example document for the demo site.",
            "It will be replaced by the annual report approved by the association.",
        ],
    },
]

GOVERNANCE = {
    "slug": "governance-and-transparency",
    "title": "Governance and transparency",
    "summary": "How the programs we fund are chosen, and our annual reports.",
    "body": [
        heading("How programs are chosen"),
        paragraph(EXPERTS),
        heading("Annual reports"),
        note("Example content: the documents below are example documents, to be replaced by our annual reports."),
        *[document(report["title"], "Example document (PDF)") for report in ANNUAL_REPORTS],
    ],
}

LEGAL_NOTICE = {
    "slug": "legal-notice",
    "title": "Legal notice",
    "summary": "Who publishes this website and who hosts it.",
    "body": [
        note("Example content: this legal notice is to be completed with the association's official details."),
        heading("Publisher"),
        paragraph(
            "This website is published by the association Imagine for Margo.",
            "Registered address, registration number and director of publication: to be completed.",
        ),
        heading("Hosting"),
        paragraph("Name and address of the hosting provider: to be completed."),
        heading("Intellectual property"),
        paragraph("Reproduction of the content of this website requires the prior permission of Imagine for Margo."),
    ],
}

PRIVACY_POLICY = {
    "slug": "privacy-policy",
    "title": "Privacy policy",
    "summary": "How we handle personal data, and your rights.",
    "body": [
        note("Example content: this privacy policy is to be completed and checked before publication."),
        heading("Data controller"),
        paragraph("Imagine for Margo. Contact details for data protection questions: to be completed."),
        heading("Donations"),
        paragraph(
            "Online donations are made on our payment provider's secure form. The data you enter there is",
            "processed according to the provider's own privacy policy.",
        ),
        heading("Your rights"),
        paragraph(
            "Under the General Data Protection Regulation (GDPR), you have the right to access, rectify and erase",
            "your personal data, and to lodge a complaint with the CNIL, the French data protection authority.",
        ),
    ],
}

DONATE = {
    "title": "Donate",
    "intro": (
        "Since 2011, Imagine for Margo has allocated more than 20 million euros to 61 research programs against "
        "childhood cancer. Your gift helps fund research so that children who suffer relapse or therapeutic "
        "failure can benefit from innovative personalised treatments."
    ),
    "suggested_amounts": [
        (30, "Contributes to the research programs recommended by experts in paediatric oncology."),
        (50, "Contributes to early phase clinical trials for children who suffer relapse or therapeutic failure."),
        (100, "Contributes to research to understand the causes of childhood cancer and resistance to treatments."),
        (250, "Contributes to precision medicine programs that bring innovative treatments to children."),
    ],
    "body": [
        heading("What your gift makes possible"),
        paragraph(
            "The clinical projects we fund have benefited over 7,200 children and have tested 119 new therapies,",
            "some of which have proven to be highly effective: larotrectinib has a 94% response rate in",
            "Tag-N-TRACK; for the first time worldwide, 8 children are long-term survivors of DIPG after BIOMEDE;",
            "one of the new neuroblastoma protocols from BEACON and BEACON Immuno has become the standard in the UK.",
        ),
        key_figure("7,200+", "children have benefited from the clinical projects we fund"),
        key_figure("119", "new therapies tested"),
        heading("How to give"),
        paragraph(
            "Online donations are made on our payment provider's secure form, which the donate button on this",
            "page opens once online giving is configured.",
        ),
    ],
    "tax_explanation": (
        "For example, an individual's gift of €100 costs €34 after the 66% reduction, within the ceiling of 20% of "
        "taxable income. The part of a gift above the ceiling can be carried over to the next five years. To claim "
        "the reduction, keep the tax receipt for your gift with your tax records."
    ),
}
