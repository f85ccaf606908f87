//! What a reader sees of a titre.
//!
//! The one place where démarches, étapes, documents, explanations, refusals and
//! blocking administrations are filtered by the domain's permissions. Pages, the API and document downloads all
//! read through [`lisible`].

use std::collections::BTreeSet;

use crate::domain::acteur::Acteur;
use crate::store::{DemarcheLigne, DocumentLigne, EtapeLigne, TitreComplet, TitreLigne};

/// A titre as one reader may see it.
#[derive(Debug)]
pub struct TitreLisible<'a> {
    /// The titre.
    pub titre: &'a TitreLigne,
    /// The reader sees everything (administrations of the titre, super-administrators).
    pub lit_tout: bool,
    /// Readable démarches.
    pub demarches: Vec<DemarcheLisible<'a>>,
}

/// A démarche as one reader may see it.
#[derive(Debug)]
pub struct DemarcheLisible<'a> {
    /// The démarche.
    pub demarche: &'a DemarcheLigne,
    /// Readable étapes (procedure order, drafts last).
    pub etapes: Vec<EtapeLisible<'a>>,
    /// Sentences of the explanation the reader may read.
    pub explication: Vec<&'a str>,
    /// The refusal of an étape (administrations only).
    pub erreur: Option<&'a str>,
    /// Administrations the démarche waits for (administrations only).
    pub bloquants: Vec<&'a str>,
}

/// An étape as one reader may see it.
#[derive(Debug)]
pub struct EtapeLisible<'a> {
    /// The étape.
    pub etape: &'a EtapeLigne,
    /// Readable documents.
    pub documents: Vec<&'a DocumentLigne>,
}

/// The titre as `acteur` may read it, or `None` when they may not read it at all.
pub fn lisible<'a>(complet: &'a TitreComplet, acteur: &Acteur) -> Option<TitreLisible<'a>> {
    let acces = complet.titre.acces();
    let titre = acces.acces();
    if !acteur.lit_titre(&titre) {
        return None;
    }
    let lit_tout = acteur.lit_tout(&titre);
    let demarches = complet
        .demarches
        .iter()
        // A démarche is read when the permissions allow it, or when it holds a draft the reader may read (a
        // company's own demande before its dépôt: the démarche has no filed étape yet, hence no reading rights).
        .filter(|d| {
            acteur.lit_demarche(&titre, &d.demarche.acces())
                || d.etapes.iter().any(|e| {
                    e.etape.etape.is_brouillon
                        && acteur.lit_etape(&titre, &d.demarche.acces(), &e.etape.acces())
                })
        })
        .map(|d| {
            let acces_demarche = d.demarche.acces();
            let etapes: Vec<EtapeLisible<'a>> = d
                .etapes
                .iter()
                .filter(|e| acteur.lit_etape(&titre, &acces_demarche, &e.etape.acces()))
                .map(|e| EtapeLisible {
                    etape: &e.etape,
                    documents: e
                        .documents
                        .iter()
                        .filter(|doc| {
                            acteur.lit_document(
                                &titre,
                                &acces_demarche,
                                &e.etape.acces(),
                                doc.confidentialite,
                            )
                        })
                        .collect(),
                })
                .collect();
            let visibles: BTreeSet<i64> = etapes.iter().map(|e| e.etape.id).collect();
            let toutes_visibles = d
                .etapes
                .iter()
                .filter(|e| !e.etape.etape.is_brouillon)
                .all(|e| visibles.contains(&e.etape.id));
            let par_machine = d.demarche.source.starts_with("procédure");
            let explication = d
                .demarche
                .explication
                .iter()
                .enumerate()
                .filter(|(i, ligne)| {
                    lit_tout
                        || match ligne.etape {
                            Some(id) => visibles.contains(&id),
                            // Sentences not tied to one étape may name any of them: shown only when the reader
                            // sees every étape, except the first sentence of a machine (its name).
                            None => toutes_visibles || (*i == 0 && par_machine),
                        }
                })
                .map(|(_, ligne)| ligne.texte.as_str())
                .collect();
            DemarcheLisible {
                demarche: &d.demarche,
                etapes,
                explication,
                erreur: if lit_tout {
                    d.demarche.erreur.as_deref()
                } else {
                    None
                },
                bloquants: if lit_tout {
                    d.demarche.bloquants.iter().map(String::as_str).collect()
                } else {
                    Vec::new()
                },
            }
        })
        .collect();
    Some(TitreLisible {
        titre: &complet.titre,
        lit_tout,
        demarches,
    })
}

impl TitreLisible<'_> {
    /// A readable document by id, with its étape.
    pub fn document(&self, id: i64) -> Option<(&EtapeLigne, &DocumentLigne)> {
        self.demarches.iter().flat_map(|d| &d.etapes).find_map(|e| {
            e.documents
                .iter()
                .find(|doc| doc.id == id)
                .map(|doc| (e.etape, *doc))
        })
    }
}
