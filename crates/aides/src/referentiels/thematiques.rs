//! Themes (thématiques) and their categories (sous-thématiques).
//!
//! A category is identified by its (theme, category) pair: « Tourisme » exists under two themes, and
//! the anchor's category loader, which resolved categories by name alone, mixed them up.

use crate::texte::slugifier;

/// Identifier of a theme inside a [`Thematiques`] referential.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ThematiqueId(pub u16);

/// Identifier of a category inside a [`Thematiques`] referential.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CategorieId(pub u16);

/// A theme such as « Nature / environnement ».
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Thematique {
    /// Identifier.
    pub id: ThematiqueId,
    /// French name.
    pub nom: String,
    /// URL slug, used by the `themes` filter.
    pub slug: String,
}

/// A category such as « Biodiversité », always tied to one theme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Categorie {
    /// Identifier.
    pub id: CategorieId,
    /// The theme it belongs to.
    pub thematique: ThematiqueId,
    /// French name.
    pub nom: String,
    /// URL slug of the name alone; shared by homonyms under different themes.
    pub slug: String,
}

/// The referential of themes and categories.
#[derive(Debug, Clone, Default)]
pub struct Thematiques {
    thematiques: Vec<Thematique>,
    categories: Vec<Categorie>,
}

impl Thematiques {
    /// Builds the referential from (theme name, category names) entries, in order.
    pub fn new<I, C>(entries: I) -> Thematiques
    where
        I: IntoIterator<Item = (String, C)>,
        C: IntoIterator<Item = String>,
    {
        let mut referentiel = Thematiques::default();
        for (nom, categories) in entries {
            let thematique = ThematiqueId(referentiel.thematiques.len() as u16);
            referentiel.thematiques.push(Thematique {
                id: thematique,
                slug: slugifier(&nom, 100),
                nom,
            });
            for nom in categories {
                referentiel.categories.push(Categorie {
                    id: CategorieId(referentiel.categories.len() as u16),
                    thematique,
                    slug: slugifier(&nom, 100),
                    nom,
                });
            }
        }
        referentiel
    }

    /// Builds the referential from stored rows whose ids are dense positions (`0..n`): themes by id,
    /// then categories by id with the id of their theme. Rows are appended and never deleted, so an id
    /// keeps designating the same category whatever is added later. `None` when the ids are not dense or
    /// a category names an unknown theme.
    pub fn avec_ids(
        thematiques: Vec<(u16, String)>,
        categories: Vec<(u16, u16, String)>,
    ) -> Option<Thematiques> {
        let mut referentiel = Thematiques::default();
        for (position, (id, nom)) in thematiques.into_iter().enumerate() {
            if usize::from(id) != position {
                return None;
            }
            referentiel.thematiques.push(Thematique {
                id: ThematiqueId(id),
                slug: slugifier(&nom, 100),
                nom,
            });
        }
        for (position, (id, thematique, nom)) in categories.into_iter().enumerate() {
            if usize::from(id) != position
                || usize::from(thematique) >= referentiel.thematiques.len()
            {
                return None;
            }
            referentiel.categories.push(Categorie {
                id: CategorieId(id),
                thematique: ThematiqueId(thematique),
                slug: slugifier(&nom, 100),
                nom,
            });
        }
        Some(referentiel)
    }

    /// The themes and categories of the anchor's import mappings (the partial list of the spec).
    pub fn standard() -> Thematiques {
        Thematiques::new(super::THEMATIQUES.iter().map(|(theme, categories)| {
            (
                (*theme).to_owned(),
                categories
                    .iter()
                    .map(|c| (*c).to_owned())
                    .collect::<Vec<_>>(),
            )
        }))
    }

    /// Every theme.
    pub fn thematiques(&self) -> &[Thematique] {
        &self.thematiques
    }

    /// Every category.
    pub fn categories(&self) -> &[Categorie] {
        &self.categories
    }

    /// The theme with this id.
    pub fn thematique(&self, id: ThematiqueId) -> Option<&Thematique> {
        self.thematiques.get(usize::from(id.0))
    }

