//! Perimeters (§3.1 of the spec).
//!
//! The geographic units an aid applies to and a search is made on, from the commune to Europe, plus
//! water basins and ad-hoc perimeters; their containment closure; and the matching rule of
//! searches.
//!
//! Containment is stored transitively closed in both directions (`ancetres`, `descendants`), so a
//! match is two binary searches. Ad-hoc perimeters are the exception: they are linked to their
//! communes **and to every container of those communes** (EPCI, département, région, basin), so
//! above the commune level the link means "intersects". That link is deliberately not closed
//! transitively: a commune of Hérault outside the ad-hoc perimeter must not match it through
//! Hérault.
//!
//! Perimeters are never deleted, only marked obsolete, so old aids and alerts still resolve.

mod code;
pub mod territoires;

use std::collections::{BTreeSet, HashMap};

pub use code::{PerimetreId, PerimetreRef, commune_de_l_arrondissement, normaliser_code_commune};
use territoires::{Territoires, Zone};

use crate::referentiels::{BASSINS, Echelle, code_bassin};
use crate::texte::sans_accents;

/// Above this many codes an ad-hoc upload is deferred to a background job (spec §3.1).
pub const SEUIL_ADHOC_DIFFERE: usize = 500;

/// Code of the Europe perimeter.
pub const CODE_EUROPE: &str = "EU";
/// Code of the France perimeter.
pub const CODE_FRANCE: &str = "FRA";
/// Code of the mainland perimeter (stored with the ad-hoc scale, as the anchor does).
pub const CODE_METROPOLE: &str = "FRA-MET";
/// Code of the overseas perimeter (stored with the ad-hoc scale, as the anchor does).
pub const CODE_OUTRE_MER: &str = "FRA-OM";

/// Errors about perimeters; messages are French sentences naming the value at fault.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PerimetreError {
    /// A designation or a code does not have the expected form.
    #[error("« {valeur} » n'est pas un périmètre valide : attendu {attendu}.")]
    CodeInvalide {
        /// The value as given.
        valeur: String,
        /// What was expected, in French.
        attendu: &'static str,
    },
    /// A well-formed designation that names no known perimeter.
    #[error("Le périmètre « {0} » est inconnu.")]
    Inconnu(String),
    /// The geography given to build the graph contradicts itself.
    #[error("Le territoire « {code} » ({nature}) est incohérent : {raison}.")]
    TerritoireIncoherent {
        /// Kind of territory (« commune », « EPCI »…).
        nature: &'static str,
        /// Its code.
        code: String,
        /// What is wrong.
        raison: String,
    },
    /// Two perimeters with the same scale and code.
    #[error("Le périmètre « {code} » d'échelle {echelle} existe déjà.")]
    Doublon {
        /// Scale label.
        echelle: &'static str,
        /// Code.
        code: String,
    },
    /// An ad-hoc upload in which no code designates a known commune.
    #[error("Le périmètre ad hoc « {0} » ne contient aucune commune connue.")]
    AdhocVide(String),
}

/// A perimeter (fields of spec §3.1).
#[derive(Debug, Clone, PartialEq)]
pub struct Perimetre {
    /// Identifier (its index in the graph).
    pub id: PerimetreId,
    /// Scale.
    pub echelle: Echelle,
    /// Code, unique within the scale: INSEE for a commune, SIREN for an EPCI, `FR0000NN` for a
    /// basin, `FRA`, `EU`…
    pub code: String,
    /// Name.
    pub nom: String,
    /// Name lowercased without accents, stored for autocomplete.
    pub nom_sans_accents: String,
    /// INSEE code (communes).
    pub insee: Option<String>,
    /// SIREN (EPCI, and communes that have one).
    pub siren: Option<String>,
    /// Codes of the régions it lies in.
    pub regions: Vec<String>,
    /// Codes of the départements it lies in.
    pub departements: Vec<String>,
    /// SIREN of the EPCI of a commune.
    pub epci: Option<String>,
    /// Sandre code of the basin of a commune.
    pub bassin: Option<String>,
    /// Postcodes of a commune.
    pub codes_postaux: Vec<String>,
    /// Population, when known.
    pub population: Option<u64>,
    /// Obsolete perimeters stay so that old aids resolve, but are not offered any more.
    pub obsolete: bool,
    /// Hidden perimeters (e.g. generated ad-hoc ones) are not offered in autocomplete.
    pub visible: bool,
}

