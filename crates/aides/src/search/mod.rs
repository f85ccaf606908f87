//! Aid search (§2, §3.5, §6 of the spec): the immutable in-memory index, its queries and its
//! answers, and the current-index holder that swaps a rebuilt index atomically.

mod bitset;
mod index;
mod query;

use std::sync::Arc;

use arc_swap::ArcSwap;

pub use index::{
    Catalogue, Facette, Hit, Index, IndexError, ListeSynonymes, Pourquoi, Results, ValeurFacette,
    build, build_au,
};
pub use query::{
    FiltreEuropeen, MAX_CARACTERES, MAX_TERMES, Query, RechercheError, TAILLE_MAX,
    TAILLE_PAR_DEFAUT, groupes_de_termes, parse_query,
};

/// The index in service: readers take a snapshot, a rebuild replaces it whole, so a request never
/// sees half of an old index and half of a new one.
#[derive(Debug)]
pub struct IndexCourant(ArcSwap<Index>);

impl IndexCourant {
    /// Starts serving `index`.
    pub fn new(index: Index) -> IndexCourant {
        IndexCourant(ArcSwap::from_pointee(index))
    }

    /// The index to use for one request.
    pub fn charger(&self) -> Arc<Index> {
        self.0.load_full()
    }

    /// Replaces the index; requests in flight finish on the old one.
    pub fn remplacer(&self, index: Index) {
        self.0.store(Arc::new(index));
    }
}
