"""Publications: published references of programs the charity funds, as printed by their journals.

Each entry was checked against the journal's or PubMed's record. The abstracts are not reproduced;
readers follow the DOI or PubMed link to read them. To add a reference, add an entry with every key
(doi without "https://doi.org/"; authors as printed, separated by commas).
"""

PUBLICATIONS = [
    {
        "slug": "european-mappyacts-trial",
        "title": (
            "The European MAPPYACTS Trial: Precision Medicine Program in Pediatric and Adolescent Patients "
            "with Recurrent Malignancies"
        ),
        "authors": (
            "Berlanga P, Pierron G, Lacroix L, Chicard M, Adam de Beaumais T, Marchais A, Harttrampf AC, Iddir Y, "
            "Larive A, Soriano Fernandez A, Hezam I, Chevassus C, Bernard V, Cotteret S, Scoazec JY, Gauthier A, "
            "Abbou S, Corradini N, André N, Aerts I, Thebaud E, Casanova M, Owens C, Hladun-Alvaro R, Michiels S, "
            "Delattre O, Vassal G, Schleiermacher G, Geoerger B"
        ),
        "journal": "Cancer Discovery",
        "year": 2022,
        "volume": "12",
        "issue": "5",
        "pages": "1266-1281",
        "doi": "10.1158/2159-8290.CD-21-1136",
        "pubmed_id": "35292802",
        "programs": ["mappyacts"],
    },
    {
        "slug": "acse-esmart-platform-trial-design",
        "title": "Precision cancer medicine platform trials: Concepts and design of AcSé-ESMART",
        "authors": (
            "Geoerger B, Bautista F, André N, Berlanga P, Gatz SA, Marshall LV, Rubino J, Archambaud B, Marchais A, "
            "Rubio-San-Simón A, Ducassou S, Zwaan CM, Casanova M, Nysom K, Pellegrino S, Hoog-Labouret N, Buzyn A, "
            "Blanc P, Paoletti X, Vassal G"
        ),
        "journal": "European Journal of Cancer",
        "year": 2024,
        "volume": "208",
        "issue": "",
        "pages": "114201",
        "doi": "10.1016/j.ejca.2024.114201",
        "pubmed_id": "39018630",
        "programs": ["acse-esmart"],
    },
    {
        "slug": "beacon-neuroblastoma-trial-results",
        "title": (
            "Bevacizumab, Irinotecan, or Topotecan Added to Temozolomide for Children With Relapsed and Refractory "
            "Neuroblastoma: Results of the ITCC-SIOPEN BEACON-Neuroblastoma Trial"
        ),
        "authors": "Moreno L, et al.",
        "journal": "Journal of Clinical Oncology",
        "year": 2024,
        "volume": "42",
        "issue": "10",
        "pages": "1135-1145",
        "doi": "10.1200/JCO.23.00458",
        "pubmed_id": "38190578",
        "programs": ["beacon"],
    },
    {
        "slug": "beacon-immuno-phase-2-results",
        "title": (
            "Dinutuximab Beta Added to Temozolomide-Based Chemotherapy for Children With Relapsed and Refractory "
            "Neuroblastoma: Results of the ITCC-SIOPEN BEACON Immuno Phase II Trial"
        ),
        "authors": "Gray JC, et al.",
        "journal": "Journal of Clinical Oncology",
        "year": 2025,
        "volume": "",
        "issue": "",
        "pages": "",
        "doi": "10.1200/JCO-25-01868",
        "pubmed_id": "41385757",
        "programs": ["beacon-immuno"],
    },
    {
        "slug": "sacha-france-study",
        "title": (
            "Measuring Safety and Outcomes for the Use of Compassionate and Off-Label Therapies for Children, "
            "Adolescents, and Young Adults With Cancer in the SACHA-France Study"
        ),
        "authors": (
            "Berlanga P, Ndounga-Diakou LA, Aerts I, Corradini N, Ducassou S, Strullu M, de Carli E, André N, "
            "Entz-Werle N, Raimbault S, Roumy M, Renouard M, Gueguen G, Plantaz D, Reguerre Y, Cleirec M, Petit A, "
            "Puiseux C, Andry L, Klein S, Bodet D, Kanold J, Briandet C, Halfon-Domenech C, Nelken B, Piguet C, "
            "Saumet L, Chastagner P, Benadiba J, Millot F, Pluchart C, Schneider P, Thouvenin S, Gambart M, Serre J, "
            "Abbou S, Leruste A, Cayzac H, Gandemer V, Laghouati S, Vassal G"
        ),
        "journal": "JAMA Network Open",
        "year": 2023,
        "volume": "6",
        "issue": "7",
        "pages": "e2321568",
        "doi": "10.1001/jamanetworkopen.2023.21568",
        "pubmed_id": "37399010",
        "programs": ["sacha"],
    },
    {
        "slug": "accelerate-joint-adolescent-adult-early-phase-trials",
        "title": (
            "Joint adolescent-adult early phase clinical trials to improve access to new drugs for adolescents "
            "with cancer: proposals from the multi-stakeholder platform-ACCELERATE"
        ),
        "authors": (
            "Gaspar N, Marshall LV, Binner D, Herold R, Rousseau R, Blanc P, Capdeville R, Carleer J, Copland C, "
            "Kerloeguen Y, Norga K, Pacaud L, Sevaux MA, Spadoni C, Sterba J, Ligas F, Taube T, "
            "Uttenreuther-Fischer M, Chioato S, O'Connell MA, Geoerger B, Blay JY, Soria JC, Kaye S, Wulff B, "
            "Brugieres L, Vassal G, Pearson ADJ"
        ),
        "journal": "Annals of Oncology",
        "year": 2018,
        "volume": "29",
        "issue": "3",
        "pages": "766-771",
        "doi": "10.1093/annonc/mdy002",
        "pubmed_id": "29351570",
        "programs": [],
    },
]

REFERENCE_FIELDS = ("journal", "volume", "issue", "pages", "doi", "pubmed_id")