impl Perimetre {
    /// A new visible, current perimeter with only its scale, code and name set.
    pub fn new(echelle: Echelle, code: impl Into<String>, nom: impl Into<String>) -> Perimetre {
        let nom = nom.into();
        Perimetre {
            id: PerimetreId(0),
            echelle,
            code: code.into(),
            nom_sans_accents: sans_accents(&nom),
            nom,
            insee: None,
            siren: None,
            regions: Vec::new(),
            departements: Vec::new(),
            epci: None,
            bassin: None,
            codes_postaux: Vec::new(),
            population: None,
            obsolete: false,
            visible: true,
        }
    }
}

/// How the perimeter of an aid relates to the searched perimeter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    /// The same perimeter.
    Identique,
    /// The aid's perimeter contains the searched one (a national aid for a commune).
    Contient,
    /// The aid's perimeter lies inside the searched one (a communal aid for a région search).
    EstContenu,
}

/// The path explaining why an aid's perimeter matches a search: from the narrower perimeter to the
/// wider, both included.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheminPerimetre {
    /// Direction of the match.
    pub relation: Relation,
    /// Perimeters from the narrower to the wider.
    pub etapes: Vec<PerimetreId>,
}

/// What an ad-hoc upload gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RapportAdhoc {
    /// The new perimeter.
    pub perimetre: PerimetreId,
    /// Number of communes it covers.
    pub communes: usize,
    /// Well-formed codes that designate no current commune or EPCI (reported, never dropped
    /// silently).
    pub inconnus: Vec<String>,
    /// Lines that are neither an INSEE code nor a SIREN.
    pub invalides: Vec<String>,
}

/// What a commune code found in open data resolves to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResolutionCommune {
    /// A placeholder (`NULL`, empty…): no commune given.
    Absente,
    /// A current commune.
    Commune(PerimetreId),
    /// A code that does not resolve, with the reason.
    NonResolue {
        /// The normalised code (or the raw value when it could not be normalised).
        code: String,
        /// Why.
        raison: RaisonNonResolue,
    },
}

/// Why a commune code does not resolve.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RaisonNonResolue {
    /// Not a commune code at all.
    Invalide,
    /// A municipal arrondissement of Paris, Lyon or Marseille; the commune is given.
    Arrondissement {
        /// INSEE code of the commune (75056, 69123, 13055).
        commune: &'static str,
    },
    /// A well-formed code absent from the current COG (merged or deleted commune; INSEE's
    /// communal-event history would be needed to follow it).
    HorsCog,
}

impl std::fmt::Display for RaisonNonResolue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RaisonNonResolue::Invalide => f.write_str("code de commune invalide"),
            RaisonNonResolue::Arrondissement { commune } => {
                write!(f, "arrondissement municipal de la commune {commune}")
            }
            RaisonNonResolue::HorsCog => {
                f.write_str("commune absente du COG courant (fusionnée ou supprimée)")
            }
        }
    }
}

/// The perimeter graph with its precomputed closure.
#[derive(Debug, Clone, Default)]
pub struct Perimetres {
    perimetres: Vec<Perimetre>,
    /// Sorted ids of the perimeters containing each perimeter (itself excluded).
    ancetres: Vec<Vec<PerimetreId>>,
    /// Sorted ids of the perimeters contained in each perimeter (itself excluded).
    descendants: Vec<Vec<PerimetreId>>,
    par_cle: HashMap<(Echelle, String), PerimetreId>,
}

impl Perimetres {
    /// An empty graph, for tests and fixtures; see [`Perimetres::depuis_territoires`] otherwise.
    pub fn vide() -> Perimetres {
        Perimetres::default()
    }

