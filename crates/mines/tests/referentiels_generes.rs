//! Generator of `src/referentiels/generated.rs` from `camino-referentiels.json`, and its staleness check.
//!
//! The reference tables are committed as Rust code so that the product never reads `../shared` at run time,
//! while an update of the JSON file is still an update of the code: this test regenerates the Rust source in
//! memory and fails when the committed file differs. To refresh the committed file after the JSON changed:
//!
//! ```text
//! MINES_REGENERER=1 cargo test -p mines --test main referentiels_generes
//! ```

use crate::commun;

use std::fmt::Write as _;
use std::path::Path;

use serde_json::Value;

const GENERATED_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/referentiels/generated.rs");

#[test]
fn generated_referentiels_match_the_json_file() {
    let Some(dir) = commun::shared_data_dir() else {
        return;
    };
    let json = std::fs::read_to_string(dir.join("camino-referentiels.json"))
        .expect("lecture du référentiel");
    let value: Value = serde_json::from_str(&json).expect("JSON du référentiel valide");
    let generated = generate(&value);
    if std::env::var("MINES_REGENERER").as_deref() == Ok("1") {
        std::fs::write(GENERATED_PATH, &generated).expect("écriture du fichier généré");
        return;
    }
    let committed = std::fs::read_to_string(Path::new(GENERATED_PATH)).unwrap_or_default();
    assert!(
        committed == generated,
        "src/referentiels/generated.rs est périmé par rapport à camino-referentiels.json : \
         relancer avec MINES_REGENERER=1 cargo test -p mines --test main referentiels_generes"
    );
}

/// Returns the Rust identifier of a variant for a reference id (`mfr` → `Mfr`, `2154` → `Epsg2154`).
fn variant(id: &str) -> String {
    let mut out = String::new();
    for part in id.split(|c: char| !c.is_ascii_alphanumeric()) {
        let mut chars = part.chars();
        if let Some(first) = chars.next() {
            out.push(first.to_ascii_uppercase());
            out.extend(chars);
        }
    }
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert_str(0, "Epsg");
    }
    out
}

fn text(v: &Value, key: &str) -> String {
    v.get(key)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

fn lit(s: &str) -> String {
    format!("{s:?}")
}

fn opt_lit(v: &Value, key: &str) -> String {
    match v.get(key).and_then(Value::as_str) {
        Some(s) if !s.is_empty() => format!("Some({s:?})"),
        _ => "None".to_string(),
    }
}

fn flag(v: &Value, key: &str) -> bool {
    v.get(key).and_then(Value::as_bool).unwrap_or(false)
}

fn array<'a>(v: &'a Value, key: &str) -> &'a [Value] {
    v.get(key)
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or_default()
}

/// Emits an id enum with `ALL`, `as_str`, `from_id` and the index into its definition table.
fn emit_enum(out: &mut String, name: &str, doc: &str, items: &[Value]) {
    let ids: Vec<String> = items.iter().map(|i| text(i, "id")).collect();
    writeln!(out, "/// {doc}").ok();
    writeln!(
        out,
        "#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]"
    )
    .ok();
    writeln!(out, "pub enum {name} {{").ok();
    for (id, item) in ids.iter().zip(items) {
        let nom = item.get("nom").and_then(Value::as_str).unwrap_or(id);
        writeln!(out, "    /// `{id}`: {}.", nom.replace('`', "'")).ok();
        writeln!(out, "    {},", variant(id)).ok();
    }
    writeln!(out, "}}\n").ok();
    writeln!(out, "impl {name} {{").ok();
    writeln!(
        out,
        "    /// Every value, in the order of the reference file."
    )
    .ok();
    writeln!(out, "    pub const ALL: [{name}; {}] = [", ids.len()).ok();
    for id in &ids {
        writeln!(out, "        {name}::{},", variant(id)).ok();
    }
    writeln!(out, "    ];\n").ok();
    writeln!(out, "    /// The id used by Camino and in exports.").ok();
    writeln!(out, "    pub const fn as_str(self) -> &'static str {{").ok();
    writeln!(out, "        match self {{").ok();
    for id in &ids {
        writeln!(out, "            {name}::{} => {},", variant(id), lit(id)).ok();
    }
    writeln!(out, "        }}\n    }}\n").ok();
    writeln!(
        out,
        "    /// Parses a Camino id; `None` when the id is unknown."
    )
    .ok();
    writeln!(out, "    pub fn from_id(id: &str) -> Option<{name}> {{").ok();
    writeln!(out, "        match id {{").ok();
    for id in &ids {
        writeln!(
            out,
            "            {} => Some({name}::{}),",
            lit(id),
            variant(id)
        )
        .ok();
    }
    writeln!(out, "            _ => None,\n        }}\n    }}\n}}\n").ok();
}

