"""People and partners in French, in the order of the English ones, each paired by "source_name"."""

from .. import snippets as en
from . import merged

_people = {person["name"]: person for person in en.PEOPLE}
_partners = {partner["name"]: partner for partner in en.PARTNERS}


def translation_of(source: dict, **french) -> dict:
    """The French snippet entry translating the English one, paired by the English name."""
    return merged(source, french, {"source_name": source["name"]})


PEOPLE = [
    translation_of(
        _people["Patricia Blanc"],
        title="Présidente",
        short_bio=(
            "Patricia Blanc, présidente d’Imagine for Margo, a cosigné plusieurs publications de référence sur les "
            "cancers de l’enfant."
        ),
    ),
    translation_of(
        _people["David Castel"],
        title="Docteur, responsable d’un programme de recherche sur le DIPG",
        short_bio=(
            "Le Dr David Castel dirige l’un des programmes qui prolongent, après BIOMEDE, la recherche sur le gliome "
            "infiltrant du tronc cérébral (DIPG)."
        ),
    ),
]

PARTNERS = [
    translation_of(
        _partners["Innovative Therapies for Children with Cancer"],
        description=(
            "Consortium européen d’experts en oncologie pédiatrique. Depuis 2012, les programmes que nous cofinançons "
            "sont issus des recommandations de l’ITCC, de la SFCE et, depuis 2020, du comité scientifique de Fight "
            "Kids Cancer."
        ),
    ),
    translation_of(
        _partners["French Society of Childhood Cancers"],
        name="Société française de lutte contre les cancers et leucémies de l’enfant et de l’adolescent",
        description=(
            "Société française d’experts en oncologie pédiatrique, dont les recommandations guident depuis 2012 les "
            "programmes que nous cofinançons."
        ),
    ),
    translation_of(
        _partners["Fight Kids Cancer"],
        description=(
            "Depuis 2020, le comité scientifique de Fight Kids Cancer recommande les programmes que nous cofinançons."
        ),
    ),
    translation_of(
        _partners["French National Authority for Health"],
        name="Haute Autorité de santé",
        description="La HAS a reconnu l’étude SACHA.",
    ),
    translation_of(
        _partners["National Agency for the Safety of Medicines and Health Products"],
        name="Agence nationale de sécurité du médicament et des produits de santé",
        description="L’ANSM a reconnu l’étude SACHA.",
    ),
    translation_of(
        _partners["University of Nantes"],
        name="Université de Nantes",
        description="L’un des projets CAR-T que nous finançons y est mené.",
    ),
    translation_of(
        _partners["France Genomic Medicine 2025"],
        name="France Médecine Génomique 2025",
        description=(
            "Le dispositif national auquel sont désormais intégrés les programmes de séquençage MAPPYACTS et MICCHADO."
        ),
    ),
]
