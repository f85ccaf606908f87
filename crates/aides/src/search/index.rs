//! The in-memory search index: built once from the published aids (immutable), swapped whole when
//! data changes.
//!
//! Text and perimeter go through tantivy: the text as weighted term queries over the French
//! analyzer, the perimeter as a zero-score constant query in a `Must` (tantivy 0.27 has no filter
//! clause) over two fields, "own perimeter + ancestors" ∋ P or "own perimeter" ∈ ancestors(P) ∪ {P}
//! — about ten term lookups whatever the perimeter. Every other filter, the deadline rule, the
//! generic/local de-duplication, the facets and the sort run over per-value bitsets and columns
//! of this module, so that the facet counts of every filter come out of the same pass.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::{Datelike, NaiveDate, Utc};
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::query::{
    BooleanQuery, BoostQuery, ConstScoreQuery, Occur, Query as TantivyQuery, TermQuery,
};
use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{DocId, DocSet, Score, SegmentOrdinal, SegmentReader, TantivyDocument, Term};

use super::bitset::Bitset;
use super::query::{FiltreEuropeen, Query, RechercheError, groupes_de_termes};
use crate::aide::{
    Aide, AideId, EtatEcheance, PorteurAide, PorteurId, Programme, ProgrammeId, aujourdhui_a_paris,
    etat_echeance,
};
use crate::perimetres::{CheminPerimetre, PerimetreId, Perimetres};
use crate::referentiels::{
    AideEuropeenne, Destination, EtapeMobilisation, Public, Recurrence, StatutAide, Thematiques,
    Tri, TypeAide,
};
use socle::search::{self as analyse, FRENCH_ANALYZER};

/// A synonym list managed by admins; searching `{id}-{slug}` ORs its comma-separated terms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListeSynonymes {
    /// Identifier.
    pub id: u32,
    /// Name (« Voie douce »).
    pub nom: String,
    /// Slug.
    pub slug: String,
    /// Comma-separated terms (`voie douce, vélo, vélos, …`); spaces inside a term mean AND.
    pub termes: String,
}

/// The referentials an index needs besides the aids and the perimeters.
#[derive(Debug, Clone, Default)]
pub struct Catalogue {
    /// Carriers.
    pub porteurs: Vec<PorteurAide>,
    /// Programs.
    pub programmes: Vec<Programme>,
    /// Themes and categories.
    pub thematiques: Thematiques,
    /// Synonym lists.
    pub listes_synonymes: Vec<ListeSynonymes>,
}

/// Failure to build an index (a bug or resource exhaustion, not bad data).
#[derive(Debug, thiserror::Error)]
#[error("Construction de l'index de recherche impossible : {0}")]
pub struct IndexError(String);

impl From<tantivy::TantivyError> for IndexError {
    fn from(error: tantivy::TantivyError) -> IndexError {
        IndexError(error.to_string())
    }
}

fn erreur_index(error: impl std::fmt::Display) -> RechercheError {
    RechercheError::Index(error.to_string())
}

/// Text fields with their Django name and weight: A = 1.0 (title, categories, programs),
/// B = 0.4 (description), C = 0.2 (keywords), D = 0.1 (examples, eligibility, backers) — the
/// default weights of `PostgreSQL`'s `ts_rank` the anchor relied on.
const CHAMPS_TEXTE: [(&str, f32); 10] = [
    ("name", 1.0),
    ("name_initial", 1.0),
    ("short_title", 1.0),
    ("categories", 1.0),
    ("programs", 1.0),
    ("description", 0.4),
    ("keywords", 0.2),
    ("project_examples", 0.1),
    ("eligibility", 0.1),
    ("backers", 0.1),
];

/// A filter dimension, for masks and facets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dimension {
    Publics,
    Types,
    Etapes,
    Destinations,
    Recurrence,
    AppelsAProjets,
    Payante,
    Europeenne,
    FranceRelance,
    Porteurs,
    Programmes,
    Thematiques,
    Categories,
}

impl Dimension {
    const TOUTES: [Dimension; 13] = [
        Dimension::Publics,
        Dimension::Types,
        Dimension::Etapes,
        Dimension::Destinations,
        Dimension::Recurrence,
        Dimension::AppelsAProjets,
        Dimension::Payante,
        Dimension::Europeenne,
        Dimension::FranceRelance,
        Dimension::Porteurs,
        Dimension::Programmes,
        Dimension::Thematiques,
        Dimension::Categories,
    ];

    /// The query parameter the facet refines.
    fn parametre(self) -> &'static str {
        match self {
            Dimension::Publics => "targeted_audiences",
            Dimension::Types => "aid_types",
            Dimension::Etapes => "mobilization_step",
            Dimension::Destinations => "destinations",
            Dimension::Recurrence => "recurrence",
            Dimension::AppelsAProjets => "call_for_projects_only",
            Dimension::Payante => "is_charged",
            Dimension::Europeenne => "european_aid",
            Dimension::FranceRelance => "in_france_relance",
            Dimension::Porteurs => "backers",
            Dimension::Programmes => "programs",
            Dimension::Thematiques => "themes",
            Dimension::Categories => "categories",
        }
    }
}

/// Per-document columns.
#[derive(Debug)]
struct DocAide {
    aide: Arc<Aide>,
    perimetre: Option<PerimetreId>,
    /// Scale weight of the perimeter (`u8::MAX` without one, so it sorts last).
    poids: u8,
    /// Deadline used for the open rule and the sort; `None` without one or when `ongoing`.
    echeance: Option<NaiveDate>,
    /// First publication, kept beside the hot columns so that date filters do not chase the aid.
    publication: Option<chrono::DateTime<Utc>>,
    porteurs: Vec<u32>,
    programmes: Vec<u32>,
    categories: Vec<u16>,
}