fn enum_list(name: &str, ids: &[Value]) -> String {
    let parts: Vec<String> = ids
        .iter()
        .filter_map(Value::as_str)
        .map(|id| format!("{name}::{}", variant(id)))
        .collect();
    format!("&[{}]", parts.join(", "))
}

fn str_list(ids: &[Value]) -> String {
    let parts: Vec<String> = ids.iter().filter_map(Value::as_str).map(lit).collect();
    format!("&[{}]", parts.join(", "))
}

/// Emits the static table `name: [ty; n]` of `items`, one `ligne` per item.
fn emit_static(
    out: &mut String,
    doc: &str,
    (name, ty): (&str, &str),
    items: &[Value],
    ligne: impl Fn(&Value) -> String,
) {
    writeln!(out, "/// {doc}").ok();
    writeln!(out, "pub static {name}: [{ty}; {}] = [", items.len()).ok();
    for item in items {
        writeln!(out, "{}", ligne(item)).ok();
    }
    writeln!(out, "];\n").ok();
}

/// Doc of a definition table indexed like the `ALL` of its id enum.
fn definitions(quoi: &str, enum_name: &str) -> String {
    format!("Definitions of the {quoi}, indexed like [`{enum_name}::ALL`].")
}

fn generate(root: &Value) -> String {
    let mut out = String::new();
    out.push_str(
        "//! Reference tables of Camino, generated from `camino-referentiels.json`: do not edit by hand.\n\
         //!\n\
         //! Regenerate with `MINES_REGENERER=1 cargo test -p mines --test main referentiels_generes`; the same test fails\n\
         //! when this file is stale.\n\n\
         use super::{\n    ActiviteElement, ActiviteSection, ActiviteType, Administration, DemarcheStatut, DemarcheType, DocumentType,\n    Domaine, EtapeStatut, EtapeType, GeoSysteme, GeoUnite, ReferenceType, SubstanceFiscale, SubstanceLegale, Tde,\n    TitreNature, TitreStatut, TitreType,\n};\n\n",
    );

    let domaines = array(root, "domaines");
    emit_enum(
        &mut out,
        "DomaineId",
        "Domaine minier (nature of the substances).",
        domaines,
    );
    emit_static(
        &mut out,
        &definitions("domaines", "DomaineId"),
        ("DOMAINES", "Domaine"),
        domaines,
        |d| {
            format!(
                "    Domaine {{ id: DomaineId::{}, nom: {}, description: {} }},",
                variant(&text(d, "id")),
                lit(&text(d, "nom")),
                lit(&text(d, "description"))
            )
        },
    );

    let natures = array(root, "titresTypesTypes");
    emit_enum(
        &mut out,
        "TitreNatureId",
        "Nature of a titre (first part of a titre type).",
        natures,
    );
    emit_static(
        &mut out,
        &definitions("natures", "TitreNatureId"),
        ("TITRES_NATURES", "TitreNature"),
        natures,
        |n| {
            format!(
                "    TitreNature {{ id: TitreNatureId::{}, nom: {}, description: {} }},",
                variant(&text(n, "id")),
                lit(&text(n, "nom")),
                lit(&text(n, "description"))
            )
        },
    );

    let titres_types = array(root, "titresTypes");
    emit_enum(
        &mut out,
        "TitreTypeId",
        "Type of titre (nature × domaine).",
        titres_types,
    );
    emit_static(
        &mut out,
        &definitions("titre types", "TitreTypeId"),
        ("TITRES_TYPES", "TitreType"),
        titres_types,
        |t| {
            format!(
                "    TitreType {{ id: TitreTypeId::{}, domaine: DomaineId::{}, nature: TitreNatureId::{} }},",
                variant(&text(t, "id")),
                variant(&text(t, "domaineId")),
                variant(&text(t, "typeId"))
            )
        },
    );

    let titres_statuts = array(root, "titresStatuts");
    emit_enum(
        &mut out,
        "TitreStatutId",
        "Statut of a titre.",
        titres_statuts,
    );
    emit_static(
        &mut out,
        &definitions("titre statuts", "TitreStatutId"),
        ("TITRES_STATUTS", "TitreStatut"),
        titres_statuts,
        |s| {
            format!(
                "    TitreStatut {{ id: TitreStatutId::{}, nom: {} }},",
                variant(&text(s, "id")),
                lit(&text(s, "nom"))
            )
        },
    );

    let demarches_types = array(root, "demarchesTypes");
    emit_enum(
        &mut out,
        "DemarcheTypeId",
        "Type of démarche.",
        demarches_types,
    );
    emit_static(
        &mut out,
        &definitions("démarche types", "DemarcheTypeId"),
        ("DEMARCHES_TYPES", "DemarcheType"),
        demarches_types,
        |d| {
            format!(
                "    DemarcheType {{ id: DemarcheTypeId::{}, nom: {}, description: {}, titulaires: {}, renouvelable: {}, travaux: {}, substances: {}, points: {}, duree: {}, exception: {}, auto: {} }},",
                variant(&text(d, "id")),
                lit(&text(d, "nom")),
                lit(&text(d, "description")),
                flag(d, "titulaires"),
                flag(d, "renouvelable"),
                flag(d, "travaux"),
                flag(d, "substances"),
                flag(d, "points"),
                flag(d, "duree"),
                flag(d, "exception"),
                flag(d, "auto")
            )
        },
    );

    let demarches_statuts = array(root, "demarchesStatuts");
    emit_enum(
        &mut out,
        "DemarcheStatutId",
        "Statut of a démarche.",
        demarches_statuts,
    );
    emit_static(
        &mut out,
        &definitions("démarche statuts", "DemarcheStatutId"),
        ("DEMARCHES_STATUTS", "DemarcheStatut"),
        demarches_statuts,
        |s| {
            format!(
                "    DemarcheStatut {{ id: DemarcheStatutId::{}, nom: {}, description: {}, couleur: {} }},",
                variant(&text(s, "id")),
                lit(&text(s, "nom")),
                lit(&text(s, "description")),
                lit(&text(s, "couleur"))
            )
        },
    );

    let etapes_types = array(root, "etapesTypes");
    emit_enum(&mut out, "EtapeTypeId", "Type of étape.", etapes_types);
    emit_static(
        &mut out,
        &definitions("étape types", "EtapeTypeId"),
        ("ETAPES_TYPES", "EtapeType"),
        etapes_types,
        |e| {
            format!(
                "    EtapeType {{ id: EtapeTypeId::{}, nom: {}, description: {}, fondamentale: {}, unique: {}, date_fin: {}, public_lecture: {}, entreprises_lecture: {} }},",
                variant(&text(e, "id")),
                lit(&text(e, "nom")),
                lit(&text(e, "description")),
                flag(e, "fondamentale"),
                flag(e, "unique"),
                opt_lit(e, "date_fin"),
                flag(e, "public_lecture"),
                flag(e, "entreprises_lecture")
            )
        },
    );

    let etapes_statuts = array(root, "etapesStatuts");
    emit_enum(
        &mut out,
        "EtapeStatutId",
        "Statut of an étape.",
        etapes_statuts,
    );
    emit_static(
        &mut out,
        &definitions("étape statuts", "EtapeStatutId"),
        ("ETAPES_STATUTS", "EtapeStatut"),
        etapes_statuts,
        |s| {
            format!(
                "    EtapeStatut {{ id: EtapeStatutId::{}, nom: {}, description: {}, couleur: {} }},",
                variant(&text(s, "id")),
                lit(&text(s, "nom")),
                lit(&text(s, "description")),
                lit(&text(s, "couleur"))
            )
        },
    );

    emit_static(
        &mut out,
        "Valid (étape type, étape statut) pairs.",
        (
            "ETAPES_TYPES_ETAPES_STATUTS",
            "(EtapeTypeId, EtapeStatutId)",
        ),
        array(root, "etapesTypesEtapesStatuts"),
        |p| {
            format!(
                "    (EtapeTypeId::{}, EtapeStatutId::{}),",
                variant(&text(p, "etapeTypeId")),
                variant(&text(p, "etapeStatutId"))
            )
        },
    );

    emit_static(
        &mut out,
        "Étape types allowed per (titre type, démarche type).",
        ("TITRES_TYPES_DEMARCHES_TYPES_ETAPES_TYPES", "Tde"),
        array(root, "titresTypesDemarchesTypesEtapesTypes"),
        |t| {
            format!(
                "    Tde {{ titre_type: TitreTypeId::{}, demarche_type: DemarcheTypeId::{}, etape_types: {} }},",
                variant(&text(t, "titreTypeId")),
                variant(&text(t, "demarcheTypeId")),
                enum_list("EtapeTypeId", array(t, "etapeTypeIds"))
            )
        },
    );

    emit_static(
        &mut out,
        "Public reading of a titre per (titre type, titre statut).",
        (
            "TITRES_TYPES_TITRES_STATUTS_PUBLIC_LECTURE",
            "(TitreTypeId, TitreStatutId, bool)",
        ),
        array(root, "titresTypesTitresStatutsPublicLecture"),
        |p| {
            format!(
                "    (TitreTypeId::{}, TitreStatutId::{}, {}),",
                variant(&text(p, "titreTypeId")),
                variant(&text(p, "titreStatutId")),
                flag(p, "publicLecture")
            )
        },
    );

    emit_static(
        &mut out,
        "Substances légales.",
        ("SUBSTANCES_LEGALES", "SubstanceLegale"),
        array(root, "substancesLegales"),
        |s| {
            format!(
                "    SubstanceLegale {{ id: {}, nom: {}, description: {}, domaines: {}, parents: {} }},",
                lit(&text(s, "id")),
                lit(&text(s, "nom")),
                opt_lit(s, "description"),
                enum_list("DomaineId", array(s, "domaineIds")),
                str_list(array(s, "substanceParentIds"))
            )
        },
    );

    emit_static(
        &mut out,
        "Substances fiscales.",
        ("SUBSTANCES_FISCALES", "SubstanceFiscale"),
        array(root, "substancesFiscales"),
        |s| {
            let calcul = s
                .get("calculFiscalite")
                .and_then(|c| c.get("unite"))
                .and_then(Value::as_str)
                .map_or_else(|| "None".to_string(), |u| format!("Some({u:?})"));
            format!(
                "    SubstanceFiscale {{ id: {}, substance_legale_id: {}, unite_id: {}, nom: {}, description: {}, calcul_unite_id: {} }},",
                lit(&text(s, "id")),
                lit(&text(s, "substanceLegaleId")),
                lit(&text(s, "uniteId")),
                lit(&text(s, "nom")),
                lit(&text(s, "description")),
                calcul
            )
        },
    );

    let systemes = array(root, "geoSystemes");
    emit_enum(
        &mut out,
        "GeoSystemeId",
        "Coordinate reference system accepted for perimeters (EPSG code).",
        systemes,
    );
    emit_static(
        &mut out,
        &definitions("coordinate systems", "GeoSystemeId"),
        ("GEO_SYSTEMES", "GeoSysteme"),
        systemes,
        |g| {
            let unite = match text(g, "uniteId").as_str() {
                "met" => "GeoUnite::Metre",
                "gon" => "GeoUnite::Grade",
                _ => "GeoUnite::Degre",
            };
            format!(
                "    GeoSysteme {{ id: GeoSystemeId::{}, nom: {}, unite: {unite}, zone: {}, definition_proj4: {} }},",
                variant(&text(g, "id")),
                lit(&text(g, "nom")),
                lit(&text(g, "zone")),
                lit(text(g, "definitionProj4").trim())
            )
        },
    );

    let activites = array(root, "activitesTypes");
    let activites_titres = root.get("activitesTypesTitresTypes");
    emit_enum(
        &mut out,
        "ActiviteTypeId",
        "Type of periodic activity report.",
        activites,
    );
    emit_static(
        &mut out,
        &definitions("activity types", "ActiviteTypeId"),
        ("ACTIVITES_TYPES", "ActiviteType"),
        activites,
        |a| {
            let id = text(a, "id");
            let titres = activites_titres
                .and_then(|m| m.get(&id))
                .and_then(Value::as_array)
                .map(Vec::as_slice)
                .unwrap_or_default();
            let mut lignes = vec![format!(
                "    ActiviteType {{ id: ActiviteTypeId::{}, nom: {}, frequence_id: {}, date_debut: {}, delai_mois: {}, titres_types: {}, sections: &[",
                variant(&id),
                lit(&text(a, "nom")),
                lit(&text(a, "frequenceId")),
                lit(&text(a, "dateDebut")),
                a.get("delaiMois").and_then(Value::as_u64).unwrap_or(0),
                enum_list("TitreTypeId", titres)
            )];
            for s in array(a, "sections") {
                lignes.push(format!(
                    "        ActiviteSection {{ id: {}, nom: {}, elements: &[",
                    lit(&text(s, "id")),
                    opt_lit(s, "nom")
                ));
                for e in array(s, "elements") {
                    let options: Vec<String> = array(e, "options")
                        .iter()
                        .map(|o| format!("({}, {})", lit(&text(o, "id")), lit(&text(o, "nom"))))
                        .collect();
                    let periode = e
                        .get("periodeId")
                        .and_then(Value::as_u64)
                        .map_or_else(|| "None".to_string(), |p| format!("Some({p})"));
                    lignes.push(format!(
                        "            ActiviteElement {{ id: {}, nom: {}, type_id: {}, description: {}, optionnel: {}, date_debut: {}, date_fin: {}, periode_id: {periode}, options: &[{}] }},",
                        lit(&text(e, "id")),
                        opt_lit(e, "nom"),
                        lit(&text(e, "type")),
                        opt_lit(e, "description"),
                        flag(e, "optionnel"),
                        opt_lit(e, "dateDebut"),
                        opt_lit(e, "dateFin"),
                        options.join(", ")
                    ));
                }
                lignes.push("        ] },".to_owned());
            }
            lignes.push("    ] },".to_owned());
            lignes.join("\n")
        },
    );

    emit_static(
        &mut out,
        "Administrations (préfectures, DREAL/DEAL/DGTM, ministries, operators, autorités).",
        ("ADMINISTRATIONS", "Administration"),
        array(root, "administrations"),
        |a| {
            format!(
                "    Administration {{ id: {}, type_id: {}, nom: {}, abreviation: {}, departement_id: {}, region_id: {} }},",
                lit(&text(a, "id")),
                lit(&text(a, "typeId")),
                lit(&text(a, "nom")),
                lit(&text(a, "abreviation")),
                opt_lit(a, "departementId"),
                opt_lit(a, "regionId")
            )
        },
    );

    emit_static(
        &mut out,
        "Document types.",
        ("DOCUMENTS_TYPES", "DocumentType"),
        array(root, "documentsTypes"),
        |d| {
            format!(
                "    DocumentType {{ id: {}, nom: {}, description: {} }},",
                lit(&text(d, "id")),
                lit(&text(d, "nom")),
                opt_lit(d, "description")
            )
        },
    );

    let references = array(root, "referencesTypes");
    emit_enum(
        &mut out,
        "ReferenceTypeId",
        "Type of external reference of a titre.",
        references,
    );
    emit_static(
        &mut out,
        &definitions("reference types", "ReferenceTypeId"),
        ("REFERENCES_TYPES", "ReferenceType"),
        references,
        |r| {
            format!(
                "    ReferenceType {{ id: ReferenceTypeId::{}, nom: {} }},",
                variant(&text(r, "id")),
                lit(&text(r, "nom"))
            )
        },
    );
    // Every table is followed by a blank line but the last: the file ends with a single newline.
    out.pop();
    out
}