    /// Adds `perimetre` inside `contenu_dans` (and, transitively, inside their ancestors).
    pub fn ajouter(
        &mut self,
        mut perimetre: Perimetre,
        contenu_dans: &[PerimetreId],
    ) -> Result<PerimetreId, PerimetreError> {
        let id = PerimetreId(self.perimetres.len() as u32);
        let cle = (perimetre.echelle, perimetre.code.clone());
        if self.par_cle.contains_key(&cle) {
            return Err(PerimetreError::Doublon {
                echelle: perimetre.echelle.label(),
                code: perimetre.code,
            });
        }
        let mut ancetres = BTreeSet::new();
        for parent in contenu_dans {
            let Some(parents_du_parent) = self.ancetres.get(parent.0 as usize) else {
                return Err(PerimetreError::Inconnu(parent.0.to_string()));
            };
            ancetres.insert(*parent);
            ancetres.extend(parents_du_parent.iter().copied());
        }
        for ancetre in &ancetres {
            // The new id is the largest so far: pushing keeps every list sorted.
            self.descendants[ancetre.0 as usize].push(id);
        }
        perimetre.id = id;
        self.par_cle.insert(cle, id);
        self.perimetres.push(perimetre);
        self.ancetres.push(ancetres.into_iter().collect());
        self.descendants.push(Vec::new());
        Ok(id)
    }

    /// Builds the graph of France: Europe, France, mainland and overseas, the 12 Sandre basins,
    /// régions, départements, EPCI and communes, with the containment rules of spec §3.1.
    ///
    /// Communes are attached to a basin only where the basin follows administrative borders
    /// (Corsica and the five DROM); the metropolitan commune → basin table is Sandre data that
    /// [`Perimetres::rattacher_bassin`] takes when available.
    pub fn depuis_territoires(territoires: &Territoires) -> Result<Perimetres, PerimetreError> {
        let mut graphe = Perimetres::vide();
        let europe = graphe.ajouter(
            Perimetre::new(Echelle::Continent, CODE_EUROPE, "Europe"),
            &[],
        )?;
        let france = graphe.ajouter(
            Perimetre::new(Echelle::Country, CODE_FRANCE, "France"),
            &[europe],
        )?;
        let metropole = graphe.ajouter(
            Perimetre::new(Echelle::Adhoc, CODE_METROPOLE, "Métropole"),
            &[france],
        )?;
        let outre_mer = graphe.ajouter(
            Perimetre::new(Echelle::Adhoc, CODE_OUTRE_MER, "Outre-mer"),
            &[france],
        )?;
        let zone = |zone: Zone| {
            if zone.outre_mer() {
                outre_mer
            } else {
                metropole
            }
        };

        for (numero, nom) in BASSINS {
            // Basins 07 to 11 are the five DROM; the others, Corsica included, are mainland.
            let outre = matches!(*numero, "07" | "08" | "09" | "10" | "11");
            let conteneur = if outre { outre_mer } else { metropole };
            graphe.ajouter(
                Perimetre::new(Echelle::Basin, code_bassin(numero), *nom),
                &[conteneur],
            )?;
        }

        for region in &territoires.regions {
            let mut perimetre =
                Perimetre::new(Echelle::Region, region.code.clone(), region.nom.clone());
            perimetre.regions = vec![region.code.clone()];
            graphe.ajouter(perimetre, &[zone(region.zone)])?;
        }
        for departement in &territoires.departements {
            let region = graphe.exiger(
                Echelle::Region,
                &departement.region,
                "département",
                &departement.code,
            )?;
            let mut perimetre = Perimetre::new(
                Echelle::Department,
                departement.code.clone(),
                departement.nom.clone(),
            );
            perimetre.regions = vec![departement.region.clone()];
            perimetre.departements = vec![departement.code.clone()];
            graphe.ajouter(perimetre, &[region, zone(departement.zone)])?;
        }

        let communes_par_insee: HashMap<&str, &territoires::TerritoireCommune> = territoires
            .communes
            .iter()
            .map(|commune| (commune.code_insee.as_str(), commune))
            .collect();
        for epci in &territoires.epci {
            let mut departements = BTreeSet::new();
            let mut regions = BTreeSet::new();
            let mut zones = BTreeSet::new();
            for membre in &epci.membres {
                let commune = communes_par_insee.get(membre.as_str()).ok_or_else(|| {
                    PerimetreError::TerritoireIncoherent {
                        nature: "EPCI",
                        code: epci.siren.clone(),
                        raison: format!("la commune membre {membre} est inconnue"),
                    }
                })?;
                departements.insert(commune.departement.clone());
                regions.insert(commune.region.clone());
                zones.insert(zone(commune.zone));
            }
            let mut parents = zones.into_iter().collect::<Vec<_>>();
            for code in &departements {
                parents.push(graphe.exiger(Echelle::Department, code, "EPCI", &epci.siren)?);
            }
            for code in &regions {
                parents.push(graphe.exiger(Echelle::Region, code, "EPCI", &epci.siren)?);
            }
            let mut perimetre = Perimetre::new(Echelle::Epci, epci.siren.clone(), epci.nom.clone());
            perimetre.siren = Some(epci.siren.clone());
            perimetre.departements = departements.into_iter().collect();
            perimetre.regions = regions.into_iter().collect();
            perimetre.population = epci.population;
            graphe.ajouter(perimetre, &parents)?;
        }

        for commune in &territoires.communes {
            let mut parents = vec![
                graphe.exiger(
                    Echelle::Department,
                    &commune.departement,
                    "commune",
                    &commune.code_insee,
                )?,
                graphe.exiger(
                    Echelle::Region,
                    &commune.region,
                    "commune",
                    &commune.code_insee,
                )?,
                zone(commune.zone),
            ];
            let epci = commune
                .epci_siren
                .as_ref()
                .map(|siren| graphe.exiger(Echelle::Epci, siren, "commune", &commune.code_insee))
                .transpose()?;
            let bassin = bassin_du_departement(&commune.departement).map(code_bassin);
            if let Some(code) = &bassin {
                parents.push(graphe.exiger(
                    Echelle::Basin,
                    code,
                    "commune",
                    &commune.code_insee,
                )?);
            }
            let mut perimetre = Perimetre::new(
                Echelle::Commune,
                commune.code_insee.clone(),
                commune.nom.clone(),
            );
            perimetre.insee = Some(commune.code_insee.clone());
            perimetre.siren = commune.siren.clone();
            perimetre.departements = vec![commune.departement.clone()];
            perimetre.regions = vec![commune.region.clone()];
            perimetre.epci = commune.epci_siren.clone();
            perimetre.bassin = bassin;
            perimetre.codes_postaux = commune.codes_postaux.clone();
            perimetre.population = commune.population;
            let id = graphe.ajouter(perimetre, &parents)?;
            // The EPCI is linked without its own ancestors: an EPCI across Hérault and Gard must
            // not put its Gard communes inside Hérault.
            if let Some(epci) = epci {
                graphe.lier(epci, id);
            }
        }
        Ok(graphe)
    }

