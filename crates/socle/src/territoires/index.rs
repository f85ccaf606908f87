//! In-memory index of the territoires: lookup by code, containment and ranked autocomplete.
//!
//! The index is immutable and built once per dataset (about 37,000 entries, tens of milliseconds). Names are
//! folded ([`crate::text::fold`]) and every suffix that starts a word is kept in one sorted array, so a prefix
//! query is two binary searches plus a walk over the matching range: no per-query scan of the whole list.

use serde::Serialize;
use std::collections::HashMap;

use super::dataset::Dataset;
use crate::text::fold;

/// The four kinds of territory.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Commune.
    Commune,
    /// EPCI à fiscalité propre.
    Epci,
    /// Département.
    Departement,
    /// Région.
    Region,
}

impl Kind {
    /// Parses the path segment of the API (`commune`, `epci`, `departement`, `region`).
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "commune" => Some(Self::Commune),
            "epci" => Some(Self::Epci),
            "departement" => Some(Self::Departement),
            "region" => Some(Self::Region),
            _ => None,
        }
    }

    /// The path segment.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Commune => "commune",
            Self::Epci => "epci",
            Self::Departement => "departement",
            Self::Region => "region",
        }
    }

    /// French label.
    pub fn label(self) -> &'static str {
        match self {
            Self::Commune => "Commune",
            Self::Epci => "EPCI",
            Self::Departement => "Département",
            Self::Region => "Région",
        }
    }
}

/// One territory of any kind.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Kind.
    pub kind: Kind,
    /// INSEE code, or SIREN for an EPCI.
    pub code: String,
    /// Name.
    pub nom: String,
    /// Population (sum of members for EPCI, départements and régions).
    pub population: u64,
    /// Département code (communes).
    pub departement: Option<String>,
    /// Région code (communes and départements).
    pub region: Option<String>,
    /// EPCI SIREN (communes).
    pub epci: Option<String>,
    /// Postcodes (communes).
    pub codes_postaux: Vec<String>,
    /// `metro`, `drom` or `com` (départements and régions).
    pub zone: Option<String>,
    /// Legal form (EPCI).
    pub nature: Option<String>,
}

/// Marks an entry not matched yet in the per-thread scratch table.
const UNSEEN: u8 = u8::MAX;

/// Per-thread scratch of [`Territoires::search`]: the best tier of each entry, and which entries were touched
/// (reset after each query, so a query costs the number of its matches, not the size of the index).
#[derive(Default)]
struct Scratch {
    best: Vec<u8>,
    touched: Vec<u32>,
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
}

/// Why a result matched, which is also its rank tier (lower first).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[repr(u8)]
enum Tier {
    Code,
    Postcode,
    ExactName,
    NamePrefix,
    WordPrefix,
}

/// The index of one dataset.
#[derive(Debug)]
pub struct Territoires {
    source: String,
    entries: Vec<Entry>,
    by_key: HashMap<(Kind, String), u32>,
    by_code: HashMap<String, Vec<u32>>,
    by_postcode: HashMap<String, Vec<u32>>,
    /// (folded suffix starting at a word, entry, whether the suffix is the whole name), sorted by suffix.
    words: Vec<(Box<str>, u32, bool)>,
    folded_names: Vec<Box<str>>,
    /// Rank of each entry by population (descending), ties by name then code: the ranking key of a search.
    population_rank: Vec<u32>,
    /// Members of each container: (container entry) → member entries, by member kind.
    members: HashMap<u32, HashMap<Kind, Vec<u32>>>,
}

/// A page of autocomplete results.
#[derive(Debug)]
pub struct SearchResults<'a> {
    /// Number of matching territories.
    pub count: usize,
    /// The requested page, best first.
    pub results: Vec<&'a Entry>,
}