/// Bitsets per filter value, indexed like the referential's `ALL` or the catalogue's vectors.
#[derive(Debug)]
struct Filtres {
    publics: Vec<Bitset>,
    types: Vec<Bitset>,
    etapes: Vec<Bitset>,
    destinations: Vec<Bitset>,
    recurrences: Vec<Bitset>,
    europeennes: Vec<Bitset>,
    appels_a_projets: Bitset,
    payantes: Bitset,
    france_relance: Bitset,
    porteurs: Vec<Bitset>,
    programmes: Vec<Bitset>,
    thematiques: Vec<Bitset>,
    categories: Vec<Bitset>,
}

fn position<T: PartialEq>(all: &[T], value: &T) -> usize {
    all.iter().position(|v| v == value).unwrap_or_default()
}

struct Champs {
    texte: Vec<(Field, &'static str, f32)>,
    perimetre: Field,
    perimetres_englobants: Field,
}

/// Why an aid is in the results.
#[derive(Debug, Clone, PartialEq)]
pub struct Pourquoi {
    /// Path from the narrower perimeter to the wider, when a perimeter was searched.
    pub perimetre: Option<CheminPerimetre>,
    /// Django names of the fields the text matched.
    pub champs: Vec<&'static str>,
    /// Deadline status.
    pub echeance: EtatEcheance,
}

/// One result.
#[derive(Debug, Clone)]
pub struct Hit {
    /// The aid.
    pub aide: Arc<Aide>,
    /// Text relevance, when text was searched.
    pub score: Option<f32>,
    /// "Why this aid".
    pub pourquoi: Pourquoi,
}

/// One value of a facet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValeurFacette {
    /// The value as the filter parameter takes it.
    pub code: String,
    /// French label.
    pub libelle: String,
    /// Number of results with this value.
    pub nombre: usize,
}

/// Counts per value of one filter. Counts are disjunctive: they ignore the filter's own selection,
/// so they tell what choosing another value would give.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facette {
    /// The filter parameter.
    pub parametre: &'static str,
    /// Values, in referential order (or by decreasing count for carriers, programs, categories).
    pub valeurs: Vec<ValeurFacette>,
}

/// The answer to a search.
#[derive(Debug, Clone)]
pub struct Results {
    /// Number of results over every page.
    pub total: usize,
    /// 1-based page.
    pub page: usize,
    /// Page size.
    pub taille: usize,
    /// The results of the page, in order.
    pub hits: Vec<Hit>,
    /// Facet counts of every filter.
    pub facettes: Vec<Facette>,
    /// Messages for the user (caps applied, words ignored).
    pub avertissements: Vec<String>,
    /// The searched perimeter, resolved.
    pub perimetre: Option<PerimetreId>,
}

/// The immutable search index over the published aids.
pub struct Index {
    perimetres: Arc<Perimetres>,
    catalogue: Catalogue,
    porteur_par_id: HashMap<PorteurId, u32>,
    programme_par_id: HashMap<ProgrammeId, u32>,
    ord_par_aide: HashMap<AideId, u32>,
    champs: Champs,
    searcher: tantivy::Searcher,
    analyseur: TextAnalyzer,
    /// For each tantivy segment, the ordinal of each of its documents.
    ords: Vec<Arc<[u32]>>,
    /// For each ordinal, its tantivy segment and document.
    adresses: Vec<(SegmentOrdinal, DocId)>,
    docs: Vec<DocAide>,
    filtres: Filtres,
    /// (local ordinal, generic ordinal) for every local aid whose generic aid is indexed.
    paires_generique_local: Vec<(u32, u32)>,
    /// Local aids already expired at build time whose generic aid is indexed: (perimeter, scale
    /// weight, generic ordinal).
    locaux_expires: Vec<(PerimetreId, u8, u32)>,
    /// (first publication in microseconds, ordinal), sorted: the aids published since an instant are a
    /// tail of it (alert runs).
    par_publication: Vec<(i64, u32)>,
    /// The day the index was built for.
    jour: NaiveDate,
}

impl std::fmt::Debug for Index {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Index")
            .field("aides", &self.docs.len())
            .finish()
    }
}

/// Builds the index from every aid given, for searches made from today (Europe/Paris) on.
///
/// Only published aids that are not amendments are kept. An aid already expired cannot reopen
/// without an edit (which rebuilds the index), so expired aids stay out of the text index; the
/// expired local variants are kept aside because they still hide their generic aid.
pub fn build(
    aides: &[Aide],
    perimetres: Arc<Perimetres>,
    catalogue: Catalogue,
) -> Result<Index, IndexError> {
    build_au(aides, perimetres, catalogue, aujourdhui_a_paris(Utc::now()))
}

/// [`build`] for searches made from `jour` on (tests and replays use a fixed day).
pub fn build_au(
    aides: &[Aide],
    perimetres: Arc<Perimetres>,
    catalogue: Catalogue,
    jour: NaiveDate,
) -> Result<Index, IndexError> {
    Index::construire(aides, perimetres, catalogue, jour)
}