    fn exiger(
        &self,
        echelle: Echelle,
        code: &str,
        nature: &'static str,
        de: &str,
    ) -> Result<PerimetreId, PerimetreError> {
        self.trouver(echelle, code)
            .ok_or_else(|| PerimetreError::TerritoireIncoherent {
                nature,
                code: de.to_owned(),
                raison: format!("{} {code} inconnu(e)", echelle.label()),
            })
    }

    /// Attaches a commune to its Sandre basin (`numero` is the two-digit basin number).
    pub fn rattacher_bassin(
        &mut self,
        code_insee: &str,
        numero: &str,
    ) -> Result<(), PerimetreError> {
        let commune = self
            .trouver(Echelle::Commune, code_insee)
            .ok_or_else(|| PerimetreError::Inconnu(format!("insee:{code_insee}")))?;
        let code = code_bassin(numero);
        let bassin = self
            .trouver(Echelle::Basin, &code)
            .ok_or_else(|| PerimetreError::Inconnu(code.clone()))?;
        self.lier(bassin, commune);
        self.perimetres[commune.0 as usize].bassin = Some(code);
        Ok(())
    }

    /// Records `parent` as containing `enfant`, without transitive closure (used for basins, whose
    /// ancestors the commune already has, and for the "intersects" links of ad-hoc perimeters).
    fn lier(&mut self, parent: PerimetreId, enfant: PerimetreId) {
        let ancetres = &mut self.ancetres[enfant.0 as usize];
        if let Err(position) = ancetres.binary_search(&parent) {
            ancetres.insert(position, parent);
        }
        let descendants = &mut self.descendants[parent.0 as usize];
        if let Err(position) = descendants.binary_search(&enfant) {
            descendants.insert(position, enfant);
        }
    }

