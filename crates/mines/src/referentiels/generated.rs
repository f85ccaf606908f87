//! Reference tables of Camino, generated from `camino-referentiels.json`: do not edit by hand.
//!
//! Regenerate with `MINES_REGENERER=1 cargo test -p mines --test main referentiels_generes`; the same test fails
//! when this file is stale.

use super::{
    ActiviteElement, ActiviteSection, ActiviteType, Administration, DemarcheStatut, DemarcheType, DocumentType,
    Domaine, EtapeStatut, EtapeType, GeoSysteme, GeoUnite, ReferenceType, SubstanceFiscale, SubstanceLegale, Tde,
    TitreNature, TitreStatut, TitreType,
};

/// Domaine minier (nature of the substances).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DomaineId {
    /// `c`: carrières.
    C,
    /// `f`: combustibles fossiles.
    F,
    /// `g`: géothermie.
    G,
    /// `h`: hydrocarbures liquides ou gazeux.
    H,
    /// `m`: minéraux et métaux.
    M,
    /// `r`: éléments radioactifs.
    R,
    /// `s`: stockages souterrains.
    S,
    /// `w`: granulats marins.
    W,
}

impl DomaineId {
    /// Every value, in the order of the reference file.
    pub const ALL: [DomaineId; 8] = [
        DomaineId::C,
        DomaineId::F,
        DomaineId::G,
        DomaineId::H,
        DomaineId::M,
        DomaineId::R,
        DomaineId::S,
        DomaineId::W,
    ];

    /// The id used by Camino and in exports.
    pub const fn as_str(self) -> &'static str {
        match self {
            DomaineId::C => "c",
            DomaineId::F => "f",
            DomaineId::G => "g",
            DomaineId::H => "h",
            DomaineId::M => "m",
            DomaineId::R => "r",
            DomaineId::S => "s",
            DomaineId::W => "w",
        }
    }

    /// Parses a Camino id; `None` when the id is unknown.
    pub fn from_id(id: &str) -> Option<DomaineId> {
        match id {
            "c" => Some(DomaineId::C),
            "f" => Some(DomaineId::F),
            "g" => Some(DomaineId::G),
            "h" => Some(DomaineId::H),
            "m" => Some(DomaineId::M),
            "r" => Some(DomaineId::R),
            "s" => Some(DomaineId::S),
            "w" => Some(DomaineId::W),
            _ => None,
        }
    }
}

/// Definitions of the domaines, indexed like [`DomaineId::ALL`].
pub static DOMAINES: [Domaine; 8] = [
    Domaine { id: DomaineId::C, nom: "carrières", description: "Domaine couvrant les zones spéciales de carrières à terre qui incluent des substances minérales ou fossiles de carrières rares ou nécessaires pour satisfaire les besoins des consommateurs et l’intérêt économique national ou régional." },
    Domaine { id: DomaineId::F, nom: "combustibles fossiles", description: "Domaine minier auquel appartiennent les combustibles fossiles, la tourbe exceptée." },
    Domaine { id: DomaineId::G, nom: "géothermie", description: "Domaine auquel appartiennent les gîtes renfermés dans le sein de la terre dont on peut extraire de l'énergie sous forme thermique, notamment par l'intermédiaire des eaux chaudes et des vapeurs souterraines qu'ils contiennent." },
    Domaine { id: DomaineId::H, nom: "hydrocarbures liquides ou gazeux", description: "Domaine minier auquel appartiennent des hydrocarbures qu'ils soient sous forme liquide ou gazeuse." },
    Domaine { id: DomaineId::M, nom: "minéraux et métaux", description: "Domaine minier auquel appartiennent les substances minérales non énergétiques et non radioactives classées dans la catégorie des substances de mines, notemment certains métaux, gaz, sels et terres-rares." },
    Domaine { id: DomaineId::R, nom: "éléments radioactifs", description: "Domaine minier auquel appartiennent les substances minérales radioactives classés dans la catégorie des substances de mines." },
    Domaine { id: DomaineId::S, nom: "stockages souterrains", description: "Domaine auquel appartiennent les cavités souterraines naturelles ou artificielles ou formations souterraines naturelles présentant les qualités requises pour constituer des réservoirs étanches ou susceptibles d'être rendus tels, en vue du stockage de gaz naturel, d'hydrocarbures liquides, liquéfiés ou gazeux ou de produits chimiques à destination industrielle." },
    Domaine { id: DomaineId::W, nom: "granulats marins", description: "Domaine auquel appartiennent les substances de carrières situés dans les fonds marins du domaine public." },
];

/// Nature of a titre (first part of a titre type).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TitreNatureId {
    /// `ap`: autorisation de prospections préalables.
    Ap,
    /// `ar`: autorisation de recherches.
    Ar,
    /// `ax`: autorisation d'exploitation.
    Ax,
    /// `cx`: concession.
    Cx,
    /// `in`: indéterminé.
    In,
    /// `pc`: permis exclusif de carrières.
    Pc,
    /// `pr`: permis exclusif de recherches.
    Pr,
    /// `px`: permis d'exploitation.
    Px,
}

impl TitreNatureId {
    /// Every value, in the order of the reference file.
    pub const ALL: [TitreNatureId; 8] = [
        TitreNatureId::Ap,
        TitreNatureId::Ar,
        TitreNatureId::Ax,
        TitreNatureId::Cx,
        TitreNatureId::In,
        TitreNatureId::Pc,
        TitreNatureId::Pr,
        TitreNatureId::Px,
    ];

    /// The id used by Camino and in exports.
    pub const fn as_str(self) -> &'static str {
        match self {
            TitreNatureId::Ap => "ap",
            TitreNatureId::Ar => "ar",
            TitreNatureId::Ax => "ax",
            TitreNatureId::Cx => "cx",
            TitreNatureId::In => "in",
            TitreNatureId::Pc => "pc",
            TitreNatureId::Pr => "pr",
            TitreNatureId::Px => "px",
        }
    }

    /// Parses a Camino id; `None` when the id is unknown.
    pub fn from_id(id: &str) -> Option<TitreNatureId> {
        match id {
            "ap" => Some(TitreNatureId::Ap),
            "ar" => Some(TitreNatureId::Ar),
            "ax" => Some(TitreNatureId::Ax),
            "cx" => Some(TitreNatureId::Cx),
            "in" => Some(TitreNatureId::In),
            "pc" => Some(TitreNatureId::Pc),
            "pr" => Some(TitreNatureId::Pr),
            "px" => Some(TitreNatureId::Px),
            _ => None,
        }
    }
}

/// Definitions of the natures, indexed like [`TitreNatureId::ALL`].
pub static TITRES_NATURES: [TitreNature; 8] = [
    TitreNature { id: TitreNatureId::Ap, nom: "autorisation de prospections préalables", description: "Cette autorisation est applicable aux granulats marins et aux hydrocarbures liquides ou gazeux. Elle donne le droit non exclusif de solliciter l’exécution de tous travaux de recherches en mer destinés à acquérir des connaissances sur le contexte géologique et les gisements du sous-sol marin. Son titulaire ne peut pas disposer des éventuels gisements identifiés. Les sondages dépassant une profondeur de 300 mètres à partir du fond de la mer sont exclus. Sa durée ne peut excéder deux ans. L'autorisation de prospection préalable n'inclut pas d'autorisation de travaux miniers." },
    TitreNature { id: TitreNatureId::Ar, nom: "autorisation de recherches", description: "Cette autorisation minière donne un droit de prospection destiné à caractériser un gisement pressenti. Ensuite le titulaire pourra éventuellement faire valoir son droit d’inventeur. Il s’agit généralement de périmètres n'excédant pas quelques kilomètres carrés. Elle se décline pour :<br />- la géothermie , la durée n'excédant pas trois ans ;<br />- dans les zones spéciales de carrières pour une durée de trois ans renouvelable sans limite pour la même durée.<br />- pour les minéraux et métaux, en Guyane, afin d’effectuer des travaux de recherches avec l’accord du propriétaire du sol. Cette autorisation porte exclusivement sur le domaine privé forestier de l’Etat. Elle est accordée par l’Office National des Forêts, mandataire de l’Etat, sous la conduite du préfet." },
    TitreNature { id: TitreNatureId::Ax, nom: "autorisation d'exploitation", description: "Cette autorisation minière donne un droit d’exploitation d’un gisement de minerais ou de métaux sur une zone n'excédant pas un kilomètre carré dans les départements et régions d’outre-mer. Sa durée de validité est de 4 ans renouvelable une fois." },
    TitreNature { id: TitreNatureId::Cx, nom: "concession", description: "Ce titre donne un droit d’exploitation. Il est applicable à tous les domaines miniers excepté dans les zones spéciales de carrières pour ces substances. Elle est accordée pour une durée maximale de cinquante ans et peut faire l’objet de prolongations successives de vingt-cinq ans maximum. La concession donne également l’exclusivité des droits de prospection sur les substances concédées sur son périmètre." },
    TitreNature { id: TitreNatureId::In, nom: "indéterminé", description: "Titres et autorisations dont les informations disponibles sont insuffisantes pour en déterminer le statut." },
    TitreNature { id: TitreNatureId::Pc, nom: "permis exclusif de carrières", description: "Ce titre minier donne le droit d’exploitation d’un gisement de substances de carrière situé dans le périmètre d’une zone spéciale de carrières. Sa durée maximale est de dix ans et peut faire l’objet de prolongations successives. L’autorité décisionnaire est le ministre chargé des mines et le ministre chargé de l’environnement conjointement." },
    TitreNature { id: TitreNatureId::Pr, nom: "permis exclusif de recherches", description: "Ce titre minier donne un droit de prospection destiné à faire l’inventaire des gisements sur lesquels le titulaire pourra faire valoir son droit d’inventeur. Il est applicable à tous les domaines miniers excepté les zones spéciales de carrières. Il s’agit généralement de larges périmètres (plusieurs centaines de kilomètres carrés). Sa durée est de cinq ans maximum renouvelable deux fois. Pour les hydrocarbures liquides ou gazeux, l’une de ces trois périodes peut faire l’objet d’une prolongation exceptionnelle de trois ans maximum." },
    TitreNature { id: TitreNatureId::Px, nom: "permis d'exploitation", description: "Ce titre minier donne un droit d’exploitation de gîtes de géothermie (dans un volume déterminé par un périmètre et deux profondeurs). Il est accordé pour trente ans maximum et peut faire l’objet de prolongations successives de quinze ans maximum. Il est également applicable aux mines de minéraux et métaux dans les départements et régions d’outre-mer, pour cinq ans maximum prolongeables deux fois." },
];

/// Type of titre (nature × domaine).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TitreTypeId {
    /// `apc`: apc.
    Apc,
    /// `aph`: aph.
    Aph,
    /// `apm`: apm.
    Apm,
    /// `apw`: apw.
    Apw,
    /// `arc`: arc.
    Arc,
    /// `arg`: arg.
    Arg,
    /// `arm`: arm.
    Arm,
    /// `axm`: axm.
    Axm,
    /// `cxf`: cxf.
    Cxf,
    /// `cxg`: cxg.
    Cxg,
    /// `cxh`: cxh.
    Cxh,
    /// `cxm`: cxm.
    Cxm,
    /// `cxr`: cxr.
    Cxr,
    /// `cxs`: cxs.
    Cxs,
    /// `cxw`: cxw.
    Cxw,
    /// `inm`: inm.
    Inm,
    /// `inr`: inr.
    Inr,
    /// `pcc`: pcc.
    Pcc,
    /// `prf`: prf.
    Prf,
    /// `prg`: prg.
    Prg,
    /// `prh`: prh.
    Prh,
    /// `prm`: prm.
    Prm,
    /// `prr`: prr.
    Prr,
    /// `prs`: prs.
    Prs,
    /// `prw`: prw.
    Prw,
    /// `pxf`: pxf.
    Pxf,
    /// `pxg`: pxg.
    Pxg,
    /// `pxh`: pxh.
    Pxh,
    /// `pxm`: pxm.
    Pxm,
    /// `pxr`: pxr.
    Pxr,
    /// `pxw`: pxw.
    Pxw,
}

impl TitreTypeId {
    /// Every value, in the order of the reference file.
    pub const ALL: [TitreTypeId; 31] = [
        TitreTypeId::Apc,
        TitreTypeId::Aph,
        TitreTypeId::Apm,
        TitreTypeId::Apw,
        TitreTypeId::Arc,
        TitreTypeId::Arg,
        TitreTypeId::Arm,
        TitreTypeId::Axm,
        TitreTypeId::Cxf,
        TitreTypeId::Cxg,
        TitreTypeId::Cxh,
        TitreTypeId::Cxm,
        TitreTypeId::Cxr,
        TitreTypeId::Cxs,
        TitreTypeId::Cxw,
        TitreTypeId::Inm,
        TitreTypeId::Inr,
        TitreTypeId::Pcc,
        TitreTypeId::Prf,
        TitreTypeId::Prg,
        TitreTypeId::Prh,
        TitreTypeId::Prm,
        TitreTypeId::Prr,
        TitreTypeId::Prs,
        TitreTypeId::Prw,
        TitreTypeId::Pxf,
        TitreTypeId::Pxg,
        TitreTypeId::Pxh,
        TitreTypeId::Pxm,
        TitreTypeId::Pxr,
        TitreTypeId::Pxw,
    ];

    /// The id used by Camino and in exports.
    pub const fn as_str(self) -> &'static str {
        match self {
            TitreTypeId::Apc => "apc",
            TitreTypeId::Aph => "aph",
            TitreTypeId::Apm => "apm",
            TitreTypeId::Apw => "apw",
            TitreTypeId::Arc => "arc",
            TitreTypeId::Arg => "arg",
            TitreTypeId::Arm => "arm",
            TitreTypeId::Axm => "axm",
            TitreTypeId::Cxf => "cxf",
            TitreTypeId::Cxg => "cxg",
            TitreTypeId::Cxh => "cxh",
            TitreTypeId::Cxm => "cxm",
            TitreTypeId::Cxr => "cxr",
            TitreTypeId::Cxs => "cxs",
            TitreTypeId::Cxw => "cxw",
            TitreTypeId::Inm => "inm",
            TitreTypeId::Inr => "inr",
            TitreTypeId::Pcc => "pcc",
            TitreTypeId::Prf => "prf",
            TitreTypeId::Prg => "prg",
            TitreTypeId::Prh => "prh",
            TitreTypeId::Prm => "prm",
            TitreTypeId::Prr => "prr",
            TitreTypeId::Prs => "prs",
            TitreTypeId::Prw => "prw",
            TitreTypeId::Pxf => "pxf",
            TitreTypeId::Pxg => "pxg",
            TitreTypeId::Pxh => "pxh",
            TitreTypeId::Pxm => "pxm",
            TitreTypeId::Pxr => "pxr",
            TitreTypeId::Pxw => "pxw",
        }
    }

    /// Parses a Camino id; `None` when the id is unknown.
    pub fn from_id(id: &str) -> Option<TitreTypeId> {
        match id {
            "apc" => Some(TitreTypeId::Apc),
            "aph" => Some(TitreTypeId::Aph),
            "apm" => Some(TitreTypeId::Apm),
            "apw" => Some(TitreTypeId::Apw),
            "arc" => Some(TitreTypeId::Arc),
            "arg" => Some(TitreTypeId::Arg),
            "arm" => Some(TitreTypeId::Arm),
            "axm" => Some(TitreTypeId::Axm),
            "cxf" => Some(TitreTypeId::Cxf),
            "cxg" => Some(TitreTypeId::Cxg),
            "cxh" => Some(TitreTypeId::Cxh),
            "cxm" => Some(TitreTypeId::Cxm),
            "cxr" => Some(TitreTypeId::Cxr),
            "cxs" => Some(TitreTypeId::Cxs),
            "cxw" => Some(TitreTypeId::Cxw),
            "inm" => Some(TitreTypeId::Inm),
            "inr" => Some(TitreTypeId::Inr),
            "pcc" => Some(TitreTypeId::Pcc),
            "prf" => Some(TitreTypeId::Prf),
            "prg" => Some(TitreTypeId::Prg),
            "prh" => Some(TitreTypeId::Prh),
            "prm" => Some(TitreTypeId::Prm),
            "prr" => Some(TitreTypeId::Prr),
            "prs" => Some(TitreTypeId::Prs),
            "prw" => Some(TitreTypeId::Prw),
            "pxf" => Some(TitreTypeId::Pxf),
            "pxg" => Some(TitreTypeId::Pxg),
            "pxh" => Some(TitreTypeId::Pxh),
            "pxm" => Some(TitreTypeId::Pxm),
            "pxr" => Some(TitreTypeId::Pxr),
            "pxw" => Some(TitreTypeId::Pxw),
            _ => None,
        }
    }
}

/// Definitions of the titre types, indexed like [`TitreTypeId::ALL`].
pub static TITRES_TYPES: [TitreType; 31] = [
    TitreType { id: TitreTypeId::Apc, domaine: DomaineId::C, nature: TitreNatureId::Ap },
    TitreType { id: TitreTypeId::Aph, domaine: DomaineId::H, nature: TitreNatureId::Ap },
    TitreType { id: TitreTypeId::Apm, domaine: DomaineId::M, nature: TitreNatureId::Ap },
    TitreType { id: TitreTypeId::Apw, domaine: DomaineId::W, nature: TitreNatureId::Ap },
    TitreType { id: TitreTypeId::Arc, domaine: DomaineId::C, nature: TitreNatureId::Ar },
    TitreType { id: TitreTypeId::Arg, domaine: DomaineId::G, nature: TitreNatureId::Ar },
    TitreType { id: TitreTypeId::Arm, domaine: DomaineId::M, nature: TitreNatureId::Ar },
    TitreType { id: TitreTypeId::Axm, domaine: DomaineId::M, nature: TitreNatureId::Ax },
    TitreType { id: TitreTypeId::Cxf, domaine: DomaineId::F, nature: TitreNatureId::Cx },
    TitreType { id: TitreTypeId::Cxg, domaine: DomaineId::G, nature: TitreNatureId::Cx },
    TitreType { id: TitreTypeId::Cxh, domaine: DomaineId::H, nature: TitreNatureId::Cx },
    TitreType { id: TitreTypeId::Cxm, domaine: DomaineId::M, nature: TitreNatureId::Cx },
    TitreType { id: TitreTypeId::Cxr, domaine: DomaineId::R, nature: TitreNatureId::Cx },
    TitreType { id: TitreTypeId::Cxs, domaine: DomaineId::S, nature: TitreNatureId::Cx },
    TitreType { id: TitreTypeId::Cxw, domaine: DomaineId::W, nature: TitreNatureId::Cx },
    TitreType { id: TitreTypeId::Inm, domaine: DomaineId::M, nature: TitreNatureId::In },
    TitreType { id: TitreTypeId::Inr, domaine: DomaineId::R, nature: TitreNatureId::In },
    TitreType { id: TitreTypeId::Pcc, domaine: DomaineId::C, nature: TitreNatureId::Pc },
    TitreType { id: TitreTypeId::Prf, domaine: DomaineId::F, nature: TitreNatureId::Pr },
    TitreType { id: TitreTypeId::Prg, domaine: DomaineId::G, nature: TitreNatureId::Pr },
    TitreType { id: TitreTypeId::Prh, domaine: DomaineId::H, nature: TitreNatureId::Pr },
    TitreType { id: TitreTypeId::Prm, domaine: DomaineId::M, nature: TitreNatureId::Pr },
    TitreType { id: TitreTypeId::Prr, domaine: DomaineId::R, nature: TitreNatureId::Pr },
    TitreType { id: TitreTypeId::Prs, domaine: DomaineId::S, nature: TitreNatureId::Pr },
    TitreType { id: TitreTypeId::Prw, domaine: DomaineId::W, nature: TitreNatureId::Pr },
    TitreType { id: TitreTypeId::Pxf, domaine: DomaineId::F, nature: TitreNatureId::Px },
    TitreType { id: TitreTypeId::Pxg, domaine: DomaineId::G, nature: TitreNatureId::Px },
    TitreType { id: TitreTypeId::Pxh, domaine: DomaineId::H, nature: TitreNatureId::Px },
    TitreType { id: TitreTypeId::Pxm, domaine: DomaineId::M, nature: TitreNatureId::Px },
    TitreType { id: TitreTypeId::Pxr, domaine: DomaineId::R, nature: TitreNatureId::Px },
    TitreType { id: TitreTypeId::Pxw, domaine: DomaineId::W, nature: TitreNatureId::Px },
];

/// Statut of a titre.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TitreStatutId {
    /// `dmc`: demande classée.
    Dmc,
    /// `dmi`: demande initiale.
    Dmi,
    /// `ech`: échu.
    Ech,
    /// `ind`: indéterminé.
    Ind,
    /// `mod`: valide - modification en instance.
    Mod,
    /// `sup`: valide - survie provisoire.
    Sup,
    /// `val`: valide.
    Val,
}

impl TitreStatutId {
    /// Every value, in the order of the reference file.
    pub const ALL: [TitreStatutId; 7] = [
        TitreStatutId::Dmc,
        TitreStatutId::Dmi,
        TitreStatutId::Ech,
        TitreStatutId::Ind,
        TitreStatutId::Mod,
        TitreStatutId::Sup,
        TitreStatutId::Val,
    ];

    /// The id used by Camino and in exports.
    pub const fn as_str(self) -> &'static str {
        match self {
            TitreStatutId::Dmc => "dmc",
            TitreStatutId::Dmi => "dmi",
            TitreStatutId::Ech => "ech",
            TitreStatutId::Ind => "ind",
            TitreStatutId::Mod => "mod",
            TitreStatutId::Sup => "sup",
            TitreStatutId::Val => "val",
        }
    }

    /// Parses a Camino id; `None` when the id is unknown.
    pub fn from_id(id: &str) -> Option<TitreStatutId> {
        match id {
            "dmc" => Some(TitreStatutId::Dmc),
            "dmi" => Some(TitreStatutId::Dmi),
            "ech" => Some(TitreStatutId::Ech),
            "ind" => Some(TitreStatutId::Ind),
            "mod" => Some(TitreStatutId::Mod),
            "sup" => Some(TitreStatutId::Sup),
            "val" => Some(TitreStatutId::Val),
            _ => None,
        }
    }
}

/// Definitions of the titre statuts, indexed like [`TitreStatutId::ALL`].
pub static TITRES_STATUTS: [TitreStatut; 7] = [
    TitreStatut { id: TitreStatutId::Dmc, nom: "demande classée" },
    TitreStatut { id: TitreStatutId::Dmi, nom: "demande initiale" },
    TitreStatut { id: TitreStatutId::Ech, nom: "échu" },
    TitreStatut { id: TitreStatutId::Ind, nom: "indéterminé" },
    TitreStatut { id: TitreStatutId::Mod, nom: "valide - modification en instance" },
    TitreStatut { id: TitreStatutId::Sup, nom: "valide - survie provisoire" },
    TitreStatut { id: TitreStatutId::Val, nom: "valide" },
];

/// Type of démarche.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DemarcheTypeId {
    /// `amo`: amodiation.
    Amo,
    /// `aom`: Autorisation d'ouverture de travaux.
    Aom,
    /// `ces`: cession.
    Ces,
    /// `con`: conversion.
    Con,
    /// `dam`: Déclaration d'arrêt définitif des travaux.
    Dam,
    /// `dec`: déchéance.
    Dec,
    /// `dep`: déplacement de périmètre.
    Dep,
    /// `dot`: Déclaration d'ouverture de travaux.
    Dot,
    /// `exp`: extension de périmètre.
    Exp,
    /// `exs`: extension de substance.
    Exs,
    /// `fus`: fusion.
    Fus,
    /// `mut`: mutation.
    Mut,
    /// `oct`: octroi.
    Oct,
    /// `pr1`: prolongation 1.
    Pr1,
    /// `pr2`: prolongation 2.
    Pr2,
    /// `pre`: prolongation exceptionnelle.
    Pre,
    /// `pro`: prolongation.
    Pro,
    /// `prr`: prorogation.
    Prr,
    /// `ren`: renonciation.
    Ren,
    /// `res`: résiliation anticipée d'amodiation.
    Res,
    /// `ret`: retrait.
    Ret,
    /// `vct`: demande de titre d'exploitation.
    Vct,
    /// `vut`: mutation partielle.
    Vut,
}

impl DemarcheTypeId {
    /// Every value, in the order of the reference file.
    pub const ALL: [DemarcheTypeId; 23] = [
        DemarcheTypeId::Amo,
        DemarcheTypeId::Aom,
        DemarcheTypeId::Ces,
        DemarcheTypeId::Con,
        DemarcheTypeId::Dam,
        DemarcheTypeId::Dec,
        DemarcheTypeId::Dep,
        DemarcheTypeId::Dot,
        DemarcheTypeId::Exp,
        DemarcheTypeId::Exs,
        DemarcheTypeId::Fus,
        DemarcheTypeId::Mut,
        DemarcheTypeId::Oct,
        DemarcheTypeId::Pr1,
        DemarcheTypeId::Pr2,
        DemarcheTypeId::Pre,
        DemarcheTypeId::Pro,
        DemarcheTypeId::Prr,
        DemarcheTypeId::Ren,
        DemarcheTypeId::Res,
        DemarcheTypeId::Ret,
        DemarcheTypeId::Vct,
        DemarcheTypeId::Vut,
    ];

    /// The id used by Camino and in exports.
    pub const fn as_str(self) -> &'static str {
        match self {
            DemarcheTypeId::Amo => "amo",
            DemarcheTypeId::Aom => "aom",
            DemarcheTypeId::Ces => "ces",
            DemarcheTypeId::Con => "con",
            DemarcheTypeId::Dam => "dam",
            DemarcheTypeId::Dec => "dec",
            DemarcheTypeId::Dep => "dep",
            DemarcheTypeId::Dot => "dot",
            DemarcheTypeId::Exp => "exp",
            DemarcheTypeId::Exs => "exs",
            DemarcheTypeId::Fus => "fus",
            DemarcheTypeId::Mut => "mut",
            DemarcheTypeId::Oct => "oct",
            DemarcheTypeId::Pr1 => "pr1",
            DemarcheTypeId::Pr2 => "pr2",
            DemarcheTypeId::Pre => "pre",
            DemarcheTypeId::Pro => "pro",
            DemarcheTypeId::Prr => "prr",
            DemarcheTypeId::Ren => "ren",
            DemarcheTypeId::Res => "res",
            DemarcheTypeId::Ret => "ret",
            DemarcheTypeId::Vct => "vct",
            DemarcheTypeId::Vut => "vut",
        }
    }

    /// Parses a Camino id; `None` when the id is unknown.
    pub fn from_id(id: &str) -> Option<DemarcheTypeId> {
        match id {
            "amo" => Some(DemarcheTypeId::Amo),
            "aom" => Some(DemarcheTypeId::Aom),
            "ces" => Some(DemarcheTypeId::Ces),
            "con" => Some(DemarcheTypeId::Con),
            "dam" => Some(DemarcheTypeId::Dam),
            "dec" => Some(DemarcheTypeId::Dec),
            "dep" => Some(DemarcheTypeId::Dep),
            "dot" => Some(DemarcheTypeId::Dot),
            "exp" => Some(DemarcheTypeId::Exp),
            "exs" => Some(DemarcheTypeId::Exs),
            "fus" => Some(DemarcheTypeId::Fus),
            "mut" => Some(DemarcheTypeId::Mut),
            "oct" => Some(DemarcheTypeId::Oct),
            "pr1" => Some(DemarcheTypeId::Pr1),
            "pr2" => Some(DemarcheTypeId::Pr2),
            "pre" => Some(DemarcheTypeId::Pre),
            "pro" => Some(DemarcheTypeId::Pro),
            "prr" => Some(DemarcheTypeId::Prr),
            "ren" => Some(DemarcheTypeId::Ren),
            "res" => Some(DemarcheTypeId::Res),
            "ret" => Some(DemarcheTypeId::Ret),
            "vct" => Some(DemarcheTypeId::Vct),
            "vut" => Some(DemarcheTypeId::Vut),
            _ => None,
        }
    }
}

/// Definitions of the démarche types, indexed like [`DemarcheTypeId::ALL`].
pub static DEMARCHES_TYPES: [DemarcheType; 23] = [
    DemarcheType { id: DemarcheTypeId::Amo, nom: "amodiation", description: "Démarche co-initiée par le titulaire de certains titres miniers d’exploitation et l’entreprise souhaitant devenir amodiataire du titre. C’est une location de l’exploitation d’un gisement à un tiers par le titulaire du titre en contrepartie d’un loyer ou / et du versement d’une quantité donnée des substances extraites. L’amodiation donne lieu à un contrat entre le titulaire du titre et l’amodiataire pour une durée fixée. Afin d’en bénéficier, l’intéressé doit satisfaire aux critères d’attribution exigés pour être détenteurs du titre minier. L’amodiation n’est pas une sous-traitance. En effet, le sous-traitant est rémunéré par le titulaire du titre pour l’exécution de prestations sur la base d’une facture et non d’un loyer.", titulaires: true, renouvelable: true, travaux: false, substances: false, points: false, duree: false, exception: false, auto: false },
    DemarcheType { id: DemarcheTypeId::Aom, nom: "Autorisation d'ouverture de travaux", description: "Autorisation d'ouverture de travaux", titulaires: false, renouvelable: false, travaux: true, substances: false, points: false, duree: false, exception: false, auto: false },
    DemarcheType { id: DemarcheTypeId::Ces, nom: "cession", description: "Démarche obsolète. Co-initiée par le titulaire du titre minier et l’entreprise souhaitant devenir titulaire ou co-titulaire elle remplit une fonction proche de la mutation dans le code minier actuel.", titulaires: true, renouvelable: false, travaux: false, substances: false, points: false, duree: false, exception: false, auto: false },
    DemarcheType { id: DemarcheTypeId::Con, nom: "conversion", description: "Démarche appliquée à un titre d’exploitation d’hydrocarbures liquides ou gazeux. Elle permet de substituer les substances initiales par d’autres substances de mines connexes aux hydrocarbures contenus dans le gisement ou bien par un autre usage du sous-sol. La demande de conversion peut être réalisée au plus tard 4 ans avant l’échéance de son titre. Elle doit de surcroît démontrer la rentabilité économique de la poursuite de l’exploitation du gisement, mais ne fait pas l’objet d’une mise en concurrence.", titulaires: false, renouvelable: false, travaux: false, substances: true, points: false, duree: false, exception: false, auto: false },
    DemarcheType { id: DemarcheTypeId::Dam, nom: "Déclaration d'arrêt définitif des travaux", description: "Déclaration d'arrêt définitif des travaux", titulaires: false, renouvelable: false, travaux: true, substances: false, points: false, duree: false, exception: false, auto: false },
    DemarcheType { id: DemarcheTypeId::Dec, nom: "déchéance", description: "Démarche obsolète. L’autorité administrative pouvait retirer les droits liés aux autorisations et titres miniers en cours de validité si le titulaire ne remplissait plus certaines prescriptions légales. La déchéance avait pour effet de permettre à l’Etat de réattribuer le titre ou l’autorisation lors d’un appel d’offre.", titulaires: true, renouvelable: false, travaux: false, substances: false, points: false, duree: false, exception: false, auto: false },
    DemarcheType { id: DemarcheTypeId::Dep, nom: "déplacement de périmètre", description: "Démarche appliquée aux autorisation d’exploitation de minéraux et métaux pour déplacer le centre du périmètre de celle-ci dans la limite de 200 mètres. Les zones déjà exploitées doivent être maintenues à l’intérieur du périmètre déplacé.", titulaires: false, renouvelable: true, travaux: false, substances: false, points: true, duree: false, exception: false, auto: false },
    DemarcheType { id: DemarcheTypeId::Dot, nom: "Déclaration d'ouverture de travaux", description: "Déclaration d'ouverture de travaux", titulaires: false, renouvelable: false, travaux: true, substances: false, points: false, duree: false, exception: false, auto: false },
    DemarcheType { id: DemarcheTypeId::Exp, nom: "extension de périmètre", description: "Démarche appliquée aux permis exclusifs de recherches, permis d'exploitation de minéraux et métaux et concessions pour étendre leurs périmètres.", titulaires: false, renouvelable: true, travaux: false, substances: false, points: true, duree: true, exception: false, auto: false },
    DemarcheType { id: DemarcheTypeId::Exs, nom: "extension de substance", description: "Démarche appliquée aux autorisations d'exploitation et aux permis exclusifs de recherches de minéraux et métaux pour étendre la liste des substances non connexes autorisées à la prospection. Elle s’applique aussi aux concessions de géothermie qui peuvent être étendues à des substances de mines non connexes.", titulaires: false, renouvelable: true, travaux: false, substances: true, points: false, duree: true, exception: false, auto: false },
    DemarcheType { id: DemarcheTypeId::Fus, nom: "fusion", description: "Démarche appliquée aux permis exclusifs de recherches contigus. Elle conduit à la création d’un nouveau titre à partir de la fusion des périmètres de plusieurs permis exclusifs de recherches qui se trouvent dans la même période de validité (octroi, prolongation 1 ou prolongation 2).", titulaires: true, renouvelable: true, travaux: false, substances: false, points: true, duree: true, exception: false, auto: false },
    DemarcheType { id: DemarcheTypeId::Mut, nom: "mutation", description: "Démarche co-initiée par le titulaire du titre minier et l’entreprise souhaitant devenir titulaire ou co-titulaire du titre. Il s’agit de la cession d’un titre minier en cours de validité par son détenteur à un tiers. Elle peut porter sur la totalité du périmètre du titre initial ou sur une partie de celui-ci. Le titulaire initial conserve ses droits sur la partie restante. Afin de  bénéficier d’une mutation, l’intéressé doit satisfaire aux critères d’attribution exigés pour les détenteurs du titre minier équivalent. La décision du ministre ne préjuge en aucun cas des conditions financières fixées entre  les deux parties.", titulaires: true, renouvelable: true, travaux: false, substances: false, points: true, duree: true, exception: false, auto: false },
    DemarcheType { id: DemarcheTypeId::Oct, nom: "octroi", description: "Démarche à l’initiative d’une personne physique ou morale en vue de l’obtention d’une autorisation ou d’un titre minier pour une première période de validité définie.", titulaires: true, renouvelable: false, travaux: false, substances: true, points: true, duree: true, exception: false, auto: false },
    DemarcheType { id: DemarcheTypeId::Pr1, nom: "prolongation 1", description: "Démarche appliquée à une autorisation ou un titre minier qui a fait l’objet d’un octroi initial. Elle prolonge sa durée de validité. Une première prolongation est applicable aux permis exclusifs de recherches et aux permis d'exploitation de minéraux et métaux en outre-mer pour une durée de 5 ans maximum. Pour des permis exclusifs de recherches d’hydrocarbures liquides ou gazeux, la première prolongation s’accompagne obligatoirement d’une réduction de 50% de la surface du titre.", titulaires: false, renouvelable: false, travaux: false, substances: false, points: true, duree: true, exception: false, auto: false },
    DemarcheType { id: DemarcheTypeId::Pr2, nom: "prolongation 2", description: "Démarche appliquée à une autorisation ou un titre minier qui a fait l’objet d’une première prolongation. Elle prolonge sa durée de validité. Une seconde prolongation est applicable aux permis exclusifs de recherches et aux permis d'exploitation de minéraux et métaux en outre-mer pour une durée de 5 ans maximum. Seules deux prolongations successives sont admises pour ces titres. A l’exception des permis exclusifs de recherches d’hydrocarbures liquides ou gazeux qui peuvent faire l’objet d’une prolongation exceptionnelle. Pour ces derniers, la seconde prolongation s’accompagne obligatoirement d’une réduction de 25% de la surface du titre.", titulaires: false, renouvelable: false, travaux: false, substances: false, points: true, duree: true, exception: false, auto: false },
    DemarcheType { id: DemarcheTypeId::Pre, nom: "prolongation exceptionnelle", description: "Démarche appliquée à un permis exclusif de recherches d’hydrocarbures liquides ou gazeux. Elle prolonge sa durée de validité de trois ans maximum. La prolongation exceptionnelle ne peut être mobilisée qu’une fois au cours de la vie du titres et ne s’accompagne pas nécessairement d’une réduction de sa surface.", titulaires: false, renouvelable: false, travaux: false, substances: false, points: false, duree: true, exception: true, auto: false },
    DemarcheType { id: DemarcheTypeId::Pro, nom: "prolongation", description: "Démarche appliquée à une autorisation ou un titre minier qui a fait l’objet d’un octroi initial. Des prolongations sans limitation sont applicables aux concessions pour des durées maximales successives de 25 ans, aux permis d'exploitation de géothermie pour des durées maximales successives de 15 ans, aux permis exclusifs de carrières pour des durées maximales successives de 10 ans et aux autorisations de recherches de carrières pour des durées maximales successives de 3 ans.\nUne prolongation unique est applicable aux autorisations de recherches et aux autorisations d'exploitation de minéraux et métaux en Guyane pour respectivement 4 mois et 4 ans maximum.", titulaires: false, renouvelable: true, travaux: false, substances: false, points: true, duree: true, exception: false, auto: false },
    DemarcheType { id: DemarcheTypeId::Prr, nom: "prorogation", description: "Démarche obsolète. Initiée par l’autorité administrative, elle proroge la durée de validité d’un titre d’exploration, de droit et sans formalité, jusqu’à l’intervention d’une décision sur une demande de titre d’exploitation portant sur ce titre d’exploration visé. Le code minier actuel y a substitué le régime de “survie provisoire”.", titulaires: false, renouvelable: true, travaux: false, substances: false, points: true, duree: true, exception: false, auto: false },
    DemarcheType { id: DemarcheTypeId::Ren, nom: "renonciation", description: "Démarche appliquée à une autorisation ou un titre minier pour anticiper son échéance. Elle peut porter sur tout ou partie du périmètre. Cela est possible sous réserve d’avoir procédé aux mesures de remise en état dont le préfet lui aura a donné acte définitivement. La renonciation a pour effet de replacer le gisement dans la catégorie de ceux ouverts aux recherches.", titulaires: true, renouvelable: true, travaux: false, substances: false, points: true, duree: true, exception: false, auto: false },
    DemarcheType { id: DemarcheTypeId::Res, nom: "résiliation anticipée d'amodiation", description: "Démarche co-initiée par le titulaire de certains titres miniers d’exploitation et l’entreprise amodiataire du titre. Elle conduit à une fin anticipée du contrat d’amodiation sur l’accord des deux parties sans affecter le statut du titre minier.", titulaires: true, renouvelable: true, travaux: false, substances: false, points: false, duree: false, exception: false, auto: false },
    DemarcheType { id: DemarcheTypeId::Ret, nom: "retrait", description: "Démarche initiée par l’autorité administrative. Le ministre chargé des mines pour les titres et le préfet pour les autorisations d’exploitation peuvent retirer les autorisations et les titres miniers en cours de validité si l’intéressé ne remplit plus certaines prescriptions légales.\r\nLe retrait a pour effet de replacer le gisement dans la situation de ceux ouverts aux recherches.", titulaires: false, renouvelable: false, travaux: false, substances: false, points: false, duree: true, exception: false, auto: false },
    DemarcheType { id: DemarcheTypeId::Vct, nom: "demande de titre d'exploitation", description: "Démarche virtuelle utilisée dans Camino pour lier une demande initiale de concession ou de permis d’exploitation à une autorisation ou un titre miniers d’exploration créateur d’un droit d’inventeur sur un gisement.", titulaires: true, renouvelable: true, travaux: false, substances: true, points: true, duree: true, exception: false, auto: true },
    DemarcheType { id: DemarcheTypeId::Vut, nom: "mutation partielle", description: "Démarche virtuelle d’une démarche de mutation portant sur une partie d’un titre minier. Cette démarche a pour effet de créer un nouveau titre minier sans qu’une démarche d’octroi en soit le fait générateur.", titulaires: true, renouvelable: true, travaux: false, substances: false, points: true, duree: true, exception: false, auto: true },
];

/// Statut of a démarche.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DemarcheStatutId {
    /// `acc`: accepté.
    Acc,
    /// `acp`: accepté et publié.
    Acp,
    /// `cls`: classé sans suite.
    Cls,
    /// `dep`: déposé.
    Dep,
    /// `des`: désisté.
    Des,
    /// `eco`: en construction.
    Eco,
    /// `fpm`: fin de la police des mines.
    Fpm,
    /// `ind`: indéterminé.
    Ind,
    /// `ini`: initié.
    Ini,
    /// `ins`: en instruction.
    Ins,
    /// `rej`: rejeté.
    Rej,
    /// `rea`: rejeté après abrogation.
    Rea,
    /// `ter`: terminé.
    Ter,
}

impl DemarcheStatutId {
    /// Every value, in the order of the reference file.
    pub const ALL: [DemarcheStatutId; 13] = [
        DemarcheStatutId::Acc,
        DemarcheStatutId::Acp,
        DemarcheStatutId::Cls,
        DemarcheStatutId::Dep,
        DemarcheStatutId::Des,
        DemarcheStatutId::Eco,
        DemarcheStatutId::Fpm,
        DemarcheStatutId::Ind,
        DemarcheStatutId::Ini,
        DemarcheStatutId::Ins,
        DemarcheStatutId::Rej,
        DemarcheStatutId::Rea,
        DemarcheStatutId::Ter,
    ];

    /// The id used by Camino and in exports.
    pub const fn as_str(self) -> &'static str {
        match self {
            DemarcheStatutId::Acc => "acc",
            DemarcheStatutId::Acp => "acp",
            DemarcheStatutId::Cls => "cls",
            DemarcheStatutId::Dep => "dep",
            DemarcheStatutId::Des => "des",
            DemarcheStatutId::Eco => "eco",
            DemarcheStatutId::Fpm => "fpm",
            DemarcheStatutId::Ind => "ind",
            DemarcheStatutId::Ini => "ini",
            DemarcheStatutId::Ins => "ins",
            DemarcheStatutId::Rej => "rej",
            DemarcheStatutId::Rea => "rea",
            DemarcheStatutId::Ter => "ter",
        }
    }

    /// Parses a Camino id; `None` when the id is unknown.
    pub fn from_id(id: &str) -> Option<DemarcheStatutId> {
        match id {
            "acc" => Some(DemarcheStatutId::Acc),
            "acp" => Some(DemarcheStatutId::Acp),
            "cls" => Some(DemarcheStatutId::Cls),
            "dep" => Some(DemarcheStatutId::Dep),
            "des" => Some(DemarcheStatutId::Des),
            "eco" => Some(DemarcheStatutId::Eco),
            "fpm" => Some(DemarcheStatutId::Fpm),
            "ind" => Some(DemarcheStatutId::Ind),
            "ini" => Some(DemarcheStatutId::Ini),
            "ins" => Some(DemarcheStatutId::Ins),
            "rej" => Some(DemarcheStatutId::Rej),
            "rea" => Some(DemarcheStatutId::Rea),
            "ter" => Some(DemarcheStatutId::Ter),
            _ => None,
        }
    }
}

/// Definitions of the démarche statuts, indexed like [`DemarcheStatutId::ALL`].
pub static DEMARCHES_STATUTS: [DemarcheStatut; 13] = [
    DemarcheStatut { id: DemarcheStatutId::Acc, nom: "accepté", description: "La demande a fait l’objet d’une décision favorable de l'administration.\n", couleur: "success" },
    DemarcheStatut { id: DemarcheStatutId::Acp, nom: "accepté et publié", description: "La demande a fait l’objet d’une décision favorable de l'administration et a été publiée.\n", couleur: "success" },
    DemarcheStatut { id: DemarcheStatutId::Cls, nom: "classé sans suite", description: "La demande est classée sans suite par l’administration à défaut de pouvoir mener l’instruction à son terme.\n", couleur: "neutral" },
    DemarcheStatut { id: DemarcheStatutId::Dep, nom: "déposé", description: "La demande est déposée auprès du service instructeur.\n", couleur: "warning" },
    DemarcheStatut { id: DemarcheStatutId::Des, nom: "désisté", description: "La demande dont le porteur se dessaisit en informant l’administration de son choix de ne pas lui donner suite. Cette démarche demeure publique si elle a fait l’objet d’une consultation du public.", couleur: "neutral" },
    DemarcheStatut { id: DemarcheStatutId::Eco, nom: "en construction", description: "Le dossier de demande est en cours d’élaboration par le demandeur.", couleur: "warning" },
    DemarcheStatut { id: DemarcheStatutId::Fpm, nom: "fin de la police des mines", description: "Fin de la police des mines.", couleur: "success" },
    DemarcheStatut { id: DemarcheStatutId::Ind, nom: "indéterminé", description: "Les informations contenues dans les étapes de la démarche sont insuffisantes pour en déterminer le statut.\n", couleur: "warning" },
    DemarcheStatut { id: DemarcheStatutId::Ini, nom: "initié", description: "La démarche est engagée unilatéralement par l’administration, elle ne fait pas l’objet d’une demande de la part du titulaire du titre ou de l’autorisation.", couleur: "warning" },
    DemarcheStatut { id: DemarcheStatutId::Ins, nom: "en instruction", description: "La demande a fait l’objet d’un examen de complétude et de recevabilité.\n", couleur: "warning" },
    DemarcheStatut { id: DemarcheStatutId::Rej, nom: "rejeté", description: "La demande a fait l’objet d’une décision défavorable de l'administration. Les textes d’applications du code minier prévoient que les décisions de rejet ne font pas l’objet d’une publication. En conséquence, les démarches qui passent au statut “rejeté” dans Camino sont dé-publiées et rendues inaccessibles aux tiers.\n", couleur: "error" },
    DemarcheStatut { id: DemarcheStatutId::Rea, nom: "rejeté après abrogation", description: "La demande a été publiée puis abrogée.", couleur: "error" },
    DemarcheStatut { id: DemarcheStatutId::Ter, nom: "terminé", description: "La démarche engagée unilatéralement par l’administration qui a fait l’objet d’une décision de l’administration. Celle-ci n’a pas fait l’objet d’une demande de la part du titulaire du titre ou de l’autorisation.\n", couleur: "success" },
];

/// Type of étape.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EtapeTypeId {
    /// `asl`: décision du propriétaire du sol.
    Asl,
    /// `rcs`: réception de compléments (saisine de la CARM).
    Rcs,
    /// `wpb`: porter-à-connaissance.
    Wpb,
    /// `mom`: modification de la demande (décision de la mission autorité environnementale (examen au cas par cas du projet).
    Mom,
    /// `rcb`: réception de compléments (récépissé de déclaration loi sur l'eau).
    Rcb,
    /// `mcs`: demande de compléments (saisine de la CARM).
    Mcs,
    /// `rca`: réception de compléments (recevabilité de la demande).
    Rca,
    /// `rcd`: réception de compléments (décision de la mission autorité environnementale (examen au cas par cas du projet)).
    Rcd,
    /// `rco`: réception de compléments.
    Rco,
    /// `anf`: avis de mise en concurrence au JORF.
    Anf,
    /// `mim`: demande d'informations (recevabilité de la demande).
    Mim,
    /// `mie`: demande d'informations (avis du DREAL, DEAL ou DGTM).
    Mie,
    /// `rim`: réception d'information (recevabilité de la demande).
    Rim,
    /// `cac`: consultation des administrations centrales.
    Cac,
    /// `rcm`: réception de compléments (complétude de la demande).
    Rcm,
    /// `mcd`: demande de compléments (décision de la mission autorité environnementale (examen au cas par cas du projet).
    Mcd,
    /// `scg`: saisine du conseil général de l'économie (CGE).
    Scg,
    /// `rie`: réception d'information (avis du DREAL, DEAL ou DGTM).
    Rie,
    /// `sas`: saisine de l'autorité signataire.
    Sas,
    /// `wda`: Donné acte de la déclaration (DOTM).
    Wda,
    /// `wab`: Abandon de la demande.
    Wab,
    /// `epu`: Enquête publique.
    Epu,
    /// `rpe`: rapport du Conseil d’État.
    Rpe,
    /// `aca`: avis de la commission des autorisations de recherches minières (CARM).
    Aca,
    /// `apo`: avis de la commission départementale des mines (CDM).
    Apo,
    /// `css`: classement sans suite.
    Css,
    /// `rcg`: rapport du conseil général de l'économie (CGE).
    Rcg,
    /// `sca`: saisine de la commission des autorisations de recherches minières (CARM).
    Sca,
    /// `meo`: prise en charge par l'Office national des forêts.
    Meo,
    /// `mna`: notification au demandeur (ajournement de la CARM).
    Mna,
    /// `pqr`: publication dans un journal local ou national.
    Pqr,
    /// `sco`: signature de l’autorisation de recherche minière.
    Sco,
    /// `spp`: saisine du préfet.
    Spp,
    /// `dux`: décision administrative.
    Dux,
    /// `dex`: décision de l'administration.
    Dex,
    /// `and`: décision du juge administratif.
    And,
    /// `mni`: notification au demandeur (initiation de la démarche de retrait).
    Mni,
    /// `ihi`: informations historiques incomplètes.
    Ihi,
    /// `mns`: notification au demandeur (signature de l’autorisation de recherche minière).
    Mns,
    /// `mnc`: notification au demandeur (classement sans suite).
    Mnc,
    /// `aco`: avenant à l’autorisation de recherche minière.
    Aco,
    /// `mnd`: notification au demandeur (avis défavorable).
    Mnd,
    /// `rpu`: publication de décision au recueil des actes administratifs.
    Rpu,
    /// `ncl`: notification des collectivités locales.
    Ncl,
    /// `wdm`: décision de l'administration.
    Wdm,
    /// `wrt`: récolement.
    Wrt,
    /// `spe`: saisine du Conseil d'Etat.
    Spe,
    /// `abd`: abrogation de la décision.
    Abd,
    /// `des`: désistement du demandeur.
    Des,
    /// `apu`: publication de l'avis de décision implicite.
    Apu,
    /// `app`: avis du préfet.
    App,
    /// `mcp`: complétude de la demande.
    Mcp,
    /// `ppu`: participation du public.
    Ppu,
    /// `mod`: modification de la demande.
    Mod,
    /// `rif`: réception d'information.
    Rif,
    /// `spo`: saisine de la commission départementale des mines (CDM).
    Spo,
    /// `men`: enregistrement de la demande.
    Men,
    /// `mif`: demande d'informations.
    Mif,
    /// `esb`: expertise DREAL ou DGTM service biodiversité.
    Esb,
    /// `ede`: expertise DREAL ou DGTM service eau.
    Ede,
    /// `cim`: concertation interministérielle.
    Cim,
    /// `mec`: avis de demande concurrente.
    Mec,
    /// `mnv`: notification au demandeur (signature de l'avenant à l’autorisation de recherche minière).
    Mnv,
    /// `mnb`: notification au demandeur (avis favorable de la CARM).
    Mnb,
    /// `apd`: Rapport et avis de la DREAL.
    Apd,
    /// `wpo`: Arrêté de second donner acte.
    Wpo,
    /// `wdc`: demande de compléments (AOTM ou DOTM).
    Wdc,
    /// `ape`: avis du Conseil d'Etat.
    Ape,
    /// `npp`: notification au préfet.
    Npp,
    /// `vfc`: validation du paiement des frais de dossier complémentaires.
    Vfc,
    /// `dim`: décision implicite.
    Dim,
    /// `def`: décision de l'Office national des forêts.
    Def,
    /// `mcm`: demande de compléments (complétude de la demande).
    Mcm,
    /// `edm`: expertise DGTM service prévention des risques et industries extractives (DATE).
    Edm,
    /// `pfd`: paiement des frais de dossier.
    Pfd,
    /// `vfd`: validation du paiement des frais de dossier.
    Vfd,
    /// `mcb`: demande de compléments (récépissé de déclaration loi sur l'eau).
    Mcb,
    /// `mno`: notification au demandeur.
    Mno,
    /// `mcr`: recevabilité de la demande.
    Mcr,
    /// `wao`: arrêté d'ouverture des travaux miniers.
    Wao,
    /// `dae`: décision de la mission autorité environnementale (examen au cas par cas du projet).
    Dae,
    /// `pfc`: paiement des frais de dossier complémentaires.
    Pfc,
    /// `acg`: avis du conseil général de l'économie (CGE).
    Acg,
    /// `mca`: demande de compléments (recevabilité de la demande).
    Mca,
    /// `dpu`: publication de décision au JORF.
    Dpu,
    /// `mco`: demande de compléments.
    Mco,
    /// `mdp`: dépôt de la demande.
    Mdp,
    /// `mfr`: demande.
    Mfr,
    /// `wco`: Réception de compléments.
    Wco,
    /// `wfa`: Demande d'autorisation d'ouverture de travaux miniers (AOTM).
    Wfa,
    /// `wfo`: Déclaration d'ouverture de travaux miniers (DOTM).
    Wfo,
    /// `wfd`: Déclaration d'arrêt définitif de travaux (DADT).
    Wfd,
    /// `wdd`: dépot de la demande.
    Wdd,
    /// `wde`: demande de compléments (DADT).
    Wde,
    /// `wrc`: reception de compléments.
    Wrc,
    /// `wre`: Recevabilité.
    Wre,
    /// `war`: avis de réception.
    War,
    /// `wse`: saisine de l'autorité environnementale.
    Wse,
    /// `wae`: avis de l'autorité environnementale.
    Wae,
    /// `wps`: Arrêté préfectoral de sursis à statuer.
    Wps,
    /// `wtp`: Transmission du projet de prescriptions au demandeur.
    Wtp,
    /// `wau`: Avis du demandeur sur les prescriptions proposées.
    Wau,
    /// `wpa`: publication de décision au recueil des actes administratifs.
    Wpa,
    /// `wpp`: Arrêté préfectoral de premier donner acte (DADT).
    Wpp,
    /// `wpc`: Arrêté de prescriptions complémentaires.
    Wpc,
    /// `wmt`: memoire de fin de travaux.
    Wmt,
    /// `rde`: récépissé de déclaration loi sur l'eau.
    Rde,
    /// `asc`: Avis des services et commissions consultatives.
    Asc,
    /// `adc`: Avis des collectivités.
    Adc,
    /// `mci`: Déclaration d'irrecevabilité.
    Mci,
}

impl EtapeTypeId {
    /// Every value, in the order of the reference file.
    pub const ALL: [EtapeTypeId; 110] = [
        EtapeTypeId::Asl,
        EtapeTypeId::Rcs,
        EtapeTypeId::Wpb,
        EtapeTypeId::Mom,
        EtapeTypeId::Rcb,
        EtapeTypeId::Mcs,
        EtapeTypeId::Rca,
        EtapeTypeId::Rcd,
        EtapeTypeId::Rco,
        EtapeTypeId::Anf,
        EtapeTypeId::Mim,
        EtapeTypeId::Mie,
        EtapeTypeId::Rim,
        EtapeTypeId::Cac,
        EtapeTypeId::Rcm,
        EtapeTypeId::Mcd,
        EtapeTypeId::Scg,
        EtapeTypeId::Rie,
        EtapeTypeId::Sas,
        EtapeTypeId::Wda,
        EtapeTypeId::Wab,
        EtapeTypeId::Epu,
        EtapeTypeId::Rpe,
        EtapeTypeId::Aca,
        EtapeTypeId::Apo,
        EtapeTypeId::Css,
        EtapeTypeId::Rcg,
        EtapeTypeId::Sca,
        EtapeTypeId::Meo,
        EtapeTypeId::Mna,
        EtapeTypeId::Pqr,
        EtapeTypeId::Sco,
        EtapeTypeId::Spp,
        EtapeTypeId::Dux,
        EtapeTypeId::Dex,
        EtapeTypeId::And,
        EtapeTypeId::Mni,
        EtapeTypeId::Ihi,
        EtapeTypeId::Mns,
        EtapeTypeId::Mnc,
        EtapeTypeId::Aco,
        EtapeTypeId::Mnd,
        EtapeTypeId::Rpu,
        EtapeTypeId::Ncl,
        EtapeTypeId::Wdm,
        EtapeTypeId::Wrt,
        EtapeTypeId::Spe,
        EtapeTypeId::Abd,
        EtapeTypeId::Des,
        EtapeTypeId::Apu,
        EtapeTypeId::App,
        EtapeTypeId::Mcp,
        EtapeTypeId::Ppu,
        EtapeTypeId::Mod,
        EtapeTypeId::Rif,
        EtapeTypeId::Spo,
        EtapeTypeId::Men,
        EtapeTypeId::Mif,
        EtapeTypeId::Esb,
        EtapeTypeId::Ede,
        EtapeTypeId::Cim,
        EtapeTypeId::Mec,
        EtapeTypeId::Mnv,
        EtapeTypeId::Mnb,
        EtapeTypeId::Apd,
        EtapeTypeId::Wpo,
        EtapeTypeId::Wdc,
        EtapeTypeId::Ape,
        EtapeTypeId::Npp,
        EtapeTypeId::Vfc,
        EtapeTypeId::Dim,
        EtapeTypeId::Def,
        EtapeTypeId::Mcm,
        EtapeTypeId::Edm,
        EtapeTypeId::Pfd,
        EtapeTypeId::Vfd,
        EtapeTypeId::Mcb,
        EtapeTypeId::Mno,
        EtapeTypeId::Mcr,
        EtapeTypeId::Wao,
        EtapeTypeId::Dae,
        EtapeTypeId::Pfc,
        EtapeTypeId::Acg,
        EtapeTypeId::Mca,
        EtapeTypeId::Dpu,
        EtapeTypeId::Mco,
        EtapeTypeId::Mdp,
        EtapeTypeId::Mfr,
        EtapeTypeId::Wco,
        EtapeTypeId::Wfa,
        EtapeTypeId::Wfo,
        EtapeTypeId::Wfd,
        EtapeTypeId::Wdd,
        EtapeTypeId::Wde,
        EtapeTypeId::Wrc,
        EtapeTypeId::Wre,
        EtapeTypeId::War,
        EtapeTypeId::Wse,
        EtapeTypeId::Wae,
        EtapeTypeId::Wps,
        EtapeTypeId::Wtp,
        EtapeTypeId::Wau,
        EtapeTypeId::Wpa,
        EtapeTypeId::Wpp,
        EtapeTypeId::Wpc,
        EtapeTypeId::Wmt,
        EtapeTypeId::Rde,
        EtapeTypeId::Asc,
        EtapeTypeId::Adc,
        EtapeTypeId::Mci,
    ];

    /// The id used by Camino and in exports.
    pub const fn as_str(self) -> &'static str {
        match self {
            EtapeTypeId::Asl => "asl",
            EtapeTypeId::Rcs => "rcs",
            EtapeTypeId::Wpb => "wpb",
            EtapeTypeId::Mom => "mom",
            EtapeTypeId::Rcb => "rcb",
            EtapeTypeId::Mcs => "mcs",
            EtapeTypeId::Rca => "rca",
            EtapeTypeId::Rcd => "rcd",
            EtapeTypeId::Rco => "rco",
            EtapeTypeId::Anf => "anf",
            EtapeTypeId::Mim => "mim",
            EtapeTypeId::Mie => "mie",
            EtapeTypeId::Rim => "rim",
            EtapeTypeId::Cac => "cac",
            EtapeTypeId::Rcm => "rcm",
            EtapeTypeId::Mcd => "mcd",
            EtapeTypeId::Scg => "scg",
            EtapeTypeId::Rie => "rie",
            EtapeTypeId::Sas => "sas",
            EtapeTypeId::Wda => "wda",
            EtapeTypeId::Wab => "wab",
            EtapeTypeId::Epu => "epu",
            EtapeTypeId::Rpe => "rpe",
            EtapeTypeId::Aca => "aca",
            EtapeTypeId::Apo => "apo",
            EtapeTypeId::Css => "css",
            EtapeTypeId::Rcg => "rcg",
            EtapeTypeId::Sca => "sca",
            EtapeTypeId::Meo => "meo",
            EtapeTypeId::Mna => "mna",
            EtapeTypeId::Pqr => "pqr",
            EtapeTypeId::Sco => "sco",
            EtapeTypeId::Spp => "spp",
            EtapeTypeId::Dux => "dux",
            EtapeTypeId::Dex => "dex",
            EtapeTypeId::And => "and",
            EtapeTypeId::Mni => "mni",
            EtapeTypeId::Ihi => "ihi",
            EtapeTypeId::Mns => "mns",
            EtapeTypeId::Mnc => "mnc",
            EtapeTypeId::Aco => "aco",
            EtapeTypeId::Mnd => "mnd",
            EtapeTypeId::Rpu => "rpu",
            EtapeTypeId::Ncl => "ncl",
            EtapeTypeId::Wdm => "wdm",
            EtapeTypeId::Wrt => "wrt",
            EtapeTypeId::Spe => "spe",
            EtapeTypeId::Abd => "abd",
            EtapeTypeId::Des => "des",
            EtapeTypeId::Apu => "apu",
            EtapeTypeId::App => "app",
            EtapeTypeId::Mcp => "mcp",
            EtapeTypeId::Ppu => "ppu",
            EtapeTypeId::Mod => "mod",
            EtapeTypeId::Rif => "rif",
            EtapeTypeId::Spo => "spo",
            EtapeTypeId::Men => "men",
            EtapeTypeId::Mif => "mif",
            EtapeTypeId::Esb => "esb",
            EtapeTypeId::Ede => "ede",
            EtapeTypeId::Cim => "cim",
            EtapeTypeId::Mec => "mec",
            EtapeTypeId::Mnv => "mnv",
            EtapeTypeId::Mnb => "mnb",
            EtapeTypeId::Apd => "apd",
            EtapeTypeId::Wpo => "wpo",
            EtapeTypeId::Wdc => "wdc",
            EtapeTypeId::Ape => "ape",
            EtapeTypeId::Npp => "npp",
            EtapeTypeId::Vfc => "vfc",
            EtapeTypeId::Dim => "dim",
            EtapeTypeId::Def => "def",
            EtapeTypeId::Mcm => "mcm",
            EtapeTypeId::Edm => "edm",
            EtapeTypeId::Pfd => "pfd",
            EtapeTypeId::Vfd => "vfd",
            EtapeTypeId::Mcb => "mcb",
            EtapeTypeId::Mno => "mno",
            EtapeTypeId::Mcr => "mcr",
            EtapeTypeId::Wao => "wao",
            EtapeTypeId::Dae => "dae",
            EtapeTypeId::Pfc => "pfc",
            EtapeTypeId::Acg => "acg",
            EtapeTypeId::Mca => "mca",
            EtapeTypeId::Dpu => "dpu",
            EtapeTypeId::Mco => "mco",
            EtapeTypeId::Mdp => "mdp",
            EtapeTypeId::Mfr => "mfr",
            EtapeTypeId::Wco => "wco",
            EtapeTypeId::Wfa => "wfa",
            EtapeTypeId::Wfo => "wfo",
            EtapeTypeId::Wfd => "wfd",
            EtapeTypeId::Wdd => "wdd",
            EtapeTypeId::Wde => "wde",
            EtapeTypeId::Wrc => "wrc",
            EtapeTypeId::Wre => "wre",
            EtapeTypeId::War => "war",
            EtapeTypeId::Wse => "wse",
            EtapeTypeId::Wae => "wae",
            EtapeTypeId::Wps => "wps",
            EtapeTypeId::Wtp => "wtp",
            EtapeTypeId::Wau => "wau",
            EtapeTypeId::Wpa => "wpa",
            EtapeTypeId::Wpp => "wpp",
            EtapeTypeId::Wpc => "wpc",
            EtapeTypeId::Wmt => "wmt",
            EtapeTypeId::Rde => "rde",
            EtapeTypeId::Asc => "asc",
            EtapeTypeId::Adc => "adc",
            EtapeTypeId::Mci => "mci",
        }
    }

    /// Parses a Camino id; `None` when the id is unknown.
    pub fn from_id(id: &str) -> Option<EtapeTypeId> {
        match id {
            "asl" => Some(EtapeTypeId::Asl),
            "rcs" => Some(EtapeTypeId::Rcs),
            "wpb" => Some(EtapeTypeId::Wpb),
            "mom" => Some(EtapeTypeId::Mom),
            "rcb" => Some(EtapeTypeId::Rcb),
            "mcs" => Some(EtapeTypeId::Mcs),
            "rca" => Some(EtapeTypeId::Rca),
            "rcd" => Some(EtapeTypeId::Rcd),
            "rco" => Some(EtapeTypeId::Rco),
            "anf" => Some(EtapeTypeId::Anf),
            "mim" => Some(EtapeTypeId::Mim),
            "mie" => Some(EtapeTypeId::Mie),
            "rim" => Some(EtapeTypeId::Rim),
            "cac" => Some(EtapeTypeId::Cac),
            "rcm" => Some(EtapeTypeId::Rcm),
            "mcd" => Some(EtapeTypeId::Mcd),
            "scg" => Some(EtapeTypeId::Scg),
            "rie" => Some(EtapeTypeId::Rie),
            "sas" => Some(EtapeTypeId::Sas),
            "wda" => Some(EtapeTypeId::Wda),
            "wab" => Some(EtapeTypeId::Wab),
            "epu" => Some(EtapeTypeId::Epu),
            "rpe" => Some(EtapeTypeId::Rpe),
            "aca" => Some(EtapeTypeId::Aca),
            "apo" => Some(EtapeTypeId::Apo),
            "css" => Some(EtapeTypeId::Css),
            "rcg" => Some(EtapeTypeId::Rcg),
            "sca" => Some(EtapeTypeId::Sca),
            "meo" => Some(EtapeTypeId::Meo),
            "mna" => Some(EtapeTypeId::Mna),
            "pqr" => Some(EtapeTypeId::Pqr),
            "sco" => Some(EtapeTypeId::Sco),
            "spp" => Some(EtapeTypeId::Spp),
            "dux" => Some(EtapeTypeId::Dux),
            "dex" => Some(EtapeTypeId::Dex),
            "and" => Some(EtapeTypeId::And),
            "mni" => Some(EtapeTypeId::Mni),
            "ihi" => Some(EtapeTypeId::Ihi),
            "mns" => Some(EtapeTypeId::Mns),
            "mnc" => Some(EtapeTypeId::Mnc),
            "aco" => Some(EtapeTypeId::Aco),
            "mnd" => Some(EtapeTypeId::Mnd),
            "rpu" => Some(EtapeTypeId::Rpu),
            "ncl" => Some(EtapeTypeId::Ncl),
            "wdm" => Some(EtapeTypeId::Wdm),
            "wrt" => Some(EtapeTypeId::Wrt),
            "spe" => Some(EtapeTypeId::Spe),
            "abd" => Some(EtapeTypeId::Abd),
            "des" => Some(EtapeTypeId::Des),
            "apu" => Some(EtapeTypeId::Apu),
            "app" => Some(EtapeTypeId::App),
            "mcp" => Some(EtapeTypeId::Mcp),
            "ppu" => Some(EtapeTypeId::Ppu),
            "mod" => Some(EtapeTypeId::Mod),
            "rif" => Some(EtapeTypeId::Rif),
            "spo" => Some(EtapeTypeId::Spo),
            "men" => Some(EtapeTypeId::Men),
            "mif" => Some(EtapeTypeId::Mif),
            "esb" => Some(EtapeTypeId::Esb),
            "ede" => Some(EtapeTypeId::Ede),
            "cim" => Some(EtapeTypeId::Cim),
            "mec" => Some(EtapeTypeId::Mec),
            "mnv" => Some(EtapeTypeId::Mnv),
            "mnb" => Some(EtapeTypeId::Mnb),
            "apd" => Some(EtapeTypeId::Apd),
            "wpo" => Some(EtapeTypeId::Wpo),
            "wdc" => Some(EtapeTypeId::Wdc),
            "ape" => Some(EtapeTypeId::Ape),
            "npp" => Some(EtapeTypeId::Npp),
            "vfc" => Some(EtapeTypeId::Vfc),
            "dim" => Some(EtapeTypeId::Dim),
            "def" => Some(EtapeTypeId::Def),
            "mcm" => Some(EtapeTypeId::Mcm),
            "edm" => Some(EtapeTypeId::Edm),
            "pfd" => Some(EtapeTypeId::Pfd),
            "vfd" => Some(EtapeTypeId::Vfd),
            "mcb" => Some(EtapeTypeId::Mcb),
            "mno" => Some(EtapeTypeId::Mno),
            "mcr" => Some(EtapeTypeId::Mcr),
            "wao" => Some(EtapeTypeId::Wao),
            "dae" => Some(EtapeTypeId::Dae),
            "pfc" => Some(EtapeTypeId::Pfc),
            "acg" => Some(EtapeTypeId::Acg),
            "mca" => Some(EtapeTypeId::Mca),
            "dpu" => Some(EtapeTypeId::Dpu),
            "mco" => Some(EtapeTypeId::Mco),
            "mdp" => Some(EtapeTypeId::Mdp),
            "mfr" => Some(EtapeTypeId::Mfr),
            "wco" => Some(EtapeTypeId::Wco),
            "wfa" => Some(EtapeTypeId::Wfa),
            "wfo" => Some(EtapeTypeId::Wfo),
            "wfd" => Some(EtapeTypeId::Wfd),
            "wdd" => Some(EtapeTypeId::Wdd),
            "wde" => Some(EtapeTypeId::Wde),
            "wrc" => Some(EtapeTypeId::Wrc),
            "wre" => Some(EtapeTypeId::Wre),
            "war" => Some(EtapeTypeId::War),
            "wse" => Some(EtapeTypeId::Wse),
            "wae" => Some(EtapeTypeId::Wae),
            "wps" => Some(EtapeTypeId::Wps),
            "wtp" => Some(EtapeTypeId::Wtp),
            "wau" => Some(EtapeTypeId::Wau),
            "wpa" => Some(EtapeTypeId::Wpa),
            "wpp" => Some(EtapeTypeId::Wpp),
            "wpc" => Some(EtapeTypeId::Wpc),
            "wmt" => Some(EtapeTypeId::Wmt),
            "rde" => Some(EtapeTypeId::Rde),
            "asc" => Some(EtapeTypeId::Asc),
            "adc" => Some(EtapeTypeId::Adc),
            "mci" => Some(EtapeTypeId::Mci),
            _ => None,
        }
    }
}

/// Definitions of the étape types, indexed like [`EtapeTypeId::ALL`].
pub static ETAPES_TYPES: [EtapeType; 110] = [
    EtapeType { id: EtapeTypeId::Asl, nom: "décision du propriétaire du sol", description: "", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Rcs, nom: "réception de compléments (saisine de la CARM)", description: "après une sca", fondamentale: true, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Wpb, nom: "porter-à-connaissance", description: "Porter-à-connaissance", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: false },
    EtapeType { id: EtapeTypeId::Mom, nom: "modification de la demande (décision de la mission autorité environnementale (examen au cas par cas du projet)", description: "après une dae", fondamentale: true, unique: false, date_fin: None, public_lecture: true, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Rcb, nom: "réception de compléments (récépissé de déclaration loi sur l'eau)", description: "après une rde", fondamentale: true, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Mcs, nom: "demande de compléments (saisine de la CARM)", description: "après une sca", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Rca, nom: "réception de compléments (recevabilité de la demande)", description: "après une mcr", fondamentale: true, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Rcd, nom: "réception de compléments (décision de la mission autorité environnementale (examen au cas par cas du projet))", description: "après une dae", fondamentale: true, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Rco, nom: "réception de compléments", description: "Étape par laquelle le service instructeur accuse réception des compléments transmis par le demandeur. Cette étape permet la reprise du décompte du délai dans lequel une décision doit être prise.", fondamentale: true, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Anf, nom: "avis de mise en concurrence au JORF", description: "Pour les titres miniers H (hydrocarbures), étape par laquelle le ministre chargé des mines publie l'avis de mise en concurrence au Journal officiel de la République française au frais du demandeur. Pour les titres miniers M (métaux), étape par laquelle le préfet publie l'avis de mise en concurrence au Journal officiel de la République française au frais du demandeur.", fondamentale: true, unique: false, date_fin: None, public_lecture: true, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Mim, nom: "demande d'informations (recevabilité de la demande)", description: "après une mcr", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Mie, nom: "demande d'informations (avis du DREAL, DEAL ou DGTM)", description: "après une adp", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Rim, nom: "réception d'information (recevabilité de la demande)", description: "après une mcr", fondamentale: true, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Cac, nom: "consultation des administrations centrales", description: "", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: false },
    EtapeType { id: EtapeTypeId::Rcm, nom: "réception de compléments (complétude de la demande)", description: "après une mcp", fondamentale: true, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Mcd, nom: "demande de compléments (décision de la mission autorité environnementale (examen au cas par cas du projet)", description: "après une dae", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Scg, nom: "saisine du conseil général de l'économie (CGE)", description: "Étape par laquelle le service instructeur transmet la demande, les différents avis et une proposition de décision du ministre chargé des mines au conseil général de l'économie pour avis.", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: false },
    EtapeType { id: EtapeTypeId::Rie, nom: "réception d'information (avis du DREAL, DEAL ou DGTM)", description: "après une adp", fondamentale: true, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Sas, nom: "saisine de l'autorité signataire", description: "", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: false },
    EtapeType { id: EtapeTypeId::Wda, nom: "Donné acte de la déclaration (DOTM)", description: "", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: false },
    EtapeType { id: EtapeTypeId::Wab, nom: "Abandon de la demande", description: "", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: false },
    EtapeType { id: EtapeTypeId::Epu, nom: "Enquête publique", description: "L’enquête publique requise pour l’octroi des concessions minières et des permis d’exploitations dans les départements d’outre-mer a lieu après constat de recevabilité du dossier. L’enquête publique dure un mois mais il est possible de la prolonger.", fondamentale: false, unique: false, date_fin: None, public_lecture: true, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Rpe, nom: "rapport du Conseil d’État", description: "", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: false },
    EtapeType { id: EtapeTypeId::Aca, nom: "avis de la commission des autorisations de recherches minières (CARM)", description: "", fondamentale: true, unique: true, date_fin: None, public_lecture: true, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Apo, nom: "avis de la commission départementale des mines (CDM)", description: "L’avis de cette commission est consultatif et donne lieu à des votes des différents membres des collèges. Les représentants des administrations participent également.", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: false },
    EtapeType { id: EtapeTypeId::Css, nom: "classement sans suite", description: "", fondamentale: false, unique: true, date_fin: None, public_lecture: true, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Rcg, nom: "rapport du conseil général de l'économie (CGE)", description: "", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: false },
    EtapeType { id: EtapeTypeId::Sca, nom: "saisine de la commission des autorisations de recherches minières (CARM)", description: "", fondamentale: false, unique: false, date_fin: None, public_lecture: true, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Meo, nom: "prise en charge par l'Office national des forêts", description: "", fondamentale: false, unique: true, date_fin: Some("2020-01-01"), public_lecture: false, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Mna, nom: "notification au demandeur (ajournement de la CARM)", description: "après une aca ajournée", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Pqr, nom: "publication dans un journal local ou national", description: "", fondamentale: false, unique: false, date_fin: None, public_lecture: true, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Sco, nom: "signature de l’autorisation de recherche minière", description: "Signature de l’autorisation par l’ONF seulement dans le cas d’ARM manuelles ou par les deux parties (ONF et demandeur) dans le cas d’ARM mécanisées pour acceptation de l’état des lieux par le demandeur et valant début de validité de celle-ci.", fondamentale: true, unique: true, date_fin: None, public_lecture: true, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Spp, nom: "saisine du préfet", description: "L’administration centrale transmet la demande au préfet pour qu’il engage son instruction locale.\n", fondamentale: false, unique: true, date_fin: None, public_lecture: false, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Dux, nom: "décision administrative", description: "Refus ou acceptation à l’issue d’une instruction.", fondamentale: true, unique: false, date_fin: None, public_lecture: true, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Dex, nom: "décision de l'administration", description: "", fondamentale: true, unique: false, date_fin: None, public_lecture: true, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::And, nom: "décision du juge administratif", description: "Décision à un contentieux ou à un référé.", fondamentale: true, unique: false, date_fin: None, public_lecture: true, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Mni, nom: "notification au demandeur (initiation de la démarche de retrait)", description: "après une ide", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Ihi, nom: "informations historiques incomplètes", description: "Impossibilité de retracer la totalité de la vie administrative du titre.", fondamentale: true, unique: true, date_fin: Some("2018-12-31"), public_lecture: true, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Mns, nom: "notification au demandeur (signature de l’autorisation de recherche minière)", description: "après une sco", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Mnc, nom: "notification au demandeur (classement sans suite)", description: "après une css", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Aco, nom: "avenant à l’autorisation de recherche minière", description: "Document (courrier) validant une demande de renouvellement et actant la prolongation de la durée de l’autorisation.", fondamentale: true, unique: false, date_fin: None, public_lecture: true, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Mnd, nom: "notification au demandeur (avis défavorable)", description: "après une aca défavorable", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Rpu, nom: "publication de décision au recueil des actes administratifs", description: "Publication, par le préfet, au recueil des actes administratifs.", fondamentale: true, unique: false, date_fin: None, public_lecture: true, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Ncl, nom: "notification des collectivités locales", description: "Notification de la décision aux collectivités locales.", fondamentale: false, unique: false, date_fin: None, public_lecture: true, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Wdm, nom: "décision de l'administration", description: "", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: false },
    EtapeType { id: EtapeTypeId::Wrt, nom: "récolement", description: "", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: false },
    EtapeType { id: EtapeTypeId::Spe, nom: "saisine du Conseil d'Etat", description: "Le service instructeur transmet la demande, les différents avis et une proposition de décision du premier ministre et du ministre chargé des mines au conseil d’État pour avis.", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: false },
    EtapeType { id: EtapeTypeId::Abd, nom: "abrogation de la décision", description: "Suppression de l’acte administratif pour l’avenir.", fondamentale: true, unique: false, date_fin: None, public_lecture: true, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Des, nom: "désistement du demandeur", description: "Le demandeur signifie son souhait de ne pas donner suite à sa demande. Le désistement met fin à la démarche. Le demandeur ne peut pas se désister de sa demande après qu’une décision ait été rendue sur celle-ci.", fondamentale: false, unique: true, date_fin: None, public_lecture: true, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Apu, nom: "publication de l'avis de décision implicite", description: "Le principe adopté par la réglementation actuelle veut que le silence de l’administration pendant un délai fixé vaut accord implicite. Toutefois il existe des décisions implicites de rejets pour certaines catégories de décisions. En particulier pour les titres miniers, l’octroi, la prolongation et la mutation. Les décisions de rejet ne sont pas publiées, les décisions d’acceptation doivent faire l’objet d’un avis au JORF confirmant que cette dernière est acquise. ", fondamentale: false, unique: true, date_fin: None, public_lecture: true, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::App, nom: "avis du préfet", description: "Le préfet émet un avis à l’issue de l’instruction du dossier, prenant en compte les avis délivrés par les services déconcentrés et éventuellement, l’avis de la commission des mines en Guyane.", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Mcp, nom: "complétude de la demande", description: "Phase d’examen qui permet d’établir que toutes les pièces exigées par la réglementation sont bien fournies par le demandeur. Cet examen ne préjuge pas de la décision qui sera apportée par l’administration. ", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Ppu, nom: "participation du public", description: "La participation du public est obligatoire pour l’octroi des permis exclusifs de recherches (PER) et les prolongations de concessions minières. La législation ne prévoit pas à quel moment elle intervient. Il a été décidé pour les titres miniers qu’elle aurait lieu dès la déclaration de recevabilité du dossier. ", fondamentale: false, unique: false, date_fin: None, public_lecture: true, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Mod, nom: "modification de la demande", description: "Le porteur modifie les caractéristiques fondamentales de sa demande. Cette modification ne change pas le délai de décision implicite. Les possibilités sont limitées au gré de l’avancement de la démarche, en particulier après la mise en concurrence et après la participation du public.\n", fondamentale: true, unique: false, date_fin: None, public_lecture: true, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Rif, nom: "réception d'information", description: "Étape par laquelle le service instructeur reçoit l'information demandée.", fondamentale: true, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Spo, nom: "saisine de la commission départementale des mines (CDM)", description: "Dans les seuls départements d’Outre-mer (Guadeloupe, Guyane, Réunion, Martinique et Mayotte) une commission dédiée à l’examen des demandes minières se réunit comportant les différentes parties prenantes. Cette commission donne un avis consultatif sur le rapport des services déconcentrés. Pour l’instant, cette commission se réunit uniquement en Guyane.", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: false },
    EtapeType { id: EtapeTypeId::Men, nom: "enregistrement de la demande", description: "L’enregistrement de la demande est une étape de gestion administrative interne du dossier qui se confond au dépôt de la demande lorsqu'elle est numérique et dématérialisée.", fondamentale: false, unique: true, date_fin: Some("2018-01-01"), public_lecture: true, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Mif, nom: "demande d'informations", description: "Étape à l'initiative du service instructeur pour obtenir des informations qui ne sont pas de nature à interrompre le décompte du délai dans lequel une décision doit être prise. \n", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Esb, nom: "expertise DREAL ou DGTM service biodiversité", description: "Instruction de demande sur la réglementation ayant trait à la biodiversité par les services de la DGTM.", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: false },
    EtapeType { id: EtapeTypeId::Ede, nom: "expertise DREAL ou DGTM service eau", description: "Instruction de demande sur la réglementation ayant trait à l’eau par les services de la DGTM.\n", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: false },
    EtapeType { id: EtapeTypeId::Cim, nom: "concertation interministérielle", description: "Concertation prévue dans le cadre des exploitations de granulats marins par les ministères concernés.", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: false },
    EtapeType { id: EtapeTypeId::Mec, nom: "avis de demande concurrente", description: "Annonce à un demandeur qu’une demande concurrente à la sienne a été déposée.", fondamentale: false, unique: false, date_fin: None, public_lecture: true, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Mnv, nom: "notification au demandeur (signature de l'avenant à l’autorisation de recherche minière)", description: "après une aco", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Mnb, nom: "notification au demandeur (avis favorable de la CARM)", description: "après une aca favorable", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Apd, nom: "Rapport et avis de la DREAL", description: "Étape par laquelle le DREAL ou le DEAL rend un avis sur la demande. Cet avis tient compte du rapport rédigé par le service instructeur de la DREAL ou de la DEAL qui s'appuie sur les avis émis par les chefs des services civils et de l'autorité militaire intéressés sur la demande.", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: false },
    EtapeType { id: EtapeTypeId::Wpo, nom: "Arrêté de second donner acte", description: "", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: false },
    EtapeType { id: EtapeTypeId::Wdc, nom: "demande de compléments (AOTM ou DOTM)", description: "", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: false },
    EtapeType { id: EtapeTypeId::Ape, nom: "avis du Conseil d'Etat", description: "Le conseil d’État donne au premier ministre et au ministre chargé des mines un avis sur la demande et sur son instruction. Cet avis n'est pas conforme mais si la décision s'écarte de l'avis donné, elle doit être validée en conseil des ministres.", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: false },
    EtapeType { id: EtapeTypeId::Npp, nom: "notification au préfet", description: "Note au préfet demandant de notifier la décision à l’intéressé et de prendre les mesures de publicité nécessaires.", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: false },
    EtapeType { id: EtapeTypeId::Vfc, nom: "validation du paiement des frais de dossier complémentaires", description: "Validation par la direction générale des territoires et des mines (DGTM).", fondamentale: false, unique: true, date_fin: None, public_lecture: false, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Dim, nom: "décision implicite", description: "En dehors des décisions implicites, l’autorité administrative compétente (préfet, ministre chargé des mines ou gouvernement) peut prendre une décision express de refus ou d’acceptation par arrêté ou décret en conseil d’État (décision relative aux concessions minières).", fondamentale: true, unique: false, date_fin: None, public_lecture: true, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Def, nom: "décision de l'Office national des forêts", description: "Décision de l’ONF dans le cadre des autorisations d’exploitation (AEX) et des autorisations de recherches minières (ARM) en tant que propriétaire du sol.", fondamentale: true, unique: true, date_fin: Some("2018-10-22"), public_lecture: true, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Mcm, nom: "demande de compléments (complétude de la demande)", description: "après une mcp", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Edm, nom: "expertise DGTM service prévention des risques et industries extractives (DATE)", description: "", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: false },
    EtapeType { id: EtapeTypeId::Pfd, nom: "paiement des frais de dossier", description: "", fondamentale: false, unique: true, date_fin: None, public_lecture: false, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Vfd, nom: "validation du paiement des frais de dossier", description: "Acte attestant que le pétitionnaire d’une autorisation de recherches minières (ARM) a acquitté ses frais de dossier.\n", fondamentale: false, unique: true, date_fin: None, public_lecture: false, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Mcb, nom: "demande de compléments (récépissé de déclaration loi sur l'eau)", description: "après une rde", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Mno, nom: "notification au demandeur", description: "Notification de la décision au demandeur.", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Mcr, nom: "recevabilité de la demande", description: "Acte de l’administration établissant que l’examen de complétude a été mené à bien. Le constat de recevabilité donne lieu à un rapport de la part de l’administration qui constate que le dossier de demande est complet. ", fondamentale: false, unique: false, date_fin: None, public_lecture: true, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Wao, nom: "arrêté d'ouverture des travaux miniers", description: "Arrêté d'ouverture des travaux miniers", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: false },
    EtapeType { id: EtapeTypeId::Dae, nom: "décision de la mission autorité environnementale (examen au cas par cas du projet)", description: "", fondamentale: false, unique: false, date_fin: None, public_lecture: true, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Pfc, nom: "paiement des frais de dossier complémentaires", description: "Supplément de frais de dossier concernant uniquement les ARM mécanisées car elles nécessitent une expertise complémentaire (état des lieux par imagerie).\n", fondamentale: false, unique: true, date_fin: None, public_lecture: false, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Acg, nom: "avis du conseil général de l'économie (CGE)", description: "Le conseil général de l'économie donne un avis sur la demande et sur son instruction au ministre chargé des mines. Cet avis n'est pas conforme.", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: false },
    EtapeType { id: EtapeTypeId::Mca, nom: "demande de compléments (recevabilité de la demande)", description: "après une mcr", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Dpu, nom: "publication de décision au JORF", description: "En dehors des refus et décisions implicites de rejet, la décision de l’autorité compétente est publiée soit au recueil administratif de la préfecture soit au JORF pour les décisions du préfet et au JORF pour celle du ministre chargé des mines et du gouvernement. Ces publications pour les actes relatifs aux titres miniers sont publiés par extrait.", fondamentale: true, unique: false, date_fin: None, public_lecture: true, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Mco, nom: "demande de compléments", description: "Étape à l'initiative du service instructeur qui demande des compléments au demandeur et lui fixe un délai maximum pour les transmettre. Cette étape interrompt le décompte du délai dans lequel une décision doit être prise. Cette demande doit faire l'objet d'une lettre recommandée avec demande d'accusé de réception.", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Mdp, nom: "dépôt de la demande", description: "Le dépôt de la demande formalise la prise en charge de la demande par l'administration compétente. Cette étape fait l’objet d’un accusé de réception qui informe le demandeur des modalités d’instruction, du délai au-delà duquel une décision implicite d’accord ou de rejet sera formée et des voies de recours.", fondamentale: false, unique: true, date_fin: None, public_lecture: true, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Mfr, nom: "demande", description: "La demande caractérise le projet minier porté par le demandeur. Elle inclut les caractéristiques fondamentales du titre ou de l’autorisation dans une lettre appuyée par un dossier et les justifications des capacités techniques et financières. Les informations relevant du secret des affaires incluses à la demande peuvent ne pas être rendues publiques à la demande du porteur de projet.", fondamentale: true, unique: true, date_fin: None, public_lecture: true, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Wco, nom: "Réception de compléments", description: "", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: false },
    EtapeType { id: EtapeTypeId::Wfa, nom: "Demande d'autorisation d'ouverture de travaux miniers (AOTM)", description: "", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: false },
    EtapeType { id: EtapeTypeId::Wfo, nom: "Déclaration d'ouverture de travaux miniers (DOTM)", description: "", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: false },
    EtapeType { id: EtapeTypeId::Wfd, nom: "Déclaration d'arrêt définitif de travaux (DADT)", description: "", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: false },
    EtapeType { id: EtapeTypeId::Wdd, nom: "dépot de la demande", description: "", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: false },
    EtapeType { id: EtapeTypeId::Wde, nom: "demande de compléments (DADT)", description: "", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: false },
    EtapeType { id: EtapeTypeId::Wrc, nom: "reception de compléments", description: "", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: false },
    EtapeType { id: EtapeTypeId::Wre, nom: "Recevabilité", description: "", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: false },
    EtapeType { id: EtapeTypeId::War, nom: "avis de réception", description: "", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: false },
    EtapeType { id: EtapeTypeId::Wse, nom: "saisine de l'autorité environnementale", description: "", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: false },
    EtapeType { id: EtapeTypeId::Wae, nom: "avis de l'autorité environnementale", description: "", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: false },
    EtapeType { id: EtapeTypeId::Wps, nom: "Arrêté préfectoral de sursis à statuer", description: "", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: false },
    EtapeType { id: EtapeTypeId::Wtp, nom: "Transmission du projet de prescriptions au demandeur", description: "", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: false },
    EtapeType { id: EtapeTypeId::Wau, nom: "Avis du demandeur sur les prescriptions proposées", description: "", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: false },
    EtapeType { id: EtapeTypeId::Wpa, nom: "publication de décision au recueil des actes administratifs", description: "", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: false },
    EtapeType { id: EtapeTypeId::Wpp, nom: "Arrêté préfectoral de premier donner acte (DADT)", description: "", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: false },
    EtapeType { id: EtapeTypeId::Wpc, nom: "Arrêté de prescriptions complémentaires", description: "", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: false },
    EtapeType { id: EtapeTypeId::Wmt, nom: "memoire de fin de travaux", description: "", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: false },
    EtapeType { id: EtapeTypeId::Rde, nom: "récépissé de déclaration loi sur l'eau", description: "Document nécessaire à l’utilisation de l’eau dans le cas d’une autorisation de recherches minières (ARM).", fondamentale: false, unique: false, date_fin: None, public_lecture: true, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Asc, nom: "Avis des services et commissions consultatives", description: "", fondamentale: false, unique: false, date_fin: None, public_lecture: false, entreprises_lecture: false },
    EtapeType { id: EtapeTypeId::Adc, nom: "Avis des collectivités", description: "", fondamentale: false, unique: false, date_fin: None, public_lecture: true, entreprises_lecture: true },
    EtapeType { id: EtapeTypeId::Mci, nom: "Déclaration d'irrecevabilité", description: "", fondamentale: false, unique: false, date_fin: None, public_lecture: true, entreprises_lecture: true },
];

/// Statut of an étape.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EtapeStatutId {
    /// `acc`: accepté.
    Acc,
    /// `ajo`: ajourné.
    Ajo,
    /// `com`: complet.
    Com,
    /// `def`: défavorable.
    Def,
    /// `dep`: déposé.
    Dep,
    /// `dre`: défavorable avec réserves.
    Dre,
    /// `enc`: en cours.
    Enc,
    /// `exe`: exempté.
    Exe,
    /// `fai`: fait.
    Fai,
    /// `fav`: favorable.
    Fav,
    /// `fre`: favorable avec réserves.
    Fre,
    /// `inc`: incomplet.
    Inc,
    /// `nul`: non applicable.
    Nul,
    /// `pro`: programmé.
    Pro,
    /// `rej`: rejeté.
    Rej,
    /// `rei`: rejeté - décision implicite.
    Rei,
    /// `req`: requis.
    Req,
    /// `ter`: terminé.
    Ter,
}

impl EtapeStatutId {
    /// Every value, in the order of the reference file.
    pub const ALL: [EtapeStatutId; 18] = [
        EtapeStatutId::Acc,
        EtapeStatutId::Ajo,
        EtapeStatutId::Com,
        EtapeStatutId::Def,
        EtapeStatutId::Dep,
        EtapeStatutId::Dre,
        EtapeStatutId::Enc,
        EtapeStatutId::Exe,
        EtapeStatutId::Fai,
        EtapeStatutId::Fav,
        EtapeStatutId::Fre,
        EtapeStatutId::Inc,
        EtapeStatutId::Nul,
        EtapeStatutId::Pro,
        EtapeStatutId::Rej,
        EtapeStatutId::Rei,
        EtapeStatutId::Req,
        EtapeStatutId::Ter,
    ];

    /// The id used by Camino and in exports.
    pub const fn as_str(self) -> &'static str {
        match self {
            EtapeStatutId::Acc => "acc",
            EtapeStatutId::Ajo => "ajo",
            EtapeStatutId::Com => "com",
            EtapeStatutId::Def => "def",
            EtapeStatutId::Dep => "dep",
            EtapeStatutId::Dre => "dre",
            EtapeStatutId::Enc => "enc",
            EtapeStatutId::Exe => "exe",
            EtapeStatutId::Fai => "fai",
            EtapeStatutId::Fav => "fav",
            EtapeStatutId::Fre => "fre",
            EtapeStatutId::Inc => "inc",
            EtapeStatutId::Nul => "nul",
            EtapeStatutId::Pro => "pro",
            EtapeStatutId::Rej => "rej",
            EtapeStatutId::Rei => "rei",
            EtapeStatutId::Req => "req",
            EtapeStatutId::Ter => "ter",
        }
    }

    /// Parses a Camino id; `None` when the id is unknown.
    pub fn from_id(id: &str) -> Option<EtapeStatutId> {
        match id {
            "acc" => Some(EtapeStatutId::Acc),
            "ajo" => Some(EtapeStatutId::Ajo),
            "com" => Some(EtapeStatutId::Com),
            "def" => Some(EtapeStatutId::Def),
            "dep" => Some(EtapeStatutId::Dep),
            "dre" => Some(EtapeStatutId::Dre),
            "enc" => Some(EtapeStatutId::Enc),
            "exe" => Some(EtapeStatutId::Exe),
            "fai" => Some(EtapeStatutId::Fai),
            "fav" => Some(EtapeStatutId::Fav),
            "fre" => Some(EtapeStatutId::Fre),
            "inc" => Some(EtapeStatutId::Inc),
            "nul" => Some(EtapeStatutId::Nul),
            "pro" => Some(EtapeStatutId::Pro),
            "rej" => Some(EtapeStatutId::Rej),
            "rei" => Some(EtapeStatutId::Rei),
            "req" => Some(EtapeStatutId::Req),
            "ter" => Some(EtapeStatutId::Ter),
            _ => None,
        }
    }
}

/// Definitions of the étape statuts, indexed like [`EtapeStatutId::ALL`].
pub static ETAPES_STATUTS: [EtapeStatut; 18] = [
    EtapeStatut { id: EtapeStatutId::Acc, nom: "accepté", description: "La demande a fait l’objet d’une décision favorable de l'administration.", couleur: "success" },
    EtapeStatut { id: EtapeStatutId::Ajo, nom: "ajourné", description: "", couleur: "warning" },
    EtapeStatut { id: EtapeStatutId::Com, nom: "complet", description: "", couleur: "success" },
    EtapeStatut { id: EtapeStatutId::Def, nom: "défavorable", description: "", couleur: "error" },
    EtapeStatut { id: EtapeStatutId::Dep, nom: "déposé", description: "", couleur: "success" },
    EtapeStatut { id: EtapeStatutId::Dre, nom: "défavorable avec réserves", description: "", couleur: "warning" },
    EtapeStatut { id: EtapeStatutId::Enc, nom: "en cours", description: "", couleur: "success" },
    EtapeStatut { id: EtapeStatutId::Exe, nom: "exempté", description: "", couleur: "success" },
    EtapeStatut { id: EtapeStatutId::Fai, nom: "fait", description: "", couleur: "success" },
    EtapeStatut { id: EtapeStatutId::Fav, nom: "favorable", description: "", couleur: "success" },
    EtapeStatut { id: EtapeStatutId::Fre, nom: "favorable avec réserves", description: "", couleur: "warning" },
    EtapeStatut { id: EtapeStatutId::Inc, nom: "incomplet", description: "", couleur: "error" },
    EtapeStatut { id: EtapeStatutId::Nul, nom: "non applicable", description: "", couleur: "neutral" },
    EtapeStatut { id: EtapeStatutId::Pro, nom: "programmé", description: "", couleur: "warning" },
    EtapeStatut { id: EtapeStatutId::Rej, nom: "rejeté", description: "La demande a fait l’objet d’une décision défavorable de l'administration. Les textes d’applications du code minier prévoient que les décisions de rejet ne font pas l’objet d’une publication. En conséquence, les démarches qui passent au statut “rejeté” dans Camino sont dé-publiées et rendues inaccessibles aux tiers.\n", couleur: "error" },
    EtapeStatut { id: EtapeStatutId::Rei, nom: "rejeté - décision implicite", description: "", couleur: "error" },
    EtapeStatut { id: EtapeStatutId::Req, nom: "requis", description: "", couleur: "neutral" },
    EtapeStatut { id: EtapeStatutId::Ter, nom: "terminé", description: "La démarche engagée unilatéralement par l’administration qui a fait l’objet d’une décision de l’administration. Celle-ci n’a pas fait l’objet d’une demande de la part du titulaire du titre ou de l’autorisation.\n", couleur: "neutral" },
];

/// Valid (étape type, étape statut) pairs.
pub static ETAPES_TYPES_ETAPES_STATUTS: [(EtapeTypeId, EtapeStatutId); 160] = [
    (EtapeTypeId::Asc, EtapeStatutId::Fai),
    (EtapeTypeId::Abd, EtapeStatutId::Fai),
    (EtapeTypeId::Aca, EtapeStatutId::Fav),
    (EtapeTypeId::Aca, EtapeStatutId::Def),
    (EtapeTypeId::Aca, EtapeStatutId::Ajo),
    (EtapeTypeId::Acg, EtapeStatutId::Fav),
    (EtapeTypeId::Acg, EtapeStatutId::Def),
    (EtapeTypeId::Acg, EtapeStatutId::Fre),
    (EtapeTypeId::Acg, EtapeStatutId::Dre),
    (EtapeTypeId::Adc, EtapeStatutId::Fai),
    (EtapeTypeId::Aco, EtapeStatutId::Fai),
    (EtapeTypeId::And, EtapeStatutId::Fai),
    (EtapeTypeId::And, EtapeStatutId::Acc),
    (EtapeTypeId::And, EtapeStatutId::Rej),
    (EtapeTypeId::Anf, EtapeStatutId::Pro),
    (EtapeTypeId::Anf, EtapeStatutId::Enc),
    (EtapeTypeId::Anf, EtapeStatutId::Ter),
    (EtapeTypeId::Anf, EtapeStatutId::Fai),
    (EtapeTypeId::Apd, EtapeStatutId::Fav),
    (EtapeTypeId::Apd, EtapeStatutId::Def),
    (EtapeTypeId::Apd, EtapeStatutId::Fre),
    (EtapeTypeId::Apd, EtapeStatutId::Dre),
    (EtapeTypeId::Ape, EtapeStatutId::Fav),
    (EtapeTypeId::Ape, EtapeStatutId::Def),
    (EtapeTypeId::Ape, EtapeStatutId::Fre),
    (EtapeTypeId::Ape, EtapeStatutId::Dre),
    (EtapeTypeId::Apo, EtapeStatutId::Ajo),
    (EtapeTypeId::Apo, EtapeStatutId::Fav),
    (EtapeTypeId::Apo, EtapeStatutId::Def),
    (EtapeTypeId::Apo, EtapeStatutId::Fre),
    (EtapeTypeId::Apo, EtapeStatutId::Dre),
    (EtapeTypeId::App, EtapeStatutId::Fav),
    (EtapeTypeId::App, EtapeStatutId::Def),
    (EtapeTypeId::App, EtapeStatutId::Fre),
    (EtapeTypeId::App, EtapeStatutId::Dre),
    (EtapeTypeId::Apu, EtapeStatutId::Fai),
    (EtapeTypeId::Apu, EtapeStatutId::Acc),
    (EtapeTypeId::Apu, EtapeStatutId::Rej),
    (EtapeTypeId::Asl, EtapeStatutId::Fav),
    (EtapeTypeId::Asl, EtapeStatutId::Fre),
    (EtapeTypeId::Asl, EtapeStatutId::Def),
    (EtapeTypeId::Cac, EtapeStatutId::Fai),
    (EtapeTypeId::Cim, EtapeStatutId::Fai),
    (EtapeTypeId::Css, EtapeStatutId::Fai),
    (EtapeTypeId::Dae, EtapeStatutId::Exe),
    (EtapeTypeId::Dae, EtapeStatutId::Req),
    (EtapeTypeId::Def, EtapeStatutId::Acc),
    (EtapeTypeId::Def, EtapeStatutId::Rej),
    (EtapeTypeId::Des, EtapeStatutId::Fai),
    (EtapeTypeId::Dex, EtapeStatutId::Acc),
    (EtapeTypeId::Dex, EtapeStatutId::Rej),
    (EtapeTypeId::Dex, EtapeStatutId::Rei),
    (EtapeTypeId::Dim, EtapeStatutId::Acc),
    (EtapeTypeId::Dim, EtapeStatutId::Rej),
    (EtapeTypeId::Dpu, EtapeStatutId::Acc),
    (EtapeTypeId::Dpu, EtapeStatutId::Rej),
    (EtapeTypeId::Dpu, EtapeStatutId::Fai),
    (EtapeTypeId::Dux, EtapeStatutId::Fai),
    (EtapeTypeId::Ede, EtapeStatutId::Fav),
    (EtapeTypeId::Ede, EtapeStatutId::Def),
    (EtapeTypeId::Edm, EtapeStatutId::Fav),
    (EtapeTypeId::Edm, EtapeStatutId::Def),
    (EtapeTypeId::Epu, EtapeStatutId::Pro),
    (EtapeTypeId::Epu, EtapeStatutId::Enc),
    (EtapeTypeId::Epu, EtapeStatutId::Ter),
    (EtapeTypeId::Esb, EtapeStatutId::Fai),
    (EtapeTypeId::Ihi, EtapeStatutId::Fai),
    (EtapeTypeId::Mca, EtapeStatutId::Fai),
    (EtapeTypeId::Mcb, EtapeStatutId::Fai),
    (EtapeTypeId::Mcd, EtapeStatutId::Fai),
    (EtapeTypeId::Mcm, EtapeStatutId::Fai),
    (EtapeTypeId::Mco, EtapeStatutId::Fai),
    (EtapeTypeId::Mcp, EtapeStatutId::Com),
    (EtapeTypeId::Mcp, EtapeStatutId::Inc),
    (EtapeTypeId::Mcr, EtapeStatutId::Fav),
    (EtapeTypeId::Mcr, EtapeStatutId::Def),
    (EtapeTypeId::Mci, EtapeStatutId::Fai),
    (EtapeTypeId::Mcs, EtapeStatutId::Fai),
    (EtapeTypeId::Mdp, EtapeStatutId::Fai),
    (EtapeTypeId::Mec, EtapeStatutId::Fai),
    (EtapeTypeId::Men, EtapeStatutId::Fai),
    (EtapeTypeId::Meo, EtapeStatutId::Fai),
    (EtapeTypeId::Mfr, EtapeStatutId::Fai),
    (EtapeTypeId::Mie, EtapeStatutId::Fai),
    (EtapeTypeId::Mif, EtapeStatutId::Fai),
    (EtapeTypeId::Mim, EtapeStatutId::Fai),
    (EtapeTypeId::Mna, EtapeStatutId::Fai),
    (EtapeTypeId::Mnb, EtapeStatutId::Fai),
    (EtapeTypeId::Mnc, EtapeStatutId::Fai),
    (EtapeTypeId::Mnd, EtapeStatutId::Fai),
    (EtapeTypeId::Mni, EtapeStatutId::Fai),
    (EtapeTypeId::Mno, EtapeStatutId::Fai),
    (EtapeTypeId::Mns, EtapeStatutId::Fai),
    (EtapeTypeId::Mnv, EtapeStatutId::Fai),
    (EtapeTypeId::Mod, EtapeStatutId::Fai),
    (EtapeTypeId::Mom, EtapeStatutId::Fai),
    (EtapeTypeId::Ncl, EtapeStatutId::Fai),
    (EtapeTypeId::Npp, EtapeStatutId::Fai),
    (EtapeTypeId::Pfc, EtapeStatutId::Fai),
    (EtapeTypeId::Pfd, EtapeStatutId::Fai),
    (EtapeTypeId::Ppu, EtapeStatutId::Pro),
    (EtapeTypeId::Ppu, EtapeStatutId::Enc),
    (EtapeTypeId::Ppu, EtapeStatutId::Ter),
    (EtapeTypeId::Pqr, EtapeStatutId::Fai),
    (EtapeTypeId::Rca, EtapeStatutId::Fai),
    (EtapeTypeId::Rcb, EtapeStatutId::Fai),
    (EtapeTypeId::Rcd, EtapeStatutId::Fai),
    (EtapeTypeId::Rcg, EtapeStatutId::Fav),
    (EtapeTypeId::Rcg, EtapeStatutId::Def),
    (EtapeTypeId::Rcm, EtapeStatutId::Fai),
    (EtapeTypeId::Rco, EtapeStatutId::Fai),
    (EtapeTypeId::Rcs, EtapeStatutId::Fai),
    (EtapeTypeId::Rde, EtapeStatutId::Fav),
    (EtapeTypeId::Rde, EtapeStatutId::Def),
    (EtapeTypeId::Rie, EtapeStatutId::Fai),
    (EtapeTypeId::Rif, EtapeStatutId::Fai),
    (EtapeTypeId::Rim, EtapeStatutId::Fai),
    (EtapeTypeId::Rpe, EtapeStatutId::Fav),
    (EtapeTypeId::Rpe, EtapeStatutId::Def),
    (EtapeTypeId::Rpu, EtapeStatutId::Fai),
    (EtapeTypeId::Sas, EtapeStatutId::Fai),
    (EtapeTypeId::Sca, EtapeStatutId::Fai),
    (EtapeTypeId::Scg, EtapeStatutId::Fai),
    (EtapeTypeId::Sco, EtapeStatutId::Fai),
    (EtapeTypeId::Spe, EtapeStatutId::Fai),
    (EtapeTypeId::Spo, EtapeStatutId::Fai),
    (EtapeTypeId::Spp, EtapeStatutId::Fai),
    (EtapeTypeId::Vfc, EtapeStatutId::Fai),
    (EtapeTypeId::Vfd, EtapeStatutId::Fai),
    (EtapeTypeId::Wab, EtapeStatutId::Fai),
    (EtapeTypeId::Wae, EtapeStatutId::Fav),
    (EtapeTypeId::Wae, EtapeStatutId::Def),
    (EtapeTypeId::Wao, EtapeStatutId::Fai),
    (EtapeTypeId::War, EtapeStatutId::Fai),
    (EtapeTypeId::Wau, EtapeStatutId::Fav),
    (EtapeTypeId::Wau, EtapeStatutId::Def),
    (EtapeTypeId::Wda, EtapeStatutId::Fai),
    (EtapeTypeId::Wdc, EtapeStatutId::Fai),
    (EtapeTypeId::Wdd, EtapeStatutId::Fai),
    (EtapeTypeId::Wde, EtapeStatutId::Fai),
    (EtapeTypeId::Wdm, EtapeStatutId::Acc),
    (EtapeTypeId::Wdm, EtapeStatutId::Rej),
    (EtapeTypeId::Wfa, EtapeStatutId::Fai),
    (EtapeTypeId::Wfd, EtapeStatutId::Fai),
    (EtapeTypeId::Wfo, EtapeStatutId::Fai),
    (EtapeTypeId::Wmt, EtapeStatutId::Fai),
    (EtapeTypeId::Wpa, EtapeStatutId::Fai),
    (EtapeTypeId::Wpb, EtapeStatutId::Fai),
    (EtapeTypeId::Wpc, EtapeStatutId::Fai),
    (EtapeTypeId::Wpo, EtapeStatutId::Acc),
    (EtapeTypeId::Wpp, EtapeStatutId::Fai),
    (EtapeTypeId::Wps, EtapeStatutId::Fai),
    (EtapeTypeId::Wrc, EtapeStatutId::Fai),
    (EtapeTypeId::Wre, EtapeStatutId::Fav),
    (EtapeTypeId::Wre, EtapeStatutId::Def),
    (EtapeTypeId::Wrt, EtapeStatutId::Fav),
    (EtapeTypeId::Wrt, EtapeStatutId::Def),
    (EtapeTypeId::Wse, EtapeStatutId::Fai),
    (EtapeTypeId::Wtp, EtapeStatutId::Fai),
    (EtapeTypeId::Wco, EtapeStatutId::Fai),
];

/// Étape types allowed per (titre type, démarche type).
pub static TITRES_TYPES_DEMARCHES_TYPES_ETAPES_TYPES: [Tde; 307] = [
    Tde { titre_type: TitreTypeId::Apc, demarche_type: DemarcheTypeId::Aom, etape_types: &[EtapeTypeId::Wfa, EtapeTypeId::Wdd, EtapeTypeId::Wdc, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Wse, EtapeTypeId::Wae, EtapeTypeId::Asc, EtapeTypeId::Epu, EtapeTypeId::Apd, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Wpa, EtapeTypeId::Wab, EtapeTypeId::Wdm, EtapeTypeId::Wao] },
    Tde { titre_type: TitreTypeId::Apc, demarche_type: DemarcheTypeId::Dam, etape_types: &[EtapeTypeId::Wfd, EtapeTypeId::Wdd, EtapeTypeId::Wde, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Asc, EtapeTypeId::Wps, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Apd, EtapeTypeId::Wpp, EtapeTypeId::Wpc, EtapeTypeId::Wmt, EtapeTypeId::Wrt, EtapeTypeId::Wpo, EtapeTypeId::Wpa, EtapeTypeId::Wpb] },
    Tde { titre_type: TitreTypeId::Apc, demarche_type: DemarcheTypeId::Dot, etape_types: &[EtapeTypeId::Wfo, EtapeTypeId::Wdd, EtapeTypeId::Wdc, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Asc, EtapeTypeId::Apd, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Wda, EtapeTypeId::Wab] },
    Tde { titre_type: TitreTypeId::Apc, demarche_type: DemarcheTypeId::Oct, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Apc, demarche_type: DemarcheTypeId::Ren, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Apu, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Apc, demarche_type: DemarcheTypeId::Ret, etape_types: &[EtapeTypeId::Spp, EtapeTypeId::Sas, EtapeTypeId::Dux, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Aph, demarche_type: DemarcheTypeId::Aom, etape_types: &[EtapeTypeId::Wfa, EtapeTypeId::Wdd, EtapeTypeId::Wdc, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Wse, EtapeTypeId::Wae, EtapeTypeId::Asc, EtapeTypeId::Epu, EtapeTypeId::Apd, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Wpa, EtapeTypeId::Wab, EtapeTypeId::Wdm, EtapeTypeId::Wao] },
    Tde { titre_type: TitreTypeId::Aph, demarche_type: DemarcheTypeId::Dam, etape_types: &[EtapeTypeId::Wfd, EtapeTypeId::Wdd, EtapeTypeId::Wde, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Asc, EtapeTypeId::Wps, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Apd, EtapeTypeId::Wpp, EtapeTypeId::Wpc, EtapeTypeId::Wmt, EtapeTypeId::Wrt, EtapeTypeId::Wpo, EtapeTypeId::Wpa, EtapeTypeId::Wpb] },
    Tde { titre_type: TitreTypeId::Aph, demarche_type: DemarcheTypeId::Dot, etape_types: &[EtapeTypeId::Wfo, EtapeTypeId::Wdd, EtapeTypeId::Wdc, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Asc, EtapeTypeId::Apd, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Wda, EtapeTypeId::Wab] },
    Tde { titre_type: TitreTypeId::Aph, demarche_type: DemarcheTypeId::Oct, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Aph, demarche_type: DemarcheTypeId::Ren, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Apu, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Aph, demarche_type: DemarcheTypeId::Ret, etape_types: &[EtapeTypeId::Spp, EtapeTypeId::Sas, EtapeTypeId::Dux, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Apm, demarche_type: DemarcheTypeId::Aom, etape_types: &[EtapeTypeId::Wfa, EtapeTypeId::Wdd, EtapeTypeId::Wdc, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Wse, EtapeTypeId::Wae, EtapeTypeId::Asc, EtapeTypeId::Epu, EtapeTypeId::Apd, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Wpa, EtapeTypeId::Wab, EtapeTypeId::Wdm, EtapeTypeId::Wao] },
    Tde { titre_type: TitreTypeId::Apm, demarche_type: DemarcheTypeId::Dam, etape_types: &[EtapeTypeId::Wfd, EtapeTypeId::Wdd, EtapeTypeId::Wde, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Asc, EtapeTypeId::Wps, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Apd, EtapeTypeId::Wpp, EtapeTypeId::Wpc, EtapeTypeId::Wmt, EtapeTypeId::Wrt, EtapeTypeId::Wpo, EtapeTypeId::Wpa, EtapeTypeId::Wpb] },
    Tde { titre_type: TitreTypeId::Apm, demarche_type: DemarcheTypeId::Dot, etape_types: &[EtapeTypeId::Wfo, EtapeTypeId::Wdd, EtapeTypeId::Wdc, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Asc, EtapeTypeId::Apd, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Wda, EtapeTypeId::Wab] },
    Tde { titre_type: TitreTypeId::Apm, demarche_type: DemarcheTypeId::Oct, etape_types: &[EtapeTypeId::Ihi, EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Mod, EtapeTypeId::Spp, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Apm, demarche_type: DemarcheTypeId::Ren, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Apu, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Apm, demarche_type: DemarcheTypeId::Ret, etape_types: &[EtapeTypeId::Spp, EtapeTypeId::Sas, EtapeTypeId::Dux, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Apw, demarche_type: DemarcheTypeId::Aom, etape_types: &[EtapeTypeId::Wfa, EtapeTypeId::Wdd, EtapeTypeId::Wdc, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Wse, EtapeTypeId::Wae, EtapeTypeId::Asc, EtapeTypeId::Epu, EtapeTypeId::Apd, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Wpa, EtapeTypeId::Wab, EtapeTypeId::Wdm, EtapeTypeId::Wao] },
    Tde { titre_type: TitreTypeId::Apw, demarche_type: DemarcheTypeId::Dam, etape_types: &[EtapeTypeId::Wfd, EtapeTypeId::Wdd, EtapeTypeId::Wde, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Asc, EtapeTypeId::Wps, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Apd, EtapeTypeId::Wpp, EtapeTypeId::Wpc, EtapeTypeId::Wmt, EtapeTypeId::Wrt, EtapeTypeId::Wpo, EtapeTypeId::Wpa, EtapeTypeId::Wpb] },
    Tde { titre_type: TitreTypeId::Apw, demarche_type: DemarcheTypeId::Dot, etape_types: &[EtapeTypeId::Wfo, EtapeTypeId::Wdd, EtapeTypeId::Wdc, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Asc, EtapeTypeId::Apd, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Wda, EtapeTypeId::Wab] },
    Tde { titre_type: TitreTypeId::Apw, demarche_type: DemarcheTypeId::Oct, etape_types: &[EtapeTypeId::Ihi, EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Apw, demarche_type: DemarcheTypeId::Ren, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Apu, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Apw, demarche_type: DemarcheTypeId::Ret, etape_types: &[EtapeTypeId::Spp, EtapeTypeId::Sas, EtapeTypeId::Dux, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Arc, demarche_type: DemarcheTypeId::Aom, etape_types: &[EtapeTypeId::Wfa, EtapeTypeId::Wdd, EtapeTypeId::Wdc, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Wse, EtapeTypeId::Wae, EtapeTypeId::Asc, EtapeTypeId::Epu, EtapeTypeId::Apd, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Wpa, EtapeTypeId::Wab, EtapeTypeId::Wdm, EtapeTypeId::Wao] },
    Tde { titre_type: TitreTypeId::Arc, demarche_type: DemarcheTypeId::Dam, etape_types: &[EtapeTypeId::Wfd, EtapeTypeId::Wdd, EtapeTypeId::Wde, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Asc, EtapeTypeId::Wps, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Apd, EtapeTypeId::Wpp, EtapeTypeId::Wpc, EtapeTypeId::Wmt, EtapeTypeId::Wrt, EtapeTypeId::Wpo, EtapeTypeId::Wpa, EtapeTypeId::Wpb] },
    Tde { titre_type: TitreTypeId::Arc, demarche_type: DemarcheTypeId::Dot, etape_types: &[EtapeTypeId::Wfo, EtapeTypeId::Wdd, EtapeTypeId::Wdc, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Asc, EtapeTypeId::Apd, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Wda, EtapeTypeId::Wab] },
    Tde { titre_type: TitreTypeId::Arc, demarche_type: DemarcheTypeId::Oct, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Arc, demarche_type: DemarcheTypeId::Pro, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Arc, demarche_type: DemarcheTypeId::Ren, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Apu, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Arc, demarche_type: DemarcheTypeId::Ret, etape_types: &[EtapeTypeId::Spp, EtapeTypeId::Sas, EtapeTypeId::Dux, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Arg, demarche_type: DemarcheTypeId::Aom, etape_types: &[EtapeTypeId::Wfa, EtapeTypeId::Wdd, EtapeTypeId::Wdc, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Wse, EtapeTypeId::Wae, EtapeTypeId::Asc, EtapeTypeId::Epu, EtapeTypeId::Apd, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Wpa, EtapeTypeId::Wab, EtapeTypeId::Wdm, EtapeTypeId::Wao] },
    Tde { titre_type: TitreTypeId::Arg, demarche_type: DemarcheTypeId::Dam, etape_types: &[EtapeTypeId::Wfd, EtapeTypeId::Wdd, EtapeTypeId::Wde, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Asc, EtapeTypeId::Wps, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Apd, EtapeTypeId::Wpp, EtapeTypeId::Wpc, EtapeTypeId::Wmt, EtapeTypeId::Wrt, EtapeTypeId::Wpo, EtapeTypeId::Wpa, EtapeTypeId::Wpb] },
    Tde { titre_type: TitreTypeId::Arg, demarche_type: DemarcheTypeId::Dot, etape_types: &[EtapeTypeId::Wfo, EtapeTypeId::Wdd, EtapeTypeId::Wdc, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Asc, EtapeTypeId::Apd, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Wda, EtapeTypeId::Wab] },
    Tde { titre_type: TitreTypeId::Arg, demarche_type: DemarcheTypeId::Exp, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Arg, demarche_type: DemarcheTypeId::Mut, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Arg, demarche_type: DemarcheTypeId::Oct, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Arg, demarche_type: DemarcheTypeId::Ren, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Apu, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Arg, demarche_type: DemarcheTypeId::Ret, etape_types: &[EtapeTypeId::Spp, EtapeTypeId::Sas, EtapeTypeId::Dux, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Arm, demarche_type: DemarcheTypeId::Aom, etape_types: &[EtapeTypeId::Wfa, EtapeTypeId::Wdd, EtapeTypeId::Wdc, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Wse, EtapeTypeId::Wae, EtapeTypeId::Asc, EtapeTypeId::Epu, EtapeTypeId::Apd, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Wpa, EtapeTypeId::Wab, EtapeTypeId::Wdm, EtapeTypeId::Wao] },
    Tde { titre_type: TitreTypeId::Arm, demarche_type: DemarcheTypeId::Dam, etape_types: &[EtapeTypeId::Wfd, EtapeTypeId::Wdd, EtapeTypeId::Wde, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Asc, EtapeTypeId::Wps, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Apd, EtapeTypeId::Wpp, EtapeTypeId::Wpc, EtapeTypeId::Wmt, EtapeTypeId::Wrt, EtapeTypeId::Wpo, EtapeTypeId::Wpa, EtapeTypeId::Wpb] },
    Tde { titre_type: TitreTypeId::Arm, demarche_type: DemarcheTypeId::Dot, etape_types: &[EtapeTypeId::Wfo, EtapeTypeId::Wdd, EtapeTypeId::Wdc, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Asc, EtapeTypeId::Apd, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Wda, EtapeTypeId::Wab] },
    Tde { titre_type: TitreTypeId::Arm, demarche_type: DemarcheTypeId::Oct, etape_types: &[EtapeTypeId::Rcd, EtapeTypeId::Rcb, EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Mcd, EtapeTypeId::Mcb, EtapeTypeId::Dae, EtapeTypeId::Mom, EtapeTypeId::Men, EtapeTypeId::Mod, EtapeTypeId::Pfd, EtapeTypeId::Vfd, EtapeTypeId::Mcp, EtapeTypeId::Mca, EtapeTypeId::Mcm, EtapeTypeId::Rca, EtapeTypeId::Rcm, EtapeTypeId::Mim, EtapeTypeId::Rim, EtapeTypeId::Mcr, EtapeTypeId::Meo, EtapeTypeId::Css, EtapeTypeId::Edm, EtapeTypeId::Mnc, EtapeTypeId::Ede, EtapeTypeId::Rde, EtapeTypeId::Asc, EtapeTypeId::Mcs, EtapeTypeId::Rcs, EtapeTypeId::Sca, EtapeTypeId::Aca, EtapeTypeId::Mna, EtapeTypeId::Mnd, EtapeTypeId::Mnb, EtapeTypeId::Pfc, EtapeTypeId::Vfc, EtapeTypeId::Def, EtapeTypeId::Des, EtapeTypeId::Sco, EtapeTypeId::Mns, EtapeTypeId::Aco, EtapeTypeId::Mnv] },
    Tde { titre_type: TitreTypeId::Arm, demarche_type: DemarcheTypeId::Pro, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Des, EtapeTypeId::Mod, EtapeTypeId::Mca, EtapeTypeId::Rca, EtapeTypeId::Mcr, EtapeTypeId::Asc, EtapeTypeId::Css, EtapeTypeId::Def, EtapeTypeId::Aco, EtapeTypeId::Mnd, EtapeTypeId::Mnv, EtapeTypeId::Mnc] },
    Tde { titre_type: TitreTypeId::Arm, demarche_type: DemarcheTypeId::Ren, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Des, EtapeTypeId::Mod, EtapeTypeId::Mca, EtapeTypeId::Rca, EtapeTypeId::Mcr, EtapeTypeId::Asc, EtapeTypeId::Css, EtapeTypeId::Aco, EtapeTypeId::Mnd, EtapeTypeId::Mnv, EtapeTypeId::Mnc] },
    Tde { titre_type: TitreTypeId::Arm, demarche_type: DemarcheTypeId::Ret, etape_types: &[EtapeTypeId::Mni, EtapeTypeId::Rif, EtapeTypeId::Asc, EtapeTypeId::Aco, EtapeTypeId::Mnv, EtapeTypeId::Css, EtapeTypeId::Mnc] },
    Tde { titre_type: TitreTypeId::Axm, demarche_type: DemarcheTypeId::Aom, etape_types: &[EtapeTypeId::Wfa, EtapeTypeId::Wdd, EtapeTypeId::Wdc, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Wse, EtapeTypeId::Wae, EtapeTypeId::Asc, EtapeTypeId::Epu, EtapeTypeId::Apd, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Wpa, EtapeTypeId::Wab, EtapeTypeId::Wdm, EtapeTypeId::Wao] },
    Tde { titre_type: TitreTypeId::Axm, demarche_type: DemarcheTypeId::Dam, etape_types: &[EtapeTypeId::Wfd, EtapeTypeId::Wdd, EtapeTypeId::Wde, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Asc, EtapeTypeId::Wps, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Apd, EtapeTypeId::Wpp, EtapeTypeId::Wpc, EtapeTypeId::Wmt, EtapeTypeId::Wrt, EtapeTypeId::Wpo, EtapeTypeId::Wpa, EtapeTypeId::Wpb] },
    Tde { titre_type: TitreTypeId::Axm, demarche_type: DemarcheTypeId::Dot, etape_types: &[EtapeTypeId::Wfo, EtapeTypeId::Wdd, EtapeTypeId::Wdc, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Asc, EtapeTypeId::Apd, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Wda, EtapeTypeId::Wab] },
    Tde { titre_type: TitreTypeId::Axm, demarche_type: DemarcheTypeId::Vct, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Mod, EtapeTypeId::Mcr, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Rpu, EtapeTypeId::Des, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Axm, demarche_type: DemarcheTypeId::Dep, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Mcr, EtapeTypeId::Dim, EtapeTypeId::Apo, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Rpu, EtapeTypeId::Des, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Axm, demarche_type: DemarcheTypeId::Oct, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Asl, EtapeTypeId::Dae, EtapeTypeId::Mom, EtapeTypeId::Mod, EtapeTypeId::Des, EtapeTypeId::Mca, EtapeTypeId::Rca, EtapeTypeId::Mcr, EtapeTypeId::Mie, EtapeTypeId::Rie, EtapeTypeId::Adc, EtapeTypeId::Asc, EtapeTypeId::Apd, EtapeTypeId::Spo, EtapeTypeId::Apo, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Mno, EtapeTypeId::Rpu, EtapeTypeId::Pqr, EtapeTypeId::Ncl, EtapeTypeId::Dim, EtapeTypeId::Css, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Ihi] },
    Tde { titre_type: TitreTypeId::Axm, demarche_type: DemarcheTypeId::Pro, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Mod, EtapeTypeId::Mcr, EtapeTypeId::Apo, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Rpu, EtapeTypeId::Des, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Axm, demarche_type: DemarcheTypeId::Ren, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Mod, EtapeTypeId::Mcr, EtapeTypeId::Apo, EtapeTypeId::Dim, EtapeTypeId::Apu, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Rpu, EtapeTypeId::Des, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Axm, demarche_type: DemarcheTypeId::Ret, etape_types: &[EtapeTypeId::Sas, EtapeTypeId::Dux, EtapeTypeId::Rpu, EtapeTypeId::Des, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Cxf, demarche_type: DemarcheTypeId::Amo, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Cxf, demarche_type: DemarcheTypeId::Aom, etape_types: &[EtapeTypeId::Wfa, EtapeTypeId::Wdd, EtapeTypeId::Wdc, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Wse, EtapeTypeId::Wae, EtapeTypeId::Asc, EtapeTypeId::Epu, EtapeTypeId::Apd, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Wpa, EtapeTypeId::Wab, EtapeTypeId::Wdm, EtapeTypeId::Wao] },
    Tde { titre_type: TitreTypeId::Cxf, demarche_type: DemarcheTypeId::Dam, etape_types: &[EtapeTypeId::Wfd, EtapeTypeId::Wdd, EtapeTypeId::Wde, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Asc, EtapeTypeId::Wps, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Apd, EtapeTypeId::Wpp, EtapeTypeId::Wpc, EtapeTypeId::Wmt, EtapeTypeId::Wrt, EtapeTypeId::Wpo, EtapeTypeId::Wpa, EtapeTypeId::Wpb] },
    Tde { titre_type: TitreTypeId::Cxf, demarche_type: DemarcheTypeId::Dot, etape_types: &[EtapeTypeId::Wfo, EtapeTypeId::Wdd, EtapeTypeId::Wdc, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Asc, EtapeTypeId::Apd, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Wda, EtapeTypeId::Wab] },
    Tde { titre_type: TitreTypeId::Cxf, demarche_type: DemarcheTypeId::Exp, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Cxf, demarche_type: DemarcheTypeId::Mut, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Cxf, demarche_type: DemarcheTypeId::Oct, etape_types: &[EtapeTypeId::Des, EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Mco, EtapeTypeId::Rco, EtapeTypeId::Mif, EtapeTypeId::Rif, EtapeTypeId::Mcr, EtapeTypeId::Anf, EtapeTypeId::Mec, EtapeTypeId::Epu, EtapeTypeId::Asc, EtapeTypeId::Adc, EtapeTypeId::Spo, EtapeTypeId::Apo, EtapeTypeId::Apd, EtapeTypeId::App, EtapeTypeId::Scg, EtapeTypeId::Rcg, EtapeTypeId::Acg, EtapeTypeId::Spe, EtapeTypeId::Rpe, EtapeTypeId::Ape, EtapeTypeId::Sas, EtapeTypeId::Dim, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Npp, EtapeTypeId::Rpu, EtapeTypeId::Mno, EtapeTypeId::Ncl, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Cxf, demarche_type: DemarcheTypeId::Pro, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Cxf, demarche_type: DemarcheTypeId::Ren, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Cxf, demarche_type: DemarcheTypeId::Res, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Cxf, demarche_type: DemarcheTypeId::Ret, etape_types: &[EtapeTypeId::Spp, EtapeTypeId::Dux, EtapeTypeId::Dpu, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Cxg, demarche_type: DemarcheTypeId::Amo, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Rpu, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Cxg, demarche_type: DemarcheTypeId::Aom, etape_types: &[EtapeTypeId::Wfa, EtapeTypeId::Wdd, EtapeTypeId::Wdc, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Wse, EtapeTypeId::Wae, EtapeTypeId::Asc, EtapeTypeId::Epu, EtapeTypeId::Apd, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Wpa, EtapeTypeId::Wab, EtapeTypeId::Wdm, EtapeTypeId::Wao] },
    Tde { titre_type: TitreTypeId::Cxg, demarche_type: DemarcheTypeId::Dam, etape_types: &[EtapeTypeId::Wfd, EtapeTypeId::Wdd, EtapeTypeId::Wde, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Asc, EtapeTypeId::Wps, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Apd, EtapeTypeId::Wpp, EtapeTypeId::Wpc, EtapeTypeId::Wmt, EtapeTypeId::Wrt, EtapeTypeId::Wpo, EtapeTypeId::Wpa, EtapeTypeId::Wpb] },
    Tde { titre_type: TitreTypeId::Cxg, demarche_type: DemarcheTypeId::Dot, etape_types: &[EtapeTypeId::Wfo, EtapeTypeId::Wdd, EtapeTypeId::Wdc, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Asc, EtapeTypeId::Apd, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Wda, EtapeTypeId::Wab] },
    Tde { titre_type: TitreTypeId::Cxg, demarche_type: DemarcheTypeId::Exp, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Rpu, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Cxg, demarche_type: DemarcheTypeId::Mut, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Rpu, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Cxg, demarche_type: DemarcheTypeId::Oct, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Des, EtapeTypeId::Mod, EtapeTypeId::Mco, EtapeTypeId::Rco, EtapeTypeId::Mif, EtapeTypeId::Rif, EtapeTypeId::Mcr, EtapeTypeId::Anf, EtapeTypeId::Mec, EtapeTypeId::Epu, EtapeTypeId::Asc, EtapeTypeId::Adc, EtapeTypeId::Spo, EtapeTypeId::Apo, EtapeTypeId::Apd, EtapeTypeId::App, EtapeTypeId::Scg, EtapeTypeId::Rcg, EtapeTypeId::Acg, EtapeTypeId::Spe, EtapeTypeId::Rpe, EtapeTypeId::Ape, EtapeTypeId::Sas, EtapeTypeId::Dim, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Npp, EtapeTypeId::Rpu, EtapeTypeId::Mno, EtapeTypeId::Ncl, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Cxg, demarche_type: DemarcheTypeId::Pro, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Rpu, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Cxg, demarche_type: DemarcheTypeId::Ren, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Rpu, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Cxg, demarche_type: DemarcheTypeId::Res, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Rpu, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Cxg, demarche_type: DemarcheTypeId::Ret, etape_types: &[EtapeTypeId::Spp, EtapeTypeId::Dux, EtapeTypeId::Dpu, EtapeTypeId::Rpu, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Cxh, demarche_type: DemarcheTypeId::Amo, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mcr, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Cxh, demarche_type: DemarcheTypeId::Aom, etape_types: &[EtapeTypeId::Wfa, EtapeTypeId::Wdd, EtapeTypeId::Wdc, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Wse, EtapeTypeId::Wae, EtapeTypeId::Asc, EtapeTypeId::Epu, EtapeTypeId::Apd, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Wpa, EtapeTypeId::Wab, EtapeTypeId::Wdm, EtapeTypeId::Wao] },
    Tde { titre_type: TitreTypeId::Cxh, demarche_type: DemarcheTypeId::Con, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Mcr, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Spp, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Cxh, demarche_type: DemarcheTypeId::Dam, etape_types: &[EtapeTypeId::Wfd, EtapeTypeId::Wdd, EtapeTypeId::Wde, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Asc, EtapeTypeId::Wps, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Apd, EtapeTypeId::Wpp, EtapeTypeId::Wpc, EtapeTypeId::Wmt, EtapeTypeId::Wrt, EtapeTypeId::Wpo, EtapeTypeId::Wpa, EtapeTypeId::Wpb] },
    Tde { titre_type: TitreTypeId::Cxh, demarche_type: DemarcheTypeId::Dot, etape_types: &[EtapeTypeId::Wfo, EtapeTypeId::Wdd, EtapeTypeId::Wdc, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Asc, EtapeTypeId::Apd, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Wda, EtapeTypeId::Wab] },
    Tde { titre_type: TitreTypeId::Cxh, demarche_type: DemarcheTypeId::Exp, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mcr, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Cxh, demarche_type: DemarcheTypeId::Mut, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mcr, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Cxh, demarche_type: DemarcheTypeId::Oct, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Des, EtapeTypeId::Mod, EtapeTypeId::Mco, EtapeTypeId::Rco, EtapeTypeId::Mif, EtapeTypeId::Rif, EtapeTypeId::Mcr, EtapeTypeId::Mec, EtapeTypeId::Epu, EtapeTypeId::Asc, EtapeTypeId::Adc, EtapeTypeId::Spo, EtapeTypeId::Apo, EtapeTypeId::Apd, EtapeTypeId::App, EtapeTypeId::Scg, EtapeTypeId::Rcg, EtapeTypeId::Acg, EtapeTypeId::Spe, EtapeTypeId::Rpe, EtapeTypeId::Ape, EtapeTypeId::Sas, EtapeTypeId::Dim, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Npp, EtapeTypeId::Rpu, EtapeTypeId::Mno, EtapeTypeId::Ncl, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Cxh, demarche_type: DemarcheTypeId::Pro, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mcr, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Cxh, demarche_type: DemarcheTypeId::Ren, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mcr, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Cxh, demarche_type: DemarcheTypeId::Res, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mcr, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Cxh, demarche_type: DemarcheTypeId::Ret, etape_types: &[EtapeTypeId::Spp, EtapeTypeId::Dux, EtapeTypeId::Dpu, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Cxm, demarche_type: DemarcheTypeId::Amo, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Dim, EtapeTypeId::Apu, EtapeTypeId::Mco, EtapeTypeId::Rco, EtapeTypeId::Mif, EtapeTypeId::Rif, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Cxm, demarche_type: DemarcheTypeId::Aom, etape_types: &[EtapeTypeId::Wfa, EtapeTypeId::Wdd, EtapeTypeId::Wdc, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Wse, EtapeTypeId::Wae, EtapeTypeId::Asc, EtapeTypeId::Epu, EtapeTypeId::Apd, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Wpa, EtapeTypeId::Wab, EtapeTypeId::Wdm, EtapeTypeId::Wao] },
    Tde { titre_type: TitreTypeId::Cxm, demarche_type: DemarcheTypeId::Ces, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Mco, EtapeTypeId::Rco, EtapeTypeId::Mif, EtapeTypeId::Rif, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Cxm, demarche_type: DemarcheTypeId::Dec, etape_types: &[EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Spp, EtapeTypeId::Mco, EtapeTypeId::Rco, EtapeTypeId::Mif, EtapeTypeId::Rif, EtapeTypeId::Sas, EtapeTypeId::Dux, EtapeTypeId::Dpu, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Cxm, demarche_type: DemarcheTypeId::Dam, etape_types: &[EtapeTypeId::Wfd, EtapeTypeId::Wdd, EtapeTypeId::Wde, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Asc, EtapeTypeId::Wps, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Apd, EtapeTypeId::Wpp, EtapeTypeId::Wpc, EtapeTypeId::Wmt, EtapeTypeId::Wrt, EtapeTypeId::Wpo, EtapeTypeId::Wpa, EtapeTypeId::Wpb] },
    Tde { titre_type: TitreTypeId::Cxm, demarche_type: DemarcheTypeId::Dot, etape_types: &[EtapeTypeId::Wfo, EtapeTypeId::Wdd, EtapeTypeId::Wdc, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Asc, EtapeTypeId::Apd, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Wda, EtapeTypeId::Wab] },
    Tde { titre_type: TitreTypeId::Cxm, demarche_type: DemarcheTypeId::Exp, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mco, EtapeTypeId::Rco, EtapeTypeId::Mif, EtapeTypeId::Rif, EtapeTypeId::Mcr, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Cxm, demarche_type: DemarcheTypeId::Fus, etape_types: &[EtapeTypeId::Dex, EtapeTypeId::Dpu] },
    Tde { titre_type: TitreTypeId::Cxm, demarche_type: DemarcheTypeId::Mut, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mcr, EtapeTypeId::Mco, EtapeTypeId::Rco, EtapeTypeId::Asc, EtapeTypeId::Mif, EtapeTypeId::Rif, EtapeTypeId::Scg, EtapeTypeId::Rcg, EtapeTypeId::App, EtapeTypeId::Apd, EtapeTypeId::Acg, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Mno, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Cxm, demarche_type: DemarcheTypeId::Vut, etape_types: &[EtapeTypeId::Ihi, EtapeTypeId::Spp, EtapeTypeId::Dex, EtapeTypeId::Dpu] },
    Tde { titre_type: TitreTypeId::Cxm, demarche_type: DemarcheTypeId::Oct, etape_types: &[EtapeTypeId::Ihi, EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Des, EtapeTypeId::Mod, EtapeTypeId::Mco, EtapeTypeId::Rco, EtapeTypeId::Mif, EtapeTypeId::Rif, EtapeTypeId::Mcr, EtapeTypeId::Anf, EtapeTypeId::Mec, EtapeTypeId::Epu, EtapeTypeId::Asc, EtapeTypeId::Adc, EtapeTypeId::Spo, EtapeTypeId::Apo, EtapeTypeId::Apd, EtapeTypeId::App, EtapeTypeId::Scg, EtapeTypeId::Rcg, EtapeTypeId::Acg, EtapeTypeId::Spe, EtapeTypeId::Rpe, EtapeTypeId::Ape, EtapeTypeId::Sas, EtapeTypeId::Dim, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Npp, EtapeTypeId::Rpu, EtapeTypeId::Mno, EtapeTypeId::Ncl, EtapeTypeId::Pqr, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Cxm, demarche_type: DemarcheTypeId::Pro, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Mod, EtapeTypeId::Des, EtapeTypeId::Spp, EtapeTypeId::Mco, EtapeTypeId::Rco, EtapeTypeId::Mif, EtapeTypeId::Rif, EtapeTypeId::Mcr, EtapeTypeId::Dim, EtapeTypeId::Ppu, EtapeTypeId::Epu, EtapeTypeId::Spo, EtapeTypeId::Apo, EtapeTypeId::App, EtapeTypeId::Scg, EtapeTypeId::Rcg, EtapeTypeId::Spe, EtapeTypeId::Rpe, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Npp, EtapeTypeId::Mno, EtapeTypeId::Rpu, EtapeTypeId::Ncl, EtapeTypeId::Pqr, EtapeTypeId::Css, EtapeTypeId::Ihi, EtapeTypeId::Asc, EtapeTypeId::Adc, EtapeTypeId::Apd, EtapeTypeId::Acg, EtapeTypeId::Ape, EtapeTypeId::Abd, EtapeTypeId::And] },
    Tde { titre_type: TitreTypeId::Cxm, demarche_type: DemarcheTypeId::Ren, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Des, EtapeTypeId::Mod, EtapeTypeId::Mcr, EtapeTypeId::Mco, EtapeTypeId::Rco, EtapeTypeId::Mif, EtapeTypeId::Rif, EtapeTypeId::Apu, EtapeTypeId::Asc, EtapeTypeId::Adc, EtapeTypeId::Apd, EtapeTypeId::Spo, EtapeTypeId::Apo, EtapeTypeId::App, EtapeTypeId::Scg, EtapeTypeId::Rcg, EtapeTypeId::Acg, EtapeTypeId::Sas, EtapeTypeId::Dim, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Npp, EtapeTypeId::Rpu, EtapeTypeId::Pqr, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Mno, EtapeTypeId::Ncl, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Cxm, demarche_type: DemarcheTypeId::Res, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Des, EtapeTypeId::Spp, EtapeTypeId::Mco, EtapeTypeId::Rco, EtapeTypeId::Mif, EtapeTypeId::Rif, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Cxm, demarche_type: DemarcheTypeId::Ret, etape_types: &[EtapeTypeId::Spp, EtapeTypeId::Mif, EtapeTypeId::Rif, EtapeTypeId::Dux, EtapeTypeId::Dpu, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Cxr, demarche_type: DemarcheTypeId::Amo, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Cxr, demarche_type: DemarcheTypeId::Aom, etape_types: &[EtapeTypeId::Wfa, EtapeTypeId::Wdd, EtapeTypeId::Wdc, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Wse, EtapeTypeId::Wae, EtapeTypeId::Asc, EtapeTypeId::Epu, EtapeTypeId::Apd, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Wpa, EtapeTypeId::Wab, EtapeTypeId::Wdm, EtapeTypeId::Wao] },
    Tde { titre_type: TitreTypeId::Cxr, demarche_type: DemarcheTypeId::Dam, etape_types: &[EtapeTypeId::Wfd, EtapeTypeId::Wdd, EtapeTypeId::Wde, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Asc, EtapeTypeId::Wps, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Apd, EtapeTypeId::Wpp, EtapeTypeId::Wpc, EtapeTypeId::Wmt, EtapeTypeId::Wrt, EtapeTypeId::Wpo, EtapeTypeId::Wpa, EtapeTypeId::Wpb] },
    Tde { titre_type: TitreTypeId::Cxr, demarche_type: DemarcheTypeId::Dot, etape_types: &[EtapeTypeId::Wfo, EtapeTypeId::Wdd, EtapeTypeId::Wdc, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Asc, EtapeTypeId::Apd, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Wda, EtapeTypeId::Wab] },
    Tde { titre_type: TitreTypeId::Cxr, demarche_type: DemarcheTypeId::Exp, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Cxr, demarche_type: DemarcheTypeId::Mut, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Cxr, demarche_type: DemarcheTypeId::Oct, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Des, EtapeTypeId::Mod, EtapeTypeId::Mco, EtapeTypeId::Rco, EtapeTypeId::Mif, EtapeTypeId::Rif, EtapeTypeId::Mcr, EtapeTypeId::Anf, EtapeTypeId::Mec, EtapeTypeId::Epu, EtapeTypeId::Asc, EtapeTypeId::Adc, EtapeTypeId::Spo, EtapeTypeId::Apo, EtapeTypeId::Apd, EtapeTypeId::App, EtapeTypeId::Scg, EtapeTypeId::Rcg, EtapeTypeId::Acg, EtapeTypeId::Spe, EtapeTypeId::Rpe, EtapeTypeId::Ape, EtapeTypeId::Sas, EtapeTypeId::Dim, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Npp, EtapeTypeId::Rpu, EtapeTypeId::Mno, EtapeTypeId::Ncl, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Cxr, demarche_type: DemarcheTypeId::Pro, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Cxr, demarche_type: DemarcheTypeId::Ren, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Cxr, demarche_type: DemarcheTypeId::Res, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Cxr, demarche_type: DemarcheTypeId::Ret, etape_types: &[EtapeTypeId::Spp, EtapeTypeId::Dux, EtapeTypeId::Dpu, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Cxs, demarche_type: DemarcheTypeId::Amo, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Cxs, demarche_type: DemarcheTypeId::Aom, etape_types: &[EtapeTypeId::Wfa, EtapeTypeId::Wdd, EtapeTypeId::Wdc, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Wse, EtapeTypeId::Wae, EtapeTypeId::Asc, EtapeTypeId::Epu, EtapeTypeId::Apd, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Wpa, EtapeTypeId::Wab, EtapeTypeId::Wdm, EtapeTypeId::Wao] },
    Tde { titre_type: TitreTypeId::Cxs, demarche_type: DemarcheTypeId::Dam, etape_types: &[EtapeTypeId::Wfd, EtapeTypeId::Wdd, EtapeTypeId::Wde, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Asc, EtapeTypeId::Wps, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Apd, EtapeTypeId::Wpp, EtapeTypeId::Wpc, EtapeTypeId::Wmt, EtapeTypeId::Wrt, EtapeTypeId::Wpo, EtapeTypeId::Wpa, EtapeTypeId::Wpb] },
    Tde { titre_type: TitreTypeId::Cxs, demarche_type: DemarcheTypeId::Dot, etape_types: &[EtapeTypeId::Wfo, EtapeTypeId::Wdd, EtapeTypeId::Wdc, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Asc, EtapeTypeId::Apd, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Wda, EtapeTypeId::Wab] },
    Tde { titre_type: TitreTypeId::Cxs, demarche_type: DemarcheTypeId::Exp, etape_types: &[EtapeTypeId::Mdp, EtapeTypeId::Mfr, EtapeTypeId::Spp, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Cxs, demarche_type: DemarcheTypeId::Mut, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Cxs, demarche_type: DemarcheTypeId::Oct, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Des, EtapeTypeId::Mod, EtapeTypeId::Mco, EtapeTypeId::Rco, EtapeTypeId::Mif, EtapeTypeId::Rif, EtapeTypeId::Mcr, EtapeTypeId::Anf, EtapeTypeId::Mec, EtapeTypeId::Epu, EtapeTypeId::Asc, EtapeTypeId::Adc, EtapeTypeId::Spo, EtapeTypeId::Apo, EtapeTypeId::Apd, EtapeTypeId::App, EtapeTypeId::Scg, EtapeTypeId::Rcg, EtapeTypeId::Acg, EtapeTypeId::Spe, EtapeTypeId::Rpe, EtapeTypeId::Ape, EtapeTypeId::Sas, EtapeTypeId::Dim, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Npp, EtapeTypeId::Rpu, EtapeTypeId::Mno, EtapeTypeId::Ncl, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Cxs, demarche_type: DemarcheTypeId::Pro, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Cxs, demarche_type: DemarcheTypeId::Ren, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Cxs, demarche_type: DemarcheTypeId::Res, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Cxs, demarche_type: DemarcheTypeId::Ret, etape_types: &[EtapeTypeId::Spp, EtapeTypeId::Dux, EtapeTypeId::Dpu, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Cxw, demarche_type: DemarcheTypeId::Amo, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Cxw, demarche_type: DemarcheTypeId::Aom, etape_types: &[EtapeTypeId::Wfa, EtapeTypeId::Wdd, EtapeTypeId::Wdc, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Wse, EtapeTypeId::Wae, EtapeTypeId::Asc, EtapeTypeId::Epu, EtapeTypeId::Apd, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Wpa, EtapeTypeId::Wab, EtapeTypeId::Wdm, EtapeTypeId::Wao] },
    Tde { titre_type: TitreTypeId::Cxw, demarche_type: DemarcheTypeId::Dam, etape_types: &[EtapeTypeId::Wfd, EtapeTypeId::Wdd, EtapeTypeId::Wde, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Asc, EtapeTypeId::Wps, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Apd, EtapeTypeId::Wpp, EtapeTypeId::Wpc, EtapeTypeId::Wmt, EtapeTypeId::Wrt, EtapeTypeId::Wpo, EtapeTypeId::Wpa, EtapeTypeId::Wpb] },
    Tde { titre_type: TitreTypeId::Cxw, demarche_type: DemarcheTypeId::Dot, etape_types: &[EtapeTypeId::Wfo, EtapeTypeId::Wdd, EtapeTypeId::Wdc, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Asc, EtapeTypeId::Apd, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Wda, EtapeTypeId::Wab] },
    Tde { titre_type: TitreTypeId::Cxw, demarche_type: DemarcheTypeId::Exp, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Cxw, demarche_type: DemarcheTypeId::Mut, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Rcg, EtapeTypeId::Acg, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Cxw, demarche_type: DemarcheTypeId::Oct, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Mod, EtapeTypeId::Des, EtapeTypeId::Spp, EtapeTypeId::Mco, EtapeTypeId::Rco, EtapeTypeId::Mif, EtapeTypeId::Rif, EtapeTypeId::Mcr, EtapeTypeId::Anf, EtapeTypeId::Mec, EtapeTypeId::Dim, EtapeTypeId::Epu, EtapeTypeId::Asc, EtapeTypeId::Adc, EtapeTypeId::Apd, EtapeTypeId::Spo, EtapeTypeId::Apo, EtapeTypeId::App, EtapeTypeId::Cac, EtapeTypeId::Cim, EtapeTypeId::Scg, EtapeTypeId::Rcg, EtapeTypeId::Acg, EtapeTypeId::Spe, EtapeTypeId::Rpe, EtapeTypeId::Ape, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Npp, EtapeTypeId::Mno, EtapeTypeId::Rpu, EtapeTypeId::Ncl, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css, EtapeTypeId::Ihi] },
    Tde { titre_type: TitreTypeId::Cxw, demarche_type: DemarcheTypeId::Pro, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Mod, EtapeTypeId::Des, EtapeTypeId::Spp, EtapeTypeId::Mco, EtapeTypeId::Rco, EtapeTypeId::Mif, EtapeTypeId::Rif, EtapeTypeId::Mcr, EtapeTypeId::Apu, EtapeTypeId::Dim, EtapeTypeId::Ppu, EtapeTypeId::Epu, EtapeTypeId::Asc, EtapeTypeId::Adc, EtapeTypeId::Apd, EtapeTypeId::Spo, EtapeTypeId::Apo, EtapeTypeId::App, EtapeTypeId::Cac, EtapeTypeId::Cim, EtapeTypeId::Scg, EtapeTypeId::Rcg, EtapeTypeId::Acg, EtapeTypeId::Spe, EtapeTypeId::Rpe, EtapeTypeId::Ape, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Npp, EtapeTypeId::Mno, EtapeTypeId::Rpu, EtapeTypeId::Ncl, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css, EtapeTypeId::Ihi] },
    Tde { titre_type: TitreTypeId::Cxw, demarche_type: DemarcheTypeId::Ren, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Cxw, demarche_type: DemarcheTypeId::Res, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Cxw, demarche_type: DemarcheTypeId::Ret, etape_types: &[EtapeTypeId::Spp, EtapeTypeId::Sas, EtapeTypeId::Dux, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Inm, demarche_type: DemarcheTypeId::Oct, etape_types: &[EtapeTypeId::Ihi] },
    Tde { titre_type: TitreTypeId::Inr, demarche_type: DemarcheTypeId::Oct, etape_types: &[EtapeTypeId::Ihi] },
    Tde { titre_type: TitreTypeId::Pcc, demarche_type: DemarcheTypeId::Amo, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Sas, EtapeTypeId::Dpu, EtapeTypeId::Dim, EtapeTypeId::Dex, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Pcc, demarche_type: DemarcheTypeId::Aom, etape_types: &[EtapeTypeId::Wfa, EtapeTypeId::Wdd, EtapeTypeId::Wdc, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Wse, EtapeTypeId::Wae, EtapeTypeId::Asc, EtapeTypeId::Epu, EtapeTypeId::Apd, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Wpa, EtapeTypeId::Wab, EtapeTypeId::Wdm, EtapeTypeId::Wao] },
    Tde { titre_type: TitreTypeId::Pcc, demarche_type: DemarcheTypeId::Dam, etape_types: &[EtapeTypeId::Wfd, EtapeTypeId::Wdd, EtapeTypeId::Wde, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Asc, EtapeTypeId::Wps, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Apd, EtapeTypeId::Wpp, EtapeTypeId::Wpc, EtapeTypeId::Wmt, EtapeTypeId::Wrt, EtapeTypeId::Wpo, EtapeTypeId::Wpa, EtapeTypeId::Wpb] },
    Tde { titre_type: TitreTypeId::Pcc, demarche_type: DemarcheTypeId::Dot, etape_types: &[EtapeTypeId::Wfo, EtapeTypeId::Wdd, EtapeTypeId::Wdc, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Asc, EtapeTypeId::Apd, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Wda, EtapeTypeId::Wab] },
    Tde { titre_type: TitreTypeId::Pcc, demarche_type: DemarcheTypeId::Exp, etape_types: &[EtapeTypeId::Spp, EtapeTypeId::Dex, EtapeTypeId::Dpu] },
    Tde { titre_type: TitreTypeId::Pcc, demarche_type: DemarcheTypeId::Mut, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dpu, EtapeTypeId::Dex, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Des, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Pcc, demarche_type: DemarcheTypeId::Oct, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mcr, EtapeTypeId::Anf, EtapeTypeId::Epu, EtapeTypeId::Mif, EtapeTypeId::Rif, EtapeTypeId::Mod, EtapeTypeId::Scg, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Pcc, demarche_type: DemarcheTypeId::Pro, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Rco, EtapeTypeId::Mod, EtapeTypeId::App, EtapeTypeId::Apd, EtapeTypeId::Dim, EtapeTypeId::Rcg, EtapeTypeId::Scg, EtapeTypeId::Acg, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Des, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Pcc, demarche_type: DemarcheTypeId::Ren, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Apu, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Pcc, demarche_type: DemarcheTypeId::Res, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Pcc, demarche_type: DemarcheTypeId::Ret, etape_types: &[EtapeTypeId::Spp, EtapeTypeId::Sas, EtapeTypeId::Dux, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prf, demarche_type: DemarcheTypeId::Aom, etape_types: &[EtapeTypeId::Wfa, EtapeTypeId::Wdd, EtapeTypeId::Wdc, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Wse, EtapeTypeId::Wae, EtapeTypeId::Asc, EtapeTypeId::Epu, EtapeTypeId::Apd, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Wpa, EtapeTypeId::Wab, EtapeTypeId::Wdm, EtapeTypeId::Wao] },
    Tde { titre_type: TitreTypeId::Prf, demarche_type: DemarcheTypeId::Dam, etape_types: &[EtapeTypeId::Wfd, EtapeTypeId::Wdd, EtapeTypeId::Wde, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Asc, EtapeTypeId::Wps, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Apd, EtapeTypeId::Wpp, EtapeTypeId::Wpc, EtapeTypeId::Wmt, EtapeTypeId::Wrt, EtapeTypeId::Wpo, EtapeTypeId::Wpa, EtapeTypeId::Wpb] },
    Tde { titre_type: TitreTypeId::Prf, demarche_type: DemarcheTypeId::Dot, etape_types: &[EtapeTypeId::Wfo, EtapeTypeId::Wdd, EtapeTypeId::Wdc, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Asc, EtapeTypeId::Apd, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Wda, EtapeTypeId::Wab] },
    Tde { titre_type: TitreTypeId::Prf, demarche_type: DemarcheTypeId::Vct, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Sas, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prf, demarche_type: DemarcheTypeId::Exp, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Rpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prf, demarche_type: DemarcheTypeId::Fus, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Apu, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Rpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prf, demarche_type: DemarcheTypeId::Mut, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Rpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prf, demarche_type: DemarcheTypeId::Oct, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Des, EtapeTypeId::Mod, EtapeTypeId::Mco, EtapeTypeId::Rco, EtapeTypeId::Mif, EtapeTypeId::Rif, EtapeTypeId::Mcr, EtapeTypeId::Anf, EtapeTypeId::Mec, EtapeTypeId::Ppu, EtapeTypeId::Asc, EtapeTypeId::Adc, EtapeTypeId::Apd, EtapeTypeId::Spo, EtapeTypeId::Apo, EtapeTypeId::App, EtapeTypeId::Scg, EtapeTypeId::Rcg, EtapeTypeId::Acg, EtapeTypeId::Sas, EtapeTypeId::Dim, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Npp, EtapeTypeId::Rpu, EtapeTypeId::Mno, EtapeTypeId::Ncl, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prf, demarche_type: DemarcheTypeId::Pr1, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Rpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prf, demarche_type: DemarcheTypeId::Pr2, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Mod, EtapeTypeId::Spp, EtapeTypeId::Sas, EtapeTypeId::Rpu, EtapeTypeId::Dim, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prf, demarche_type: DemarcheTypeId::Ren, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Apu, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Rpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prf, demarche_type: DemarcheTypeId::Ret, etape_types: &[EtapeTypeId::Spp, EtapeTypeId::Sas, EtapeTypeId::Dux, EtapeTypeId::Dpu, EtapeTypeId::Rpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prg, demarche_type: DemarcheTypeId::Aom, etape_types: &[EtapeTypeId::Wfa, EtapeTypeId::Wdd, EtapeTypeId::Wdc, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Wse, EtapeTypeId::Wae, EtapeTypeId::Asc, EtapeTypeId::Epu, EtapeTypeId::Apd, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Wpa, EtapeTypeId::Wab, EtapeTypeId::Wdm, EtapeTypeId::Wao] },
    Tde { titre_type: TitreTypeId::Prg, demarche_type: DemarcheTypeId::Dam, etape_types: &[EtapeTypeId::Wfd, EtapeTypeId::Wdd, EtapeTypeId::Wde, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Asc, EtapeTypeId::Wps, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Apd, EtapeTypeId::Wpp, EtapeTypeId::Wpc, EtapeTypeId::Wmt, EtapeTypeId::Wrt, EtapeTypeId::Wpo, EtapeTypeId::Wpa, EtapeTypeId::Wpb] },
    Tde { titre_type: TitreTypeId::Prg, demarche_type: DemarcheTypeId::Dot, etape_types: &[EtapeTypeId::Wfo, EtapeTypeId::Wdd, EtapeTypeId::Wdc, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Asc, EtapeTypeId::Apd, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Wda, EtapeTypeId::Wab] },
    Tde { titre_type: TitreTypeId::Prg, demarche_type: DemarcheTypeId::Vct, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Rpu, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prg, demarche_type: DemarcheTypeId::Exp, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Rpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prg, demarche_type: DemarcheTypeId::Fus, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Apu, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Rpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prg, demarche_type: DemarcheTypeId::Mut, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Rpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prg, demarche_type: DemarcheTypeId::Vut, etape_types: &[EtapeTypeId::Dpu, EtapeTypeId::Rpu, EtapeTypeId::Dex] },
    Tde { titre_type: TitreTypeId::Prg, demarche_type: DemarcheTypeId::Oct, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Mcr, EtapeTypeId::Anf, EtapeTypeId::Mec, EtapeTypeId::Mod, EtapeTypeId::Spp, EtapeTypeId::Asc, EtapeTypeId::Spo, EtapeTypeId::Sas, EtapeTypeId::Ppu, EtapeTypeId::Scg, EtapeTypeId::Adc, EtapeTypeId::Dim, EtapeTypeId::Apo, EtapeTypeId::App, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Rpu, EtapeTypeId::Acg, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Des, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prg, demarche_type: DemarcheTypeId::Pr1, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Mcr, EtapeTypeId::Anf, EtapeTypeId::Mec, EtapeTypeId::Mod, EtapeTypeId::Spp, EtapeTypeId::Asc, EtapeTypeId::Spo, EtapeTypeId::Sas, EtapeTypeId::Ppu, EtapeTypeId::Scg, EtapeTypeId::Adc, EtapeTypeId::Dim, EtapeTypeId::Apo, EtapeTypeId::App, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Rpu, EtapeTypeId::Acg, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Des, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prg, demarche_type: DemarcheTypeId::Pr2, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Mcr, EtapeTypeId::Anf, EtapeTypeId::Mec, EtapeTypeId::Mod, EtapeTypeId::Spp, EtapeTypeId::Asc, EtapeTypeId::Spo, EtapeTypeId::Sas, EtapeTypeId::Ppu, EtapeTypeId::Scg, EtapeTypeId::Adc, EtapeTypeId::Dim, EtapeTypeId::Apo, EtapeTypeId::App, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Rpu, EtapeTypeId::Acg, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Des, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prg, demarche_type: DemarcheTypeId::Ren, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Apu, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Rpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prg, demarche_type: DemarcheTypeId::Ret, etape_types: &[EtapeTypeId::Spp, EtapeTypeId::Sas, EtapeTypeId::Dux, EtapeTypeId::Dpu, EtapeTypeId::Rpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prh, demarche_type: DemarcheTypeId::Aom, etape_types: &[EtapeTypeId::Wfa, EtapeTypeId::Wdd, EtapeTypeId::Wdc, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Wse, EtapeTypeId::Wae, EtapeTypeId::Asc, EtapeTypeId::Epu, EtapeTypeId::Apd, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Wpa, EtapeTypeId::Wab, EtapeTypeId::Wdm, EtapeTypeId::Wao] },
    Tde { titre_type: TitreTypeId::Prh, demarche_type: DemarcheTypeId::Dam, etape_types: &[EtapeTypeId::Wfd, EtapeTypeId::Wdd, EtapeTypeId::Wde, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Asc, EtapeTypeId::Wps, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Apd, EtapeTypeId::Wpp, EtapeTypeId::Wpc, EtapeTypeId::Wmt, EtapeTypeId::Wrt, EtapeTypeId::Wpo, EtapeTypeId::Wpa, EtapeTypeId::Wpb] },
    Tde { titre_type: TitreTypeId::Prh, demarche_type: DemarcheTypeId::Dot, etape_types: &[EtapeTypeId::Wfo, EtapeTypeId::Wdd, EtapeTypeId::Wdc, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Asc, EtapeTypeId::Apd, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Wda, EtapeTypeId::Wab] },
    Tde { titre_type: TitreTypeId::Prh, demarche_type: DemarcheTypeId::Exp, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prh, demarche_type: DemarcheTypeId::Fus, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Apu, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prh, demarche_type: DemarcheTypeId::Mut, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prh, demarche_type: DemarcheTypeId::Oct, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prh, demarche_type: DemarcheTypeId::Pr1, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Mcr, EtapeTypeId::Spp, EtapeTypeId::Des, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prh, demarche_type: DemarcheTypeId::Pr2, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Mcr, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prh, demarche_type: DemarcheTypeId::Pre, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Mcr, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prh, demarche_type: DemarcheTypeId::Ren, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Apu, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prh, demarche_type: DemarcheTypeId::Ret, etape_types: &[EtapeTypeId::Spp, EtapeTypeId::Sas, EtapeTypeId::Dux, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prm, demarche_type: DemarcheTypeId::Aom, etape_types: &[EtapeTypeId::Wfa, EtapeTypeId::Wdd, EtapeTypeId::Wdc, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Wse, EtapeTypeId::Wae, EtapeTypeId::Asc, EtapeTypeId::Epu, EtapeTypeId::Apd, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Wpa, EtapeTypeId::Wab, EtapeTypeId::Wdm, EtapeTypeId::Wao] },
    Tde { titre_type: TitreTypeId::Prm, demarche_type: DemarcheTypeId::Dam, etape_types: &[EtapeTypeId::Wfd, EtapeTypeId::Wdd, EtapeTypeId::Wde, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Asc, EtapeTypeId::Wps, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Apd, EtapeTypeId::Wpp, EtapeTypeId::Wpc, EtapeTypeId::Wmt, EtapeTypeId::Wrt, EtapeTypeId::Wpo, EtapeTypeId::Wpa, EtapeTypeId::Wpb] },
    Tde { titre_type: TitreTypeId::Prm, demarche_type: DemarcheTypeId::Dot, etape_types: &[EtapeTypeId::Wfo, EtapeTypeId::Wdd, EtapeTypeId::Wdc, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Asc, EtapeTypeId::Apd, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Wda, EtapeTypeId::Wab] },
    Tde { titre_type: TitreTypeId::Prm, demarche_type: DemarcheTypeId::Vct, etape_types: &[EtapeTypeId::Ihi, EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mcr, EtapeTypeId::Mod, EtapeTypeId::Scg, EtapeTypeId::Rcg, EtapeTypeId::Acg, EtapeTypeId::Sas, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prm, demarche_type: DemarcheTypeId::Exp, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Mcr, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Mco, EtapeTypeId::Rco, EtapeTypeId::Mif, EtapeTypeId::Rif, EtapeTypeId::Scg, EtapeTypeId::Rcg, EtapeTypeId::Acg, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Rpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prm, demarche_type: DemarcheTypeId::Exs, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Mco, EtapeTypeId::Rco, EtapeTypeId::Mif, EtapeTypeId::Rif, EtapeTypeId::Scg, EtapeTypeId::Rcg, EtapeTypeId::Acg, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Rpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prm, demarche_type: DemarcheTypeId::Fus, etape_types: &[EtapeTypeId::Ihi, EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Mco, EtapeTypeId::Rco, EtapeTypeId::Mif, EtapeTypeId::Rif, EtapeTypeId::Scg, EtapeTypeId::Rcg, EtapeTypeId::Acg, EtapeTypeId::Dim, EtapeTypeId::Apu, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Rpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prm, demarche_type: DemarcheTypeId::Mut, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Des, EtapeTypeId::Mod, EtapeTypeId::Mco, EtapeTypeId::Rco, EtapeTypeId::Mif, EtapeTypeId::Rif, EtapeTypeId::Scg, EtapeTypeId::Rcg, EtapeTypeId::Acg, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Rpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prm, demarche_type: DemarcheTypeId::Oct, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Des, EtapeTypeId::Mod, EtapeTypeId::Mco, EtapeTypeId::Rco, EtapeTypeId::Mif, EtapeTypeId::Rif, EtapeTypeId::Mcr, EtapeTypeId::Anf, EtapeTypeId::Mec, EtapeTypeId::Edm, EtapeTypeId::Ppu, EtapeTypeId::Asc, EtapeTypeId::Adc, EtapeTypeId::Apd, EtapeTypeId::Spo, EtapeTypeId::Apo, EtapeTypeId::App, EtapeTypeId::Scg, EtapeTypeId::Rcg, EtapeTypeId::Acg, EtapeTypeId::Sas, EtapeTypeId::Dim, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Npp, EtapeTypeId::Rpu, EtapeTypeId::Mno, EtapeTypeId::Ncl, EtapeTypeId::Pqr, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css, EtapeTypeId::Ihi] },
    Tde { titre_type: TitreTypeId::Prm, demarche_type: DemarcheTypeId::Pr1, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Asc, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Des, EtapeTypeId::Mod, EtapeTypeId::Mcr, EtapeTypeId::Mco, EtapeTypeId::Rco, EtapeTypeId::Mif, EtapeTypeId::Rif, EtapeTypeId::Ppu, EtapeTypeId::Apd, EtapeTypeId::Scg, EtapeTypeId::Rcg, EtapeTypeId::Acg, EtapeTypeId::Apo, EtapeTypeId::App, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Rpu, EtapeTypeId::Pqr, EtapeTypeId::Mno, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prm, demarche_type: DemarcheTypeId::Pr2, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Asc, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Des, EtapeTypeId::Mod, EtapeTypeId::Mcr, EtapeTypeId::Mco, EtapeTypeId::Rco, EtapeTypeId::Mif, EtapeTypeId::Rif, EtapeTypeId::Ppu, EtapeTypeId::Apd, EtapeTypeId::Scg, EtapeTypeId::Rcg, EtapeTypeId::Acg, EtapeTypeId::Apo, EtapeTypeId::App, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Rpu, EtapeTypeId::Pqr, EtapeTypeId::Mno, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prm, demarche_type: DemarcheTypeId::Ren, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Mcr, EtapeTypeId::Scg, EtapeTypeId::Rcg, EtapeTypeId::Acg, EtapeTypeId::Dim, EtapeTypeId::Apu, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Rpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prm, demarche_type: DemarcheTypeId::Ret, etape_types: &[EtapeTypeId::Spp, EtapeTypeId::Mif, EtapeTypeId::Rif, EtapeTypeId::Scg, EtapeTypeId::Rcg, EtapeTypeId::Acg, EtapeTypeId::Sas, EtapeTypeId::Dux, EtapeTypeId::Dpu, EtapeTypeId::Rpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prr, demarche_type: DemarcheTypeId::Aom, etape_types: &[EtapeTypeId::Wfa, EtapeTypeId::Wdd, EtapeTypeId::Wdc, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Wse, EtapeTypeId::Wae, EtapeTypeId::Asc, EtapeTypeId::Epu, EtapeTypeId::Apd, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Wpa, EtapeTypeId::Wab, EtapeTypeId::Wdm, EtapeTypeId::Wao] },
    Tde { titre_type: TitreTypeId::Prr, demarche_type: DemarcheTypeId::Dam, etape_types: &[EtapeTypeId::Wfd, EtapeTypeId::Wdd, EtapeTypeId::Wde, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Asc, EtapeTypeId::Wps, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Apd, EtapeTypeId::Wpp, EtapeTypeId::Wpc, EtapeTypeId::Wmt, EtapeTypeId::Wrt, EtapeTypeId::Wpo, EtapeTypeId::Wpa, EtapeTypeId::Wpb] },
    Tde { titre_type: TitreTypeId::Prr, demarche_type: DemarcheTypeId::Dot, etape_types: &[EtapeTypeId::Wfo, EtapeTypeId::Wdd, EtapeTypeId::Wdc, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Asc, EtapeTypeId::Apd, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Wda, EtapeTypeId::Wab] },
    Tde { titre_type: TitreTypeId::Prr, demarche_type: DemarcheTypeId::Vct, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Sas, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prr, demarche_type: DemarcheTypeId::Exp, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Rpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prr, demarche_type: DemarcheTypeId::Exs, etape_types: &[EtapeTypeId::Dex, EtapeTypeId::Dpu] },
    Tde { titre_type: TitreTypeId::Prr, demarche_type: DemarcheTypeId::Fus, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Apu, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Rpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prr, demarche_type: DemarcheTypeId::Mut, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Rpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prr, demarche_type: DemarcheTypeId::Oct, etape_types: &[EtapeTypeId::Anf, EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Des, EtapeTypeId::Mod, EtapeTypeId::Mco, EtapeTypeId::Rco, EtapeTypeId::Mif, EtapeTypeId::Rif, EtapeTypeId::Mcr, EtapeTypeId::Mec, EtapeTypeId::Ppu, EtapeTypeId::Asc, EtapeTypeId::Apd, EtapeTypeId::Spo, EtapeTypeId::Apo, EtapeTypeId::App, EtapeTypeId::Scg, EtapeTypeId::Rcg, EtapeTypeId::Sas, EtapeTypeId::Dim, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Npp, EtapeTypeId::Rpu, EtapeTypeId::Mno, EtapeTypeId::Ncl, EtapeTypeId::Css, EtapeTypeId::Adc, EtapeTypeId::Acg, EtapeTypeId::Abd, EtapeTypeId::And] },
    Tde { titre_type: TitreTypeId::Prr, demarche_type: DemarcheTypeId::Pr1, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Rpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prr, demarche_type: DemarcheTypeId::Pr2, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Rpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prr, demarche_type: DemarcheTypeId::Prr, etape_types: &[EtapeTypeId::Dex, EtapeTypeId::Dpu] },
    Tde { titre_type: TitreTypeId::Prr, demarche_type: DemarcheTypeId::Ren, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Apu, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Rpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prr, demarche_type: DemarcheTypeId::Ret, etape_types: &[EtapeTypeId::Spp, EtapeTypeId::Sas, EtapeTypeId::Rpu, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Dux, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prs, demarche_type: DemarcheTypeId::Aom, etape_types: &[EtapeTypeId::Wfa, EtapeTypeId::Wdd, EtapeTypeId::Wdc, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Wse, EtapeTypeId::Wae, EtapeTypeId::Asc, EtapeTypeId::Epu, EtapeTypeId::Apd, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Wpa, EtapeTypeId::Wab, EtapeTypeId::Wdm, EtapeTypeId::Wao] },
    Tde { titre_type: TitreTypeId::Prs, demarche_type: DemarcheTypeId::Dam, etape_types: &[EtapeTypeId::Wfd, EtapeTypeId::Wdd, EtapeTypeId::Wde, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Asc, EtapeTypeId::Wps, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Apd, EtapeTypeId::Wpp, EtapeTypeId::Wpc, EtapeTypeId::Wmt, EtapeTypeId::Wrt, EtapeTypeId::Wpo, EtapeTypeId::Wpa, EtapeTypeId::Wpb] },
    Tde { titre_type: TitreTypeId::Prs, demarche_type: DemarcheTypeId::Dot, etape_types: &[EtapeTypeId::Wfo, EtapeTypeId::Wdd, EtapeTypeId::Wdc, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Asc, EtapeTypeId::Apd, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Wda, EtapeTypeId::Wab] },
    Tde { titre_type: TitreTypeId::Prs, demarche_type: DemarcheTypeId::Vct, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Sas, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prs, demarche_type: DemarcheTypeId::Exp, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Rpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prs, demarche_type: DemarcheTypeId::Fus, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Apu, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Rpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prs, demarche_type: DemarcheTypeId::Mut, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Rpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prs, demarche_type: DemarcheTypeId::Oct, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Des, EtapeTypeId::Mod, EtapeTypeId::Mco, EtapeTypeId::Rco, EtapeTypeId::Mif, EtapeTypeId::Rif, EtapeTypeId::Mcr, EtapeTypeId::Anf, EtapeTypeId::Mec, EtapeTypeId::Ppu, EtapeTypeId::Asc, EtapeTypeId::Adc, EtapeTypeId::Apd, EtapeTypeId::Spo, EtapeTypeId::Apo, EtapeTypeId::App, EtapeTypeId::Scg, EtapeTypeId::Rcg, EtapeTypeId::Acg, EtapeTypeId::Sas, EtapeTypeId::Dim, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Npp, EtapeTypeId::Rpu, EtapeTypeId::Mno, EtapeTypeId::Ncl, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prs, demarche_type: DemarcheTypeId::Pr1, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Rpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prs, demarche_type: DemarcheTypeId::Pr2, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Rpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prs, demarche_type: DemarcheTypeId::Ren, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Apu, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Rpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prs, demarche_type: DemarcheTypeId::Ret, etape_types: &[EtapeTypeId::Spp, EtapeTypeId::Sas, EtapeTypeId::Dux, EtapeTypeId::Dpu, EtapeTypeId::Rpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prw, demarche_type: DemarcheTypeId::Aom, etape_types: &[EtapeTypeId::Wfa, EtapeTypeId::Wdd, EtapeTypeId::Wdc, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Wse, EtapeTypeId::Wae, EtapeTypeId::Asc, EtapeTypeId::Epu, EtapeTypeId::Apd, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Wpa, EtapeTypeId::Wab, EtapeTypeId::Wdm, EtapeTypeId::Wao] },
    Tde { titre_type: TitreTypeId::Prw, demarche_type: DemarcheTypeId::Dam, etape_types: &[EtapeTypeId::Wfd, EtapeTypeId::Wdd, EtapeTypeId::Wde, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Asc, EtapeTypeId::Wps, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Apd, EtapeTypeId::Wpp, EtapeTypeId::Wpc, EtapeTypeId::Wmt, EtapeTypeId::Wrt, EtapeTypeId::Wpo, EtapeTypeId::Wpa, EtapeTypeId::Wpb] },
    Tde { titre_type: TitreTypeId::Prw, demarche_type: DemarcheTypeId::Dot, etape_types: &[EtapeTypeId::Wfo, EtapeTypeId::Wdd, EtapeTypeId::Wdc, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Asc, EtapeTypeId::Apd, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Wda, EtapeTypeId::Wab] },
    Tde { titre_type: TitreTypeId::Prw, demarche_type: DemarcheTypeId::Vct, etape_types: &[EtapeTypeId::Ihi, EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Sas, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prw, demarche_type: DemarcheTypeId::Exp, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Rpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prw, demarche_type: DemarcheTypeId::Fus, etape_types: &[EtapeTypeId::Ihi, EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Apu, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Rpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prw, demarche_type: DemarcheTypeId::Mut, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Rpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prw, demarche_type: DemarcheTypeId::Oct, etape_types: &[EtapeTypeId::Ihi, EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Epu, EtapeTypeId::Spp, EtapeTypeId::Des, EtapeTypeId::Mod, EtapeTypeId::Mco, EtapeTypeId::Rco, EtapeTypeId::Mif, EtapeTypeId::Rif, EtapeTypeId::Mcr, EtapeTypeId::Anf, EtapeTypeId::Mec, EtapeTypeId::Ppu, EtapeTypeId::Asc, EtapeTypeId::Adc, EtapeTypeId::Apd, EtapeTypeId::Spo, EtapeTypeId::Apo, EtapeTypeId::App, EtapeTypeId::Scg, EtapeTypeId::Rcg, EtapeTypeId::Acg, EtapeTypeId::Cac, EtapeTypeId::Sas, EtapeTypeId::Dim, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Npp, EtapeTypeId::Rpu, EtapeTypeId::Mno, EtapeTypeId::Ncl, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prw, demarche_type: DemarcheTypeId::Pr1, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Asc, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Des, EtapeTypeId::Mod, EtapeTypeId::Mcr, EtapeTypeId::Mco, EtapeTypeId::Rco, EtapeTypeId::Mif, EtapeTypeId::Rif, EtapeTypeId::Ppu, EtapeTypeId::Apd, EtapeTypeId::Scg, EtapeTypeId::Rcg, EtapeTypeId::Acg, EtapeTypeId::Apo, EtapeTypeId::App, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Rpu, EtapeTypeId::Pqr, EtapeTypeId::Mno, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prw, demarche_type: DemarcheTypeId::Pr2, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Asc, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Des, EtapeTypeId::Mod, EtapeTypeId::Mcr, EtapeTypeId::Mco, EtapeTypeId::Rco, EtapeTypeId::Mif, EtapeTypeId::Rif, EtapeTypeId::Ppu, EtapeTypeId::Apd, EtapeTypeId::Scg, EtapeTypeId::Rcg, EtapeTypeId::Acg, EtapeTypeId::Apo, EtapeTypeId::App, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Rpu, EtapeTypeId::Pqr, EtapeTypeId::Mno, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prw, demarche_type: DemarcheTypeId::Ren, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Mdp, EtapeTypeId::Dim, EtapeTypeId::Apu, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Rpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Prw, demarche_type: DemarcheTypeId::Ret, etape_types: &[EtapeTypeId::Spp, EtapeTypeId::Sas, EtapeTypeId::Dux, EtapeTypeId::Dpu, EtapeTypeId::Rpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Pxf, demarche_type: DemarcheTypeId::Oct, etape_types: &[EtapeTypeId::Dpu] },
    Tde { titre_type: TitreTypeId::Pxg, demarche_type: DemarcheTypeId::Amo, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Apu, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Pxg, demarche_type: DemarcheTypeId::Aom, etape_types: &[EtapeTypeId::Wfa, EtapeTypeId::Wdd, EtapeTypeId::Wdc, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Wse, EtapeTypeId::Wae, EtapeTypeId::Asc, EtapeTypeId::Epu, EtapeTypeId::Apd, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Wpa, EtapeTypeId::Wab, EtapeTypeId::Wdm, EtapeTypeId::Wao] },
    Tde { titre_type: TitreTypeId::Pxg, demarche_type: DemarcheTypeId::Dam, etape_types: &[EtapeTypeId::Wfd, EtapeTypeId::Wdd, EtapeTypeId::Wde, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Asc, EtapeTypeId::Wps, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Apd, EtapeTypeId::Wpp, EtapeTypeId::Wpc, EtapeTypeId::Wmt, EtapeTypeId::Wrt, EtapeTypeId::Wpo, EtapeTypeId::Wpa, EtapeTypeId::Wpb] },
    Tde { titre_type: TitreTypeId::Pxg, demarche_type: DemarcheTypeId::Dot, etape_types: &[EtapeTypeId::Wfo, EtapeTypeId::Wdd, EtapeTypeId::Wdc, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Asc, EtapeTypeId::Apd, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Wda, EtapeTypeId::Wab] },
    Tde { titre_type: TitreTypeId::Pxg, demarche_type: DemarcheTypeId::Exp, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Pxg, demarche_type: DemarcheTypeId::Fus, etape_types: &[EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mfr, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Pxg, demarche_type: DemarcheTypeId::Mut, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Pxg, demarche_type: DemarcheTypeId::Oct, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Anf, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Rpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Pxg, demarche_type: DemarcheTypeId::Pro, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Pxg, demarche_type: DemarcheTypeId::Ren, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Apu, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Pxg, demarche_type: DemarcheTypeId::Res, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Apu, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Pxg, demarche_type: DemarcheTypeId::Ret, etape_types: &[EtapeTypeId::Spp, EtapeTypeId::Sas, EtapeTypeId::Dux, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Pxh, demarche_type: DemarcheTypeId::Amo, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Pxh, demarche_type: DemarcheTypeId::Aom, etape_types: &[EtapeTypeId::Wfa, EtapeTypeId::Wdd, EtapeTypeId::Wdc, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Wse, EtapeTypeId::Wae, EtapeTypeId::Asc, EtapeTypeId::Epu, EtapeTypeId::Apd, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Wpa, EtapeTypeId::Wab, EtapeTypeId::Wdm, EtapeTypeId::Wao] },
    Tde { titre_type: TitreTypeId::Pxh, demarche_type: DemarcheTypeId::Dam, etape_types: &[EtapeTypeId::Wfd, EtapeTypeId::Wdd, EtapeTypeId::Wde, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Asc, EtapeTypeId::Wps, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Apd, EtapeTypeId::Wpp, EtapeTypeId::Wpc, EtapeTypeId::Wmt, EtapeTypeId::Wrt, EtapeTypeId::Wpo, EtapeTypeId::Wpa, EtapeTypeId::Wpb] },
    Tde { titre_type: TitreTypeId::Pxh, demarche_type: DemarcheTypeId::Dot, etape_types: &[EtapeTypeId::Wfo, EtapeTypeId::Wdd, EtapeTypeId::Wdc, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Asc, EtapeTypeId::Apd, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Wda, EtapeTypeId::Wab] },
    Tde { titre_type: TitreTypeId::Pxh, demarche_type: DemarcheTypeId::Vct, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Sas, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Pxh, demarche_type: DemarcheTypeId::Exp, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Pxh, demarche_type: DemarcheTypeId::Mut, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Pxh, demarche_type: DemarcheTypeId::Oct, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Pxh, demarche_type: DemarcheTypeId::Pr1, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Pxh, demarche_type: DemarcheTypeId::Pr2, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Pxh, demarche_type: DemarcheTypeId::Prr, etape_types: &[EtapeTypeId::Spp, EtapeTypeId::Sas, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Dpu, EtapeTypeId::Dux, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Pxh, demarche_type: DemarcheTypeId::Ren, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Pxh, demarche_type: DemarcheTypeId::Res, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Pxh, demarche_type: DemarcheTypeId::Ret, etape_types: &[EtapeTypeId::Spp, EtapeTypeId::Sas, EtapeTypeId::Dux, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Pxm, demarche_type: DemarcheTypeId::Amo, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Apu, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Pxm, demarche_type: DemarcheTypeId::Aom, etape_types: &[EtapeTypeId::Wfa, EtapeTypeId::Wdd, EtapeTypeId::Wdc, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Wse, EtapeTypeId::Wae, EtapeTypeId::Asc, EtapeTypeId::Epu, EtapeTypeId::Apd, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Wpa, EtapeTypeId::Wab, EtapeTypeId::Wdm, EtapeTypeId::Wao] },
    Tde { titre_type: TitreTypeId::Pxm, demarche_type: DemarcheTypeId::Dam, etape_types: &[EtapeTypeId::Wfd, EtapeTypeId::Wdd, EtapeTypeId::Wde, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Asc, EtapeTypeId::Wps, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Apd, EtapeTypeId::Wpp, EtapeTypeId::Wpc, EtapeTypeId::Wmt, EtapeTypeId::Wrt, EtapeTypeId::Wpo, EtapeTypeId::Wpa, EtapeTypeId::Wpb] },
    Tde { titre_type: TitreTypeId::Pxm, demarche_type: DemarcheTypeId::Dot, etape_types: &[EtapeTypeId::Wfo, EtapeTypeId::Wdd, EtapeTypeId::Wdc, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Asc, EtapeTypeId::Apd, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Wda, EtapeTypeId::Wab] },
    Tde { titre_type: TitreTypeId::Pxm, demarche_type: DemarcheTypeId::Vct, etape_types: &[EtapeTypeId::Ihi, EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Sas, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Pxm, demarche_type: DemarcheTypeId::Exp, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Pxm, demarche_type: DemarcheTypeId::Exs, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Pxm, demarche_type: DemarcheTypeId::Mut, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Des, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Mco, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Pxm, demarche_type: DemarcheTypeId::Oct, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Mod, EtapeTypeId::Des, EtapeTypeId::Spp, EtapeTypeId::Mco, EtapeTypeId::Rco, EtapeTypeId::Mif, EtapeTypeId::Rif, EtapeTypeId::Mcr, EtapeTypeId::Apu, EtapeTypeId::Dim, EtapeTypeId::Anf, EtapeTypeId::Mec, EtapeTypeId::Epu, EtapeTypeId::Asc, EtapeTypeId::Adc, EtapeTypeId::Apd, EtapeTypeId::Spo, EtapeTypeId::Apo, EtapeTypeId::App, EtapeTypeId::Scg, EtapeTypeId::Rcg, EtapeTypeId::Acg, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Npp, EtapeTypeId::Mno, EtapeTypeId::Rpu, EtapeTypeId::Ncl, EtapeTypeId::Pqr, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css, EtapeTypeId::Ihi] },
    Tde { titre_type: TitreTypeId::Pxm, demarche_type: DemarcheTypeId::Pr1, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Mod, EtapeTypeId::Des, EtapeTypeId::Spp, EtapeTypeId::Mco, EtapeTypeId::Rco, EtapeTypeId::Mif, EtapeTypeId::Rif, EtapeTypeId::Mcr, EtapeTypeId::Apu, EtapeTypeId::Dim, EtapeTypeId::Asc, EtapeTypeId::Adc, EtapeTypeId::Apd, EtapeTypeId::Spo, EtapeTypeId::Apo, EtapeTypeId::App, EtapeTypeId::Scg, EtapeTypeId::Rcg, EtapeTypeId::Acg, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Npp, EtapeTypeId::Mno, EtapeTypeId::Rpu, EtapeTypeId::Ncl, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css, EtapeTypeId::Ihi] },
    Tde { titre_type: TitreTypeId::Pxm, demarche_type: DemarcheTypeId::Pr2, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Mod, EtapeTypeId::Des, EtapeTypeId::Spp, EtapeTypeId::Mco, EtapeTypeId::Rco, EtapeTypeId::Mif, EtapeTypeId::Rif, EtapeTypeId::Mcr, EtapeTypeId::Apu, EtapeTypeId::Dim, EtapeTypeId::Asc, EtapeTypeId::Adc, EtapeTypeId::Apd, EtapeTypeId::Spo, EtapeTypeId::Apo, EtapeTypeId::App, EtapeTypeId::Scg, EtapeTypeId::Rcg, EtapeTypeId::Acg, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Npp, EtapeTypeId::Mno, EtapeTypeId::Rpu, EtapeTypeId::Ncl, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css, EtapeTypeId::Ihi] },
    Tde { titre_type: TitreTypeId::Pxm, demarche_type: DemarcheTypeId::Ren, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Apu, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Pxm, demarche_type: DemarcheTypeId::Res, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Apu, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Pxm, demarche_type: DemarcheTypeId::Ret, etape_types: &[EtapeTypeId::Spp, EtapeTypeId::Sas, EtapeTypeId::Dux, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Pxr, demarche_type: DemarcheTypeId::Amo, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Apu, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Pxr, demarche_type: DemarcheTypeId::Aom, etape_types: &[EtapeTypeId::Wfa, EtapeTypeId::Wdd, EtapeTypeId::Wdc, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Wse, EtapeTypeId::Wae, EtapeTypeId::Asc, EtapeTypeId::Epu, EtapeTypeId::Apd, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Wpa, EtapeTypeId::Wab, EtapeTypeId::Wdm, EtapeTypeId::Wao] },
    Tde { titre_type: TitreTypeId::Pxr, demarche_type: DemarcheTypeId::Dam, etape_types: &[EtapeTypeId::Wfd, EtapeTypeId::Wdd, EtapeTypeId::Wde, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Asc, EtapeTypeId::Wps, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Apd, EtapeTypeId::Wpp, EtapeTypeId::Wpc, EtapeTypeId::Wmt, EtapeTypeId::Wrt, EtapeTypeId::Wpo, EtapeTypeId::Wpa, EtapeTypeId::Wpb] },
    Tde { titre_type: TitreTypeId::Pxr, demarche_type: DemarcheTypeId::Dot, etape_types: &[EtapeTypeId::Wfo, EtapeTypeId::Wdd, EtapeTypeId::Wdc, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Asc, EtapeTypeId::Apd, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Wda, EtapeTypeId::Wab] },
    Tde { titre_type: TitreTypeId::Pxr, demarche_type: DemarcheTypeId::Vct, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Sas, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Pxr, demarche_type: DemarcheTypeId::Exp, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dpu, EtapeTypeId::Dex, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Pxr, demarche_type: DemarcheTypeId::Exs, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Pxr, demarche_type: DemarcheTypeId::Mut, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Pxr, demarche_type: DemarcheTypeId::Oct, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Pxr, demarche_type: DemarcheTypeId::Pr1, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Pxr, demarche_type: DemarcheTypeId::Pr2, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Pxr, demarche_type: DemarcheTypeId::Prr, etape_types: &[EtapeTypeId::Dex, EtapeTypeId::Dpu] },
    Tde { titre_type: TitreTypeId::Pxr, demarche_type: DemarcheTypeId::Ren, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Apu, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Pxr, demarche_type: DemarcheTypeId::Res, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Apu, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Pxr, demarche_type: DemarcheTypeId::Ret, etape_types: &[EtapeTypeId::Spp, EtapeTypeId::Sas, EtapeTypeId::Dux, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Pxw, demarche_type: DemarcheTypeId::Amo, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Pxw, demarche_type: DemarcheTypeId::Aom, etape_types: &[EtapeTypeId::Wfa, EtapeTypeId::Wdd, EtapeTypeId::Wdc, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Wse, EtapeTypeId::Wae, EtapeTypeId::Asc, EtapeTypeId::Epu, EtapeTypeId::Apd, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Wpa, EtapeTypeId::Wab, EtapeTypeId::Wdm, EtapeTypeId::Wao] },
    Tde { titre_type: TitreTypeId::Pxw, demarche_type: DemarcheTypeId::Dam, etape_types: &[EtapeTypeId::Wfd, EtapeTypeId::Wdd, EtapeTypeId::Wde, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Asc, EtapeTypeId::Wps, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Apd, EtapeTypeId::Wpp, EtapeTypeId::Wpc, EtapeTypeId::Wmt, EtapeTypeId::Wrt, EtapeTypeId::Wpo, EtapeTypeId::Wpa, EtapeTypeId::Wpb] },
    Tde { titre_type: TitreTypeId::Pxw, demarche_type: DemarcheTypeId::Dot, etape_types: &[EtapeTypeId::Wfo, EtapeTypeId::Wdd, EtapeTypeId::Wdc, EtapeTypeId::Wrc, EtapeTypeId::Wre, EtapeTypeId::War, EtapeTypeId::Asc, EtapeTypeId::Apd, EtapeTypeId::Wtp, EtapeTypeId::Wau, EtapeTypeId::Wda, EtapeTypeId::Wab] },
    Tde { titre_type: TitreTypeId::Pxw, demarche_type: DemarcheTypeId::Exp, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Pxw, demarche_type: DemarcheTypeId::Mut, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Pxw, demarche_type: DemarcheTypeId::Oct, etape_types: &[EtapeTypeId::Ihi, EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Pxw, demarche_type: DemarcheTypeId::Pr1, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Mod, EtapeTypeId::Des, EtapeTypeId::Spp, EtapeTypeId::Mco, EtapeTypeId::Rco, EtapeTypeId::Mif, EtapeTypeId::Rif, EtapeTypeId::Mcr, EtapeTypeId::Apu, EtapeTypeId::Dim, EtapeTypeId::Asc, EtapeTypeId::Adc, EtapeTypeId::Apd, EtapeTypeId::Spo, EtapeTypeId::Apo, EtapeTypeId::App, EtapeTypeId::Scg, EtapeTypeId::Rcg, EtapeTypeId::Acg, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Npp, EtapeTypeId::Mno, EtapeTypeId::Rpu, EtapeTypeId::Ncl, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css, EtapeTypeId::Ihi] },
    Tde { titre_type: TitreTypeId::Pxw, demarche_type: DemarcheTypeId::Pr2, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Mod, EtapeTypeId::Des, EtapeTypeId::Spp, EtapeTypeId::Mco, EtapeTypeId::Rco, EtapeTypeId::Mif, EtapeTypeId::Rif, EtapeTypeId::Mcr, EtapeTypeId::Apu, EtapeTypeId::Dim, EtapeTypeId::Asc, EtapeTypeId::Adc, EtapeTypeId::Apd, EtapeTypeId::Spo, EtapeTypeId::Apo, EtapeTypeId::App, EtapeTypeId::Scg, EtapeTypeId::Rcg, EtapeTypeId::Acg, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Npp, EtapeTypeId::Mno, EtapeTypeId::Rpu, EtapeTypeId::Ncl, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css, EtapeTypeId::Ihi] },
    Tde { titre_type: TitreTypeId::Pxw, demarche_type: DemarcheTypeId::Prr, etape_types: &[EtapeTypeId::Spp, EtapeTypeId::Sas, EtapeTypeId::Dux, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Pxw, demarche_type: DemarcheTypeId::Ren, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Pxw, demarche_type: DemarcheTypeId::Res, etape_types: &[EtapeTypeId::Mfr, EtapeTypeId::Mdp, EtapeTypeId::Spp, EtapeTypeId::Mod, EtapeTypeId::Dim, EtapeTypeId::Sas, EtapeTypeId::Dex, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
    Tde { titre_type: TitreTypeId::Pxw, demarche_type: DemarcheTypeId::Ret, etape_types: &[EtapeTypeId::Spp, EtapeTypeId::Sas, EtapeTypeId::Dux, EtapeTypeId::Dpu, EtapeTypeId::Abd, EtapeTypeId::And, EtapeTypeId::Css] },
];

/// Public reading of a titre per (titre type, titre statut).
pub static TITRES_TYPES_TITRES_STATUTS_PUBLIC_LECTURE: [(TitreTypeId, TitreStatutId, bool); 135] = [
    (TitreTypeId::Apc, TitreStatutId::Dmi, true),
    (TitreTypeId::Apc, TitreStatutId::Mod, true),
    (TitreTypeId::Apc, TitreStatutId::Sup, true),
    (TitreTypeId::Apc, TitreStatutId::Val, true),
    (TitreTypeId::Aph, TitreStatutId::Dmi, true),
    (TitreTypeId::Aph, TitreStatutId::Mod, true),
    (TitreTypeId::Aph, TitreStatutId::Sup, true),
    (TitreTypeId::Aph, TitreStatutId::Val, true),
    (TitreTypeId::Apm, TitreStatutId::Dmi, true),
    (TitreTypeId::Apm, TitreStatutId::Mod, true),
    (TitreTypeId::Apm, TitreStatutId::Sup, true),
    (TitreTypeId::Apm, TitreStatutId::Val, true),
    (TitreTypeId::Apw, TitreStatutId::Dmi, true),
    (TitreTypeId::Apw, TitreStatutId::Mod, true),
    (TitreTypeId::Apw, TitreStatutId::Sup, true),
    (TitreTypeId::Apw, TitreStatutId::Val, true),
    (TitreTypeId::Apw, TitreStatutId::Ech, true),
    (TitreTypeId::Arc, TitreStatutId::Dmi, true),
    (TitreTypeId::Arc, TitreStatutId::Mod, true),
    (TitreTypeId::Arc, TitreStatutId::Sup, true),
    (TitreTypeId::Arc, TitreStatutId::Val, true),
    (TitreTypeId::Arg, TitreStatutId::Dmi, true),
    (TitreTypeId::Arg, TitreStatutId::Mod, true),
    (TitreTypeId::Arg, TitreStatutId::Sup, true),
    (TitreTypeId::Arg, TitreStatutId::Val, true),
    (TitreTypeId::Arg, TitreStatutId::Ech, true),
    (TitreTypeId::Arm, TitreStatutId::Dmc, true),
    (TitreTypeId::Arm, TitreStatutId::Dmi, true),
    (TitreTypeId::Arm, TitreStatutId::Ech, true),
    (TitreTypeId::Arm, TitreStatutId::Mod, true),
    (TitreTypeId::Arm, TitreStatutId::Sup, true),
    (TitreTypeId::Arm, TitreStatutId::Val, true),
    (TitreTypeId::Axm, TitreStatutId::Dmc, true),
    (TitreTypeId::Axm, TitreStatutId::Dmi, true),
    (TitreTypeId::Axm, TitreStatutId::Ech, true),
    (TitreTypeId::Axm, TitreStatutId::Mod, true),
    (TitreTypeId::Axm, TitreStatutId::Sup, true),
    (TitreTypeId::Axm, TitreStatutId::Val, true),
    (TitreTypeId::Cxf, TitreStatutId::Dmi, true),
    (TitreTypeId::Cxf, TitreStatutId::Ech, true),
    (TitreTypeId::Cxf, TitreStatutId::Mod, true),
    (TitreTypeId::Cxf, TitreStatutId::Sup, true),
    (TitreTypeId::Cxf, TitreStatutId::Val, true),
    (TitreTypeId::Cxg, TitreStatutId::Dmi, true),
    (TitreTypeId::Cxg, TitreStatutId::Mod, true),
    (TitreTypeId::Cxg, TitreStatutId::Sup, true),
    (TitreTypeId::Cxg, TitreStatutId::Val, true),
    (TitreTypeId::Cxg, TitreStatutId::Ech, true),
    (TitreTypeId::Cxh, TitreStatutId::Dmi, true),
    (TitreTypeId::Cxh, TitreStatutId::Mod, true),
    (TitreTypeId::Cxh, TitreStatutId::Sup, true),
    (TitreTypeId::Cxh, TitreStatutId::Val, true),
    (TitreTypeId::Cxm, TitreStatutId::Dmi, true),
    (TitreTypeId::Cxm, TitreStatutId::Ech, true),
    (TitreTypeId::Cxm, TitreStatutId::Mod, true),
    (TitreTypeId::Cxm, TitreStatutId::Sup, true),
    (TitreTypeId::Cxm, TitreStatutId::Val, true),
    (TitreTypeId::Cxr, TitreStatutId::Dmi, true),
    (TitreTypeId::Cxr, TitreStatutId::Ech, true),
    (TitreTypeId::Cxr, TitreStatutId::Mod, true),
    (TitreTypeId::Cxr, TitreStatutId::Sup, true),
    (TitreTypeId::Cxr, TitreStatutId::Val, true),
    (TitreTypeId::Cxs, TitreStatutId::Dmi, true),
    (TitreTypeId::Cxs, TitreStatutId::Ech, true),
    (TitreTypeId::Cxs, TitreStatutId::Mod, true),
    (TitreTypeId::Cxs, TitreStatutId::Sup, true),
    (TitreTypeId::Cxs, TitreStatutId::Val, true),
    (TitreTypeId::Cxw, TitreStatutId::Dmi, true),
    (TitreTypeId::Cxw, TitreStatutId::Mod, true),
    (TitreTypeId::Cxw, TitreStatutId::Sup, true),
    (TitreTypeId::Cxw, TitreStatutId::Val, true),
    (TitreTypeId::Cxw, TitreStatutId::Ech, true),
    (TitreTypeId::Pcc, TitreStatutId::Dmi, true),
    (TitreTypeId::Pcc, TitreStatutId::Ech, true),
    (TitreTypeId::Pcc, TitreStatutId::Mod, true),
    (TitreTypeId::Pcc, TitreStatutId::Sup, true),
    (TitreTypeId::Pcc, TitreStatutId::Val, true),
    (TitreTypeId::Prf, TitreStatutId::Dmi, true),
    (TitreTypeId::Prf, TitreStatutId::Ech, true),
    (TitreTypeId::Prf, TitreStatutId::Mod, true),
    (TitreTypeId::Prf, TitreStatutId::Sup, true),
    (TitreTypeId::Prf, TitreStatutId::Val, true),
    (TitreTypeId::Prg, TitreStatutId::Dmi, true),
    (TitreTypeId::Prg, TitreStatutId::Mod, true),
    (TitreTypeId::Prg, TitreStatutId::Sup, true),
    (TitreTypeId::Prg, TitreStatutId::Val, true),
    (TitreTypeId::Prg, TitreStatutId::Ech, true),
    (TitreTypeId::Prh, TitreStatutId::Dmi, true),
    (TitreTypeId::Prh, TitreStatutId::Mod, true),
    (TitreTypeId::Prh, TitreStatutId::Sup, true),
    (TitreTypeId::Prh, TitreStatutId::Val, true),
    (TitreTypeId::Prm, TitreStatutId::Dmi, true),
    (TitreTypeId::Prm, TitreStatutId::Ech, true),
    (TitreTypeId::Prm, TitreStatutId::Mod, true),
    (TitreTypeId::Prm, TitreStatutId::Sup, true),
    (TitreTypeId::Prm, TitreStatutId::Val, true),
    (TitreTypeId::Prr, TitreStatutId::Dmi, true),
    (TitreTypeId::Prr, TitreStatutId::Ech, true),
    (TitreTypeId::Prr, TitreStatutId::Mod, true),
    (TitreTypeId::Prr, TitreStatutId::Sup, true),
    (TitreTypeId::Prr, TitreStatutId::Val, true),
    (TitreTypeId::Prs, TitreStatutId::Dmi, true),
    (TitreTypeId::Prs, TitreStatutId::Ech, true),
    (TitreTypeId::Prs, TitreStatutId::Mod, true),
    (TitreTypeId::Prs, TitreStatutId::Sup, true),
    (TitreTypeId::Prs, TitreStatutId::Val, true),
    (TitreTypeId::Prw, TitreStatutId::Dmi, true),
    (TitreTypeId::Prw, TitreStatutId::Mod, true),
    (TitreTypeId::Prw, TitreStatutId::Sup, true),
    (TitreTypeId::Prw, TitreStatutId::Val, true),
    (TitreTypeId::Prw, TitreStatutId::Ech, true),
    (TitreTypeId::Pxg, TitreStatutId::Dmi, true),
    (TitreTypeId::Pxg, TitreStatutId::Mod, true),
    (TitreTypeId::Pxg, TitreStatutId::Sup, true),
    (TitreTypeId::Pxg, TitreStatutId::Val, true),
    (TitreTypeId::Pxg, TitreStatutId::Ech, true),
    (TitreTypeId::Pxh, TitreStatutId::Dmi, true),
    (TitreTypeId::Pxh, TitreStatutId::Mod, true),
    (TitreTypeId::Pxh, TitreStatutId::Sup, true),
    (TitreTypeId::Pxh, TitreStatutId::Val, true),
    (TitreTypeId::Pxm, TitreStatutId::Dmi, true),
    (TitreTypeId::Pxm, TitreStatutId::Ech, true),
    (TitreTypeId::Pxm, TitreStatutId::Mod, true),
    (TitreTypeId::Pxm, TitreStatutId::Sup, true),
    (TitreTypeId::Pxm, TitreStatutId::Val, true),
    (TitreTypeId::Pxr, TitreStatutId::Dmi, true),
    (TitreTypeId::Pxr, TitreStatutId::Ech, true),
    (TitreTypeId::Pxr, TitreStatutId::Mod, true),
    (TitreTypeId::Pxr, TitreStatutId::Sup, true),
    (TitreTypeId::Pxr, TitreStatutId::Val, true),
    (TitreTypeId::Pxw, TitreStatutId::Dmi, true),
    (TitreTypeId::Pxw, TitreStatutId::Mod, true),
    (TitreTypeId::Pxw, TitreStatutId::Sup, true),
    (TitreTypeId::Pxw, TitreStatutId::Val, true),
    (TitreTypeId::Pxw, TitreStatutId::Ech, true),
];

/// Substances légales.
pub static SUBSTANCES_LEGALES: [SubstanceLegale; 202] = [
    SubstanceLegale { id: "cfxx", nom: "combustibles fossiles", description: None, domaines: &[DomaineId::F], parents: &[] },
    SubstanceLegale { id: "selh", nom: "sources d'eau salée", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "aloh", nom: "bauxite", description: None, domaines: &[DomaineId::M], parents: &["meba"] },
    SubstanceLegale { id: "anti", nom: "antimoine", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "arge", nom: "argent", description: None, domaines: &[DomaineId::M], parents: &["mepr"] },
    SubstanceLegale { id: "arse", nom: "arsenic", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "auru", nom: "or", description: None, domaines: &[DomaineId::M], parents: &["mepr"] },
    SubstanceLegale { id: "bery", nom: "béryllium", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "bism", nom: "bismuth", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "cadm", nom: "cadmium", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "ceri", nom: "cérium", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "cesi", nom: "césium", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "chro", nom: "chrome", description: None, domaines: &[DomaineId::M], parents: &["meba"] },
    SubstanceLegale { id: "coba", nom: "cobalt", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "coox", nom: "gaz carbonique", description: Some("A l'exception du gaz naturellement contenu dans les eaux qui sont ou qui viendraient à être utilisées pour l'alimentation humaine ou à des fins thérapeutiques"), domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "cuiv", nom: "cuivre", description: None, domaines: &[DomaineId::M], parents: &["meba"] },
    SubstanceLegale { id: "diam", nom: "diamant", description: None, domaines: &[DomaineId::M], parents: &["pipe"] },
    SubstanceLegale { id: "etai", nom: "étain", description: None, domaines: &[DomaineId::M], parents: &["meba"] },
    SubstanceLegale { id: "ferx", nom: "fer", description: None, domaines: &[DomaineId::M], parents: &["meba", "pyri"] },
    SubstanceLegale { id: "fluo", nom: "fluorine", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "gall", nom: "gallium", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "geob", nom: "gîtes géothermiques basse température", description: None, domaines: &[DomaineId::G], parents: &[] },
    SubstanceLegale { id: "geoh", nom: "gîtes géothermiques haute température", description: None, domaines: &[DomaineId::G], parents: &[] },
    SubstanceLegale { id: "gehp", nom: "gîtes géothermiques haute énergie", description: None, domaines: &[DomaineId::G], parents: &[] },
    SubstanceLegale { id: "gebp", nom: "gîtes géothermiques basse énergie", description: None, domaines: &[DomaineId::G], parents: &[] },
    SubstanceLegale { id: "geom", nom: "activités géothermiques de minime importance", description: None, domaines: &[DomaineId::G], parents: &[] },
    SubstanceLegale { id: "germ", nom: "germanium", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "grap", nom: "graphite", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "grma", nom: "granulats marins", description: None, domaines: &[DomaineId::W], parents: &["galt", "grsi", "maer", "saco", "samg", "sasi", "sgsc", "sgsm"] },
    SubstanceLegale { id: "hafn", nom: "hafnium", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "heli", nom: "hélium", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "hydm", nom: "calcaires bitumineux", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "hydx", nom: "hydrocarbures liquides ou gazeux", description: Some("A l'exception de la tourbe"), domaines: &[DomaineId::H], parents: &["hyda", "hydc", "hydo", "hydr"] },
    SubstanceLegale { id: "indi", nom: "indium", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "kals", nom: "alun", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "kclx", nom: "sels de potassium", description: Some("A l'état solide ou en dissolution, à l'exception de ceux contenus dans les eaux salées utilisées à des fins thérapeutiques ou de loisirs"), domaines: &[DomaineId::M], parents: &["selg", "selp", "sels"] },
    SubstanceLegale { id: "lith", nom: "lithium", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "mang", nom: "manganèse", description: None, domaines: &[DomaineId::M], parents: &["meba"] },
    SubstanceLegale { id: "merc", nom: "mercure", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "moly", nom: "molybdène", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "nacl", nom: "sels de sodium", description: Some("A l'état solide ou en dissolution, à l'exception de ceux contenus dans les eaux salées utilisées à des fins thérapeutiques ou de loisirs"), domaines: &[DomaineId::M], parents: &["selg", "selp", "sels", "selx"] },
    SubstanceLegale { id: "nick", nom: "nickel", description: None, domaines: &[DomaineId::M], parents: &["meba"] },
    SubstanceLegale { id: "niob", nom: "niobium", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "oooo", nom: "non précisée(s)", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "phos", nom: "phosphates", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "plat", nom: "platine", description: None, domaines: &[DomaineId::M], parents: &["mepr"] },
    SubstanceLegale { id: "plax", nom: "métaux de la mine du platine", description: None, domaines: &[DomaineId::M], parents: &["irid", "mepr", "osmi", "pall", "rhod", "ruth"] },
    SubstanceLegale { id: "plom", nom: "plomb", description: None, domaines: &[DomaineId::M], parents: &["meba"] },
    SubstanceLegale { id: "radi", nom: "radium", description: None, domaines: &[DomaineId::R], parents: &[] },
    SubstanceLegale { id: "rhen", nom: "rhénium", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "rubi", nom: "rubidium", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "rxxx", nom: "autres éléments radioactifs", description: None, domaines: &[DomaineId::R], parents: &["acti", "asta", "polo", "prot", "radi", "rado", "tech"] },
    SubstanceLegale { id: "scan", nom: "scandium", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "scoc", nom: "substances connexes", description: Some("Substances présentes lors de l’abattage des substances principales. Elles sont à la libre disposition de l’opérateur à la condition que le titre ou l’autorisation porte la mention « et substances connexes »."), domaines: &[DomaineId::C, DomaineId::F, DomaineId::G, DomaineId::H, DomaineId::R, DomaineId::S, DomaineId::W, DomaineId::M], parents: &["mais", "meco", "tmas"] },
    SubstanceLegale { id: "sele", nom: "sélénium", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "skst", nom: "stockage souterrain", description: None, domaines: &[DomaineId::S], parents: &["buta", "ethy", "gazn", "hydg", "hydo", "prpa", "prpy"] },
    SubstanceLegale { id: "souf", nom: "soufre", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "soxx", nom: "sulfates autres que les sulfates alcalino-terreux", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "tant", nom: "tantale", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "tell", nom: "tellure", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "thal", nom: "thallium", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "thor", nom: "thorium", description: None, domaines: &[DomaineId::R], parents: &[] },
    SubstanceLegale { id: "tita", nom: "titane", description: None, domaines: &[DomaineId::M], parents: &["meba"] },
    SubstanceLegale { id: "trxx", nom: "autres éléments de terres rares", description: None, domaines: &[DomaineId::M], parents: &["dysp", "erbi", "euro", "gado", "holm", "lant", "lute", "neod", "pras", "prom", "sama", "scan", "terb", "thul", "ytri", "ytte"] },
    SubstanceLegale { id: "uran", nom: "uranium", description: None, domaines: &[DomaineId::R], parents: &[] },
    SubstanceLegale { id: "vana", nom: "vanadium", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "wolf", nom: "tungstène", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "zinc", nom: "zinc", description: None, domaines: &[DomaineId::M], parents: &["meba"] },
    SubstanceLegale { id: "zirc", nom: "zirconium", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "acti", nom: "actinium", description: None, domaines: &[DomaineId::R], parents: &[] },
    SubstanceLegale { id: "amph", nom: "amphibolite", description: Some("Roche métamorphique présentant de bonnes caractéristiques géomécaniques, de couleur sombre (gris à vert foncé) riche en silicates calciques et ferromagnésiens (essentiellement hornblende, mais aussi feldspath plagioclase) et de minéraux annexes (pyroxène, micas). Elle est utilisée comme roche ornementale et de construction et comme granulat."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "anda", nom: "andalousite / sillimanite / kyanite - (cyanite - disthène)", description: Some("Minéral - Silicate d'alumine (SiAl2O5). L'andalousite, la silimanite et la Kyanite (Cyanite ou Disthème) ont la même composition chimique mais avec une structure cristalline et des propriétés physico-minéraloriques différentes (triclinique) autrement dit une variété allotropique (même formule chimique mais système cristallin différent). En France, on ne connait pas de gisement de Kyanite à ce jour. L'andalousite et la silimanite y sont exploitées et sont utilisées dans l'industrie. L'andalousite est utilisée pour ses propriétés réfractaires et son excellente résistance aux chocs thermiques. La silimanite, utilisée pour le même usage réfractaire, a toutefois des propriétés physico-minéraloriques sensiblement différentes de l'andalousite."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "ande", nom: "andésite", description: Some("Roche volcanique de couleur gris-clair constituée de cristaux de silicates (plagioclases, biotite, hornblende, pyroxène) dans une matrice vitreuse, avec une bonne homogénéité texturale. Elle présente une bonne résistance mécanique et à l'abrasion."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "anhy", nom: "anhydrite", description: Some("Forme anhydre (CaSO4) du sulfate de calcium hydraté (gypse), utilisée comme charge dans l'industrie des peintures, plastiques et comme régulateur de prise dans les ciments, plus rarement comme amendement."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "ardo", nom: "ardoises", description: Some("Roche schistosée, à l'origine une argile, ayant subi un faible métamorphisme. Variétés gris-bleuté à noire dont la texture (à grains très fin et homogène) et la fissillité (débit en plaques fines) sont mis à profit pour la fabrication d'éléments de toiture, de parement et de dallage pour les variétés plus gréseuses (autres utilisations possibles: additifs pour la fabrication du clinker et des ciments)."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "argc", nom: "argiles communes", description: Some("Roche sédimentaire tendre à grain très fin, constituée de minéraux argileux à dominante de smectites-illites, ainsi que d'autres minéraux (quartz, oxydes...) de couleur gris-foncé, brune, jaune-oranger ou rougeâtre. Elles forment une pâte en présence d'eau et durcissent à la cuisson (terres-cuites). peuvent être utilisées (10 à 20%) dans la fabrication du clinker, constituant de base de tous les ciments."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "argf", nom: "argiles fibreuses (attapulgites ou palygorskites, sépiolites)", description: Some("Roches sédimentaires tendre à grains fins, constituées majoritairement d'argiles alumino-magnésiennes (fibres de 1 à 3 µm de long et de 100 à 300 Angstroms de large. La différence entre la largeur des fibres permet de différentier les sépiolites des attapulgites). L'existence de micropores entre les fibres, confèrent à ces argiles une grande capacité d'absorption."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "argk", nom: "argiles kaoliniques", description: Some("Roche sédimentaire tendre à grains très fins constituée principalement de kaolinite (minéral argileux blanc à crème) utilisée pour ses propriétés en céramiques communes (sanitaires) et pour matériaux réfractaires (fabrication de chamottes)."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "args", nom: "argiles", description: Some("Roches sédimentaires peu consolidées formées de minéraux argileux comme la montmorillonite (silicate d'aluminium et de magnésium hydraté) et la beidellite (silicate naturel d'aluminium hydraté). Ces phyllosilicates ont des propriétés physico-chimiques (gonflement en présence d'eau, rhéologie, adsorption, échanges cationiques...) avec de nombreuses applications dans les secteurs industriels (chimie, métallurgie, environnement, produit de collage en œnologie pour l'élimination des protéines des vins blancs et rosés. Synonyme : bentonite, \"terre à foulon\"."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "asta", nom: "astate", description: None, domaines: &[DomaineId::R], parents: &[] },
    SubstanceLegale { id: "bary", nom: "barytine", description: Some("Minéral - Sulfate de baryum (BaSO4) présentant une forte densité (4,5) et une bonne inertie chimique utilisé comme charge minérale dans les boues de forage, les bétons spéciaux des installations nucléaires (radioprotection) et certaines peintures industrielles."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "basa", nom: "basalte", description: Some("Roche volcanique dure et massive de couleur gris-foncé à noire, constituée de fin cristaux (pyroxène et olivine) dans une masse vitreuse. Excellentes propriétés mécaniques (dureté), utilisation en tant que granulats et roche ornementale et de construction."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "bitu", nom: "bitume", description: None, domaines: &[DomaineId::F], parents: &[] },
    SubstanceLegale { id: "buta", nom: "butane", description: None, domaines: &[DomaineId::S], parents: &[] },
    SubstanceLegale { id: "caci", nom: "calcaires cimentiers", description: None, domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "calc", nom: "calcaires", description: Some("Roche sédimentaire (couleur blanc-beige-gris) principalement constituée de calcite (carbonate de calcium (CaCO3) faisant effervescence à l'acide). Caractéristiques pétrophysiques et géomécaniques très hétérogènes en fonction de la cristallinité, porosité, teneur en autres constituants (argiles, quartz...). Pour les variétés de haute pureté et blancheur, utilisations comme charges minérales. Autres utilisations : sidérurgie, verrerie, amendements, principale matière première pour la fabrication du clinker et de la chaux. Elle est également très employée en tant pierre ornementale et de construction et pour les granulats."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "cals", nom: "calcschiste", description: Some("Roche métamorphique, d'aspect rubané, provenant de formations argileuses plus ou moins carbonatées comme les marnes et calcaires marneux. Peut être utilisée comme matière première en remplacement du calcaire et/ou des marnes dans la fabrication du clinker, le constituant de base des ciments."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "cend", nom: "cendres volcaniques riches en silice", description: Some("Roche volcanique formée de fragments généralement à grains fins, peu indurée (pulvérulente) ou indurée. Elle est utilisée en tant que granulats ou comme roches ornementales et de construction."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "cfan", nom: "anthracite", description: None, domaines: &[DomaineId::F], parents: &[] },
    SubstanceLegale { id: "cfch", nom: "charbon", description: None, domaines: &[DomaineId::F], parents: &[] },
    SubstanceLegale { id: "cfho", nom: "houille", description: None, domaines: &[DomaineId::F], parents: &[] },
    SubstanceLegale { id: "cfli", nom: "lignite", description: None, domaines: &[DomaineId::F], parents: &[] },
    SubstanceLegale { id: "corn", nom: "cornéenne", description: Some("Roche métamorphique cristalline plus ou moins orientée, habituellement très dure produite sous l'action de la chaleur d'un magma en fusion (métamorphisme de contact). Les grains sont d'une grosseur homogène et ne suivent pas une orientation préférentielle. Leur composition minéralogique varie selon le degré de métamorphisme et la nature des roches initiales. Elles présentent en général de bonnes résistances au choc et à l'abrasion."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "crai", nom: "craie", description: Some("Roche sédimentaire fine, tendre, friable, de couleur blanche, composée de calcite(CaCO3) d'origine fossilifère. En amendement, est utilisée sous forme pulvérisée, broyée, concassée ou brute pour corriger les sols acides. En liant hydraulique, elle est utilisée dans des proportions de 80 à 90% dans la fabrication du clinker, le constituant de base du ciment mais sert également à la fabrication de chaux et de mortier. Pour les minéraux industriels, la pureté et la blancheur autorisent une utilisation comme charge minérale."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "daci", nom: "dacite", description: Some("Roche volcanique de couleur gris-clair constituée de fins cristaux de quartz, plagioclase et silicates ferro-magnésiens baignant dans un verre. Elle est utilisée comme roche ornementale ou de construction et comme granulat."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "diab", nom: "diabase", description: Some("Roche métamorphique dure, d'origine volcanique à grain fin de couleur sombre (issue de dolérite). Elle est utilisé comme granulat."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "diat", nom: "diatomites", description: Some("Roche sédimentaire tendre et légère formée par accumulation de carapaces siliceuses de micro-organismes en milieux lacustes ou marins. Utilisations industrielles : filtration de liquides alimentaires, charge minérale, absorbant de pollutions. En liant hydraulique, elle peut être utilisée comme additifs pour la fabrication de certains ciments."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "dior", nom: "diorites", description: Some("Roche plutonique cristalline à texture grenue et homogène, constituée de feldspaths blanchâtres et de silicates ferro-magnésiens colorés (amphiboles, biotite...). En roche ornemental et de construction, elle est sélectionnée pour son aspect décoratif. En granulat, cette roche présente de bonnes caractéristiques mécaniques."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "dole", nom: "dolérite", description: Some("Roche volcanique massive, compacte, de couleur sombre (grise à noire), composée de fins cristaux de feldspaths calciques, de pyroxène et parfois d'oxydes de fer. Elle est utilisée en tant que granulats ou en roche ornementale et de construction. On la trouve en association possible des dolérites altérées (diabases issues du métamorphisme des dolérites)."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "dolo", nom: "dolomie", description: Some("Roche sédimentaire constituée principalement de dolomite (carbonate double de calcium et de magnésium). Utilisée comme charge minérale dans de nombreuses applications : peintures et enduits, élastomères, papiers et revêtements de sol ou dans l'industrie du verre. Au regard de ses propriétés chimiques, est utilisée comme amendement sous forme pulvérisée, broyée, pour corriger le pH des sols acides."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "dysp", nom: "dysprosium", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "erbi", nom: "erbium", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "ethy", nom: "éthylène", description: None, domaines: &[DomaineId::S], parents: &[] },
    SubstanceLegale { id: "euro", nom: "europium", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "falu", nom: "faluns", description: Some("Roche sédimentaire meuble d'origine détritique riche en débris de coquilles d'animaux marins. Facilement délitable et transformée en sable, elle est utilisée en tant qu'amendement agricole en substitution de carbonate de calcium ou de calcite. Par le passé, cette roche a été utilisée comme sarcophage pour conserver les corps au regard de sa porosité qui permet d'éviter la putréfaction des chairs et d'absorber les exudats."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "feld", nom: "feldspaths", description: Some("Minéral - Principal constituant de nombreuses roches magmatiques dont la composition varie entre des pôles potassique (KAlSi3O8), sodique (NaAlSi3O8) et calcique (CaAl2Si2O8), utilisé en céramique et dans la verrerie."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "gabb", nom: "gabbro", description: Some("Roche plutonique grenue de couleur sombre, contenant des feldspaths calciques et du pyroxène (olivine, biotite et hornblende associés). Cette roche présente généralement de bonnes caractéristiques mécaniques qui la rendent utilisable comme roche ornementale et de construction et comme granulat."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "gado", nom: "gadolinium", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "galt", nom: "galets", description: Some("Mélange sédimentaire meuble constituée d'éléments rocheux de nature variée sous forme sous forme de sables et graviers d'origine détritique, de nature siliceuse et calcaire extrait des fonds marins. Leur utilité est destinée au granulat."), domaines: &[DomaineId::W], parents: &[] },
    SubstanceLegale { id: "gazn", nom: "gaz naturel", description: None, domaines: &[DomaineId::S], parents: &[] },
    SubstanceLegale { id: "glac", nom: "dépôt glaciaire", description: Some("Mélange de roches sédimentaires détritiques hétérogènes d'origine glaciaire constituées de fragments hétérométriques, unis par un ciment naturel (moraines et tillites). Les moraines se présentent sous forme de blocs, de cailloux de sables et d'argiles. Elles peuvent être valorisées comme granulat. Les tillites sont des conglomérats à éléments arrondis et anguleux, suffisamment indurées (dures) pour être valorisées également comme granulat ou comme roche ornementale et de construction."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "gnei", nom: "gneiss", description: Some("Roche métamorphique cristalline à faciès rubanné ou lenticulaire (alternance de lits clairs quartzo-feldspathiques et de lits sombres à micas, amphiboles et pyroxènes). Utilisée en tant que granulats pour ses propriétés mécaniques ou en tant que roche ornementale et de construction pour son aspect décoratif."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "grai", nom: "granite et granulite", description: Some("Roche plutonique cristalline à texture grenue de couleur claire (gris, rose ou jaune) composée de quartz, feldspaths et micas, sélectionnée pour son aspect décoratif. Pour les roches ornementales et de construction, une définition \"commerciale\" existe également et est différente de celle-ci dite \"acceptation scientifique\" (cf. point 2.1.156 NF EN 12670 : 2001 page 16). Pour les granulats, cette roche présente de bonnes caractéristiques de rugosité. Pour les minéraux industriels, cette roche rendue friable par l'altération (arénisation) facilite l'extraction de tout ou partie de ses constituants (quartz, feldspaths et micas). Nota : Le terme GRANULITE était utilisé autrefois pour désigner des granites de couleur claire à 2 micas (noir et blanc). qui sont valorisées pour leur aspect esthétique dans le domaine des roches ornementales et de construction."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "grao", nom: "granodiorite", description: Some("Roche plutonique grenue dont la composition est intermédiaire entre le granite et la diorite. Elle est principalement constituée de quartz (> 10 %) et de feldspaths de couleur claire. Les minéraux secondaires sont la biotite (grains sombres vert, brun ou noir), l'amphibole et le pyroxène. La Pierre de Rosette qui permit de percer le mystère des hiéroglyphes est en granodiorite."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "gref", nom: "grès silico-ferrugineux", description: Some("Roche sédimentaire de couleur brun-orangé constituée d'un mélange de silice et d'oxydes et hydroxydes de fer, utilisée en tant que minéraux industriels, comme agent colorant en céramique."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "gres", nom: "grès", description: Some("Roche sédimentaire plus ou moins indurée et stratifiée, composée de grains de quartz d'origine détritique (d'une taille comprise entre 63 µm et 2 mm) soudés par un ciment interstitiel de nature variable (calcite, oxydes de fer, silice, minéraux argileux). Dans le domaine des granulats et des roches ornementales et de construction, les propriétés mécaniques et l'aspect esthétique sont valorisés. Dans le domaine des minéraux industriels, elle est utilisée comme source de silice pour la production de ferro-silicium."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "grsi", nom: "graviers siliceux", description: Some("Mélange sédimentaire meuble constituée d'éléments rocheux de nature variée sous forme sous forme de sables et graviers d'origine détritique, de nature siliceuse et calcaire extrait des fonds marins. Leur utilité est destinée au granulat."), domaines: &[DomaineId::W], parents: &[] },
    SubstanceLegale { id: "gyps", nom: "gypse", description: Some("Minéral - Sulfate de calcium hydraté (CaSO4,2H2O). Dans le domaine des liants hydrauliques, ce minéral est utilisé pour la fabrication du plâtre et comme régulateur de prise dans les ciments. Dans le domaine des minéraux industriel, sa pureté chimique et ses caractéristiques physiques comme la blancheur lui permettent d'être utilisé comme charge minérale. Dans le domaine de l'amendement, sa propriété chimique (base) est utilisée pour corriger les sols acides."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "holm", nom: "holmium", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "hyda", nom: "asphalte", description: None, domaines: &[DomaineId::H], parents: &[] },
    SubstanceLegale { id: "hydc", nom: "hydrocarbures conventionnels liquides ou gazeux", description: None, domaines: &[DomaineId::H], parents: &[] },
    SubstanceLegale { id: "hydg", nom: "gaz combustible", description: None, domaines: &[DomaineId::S], parents: &[] },
    SubstanceLegale { id: "hydo", nom: "hydrocarbures liquides", description: None, domaines: &[DomaineId::H, DomaineId::S], parents: &[] },
    SubstanceLegale { id: "hydr", nom: "hydrocarbures", description: None, domaines: &[DomaineId::H], parents: &[] },
    SubstanceLegale { id: "irid", nom: "iridium", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "kaol", nom: "kaolin", description: Some("Minéral - Extrait de roches granitiques ou sédimentaires composées principalement de kaolinite (silicate d'alumine hydraté Al2Si2O5(OH)4). Le kaolin est utilisé pour sa grande pureté et sa blancheur en céramique (porcelaine) ou comme charges minérales (papier, peinture, etc.). Il peut être également utilisé comme matière première en remplacement de l'argile dans la fabrication de certains clinkers pour ciments blancs (Portland)."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "lant", nom: "lanthane", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "lept", nom: "leptynite", description: Some("Roche métamorphique cristallisée et orientée de couleur claire composée de quartz, feldspath et micas en faible quantité présentant une bonne résistance mécanique."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "lute", nom: "lutécium", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "maer", nom: "maërl", description: Some("Mélange sédimentaire meuble constituée d'éléments rocheux de nature variée sous forme sous forme de sables et graviers d'origine détritique, de nature siliceuse et calcaire extrait des fonds marins. Leur utilité est destinée au granulat."), domaines: &[DomaineId::W], parents: &[] },
    SubstanceLegale { id: "mais", nom: "minerais", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "marb", nom: "marbres", description: Some("Roche métamorphique cristalline plus ou moins rubanée, contenant plus de 50 % de carbonates (calcite et plus rarement dolomite) dans laquelle les minéraux ont totalement recristallisé avec des traces d'oxydes métalliques ou d'impuretés lui donnant une grande variété de couleurs. Le métamorphisme de cette roche lui confère une plus grande dureté. Dans le domaine des roches ornementales, elle est sélectionnée pour son aspect décoratif, la recristallisation de ses composants favorise son polissage. Une définition \"commerciale\" existe également et est différente de celle-ci dite \"acceptation scientifique\" (cf. point 2.1.243 NF EN 12670 : 2001 page 22). Dans le domaine des granulats, elle est sélectionnée pour ses propriétés mécaniques (dureté, résistance aux chocs). Dans le domaine des liants hydrauliques, elle peut être utilisée comme matière première en remplacement du calcaire dans la fabrication du clinker, le constituant de base des ciments. Dans le domaine de l'amendement les composants calciques ou magnésiens sont particulièrement utiles pour la correction de pH des milieux acides. Dans le domaine des minéraux industriels, elle est utilisée, après calcination en carbonate de calcium, comme: - charge minérale dans de nombreuses applications industrielles (papier, peinture, plastiques, élastomères) - ou transformée en chaux pour la correction de pH des milieux acides."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "marn", nom: "marnes", description: Some("Roche sédimentaire plus ou moins indurée (dure) et stratifiée (couches successives de sédiments) composée d'un mélange de carbonate de calcium (CaCO3) et d'argiles de différentes natures (de 35% à 65%). Usages : Dans le domaine des granulats, l'emploi de cette roche est exceptionnel bien que présent dans les couches de découverte et que ces caractéristiques mécaniques soient compatibles avec cet usage. Si elle est utilisée comme granulat, c'est principalement sous forme de remblai et encore plus exceptionnellement en granulat pour béton. Dans le domaine de l'agriculture, cette roche est employée comme amendement du fait du mélange carbonate de calcium et argile qu'elle contient. Dans le domaine des liants hydrauliques, cette roche est souvent utilisée comme matière première en remplacement du calcaire et/ou de l'argile dans la fabrication du clinker, le constituant de base des ciments. Dans le domaine des minéraux industriels, elle est exploitée en fonction de sa richesse en calcite afin de constituer des charges minérales. Nota: Les marnes ont une composition chimique intermédiaire entre les calcaires marneux (5 à 35% d'argiles) et les argiles calcareuses ou marnes argileuses (65 à 95% d'argiles)."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "meba", nom: "métaux de base", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "meco", nom: "métaux connexes", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "mepr", nom: "métaux précieux", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "mica", nom: "micas", description: Some("Minéral - Silicates en feuillets riches en aluminium et potassium (micas blancs) ou en magnésium et fer (micas noirs) dont les propriétés physico-minéralogiques trouvent de nombreuses applications dans les domaines de l'isolation et des charges minérales."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "mics", nom: "micaschistes", description: Some("Roche métamorphique cristallisée et schisteuse caractérisée par l'abondance de la fraction micacée et une plus faible teneur en quartz. Dans le domaine des roches ornementales et de construction, les proportions de quartz et de micas déterminent les propriétés de la roche comme la fissilité pour la production de dallage ou de couverture. Sa richesse en mica confère un aspect brillant à sa surface. Dans le domaine des minéraux industriel, cette roche est valorisée dans des applications de type charge minérale."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "migm", nom: "migmatite", description: Some("Roche métamorphique formée d'une alternance de roches de type granite de couleur sombre et de roche de type gneiss de couleur clair. La partie de couleur claire est assimilé à la partie de la roche ayant fondu et est appelée \"le mobilisat\". La partie de couleur sombre constitue la partie de la roche étant restée solide et est appelée \"la restite\". Ses bonnes propriétés mécaniques, permettent de l'utiliser comme roche ornementale et de construction ou comme granulat."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "mylo", nom: "mylonites", description: Some("Roche autre cataclastique résultant du cisaillement et du broyage puis de la recristallisation plus ou moins intense de roches préexistantes de différentes natures (éventuellement recristallisées) dans une zone de formation intense de failles. Elle est constituée d'une hétérogénéité de roches."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "neod", nom: "néodyme", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "ocre", nom: "ocres", description: Some("Mélange sédimentaire naturel de kaolinite (argile), d'oxyde de fer rouge (hématite) et d'hydroxyde de fer jaune-oranger (limonite) utilisé pour la production de pigments naturels dans les peintures et les enduits."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "ophi", nom: "ophite", description: Some("Roche plutonique intermédiaire entre basalte et gabbro présentant un faciès plus ou moins altéré de couleur vert-foncé. En tant que roche ornementale et de construction elle est sélectionnée pour son aspect décoratif. Son emploi en tant que granulats est dû à sa dureté et à sa compacité."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "osmi", nom: "osmium", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "pall", nom: "palladium", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "perl", nom: "perlite", description: Some("Roche volcanique de couleur claire à texture vitreuse plus ou moins hydratée et composition rhyolitique utilisée dans l'industrie pour la production d'agents filtrants et d'additifs fonctionnels. Elle est utilisée dans l'industrie pour la production d'agents filtrants et d'additifs fonctionnels."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "phon", nom: "phonolite", description: Some("Roche volcanique à grain très fin, de couleur grise tirant parfois sur le vert ou le brun, qui se débite en plaques et qui, sous le choc du métal, rend un son clair (dalles sonores). Sa composition chimique est déficitaire en silice (dite sous-saturées en silice). Le silicium y représente donc moins de la moitié des cations. Ces caractéristiques mécaniques (dureté) permettent son utilisation en tant que granulat. En tant que roche ornementale et de construction, elle est utilisée comme pierre ardoisière en Auvergne. En tant que minéraux industriels, sa composition chimique sous-saturée en silice est recherchée pour les industries du verre et de la céramique."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "pipe", nom: "pierres précieuses", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "polo", nom: "polonium", description: None, domaines: &[DomaineId::R], parents: &[] },
    SubstanceLegale { id: "porp", nom: "porphyre", description: Some("Roche plutonique caractérisée par une texture intermédiaire constituée de cristaux de feldpaths baignant dans une matrice finement cristallisée. Dans le domaine des roches ornementales et de construction, la couleur variable de cette roche est utilisée pour son aspect décoratif. Dans le domaine des minéraux industriels, cette roche est employée pour ces propriétés mécaniques (dureté, résistance aux chocs et à l'abrasion)."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "pouz", nom: "pouzzolane", description: Some("Roche volcanique scoriacée à texture bulleuse de couleur noire ou rouge brique. Elle est donc assez rarement exploitée en roche de construction sauf dans la région de Clermont-Ferrand et sur l'île de la Réunion. Elle permet la fabrication de moellons utilisés dans le bâtiment compte tenu de leurs propriétés (isolation thermique et phonique) (voir la fiche pouzzolane de Ph. Rocher). L'exploitation en roche ornementale est marginale et est destinée la construction de rocaille décorative dans les jardins d'agrément. En tant que granulats, elle est utilisée comme agent de sablage ou comme agrégat pour la réalisation de massifs drainants. Sa texture bulleuse peu résistante mécaniquement en fait tout de même un granulat léger notamment dans les bétons spéciaux. Dans le domaine des liants hydrauliques, elle peut être utilisée comme additifs pour la fabrication de certains ciments. Dans le domaine des minéraux industriels, elle est utilisée pour ses propriétés d'isolation phonique et thermique."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "pras", nom: "praséodyme", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "prom", nom: "prométhium", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "prot", nom: "protactinium", description: None, domaines: &[DomaineId::R], parents: &[] },
    SubstanceLegale { id: "prpa", nom: "propane", description: None, domaines: &[DomaineId::S], parents: &[] },
    SubstanceLegale { id: "prpy", nom: "propylène", description: None, domaines: &[DomaineId::S], parents: &[] },
    SubstanceLegale { id: "pyri", nom: "pyrite", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "quar", nom: "quartz", description: Some("Minéral - Oxyde de silicium (SiO2) Dans le domaine des granulats, sans grand degré de pureté le quartz est valorisé pour ses caractéristiques mécaniques et certains aspects décoratifs. Dans le domaine des minéraux industriels, sa pureté en SiO2 est recherchée pour sa résistance à l'abrasion dans les revêtements de sols ou comme agent de décapage. Elle constitue une source de silicium pour des applications verre et céramique lorsqu'il présente un très haut degré de pureté."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "quat", nom: "quartzites", description: Some("Roche métamorphique massive composée principalement de quartz issue de la recristallisation et de la cimentation du quartz. Les caractéristiques mécaniques sont favorables à la production de granulats de haute qualité (forte résistance à l'abrasion) ou à une utilisation comme roche ornementale et de construction. Le tombeau de Napoléon, aux Invalides, est réalisé dans un bloc de quartzite. Dans le domaine des minéraux industriels, sa pureté est recherchée pour être utilisée comme matériaux réfractaires."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "rado", nom: "radon", description: None, domaines: &[DomaineId::R], parents: &[] },
    SubstanceLegale { id: "rard", nom: "roches ardoisières", description: Some("Roche métamorphique qui est à l'origine de l'argile ayant subi un faible métamorphisme et qui est devenue schisteuse. Ces roches ardoisières ont un plan de schistocité épais et peuvent avoir une fraction gréseuse. Elle comprend notamment les lauzes qui sont utilisées comme pierres de construction (dallage ou toiture)."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "rdet", nom: "roches détritiques grossières", description: Some("Famille de roches sédimentaire détritiques (issues de la dégradation mécanique d'autres roches) constituées d'éléments grossiers (galets) arrondis (qui traduisent un transport long avant sédimentation) cimentés par des éléments plus fins de type sables et graviers. Devenues suffisamment dures (indurées) ces roches sont utilisées pour la production de granulats. En tant que roches ornementales et de construction, elles présentent des caractéristiques mécaniques et esthétiques valorisables en décoration. Cette famille regroupe les roches suivantes : les arkoses, les brèches, les conglomérats et les poudingues. Ces dernières sont celles qui sont le plus souvent utilisées comme roches ornementales."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "rhod", nom: "rhodium", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "rhyo", nom: "rhyolite", description: Some("Roche volcanique effusive riche en silice de couleur claire constituée de fins cristaux de feldspaths dispersés dans une matrice vitreuse valorisée pour ses propriétés mécaniques et son aspect esthétique soit en tant que roche ornementale et de construction ou en tant que granulats."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "ruth", nom: "ruthénium", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "saco", nom: "sables coquilliers", description: Some("Mélange sédimentaire meuble constituée d'éléments rocheux de nature variée sous forme sous forme de sables et graviers d'origine détritique, de nature siliceuse et calcaire extrait des fonds marins. Leur utilité est destinée au granulat."), domaines: &[DomaineId::W], parents: &[] },
    SubstanceLegale { id: "sama", nom: "samarium", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "samg", nom: "sables moyens à grossiers", description: Some("Mélange sédimentaire meuble constituée d'éléments rocheux de nature variée sous forme sous forme de sables et graviers d'origine détritique, de nature siliceuse et calcaire extrait des fonds marins. Leur utilité est destinée au granulat."), domaines: &[DomaineId::W], parents: &[] },
    SubstanceLegale { id: "sasi", nom: "sables siliceux", description: Some("Mélange sédimentaire meuble constituée d'éléments rocheux de nature variée sous forme sous forme de sables et graviers d'origine détritique, de nature siliceuse et calcaire extrait des fonds marins. Leur utilité est destinée au granulat."), domaines: &[DomaineId::W], parents: &[] },
    SubstanceLegale { id: "scbi", nom: "schistes bitumineux", description: None, domaines: &[DomaineId::F], parents: &[] },
    SubstanceLegale { id: "schi", nom: "schistes", description: Some("Roche métamorphique à grains très fins peu ou pas décelables à l'œil nu présentant un débit en feuillet dû à la schistosité et à la présence de minéraux plats (micas, hornblende...) orientés. Utilisée pour ses propriétés mécaniques, cette roche est particulièrement délitable et donne des granulats de forme assez plate. Son aspect décoratif est valorisé en tant que roche ornementale et de construction."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "selg", nom: "sel gemme", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "selp", nom: "puits d'eau salée", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "sels", nom: "sels", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "selx", nom: "sel", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "serp", nom: "serpentinite", description: Some("Roche métamorphique de couleur jaunâtre à verdâtre (voire vert sombre) ou présentant des inclusions verdâtres (forme porphyrique) essentiellement constituée (plus de 75 %) d'antigorite (phyllosilicate magnésien). Cette roche provient de l'altération d'une péridotite en présence d'eau. Les serpentinites sont essentiellement exploitées aujourd'hui pour la production de granulats et plus rarement comme roches ornementales."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "sexs", nom: "sable extra siliceux", description: Some("Roche sédimentaire meuble d'origine détritique presque exclusivement constituée de grains calibrés de quartz de très grande pureté (égale ou > 98% de silice), utilisée dans les industries du verre et de la céramique et comme additif fonctionnel."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "sgin", nom: "sables et grès industriels", description: None, domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "sgra", nom: "sables et graviers alluvionnaires", description: Some("Mélange sédimentaire meuble constituée d'éléments rocheux de nature variée sous forme de sables, graviers et galets de nature variable extraits d'anciens lits de cours d'eau et utilisé comme granulat encore aujourd'hui principalement dans des bétons spéciaux ou pour des couches drainantes."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "sgrm", nom: "sables et graviers marins", description: Some("Mélange sédimentaire meuble constituée d'éléments rocheux de nature variée sous forme sous forme de sables et graviers d'origine détritique, de nature siliceuse et calcaire extrait des fonds marins. Leur utilité est destinée au granulat."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "sgsc", nom: "sables et graviers silico-calcaires marins", description: Some("Mélange sédimentaire meuble constituée d'éléments rocheux de nature variée sous forme sous forme de sables et graviers d'origine détritique, de nature siliceuse et calcaire extrait des fonds marins. Leur utilité est destinée au granulat."), domaines: &[DomaineId::W], parents: &[] },
    SubstanceLegale { id: "sgsm", nom: "sables et graviers siliceux marins", description: Some("Mélange sédimentaire meuble constituée d'éléments rocheux de nature variée sous forme sous forme de sables et graviers d'origine détritique, de nature siliceuse et calcaire extrait des fonds marins. Leur utilité est destinée au granulat."), domaines: &[DomaineId::W], parents: &[] },
    SubstanceLegale { id: "silc", nom: "silice", description: None, domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "sili", nom: "sillimanite", description: Some("Minéral - Silicate d'alumine (SiAl2O5) de même composition chimique que l'andalousite mais avec une structure cristalline et des propriétés physico-minéralogiques sensiblement différentes."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "silx", nom: "silex / chert", description: Some("Roche sédimentaire d'origine détritique issue d'une précipitation chimique et constituée de silice calcédonieuse presque pure la rendant très dure et quelques impuretés telles que de l'eau ou des oxydes, ces derniers influant sur sa couleur. De part, la dureté de cette roche, elle est valorisée sous forme de granulat. Pour l'industrie, elle est utilisée, sous forme de galet plus ou moins arrondis dont les propriétés mécaniques permettent d'en faire des charges broyantes ou des produits abrasifs ou dont la grande pureté chimique permet de faire de la silice industrielle. [Définition de la norme européenne EN 932-3 : Roche sédimentaire composée de silice cryptocristalline ou microcristalline (cristaux indétectables à l'œil nu), se formant en général en couches ou en nodules dans le calcaire.] Préférer le terme SILEX au terme CHERT qui vaut dire la même chose. Le silex est un chert se formant dans la craie du Crétacé (cf. falaise d'Etretat)."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "smil", nom: "sables a minéraux lourds", description: Some("Sables alluvionnaires ou de plage composés de minéraux lourds (rutile, zircon, barytine, grenat). L'accumulation des minéraux lourds se fait dans des placers dont l'origine est liée aux paramètres favorables de sédimentation. Ces minéraux peuvent être utilisés en industrie."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "sssc", nom: "sable siliceux ou silico-calcaire", description: Some("Roche sédimentaire meuble d'origine détritique pouvant soit être constituée majoritairement de grains de quartz (fort % de silice mais < à 98%) soit de calcaire et de silice (silico-calcaire). Ce sable est principalement utilisé comme produits de correction pour la fabrication du clinker, le constituant de base des ciments."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "stex", nom: "stérile d'exploitation", description: Some("Roche d'origine diverse, caractérisée par des roches constituant des stériles d'ancienne exploitation (schiste, grès, carbonates ou roche grenue) dont les caractéristiques mécaniques et physiques permettent de les valoriser comme granulat."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "syen", nom: "syénite", description: Some("Roche plutonique grenue de couleur rose à rouge, composée de feldspath alcalin (assez riche en silice). Elle se rapproche du granite et du gabbro mais ne contient pas de quartz. L'équivalent volcanique d'une syénite est un trachyte. Elle est utilisée en tant que granulats ou roche ornementale et de construction."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "talc", nom: "talc", description: Some("Minéral - Silicate de magnésium hydraté (Mg3 Si4 O10 (OH)2) présentant une structure en feuillets dont les propriétés comme la dureté (1 de l'échelle de Mohs), hydrophobie, grande inertie chimique, blancheur en font un remarquable additif fonctionnel de nombreux domaines (peintures, plastiques, pharmacopée...)."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "tech", nom: "technétium", description: None, domaines: &[DomaineId::R], parents: &[] },
    SubstanceLegale { id: "terb", nom: "terbium", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "terv", nom: "terre végétale", description: Some("Horizon sédimentaire humifère constitué suivant la profondeur de l'accumulation de matière organique associée à la croissance des végétaux et de l'altération du substratum rocheux sous-jacent."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "thul", nom: "thulium", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "tmas", nom: "tous métaux associés", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "tour", nom: "tourbe", description: Some("Roche sédimentaire organique résultant de l'accumulation de la matière organique liée à la croissance des végétaux et de leur transformation sous certaines conditions. Elle est utilisée principalement comme amendement."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "trac", nom: "trachyte", description: Some("Roche volcanique effusive de couleur gris-clair, à texture souvent poreuse constituée de fins cristaux (microlites) de feldspaths baignant dans une matrice vitreuse (du fait de sa teneur en silice assez élevée). Elle est utilisée pour ses bonnes caractéristiques mécaniques en tant que granulats et comme roches ornementales et de constructions (ex: lave de Volvic, lave de Chambois)."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "tufo", nom: "tuffeau", description: Some("Roche sédimentaire blanchâtre peu stratifiée à texture crayeuse constituée de calcite, utilisée comme pierre de construction."), domaines: &[DomaineId::C], parents: &[] },
    SubstanceLegale { id: "ytri", nom: "yttrium", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "ytte", nom: "ytterbium", description: None, domaines: &[DomaineId::M], parents: &[] },
    SubstanceLegale { id: "hydrog", nom: "hydrogène", description: None, domaines: &[DomaineId::M, DomaineId::S], parents: &[] },
    SubstanceLegale { id: "co2", nom: "dioxyde de carbone (CO₂)", description: None, domaines: &[DomaineId::S], parents: &[] },
];

/// Substances fiscales.
pub static SUBSTANCES_FISCALES: [SubstanceFiscale; 33] = [
    SubstanceFiscale { id: "aloh", substance_legale_id: "aloh", unite_id: "mtk", nom: "bauxite", description: "bauxite nettes livrées", calcul_unite_id: None },
    SubstanceFiscale { id: "anti", substance_legale_id: "anti", unite_id: "mtt", nom: "antimoine", description: "contenu dans les minerais", calcul_unite_id: None },
    SubstanceFiscale { id: "arge", substance_legale_id: "arge", unite_id: "mkc", nom: "argent", description: "contenu dans les minerais", calcul_unite_id: None },
    SubstanceFiscale { id: "arse", substance_legale_id: "arse", unite_id: "mtk", nom: "arsenic", description: "contenu dans les minerais", calcul_unite_id: None },
    SubstanceFiscale { id: "auru", substance_legale_id: "auru", unite_id: "mgr", nom: "or", description: "contenu dans les minerais", calcul_unite_id: Some("mkg") },
    SubstanceFiscale { id: "bism", substance_legale_id: "bism", unite_id: "mtt", nom: "bismuth", description: "contenu dans les minerais", calcul_unite_id: None },
    SubstanceFiscale { id: "cfxa", substance_legale_id: "cfxx", unite_id: "mtc", nom: "charbon", description: "net extrait", calcul_unite_id: None },
    SubstanceFiscale { id: "cfxb", substance_legale_id: "cfxx", unite_id: "mtk", nom: "lignites", description: "net livré pour les lignites d'un pouvoir calorifique égal ou supérieur à 13 MJ/kg", calcul_unite_id: None },
    SubstanceFiscale { id: "cfxc", substance_legale_id: "cfxx", unite_id: "mtk", nom: "lignites", description: "net livré pour les lignites d'un pouvoir calorifique inférieur à 13 MJ/kg", calcul_unite_id: None },
    SubstanceFiscale { id: "coox", substance_legale_id: "coox", unite_id: "vmd", nom: "gaz carbonique", description: "extrait à 1 bar et 15 °C", calcul_unite_id: None },
    SubstanceFiscale { id: "cuiv", substance_legale_id: "cuiv", unite_id: "mtt", nom: "cuivre", description: "contenu dans les minerais", calcul_unite_id: None },
    SubstanceFiscale { id: "etai", substance_legale_id: "etai", unite_id: "mtt", nom: "étain", description: "contenu dans les minerais", calcul_unite_id: None },
    SubstanceFiscale { id: "fera", substance_legale_id: "ferx", unite_id: "mtk", nom: "pyrite de fer", description: "net livré", calcul_unite_id: None },
    SubstanceFiscale { id: "ferb", substance_legale_id: "ferx", unite_id: "mtk", nom: "minerais de fer", description: "net livré", calcul_unite_id: None },
    SubstanceFiscale { id: "fluo", substance_legale_id: "fluo", unite_id: "mtk", nom: "fluorine", description: "net livré", calcul_unite_id: None },
    SubstanceFiscale { id: "hyda", substance_legale_id: "hydm", unite_id: "mtk", nom: "calcaires et grès bitumineux ou asphaltiques", description: "net livré (non destinés à la distillation pour production d'huiles ou d'essences)", calcul_unite_id: None },
    SubstanceFiscale { id: "hydb", substance_legale_id: "hydm", unite_id: "mtk", nom: "schistes carbobitumineux et schistes bitumineux", description: "net livré (à traiter par distillation pour en extraire des huiles et des essences)", calcul_unite_id: None },
    SubstanceFiscale { id: "hydc", substance_legale_id: "hydx", unite_id: "mtc", nom: "pétrole brut", description: "net extrait", calcul_unite_id: None },
    SubstanceFiscale { id: "hydd", substance_legale_id: "hydx", unite_id: "mtt", nom: "propane et le butane", description: "net livré", calcul_unite_id: None },
    SubstanceFiscale { id: "hyde", substance_legale_id: "hydx", unite_id: "mtt", nom: "essence de dégazolinage", description: "net livré", calcul_unite_id: None },
    SubstanceFiscale { id: "hydf", substance_legale_id: "hydx", unite_id: "vmd", nom: "gaz naturel", description: "extrait des gisements", calcul_unite_id: None },
    SubstanceFiscale { id: "kclx", substance_legale_id: "kclx", unite_id: "mtc", nom: "oxyde de potassium", description: "K2O contenu dans les sels de potassium", calcul_unite_id: None },
    SubstanceFiscale { id: "lith", substance_legale_id: "lith", unite_id: "mtt", nom: "oxyde de lithium", description: "Li2O contenu dans les minerais de lithium", calcul_unite_id: None },
    SubstanceFiscale { id: "mang", substance_legale_id: "mang", unite_id: "mtc", nom: "manganèse", description: "contenu dans les minerais", calcul_unite_id: None },
    SubstanceFiscale { id: "moly", substance_legale_id: "moly", unite_id: "mtt", nom: "molybdène", description: "contenu dans les minerais", calcul_unite_id: None },
    SubstanceFiscale { id: "naca", substance_legale_id: "nacl", unite_id: "mtk", nom: "sel (chlorure de sodium)", description: "extrait par abattage net livré", calcul_unite_id: None },
    SubstanceFiscale { id: "nacb", substance_legale_id: "nacl", unite_id: "mtk", nom: "sel (chlorure de sodium)", description: "extrait en dissolution par sondage et livré raffiné", calcul_unite_id: None },
    SubstanceFiscale { id: "nacc", substance_legale_id: "nacl", unite_id: "mtk", nom: "sel (chlorure de sodium contenu)", description: "extrait en dissolution par sondage et livré en dissolution", calcul_unite_id: None },
    SubstanceFiscale { id: "plom", substance_legale_id: "plom", unite_id: "mtc", nom: "plomb", description: "contenu dans les minerais", calcul_unite_id: None },
    SubstanceFiscale { id: "souf", substance_legale_id: "souf", unite_id: "mtt", nom: "soufre", description: "contenu dans les minerais de soufre autres que les pyrites de fer", calcul_unite_id: None },
    SubstanceFiscale { id: "uran", substance_legale_id: "uran", unite_id: "mkc", nom: "uranium", description: "contenu dans les minerais", calcul_unite_id: None },
    SubstanceFiscale { id: "wolf", substance_legale_id: "wolf", unite_id: "mtt", nom: "oxyde de tungstène (WO3)", description: "contenu dans les minerais", calcul_unite_id: None },
    SubstanceFiscale { id: "zinc", substance_legale_id: "zinc", unite_id: "mtc", nom: "zinc", description: "contenu dans les minerais", calcul_unite_id: None },
];

/// Coordinate reference system accepted for perimeters (EPSG code).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GeoSystemeId {
    /// `2154`: RGF93 / Lambert-93.
    Epsg2154,
    /// `2970`: Guadeloupe 1948 / UTM zone 20N.
    Epsg2970,
    /// `2972`: RGFG95 / UTM zone 22N.
    Epsg2972,
    /// `2975`: Réunion / UTM zone 40S.
    Epsg2975,
    /// `3313`: RGFG95 / UTM zone 21N.
    Epsg3313,
    /// `3949`: RGF93 / CC49.
    Epsg3949,
    /// `4171`: RGF93.
    Epsg4171,
    /// `4230`: ED50.
    Epsg4230,
    /// `4275`: NTF (Greenwich).
    Epsg4275,
    /// `4326`: WGS84.
    Epsg4326,
    /// `4467`: St Pierre et Miquelon / UTM zone 21N.
    Epsg4467,
    /// `4471`: Mayotte 2004 / UTM zone 38S.
    Epsg4471,
    /// `4624`: RGFG95.
    Epsg4624,
    /// `4807`: NTF (Paris).
    Epsg4807,
    /// `5490`: RGAF09 / UTM zone 20N.
    Epsg5490,
    /// `27561`: NTF (Paris) / Lambert Nord France.
    Epsg27561,
    /// `27563`: NTF (Paris) / Lambert Sud france.
    Epsg27563,
    /// `27571`: NTF (Paris) / Lambert zone I.
    Epsg27571,
    /// `27572`: NTF (Paris) / Lambert zone II.
    Epsg27572,
    /// `27573`: NTF (Paris) / Lambert zone III.
    Epsg27573,
    /// `32620`: WGS84 / UTM zone 20N.
    Epsg32620,
    /// `32621`: WGS84 / UTM zone 21N.
    Epsg32621,
    /// `32622`: WGS84 / UTM zone 22N.
    Epsg32622,
    /// `32630`: WGS84 / UTM zone 30N.
    Epsg32630,
}

impl GeoSystemeId {
    /// Every value, in the order of the reference file.
    pub const ALL: [GeoSystemeId; 24] = [
        GeoSystemeId::Epsg2154,
        GeoSystemeId::Epsg2970,
        GeoSystemeId::Epsg2972,
        GeoSystemeId::Epsg2975,
        GeoSystemeId::Epsg3313,
        GeoSystemeId::Epsg3949,
        GeoSystemeId::Epsg4171,
        GeoSystemeId::Epsg4230,
        GeoSystemeId::Epsg4275,
        GeoSystemeId::Epsg4326,
        GeoSystemeId::Epsg4467,
        GeoSystemeId::Epsg4471,
        GeoSystemeId::Epsg4624,
        GeoSystemeId::Epsg4807,
        GeoSystemeId::Epsg5490,
        GeoSystemeId::Epsg27561,
        GeoSystemeId::Epsg27563,
        GeoSystemeId::Epsg27571,
        GeoSystemeId::Epsg27572,
        GeoSystemeId::Epsg27573,
        GeoSystemeId::Epsg32620,
        GeoSystemeId::Epsg32621,
        GeoSystemeId::Epsg32622,
        GeoSystemeId::Epsg32630,
    ];

    /// The id used by Camino and in exports.
    pub const fn as_str(self) -> &'static str {
        match self {
            GeoSystemeId::Epsg2154 => "2154",
            GeoSystemeId::Epsg2970 => "2970",
            GeoSystemeId::Epsg2972 => "2972",
            GeoSystemeId::Epsg2975 => "2975",
            GeoSystemeId::Epsg3313 => "3313",
            GeoSystemeId::Epsg3949 => "3949",
            GeoSystemeId::Epsg4171 => "4171",
            GeoSystemeId::Epsg4230 => "4230",
            GeoSystemeId::Epsg4275 => "4275",
            GeoSystemeId::Epsg4326 => "4326",
            GeoSystemeId::Epsg4467 => "4467",
            GeoSystemeId::Epsg4471 => "4471",
            GeoSystemeId::Epsg4624 => "4624",
            GeoSystemeId::Epsg4807 => "4807",
            GeoSystemeId::Epsg5490 => "5490",
            GeoSystemeId::Epsg27561 => "27561",
            GeoSystemeId::Epsg27563 => "27563",
            GeoSystemeId::Epsg27571 => "27571",
            GeoSystemeId::Epsg27572 => "27572",
            GeoSystemeId::Epsg27573 => "27573",
            GeoSystemeId::Epsg32620 => "32620",
            GeoSystemeId::Epsg32621 => "32621",
            GeoSystemeId::Epsg32622 => "32622",
            GeoSystemeId::Epsg32630 => "32630",
        }
    }

    /// Parses a Camino id; `None` when the id is unknown.
    pub fn from_id(id: &str) -> Option<GeoSystemeId> {
        match id {
            "2154" => Some(GeoSystemeId::Epsg2154),
            "2970" => Some(GeoSystemeId::Epsg2970),
            "2972" => Some(GeoSystemeId::Epsg2972),
            "2975" => Some(GeoSystemeId::Epsg2975),
            "3313" => Some(GeoSystemeId::Epsg3313),
            "3949" => Some(GeoSystemeId::Epsg3949),
            "4171" => Some(GeoSystemeId::Epsg4171),
            "4230" => Some(GeoSystemeId::Epsg4230),
            "4275" => Some(GeoSystemeId::Epsg4275),
            "4326" => Some(GeoSystemeId::Epsg4326),
            "4467" => Some(GeoSystemeId::Epsg4467),
            "4471" => Some(GeoSystemeId::Epsg4471),
            "4624" => Some(GeoSystemeId::Epsg4624),
            "4807" => Some(GeoSystemeId::Epsg4807),
            "5490" => Some(GeoSystemeId::Epsg5490),
            "27561" => Some(GeoSystemeId::Epsg27561),
            "27563" => Some(GeoSystemeId::Epsg27563),
            "27571" => Some(GeoSystemeId::Epsg27571),
            "27572" => Some(GeoSystemeId::Epsg27572),
            "27573" => Some(GeoSystemeId::Epsg27573),
            "32620" => Some(GeoSystemeId::Epsg32620),
            "32621" => Some(GeoSystemeId::Epsg32621),
            "32622" => Some(GeoSystemeId::Epsg32622),
            "32630" => Some(GeoSystemeId::Epsg32630),
            _ => None,
        }
    }
}

/// Definitions of the coordinate systems, indexed like [`GeoSystemeId::ALL`].
pub static GEO_SYSTEMES: [GeoSysteme; 24] = [
    GeoSysteme { id: GeoSystemeId::Epsg2154, nom: "RGF93 / Lambert-93", unite: GeoUnite::Metre, zone: "France - à terre et extraterritorial - continentale et Corse.", definition_proj4: "+proj=lcc +lat_1=49 +lat_2=44 +lat_0=46.5 +lon_0=3 +x_0=700000 +y_0=6600000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs" },
    GeoSysteme { id: GeoSystemeId::Epsg2970, nom: "Guadeloupe 1948 / UTM zone 20N", unite: GeoUnite::Metre, zone: "Guadeloupe - à terre - Basse-Terre, Grande-Terre, La Desirade, Marie-Galante, Les Saintes.", definition_proj4: "+proj=utm +zone=20 +ellps=intl +towgs84=-467,-16,-300,0,0,0,0 +units=m +no_defs" },
    GeoSysteme { id: GeoSystemeId::Epsg2972, nom: "RGFG95 / UTM zone 22N", unite: GeoUnite::Metre, zone: "Guyane française - à terre et extraterritorial.", definition_proj4: "+proj=utm +zone=22 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs" },
    GeoSysteme { id: GeoSystemeId::Epsg2975, nom: "Réunion / UTM zone 40S", unite: GeoUnite::Metre, zone: "Réunion", definition_proj4: "+proj=utm +zone=40 +south +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs" },
    GeoSysteme { id: GeoSystemeId::Epsg3313, nom: "RGFG95 / UTM zone 21N", unite: GeoUnite::Metre, zone: "Guyane française - à terre et extraterritorial.", definition_proj4: "+proj=utm +zone=21 +ellps=GRS80 +towgs84=2,2,-2,0,0,0,0 +units=m +no_defs" },
    GeoSysteme { id: GeoSystemeId::Epsg3949, nom: "RGF93 / CC49", unite: GeoUnite::Metre, zone: "France - continentale entre 48°N et 50°N.", definition_proj4: "+proj=lcc +lat_1=48.25 +lat_2=49.75 +lat_0=49 +lon_0=3 +x_0=1700000 +y_0=8200000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs" },
    GeoSysteme { id: GeoSystemeId::Epsg4171, nom: "RGF93", unite: GeoUnite::Degre, zone: "France - à terre et extraterritorial - continentale et Corse.", definition_proj4: "+proj=longlat +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +no_defs" },
    GeoSysteme { id: GeoSystemeId::Epsg4230, nom: "ED50", unite: GeoUnite::Degre, zone: "Europe", definition_proj4: "+proj=longlat +ellps=intl +towgs84=-87,-98,-121,0,0,0,0 +no_defs" },
    GeoSysteme { id: GeoSystemeId::Epsg4275, nom: "NTF (Greenwich)", unite: GeoUnite::Degre, zone: "France - à terre - continentale et Corse.", definition_proj4: "+proj=longlat +a=6378249.2 +b=6356515 +towgs84=-168,-60,320,0,0,0,0 +no_defs" },
    GeoSysteme { id: GeoSystemeId::Epsg4326, nom: "WGS84", unite: GeoUnite::Degre, zone: "Monde", definition_proj4: "+proj=longlat +datum=WGS84 +no_defs" },
    GeoSysteme { id: GeoSystemeId::Epsg4467, nom: "St Pierre et Miquelon / UTM zone 21N", unite: GeoUnite::Metre, zone: "St Pierre et Miquelon à terre et extraterritorial", definition_proj4: "+proj=utm +zone=21 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs +type=crs" },
    GeoSysteme { id: GeoSystemeId::Epsg4471, nom: "Mayotte 2004 / UTM zone 38S", unite: GeoUnite::Metre, zone: "Mayotte - à terre et extraterritorial", definition_proj4: "+proj=utm +zone=38 +south +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs" },
    GeoSysteme { id: GeoSystemeId::Epsg4624, nom: "RGFG95", unite: GeoUnite::Degre, zone: "Guyane Française - à terre et extraterritorial.", definition_proj4: "+proj=longlat +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +no_defs" },
    GeoSysteme { id: GeoSystemeId::Epsg4807, nom: "NTF (Paris)", unite: GeoUnite::Grade, zone: "France - à terre - continentale et Corse.", definition_proj4: "+proj=longlat +a=6378249.2 +b=6356515 +towgs84=-168,-60,320,0,0,0,0 +pm=paris +no_defs" },
    GeoSysteme { id: GeoSystemeId::Epsg5490, nom: "RGAF09 / UTM zone 20N", unite: GeoUnite::Metre, zone: "Antilles françaises à terre et extraterritorial à l'ouest du méridien 60° Ouest - Guadeloupe (incluant Grande Terre, Basse Terre, Marie Galante, Les Saintes, Iles de la Petite Terre, La Desirade, St Barthélemy, partie nord de St Martin) et Martinique.", definition_proj4: "+proj=utm +zone=20 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs" },
    GeoSysteme { id: GeoSystemeId::Epsg27561, nom: "NTF (Paris) / Lambert Nord France", unite: GeoUnite::Metre, zone: "France - continentale au nord de  53,5 grades North (48°09'N).", definition_proj4: "+proj=lcc +lat_1=49.50000000000001 +lat_0=49.50000000000001 +lon_0=0 +k_0=0.999877341 +x_0=600000 +y_0=200000 +a=6378249.2 +b=6356515 +towgs84=-168,-60,320,0,0,0,0 +pm=paris +units=m +no_defs" },
    GeoSysteme { id: GeoSystemeId::Epsg27563, nom: "NTF (Paris) / Lambert Sud france", unite: GeoUnite::Metre, zone: "France - continentale au sud de 50,5 grades nord (45°27'N).", definition_proj4: "+proj=lcc +lat_1=44.10000000000001 +lat_0=44.10000000000001 +lon_0=0 +k_0=0.999877499 +x_0=600000 +y_0=200000 +a=6378249.2 +b=6356515 +towgs84=-168,-60,320,0,0,0,0 +pm=paris +units=m +no_defs" },
    GeoSysteme { id: GeoSystemeId::Epsg27571, nom: "NTF (Paris) / Lambert zone I", unite: GeoUnite::Metre, zone: "France - continentale au nord de 53,5 grades nord (48°09'N).", definition_proj4: "+proj=lcc +lat_1=49.50000000000001 +lat_0=49.50000000000001 +lon_0=0 +k_0=0.999877341 +x_0=600000 +y_0=1200000 +a=6378249.2 +b=6356515 +towgs84=-168,-60,320,0,0,0,0 +pm=paris +units=m +no_defs" },
    GeoSysteme { id: GeoSystemeId::Epsg27572, nom: "NTF (Paris) / Lambert zone II", unite: GeoUnite::Metre, zone: "France - continentale entre 45°27'N et 48°09'N.", definition_proj4: "+proj=lcc +lat_1=46.8 +lat_0=46.8 +lon_0=0 +k_0=0.99987742 +x_0=600000 +y_0=2200000 +a=6378249.2 +b=6356515 +towgs84=-168,-60,320,0,0,0,0 +pm=paris +units=m +no_defs" },
    GeoSysteme { id: GeoSystemeId::Epsg27573, nom: "NTF (Paris) / Lambert zone III", unite: GeoUnite::Metre, zone: "France - continentale au sud de 50,5 grades nord (45°27'N).", definition_proj4: "+proj=lcc +lat_1=44.10000000000001 +lat_0=44.10000000000001 +lon_0=0 +k_0=0.999877499 +x_0=600000 +y_0=3200000 +a=6378249.2 +b=6356515 +towgs84=-168,-60,320,0,0,0,0 +pm=paris +units=m +no_defs" },
    GeoSysteme { id: GeoSystemeId::Epsg32620, nom: "WGS84 / UTM zone 20N", unite: GeoUnite::Metre, zone: "Hémisphère Nord - entre 66°W et 60°W", definition_proj4: "+proj=utm +zone=20 +datum=WGS84 +units=m +no_defs" },
    GeoSysteme { id: GeoSystemeId::Epsg32621, nom: "WGS84 / UTM zone 21N", unite: GeoUnite::Metre, zone: "Hémisphère Nord - entre 60°W et 54°W", definition_proj4: "+proj=utm +zone=21 +datum=WGS84 +units=m +no_defs" },
    GeoSysteme { id: GeoSystemeId::Epsg32622, nom: "WGS84 / UTM zone 22N", unite: GeoUnite::Metre, zone: "Hémisphère Nord - entre 54°W et 48°W", definition_proj4: "+proj=utm +zone=22 +datum=WGS84 +units=m +no_defs" },
    GeoSysteme { id: GeoSystemeId::Epsg32630, nom: "WGS84 / UTM zone 30N", unite: GeoUnite::Metre, zone: "Hémisphère Nord - entre 6°W et 0°W", definition_proj4: "+proj=utm +zone=30 +datum=WGS84 +units=m +no_defs" },
];

/// Type of periodic activity report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ActiviteTypeId {
    /// `gra`: rapport d'exploitation (permis et concessions M).
    Gra,
    /// `grp`: rapport trimestriel d'exploitation d'or en Guyane.
    Grp,
    /// `grx`: rapport d'exploitation (autorisations M).
    Grx,
    /// `pma`: rapport d’intensité d’exploration.
    Pma,
    /// `pmb`: rapport financier d'exploration.
    Pmb,
    /// `pmc`: rapport environnemental d'exploration.
    Pmc,
    /// `pmd`: rapport social et économique d'exploration.
    Pmd,
    /// `wrp`: rapport d'exploitation (permis et concessions W).
    Wrp,
}

impl ActiviteTypeId {
    /// Every value, in the order of the reference file.
    pub const ALL: [ActiviteTypeId; 8] = [
        ActiviteTypeId::Gra,
        ActiviteTypeId::Grp,
        ActiviteTypeId::Grx,
        ActiviteTypeId::Pma,
        ActiviteTypeId::Pmb,
        ActiviteTypeId::Pmc,
        ActiviteTypeId::Pmd,
        ActiviteTypeId::Wrp,
    ];

    /// The id used by Camino and in exports.
    pub const fn as_str(self) -> &'static str {
        match self {
            ActiviteTypeId::Gra => "gra",
            ActiviteTypeId::Grp => "grp",
            ActiviteTypeId::Grx => "grx",
            ActiviteTypeId::Pma => "pma",
            ActiviteTypeId::Pmb => "pmb",
            ActiviteTypeId::Pmc => "pmc",
            ActiviteTypeId::Pmd => "pmd",
            ActiviteTypeId::Wrp => "wrp",
        }
    }

    /// Parses a Camino id; `None` when the id is unknown.
    pub fn from_id(id: &str) -> Option<ActiviteTypeId> {
        match id {
            "gra" => Some(ActiviteTypeId::Gra),
            "grp" => Some(ActiviteTypeId::Grp),
            "grx" => Some(ActiviteTypeId::Grx),
            "pma" => Some(ActiviteTypeId::Pma),
            "pmb" => Some(ActiviteTypeId::Pmb),
            "pmc" => Some(ActiviteTypeId::Pmc),
            "pmd" => Some(ActiviteTypeId::Pmd),
            "wrp" => Some(ActiviteTypeId::Wrp),
            _ => None,
        }
    }
}

/// Definitions of the activity types, indexed like [`ActiviteTypeId::ALL`].
pub static ACTIVITES_TYPES: [ActiviteType; 8] = [
    ActiviteType { id: ActiviteTypeId::Gra, nom: "rapport d'exploitation (permis et concessions M)", frequence_id: "ann", date_debut: "2020-01-01", delai_mois: 11, titres_types: &[TitreTypeId::Cxm, TitreTypeId::Pxm], sections: &[
        ActiviteSection { id: "substancesFiscales", nom: Some("Production annuelle"), elements: &[
        ] },
        ActiviteSection { id: "complement", nom: Some("Informations complémentaires"), elements: &[
            ActiviteElement { id: "texte", nom: None, type_id: "textarea", description: Some("Toute information utile à la compréhension de la production déclarée."), optionnel: true, date_debut: Some("2018-01-01"), date_fin: None, periode_id: None, options: &[] },
        ] },
    ] },
    ActiviteType { id: ActiviteTypeId::Grp, nom: "rapport trimestriel d'exploitation d'or en Guyane", frequence_id: "tri", date_debut: "2018-01-01", delai_mois: 19, titres_types: &[TitreTypeId::Cxm, TitreTypeId::Pxm, TitreTypeId::Axm], sections: &[
        ActiviteSection { id: "renseignements", nom: None, elements: &[
            ActiviteElement { id: "orBrut", nom: Some("Or brut extrait (g)"), type_id: "number", description: Some("Masse d’or brut en sortie de mine extrait au cours du trimestre (exemple : masse sous la forme de concentré gravimétrique)."), optionnel: false, date_debut: Some("2018-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "orExtrait", nom: Some("Or extrait (g)"), type_id: "number", description: Some("Masse d'or brut en sortie de mine, ou nette obtenue  après traitement métallurgique, extrait au cours du trimestre."), optionnel: false, date_debut: None, date_fin: Some("2018-01-01"), periode_id: None, options: &[] },
            ActiviteElement { id: "volumeMinerai", nom: Some("Minerai extrait (m3)"), type_id: "number", description: Some("Volume en mètre cube de minerai extrait au cours du trimestre."), optionnel: false, date_debut: None, date_fin: Some("2018-01-01"), periode_id: None, options: &[] },
            ActiviteElement { id: "mercure", nom: Some("Mercure récupéré (g)"), type_id: "number", description: Some("Masse en gramme de l’ensemble des produits contaminés envoyés en traitement au cours du trimestre."), optionnel: false, date_debut: None, date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "carburantDetaxe", nom: Some("Carburant détaxé (l)"), type_id: "number", description: Some("Volume total en litre de carburant détaxé consommé au cours du trimestre par les travaux réalisés sur le chantier."), optionnel: false, date_debut: Some("2018-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "carburantConventionnel", nom: Some("Carburant conventionnel (l)"), type_id: "number", description: Some("Volume total en litre de carburant conventionnel consommé au cours du trimestre par les travaux réalisés sur le chantier."), optionnel: false, date_debut: None, date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "pompes", nom: Some("Pompes actives"), type_id: "number", description: Some("Nombre moyen de pompes actives au cours du trimestre utilisées sur le chantier (pompe à gravier, pompe de relevage…)."), optionnel: false, date_debut: Some("2018-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "pelles", nom: Some("Pelles actives"), type_id: "number", description: Some("Nombre moyen de pelles actives au cours du trimestre utilisées sur le chantier (aménagement, exploitation, réhabilitation)."), optionnel: false, date_debut: Some("2018-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "effectifs", nom: Some("Effectifs"), type_id: "number", description: Some("Nombre moyen de salariés sur le chantier au cours du trimestre."), optionnel: false, date_debut: None, date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "depensesTotales", nom: Some("Dépenses totales (euros)"), type_id: "number", description: Some("Montant en euros des dépenses sur l'exploitation."), optionnel: false, date_debut: None, date_fin: Some("2018-01-01"), periode_id: None, options: &[] },
            ActiviteElement { id: "environnement", nom: Some("Dépenses relatives à la protection de l’environnement (euros)"), type_id: "number", description: Some("Montant en euros des investissements consentis au cours du trimestre listés à l’<a href=\"https://www.legifrance.gouv.fr/affichCodeArticle.do?idArticle=LEGIARTI000021850940&cidTexte=LEGITEXT000006069569\" target=\"_blank\" title=\"Page de l’article - site externe\" rel=\"noopener noreferrer\">article 318 C de l’annexe II du code général des impôts</a>. Afin de bénéficier des déductions fiscales afférentes, les justificatifs attestant de la réalisation effective des investissements sont susceptibles de vous êtres demandés par l’administration."), optionnel: false, date_debut: Some("2018-01-01"), date_fin: None, periode_id: None, options: &[] },
        ] },
        ActiviteSection { id: "travaux", nom: Some("Statut des travaux"), elements: &[
            ActiviteElement { id: "1", nom: Some("Janvier"), type_id: "checkboxes", description: None, optionnel: false, date_debut: Some("2018-01-01"), date_fin: None, periode_id: Some(1), options: &[("nonDebutes", "non débutés"), ("exploitationEnCours", "exploitation en cours"), ("arretTemporaire", "arrêt temporaire"), ("rehabilitation", "réhabilitation"), ("arretDefinitif", "arrêt définitif (après réhabilitation)")] },
            ActiviteElement { id: "2", nom: Some("Février"), type_id: "checkboxes", description: None, optionnel: false, date_debut: Some("2018-01-01"), date_fin: None, periode_id: Some(1), options: &[("nonDebutes", "non débutés"), ("exploitationEnCours", "exploitation en cours"), ("arretTemporaire", "arrêt temporaire"), ("rehabilitation", "réhabilitation"), ("arretDefinitif", "arrêt définitif (après réhabilitation)")] },
            ActiviteElement { id: "3", nom: Some("Mars"), type_id: "checkboxes", description: None, optionnel: false, date_debut: Some("2018-01-01"), date_fin: None, periode_id: Some(1), options: &[("nonDebutes", "non débutés"), ("exploitationEnCours", "exploitation en cours"), ("arretTemporaire", "arrêt temporaire"), ("rehabilitation", "réhabilitation"), ("arretDefinitif", "arrêt définitif (après réhabilitation)")] },
            ActiviteElement { id: "4", nom: Some("Avril"), type_id: "checkboxes", description: None, optionnel: false, date_debut: Some("2018-01-01"), date_fin: None, periode_id: Some(2), options: &[("nonDebutes", "non débutés"), ("exploitationEnCours", "exploitation en cours"), ("arretTemporaire", "arrêt temporaire"), ("rehabilitation", "réhabilitation"), ("arretDefinitif", "arrêt définitif (après réhabilitation)")] },
            ActiviteElement { id: "5", nom: Some("Mai"), type_id: "checkboxes", description: None, optionnel: false, date_debut: Some("2018-01-01"), date_fin: None, periode_id: Some(2), options: &[("nonDebutes", "non débutés"), ("exploitationEnCours", "exploitation en cours"), ("arretTemporaire", "arrêt temporaire"), ("rehabilitation", "réhabilitation"), ("arretDefinitif", "arrêt définitif (après réhabilitation)")] },
            ActiviteElement { id: "6", nom: Some("Juin"), type_id: "checkboxes", description: None, optionnel: false, date_debut: Some("2018-01-01"), date_fin: None, periode_id: Some(2), options: &[("nonDebutes", "non débutés"), ("exploitationEnCours", "exploitation en cours"), ("arretTemporaire", "arrêt temporaire"), ("rehabilitation", "réhabilitation"), ("arretDefinitif", "arrêt définitif (après réhabilitation)")] },
            ActiviteElement { id: "7", nom: Some("Juillet"), type_id: "checkboxes", description: None, optionnel: false, date_debut: Some("2018-01-01"), date_fin: None, periode_id: Some(3), options: &[("nonDebutes", "non débutés"), ("exploitationEnCours", "exploitation en cours"), ("arretTemporaire", "arrêt temporaire"), ("rehabilitation", "réhabilitation"), ("arretDefinitif", "arrêt définitif (après réhabilitation)")] },
            ActiviteElement { id: "8", nom: Some("Août"), type_id: "checkboxes", description: None, optionnel: false, date_debut: Some("2018-01-01"), date_fin: None, periode_id: Some(3), options: &[("nonDebutes", "non débutés"), ("exploitationEnCours", "exploitation en cours"), ("arretTemporaire", "arrêt temporaire"), ("rehabilitation", "réhabilitation"), ("arretDefinitif", "arrêt définitif (après réhabilitation)")] },
            ActiviteElement { id: "9", nom: Some("Septembre"), type_id: "checkboxes", description: None, optionnel: false, date_debut: Some("2018-01-01"), date_fin: None, periode_id: Some(3), options: &[("nonDebutes", "non débutés"), ("exploitationEnCours", "exploitation en cours"), ("arretTemporaire", "arrêt temporaire"), ("rehabilitation", "réhabilitation"), ("arretDefinitif", "arrêt définitif (après réhabilitation)")] },
            ActiviteElement { id: "10", nom: Some("Octobre"), type_id: "checkboxes", description: None, optionnel: false, date_debut: Some("2018-01-01"), date_fin: None, periode_id: Some(4), options: &[("nonDebutes", "non débutés"), ("exploitationEnCours", "exploitation en cours"), ("arretTemporaire", "arrêt temporaire"), ("rehabilitation", "réhabilitation"), ("arretDefinitif", "arrêt définitif (après réhabilitation)")] },
            ActiviteElement { id: "11", nom: Some("Novembre"), type_id: "checkboxes", description: None, optionnel: false, date_debut: Some("2018-01-01"), date_fin: None, periode_id: Some(4), options: &[("nonDebutes", "non débutés"), ("exploitationEnCours", "exploitation en cours"), ("arretTemporaire", "arrêt temporaire"), ("rehabilitation", "réhabilitation"), ("arretDefinitif", "arrêt définitif (après réhabilitation)")] },
            ActiviteElement { id: "12", nom: Some("Décembre"), type_id: "checkboxes", description: None, optionnel: false, date_debut: Some("2018-01-01"), date_fin: None, periode_id: Some(4), options: &[("nonDebutes", "non débutés"), ("exploitationEnCours", "exploitation en cours"), ("arretTemporaire", "arrêt temporaire"), ("rehabilitation", "réhabilitation"), ("arretDefinitif", "arrêt définitif (après réhabilitation)")] },
        ] },
        ActiviteSection { id: "complement", nom: Some("Informations complémentaires"), elements: &[
            ActiviteElement { id: "texte", nom: None, type_id: "textarea", description: Some("Toute information sur les événements marquants du trimestre (accident, incident, arrêt ou suspension d’activité en précisant les raisons, évolution de l’exploitation, difficultés rencontrées, etc.)."), optionnel: true, date_debut: Some("2018-01-01"), date_fin: None, periode_id: None, options: &[] },
        ] },
    ] },
    ActiviteType { id: ActiviteTypeId::Grx, nom: "rapport d'exploitation (autorisations M)", frequence_id: "ann", date_debut: "2018-01-01", delai_mois: 11, titres_types: &[TitreTypeId::Axm], sections: &[
        ActiviteSection { id: "substancesFiscales", nom: Some("Production annuelle"), elements: &[
        ] },
        ActiviteSection { id: "complement", nom: Some("Informations complémentaires"), elements: &[
            ActiviteElement { id: "texte", nom: None, type_id: "textarea", description: Some("Toute information utile à la compréhension de la production d'or net."), optionnel: true, date_debut: Some("2018-01-01"), date_fin: None, periode_id: None, options: &[] },
        ] },
    ] },
    ActiviteType { id: ActiviteTypeId::Pma, nom: "rapport d’intensité d’exploration", frequence_id: "ann", date_debut: "2019-01-01", delai_mois: 24, titres_types: &[TitreTypeId::Prm], sections: &[
        ActiviteSection { id: "levesTopographiques", nom: Some("Levés topographiques"), elements: &[
            ActiviteElement { id: "typeLevesTopo", nom: Some("Types de levés "), type_id: "text", description: Some("Exemples : LIDAR, géomètre…"), optionnel: true, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "surfaceLevesTopo", nom: Some("Surface des levés(km²)"), type_id: "number", description: Some("Surface du titre couverte par des levés topographiques"), optionnel: true, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "complementLevesTopo", nom: Some("Informations complémentaires"), type_id: "textarea", description: Some("Toute information complémentaire sur les levés topographiques"), optionnel: true, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
        ] },
        ActiviteSection { id: "cartographieGeologique", nom: Some("Cartographie géologique"), elements: &[
            ActiviteElement { id: "surfaceCartographieGeologique", nom: Some("Surface cartographiée (km²)"), type_id: "number", description: Some("Surface du titre dont la cartographie géologique a été effectuée au cours de l'année"), optionnel: true, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "complementCartographie", nom: Some("Informations complémentaires"), type_id: "textarea", description: Some("Toute information complémentaire sur les activités de cartographie"), optionnel: true, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
        ] },
        ActiviteSection { id: "levesGeochimiques", nom: Some("Levés géochimiques"), elements: &[
            ActiviteElement { id: "surfaceLevesGeochimie", nom: Some("Surface des levés(km²)"), type_id: "number", description: Some("Surface du titre couverte par des levés géochimiques"), optionnel: true, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "lineaireLevesGeochimie", nom: Some("Longueur de levés (km)"), type_id: "number", description: Some("Longueur de layon couverte par des levés géochimiques"), optionnel: true, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "complementLevesGeochimie", nom: Some("Informations complémentaires"), type_id: "textarea", description: Some("Toute information complémentaire sur les levés géochimiques"), optionnel: true, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
        ] },
        ActiviteSection { id: "levesGeophysiques", nom: Some("Levés géophysiques"), elements: &[
            ActiviteElement { id: "surfaceLevesMagnetisme", nom: Some("Surface des levés de magnétisme (km²)"), type_id: "number", description: Some("Surface du titre en kilomètre carré couverte par des levés de magnétisme "), optionnel: true, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "lineaireLevesMagnetisme", nom: Some("Longueur des levés de magnétisme (km)"), type_id: "number", description: Some("Longueur de layon en kilomètre couverte par des levés de magnétisme"), optionnel: true, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "typeLevesMagnetisme", nom: Some("Type de levés de magnétisme"), type_id: "checkboxes", description: None, optionnel: false, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[("auSol", "au sol"), ("aeroporte", "aéroporté")] },
            ActiviteElement { id: "surfaceLevesSpectrometrie", nom: Some("Surface des levés de spectrométrie (km²)"), type_id: "number", description: Some("Surface du titre en kilomètre carré couverte par des levés de spectrométrie"), optionnel: true, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "lineaireLevesSpectrometrie", nom: Some("Longueur des levés de spectrométrie (km)"), type_id: "number", description: Some("Longueur de layon en kilomètre couverte par des levés de spectrométrie"), optionnel: true, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "typeLevesSpectrometrie", nom: Some("Type de levés de spectrométrie "), type_id: "checkboxes", description: None, optionnel: false, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[("auSol", "au sol"), ("aeroporte", "aéroporté")] },
            ActiviteElement { id: "surfaceLevesPolarisationProvoquee", nom: Some("Surface des levés de polarisation provoquée (km²)"), type_id: "number", description: Some("Surface du titre en kilomètre carré couverte par des levés de polarisation provoquée"), optionnel: true, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "lineaireLevesPolarisationProvoquee", nom: Some("Longueur des levés de polarisation provoquée (km)"), type_id: "number", description: Some("Longueur de layon en kilomètre couverte par des levés de polarisation provoquée"), optionnel: true, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "typeLevesPolarisationProvoquee", nom: Some("Type de levés de polarisation provoquée "), type_id: "checkboxes", description: None, optionnel: false, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[("auSol", "au sol"), ("aeroporte", "aéroporté")] },
            ActiviteElement { id: "surfaceLevesSismiques", nom: Some("Surface des levés sismiques (km²)"), type_id: "number", description: Some("Surface du titre en kilomètre carré couverte par des levés sismiques"), optionnel: true, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "lineaireLevesSismiques", nom: Some("Longueur des levés sismiques (km)"), type_id: "number", description: Some("Longueur de layon en kilomètre couverte par des levés sismiques"), optionnel: true, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "typeLevesSismiques", nom: Some("Type de levés sismiques"), type_id: "checkboxes", description: None, optionnel: false, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[("auSol", "au sol"), ("aeroporte", "aéroporté")] },
            ActiviteElement { id: "surfaceLevesConductivite", nom: Some("Surface des levés de conductivité (km²)"), type_id: "number", description: Some("Surface du titre en kilomètre carré couverte par des levés de conductivité"), optionnel: true, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "lineaireLevesConductivite", nom: Some("Longueur des levés de conductivité (km)"), type_id: "number", description: Some("Longueur de layon en kilomètre couverte par des levés de conductivité"), optionnel: true, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "typeLevesConductivite", nom: Some("Type de levés de conductivité"), type_id: "checkboxes", description: None, optionnel: false, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[("auSol", "au sol"), ("aeroporte", "aéroporté")] },
            ActiviteElement { id: "surfaceLevesAutre", nom: Some("Surface des levés par d'autres méthodes (km²)"), type_id: "number", description: Some("Surface du titre en kilomètre carré couverte par des levés par d'autres méthodes"), optionnel: true, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "lineaireLevesAutre", nom: Some("Longueur des levés par d'autres méthodes (km)"), type_id: "number", description: Some("Longueur de layon en kilomètre couverte par des levés par d'autres méthodes"), optionnel: true, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "typeLevesAutre", nom: Some("Type de levés par d'autres méthodes"), type_id: "checkboxes", description: None, optionnel: false, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[("auSol", "au sol"), ("aeroporte", "aéroporté")] },
            ActiviteElement { id: "complementLevesGeochimie", nom: Some("Informations complémentaires"), type_id: "textarea", description: Some("Toute information complémentaire sur les levés géophysique"), optionnel: true, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
        ] },
        ActiviteSection { id: "trancheesPuits", nom: Some("Tranchées et puits"), elements: &[
            ActiviteElement { id: "puits", nom: Some("Nombre de puits"), type_id: "number", description: Some("Nombre de puits forés"), optionnel: true, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "lineaireTranchees", nom: Some("Longueur de tranchée (km)"), type_id: "number", description: Some("Longueur de tranchée de prospection ouverte"), optionnel: true, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "complementTrancheesPuits", nom: Some("Informations complémentaires"), type_id: "textarea", description: Some("Toute information complémentaire sur les tranchées et puits"), optionnel: true, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
        ] },
        ActiviteSection { id: "sondages", nom: Some("Sondages"), elements: &[
            ActiviteElement { id: "nombreSondagesTariere", nom: Some("Nombre de sondages tarière"), type_id: "number", description: Some("Nombre de sondages effectués à l'aide d'une tarière"), optionnel: true, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "profondeurMaxSondagesTariere", nom: Some("Profondeur maximale des sondages tarière (m)"), type_id: "number", description: Some("Profondeur maximale atteinte par les sondages tarière"), optionnel: true, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "profondeurMoySondagesTariere", nom: Some("Profondeur moyenne de sondages tarière (m)"), type_id: "number", description: Some("Profondeur moyenne atteinte par les sondages tarière"), optionnel: true, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "lineaireSondagesTarieres", nom: Some("Longueur sondages tarière (m)"), type_id: "number", description: Some("Longueur du linéaire de sondages tarière"), optionnel: true, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "nombreSondagesDestructifs", nom: Some("Nombre de sondages destructifs"), type_id: "number", description: Some("Nombre de sondages effectués à l'aide d'une destructifs"), optionnel: true, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "profondeurMaxSondagesDestructifs", nom: Some("Profondeur maximale des sondages destructifs (m)"), type_id: "number", description: Some("Profondeur maximale atteinte par les sondages destructifs"), optionnel: true, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "profondeurMoySondagesDestructifs", nom: Some("Profondeur moyenne de sondages destructifs (m)"), type_id: "number", description: Some("Profondeur moyenne atteinte par les sondages destructifs"), optionnel: true, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "lineaireSondagesDestructifss", nom: Some("Longueur sondages destructifs (m)"), type_id: "number", description: Some("Longueur du linéaire de sondages destructifs"), optionnel: true, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "nombreSondagesCarottes", nom: Some("Nombre de sondages carottés"), type_id: "number", description: Some("Nombre de sondages effectués à l'aide d'une carottés"), optionnel: true, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "profondeurMaxSondagesCarottes", nom: Some("Profondeur maximale des sondages carottés (m)"), type_id: "number", description: Some("Profondeur maximale atteinte par les sondages carottés"), optionnel: true, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "profondeurMoySondagesCarottes", nom: Some("Profondeur moyenne de sondages carottés (m)"), type_id: "number", description: Some("Profondeur moyenne atteinte par les sondages carottés"), optionnel: true, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "lineaireSondagesCarottes", nom: Some("Longueur sondages carottés (m)"), type_id: "number", description: Some("Longueur du linéaire de sondages carottés"), optionnel: true, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "complementSondages", nom: Some("Informations complémentaires"), type_id: "textarea", description: Some("Toute information complémentaire sur les sondages"), optionnel: true, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
        ] },
        ActiviteSection { id: "Analyses", nom: Some("Analyses"), elements: &[
            ActiviteElement { id: "nombreAnalysesMultiElements", nom: Some("Nombre d'analyses multi-éléments"), type_id: "number", description: Some("Nombre d'analyses multi-éléments"), optionnel: true, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "listeAnalysesMultiElements", nom: Some("Liste des éléments analysés"), type_id: "textarea", description: Some("Précisions sur les éléments analysés et méthodes analytiques utilisées"), optionnel: true, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "listeTraitementMineralurgiques", nom: Some("Nature des traitements minéralurgiques"), type_id: "checkboxes", description: None, optionnel: false, date_debut: None, date_fin: None, periode_id: None, options: &[("analyseGranulometrie", "analyse granulométrique"), ("concassage", "concassage"), ("broyage", "broyage"), ("separationGravimetrique", "séparation gravimétrique"), ("flottation", "flottation"), ("cyanuration", "cyanuration"), ("testLixiviation", "test de lixiviation"), ("autre", "autres")] },
            ActiviteElement { id: "complementAnalyses", nom: Some("Informations complémentaires"), type_id: "textarea", description: Some("Toute information complémentaire sur les analyses (volumes traités, nombre de tests...)"), optionnel: true, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
        ] },
        ActiviteSection { id: "etudes", nom: Some("Etudes"), elements: &[
            ActiviteElement { id: "listeEtudes", nom: Some("Nature des études effectués"), type_id: "checkboxes", description: Some("Nature des études effectuées"), optionnel: false, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[("environnementale", "environnementale"), ("economiquePreliminaire", "économique préliminaire"), ("economiquePreFaisabilite", "économique pré-faisabilité"), ("economiqueFaisabilité", "économique faisabilité"), ("sociale", "sociale"), ("autre", "autres")] },
            ActiviteElement { id: "complementEtudes", nom: Some("Informations complémentaires"), type_id: "textarea", description: Some("Toute information complémentaire sur les études effectuées"), optionnel: true, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
        ] },
    ] },
    ActiviteType { id: ActiviteTypeId::Pmb, nom: "rapport financier d'exploration", frequence_id: "ann", date_debut: "2019-01-01", delai_mois: 24, titres_types: &[TitreTypeId::Prm], sections: &[
        ActiviteSection { id: "indicateursFinanciersDepensesTotales", nom: Some("Indicateur financier global"), elements: &[
            ActiviteElement { id: "depensesTotales", nom: Some("Dépenses totales de prospection"), type_id: "number", description: Some("Montant en euros de l'ensemble des dépenses effectuées au cours de l'année"), optionnel: false, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
        ] },
        ActiviteSection { id: "indicateursFinanciersLevesTopographiques", nom: Some("Levés topographiques"), elements: &[
            ActiviteElement { id: "depensesLevesTopographiques", nom: Some("Dépenses de levés topographiques (euros)"), type_id: "number", description: Some("Montant en euros des dépenses de levés topographiques au cours de l'année"), optionnel: false, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
        ] },
        ActiviteSection { id: "indicateursFinanciersCartographieGeologique", nom: Some("Cartographie géologique"), elements: &[
            ActiviteElement { id: "depensesCartographie", nom: Some("Dépenses de cartographie géologique (euros)"), type_id: "number", description: Some("Montant en euros des dépenses de cartographie géologique au cours de l'année"), optionnel: false, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
        ] },
        ActiviteSection { id: "indicateursFinanciersLevesGeochimie", nom: Some("Levés géochimiques"), elements: &[
            ActiviteElement { id: "depensesLevesGeochimie", nom: Some("Dépenses de levés géochimiques (euros)"), type_id: "number", description: Some("Montant en euros des dépenses de levés géochimiques au cours de l'année"), optionnel: false, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
        ] },
        ActiviteSection { id: "indicateursFinanciersLevesGeophysique", nom: Some("Levés géophysique"), elements: &[
            ActiviteElement { id: "depensesLevesGeophysique", nom: Some("Dépenses de levés géophysique (euros)"), type_id: "number", description: Some("Montant en euros des dépenses de levés géophysique au cours de l'année"), optionnel: false, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
        ] },
        ActiviteSection { id: "indicateursFinanciersLevesTrancheesPuits", nom: Some("Tranchées et puits"), elements: &[
            ActiviteElement { id: "depensesLevesTrancheesPuits", nom: Some("Dépenses de tranchées et puits (euros)"), type_id: "number", description: Some("Montant en euros des dépenses de tranchées et puits au cours de l'année"), optionnel: false, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
        ] },
        ActiviteSection { id: "indicateursFinanciersSondages", nom: Some("Sondages"), elements: &[
            ActiviteElement { id: "depensesLevesSondagesTarieres", nom: Some("Dépenses de sondages tarières (euros)"), type_id: "number", description: Some("Montant en euros des dépenses de sondages tarières au cours de l'année"), optionnel: false, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "depensesLevesSondagesDestructifs", nom: Some("Dépenses de sondages destructifs (euros)"), type_id: "number", description: Some("Montant en euros des dépenses de sondages destructifs au cours de l'année"), optionnel: false, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "depensesLevesSondagesCarottés", nom: Some("Dépenses de sondages carottés (euros)"), type_id: "number", description: Some("Montant en euros des dépenses de sondages carottés au cours de l'année"), optionnel: false, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
        ] },
        ActiviteSection { id: "indicateursFinanciersAnalysesMultiElements", nom: Some("Analyses"), elements: &[
            ActiviteElement { id: "depensesAnalysesMultiElements", nom: Some("Dépenses d'analyses multi-éléments (euros)"), type_id: "number", description: Some("Montant en euros des dépenses d'analyses multi-éléments au cours de l'année"), optionnel: false, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "depensesTraitementMineralurgiques", nom: Some("Dépenses de traitements minéralurgiques (euros)"), type_id: "number", description: Some("Montant en euros des dépenses de traitements minéralurgiques au cours de l'année"), optionnel: false, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
        ] },
        ActiviteSection { id: "indicateursFinanciersEtudes", nom: Some("Etudes"), elements: &[
            ActiviteElement { id: "depensesEtudeEnvironnementale", nom: Some("Dépenses d'étude environnementale (euros)"), type_id: "number", description: Some("Montant en euros des dépenses d'études environnementales au cours de l'année"), optionnel: false, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "depensesEtudeEconomiquePreliminaire", nom: Some("Dépenses d'étude économique préliminaire (euros)"), type_id: "number", description: Some("Montant en euros des dépenses d'étude économique préliminaire au cours de l'année"), optionnel: false, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "depensesEtudeEconomiquePreFaisabilite", nom: Some("Dépenses d'étude économique pré-faisabilité (euros)"), type_id: "number", description: Some("Montant en euros des dépenses d'étude économique pré-faisabilité au cours de l'année"), optionnel: false, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "depensesEtudeEconomiqueFaisabilité", nom: Some("Dépenses d'étude économique faisabilité (euros)"), type_id: "number", description: Some("Montant en euros des dépenses d'étude économique faisabilité au cours de l'année"), optionnel: false, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "depensesEtudeSociale", nom: Some("Dépenses d'étude sociale (euros)"), type_id: "number", description: Some("Montant en euros des dépenses d'étude environnementales au cours de l'année"), optionnel: false, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "depensesEtudessautres", nom: Some("Dépenses d'études autres (euros)"), type_id: "number", description: Some("Montant en euros des dépenses d'études autres au cours de l'année"), optionnel: false, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
        ] },
        ActiviteSection { id: "indicateursFinanciersEnvironnement", nom: Some("Environnement"), elements: &[
            ActiviteElement { id: "environnement", nom: Some("Dépenses relatives à la protection de l’environnement (euros)"), type_id: "number", description: Some("Montant en euros des investissements consentis au cours de l'année listés à l’<a href=\"https://www.legifrance.gouv.fr/affichCodeArticle.do?idArticle=LEGIARTI000021850940&cidTexte=LEGITEXT000006069569\" target=\"_blank\" title=\"Page de l’article - site externe\" rel=\"noopener noreferrer\">article 318 C de l’annexe II du code général des impôts</a>. Afin de bénéficier des déductions fiscales afférentes, les justificatifs attestant de la réalisation effective des investissements sont susceptibles de vous être demandés par l’administration."), optionnel: false, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
        ] },
        ActiviteSection { id: "indicateursFinanciersCommunication", nom: Some("Communication"), elements: &[
            ActiviteElement { id: "depensesCommunication", nom: Some("Dépenses de communication et d'information du public (euros)"), type_id: "number", description: Some("Montant en euros des dépenses de communication et frais d'organisation de réunions publiques au cours de l'année"), optionnel: false, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
        ] },
        ActiviteSection { id: "complementFinancier", nom: Some("Informations complémentaires"), elements: &[
            ActiviteElement { id: "depensesAutres", nom: Some("Autres dépenses (euros)"), type_id: "number", description: Some("Montant en euros des autres dépenses au cours de l'année"), optionnel: false, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "texte", nom: None, type_id: "textarea", description: Some("Toute information sur les événements financiers marquants de l'année."), optionnel: true, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
        ] },
    ] },
    ActiviteType { id: ActiviteTypeId::Pmc, nom: "rapport environnemental d'exploration", frequence_id: "ann", date_debut: "2019-01-01", delai_mois: 24, titres_types: &[TitreTypeId::Prm], sections: &[
        ActiviteSection { id: "indicateursEnvironnement", nom: Some("Indicateurs environnementaux"), elements: &[
            ActiviteElement { id: "carburantDetaxe", nom: Some("Carburant détaxé (l)"), type_id: "number", description: Some("Volume total en litre de carburant détaxé consommé au cours de l'année par les travaux réalisés sur le chantier."), optionnel: false, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "carburantConventionnel", nom: Some("Carburant conventionnel (l)"), type_id: "number", description: Some("Volume total en litre de carburant conventionnel consommé au cours de l'année par les travaux réalisés sur le chantier."), optionnel: false, date_debut: None, date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "pompes", nom: Some("Pompes actives"), type_id: "number", description: Some("<b>Dans le cas d'un chantier alluvionnaire</b>, nombre d'heure de fonctionnement de pompes au cours de l'année sur le chantier (pompe à gravier, pompe de relevage…)."), optionnel: false, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "pelles", nom: Some("Pelles actives"), type_id: "number", description: Some("<b>Dans le cas d'un chantier alluvionnaire</b>, nombre d'heure de fonctionnement de pelles mécaniques au cours de l'année sur le chantier (aménagement, exploitation, réhabilitation)."), optionnel: false, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "mercure", nom: Some("Mercure récupéré (g)"), type_id: "number", description: Some("<b>En Guyane</b>, masse en gramme de l’ensemble des produits contaminés au mercure envoyés en traitement au cours de l'année."), optionnel: false, date_debut: None, date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "surfaceDeforestee", nom: Some("Surface déforestée (km²)"), type_id: "number", description: Some("Surface déforestée en kilomètre carré au cours de l'année."), optionnel: false, date_debut: None, date_fin: None, periode_id: None, options: &[] },
        ] },
        ActiviteSection { id: "complementEnvironnement", nom: Some("Informations complémentaires"), elements: &[
            ActiviteElement { id: "texte", nom: None, type_id: "textarea", description: Some("Toute information sur les événements marquants l'année en matière de protection de l'environnement dont les actions entreprises pour réduire l'empreinte environnementale du projet."), optionnel: true, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
        ] },
    ] },
    ActiviteType { id: ActiviteTypeId::Pmd, nom: "rapport social et économique d'exploration", frequence_id: "ann", date_debut: "2019-01-01", delai_mois: 24, titres_types: &[TitreTypeId::Prm], sections: &[
        ActiviteSection { id: "indicateursSocialEconomiqueDirect", nom: Some("Indicateurs sociaux et économiques sur les emplois directs"), elements: &[
            ActiviteElement { id: "emploisDirectsTotal", nom: Some("Emplois directs salariés"), type_id: "number", description: Some("Nombre total de salariés de l'entreprise affectés aux activités sur le titre minier."), optionnel: false, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "etpDirectsTotal", nom: Some("Equivalents temps plein salariés"), type_id: "number", description: Some("Nombre total d'équivalents temps plein salariés de l'entreprise affectés aux activités sur le titre minier."), optionnel: false, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "emploisDirectsResidents", nom: Some("Emplois directs salariés occupés par des résidents du département"), type_id: "number", description: Some("Nombre de salariés de l'entreprise, <b>français ou étrangers, résidant fiscalement dans le département</b>, affectés aux activités sur le titre minier."), optionnel: false, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "etpDirectsResidents", nom: Some("Equivalents temps plein salariés occupés par des résidents du département"), type_id: "number", description: Some("Nombre d'équivalents temps plein salariés de l'entreprise, occupés par des <b>français ou étrangers, résidant fiscalement dans le département</b>, affectés aux activités sur le titre minier."), optionnel: false, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "emploisDirectsFr", nom: Some("Emplois directs salariés de nationalité française"), type_id: "number", description: Some("Nombre d'employés de <b>nationalité française</b> salariés de l'entreprise affectés aux activités sur le titre minier."), optionnel: false, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "etpDirectsFr", nom: Some("Equivalents temps plein salariés de nationalité française"), type_id: "number", description: Some("Nombre d'équivalents temps plein salariés de l'entreprise occupés par des personnes de <b>nationalité française</b> affectés aux activités sur le titre minier."), optionnel: false, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
        ] },
        ActiviteSection { id: "indicateursSocialEconomiqueInirects", nom: Some("Indicateurs sociaux et économiques sur la sous-traitance"), elements: &[
            ActiviteElement { id: "emploisIndirectsTotal", nom: Some("Emplois salariés des sous-traitants"), type_id: "number", description: Some("Nombre total d'emplois salariés des sous-traitants et prestataires affectés aux activités sur le titre minier."), optionnel: false, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "etpIndirectsTotal", nom: Some("Equivalents temps plein salariés des sous-traitants"), type_id: "number", description: Some("Nombre total d'équivalents temps plein salariés des sous-traitants et prestataires, affectés aux activités sur le titre minier."), optionnel: false, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "emploisIndirectsResidents", nom: Some("Emplois salariés résidents du département des sous-traitants"), type_id: "number", description: Some("Nombre de salariés des sous-traitants et prestataires, <b>résidant fiscalement dans le département</b>, affectés aux activités sur le titre minier."), optionnel: false, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "etpIndirectsResidents", nom: Some("Equivalents temps plein des salariés des sous-traitants résidents du département"), type_id: "number", description: Some("Nombre d'équivalents temps plein des sous-traitants et prestataires, <b>résidant fiscalement dans le département</b>, affectés aux activités sur le titre minier."), optionnel: false, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "emploisIndirectsFr", nom: Some("Emplois salariés de nationalité française des sous-traitants"), type_id: "number", description: Some("Nombre d'employés de <b>nationalité française</b> salariés des sous-traitants et prestataires de l'entreprise, affectés aux activités sur le titre minier."), optionnel: false, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "etpIndirectsFr", nom: Some("Equivalents temps plein salariés de nationalité française des sous-traitants"), type_id: "number", description: Some("Nombre d'équivalents temps plein occupés par des personnes de <b>nationalité française</b> salariées des sous-traitants et prestataires de l'entreprise, affectées aux activités sur le titre minier."), optionnel: false, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
        ] },
        ActiviteSection { id: "indicateursConcertationAcceptabilite", nom: Some("Indicateurs de concertation et d'acceptabilité du projet"), elements: &[
            ActiviteElement { id: "reunionPublique", nom: Some("Réunions publiques"), type_id: "number", description: Some("Nombre de réunions publiques consacrées aux projets sur le titre minier organisées au cours de l'année"), optionnel: false, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "priseContact", nom: Some("Rendez-vous"), type_id: "number", description: Some("Nombre de rendez-vous avec les parties prenantes concernées par le titre minier organisés au cours de l'année"), optionnel: false, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
            ActiviteElement { id: "communicationLocale", nom: Some("Actions de communication à destination du public"), type_id: "number", description: Some("Nombre d'actions de communication menées par le titulaire du titre à destination du public (hors publication et communication à destination des marchés) au cours de l'année"), optionnel: false, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
        ] },
        ActiviteSection { id: "complementSocialEconomique", nom: Some("Informations complémentaires"), elements: &[
            ActiviteElement { id: "texte", nom: None, type_id: "textarea", description: Some("Toute information sur les événements marquants de nature sociale ou économique de l'année."), optionnel: true, date_debut: Some("2019-01-01"), date_fin: None, periode_id: None, options: &[] },
        ] },
    ] },
    ActiviteType { id: ActiviteTypeId::Wrp, nom: "rapport d'exploitation (permis et concessions W)", frequence_id: "ann", date_debut: "2010-01-01", delai_mois: 12, titres_types: &[TitreTypeId::Cxw, TitreTypeId::Pxw], sections: &[
        ActiviteSection { id: "renseignementsProduction", nom: Some("Production annuelle"), elements: &[
            ActiviteElement { id: "volumeGranulatsExtrait", nom: Some("Volume de granulats marins extrait (m3)"), type_id: "number", description: Some("Volume de granulats marins extrait, en mètre cube, au cours de l'année."), optionnel: false, date_debut: None, date_fin: None, periode_id: None, options: &[] },
        ] },
        ActiviteSection { id: "complementInformation", nom: Some("Informations complémentaires"), elements: &[
            ActiviteElement { id: "texte", nom: None, type_id: "textarea", description: Some("Toute information sur les événements marquants de l'année (arrêt ou suspension d’activité en précisant les raisons, évolution de l’exploitation, difficultés rencontrées, accident, incident, etc.)."), optionnel: true, date_debut: None, date_fin: None, periode_id: None, options: &[] },
        ] },
    ] },
];

/// Administrations (préfectures, DREAL/DEAL/DGTM, ministries, operators, autorités).
pub static ADMINISTRATIONS: [Administration; 130] = [
    Administration { id: "aut-97300-01", type_id: "aut", nom: "Gendarmerie Nationale - Guyane", abreviation: "Gendarmerie Nationale - Guyane", departement_id: None, region_id: None },
    Administration { id: "aut-mrae-guyane-01", type_id: "aut", nom: "Mission régionale autorité environnementale de Guyane", abreviation: "MRAE Guyane", departement_id: None, region_id: Some("03") },
    Administration { id: "dea-guadeloupe-01", type_id: "dre", nom: "Direction de l'environnement de l'aménagement et du logement (DEAL) - Guadeloupe", abreviation: "DEAL - Guadeloupe", departement_id: None, region_id: Some("01") },
    Administration { id: "dea-guyane-01", type_id: "dre", nom: "Direction Générale des Territoires et de la Mer de Guyane", abreviation: "DGTM - Guyane", departement_id: None, region_id: Some("03") },
    Administration { id: "dea-martinique-01", type_id: "dre", nom: "Direction de l'environnement de l'aménagement et du logement (DEAL) - Martinique", abreviation: "DEAL - Martinique", departement_id: None, region_id: Some("02") },
    Administration { id: "dea-mayotte-01", type_id: "dre", nom: "Direction de l'environnement de l'aménagement et du logement (DEAL) - Mayotte", abreviation: "DEAL - Mayotte", departement_id: None, region_id: Some("06") },
    Administration { id: "dea-reunion-01", type_id: "dre", nom: "Direction de l'environnement de l'aménagement et du logement (DEAL) - La Réunion", abreviation: "DEAL - La Réunion", departement_id: None, region_id: Some("04") },
    Administration { id: "dre-aura-01", type_id: "dre", nom: "Direction régionale de l'environnement, de l'aménagement et du logement (DREAL) - Auvergne-Rhône-Alpes - Siège de Lyon", abreviation: "DREAL - Auvergne-Rhône-Alpes - Siège de Lyon", departement_id: None, region_id: Some("84") },
    Administration { id: "dre-bfc-01", type_id: "dre", nom: "Direction régionale de l'environnement, de l'aménagement et du logement (DREAL) - Bourgogne-Franche-Comté - Siège de Besançon", abreviation: "DREAL - Bourgogne-Franche-Comté - Siège de Besançon", departement_id: None, region_id: Some("27") },
    Administration { id: "dre-bretagne-01", type_id: "dre", nom: "Direction régionale de l'environnement, de l'aménagement et du logement (DREAL) - Bretagne", abreviation: "DREAL - Bretagne", departement_id: None, region_id: Some("53") },
    Administration { id: "dre-centre-val-de-loire-01", type_id: "dre", nom: "Direction régionale de l'environnement, de l'aménagement et du logement (DREAL) - Centre-Val-de-Loire", abreviation: "DREAL - Centre-Val-de-Loire", departement_id: None, region_id: Some("24") },
    Administration { id: "dre-corse-01", type_id: "dre", nom: "Direction régionale de l'environnement, de l'aménagement et du logement (DREAL) - Corse", abreviation: "DREAL - Corse", departement_id: None, region_id: Some("94") },
    Administration { id: "dre-grand-est-01", type_id: "dre", nom: "Direction régionale de l'environnement, de l'aménagement et du logement (DREAL) - Grand Est - Siège de Metz", abreviation: "DREAL - Grand Est - Siège de Metz", departement_id: None, region_id: Some("44") },
    Administration { id: "dre-hauts-de-france-01", type_id: "dre", nom: "Direction régionale de l'environnement, de l'aménagement et du logement (DREAL) - Hauts-de-France - Siège de Lille", abreviation: "DREAL - Hauts-de-France - Siège de Lille", departement_id: None, region_id: Some("32") },
    Administration { id: "dre-ile-de-france-01", type_id: "dre", nom: "Direction régionale et interdépartementale de l'environnement et de l'énergie (DRIEE) - Île-de-France", abreviation: "DRIEE - Île-de-France", departement_id: None, region_id: Some("11") },
    Administration { id: "dre-normandie-01", type_id: "dre", nom: "Direction régionale de l'environnement, de l'aménagement et du logement (DREAL) - Normandie - Siège de Rouen", abreviation: "DREAL - Normandie - Siège de Rouen", departement_id: None, region_id: Some("28") },
    Administration { id: "dre-nouvelle-aquitaine-01", type_id: "dre", nom: "Direction régionale de l'environnement, de l'aménagement et du logement (DREAL) - Nouvelle-Aquitaine - Siège de Poitiers", abreviation: "DREAL - Nouvelle-Aquitaine - Siège de Poitiers", departement_id: None, region_id: Some("75") },
    Administration { id: "dre-occitanie-01", type_id: "dre", nom: "Direction régionale de l'environnement, de l'aménagement et du logement (DREAL) - Occitanie - Siège de Toulouse", abreviation: "DREAL - Occitanie - Siège de Toulouse", departement_id: None, region_id: Some("76") },
    Administration { id: "dre-paca-01", type_id: "dre", nom: "Direction régionale de l'environnement, de l'aménagement et du logement (DREAL) - Provence-Alpes-Côte-d'Azur", abreviation: "DREAL - Provence-Alpes-Côte-d'Azur", departement_id: None, region_id: Some("93") },
    Administration { id: "dre-pays-de-la-loire-01", type_id: "dre", nom: "Direction régionale de l'environnement, de l'aménagement et du logement (DREAL) - Pays de la Loire", abreviation: "DREAL - Pays de la Loire", departement_id: None, region_id: Some("52") },
    Administration { id: "min-dajb-01", type_id: "min", nom: "Ministère de l'Economie, des Finances et de la Relance", abreviation: "DAJ - Ministère de l'Economie, des Finances et de la Relance", departement_id: None, region_id: None },
    Administration { id: "min-mctrct-dgcl-01", type_id: "min", nom: "Ministère de la Cohésion des Territoires et des Relations avec les Collectivités Territoriales", abreviation: "DGCL/SDFLAE/FL1", departement_id: None, region_id: None },
    Administration { id: "min-mtes-dgaln-01", type_id: "min", nom: "Ministère de l'Economie, des Finances et de la Relance & Ministère de la Transition écologique", abreviation: "DGALN/DEB/EARM2", departement_id: None, region_id: None },
    Administration { id: "min-mtes-dgec-01", type_id: "min", nom: "Ministère de l'Economie, des Finances et de la Relance & Ministère de la Transition écologique", abreviation: "DGEC/DE/SD2/2A", departement_id: None, region_id: None },
    Administration { id: "min-mtes-dgpr-01", type_id: "min", nom: "Ministère de l'Economie, des Finances et de la Relance & Ministère de la Transition écologique", abreviation: "DGPR/SRT/SDRCP/BSSS", departement_id: None, region_id: None },
    Administration { id: "ope-brgm-01", type_id: "ope", nom: "Bureau de recherches géologiques et minières", abreviation: "BRGM", departement_id: None, region_id: None },
    Administration { id: "ope-cacem-01", type_id: "ope", nom: "Centre d'appui au contrôle de l'environnement marin", abreviation: "Cacem", departement_id: None, region_id: None },
    Administration { id: "ope-onf-973-01", type_id: "ope", nom: "Office national des forêts", abreviation: "Office national des forêts", departement_id: None, region_id: Some("03") },
    Administration { id: "ope-ptmg-973-01", type_id: "ope", nom: "Pôle Technique Minier de Guyane", abreviation: "Pôle Technique Minier de Guyane", departement_id: None, region_id: None },
    Administration { id: "pre-01053-01", type_id: "pre", nom: "Préfecture - Ain", abreviation: "Préfecture - Ain", departement_id: Some("01"), region_id: None },
    Administration { id: "pre-02408-01", type_id: "pre", nom: "Préfecture - Aisne", abreviation: "Préfecture - Aisne", departement_id: Some("02"), region_id: None },
    Administration { id: "pre-03190-01", type_id: "pre", nom: "Préfecture - Allier", abreviation: "Préfecture - Allier", departement_id: Some("03"), region_id: None },
    Administration { id: "pre-04070-01", type_id: "pre", nom: "Préfecture - Alpes-de-Haute-Provence", abreviation: "Préfecture - Alpes-de-Haute-Provence", departement_id: Some("04"), region_id: None },
    Administration { id: "pre-05061-01", type_id: "pre", nom: "Préfecture - Hautes-Alpes", abreviation: "Préfecture - Hautes-Alpes", departement_id: Some("05"), region_id: None },
    Administration { id: "pre-06088-01", type_id: "pre", nom: "Préfecture - Alpes-Maritimes", abreviation: "Préfecture - Alpes-Maritimes", departement_id: Some("06"), region_id: None },
    Administration { id: "pre-07186-01", type_id: "pre", nom: "Préfecture - Ardèche", abreviation: "Préfecture - Ardèche", departement_id: Some("07"), region_id: None },
    Administration { id: "pre-08105-01", type_id: "pre", nom: "Préfecture - Ardennes", abreviation: "Préfecture - Ardennes", departement_id: Some("08"), region_id: None },
    Administration { id: "pre-09122-01", type_id: "pre", nom: "Préfecture - Ariège", abreviation: "Préfecture - Ariège", departement_id: Some("09"), region_id: None },
    Administration { id: "pre-10387-01", type_id: "pre", nom: "Préfecture - Aube", abreviation: "Préfecture - Aube", departement_id: Some("10"), region_id: None },
    Administration { id: "pre-11069-01", type_id: "pre", nom: "Préfecture - Aude", abreviation: "Préfecture - Aude", departement_id: Some("11"), region_id: None },
    Administration { id: "pre-12202-01", type_id: "pre", nom: "Préfecture - Aveyron", abreviation: "Préfecture - Aveyron", departement_id: Some("12"), region_id: None },
    Administration { id: "pre-13203-01", type_id: "pre", nom: "Préfecture - Bouches-du-Rhône", abreviation: "Préfecture - Bouches-du-Rhône", departement_id: Some("13"), region_id: None },
    Administration { id: "pre-14118-01", type_id: "pre", nom: "Préfecture - Calvados", abreviation: "Préfecture - Calvados", departement_id: Some("14"), region_id: None },
    Administration { id: "pre-15014-01", type_id: "pre", nom: "Préfecture - Cantal", abreviation: "Préfecture - Cantal", departement_id: Some("15"), region_id: None },
    Administration { id: "pre-16015-01", type_id: "pre", nom: "Préfecture - Charente", abreviation: "Préfecture - Charente", departement_id: Some("16"), region_id: None },
    Administration { id: "pre-17300-01", type_id: "pre", nom: "Préfecture - Charente-Maritime", abreviation: "Préfecture - Charente-Maritime", departement_id: Some("17"), region_id: None },
    Administration { id: "pre-18033-01", type_id: "pre", nom: "Préfecture - Cher", abreviation: "Préfecture - Cher", departement_id: Some("18"), region_id: None },
    Administration { id: "pre-19272-01", type_id: "pre", nom: "Préfecture - Corrèze", abreviation: "Préfecture - Corrèze", departement_id: Some("19"), region_id: None },
    Administration { id: "pre-21231-01", type_id: "pre", nom: "Préfecture - Côte-d'Or", abreviation: "Préfecture - Côte-d'Or", departement_id: Some("21"), region_id: None },
    Administration { id: "pre-22278-01", type_id: "pre", nom: "Préfecture - Côtes-d'Armor", abreviation: "Préfecture - Côtes-d'Armor", departement_id: Some("22"), region_id: None },
    Administration { id: "pre-23096-01", type_id: "pre", nom: "Préfecture - Creuse", abreviation: "Préfecture - Creuse", departement_id: Some("23"), region_id: None },
    Administration { id: "pre-24322-01", type_id: "pre", nom: "Préfecture - Dordogne", abreviation: "Préfecture - Dordogne", departement_id: Some("24"), region_id: None },
    Administration { id: "pre-25056-01", type_id: "pre", nom: "Préfecture - Doubs", abreviation: "Préfecture - Doubs", departement_id: Some("25"), region_id: None },
    Administration { id: "pre-26362-01", type_id: "pre", nom: "Préfecture - Drôme", abreviation: "Préfecture - Drôme", departement_id: Some("26"), region_id: None },
    Administration { id: "pre-27229-01", type_id: "pre", nom: "Préfecture - Eure", abreviation: "Préfecture - Eure", departement_id: Some("27"), region_id: None },
    Administration { id: "pre-28085-01", type_id: "pre", nom: "Préfecture - Eure-et-Loir", abreviation: "Préfecture - Eure-et-Loir", departement_id: Some("28"), region_id: None },
    Administration { id: "pre-29232-01", type_id: "pre", nom: "Préfecture - Finistère", abreviation: "Préfecture - Finistère", departement_id: Some("29"), region_id: None },
    Administration { id: "pre-2A004-01", type_id: "pre", nom: "Préfecture - Corse-du-Sud", abreviation: "Préfecture - Corse-du-Sud", departement_id: Some("2A"), region_id: None },
    Administration { id: "pre-2B033-01", type_id: "pre", nom: "Préfecture - Haute-Corse", abreviation: "Préfecture - Haute-Corse", departement_id: Some("2B"), region_id: None },
    Administration { id: "pre-30189-01", type_id: "pre", nom: "Préfecture - Gard", abreviation: "Préfecture - Gard", departement_id: Some("30"), region_id: None },
    Administration { id: "pre-31555-01", type_id: "pre", nom: "Préfecture - Haute-Garonne", abreviation: "Préfecture - Haute-Garonne", departement_id: Some("31"), region_id: None },
    Administration { id: "pre-32013-01", type_id: "pre", nom: "Préfecture - Gers", abreviation: "Préfecture - Gers", departement_id: Some("32"), region_id: None },
    Administration { id: "pre-33063-01", type_id: "pre", nom: "Préfecture - Gironde", abreviation: "Préfecture - Gironde", departement_id: Some("33"), region_id: None },
    Administration { id: "pre-34172-01", type_id: "pre", nom: "Préfecture - Hérault", abreviation: "Préfecture - Hérault", departement_id: Some("34"), region_id: None },
    Administration { id: "pre-35238-01", type_id: "pre", nom: "Préfecture - Ille-et-Vilaine", abreviation: "Préfecture - Ille-et-Vilaine", departement_id: Some("35"), region_id: None },
    Administration { id: "pre-36044-01", type_id: "pre", nom: "Préfecture - Indre", abreviation: "Préfecture - Indre", departement_id: Some("36"), region_id: None },
    Administration { id: "pre-37261-01", type_id: "pre", nom: "Préfecture - Indre-et-Loire", abreviation: "Préfecture - Indre-et-Loire", departement_id: Some("37"), region_id: None },
    Administration { id: "pre-38185-01", type_id: "pre", nom: "Préfecture - Isère", abreviation: "Préfecture - Isère", departement_id: Some("38"), region_id: None },
    Administration { id: "pre-39300-01", type_id: "pre", nom: "Préfecture - Jura", abreviation: "Préfecture - Jura", departement_id: Some("39"), region_id: None },
    Administration { id: "pre-40192-01", type_id: "pre", nom: "Préfecture - Landes", abreviation: "Préfecture - Landes", departement_id: Some("40"), region_id: None },
    Administration { id: "pre-41018-01", type_id: "pre", nom: "Préfecture - Loir-et-Cher", abreviation: "Préfecture - Loir-et-Cher", departement_id: Some("41"), region_id: None },
    Administration { id: "pre-42218-01", type_id: "pre", nom: "Préfecture - Loire", abreviation: "Préfecture - Loire", departement_id: Some("42"), region_id: None },
    Administration { id: "pre-43157-01", type_id: "pre", nom: "Préfecture - Haute-Loire", abreviation: "Préfecture - Haute-Loire", departement_id: Some("43"), region_id: None },
    Administration { id: "pre-44109-01", type_id: "pre", nom: "Préfecture - Loire-Atlantique", abreviation: "Préfecture - Loire-Atlantique", departement_id: Some("44"), region_id: None },
    Administration { id: "pre-45234-01", type_id: "pre", nom: "Préfecture - Loiret", abreviation: "Préfecture - Loiret", departement_id: Some("45"), region_id: None },
    Administration { id: "pre-46042-01", type_id: "pre", nom: "Préfecture - Lot", abreviation: "Préfecture - Lot", departement_id: Some("46"), region_id: None },
    Administration { id: "pre-47001-01", type_id: "pre", nom: "Préfecture - Lot-et-Garonne", abreviation: "Préfecture - Lot-et-Garonne", departement_id: Some("47"), region_id: None },
    Administration { id: "pre-48095-01", type_id: "pre", nom: "Préfecture - Lozère", abreviation: "Préfecture - Lozère", departement_id: Some("48"), region_id: None },
    Administration { id: "pre-49007-01", type_id: "pre", nom: "Préfecture - Maine-et-Loire", abreviation: "Préfecture - Maine-et-Loire", departement_id: Some("49"), region_id: None },
    Administration { id: "pre-50502-01", type_id: "pre", nom: "Préfecture - Manche", abreviation: "Préfecture - Manche", departement_id: Some("50"), region_id: None },
    Administration { id: "pre-51108-01", type_id: "pre", nom: "Préfecture - Marne", abreviation: "Préfecture - Marne", departement_id: Some("51"), region_id: None },
    Administration { id: "pre-52121-01", type_id: "pre", nom: "Préfecture - Haute-Marne", abreviation: "Préfecture - Haute-Marne", departement_id: Some("52"), region_id: None },
    Administration { id: "pre-53130-01", type_id: "pre", nom: "Préfecture - Mayenne", abreviation: "Préfecture - Mayenne", departement_id: Some("53"), region_id: None },
    Administration { id: "pre-54395-01", type_id: "pre", nom: "Préfecture - Meurthe-et-Moselle", abreviation: "Préfecture - Meurthe-et-Moselle", departement_id: Some("54"), region_id: None },
    Administration { id: "pre-55029-01", type_id: "pre", nom: "Préfecture - Meuse", abreviation: "Préfecture - Meuse", departement_id: Some("55"), region_id: None },
    Administration { id: "pre-56260-01", type_id: "pre", nom: "Préfecture - Morbihan", abreviation: "Préfecture - Morbihan", departement_id: Some("56"), region_id: None },
    Administration { id: "pre-57463-01", type_id: "pre", nom: "Préfecture - Moselle", abreviation: "Préfecture - Moselle", departement_id: Some("57"), region_id: None },
    Administration { id: "pre-58194-01", type_id: "pre", nom: "Préfecture - Nièvre", abreviation: "Préfecture - Nièvre", departement_id: Some("58"), region_id: None },
    Administration { id: "pre-59350-01", type_id: "pre", nom: "Préfecture - Nord", abreviation: "Préfecture - Nord", departement_id: Some("59"), region_id: None },
    Administration { id: "pre-60057-01", type_id: "pre", nom: "Préfecture - Oise", abreviation: "Préfecture - Oise", departement_id: Some("60"), region_id: None },
    Administration { id: "pre-61001-01", type_id: "pre", nom: "Préfecture - Orne", abreviation: "Préfecture - Orne", departement_id: Some("61"), region_id: None },
    Administration { id: "pre-62041-01", type_id: "pre", nom: "Préfecture - Pas-de-Calais", abreviation: "Préfecture - Pas-de-Calais", departement_id: Some("62"), region_id: None },
    Administration { id: "pre-63113-01", type_id: "pre", nom: "Préfecture - Puy-de-Dôme", abreviation: "Préfecture - Puy-de-Dôme", departement_id: Some("63"), region_id: None },
    Administration { id: "pre-64445-01", type_id: "pre", nom: "Préfecture - Pyrénées-Atlantiques", abreviation: "Préfecture - Pyrénées-Atlantiques", departement_id: Some("64"), region_id: None },
    Administration { id: "pre-65440-01", type_id: "pre", nom: "Préfecture - Hautes-Pyrénées", abreviation: "Préfecture - Hautes-Pyrénées", departement_id: Some("65"), region_id: None },
    Administration { id: "pre-66136-01", type_id: "pre", nom: "Préfecture - Pyrénées-Orientales", abreviation: "Préfecture - Pyrénées-Orientales", departement_id: Some("66"), region_id: None },
    Administration { id: "pre-67482-01", type_id: "pre", nom: "Préfecture - Bas-Rhin", abreviation: "Préfecture - Bas-Rhin", departement_id: Some("67"), region_id: None },
    Administration { id: "pre-68066-01", type_id: "pre", nom: "Préfecture - Haut-Rhin", abreviation: "Préfecture - Haut-Rhin", departement_id: Some("68"), region_id: None },
    Administration { id: "pre-69383-01", type_id: "pre", nom: "Préfecture - Rhône", abreviation: "Préfecture - Rhône", departement_id: Some("69"), region_id: None },
    Administration { id: "pre-70550-01", type_id: "pre", nom: "Préfecture - Haute-Saône", abreviation: "Préfecture - Haute-Saône", departement_id: Some("70"), region_id: None },
    Administration { id: "pre-71270-01", type_id: "pre", nom: "Préfecture - Saône-et-Loire", abreviation: "Préfecture - Saône-et-Loire", departement_id: Some("71"), region_id: None },
    Administration { id: "pre-72181-01", type_id: "pre", nom: "Préfecture - Sarthe", abreviation: "Préfecture - Sarthe", departement_id: Some("72"), region_id: None },
    Administration { id: "pre-73065-01", type_id: "pre", nom: "Préfecture - Savoie", abreviation: "Préfecture - Savoie", departement_id: Some("73"), region_id: None },
    Administration { id: "pre-74010-01", type_id: "pre", nom: "Préfecture - Haute-Savoie", abreviation: "Préfecture - Haute-Savoie", departement_id: Some("74"), region_id: None },
    Administration { id: "pre-75104-01", type_id: "pre", nom: "Préfecture de police de Paris", abreviation: "Préfecture de police de Paris", departement_id: Some("75"), region_id: None },
    Administration { id: "pre-76540-01", type_id: "pre", nom: "Préfecture - Seine-Maritime", abreviation: "Préfecture - Seine-Maritime", departement_id: Some("76"), region_id: None },
    Administration { id: "pre-77288-01", type_id: "pre", nom: "Préfecture - Seine-et-Marne", abreviation: "Préfecture - Seine-et-Marne", departement_id: Some("77"), region_id: None },
    Administration { id: "pre-78646-01", type_id: "pre", nom: "Préfecture - Yvelines", abreviation: "Préfecture - Yvelines", departement_id: Some("78"), region_id: None },
    Administration { id: "pre-79191-01", type_id: "pre", nom: "Préfecture - Deux-Sèvres", abreviation: "Préfecture - Deux-Sèvres", departement_id: Some("79"), region_id: None },
    Administration { id: "pre-80021-01", type_id: "pre", nom: "Préfecture - Somme", abreviation: "Préfecture - Somme", departement_id: Some("80"), region_id: None },
    Administration { id: "pre-81004-01", type_id: "pre", nom: "Préfecture - Tarn", abreviation: "Préfecture - Tarn", departement_id: Some("81"), region_id: None },
    Administration { id: "pre-82121-01", type_id: "pre", nom: "Préfecture - Tarn-et-Garonne", abreviation: "Préfecture - Tarn-et-Garonne", departement_id: Some("82"), region_id: None },
    Administration { id: "pre-83137-01", type_id: "pre", nom: "Préfecture - Var", abreviation: "Préfecture - Var", departement_id: Some("83"), region_id: None },
    Administration { id: "pre-84007-01", type_id: "pre", nom: "Préfecture - Vaucluse", abreviation: "Préfecture - Vaucluse", departement_id: Some("84"), region_id: None },
    Administration { id: "pre-85191-01", type_id: "pre", nom: "Préfecture - Vendée", abreviation: "Préfecture - Vendée", departement_id: Some("85"), region_id: None },
    Administration { id: "pre-86194-01", type_id: "pre", nom: "Préfecture - Vienne", abreviation: "Préfecture - Vienne", departement_id: Some("86"), region_id: None },
    Administration { id: "pre-87085-01", type_id: "pre", nom: "Préfecture - Haute-Vienne", abreviation: "Préfecture - Haute-Vienne", departement_id: Some("87"), region_id: None },
    Administration { id: "pre-88160-01", type_id: "pre", nom: "Préfecture - Vosges", abreviation: "Préfecture - Vosges", departement_id: Some("88"), region_id: None },
    Administration { id: "pre-89024-01", type_id: "pre", nom: "Préfecture - Yonne", abreviation: "Préfecture - Yonne", departement_id: Some("89"), region_id: None },
    Administration { id: "pre-90010-01", type_id: "pre", nom: "Préfecture - Territoire de Belfort", abreviation: "Préfecture - Territoire de Belfort", departement_id: Some("90"), region_id: None },
    Administration { id: "pre-91228-01", type_id: "pre", nom: "Préfecture - Essonne", abreviation: "Préfecture - Essonne", departement_id: Some("91"), region_id: None },
    Administration { id: "pre-92050-01", type_id: "pre", nom: "Préfecture - Hauts-de-Seine", abreviation: "Préfecture - Hauts-de-Seine", departement_id: Some("92"), region_id: None },
    Administration { id: "pre-93008-01", type_id: "pre", nom: "Préfecture - Seine-Saint-Denis", abreviation: "Préfecture - Seine-Saint-Denis", departement_id: Some("93"), region_id: None },
    Administration { id: "pre-94028-01", type_id: "pre", nom: "Préfecture - Val-de-Marne", abreviation: "Préfecture - Val-de-Marne", departement_id: Some("94"), region_id: None },
    Administration { id: "pre-95127-01", type_id: "pre", nom: "Préfecture - Val-d'Oise", abreviation: "Préfecture - Val-d'Oise", departement_id: Some("95"), region_id: None },
    Administration { id: "pre-97105-01", type_id: "pre", nom: "Préfecture - Guadeloupe", abreviation: "Préfecture - Guadeloupe", departement_id: Some("971"), region_id: None },
    Administration { id: "pre-97209-01", type_id: "pre", nom: "Préfecture - Martinique", abreviation: "Préfecture - Martinique", departement_id: Some("972"), region_id: None },
    Administration { id: "pre-97302-01", type_id: "pre", nom: "Préfecture - Guyane", abreviation: "Préfecture - Guyane", departement_id: Some("973"), region_id: None },
    Administration { id: "pre-97411-01", type_id: "pre", nom: "Préfecture - La Réunion", abreviation: "Préfecture - La Réunion", departement_id: Some("974"), region_id: None },
    Administration { id: "pre-97611-01", type_id: "pre", nom: "Préfecture - Mayotte", abreviation: "Préfecture - Mayotte", departement_id: Some("976"), region_id: None },
];

/// Document types.
pub static DOCUMENTS_TYPES: [DocumentType; 96] = [
    DocumentType { id: "aut", nom: "Autre document", description: None },
    DocumentType { id: "aac", nom: "Avis d'un service de l'administration centrale", description: None },
    DocumentType { id: "acc", nom: "Accord du propriétaire du sol ou du gestionnaire", description: None },
    DocumentType { id: "acd", nom: "Avis de la commission départementale des mines", description: None },
    DocumentType { id: "acg", nom: "Avis du conseil général de l'économie (CGE)", description: None },
    DocumentType { id: "acm", nom: "Avis des services civils et militaires", description: None },
    DocumentType { id: "acr", nom: "Accusé de réception d'une demande", description: None },
    DocumentType { id: "adr", nom: "Avis du directeur régional chargé des mines", description: None },
    DocumentType { id: "aep", nom: "Avis d'enquête publique", description: None },
    DocumentType { id: "aot", nom: "Arrêté autorisant l'ouverture de travaux miniers", description: None },
    DocumentType { id: "apd", nom: "Arrêté de second donné acte (AP2)", description: None },
    DocumentType { id: "apf", nom: "Avis du préfet", description: None },
    DocumentType { id: "apm", nom: "Arrêté de police des mines", description: None },
    DocumentType { id: "apu", nom: "Arrêté de premier donné acte (AP1)", description: None },
    DocumentType { id: "are", nom: "Arrêté de refus ", description: None },
    DocumentType { id: "arm", nom: "Arrêté ministériel", description: None },
    DocumentType { id: "arp", nom: "Arrêté préfectoral", description: None },
    DocumentType { id: "arr", nom: "Arrêté", description: None },
    DocumentType { id: "atf", nom: "Attestation fiscale", description: None },
    DocumentType { id: "avc", nom: "Avis de mise en concurrence", description: None },
    DocumentType { id: "ave", nom: "Avenant", description: None },
    DocumentType { id: "avi", nom: "Avis", description: None },
    DocumentType { id: "bil", nom: "3 derniers bilans et comptes de résultats", description: None },
    DocumentType { id: "cam", nom: "Contrat d'amodiation", description: None },
    DocumentType { id: "car", nom: "Documents cartographiques", description: None },
    DocumentType { id: "cco", nom: "Courrier de demande de compléments", description: None },
    DocumentType { id: "cdc", nom: "Cahier des charges", description: None },
    DocumentType { id: "cnr", nom: "Courrier de notification de la recevabilité", description: None },
    DocumentType { id: "cnt", nom: "Contrat", description: None },
    DocumentType { id: "cod", nom: "Compléments au dossier de demande", description: None },
    DocumentType { id: "con", nom: "Convention", description: None },
    DocumentType { id: "cou", nom: "Courrier", description: None },
    DocumentType { id: "csp", nom: "Courrier de saisine du préfet ", description: None },
    DocumentType { id: "cur", nom: "Curriculum vitae", description: None },
    DocumentType { id: "dcl", nom: "Déclaration", description: None },
    DocumentType { id: "deb", nom: "Déclarations bancaires ou cautions appropriées", description: None },
    DocumentType { id: "dec", nom: "Décret", description: None },
    DocumentType { id: "dei", nom: "Décision", description: None },
    DocumentType { id: "dep", nom: "Décision cas par cas", description: None },
    DocumentType { id: "doe", nom: "Dossier \"Loi sur l'eau\"", description: None },
    DocumentType { id: "dom", nom: "Dossier de demande", description: None },
    DocumentType { id: "dos", nom: "Dossier", description: None },
    DocumentType { id: "erd", nom: "Extrait du registre des délibérations de la section des travaux public du Conseil d'Etat", description: None },
    DocumentType { id: "fac", nom: "Facture", description: None },
    DocumentType { id: "fic", nom: "Fiche de complétude", description: None },
    DocumentType { id: "fip", nom: "Fiche de présentation", description: None },
    DocumentType { id: "for", nom: "Formulaire de demande", description: None },
    DocumentType { id: "idm", nom: "Identification de matériel", description: None },
    DocumentType { id: "jac", nom: "Justificatif d’adhésion à la charte des bonnes pratiques", description: None },
    DocumentType { id: "jcf", nom: "Justificatif des capacités financières", description: None },
    DocumentType { id: "jct", nom: "Justificatif des capacités techniques", description: None },
    DocumentType { id: "jeg", nom: "Justification d’existence du gisement", description: None },
    DocumentType { id: "jid", nom: "Justificatif d’identité", description: None },
    DocumentType { id: "jpa", nom: "Justificatif de paiement", description: None },
    DocumentType { id: "kbi", nom: "Kbis", description: None },
    DocumentType { id: "lac", nom: "Lettre de saisine des services de l'administration centrale", description: None },
    DocumentType { id: "lce", nom: "Lettre de saisine du conseil d'Etat", description: None },
    DocumentType { id: "lcg", nom: "Lettre de saisine du conseil général de l'économie (CGE)", description: None },
    DocumentType { id: "lcm", nom: "Lettre de saisine des services civils et militaires", description: None },
    DocumentType { id: "lem", nom: "Lettre de demande", description: None },
    DocumentType { id: "let", nom: "Lettre", description: None },
    DocumentType { id: "lis", nom: "Liste des travaux antérieurs", description: Some("Liste des travaux auxquels le demandeur a participé au cours des 3 dernières années") },
    DocumentType { id: "lpf", nom: "Lettre de saisine du préfet", description: None },
    DocumentType { id: "mes", nom: "Mesures prévues pour réhabiliter le site ", description: None },
    DocumentType { id: "met", nom: "Méthodes pour l'exécution des travaux", description: None },
    DocumentType { id: "mot", nom: "Motif", description: None },
    DocumentType { id: "nas", nom: "Note à l'autorité signataire", description: None },
    DocumentType { id: "ndc", nom: "Notification de demande concurrente", description: None },
    DocumentType { id: "ndd", nom: "Notification de décision", description: None },
    DocumentType { id: "nip", nom: "Notice d’impact", description: None },
    DocumentType { id: "nir", nom: "Notice d’impact renforcée", description: None },
    DocumentType { id: "noi", nom: "Notice d'incidence", description: None },
    DocumentType { id: "not", nom: "Notes", description: None },
    DocumentType { id: "ocd", nom: "Ordre du jour de la commission départementale des mines", description: None },
    DocumentType { id: "odr", nom: "Ordonnance du Roi", description: None },
    DocumentType { id: "ord", nom: "Ordonnance", description: None },
    DocumentType { id: "prg", nom: "Programme des travaux ", description: None },
    DocumentType { id: "pro", nom: "Projet de prescriptions", description: None },
    DocumentType { id: "pub", nom: "Publication au JORF", description: None },
    DocumentType { id: "pvr", nom: "PV de récolement", description: None },
    DocumentType { id: "rac", nom: "Rapport de l’administration centrale chargé des mines", description: None },
    DocumentType { id: "rad", nom: "Rapport DREAL", description: None },
    DocumentType { id: "rap", nom: "Rapport", description: None },
    DocumentType { id: "rce", nom: "Rapport du commissaire enquêteur", description: None },
    DocumentType { id: "rcr", nom: "Rapport de recevabilité", description: None },
    DocumentType { id: "rdr", nom: "Rapport de la direction régionale chargée des mines", description: None },
    DocumentType { id: "rdt", nom: "Récépissé de déclaration d'ouverture des travaux miniers", description: None },
    DocumentType { id: "rec", nom: "Récépissé \"Loi sur l'eau\"", description: None },
    DocumentType { id: "ree", nom: "Rapport environnemental d'exploration", description: None },
    DocumentType { id: "ref", nom: "Références professionnelles ", description: Some("Références professionnelles du demandeur ou celles des cadres chargés du suivi et de la conduite des travaux") },
    DocumentType { id: "rfe", nom: "Rapport financier d'exploration", description: None },
    DocumentType { id: "rgr", nom: "rapport annuel d'exploitation", description: None },
    DocumentType { id: "rie", nom: "Rapport d’intensité d’exploration", description: None },
    DocumentType { id: "rse", nom: "Rapport social et économique d'exploration", description: None },
    DocumentType { id: "sch", nom: "Schéma de pénétration du massif forestier", description: None },
    DocumentType { id: "sir", nom: "Avis de situation au répertoire Sirene", description: None },
];

/// Type of external reference of a titre.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ReferenceTypeId {
    /// `brg`: BRGM.
    Brg,
    /// `dea`: DEAL.
    Dea,
    /// `deb`: DEB.
    Deb,
    /// `dge`: DGEC.
    Dge,
    /// `ifr`: Ifremer.
    Ifr,
    /// `irs`: IRSN.
    Irs,
    /// `nus`: Nom d'usage.
    Nus,
    /// `onf`: ONF.
    Onf,
    /// `ptm`: PTMG.
    Ptm,
    /// `rnt`: RNTM.
    Rnt,
}

impl ReferenceTypeId {
    /// Every value, in the order of the reference file.
    pub const ALL: [ReferenceTypeId; 10] = [
        ReferenceTypeId::Brg,
        ReferenceTypeId::Dea,
        ReferenceTypeId::Deb,
        ReferenceTypeId::Dge,
        ReferenceTypeId::Ifr,
        ReferenceTypeId::Irs,
        ReferenceTypeId::Nus,
        ReferenceTypeId::Onf,
        ReferenceTypeId::Ptm,
        ReferenceTypeId::Rnt,
    ];

    /// The id used by Camino and in exports.
    pub const fn as_str(self) -> &'static str {
        match self {
            ReferenceTypeId::Brg => "brg",
            ReferenceTypeId::Dea => "dea",
            ReferenceTypeId::Deb => "deb",
            ReferenceTypeId::Dge => "dge",
            ReferenceTypeId::Ifr => "ifr",
            ReferenceTypeId::Irs => "irs",
            ReferenceTypeId::Nus => "nus",
            ReferenceTypeId::Onf => "onf",
            ReferenceTypeId::Ptm => "ptm",
            ReferenceTypeId::Rnt => "rnt",
        }
    }

    /// Parses a Camino id; `None` when the id is unknown.
    pub fn from_id(id: &str) -> Option<ReferenceTypeId> {
        match id {
            "brg" => Some(ReferenceTypeId::Brg),
            "dea" => Some(ReferenceTypeId::Dea),
            "deb" => Some(ReferenceTypeId::Deb),
            "dge" => Some(ReferenceTypeId::Dge),
            "ifr" => Some(ReferenceTypeId::Ifr),
            "irs" => Some(ReferenceTypeId::Irs),
            "nus" => Some(ReferenceTypeId::Nus),
            "onf" => Some(ReferenceTypeId::Onf),
            "ptm" => Some(ReferenceTypeId::Ptm),
            "rnt" => Some(ReferenceTypeId::Rnt),
            _ => None,
        }
    }
}

/// Definitions of the reference types, indexed like [`ReferenceTypeId::ALL`].
pub static REFERENCES_TYPES: [ReferenceType; 10] = [
    ReferenceType { id: ReferenceTypeId::Brg, nom: "BRGM" },
    ReferenceType { id: ReferenceTypeId::Dea, nom: "DEAL" },
    ReferenceType { id: ReferenceTypeId::Deb, nom: "DEB" },
    ReferenceType { id: ReferenceTypeId::Dge, nom: "DGEC" },
    ReferenceType { id: ReferenceTypeId::Ifr, nom: "Ifremer" },
    ReferenceType { id: ReferenceTypeId::Irs, nom: "IRSN" },
    ReferenceType { id: ReferenceTypeId::Nus, nom: "Nom d'usage" },
    ReferenceType { id: ReferenceTypeId::Onf, nom: "ONF" },
    ReferenceType { id: ReferenceTypeId::Ptm, nom: "PTMG" },
    ReferenceType { id: ReferenceTypeId::Rnt, nom: "RNTM" },
];