impl Index {
    fn construire(
        aides: &[Aide],
        perimetres: Arc<Perimetres>,
        catalogue: Catalogue,
        jour: NaiveDate,
    ) -> Result<Index, IndexError> {
        let mut schema = Schema::builder();
        let options_texte = TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(FRENCH_ANALYZER)
                .set_index_option(IndexRecordOption::WithFreqs),
        );
        let texte: Vec<(Field, &'static str, f32)> = CHAMPS_TEXTE
            .iter()
            .map(|(nom, poids)| {
                (
                    schema.add_text_field(nom, options_texte.clone()),
                    *nom,
                    *poids,
                )
            })
            .collect();
        let perimetre = schema.add_u64_field("perimetre", INDEXED);
        let perimetres_englobants = schema.add_u64_field("perimetres_englobants", INDEXED);
        let ord_champ = schema.add_u64_field("ord", FAST);
        let index = tantivy::Index::create_in_ram(schema.build());
        analyse::register(&index);

        let porteur_par_id: HashMap<PorteurId, u32> = catalogue
            .porteurs
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id, i as u32))
            .collect();
        let programme_par_id: HashMap<ProgrammeId, u32> = catalogue
            .programmes
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id, i as u32))
            .collect();

        let (retenues, expirees): (Vec<&Aide>, Vec<&Aide>) = aides
            .iter()
            .filter(|a| a.status == StatutAide::Published && a.amendment.is_none())
            .partition(|a| a.echeance(jour).est_ouverte());
        let n = retenues.len();
        // French analysis (stemming above all) is most of the build: one indexing thread per core, up to
        // four. Documents then land in several segments in any order; the `ord` fast field maps them back.
        let fils = std::thread::available_parallelism().map_or(1, |n| n.get().clamp(1, 4));
        let mut writer =
            index.writer_with_num_threads::<TantivyDocument>(fils, 60_000_000 * fils)?;
        let mut docs = Vec::with_capacity(n);
        let mut ord_par_aide = HashMap::with_capacity(n);
        for (ord, aide) in retenues.iter().enumerate() {
            let mut doc = TantivyDocument::default();
            let noms_porteurs: Vec<&str> = aide
                .financers
                .iter()
                .chain(&aide.instructors)
                .filter_map(|id| porteur_par_id.get(id))
                .map(|i| catalogue.porteurs[*i as usize].nom.as_str())
                .collect();
            let noms_programmes: Vec<&str> = aide
                .programs
                .iter()
                .filter_map(|id| programme_par_id.get(id))
                .map(|i| catalogue.programmes[*i as usize].nom.as_str())
                .collect();
            let noms_categories: Vec<&str> = aide
                .categories
                .iter()
                .filter_map(|id| catalogue.thematiques.categorie(*id))
                .map(|c| c.nom.as_str())
                .collect();
            let valeurs: [Vec<&str>; 10] = [
                vec![&aide.name],
                vec![&aide.name_initial],
                vec![&aide.short_title],
                noms_categories,
                noms_programmes,
                vec![&aide.description],
                aide.keywords.iter().map(String::as_str).collect(),
                vec![&aide.project_examples],
                vec![&aide.eligibility],
                noms_porteurs,
            ];
            for ((field, _, _), textes) in texte.iter().zip(valeurs) {
                for t in textes.into_iter().filter(|t| !t.is_empty()) {
                    doc.add_text(*field, t);
                }
            }
            if let Some(p) = aide.perimeter {
                doc.add_u64(perimetre, u64::from(p.0));
                doc.add_u64(perimetres_englobants, u64::from(p.0));
                for ancetre in perimetres.ancetres(p) {
                    doc.add_u64(perimetres_englobants, u64::from(ancetre.0));
                }
            }
            doc.add_u64(ord_champ, ord as u64);
            writer.add_document(doc)?;

            ord_par_aide.insert(aide.id, ord as u32);
            let poids = aide
                .perimeter
                .and_then(|p| perimetres.get(p))
                .map_or(u8::MAX, |p| p.echelle.poids());
            docs.push(DocAide {
                aide: Arc::new((*aide).clone()),
                perimetre: aide.perimeter,
                poids,
                echeance: if aide.recurrence == Some(Recurrence::Ongoing) {
                    None
                } else {
                    aide.submission_deadline
                },
                publication: aide.date_published,
                porteurs: aide
                    .financers
                    .iter()
                    .chain(&aide.instructors)
                    .filter_map(|id| porteur_par_id.get(id).copied())
                    .collect(),
                programmes: aide
                    .programs
                    .iter()
                    .filter_map(|id| programme_par_id.get(id).copied())
                    .collect(),
                categories: aide.categories.iter().map(|c| c.0).collect(),
            });
        }
        writer.commit()?;
        let reader = index
            .reader_builder()
            .reload_policy(tantivy::ReloadPolicy::Manual)
            .try_into()?;
        let searcher = reader.searcher();

        let mut ords = Vec::new();
        let mut adresses = vec![(0, 0); n];
        for (segment, lecteur) in searcher.segment_readers().iter().enumerate() {
            let colonne = lecteur.fast_fields().u64("ord")?;
            let mut table = Vec::with_capacity(lecteur.max_doc() as usize);
            for doc in 0..lecteur.max_doc() {
                let ord = colonne.first(doc).unwrap_or_default() as u32;
                table.push(ord);
                if let Some(adresse) = adresses.get_mut(ord as usize) {
                    *adresse = (segment as SegmentOrdinal, doc);
                }
            }
            ords.push(Arc::from(table));
        }

        let filtres = Filtres::construire(&docs, &catalogue);
        let paires_generique_local = docs
            .iter()
            .enumerate()
            .filter_map(|(ord, doc)| {
                let generique = doc.aide.generic_aid?;
                Some((ord as u32, *ord_par_aide.get(&generique)?))
            })
            .collect();
        let locaux_expires = expirees
            .iter()
            .filter_map(|aide| {
                let generique = *ord_par_aide.get(&aide.generic_aid?)?;
                let perimetre = aide.perimeter?;
                let poids = perimetres.get(perimetre)?.echelle.poids();
                Some((perimetre, poids, generique))
            })
            .collect();

        let mut par_publication: Vec<(i64, u32)> = docs
            .iter()
            .enumerate()
            .filter_map(|(ord, doc)| Some((doc.publication?.timestamp_micros(), ord as u32)))
            .collect();
        par_publication.sort_unstable();

        Ok(Index {
            jour,
            par_publication,
            locaux_expires,
            perimetres,
            analyseur: analyse::french_analyzer(),
            catalogue,
            porteur_par_id,
            programme_par_id,
            ord_par_aide,
            champs: Champs {
                texte,
                perimetre,
                perimetres_englobants,
            },
            searcher,
            ords,
            adresses,
            docs,
            filtres,
            paires_generique_local,
        })
    }

    /// The day the index was built for; searches are meant for that day or later.
    pub fn jour(&self) -> NaiveDate {
        self.jour
    }

    /// Number of indexed (published, open at build time) aids.
    pub fn len(&self) -> usize {
        self.docs.len()
    }

    /// Whether no aid is indexed.
    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// The perimeter graph the index was built with.
    pub fn perimetres(&self) -> &Perimetres {
        &self.perimetres
    }

    /// The catalogue the index was built with.
    pub fn catalogue(&self) -> &Catalogue {
        &self.catalogue
    }

    /// An indexed aid.
    pub fn aide(&self, id: AideId) -> Option<&Arc<Aide>> {
        self.ord_par_aide
            .get(&id)
            .map(|ord| &self.docs[*ord as usize].aide)
    }

    /// Every indexed aid (published, open when the index was built), in index order.
    pub fn aides(&self) -> impl Iterator<Item = &Arc<Aide>> {
        self.docs.iter().map(|doc| &doc.aide)
    }

    /// A carrier of the catalogue.
    pub fn porteur(&self, id: PorteurId) -> Option<&PorteurAide> {
        self.porteur_par_id
            .get(&id)
            .map(|i| &self.catalogue.porteurs[*i as usize])
    }

    /// A program of the catalogue.
    pub fn programme(&self, id: ProgrammeId) -> Option<&Programme> {
        self.programme_par_id
            .get(&id)
            .map(|i| &self.catalogue.programmes[*i as usize])
    }

    /// The analysed OR groups of AND terms of a text (a synonym list reference expands to its
    /// terms); groups left empty by stop words are dropped.
    fn groupes_analyses(&self, texte: &str) -> Vec<Vec<String>> {
        let synonymes = texte.split_once('-').and_then(|(id, _)| {
            let id: u32 = id.parse().ok()?;
            self.catalogue.listes_synonymes.iter().find(|l| l.id == id)
        });
        let source = synonymes.map_or(texte, |liste| liste.termes.as_str());
        let mut analyseur = self.analyseur.clone();
        groupes_de_termes(source)
            .into_iter()
            .map(|termes| {
                let mut tokens: Vec<String> = termes
                    .iter()
                    .flat_map(|terme| analyse::analyze(&mut analyseur, terme))
                    .collect();
                tokens.sort();
                tokens.dedup();
                tokens
            })
            .filter(|tokens| !tokens.is_empty())
            .collect()
    }

    fn requete_texte(&self, groupes: &[Vec<String>]) -> Box<dyn TantivyQuery> {
        let groupes = groupes
            .iter()
            .map(|tokens| {
                let termes = tokens
                    .iter()
                    .map(|token| {
                        let champs = self
                            .champs
                            .texte
                            .iter()
                            .map(|(field, _, poids)| {
                                let terme = TermQuery::new(
                                    Term::from_field_text(*field, token),
                                    IndexRecordOption::WithFreqs,
                                );
                                (
                                    Occur::Should,
                                    Box::new(BoostQuery::new(Box::new(terme), *poids))
                                        as Box<dyn TantivyQuery>,
                                )
                            })
                            .collect();
                        (
                            Occur::Must,
                            Box::new(BooleanQuery::new(champs)) as Box<dyn TantivyQuery>,
                        )
                    })
                    .collect();
                (
                    Occur::Should,
                    Box::new(BooleanQuery::new(termes)) as Box<dyn TantivyQuery>,
                )
            })
            .collect();
        Box::new(BooleanQuery::new(groupes))
    }

    fn requete_perimetre(&self, perimetre: PerimetreId) -> Box<dyn TantivyQuery> {
        let terme = |field: Field, id: PerimetreId| -> (Occur, Box<dyn TantivyQuery>) {
            let terme = Term::from_field_u64(field, u64::from(id.0));
            (
                Occur::Should,
                Box::new(TermQuery::new(terme, IndexRecordOption::Basic)),
            )
        };
        // "Own perimeter + ancestors" ∋ P: the aid lies in P (or is on P).
        let mut clauses = vec![terme(self.champs.perimetres_englobants, perimetre)];
        // "Own perimeter" ∈ ancestors(P): the aid's perimeter contains P. A handful of term
        // queries rather than a `TermSetQuery`, which builds an FST for every query.
        clauses.extend(
            self.perimetres
                .ancetres(perimetre)
                .iter()
                .map(|ancetre| terme(self.champs.perimetre, *ancetre)),
        );
        Box::new(ConstScoreQuery::new(
            Box::new(BooleanQuery::new(clauses)),
            0.0,
        ))
    }

    /// Runs `query`. Unknown backers, programs, themes, categories and perimeters are errors
    /// naming the value, never an empty result.
    pub fn search(&self, query: &Query) -> Result<Results, RechercheError> {
        let aujourdhui = query
            .aujourdhui
            .unwrap_or_else(|| aujourdhui_a_paris(Utc::now()));
        let mut avertissements = query.avertissements.clone();
        let perimetre = query
            .perimetre
            .as_ref()
            .map(|r| self.perimetres.resoudre(r))
            .transpose()?;
        let groupes = match &query.texte {
            Some(texte) => {
                let groupes = self.groupes_analyses(texte);
                if groupes.is_empty() {
                    avertissements.push(
                        "Les mots recherchés sont trop courants pour filtrer les aides : ils sont ignorés."
                            .to_owned(),
                    );
                }
                groupes
            }
            None => Vec::new(),
        };
        let masques = self.masques(query)?;

        // Candidates from tantivy (text and perimeter), or every aid.
        let n = self.docs.len();
        let mut scores: Vec<(u32, Score)> = Vec::new();
        // An alert replay looks at the few aids published since its last mail: without text, their
        // perimeters are checked on the graph (the same rule as the index's perimeter fields) rather than
        // by a query over every document.
        let recentes = query.publiee_depuis_instant.map(|instant| {
            let debut = self
                .par_publication
                .partition_point(|(publication, _)| *publication < instant.timestamp_micros());
            &self.par_publication[debut..]
        });
        let candidats = match (groupes.is_empty(), perimetre, recentes) {
            (true, perimetre, Some(recentes)) => {
                let mut set = Bitset::vide(n);
                for &(_, ord) in recentes {
                    let doc = &self.docs[ord as usize];
                    let garde = perimetre.is_none_or(|recherche| {
                        doc.perimetre
                            .is_some_and(|aide| self.perimetres.correspond(aide, recherche))
                    });
                    if garde {
                        set.inserer(ord);
                    }
                }
                set
            }
            (true, None, None) => Bitset::plein(n),
            (sans_texte, perimetre, _) => {
                let mut clauses: Vec<(Occur, Box<dyn TantivyQuery>)> = Vec::new();
                if !sans_texte {
                    clauses.push((Occur::Must, self.requete_texte(&groupes)));
                }
                if let Some(p) = perimetre {
                    clauses.push((Occur::Must, self.requete_perimetre(p)));
                }
                let collecteur = ToutCollecter {
                    ords: self.ords.clone(),
                    avec_scores: !sans_texte,
                };
                scores = self
                    .searcher
                    .search(&BooleanQuery::new(clauses), &collecteur)
                    .map_err(erreur_index)?;
                let mut set = Bitset::vide(n);
                for (ord, _) in &scores {
                    set.inserer(*ord);
                }
                set
            }
        };

        // Visibility and dates: the base every filter and facet starts from.
        let mut base = Bitset::vide(n);
        let depuis_jour = query.publiee_depuis;
        for ord in candidats.iter() {
            let doc = &self.docs[ord as usize];
            let ouverte = doc.echeance.is_none_or(|d| d >= aujourdhui);
            let publiee = doc.publication;
            let garde = ouverte
                && query
                    .cloture_avant
                    .is_none_or(|limite| doc.echeance.is_some_and(|d| d <= limite))
                && depuis_jour
                    .is_none_or(|jour| publiee.is_some_and(|p| aujourdhui_a_paris(p) >= jour))
                && query
                    .publiee_depuis_instant
                    .is_none_or(|instant| publiee.is_some_and(|p| p >= instant));
            if garde {
                base.inserer(ord);
            }
        }

        let mut resultat = base.clone();
        for (_, masque) in &masques {
            resultat.et(masque);
        }
        let ecartees = self.doublons(&resultat, perimetre, aujourdhui);
        resultat.sauf(&ecartees);

        let dimensions: &[Dimension] = if query.sans_facettes {
            &[]
        } else {
            &Dimension::TOUTES
        };
        let facettes = dimensions
            .iter()
            .map(|dimension| {
                let filtree = masques.iter().any(|(d, _)| d == dimension);
                if filtree {
                    let mut ensemble = base.clone();
                    for (_, masque) in masques.iter().filter(|(d, _)| d != dimension) {
                        ensemble.et(masque);
                    }
                    ensemble.sauf(&ecartees);
                    self.facette(*dimension, &ensemble)
                } else {
                    self.facette(*dimension, &resultat)
                }
            })
            .collect();

        if !groupes.is_empty() {
            scores.sort_unstable_by_key(|(ord, _)| *ord);
        }
        let score_de = |ord: u32| -> Option<Score> {
            if groupes.is_empty() {
                return None;
            }
            scores
                .binary_search_by_key(&ord, |(o, _)| *o)
                .ok()
                .map(|i| scores[i].1)
        };
        let ordre: Vec<(u32, Option<Score>)> =
            resultat.iter().map(|ord| (ord, score_de(ord))).collect();
        let total = ordre.len();
        let debut = query.page.saturating_sub(1).saturating_mul(query.taille);
        let fin = debut.saturating_add(query.taille);
        let page: Vec<(u32, Option<Score>)> = self
            .trier(ordre, query, fin)
            .into_iter()
            .skip(debut)
            .collect();
        let tokens: Vec<String> = groupes.iter().flatten().cloned().collect();
        let champs = self.champs_trouves(&page, &tokens)?;
        let hits = page
            .into_iter()
            .zip(champs)
            .map(|((ord, score), champs)| {
                let doc = &self.docs[ord as usize];
                Hit {
                    aide: doc.aide.clone(),
                    score,
                    pourquoi: Pourquoi {
                        perimetre: match (doc.perimetre, perimetre) {
                            (Some(aide), Some(recherche)) => {
                                self.perimetres.chemin(aide, recherche)
                            }
                            _ => None,
                        },
                        champs,
                        echeance: etat_echeance(
                            doc.aide.submission_deadline,
                            doc.aide.recurrence,
                            aujourdhui,
                        ),
                    },
                }
            })
            .collect();
        Ok(Results {
            total,
            page: query.page,
            taille: query.taille,
            hits,
            facettes,
            avertissements,
            perimetre,
        })
    }

    /// One mask per filtered dimension (the OR of its selected values).
    fn masques(&self, query: &Query) -> Result<Vec<(Dimension, Bitset)>, RechercheError> {
        let n = self.docs.len();
        let union = |sets: &mut dyn Iterator<Item = &Bitset>| {
            let mut masque = Bitset::vide(n);
            for set in sets {
                masque.ou(set);
            }
            masque
        };
        let f = &self.filtres;
        let mut masques = Vec::new();
        if !query.publics.is_empty() {
            let mut sets = query
                .publics
                .iter()
                .map(|p| &f.publics[position(Public::ALL, p)]);
            masques.push((Dimension::Publics, union(&mut sets)));
        }
        if !query.types.is_empty() || query.groupe_type.is_some() {
            let mut sets = TypeAide::ALL
                .iter()
                .enumerate()
                .filter(|(_, t)| query.types.is_empty() || query.types.contains(t))
                .filter(|(_, t)| query.groupe_type.is_none_or(|g| t.groupe() == g))
                .map(|(i, _)| &f.types[i]);
            masques.push((Dimension::Types, union(&mut sets)));
        }
        if !query.etapes.is_empty() {
            let mut sets = query
                .etapes
                .iter()
                .map(|e| &f.etapes[position(EtapeMobilisation::ALL, e)]);
            masques.push((Dimension::Etapes, union(&mut sets)));
        }
        if !query.destinations.is_empty() {
            let mut sets = query
                .destinations
                .iter()
                .map(|d| &f.destinations[position(Destination::ALL, d)]);
            masques.push((Dimension::Destinations, union(&mut sets)));
        }
        if let Some(recurrence) = query.recurrence {
            masques.push((
                Dimension::Recurrence,
                f.recurrences[position(Recurrence::ALL, &recurrence)].clone(),
            ));
        }
        if query.appels_a_projets {
            masques.push((Dimension::AppelsAProjets, f.appels_a_projets.clone()));
        }
        if let Some(payante) = query.payante {
            let masque = if payante {
                f.payantes.clone()
            } else {
                let mut gratuites = Bitset::plein(n);
                gratuites.sauf(&f.payantes);
                gratuites
            };
            masques.push((Dimension::Payante, masque));
        }
        if let Some(europeenne) = query.europeenne {
            let masque = match europeenne {
                FiltreEuropeen::Toutes => union(&mut f.europeennes.iter()),
                FiltreEuropeen::Type(t) => f.europeennes[position(AideEuropeenne::ALL, &t)].clone(),
            };
            masques.push((Dimension::Europeenne, masque));
        }
        if query.france_relance {
            masques.push((Dimension::FranceRelance, f.france_relance.clone()));
        }
        if !query.porteurs.is_empty() {
            let mut masque = Bitset::vide(n);
            for id in &query.porteurs {
                let index =
                    self.porteur_par_id
                        .get(id)
                        .ok_or_else(|| RechercheError::ValeurInconnue {
                            parametre: "backers",
                            valeur: id.0.to_string(),
                        })?;
                masque.ou(&f.porteurs[*index as usize]);
            }
            masques.push((Dimension::Porteurs, masque));
        }
        if !query.programmes.is_empty() {
            let mut masque = Bitset::vide(n);
            for id in &query.programmes {
                let index = self.programme_par_id.get(id).ok_or_else(|| {
                    RechercheError::ValeurInconnue {
                        parametre: "programs",
                        valeur: id.0.to_string(),
                    }
                })?;
                masque.ou(&f.programmes[*index as usize]);
            }
            masques.push((Dimension::Programmes, masque));
        }
        if !query.thematiques.is_empty() {
            let mut masque = Bitset::vide(n);
            for slug in &query.thematiques {
                let theme = self
                    .catalogue
                    .thematiques
                    .thematique_par_slug(slug)
                    .ok_or_else(|| RechercheError::ValeurInconnue {
                        parametre: "themes",
                        valeur: slug.clone(),
                    })?;
                masque.ou(&f.thematiques[usize::from(theme.0)]);
            }
            masques.push((Dimension::Thematiques, masque));
        }
        if !query.categories.is_empty() {
            let mut masque = Bitset::vide(n);
            for slug in &query.categories {
                let categories = self.catalogue.thematiques.categories_par_slug(slug);
                if categories.is_empty() {
                    return Err(RechercheError::ValeurInconnue {
                        parametre: "categories",
                        valeur: slug.clone(),
                    });
                }
                for categorie in categories {
                    masque.ou(&f.categories[usize::from(categorie.0)]);
                }
            }
            masques.push((Dimension::Categories, masque));
        }
        Ok(masques)
    }

    /// The aids the generic/local rule removes from `resultat` (spec §3.5): only scale weights are
    /// compared, and an expired local aid still hides its generic aid.
    fn doublons(
        &self,
        resultat: &Bitset,
        perimetre: Option<PerimetreId>,
        aujourdhui: NaiveDate,
    ) -> Bitset {
        let mut ecartees = Bitset::vide(self.docs.len());
        let poids_recherche = perimetre
            .and_then(|p| self.perimetres.get(p))
            .map(|p| p.echelle.poids());
        for &(local, generique) in &self.paires_generique_local {
            if !resultat.contient(generique) {
                continue;
            }
            let doc_local = &self.docs[local as usize];
            if resultat.contient(local) {
                match poids_recherche {
                    None => ecartees.inserer(local),
                    Some(poids) if poids <= doc_local.poids => ecartees.inserer(generique),
                    Some(_) => ecartees.inserer(local),
                }
                continue;
            }
            let expiree = doc_local.echeance.is_some_and(|d| d < aujourdhui);
            let liee = match (perimetre, doc_local.perimetre) {
                (Some(recherche), Some(aide)) => self.perimetres.correspond(aide, recherche),
                _ => false,
            };
            if expiree && liee && poids_recherche.is_some_and(|poids| poids <= doc_local.poids) {
                ecartees.inserer(generique);
            }
        }
        if let (Some(recherche), Some(poids)) = (perimetre, poids_recherche) {
            for &(perimetre_local, poids_local, generique) in &self.locaux_expires {
                if resultat.contient(generique)
                    && poids <= poids_local
                    && self.perimetres.correspond(perimetre_local, recherche)
                {
                    ecartees.inserer(generique);
                }
            }
        }
        ecartees
    }

    /// The sort key of a result: one integer compared as a whole, so that sorting thousands of
    /// results does not chase pointers into the documents at every comparison.
    fn cle_de_tri(&self, ord: u32, score: Option<Score>, query: &Query) -> u128 {
        let doc = &self.docs[ord as usize];
        // Days since year 0, shifted so that "no deadline" (u32::MAX) sorts last.
        let echeance = doc.echeance.map_or(u32::MAX, |d| {
            u32::try_from(d.num_days_from_ce()).unwrap_or(0)
        });
        let ord = u128::from(ord);
        match query.tri {
            Tri::PublicationDate => {
                let publication = doc.publication.map_or(i64::MIN, |d| d.timestamp());
                // Newest first: invert the order-preserving image of the timestamp.
                let inverse = u64::MAX - (publication as u64 ^ (1 << 63));
                (u128::from(inverse) << 32) | ord
            }
            Tri::SubmissionDeadline => {
                (u128::from(echeance) << 64) | (u128::from(doc.poids) << 32) | ord
            }
            Tri::Relevance => {
                // Scores are non-negative, so their bit patterns sort like the numbers.
                let pertinence = u32::MAX - score.map_or(0, |s| s.max(0.0).to_bits());
                // Only read the aid (a pointer chase) when a portail highlights some.
                let courante = u128::from(
                    !query.mises_en_avant.is_empty()
                        && !query.mises_en_avant.contains(&doc.aide.id),
                );
                (u128::from(pertinence) << 96)
                    | (courante << 88)
                    | (u128::from(doc.poids) << 80)
                    | (u128::from(echeance) << 48)
                    | ord
            }
        }
    }

    /// Orders the results and keeps the `fin` first ones sorted (the rest only counts).
    fn trier(
        &self,
        resultats: Vec<(u32, Option<Score>)>,
        query: &Query,
        fin: usize,
    ) -> Vec<(u32, Option<Score>)> {
        let mut cles: Vec<(u128, Option<Score>)> = resultats
            .into_iter()
            .map(|(ord, score)| (self.cle_de_tri(ord, score, query), score))
            .collect();
        if fin < cles.len() {
            cles.select_nth_unstable_by_key(fin, |(cle, _)| *cle);
            cles.truncate(fin);
        }
        cles.sort_unstable_by_key(|(cle, _)| *cle);
        // The ordinal sits in the low 32 bits of every key.
        cles.into_iter()
            .map(|(cle, score)| (cle as u32, score))
            .collect()
    }

    fn facette(&self, dimension: Dimension, ensemble: &Bitset) -> Facette {
        let f = &self.filtres;
        let petite = |valeurs: Vec<(String, String, &Bitset)>| {
            valeurs
                .into_iter()
                .map(|(code, libelle, set)| ValeurFacette {
                    code,
                    libelle,
                    nombre: ensemble.nombre_communs(set),
                })
                .collect::<Vec<_>>()
        };
        let enumeration = |codes: Vec<(&'static str, &'static str)>, sets: &Vec<Bitset>| {
            petite(
                codes
                    .into_iter()
                    .zip(sets)
                    .map(|((code, libelle), set)| (code.to_owned(), libelle.to_owned(), set))
                    .collect(),
            )
        };
        let oui = |set: &Bitset| petite(vec![("true".to_owned(), "Oui".to_owned(), set)]);
        let valeurs = match dimension {
            Dimension::Publics => enumeration(
                Public::ALL.iter().map(|v| (v.code(), v.label())).collect(),
                &f.publics,
            ),
            Dimension::Types => enumeration(
                TypeAide::ALL
                    .iter()
                    .map(|v| (v.code(), v.label()))
                    .collect(),
                &f.types,
            ),
            Dimension::Etapes => enumeration(
                EtapeMobilisation::ALL
                    .iter()
                    .map(|v| (v.code(), v.label()))
                    .collect(),
                &f.etapes,
            ),
            Dimension::Destinations => enumeration(
                Destination::ALL
                    .iter()
                    .map(|v| (v.code(), v.label()))
                    .collect(),
                &f.destinations,
            ),
            Dimension::Recurrence => enumeration(
                Recurrence::ALL
                    .iter()
                    .map(|v| (v.code(), v.label()))
                    .collect(),
                &f.recurrences,
            ),
            Dimension::Europeenne => enumeration(
                AideEuropeenne::ALL
                    .iter()
                    .map(|v| (v.code(), v.label()))
                    .collect(),
                &f.europeennes,
            ),
            Dimension::AppelsAProjets => oui(&f.appels_a_projets),
            Dimension::FranceRelance => oui(&f.france_relance),
            Dimension::Payante => {
                let payantes = ensemble.nombre_communs(&f.payantes);
                vec![
                    ValeurFacette {
                        code: "True".into(),
                        libelle: "Aides payantes".into(),
                        nombre: payantes,
                    },
                    ValeurFacette {
                        code: "False".into(),
                        libelle: "Aides gratuites".into(),
                        nombre: ensemble.nombre() - payantes,
                    },
                ]
            }
            Dimension::Thematiques => petite(
                self.catalogue
                    .thematiques
                    .thematiques()
                    .iter()
                    .zip(&f.thematiques)
                    .map(|(t, set)| (t.slug.clone(), t.nom.clone(), set))
                    .collect(),
            ),
            Dimension::Porteurs | Dimension::Programmes | Dimension::Categories => {
                return self.grande_facette(dimension, ensemble);
            }
        };
        Facette {
            parametre: dimension.parametre(),
            valeurs,
        }
    }

    /// Facets with many values (carriers, programs, categories) list only the values present,
    /// by decreasing count. Counting is one popcount per value over the sequential bitsets, which
    /// beats walking the documents' value lists (a pointer chase per document).
    fn grande_facette(&self, dimension: Dimension, ensemble: &Bitset) -> Facette {
        let f = &self.filtres;
        let sets = match dimension {
            Dimension::Porteurs => &f.porteurs,
            Dimension::Programmes => &f.programmes,
            _ => &f.categories,
        };
        let mut valeurs: Vec<ValeurFacette> = sets
            .iter()
            .enumerate()
            .filter_map(|(i, set)| {
                let nombre = ensemble.nombre_communs(set);
                if nombre == 0 {
                    return None;
                }
                let (code, libelle) = match dimension {
                    Dimension::Porteurs => {
                        let p = &self.catalogue.porteurs[i];
                        (format!("{}-{}", p.id.0, p.slug), p.nom.clone())
                    }
                    Dimension::Programmes => {
                        let p = &self.catalogue.programmes[i];
                        (format!("{}-{}", p.id.0, p.slug), p.nom.clone())
                    }
                    _ => {
                        let c = &self.catalogue.thematiques.categories()[i];
                        let theme = self
                            .catalogue
                            .thematiques
                            .thematique(c.thematique)
                            .map(|t| t.slug.as_str())
                            .unwrap_or_default();
                        (format!("{theme}|{}", c.slug), c.nom.clone())
                    }
                };
                Some(ValeurFacette {
                    code,
                    libelle,
                    nombre,
                })
            })
            .collect();
        valeurs.sort_by(|a, b| {
            b.nombre
                .cmp(&a.nombre)
                .then_with(|| a.libelle.cmp(&b.libelle))
        });
        Facette {
            parametre: dimension.parametre(),
            valeurs,
        }
    }

    /// For each hit of the page, the Django names of the text fields holding a query term, read
    /// from tantivy's postings (one seek per field, term and hit) rather than by re-analysing text.
    fn champs_trouves(
        &self,
        page: &[(u32, Option<Score>)],
        tokens: &[String],
    ) -> Result<Vec<Vec<&'static str>>, RechercheError> {
        let mut resultat = vec![Vec::new(); page.len()];
        if tokens.is_empty() {
            return Ok(resultat);
        }
        for (segment, lecteur) in self.searcher.segment_readers().iter().enumerate() {
            let mut cibles: Vec<(DocId, usize)> = page
                .iter()
                .enumerate()
                .filter_map(|(rang, (ord, _))| {
                    let (seg, doc) = self.adresses[*ord as usize];
                    (seg as usize == segment).then_some((doc, rang))
                })
                .collect();
            if cibles.is_empty() {
                continue;
            }
            cibles.sort_unstable();
            for (field, nom, _) in &self.champs.texte {
                let inverse = lecteur.inverted_index(*field).map_err(erreur_index)?;
                let mut trouve = vec![false; cibles.len()];
                for token in tokens {
                    let terme = Term::from_field_text(*field, token);
                    let Some(mut postings) = inverse
                        .read_postings(&terme, IndexRecordOption::Basic)
                        .map_err(erreur_index)?
                    else {
                        continue;
                    };
                    for (i, (doc, _)) in cibles.iter().enumerate() {
                        if postings.doc() < *doc {
                            postings.seek(*doc);
                        }
                        if postings.doc() == *doc {
                            trouve[i] = true;
                        }
                    }
                }
                for (i, (_, rang)) in cibles.iter().enumerate() {
                    if trouve[i] {
                        resultat[*rang].push(*nom);
                    }
                }
            }
        }
        Ok(resultat)
    }
}

