//! Events of a startup's life (`{name, date, comment?}`): launches, committees, national impact, FAST…

use chrono::NaiveDate;

use super::valeur::{ChampsInconnus, OrdreCles};

/// Kind of event. The site's `_events` collection lists five; espace-membre adds `fast`, and `eig` appears twice
/// in the data with no label. Any other name is kept as written (with an import warning).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum EvenementCode {
    /// `product_launch`: "Lancement de votre produit".
    ProductLaunch,
    /// `committee`: "Passage en comité".
    Committee,
    /// `other`: "Autre".
    Other,
    /// `national_impact`: "Impact national validé".
    NationalImpact,
    /// `end`: "Abandon".
    End,
    /// `fast`: FAST funding (espace-membre only).
    Fast,
    /// `eig`: Entrepreneurs d'intérêt général (meaning to verify).
    Eig,
    /// A name outside the known list, kept as written.
    Autre(String),
}

impl EvenementCode {
    /// The known codes.
    pub const KNOWN: [EvenementCode; 7] = [
        EvenementCode::ProductLaunch,
        EvenementCode::Committee,
        EvenementCode::Other,
        EvenementCode::NationalImpact,
        EvenementCode::End,
        EvenementCode::Fast,
        EvenementCode::Eig,
    ];

    /// Reads a name; unknown names become [`EvenementCode::Autre`].
    pub fn parse(name: &str) -> Self {
        EvenementCode::KNOWN
            .into_iter()
            .find(|code| code.code() == name)
            .unwrap_or_else(|| EvenementCode::Autre(name.to_owned()))
    }

    /// The name as written in the data.
    pub fn code(&self) -> &str {
        match self {
            EvenementCode::ProductLaunch => "product_launch",
            EvenementCode::Committee => "committee",
            EvenementCode::Other => "other",
            EvenementCode::NationalImpact => "national_impact",
            EvenementCode::End => "end",
            EvenementCode::Fast => "fast",
            EvenementCode::Eig => "eig",
            EvenementCode::Autre(name) => name,
        }
    }

    /// French label, when one is known.
    pub fn label(&self) -> Option<&'static str> {
        match self {
            EvenementCode::ProductLaunch => Some("Lancement de votre produit"),
            EvenementCode::Committee => Some("Passage en comité"),
            EvenementCode::Other => Some("Autre"),
            EvenementCode::NationalImpact => Some("Impact national validé"),
            EvenementCode::End => Some("Abandon"),
            EvenementCode::Fast => Some("FAST"),
            EvenementCode::Eig | EvenementCode::Autre(_) => None,
        }
    }
}

/// One dated event.
#[derive(Debug, Clone, PartialEq)]
pub struct Evenement {
    /// Kind of event.
    pub name: EvenementCode,
    /// Civil date.
    pub date: NaiveDate,
    /// Free comment.
    pub comment: Option<String>,
    /// Keys unknown to the module.
    pub extra: ChampsInconnus,
    /// Source order of the keys.
    pub key_order: OrdreCles,
}

impl Evenement {
    /// An event with no comment.
    pub fn new(name: EvenementCode, date: NaiveDate) -> Self {
        Evenement {
            name,
            date,
            comment: None,
            extra: ChampsInconnus::new(),
            key_order: OrdreCles::default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_codes_parse_and_others_are_kept() {
        for code in EvenementCode::KNOWN {
            assert_eq!(EvenementCode::parse(code.code()), code);
        }
        assert_eq!(
            EvenementCode::parse("hackathon"),
            EvenementCode::Autre("hackathon".into())
        );
        assert_eq!(EvenementCode::parse("hackathon").code(), "hackathon");
        assert_eq!(EvenementCode::Committee.label(), Some("Passage en comité"));
        assert_eq!(EvenementCode::Eig.label(), None);
    }
}