    /// Creates an ad-hoc perimeter from lines holding INSEE codes or EPCI SIRENs (an EPCI expands
    /// to its communes). Unknown and invalid lines are reported, never silently dropped; uploads
    /// over [`SEUIL_ADHOC_DIFFERE`] codes are meant to run in a background job.
    pub fn ajouter_adhoc<'a>(
        &mut self,
        code: &str,
        nom: &str,
        lignes: impl IntoIterator<Item = &'a str>,
    ) -> Result<RapportAdhoc, PerimetreError> {
        let mut communes = BTreeSet::new();
        let mut inconnus = Vec::new();
        let mut invalides = Vec::new();
        for ligne in lignes {
            let valeur = ligne.trim();
            if valeur.is_empty() {
                continue;
            }
            if valeur.len() == 9 && valeur.bytes().all(|b| b.is_ascii_digit()) {
                match self.trouver(Echelle::Epci, valeur) {
                    Some(epci) => {
                        communes.extend(self.descendants(epci).iter().copied().filter(|id| {
                            self.perimetres[id.0 as usize].echelle == Echelle::Commune
                        }))
                    }
                    None => inconnus.push(valeur.to_owned()),
                }
                continue;
            }
            match normaliser_code_commune(valeur) {
                Ok(Some(insee)) => match self.trouver(Echelle::Commune, &insee) {
                    Some(commune) => {
                        communes.insert(commune);
                    }
                    None => inconnus.push(valeur.to_owned()),
                },
                Ok(None) | Err(_) => invalides.push(valeur.to_owned()),
            }
        }
        if communes.is_empty() {
            return Err(PerimetreError::AdhocVide(nom.to_owned()));
        }
        let poids_adhoc = Echelle::Adhoc.poids();
        // Containers narrower than the ad-hoc scale intersect it; perimeters at least as wide that
        // contain every one of its communes contain it.
        let mut lies = BTreeSet::new();
        let mut communs: Option<BTreeSet<PerimetreId>> = None;
        for commune in &communes {
            lies.insert(*commune);
            let mut larges = BTreeSet::new();
            for ancetre in self.ancetres(*commune) {
                if self.perimetres[ancetre.0 as usize].echelle.poids() < poids_adhoc {
                    lies.insert(*ancetre);
                } else {
                    larges.insert(*ancetre);
                }
            }
            communs = Some(match communs {
                None => larges,
                Some(avant) => avant.intersection(&larges).copied().collect(),
            });
        }
        let parents: Vec<PerimetreId> = communs.unwrap_or_default().into_iter().collect();
        let perimetre = self.ajouter(Perimetre::new(Echelle::Adhoc, code, nom), &parents)?;
        for lie in lies {
            self.lier(perimetre, lie);
        }
        Ok(RapportAdhoc {
            perimetre,
            communes: communes.len(),
            inconnus,
            invalides,
        })
    }

    /// Marks a perimeter obsolete (it stays, so that old aids and alerts still resolve).
    pub fn marquer_obsolete(&mut self, id: PerimetreId) -> Result<(), PerimetreError> {
        let perimetre = self
            .perimetres
            .get_mut(id.0 as usize)
            .ok_or_else(|| PerimetreError::Inconnu(id.0.to_string()))?;
        perimetre.obsolete = true;
        Ok(())
    }

    /// Hides a perimeter from autocomplete (generated ad-hoc perimeters).
    pub fn masquer(&mut self, id: PerimetreId) -> Result<(), PerimetreError> {
        let perimetre = self
            .perimetres
            .get_mut(id.0 as usize)
            .ok_or_else(|| PerimetreError::Inconnu(id.0.to_string()))?;
        perimetre.visible = false;
        Ok(())
    }

    /// Number of perimeters.
    pub fn len(&self) -> usize {
        self.perimetres.len()
    }

    /// Whether the graph is empty.
    pub fn is_empty(&self) -> bool {
        self.perimetres.is_empty()
    }

    /// Every perimeter, by id.
    pub fn iter(&self) -> impl Iterator<Item = &Perimetre> {
        self.perimetres.iter()
    }

    /// The perimeter with this id.
    pub fn get(&self, id: PerimetreId) -> Option<&Perimetre> {
        self.perimetres.get(id.0 as usize)
    }

    /// The perimeter of this scale and code.
    pub fn trouver(&self, echelle: Echelle, code: &str) -> Option<PerimetreId> {
        self.par_cle.get(&(echelle, code.to_owned())).copied()
    }

    /// Resolves a designation; unknown ones are an error naming them.
    pub fn resoudre(&self, reference: &PerimetreRef) -> Result<PerimetreId, PerimetreError> {
        let trouve = match reference {
            PerimetreRef::Id(id) => self.get(*id).map(|p| p.id),
            PerimetreRef::Insee(code) => self.trouver(Echelle::Commune, code),
            PerimetreRef::Siren(code) => self.trouver(Echelle::Epci, code),
            PerimetreRef::Departement(code) => self.trouver(Echelle::Department, code),
            PerimetreRef::Region(code) => self.trouver(Echelle::Region, code),
        };
        trouve.ok_or_else(|| PerimetreError::Inconnu(reference.to_string()))
    }

    /// Resolves a commune code found in open data (see [`normaliser_code_commune`]).
    pub fn resoudre_code_commune(&self, brut: &str) -> ResolutionCommune {
        let code = match normaliser_code_commune(brut) {
            Ok(None) => return ResolutionCommune::Absente,
            Ok(Some(code)) => code,
            Err(_) => {
                return ResolutionCommune::NonResolue {
                    code: brut.trim().to_owned(),
                    raison: RaisonNonResolue::Invalide,
                };
            }
        };
        if let Some(id) = self.trouver(Echelle::Commune, &code) {
            return ResolutionCommune::Commune(id);
        }
        let raison = match commune_de_l_arrondissement(&code) {
            Some(commune) => RaisonNonResolue::Arrondissement { commune },
            None => RaisonNonResolue::HorsCog,
        };
        ResolutionCommune::NonResolue { code, raison }
    }

    /// The perimeters containing `id` (sorted; itself excluded).
    pub fn ancetres(&self, id: PerimetreId) -> &[PerimetreId] {
        self.ancetres.get(id.0 as usize).map_or(&[], Vec::as_slice)
    }

    /// The perimeters contained in `id` (sorted; itself excluded).
    pub fn descendants(&self, id: PerimetreId) -> &[PerimetreId] {
        self.descendants
            .get(id.0 as usize)
            .map_or(&[], Vec::as_slice)
    }

    /// Whether `conteneur` contains `contenu` (strictly).
    pub fn contient(&self, conteneur: PerimetreId, contenu: PerimetreId) -> bool {
        self.ancetres(contenu).binary_search(&conteneur).is_ok()
    }

    /// The search rule: an aid on `aide` matches a search on `recherche` when the perimeters are the
    /// same, or one contains the other. Mere overlap does not match.
    pub fn correspond(&self, aide: PerimetreId, recherche: PerimetreId) -> bool {
        aide == recherche || self.contient(aide, recherche) || self.contient(recherche, aide)
    }

    /// Why an aid on `aide` matches a search on `recherche`, or `None` when it does not.
    pub fn chemin(&self, aide: PerimetreId, recherche: PerimetreId) -> Option<CheminPerimetre> {
        let (relation, etroit, large) = if aide == recherche {
            (Relation::Identique, aide, aide)
        } else if self.contient(aide, recherche) {
            (Relation::Contient, recherche, aide)
        } else if self.contient(recherche, aide) {
            (Relation::EstContenu, aide, recherche)
        } else {
            return None;
        };
        let mut etapes: Vec<PerimetreId> = self
            .ancetres(etroit)
            .iter()
            .copied()
            .filter(|id| *id == large || self.contient(large, *id))
            .collect();
        etapes.sort_by_key(|id| (self.perimetres[id.0 as usize].echelle.poids(), *id));
        etapes.insert(0, etroit);
        etapes.dedup();
        Some(CheminPerimetre { relation, etapes })
    }
}