impl Filtres {
    fn construire(docs: &[DocAide], catalogue: &Catalogue) -> Filtres {
        let n = docs.len();
        let sets = |taille: usize| vec![Bitset::vide(n); taille];
        let mut f = Filtres {
            publics: sets(Public::ALL.len()),
            types: sets(TypeAide::ALL.len()),
            etapes: sets(EtapeMobilisation::ALL.len()),
            destinations: sets(Destination::ALL.len()),
            recurrences: sets(Recurrence::ALL.len()),
            europeennes: sets(AideEuropeenne::ALL.len()),
            appels_a_projets: Bitset::vide(n),
            payantes: Bitset::vide(n),
            france_relance: Bitset::vide(n),
            porteurs: sets(catalogue.porteurs.len()),
            programmes: sets(catalogue.programmes.len()),
            thematiques: sets(catalogue.thematiques.thematiques().len()),
            categories: sets(catalogue.thematiques.categories().len()),
        };
        for (ord, doc) in docs.iter().enumerate() {
            let ord = ord as u32;
            let aide = &doc.aide;
            aide.targeted_audiences
                .iter()
                .for_each(|v| f.publics[position(Public::ALL, v)].inserer(ord));
            aide.aid_types
                .iter()
                .for_each(|v| f.types[position(TypeAide::ALL, v)].inserer(ord));
            aide.mobilization_steps
                .iter()
                .for_each(|v| f.etapes[position(EtapeMobilisation::ALL, v)].inserer(ord));
            aide.destinations
                .iter()
                .for_each(|v| f.destinations[position(Destination::ALL, v)].inserer(ord));
            if let Some(v) = aide.recurrence {
                f.recurrences[position(Recurrence::ALL, &v)].inserer(ord);
            }
            if let Some(v) = aide.european_aid {
                f.europeennes[position(AideEuropeenne::ALL, &v)].inserer(ord);
            }
            if aide.is_call_for_project {
                f.appels_a_projets.inserer(ord);
            }
            if aide.is_charged {
                f.payantes.inserer(ord);
            }
            if aide.in_france_relance {
                f.france_relance.inserer(ord);
            }
            doc.porteurs
                .iter()
                .for_each(|i| f.porteurs[*i as usize].inserer(ord));
            doc.programmes
                .iter()
                .for_each(|i| f.programmes[*i as usize].inserer(ord));
            for categorie in &doc.categories {
                let Some(c) = catalogue
                    .thematiques
                    .categorie(crate::referentiels::CategorieId(*categorie))
                else {
                    continue;
                };
                f.categories[usize::from(*categorie)].inserer(ord);
                f.thematiques[usize::from(c.thematique.0)].inserer(ord);
            }
        }
        f
    }
}

