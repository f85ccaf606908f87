//! Members of the community (`_authors/<username>.md`; espace-membre `users`, `missions`, `missions_startups`).
//!
//! No role-on-startup field exists in the anchors: intrapreneur, coach and team are inferred from the member's
//! `domaine` and the startups of their missions. Daily rates (`tjm`) were dropped in 2026 and are not modelled
//! (data minimisation).

use std::str::FromStr;

use chrono::NaiveDate;

use super::ids::StartupId;
use super::organisation::ValeurHorsListe;

macro_rules! simple_enum {
    ($(#[$doc:meta])* $name:ident, $what:literal { $($(#[$vdoc:meta])* $variant:ident => $code:literal,)* }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name {
            $($(#[$vdoc])* $variant,)*
        }

        impl $name {
            /// Every value.
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];

            /// The value as written in the data.
            pub fn code(self) -> &'static str {
                match self {
                    $($name::$variant => $code,)*
                }
            }
        }

        impl FromStr for $name {
            type Err = ValeurHorsListe;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                $name::ALL.iter().copied().find(|v| v.code() == s).ok_or_else(|| ValeurHorsListe {
                    champ: $what,
                    valeur: s.to_owned(),
                })
            }
        }
    };
}

simple_enum!(
    /// The member's trade (`domaine`).
    Domaine, "domaine" {
        /// Animation
        Animation => "Animation",
        /// Coaching
        Coaching => "Coaching",
        /// Data
        Data => "Data",
        /// Déploiement
        Deploiement => "Déploiement",
        /// Design
        Design => "Design",
        /// Développement
        Developpement => "Développement",
        /// Intraprenariat
        Intraprenariat => "Intraprenariat",
        /// Produit
        Produit => "Produit",
        /// Support
        Support => "Support",
        /// Attributaire
        Attributaire => "Attributaire",
        /// Autre
        Autre => "Autre",
    }
);

simple_enum!(
    /// Kind of member (`memberType`).
    TypeMembre, "memberType" {
        /// `beta`
        Beta => "beta",
        /// `dinum`
        Dinum => "dinum",
        /// `attributaire`
        Attributaire => "attributaire",
        /// `autre`
        Autre => "autre",
    }
);

simple_enum!(
    /// Contract of a mission (`status`).
    StatutMission, "status" {
        /// `independent`: freelancer.
        Independent => "independent",
        /// `admin`: public agent.
        Admin => "admin",
        /// `service`: through a service provider.
        Service => "service",
    }
);

/// A mission: a period of work for an employer on some startups.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mission {
    /// First day.
    pub start: NaiveDate,
    /// Last day, when known.
    pub end: Option<NaiveDate>,
    /// Contract.
    pub status: StatutMission,
    /// Employer (free text).
    pub employer: Option<String>,
    /// Startups worked on.
    pub startups: Vec<StartupId>,
}

impl Mission {
    /// Whether the mission covers `date`. The end is taken as inclusive (the last day worked); the spec leaves this
    /// to verify, so it is one place to change.
    pub fn covers(&self, date: NaiveDate) -> bool {
        self.start <= date && self.end.is_none_or(|end| date <= end)
    }
}

/// What a member does on a startup, inferred from their trade (no such field exists in the anchors).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoleStartup {
    /// Intrapreneur (`Intraprenariat`).
    Intrapreneur,
    /// Coach (`Coaching`).
    Coach,
    /// Any other team member.
    Equipe,
}

/// A member of the community.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Membre {
    /// Username (file name).
    pub username: String,
    /// Full name.
    pub fullname: String,
    /// Free-text role.
    pub role: Option<String>,
    /// Trade.
    pub domaine: Domaine,
    /// Kind of member.
    pub member_type: Option<TypeMembre>,
    /// Skills (free text).
    pub competences: Vec<String>,
    /// GitHub login.
    pub github: Option<String>,
    /// Missions, in source order.
    pub missions: Vec<Mission>,
}

impl Membre {
    /// Whether one of the member's missions covers `date`.
    pub fn is_active_on(&self, date: NaiveDate) -> bool {
        self.missions.iter().any(|mission| mission.covers(date))
    }

    /// The startups of the missions covering `date`, without duplicates, in mission order.
    pub fn startups_on(&self, date: NaiveDate) -> Vec<&StartupId> {
        let mut startups: Vec<&StartupId> = Vec::new();
        for mission in self.missions.iter().filter(|mission| mission.covers(date)) {
            for startup in &mission.startups {
                if !startups.contains(&startup) {
                    startups.push(startup);
                }
            }
        }
        startups
    }

    /// The role inferred from the trade.
    pub fn inferred_role(&self) -> RoleStartup {
        match self.domaine {
            Domaine::Intraprenariat => RoleStartup::Intrapreneur,
            Domaine::Coaching => RoleStartup::Coach,
            _ => RoleStartup::Equipe,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
    }

    fn membre() -> Membre {
        Membre {
            username: "jeanne.dupont".into(),
            fullname: "Jeanne Dupont".into(),
            role: None,
            domaine: Domaine::Coaching,
            member_type: Some(TypeMembre::Beta),
            competences: vec![],
            github: None,
            missions: vec![
                Mission {
                    start: date(2018, 1, 8),
                    end: Some(date(2018, 6, 30)),
                    status: StatutMission::Independent,
                    employer: None,
                    startups: vec![
                        StartupId::parse("camino").expect("id"),
                        StartupId::parse("aeris").expect("id"),
                    ],
                },
                Mission {
                    start: date(2018, 6, 1),
                    end: None,
                    status: StatutMission::Admin,
                    employer: Some("DGALN".into()),
                    startups: vec![StartupId::parse("camino").expect("id")],
                },
            ],
        }
    }

    #[test]
    fn mission_end_is_inclusive() {
        let m = membre();
        assert!(m.missions[0].covers(date(2018, 6, 30)));
        assert!(!m.missions[0].covers(date(2018, 7, 1)));
        assert!(m.missions[1].covers(date(2030, 1, 1)));
    }

    #[test]
    fn startups_on_a_date_are_deduplicated() {
        let m = membre();
        let ids: Vec<&str> = m
            .startups_on(date(2018, 6, 15))
            .into_iter()
            .map(StartupId::as_str)
            .collect();
        assert_eq!(ids, ["camino", "aeris"]);
        assert!(!m.is_active_on(date(2017, 1, 1)));
        assert_eq!(m.inferred_role(), RoleStartup::Coach);
    }

    #[test]
    fn lists_parse_their_codes() {
        assert_eq!(
            "Développement".parse::<Domaine>(),
            Ok(Domaine::Developpement)
        );
        assert_eq!(Domaine::ALL.len(), 11);
        assert!("tjm".parse::<StatutMission>().is_err());
        assert_eq!("dinum".parse::<TypeMembre>(), Ok(TypeMembre::Dinum));
    }
}
