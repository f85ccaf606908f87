//! Reference tables of the mining domain (nomenclatures of Camino's `packages/common/src/static`).
//!
//! The tables themselves live in [`generated`], produced from `shared/data/mines/camino-referentiels.json` by the
//! test `tests/referentiels_generes.rs`; this module holds their row types and the lookups the rules need.

#[rustfmt::skip]
mod generated;

pub use generated::*;

/// A domaine minier.
#[derive(Debug)]
pub struct Domaine {
    /// Id.
    pub id: DomaineId,
    /// French name.
    pub nom: &'static str,
    /// Legal description.
    pub description: &'static str,
}

/// A nature of titre (autorisation de recherches, concession…).
#[derive(Debug)]
pub struct TitreNature {
    /// Id.
    pub id: TitreNatureId,
    /// French name.
    pub nom: &'static str,
    /// Legal description.
    pub description: &'static str,
}

/// A titre type: a nature in a domaine.
#[derive(Debug)]
pub struct TitreType {
    /// Id.
    pub id: TitreTypeId,
    /// Domaine of the substances.
    pub domaine: DomaineId,
    /// Nature of the titre.
    pub nature: TitreNatureId,
}

/// A titre statut.
#[derive(Debug)]
pub struct TitreStatut {
    /// Id.
    pub id: TitreStatutId,
    /// French name.
    pub nom: &'static str,
}

/// A démarche type and its flags.
#[derive(Debug)]
pub struct DemarcheType {
    /// Id.
    pub id: DemarcheTypeId,
    /// French name.
    pub nom: &'static str,
    /// Description.
    pub description: &'static str,
    /// Can change the titulaires.
    pub titulaires: bool,
    /// Renewable.
    pub renouvelable: bool,
    /// Démarche of mining works (not about the titre itself).
    pub travaux: bool,
    /// Can change the substances.
    pub substances: bool,
    /// Can change the perimeter.
    pub points: bool,
    /// Can change the duration.
    pub duree: bool,
    /// Exceptional démarche.
    pub exception: bool,
    /// Virtual démarche created automatically.
    pub auto: bool,
}

/// A démarche statut.
#[derive(Debug)]
pub struct DemarcheStatut {
    /// Id.
    pub id: DemarcheStatutId,
    /// French name.
    pub nom: &'static str,
    /// Description.
    pub description: &'static str,
    /// DSFR colour family.
    pub couleur: &'static str,
}

/// An étape type and its flags.
#[derive(Debug)]
pub struct EtapeType {
    /// Id.
    pub id: EtapeTypeId,
    /// French name.
    pub nom: &'static str,
    /// Description.
    pub description: &'static str,
    /// Fondamentale: carries the properties of the titre.
    pub fondamentale: bool,
    /// At most once per démarche.
    pub unique: bool,
    /// Retirement date of the type (`YYYY-MM-DD`), if retired.
    pub date_fin: Option<&'static str>,
    /// Readable by the public.
    pub public_lecture: bool,
    /// Readable by the companies of the titre.
    pub entreprises_lecture: bool,
}

/// An étape statut.
#[derive(Debug)]
pub struct EtapeStatut {
    /// Id.
    pub id: EtapeStatutId,
    /// French name.
    pub nom: &'static str,
    /// Description.
    pub description: &'static str,
    /// DSFR colour family.
    pub couleur: &'static str,
}

/// A row of the titre type × démarche type → étape types table ("TDE").
#[derive(Debug)]
pub struct Tde {
    /// Titre type.
    pub titre_type: TitreTypeId,
    /// Démarche type.
    pub demarche_type: DemarcheTypeId,
    /// Étape types allowed in such a démarche.
    pub etape_types: &'static [EtapeTypeId],
}

/// A substance légale.
#[derive(Debug)]
pub struct SubstanceLegale {
    /// Id (four letters).
    pub id: &'static str,
    /// French name.
    pub nom: &'static str,
    /// Legal restriction, if any.
    pub description: Option<&'static str>,
    /// Domaines where the substance appears.
    pub domaines: &'static [DomaineId],
    /// Parent substances (families).
    pub parents: &'static [&'static str],
}

/// A substance fiscale (taxed production).
#[derive(Debug)]
pub struct SubstanceFiscale {
    /// Id.
    pub id: &'static str,
    /// Substance légale it derives from.
    pub substance_legale_id: &'static str,
    /// Unit of the declared quantity.
    pub unite_id: &'static str,
    /// French name.
    pub nom: &'static str,
    /// Description.
    pub description: &'static str,
    /// Unit used by the tax computation when it differs from the declared one.
    pub calcul_unite_id: Option<&'static str>,
}