/// Collects every matching document with its score, mapped to index ordinals.
struct ToutCollecter {
    ords: Vec<Arc<[u32]>>,
    avec_scores: bool,
}

struct SegmentTout {
    ords: Arc<[u32]>,
    trouves: Vec<(u32, Score)>,
}

impl Collector for ToutCollecter {
    type Fruit = Vec<(u32, Score)>;
    type Child = SegmentTout;

    fn for_segment(
        &self,
        segment: SegmentOrdinal,
        _lecteur: &SegmentReader,
    ) -> tantivy::Result<SegmentTout> {
        Ok(SegmentTout {
            ords: self
                .ords
                .get(segment as usize)
                .cloned()
                .unwrap_or_else(|| Arc::from(Vec::new())),
            trouves: Vec::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        self.avec_scores
    }

    fn merge_fruits(&self, fruits: Vec<Vec<(u32, Score)>>) -> tantivy::Result<Vec<(u32, Score)>> {
        Ok(fruits.into_iter().flatten().collect())
    }
}

impl SegmentCollector for SegmentTout {
    type Fruit = Vec<(u32, Score)>;

    fn collect(&mut self, doc: DocId, score: Score) {
        if let Some(ord) = self.ords.get(doc as usize) {
            self.trouves.push((*ord, score));
        }
    }

    fn harvest(self) -> Vec<(u32, Score)> {
        self.trouves
    }
}
