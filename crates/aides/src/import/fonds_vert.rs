//! The Fonds vert 2023 export (projects funded): `;` CSV, RFC 4180 quotes, header repeated in each
//! split part, commune codes without their leading zero, amounts as `21 667,00 €`.

/// Errors of the Fonds vert parser; messages name the line and the value.
#[derive(Debug, thiserror::Error)]
pub enum FondsVertError {
    /// The CSV could not be read.
    #[error("Lecture du fichier Fonds vert impossible : {0}")]
    Csv(#[from] csv::Error),
    /// A value does not have the expected form.
    #[error("Valeur « {valeur} » invalide pour « {champ} » (ligne {ligne}).")]
    Valeur {
        /// Column.
        champ: &'static str,
        /// Value.
        valeur: String,
        /// 1-based line.
        ligne: u64,
    },
}

/// One funded project.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjetFondsVert {
    /// `nom_region`.
    pub nom_region: String,
    /// `code_departement`, raw (it lacks leading zeros too).
    pub code_departement: String,
    /// `code_commune`, raw: normalise it with `Perimetres::resoudre_code_commune`.
    pub code_commune: String,
    /// `nom_commune` (`None` for the `NULL` placeholder).
    pub nom_commune: Option<String>,
    /// `axe` (1, 2 or 3).
    pub axe: u8,
    /// `numero_demarche_ds`.
    pub numero_demarche: String,
    /// `numero_dossier_ds` (`None` for « Non Renseigné »).
    pub numero_dossier: Option<String>,
    /// `nom_du_projet`.
    pub nom_projet: String,
    /// `nom_beneficiaire_principal`.
    pub beneficiaire: String,
    /// `siren`, raw: SIRETs, truncated values and `#` occur.
    pub siren: String,
    /// `montant_engage`, in cents.
    pub montant_centimes: i64,
}

fn valeur(texte: &str) -> Option<String> {
    let texte = texte.trim();
    (!matches!(texte, "" | "NULL" | "Non Renseigné" | "#")).then(|| texte.to_owned())
}

/// Parses a French amount (`21 667,00 €`, U+00A0 or U+202F groups) into cents.
pub fn montant_en_centimes(texte: &str) -> Option<i64> {
    let nettoye: String = texte
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '€' && *c != '\u{a0}' && *c != '\u{202f}')
        .collect();
    let (entiers, decimales) = nettoye.split_once(',').unwrap_or((&nettoye, ""));
    if entiers.is_empty() || !entiers.bytes().all(|b| b.is_ascii_digit()) || decimales.len() > 2 {
        return None;
    }
    if !decimales.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let centimes: i64 = format!("{decimales:0<2}").parse().ok()?;
    entiers
        .parse::<i64>()
        .ok()?
        .checked_mul(100)?
        .checked_add(centimes)
}

/// Reads one or several concatenated parts; repeated header lines are skipped.
pub fn lire_projets(reader: impl std::io::Read) -> Result<Vec<ProjetFondsVert>, FondsVertError> {
    let mut lecteur = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(reader);
    let mut projets = Vec::new();
    for (index, record) in lecteur.records().enumerate() {
        let record = record?;
        let ligne = index as u64 + 2;
        let champ = |i: usize| record.get(i).unwrap_or_default();
        if champ(0) == "nom_region" {
            continue;
        }
        let erreur = |champ: &'static str, valeur: &str| FondsVertError::Valeur {
            champ,
            valeur: valeur.to_owned(),
            ligne,
        };
        projets.push(ProjetFondsVert {
            nom_region: champ(0).trim().to_owned(),
            code_departement: champ(1).trim().to_owned(),
            code_commune: champ(3).trim().to_owned(),
            nom_commune: valeur(champ(4)),
            axe: champ(5)
                .trim()
                .parse()
                .map_err(|_| erreur("axe", champ(5)))?,
            numero_demarche: champ(6).trim().to_owned(),
            numero_dossier: valeur(champ(8)),
            nom_projet: champ(9).trim().to_owned(),
            beneficiaire: champ(10).trim().to_owned(),
            siren: champ(11).trim().to_owned(),
            montant_centimes: montant_en_centimes(champ(12))
                .ok_or_else(|| erreur("montant_engage", champ(12)))?,
        });
    }
    Ok(projets)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_amounts_become_cents() {
        assert_eq!(montant_en_centimes("21\u{a0}667,00 €"), Some(2_166_700));
        assert_eq!(montant_en_centimes("315,47 €"), Some(31_547));
        assert_eq!(montant_en_centimes("12,5"), Some(1_250));
        assert_eq!(montant_en_centimes("douze €"), None);
        assert_eq!(montant_en_centimes("1,234"), None);
    }

    #[test]
    fn repeated_header_is_skipped_and_placeholders_are_none() {
        let entete = "nom_region;code_departement;nom_departement;code_commune;nom_commune;axe;numero_demarche_ds;nom_demarche_ds;numero_dossier_ds;nom_du_projet;nom_beneficiaire_principal;siren;montant_engage\n";
        let ligne = "Occitanie;34;Hérault;34172;NULL;1;69071;Démarche;Non Renseigné;\"Projet \"\"vert\"\"\";Ville;213401722;1 000,00 €\n";
        let texte = format!("{entete}{ligne}{entete}{ligne}");
        let projets = lire_projets(texte.as_bytes()).expect("projets");
        assert_eq!(projets.len(), 2);
        assert_eq!(projets[0].nom_commune, None);
        assert_eq!(projets[0].numero_dossier, None);
        assert_eq!(projets[0].nom_projet, "Projet \"vert\"");
        assert_eq!(projets[1].montant_centimes, 100_000);
    }
}