    /// The category with this id.
    pub fn categorie(&self, id: CategorieId) -> Option<&Categorie> {
        self.categories.get(usize::from(id.0))
    }

    /// The theme whose slug (or exact name) is `slug`.
    pub fn thematique_par_slug(&self, slug: &str) -> Option<ThematiqueId> {
        let slug = slugifier(slug, 100);
        self.thematiques
            .iter()
            .find(|t| t.slug == slug)
            .map(|t| t.id)
    }

    /// The categories designated by `designation`: either a category slug (every homonym matches,
    /// so `tourisme` selects both « Tourisme » categories) or `theme-slug|category-slug` for one.
    pub fn categories_par_slug(&self, designation: &str) -> Vec<CategorieId> {
        let (theme, categorie) = match designation.split_once('|') {
            Some((theme, categorie)) => (Some(slugifier(theme, 100)), slugifier(categorie, 100)),
            None => (None, slugifier(designation, 100)),
        };
        self.categories
            .iter()
            .filter(|c| c.slug == categorie)
            .filter(|c| match &theme {
                Some(theme) => self
                    .thematique(c.thematique)
                    .is_some_and(|t| &t.slug == theme),
                None => true,
            })
            .map(|c| c.id)
            .collect()
    }

    /// The category named `categorie` under the theme named `theme` (exact names).
    pub fn categorie_par_noms(&self, theme: &str, categorie: &str) -> Option<CategorieId> {
        let theme = self.thematiques.iter().find(|t| t.nom == theme)?;
        self.categories
            .iter()
            .find(|c| c.thematique == theme.id && c.nom == categorie)
            .map(|c| c.id)
    }

    /// The category as the Django API renders it: `Thème|Catégorie`.
    pub fn libelle_django(&self, id: CategorieId) -> Option<String> {
        let categorie = self.categorie(id)?;
        let theme = self.thematique(categorie.thematique)?;
        Some(format!("{}|{}", theme.nom, categorie.nom))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_rows_rebuild_the_same_referential_and_gaps_are_refused() {
        let standard = Thematiques::standard();
        let themes = standard
            .thematiques()
            .iter()
            .map(|t| (t.id.0, t.nom.clone()))
            .collect();
        let mut categories: Vec<(u16, u16, String)> = standard
            .categories()
            .iter()
            .map(|c| (c.id.0, c.thematique.0, c.nom.clone()))
            .collect();
        // A category added later under the first theme keeps its own id.
        categories.push((categories.len() as u16, 0, "Archives".to_owned()));
        let relu = Thematiques::avec_ids(themes, categories.clone()).expect("dense");
        assert_eq!(relu.categories().len(), standard.categories().len() + 1);
        assert_eq!(
            relu.libelle_django(CategorieId(3)),
            standard.libelle_django(CategorieId(3))
        );
        categories.remove(1);
        assert!(Thematiques::avec_ids(vec![(0, "T".into())], categories).is_none());
    }

    #[test]
    fn tourisme_is_two_categories_told_apart_by_theme() {
        let referentiel = Thematiques::standard();
        assert_eq!(referentiel.categories_par_slug("tourisme").len(), 2);
        let one = referentiel
            .categories_par_slug("developpement-economique-production-et-consommation|tourisme");
        assert_eq!(one.len(), 1);
        assert_eq!(
            referentiel.libelle_django(one[0]).as_deref(),
            Some("Développement économique / production et consommation|Tourisme")
        );
    }

    #[test]
    fn standard_list_has_nine_themes_and_62_pairs() {
        let referentiel = Thematiques::standard();
        assert_eq!(referentiel.thematiques().len(), 9);
        assert_eq!(referentiel.categories().len(), 62);
    }

    #[test]
    fn theme_is_found_by_slug_or_name() {
        let referentiel = Thematiques::standard();
        let id = referentiel.thematique_par_slug("nature-environnement");
        assert!(id.is_some());
        assert_eq!(
            id,
            referentiel.thematique_par_slug("Nature / environnement")
        );
    }
}