impl Territoires {
    /// Builds the index.
    pub fn build(dataset: &Dataset) -> Self {
        let mut entries = Vec::with_capacity(
            dataset.regions.len()
                + dataset.departements.len()
                + dataset.epci.len()
                + dataset.communes.len(),
        );
        for region in &dataset.regions {
            entries.push(Entry {
                kind: Kind::Region,
                code: region.code.clone(),
                nom: region.nom.clone(),
                population: 0,
                departement: None,
                region: None,
                epci: None,
                codes_postaux: Vec::new(),
                zone: Some(region.zone.clone()),
                nature: None,
            });
        }
        for departement in &dataset.departements {
            entries.push(Entry {
                kind: Kind::Departement,
                code: departement.code.clone(),
                nom: departement.nom.clone(),
                population: 0,
                departement: None,
                region: Some(departement.region.clone()),
                epci: None,
                codes_postaux: Vec::new(),
                zone: Some(departement.zone.clone()),
                nature: None,
            });
        }
        for epci in &dataset.epci {
            entries.push(Entry {
                kind: Kind::Epci,
                code: epci.code.clone(),
                nom: epci.nom.clone(),
                population: epci.population,
                departement: None,
                region: None,
                epci: None,
                codes_postaux: Vec::new(),
                zone: None,
                nature: Some(epci.nature.clone()),
            });
        }
        for commune in &dataset.communes {
            entries.push(Entry {
                kind: Kind::Commune,
                code: commune.code.clone(),
                nom: commune.nom.clone(),
                population: commune.population,
                departement: commune.departement.clone(),
                region: commune.region.clone(),
                epci: commune.epci.clone(),
                codes_postaux: commune.codes_postaux.clone(),
                zone: None,
                nature: None,
            });
        }

        let mut by_key = HashMap::with_capacity(entries.len());
        let mut by_code: HashMap<String, Vec<u32>> = HashMap::new();
        let mut by_postcode: HashMap<String, Vec<u32>> = HashMap::new();
        let mut words = Vec::with_capacity(entries.len() * 3);
        let mut folded_names = Vec::with_capacity(entries.len());
        for (index, entry) in entries.iter().enumerate() {
            let id = index as u32;
            by_key.insert((entry.kind, entry.code.clone()), id);
            by_code
                .entry(entry.code.to_ascii_lowercase())
                .or_default()
                .push(id);
            for postcode in &entry.codes_postaux {
                by_postcode.entry(postcode.clone()).or_default().push(id);
            }
            let folded = fold(&entry.nom);
            for (position, _) in folded
                .match_indices(' ')
                .map(|(i, s)| (i + 1, s))
                .chain([(0, "")])
            {
                words.push((folded[position..].into(), id, position == 0));
            }
            folded_names.push(folded.into_boxed_str());
        }
        words.sort_unstable();

        // Populations of containers are sums of their communes, and membership lists give the counts.
        let mut members: HashMap<u32, HashMap<Kind, Vec<u32>>> = HashMap::new();
        let mut add_member = |container: Option<u32>, member: u32, kind: Kind| {
            if let Some(container) = container {
                let list = members
                    .entry(container)
                    .or_default()
                    .entry(kind)
                    .or_default();
                if list.last() != Some(&member) && !list.contains(&member) {
                    list.push(member);
                }
            }
        };
        for (index, entry) in entries.iter().enumerate() {
            let id = index as u32;
            let region = entry
                .region
                .as_ref()
                .and_then(|code| by_key.get(&(Kind::Region, code.clone())).copied());
            match entry.kind {
                Kind::Commune => {
                    let departement = entry
                        .departement
                        .as_ref()
                        .and_then(|code| by_key.get(&(Kind::Departement, code.clone())).copied());
                    let epci = entry
                        .epci
                        .as_ref()
                        .and_then(|code| by_key.get(&(Kind::Epci, code.clone())).copied());
                    add_member(region, id, Kind::Commune);
                    add_member(departement, id, Kind::Commune);
                    add_member(epci, id, Kind::Commune);
                    if let Some(epci) = epci {
                        add_member(region, epci, Kind::Epci);
                        add_member(departement, epci, Kind::Epci);
                    }
                }
                Kind::Departement => add_member(region, id, Kind::Departement),
                Kind::Epci | Kind::Region => {}
            }
        }
        for (container, lists) in &members {
            if matches!(
                entries[*container as usize].kind,
                Kind::Departement | Kind::Region
            ) {
                let total = lists
                    .get(&Kind::Commune)
                    .map(|communes| {
                        communes
                            .iter()
                            .map(|c| entries[*c as usize].population)
                            .sum()
                    })
                    .unwrap_or(0);
                entries[*container as usize].population = total;
            }
        }
        let mut by_population: Vec<u32> = (0..entries.len() as u32).collect();
        by_population.sort_by(|a, b| {
            let (a, b) = (&entries[*a as usize], &entries[*b as usize]);
            b.population
                .cmp(&a.population)
                .then(a.nom.cmp(&b.nom))
                .then(a.code.cmp(&b.code))
        });
        let mut population_rank = vec![0_u32; entries.len()];
        for (rank, id) in by_population.into_iter().enumerate() {
            population_rank[id as usize] = rank as u32;
        }
        Self {
            population_rank,
            source: dataset.source.clone(),
            entries,
            by_key,
            by_code,
            by_postcode,
            words,
            folded_names,
            members,
        }
    }