/// The basin of the départements that lie wholly in one basin: Corsica and the five DROM.
fn bassin_du_departement(departement: &str) -> Option<&'static str> {
    match departement {
        "971" => Some("07"),
        "972" => Some("08"),
        "973" => Some("09"),
        "974" => Some("10"),
        "976" => Some("11"),
        "2A" | "2B" => Some("12"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::territoires::*;
    use super::*;

    fn commune(
        code: &str,
        dep: &str,
        reg: &str,
        epci: Option<&str>,
        zone: Zone,
    ) -> TerritoireCommune {
        TerritoireCommune {
            code_insee: code.into(),
            nom: format!("Commune {code}"),
            departement: dep.into(),
            region: reg.into(),
            siren: None,
            epci_siren: epci.map(Into::into),
            population: Some(1000),
            codes_postaux: vec![],
            zone,
        }
    }

    /// A small France: Hérault and Gard in Occitanie, an EPCI across both, Martinique.
    fn petite_france() -> Perimetres {
        let territoires = Territoires {
            regions: vec![
                TerritoireRegion {
                    code: "76".into(),
                    nom: "Occitanie".into(),
                    zone: Zone::Metro,
                },
                TerritoireRegion {
                    code: "02".into(),
                    nom: "Martinique".into(),
                    zone: Zone::Drom,
                },
            ],
            departements: vec![
                TerritoireDepartement {
                    code: "34".into(),
                    nom: "Hérault".into(),
                    region: "76".into(),
                    zone: Zone::Metro,
                },
                TerritoireDepartement {
                    code: "30".into(),
                    nom: "Gard".into(),
                    region: "76".into(),
                    zone: Zone::Metro,
                },
                TerritoireDepartement {
                    code: "972".into(),
                    nom: "Martinique".into(),
                    region: "02".into(),
                    zone: Zone::Drom,
                },
            ],
            epci: vec![TerritoireEpci {
                siren: "200000001".into(),
                nom: "CC des deux rives".into(),
                type_epci: "CC".into(),
                population: Some(2000),
                membres: vec!["34001".into(), "30001".into()],
            }],
            communes: vec![
                commune("34001", "34", "76", Some("200000001"), Zone::Metro),
                commune("30001", "30", "76", Some("200000001"), Zone::Metro),
                commune("34002", "34", "76", None, Zone::Metro),
                commune("97209", "972", "02", None, Zone::Drom),
            ],
        };
        Perimetres::depuis_territoires(&territoires).expect("graphe")
    }

    fn id(graphe: &Perimetres, reference: &str) -> PerimetreId {
        graphe
            .resoudre(&PerimetreRef::parse(reference).expect("référence"))
            .expect("périmètre")
    }

    #[test]
    fn commune_is_inside_every_container() {
        let g = petite_france();
        let commune = id(&g, "insee:34001");
        for conteneur in ["siren:200000001", "dep:34", "reg:76"] {
            assert!(g.contient(id(&g, conteneur), commune), "{conteneur}");
        }
        let metropole = g
            .trouver(Echelle::Adhoc, CODE_METROPOLE)
            .expect("métropole");
        let europe = g.trouver(Echelle::Continent, CODE_EUROPE).expect("europe");
        assert!(g.contient(metropole, commune));
        assert!(g.contient(europe, commune));
        assert!(!g.contient(
            g.trouver(Echelle::Adhoc, CODE_OUTRE_MER).expect("om"),
            commune
        ));
    }

    #[test]
    fn epci_across_two_departements_is_inside_both() {
        let g = petite_france();
        let epci = id(&g, "siren:200000001");
        assert!(g.contient(id(&g, "dep:34"), epci));
        assert!(g.contient(id(&g, "dep:30"), epci));
    }

    #[test]
    fn commune_of_a_cross_border_epci_stays_out_of_the_other_departement() {
        let g = petite_france();
        let gardoise = id(&g, "insee:30001");
        assert!(g.contient(id(&g, "siren:200000001"), gardoise));
        assert!(!g.contient(id(&g, "dep:34"), gardoise));
        assert!(!g.correspond(id(&g, "dep:34"), gardoise));
    }

    #[test]
    fn overseas_commune_gets_its_basin_and_overseas_container() {
        let g = petite_france();
        let commune = id(&g, "insee:97209");
        let bassin = g
            .trouver(Echelle::Basin, "FR000008")
            .expect("bassin Martinique");
        assert!(g.contient(bassin, commune));
        assert!(g.contient(
            g.trouver(Echelle::Adhoc, CODE_OUTRE_MER).expect("om"),
            commune
        ));
    }

    #[test]
    fn matching_goes_both_ways_but_not_sideways() {
        let g = petite_france();
        let herault = id(&g, "dep:34");
        let gard = id(&g, "dep:30");
        let commune = id(&g, "insee:34002");
        assert!(g.correspond(herault, commune));
        assert!(g.correspond(commune, herault));
        assert!(!g.correspond(gard, commune));
        assert!(!g.correspond(gard, herault));
    }

    #[test]
    fn adhoc_perimeter_intersects_containers_of_its_communes_only() {
        let mut g = petite_france();
        let rapport = g
            .ajouter_adhoc(
                "adhoc-test",
                "Zone test",
                ["34001", "99999", "pas un code", ""],
            )
            .expect("ad hoc");
        assert_eq!(rapport.communes, 1);
        assert_eq!(rapport.inconnus, vec!["99999".to_owned()]);
        assert_eq!(rapport.invalides, vec!["pas un code".to_owned()]);
        let adhoc = rapport.perimetre;
        // Above the commune, the link means "intersects", both ways.
        assert!(g.correspond(adhoc, id(&g, "dep:34")));
        assert!(g.correspond(id(&g, "dep:34"), adhoc));
        assert!(g.correspond(adhoc, id(&g, "siren:200000001")));
        assert!(g.correspond(adhoc, id(&g, "insee:34001")));
        // A commune of the same département outside the upload does not match.
        assert!(!g.correspond(adhoc, id(&g, "insee:34002")));
        assert!(!g.correspond(adhoc, id(&g, "dep:972")));
        // France contains it.
        assert!(g.contient(g.trouver(Echelle::Country, CODE_FRANCE).expect("fr"), adhoc));
    }

    #[test]
    fn adhoc_from_an_epci_siren_expands_to_its_communes() {
        let mut g = petite_france();
        let rapport = g.ajouter_adhoc("x", "X", ["200000001"]).expect("ad hoc");
        assert_eq!(rapport.communes, 2);
        assert!(matches!(
            g.ajouter_adhoc("y", "Y", ["99999"]),
            Err(PerimetreError::AdhocVide(_))
        ));
    }

    #[test]
    fn path_runs_from_the_narrower_to_the_wider() {
        let g = petite_france();
        let commune = id(&g, "insee:34002");
        let region = id(&g, "reg:76");
        let chemin = g.chemin(region, commune).expect("chemin");
        assert_eq!(chemin.relation, Relation::Contient);
        assert_eq!(chemin.etapes, vec![commune, id(&g, "dep:34"), region]);
        let inverse = g.chemin(commune, region).expect("chemin");
        assert_eq!(inverse.relation, Relation::EstContenu);
        assert!(g.chemin(id(&g, "dep:30"), commune).is_none());
    }

    #[test]
    fn obsolete_perimeters_still_resolve() {
        let mut g = petite_france();
        let commune = id(&g, "insee:34002");
        g.marquer_obsolete(commune).expect("obsolète");
        assert_eq!(id(&g, "insee:34002"), commune);
        assert!(g.get(commune).is_some_and(|p| p.obsolete));
    }

    #[test]
    fn unknown_and_arrondissement_codes_are_reported_with_a_reason() {
        let g = petite_france();
        assert_eq!(g.resoudre_code_commune("NULL"), ResolutionCommune::Absente);
        assert!(matches!(
            g.resoudre_code_commune("34001"),
            ResolutionCommune::Commune(_)
        ));
        assert_eq!(
            g.resoudre_code_commune("75112"),
            ResolutionCommune::NonResolue {
                code: "75112".into(),
                raison: RaisonNonResolue::Arrondissement { commune: "75056" }
            }
        );
        assert!(matches!(
            g.resoudre_code_commune("93059"),
            ResolutionCommune::NonResolue {
                raison: RaisonNonResolue::HorsCog,
                ..
            }
        ));
        assert!(g.resoudre(&PerimetreRef::Insee("99999".into())).is_err());
    }
}