/// Unit of the coordinates of a coordinate system.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GeoUnite {
    /// Metres (projected systems).
    Metre,
    /// Degrees (geographic systems).
    Degre,
    /// Grades (NTF Paris, EPSG 4807).
    Grade,
}

/// A coordinate reference system accepted for perimeters.
#[derive(Debug)]
pub struct GeoSysteme {
    /// EPSG code.
    pub id: GeoSystemeId,
    /// Name.
    pub nom: &'static str,
    /// Unit of the coordinates.
    pub unite: GeoUnite,
    /// Area of use.
    pub zone: &'static str,
    /// PROJ.4 definition.
    pub definition_proj4: &'static str,
}

/// An element of an activity form.
#[derive(Debug)]
pub struct ActiviteElement {
    /// Id inside its section.
    pub id: &'static str,
    /// Label.
    pub nom: Option<&'static str>,
    /// Input type (`number`, `checkboxes`, `textarea`, `text`).
    pub type_id: &'static str,
    /// Help text.
    pub description: Option<&'static str>,
    /// Optional answer.
    pub optionnel: bool,
    /// First date the element applies.
    pub date_debut: Option<&'static str>,
    /// Last date the element applies.
    pub date_fin: Option<&'static str>,
    /// Period (quarter) the element applies to.
    pub periode_id: Option<u32>,
    /// Choices (id, label) of a checkbox element.
    pub options: &'static [(&'static str, &'static str)],
}

/// A section of an activity form.
#[derive(Debug)]
pub struct ActiviteSection {
    /// Id.
    pub id: &'static str,
    /// Label.
    pub nom: Option<&'static str>,
    /// Elements.
    pub elements: &'static [ActiviteElement],
}

/// A type of periodic activity report.
#[derive(Debug)]
pub struct ActiviteType {
    /// Id.
    pub id: ActiviteTypeId,
    /// French name.
    pub nom: &'static str,
    /// Frequency (`ann`, `tri`).
    pub frequence_id: &'static str,
    /// First date reports are due.
    pub date_debut: &'static str,
    /// Months after the period end before the report closes.
    pub delai_mois: u64,
    /// Titre types that must file this report.
    pub titres_types: &'static [TitreTypeId],
    /// Form sections.
    pub sections: &'static [ActiviteSection],
}

/// An administration.
#[derive(Debug)]
pub struct Administration {
    /// Id (`dea-guyane-01`, `pre-97302-01`…).
    pub id: &'static str,
    /// Type (`pre` préfecture, `dre` DREAL/DEAL, `min` ministry, `ope` operator, `aut` autorité).
    pub type_id: &'static str,
    /// Name.
    pub nom: &'static str,
    /// Short name.
    pub abreviation: &'static str,
    /// Département (préfectures).
    pub departement_id: Option<&'static str>,
    /// Région (regional services).
    pub region_id: Option<&'static str>,
}

/// A document type.
#[derive(Debug)]
pub struct DocumentType {
    /// Id.
    pub id: &'static str,
    /// Name.
    pub nom: &'static str,
    /// Description.
    pub description: Option<&'static str>,
}

/// A type of external reference of a titre.
#[derive(Debug)]
pub struct ReferenceType {
    /// Id.
    pub id: ReferenceTypeId,
    /// Name.
    pub nom: &'static str,
}

/// Id of the DGTM Guyane, gestionnaire of ARM and AXM (Camino's `ADMINISTRATION_IDS['DGTM - GUYANE']`).
pub const DGTM_GUYANE: &str = "dea-guyane-01";

impl TitreTypeId {
    /// Definition row.
    pub fn definition(self) -> &'static TitreType {
        &TITRES_TYPES[self as usize]
    }

    /// Domaine of the titre type.
    pub fn domaine(self) -> DomaineId {
        self.definition().domaine
    }

    /// Nature of the titre type.
    pub fn nature(self) -> TitreNatureId {
        self.definition().nature
    }
}