    /// Where the dataset comes from.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// Number of territories of a kind.
    pub fn count(&self, kind: Kind) -> usize {
        self.entries
            .iter()
            .filter(|entry| entry.kind == kind)
            .count()
    }

    /// Every territory of a kind, in dataset order.
    pub fn all(&self, kind: Kind) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(move |entry| entry.kind == kind)
    }

    /// The territory of this kind and code.
    pub fn get(&self, kind: Kind, code: &str) -> Option<&Entry> {
        self.by_key
            .get(&(kind, code.to_owned()))
            .map(|id| &self.entries[*id as usize])
    }

    /// The containers of a territory, narrowest first (commune → EPCI, département, région).
    pub fn containers(&self, entry: &Entry) -> Vec<&Entry> {
        let mut out = Vec::new();
        if let Some(epci) = entry
            .epci
            .as_deref()
            .and_then(|code| self.get(Kind::Epci, code))
        {
            out.push(epci);
        }
        let departement = entry
            .departement
            .as_deref()
            .and_then(|code| self.get(Kind::Departement, code));
        if let Some(departement) = departement {
            out.push(departement);
        }
        if entry.kind == Kind::Epci {
            // An EPCI may straddle départements: list those of its communes.
            let mut seen = Vec::new();
            for commune in self.members(entry, Kind::Commune) {
                if let Some(departement) = commune
                    .departement
                    .as_deref()
                    .and_then(|c| self.get(Kind::Departement, c))
                    && !seen.iter().any(|d: &&Entry| d.code == departement.code)
                {
                    seen.push(departement);
                }
            }
            let mut regions = Vec::new();
            for departement in &seen {
                if let Some(region) = departement
                    .region
                    .as_deref()
                    .and_then(|c| self.get(Kind::Region, c))
                    && !regions.iter().any(|r: &&Entry| r.code == region.code)
                {
                    regions.push(region);
                }
            }
            out.extend(seen);
            out.extend(regions);
            return out;
        }
        if let Some(region) = entry
            .region
            .as_deref()
            .and_then(|code| self.get(Kind::Region, code))
        {
            out.push(region);
        }
        out
    }

    /// The members of a container of a given kind (communes of a département, EPCI of a région…).
    pub fn members(&self, container: &Entry, kind: Kind) -> Vec<&Entry> {
        self.by_key
            .get(&(container.kind, container.code.clone()))
            .and_then(|id| self.members.get(id))
            .and_then(|lists| lists.get(&kind))
            .map(|ids| ids.iter().map(|id| &self.entries[*id as usize]).collect())
            .unwrap_or_default()
    }

    /// Whether `inner` lies inside `outer` (or is it).
    pub fn contains(&self, outer: &Entry, inner: &Entry) -> bool {
        (outer.kind == inner.kind && outer.code == inner.code)
            || self
                .containers(inner)
                .iter()
                .any(|c| c.kind == outer.kind && c.code == outer.code)
    }

    /// Ranked autocomplete: exact code, then postcode, then exact name, then name prefix, then a prefix of a
    /// later word; within a tier the most populated first. For prefixes the EPCI come after communes,
    /// départements and régions, so that "montpel" offers the commune before the métropole that bears its name.
    pub fn search(
        &self,
        query: &str,
        kinds: &[Kind],
        offset: usize,
        limit: usize,
    ) -> SearchResults<'_> {
        let folded = expand_abbreviations(&fold(query));
        if folded.is_empty() {
            return SearchResults {
                count: 0,
                results: Vec::new(),
            };
        }
        let allowed = |id: u32| kinds.is_empty() || kinds.contains(&self.entries[id as usize].kind);
        SCRATCH.with(|scratch| {
            let mut scratch = scratch.borrow_mut();
            let Scratch { best, touched } = &mut *scratch;
            if best.len() < self.entries.len() {
                best.resize(self.entries.len(), UNSEEN);
            }
            let mut note = |id: u32, tier: Tier| {
                if allowed(id) {
                    let slot = &mut best[id as usize];
                    if *slot == UNSEEN {
                        touched.push(id);
                    }
                    *slot = (*slot).min(tier as u8);
                }
            };
            let compact = query.trim().to_ascii_lowercase();
            if let Some(ids) = self.by_code.get(&compact) {
                ids.iter().for_each(|id| note(*id, Tier::Code));
            }
            if let Some(ids) = self.by_postcode.get(&compact) {
                ids.iter().for_each(|id| note(*id, Tier::Postcode));
            }
            let start = self
                .words
                .partition_point(|(suffix, _, _)| suffix.as_ref() < folded.as_str());
            for (_, id, whole) in self.words[start..]
                .iter()
                .take_while(|(s, _, _)| s.starts_with(folded.as_str()))
            {
                let tier = if *whole && self.folded_names[*id as usize].as_ref() == folded {
                    Tier::ExactName
                } else if *whole {
                    Tier::NamePrefix
                } else {
                    Tier::WordPrefix
                };
                note(*id, tier);
            }
            // One packed key per match: tier, then "EPCI after the others" for prefixes, then the precomputed
            // rank by population (ties by name and code), so ranking is an integer sort of the matches only.
            let mut ranked: Vec<u64> = touched
                .iter()
                .map(|id| {
                    let tier = u64::from(best[*id as usize]);
                    let epci_last = u64::from(
                        tier >= Tier::NamePrefix as u64
                            && self.entries[*id as usize].kind == Kind::Epci,
                    );
                    (tier << 60)
                        | (epci_last << 59)
                        | (u64::from(self.population_rank[*id as usize]) << 32)
                        | u64::from(*id)
                })
                .collect();
            for id in touched.drain(..) {
                best[id as usize] = UNSEEN;
            }
            let count = ranked.len();
            let wanted = offset.saturating_add(limit).min(count);
            if wanted < count && wanted > 0 {
                ranked.select_nth_unstable(wanted - 1);
                ranked.truncate(wanted);
            }
            ranked.sort_unstable();
            SearchResults {
                count,
                results: ranked
                    .iter()
                    .skip(offset)
                    .take(limit)
                    .map(|key| &self.entries[(key & 0xFFFF_FFFF) as usize])
                    .collect(),
            }
        })
    }
}

/// Expands the abbreviations people type for saints ("st etienne", "ste maxime").
fn expand_abbreviations(folded: &str) -> String {
    folded
        .split(' ')
        .map(|word| match word {
            "st" => "saint",
            "ste" => "sainte",
            "sts" => "saints",
            "stes" => "saintes",
            other => other,
        })
        .collect::<Vec<_>>()
        .join(" ")
}