impl DemarcheTypeId {
    /// Definition row.
    pub fn definition(self) -> &'static DemarcheType {
        &DEMARCHES_TYPES[self as usize]
    }

    /// Démarche of mining works (aom, dam, dot).
    pub fn is_travaux(self) -> bool {
        self.definition().travaux
    }

    /// Octroi-like démarches: they create a titre (Camino's `isDemarcheTypeOctroi`).
    pub fn is_octroi(self) -> bool {
        matches!(self, Self::Oct | Self::Vut | Self::Fus | Self::Vct)
    }

    /// Démarches that open a validity phase (Camino's `isDemarcheTypeWithPhase`).
    pub fn has_phase(self) -> bool {
        self.is_octroi() || matches!(self, Self::Pro | Self::Pr1 | Self::Pr2 | Self::Pre)
    }
}

impl DemarcheStatutId {
    /// Definition row.
    pub fn definition(self) -> &'static DemarcheStatut {
        &DEMARCHES_STATUTS[self as usize]
    }

    /// Not decided yet: en construction, déposé, en instruction.
    pub fn is_non_statue(self) -> bool {
        matches!(self, Self::Eco | Self::Dep | Self::Ins)
    }

    /// Decided without granting: rejeté, désisté, classé sans suite, rejeté après abrogation.
    pub fn is_non_valide(self) -> bool {
        matches!(self, Self::Rej | Self::Des | Self::Cls | Self::Rea)
    }

    /// Success: accepté, terminé, accepté et publié.
    pub fn is_success(self) -> bool {
        matches!(self, Self::Acc | Self::Ter | Self::Acp)
    }
}

impl EtapeTypeId {
    /// Definition row.
    pub fn definition(self) -> &'static EtapeType {
        &ETAPES_TYPES[self as usize]
    }

    /// French name.
    pub fn nom(self) -> &'static str {
        self.definition().nom
    }

    /// Statuts this étape type can take.
    pub fn statuts(self) -> impl Iterator<Item = EtapeStatutId> {
        ETAPES_TYPES_ETAPES_STATUTS
            .iter()
            .filter(move |(etape_type, _)| *etape_type == self)
            .map(|(_, statut)| *statut)
    }
}

impl EtapeStatutId {
    /// Definition row.
    pub fn definition(self) -> &'static EtapeStatut {
        &ETAPES_STATUTS[self as usize]
    }

    /// French name.
    pub fn nom(self) -> &'static str {
        self.definition().nom
    }
}

impl TitreStatutId {
    /// French name.
    pub fn nom(self) -> &'static str {
        TITRES_STATUTS[self as usize].nom
    }
}

impl GeoSystemeId {
    /// Definition row.
    pub fn definition(self) -> &'static GeoSysteme {
        &GEO_SYSTEMES[self as usize]
    }
}

/// Whether (étape type, étape statut) is one of the valid pairs.
pub fn is_etape_statut_valide(etape_type: EtapeTypeId, statut: EtapeStatutId) -> bool {
    ETAPES_TYPES_ETAPES_STATUTS.contains(&(etape_type, statut))
}

/// Étape types allowed for a (titre type, démarche type), empty when the pair does not exist.
pub fn etapes_types_autorises(
    titre_type: TitreTypeId,
    demarche_type: DemarcheTypeId,
) -> &'static [EtapeTypeId] {
    TITRES_TYPES_DEMARCHES_TYPES_ETAPES_TYPES
        .iter()
        .find(|row| row.titre_type == titre_type && row.demarche_type == demarche_type)
        .map_or(&[], |row| row.etape_types)
}

/// Public reading of a titre of this type in this statut (a missing pair means not public).
pub fn titre_public_lecture(titre_type: TitreTypeId, statut: TitreStatutId) -> bool {
    TITRES_TYPES_TITRES_STATUTS_PUBLIC_LECTURE
        .iter()
        .any(|(t, s, public)| *t == titre_type && *s == statut && *public)
}

/// Looks an administration up by id.
pub fn administration(id: &str) -> Option<&'static Administration> {
    ADMINISTRATIONS.iter().find(|a| a.id == id)
}

/// Looks a substance légale up by id.
pub fn substance_legale(id: &str) -> Option<&'static SubstanceLegale> {
    SUBSTANCES_LEGALES.iter().find(|s| s.id == id)
}

/// Looks a substance fiscale up by id.
pub fn substance_fiscale(id: &str) -> Option<&'static SubstanceFiscale> {
    SUBSTANCES_FISCALES.iter().find(|s| s.id == id)
}

/// Looks a document type up by id.
pub fn document_type(id: &str) -> Option<&'static DocumentType> {
    DOCUMENTS_TYPES.iter().find(|d| d.id == id)
}
