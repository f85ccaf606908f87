//! Exact decimal numbers for the mining taxes, with banker's rounding (half to even).
//!
//! Tax amounts are rounded at each step of the DGFiP computation; binary floating point would misplace the ties,
//! so amounts are kept as an integer mantissa and a decimal scale, and products by a surface proportion are
//! rounded exactly from the rational value.

use std::cmp::Ordering;
use std::fmt;
use std::ops::{Add, Mul, Sub};
use std::str::FromStr;

use thiserror::Error;

/// A decimal number `mantissa × 10^-scale`.
#[derive(Debug, Clone, Copy)]
pub struct Decimal {
    mantissa: i128,
    scale: u32,
}

/// A text that is not a decimal number.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("nombre décimal invalide « {0} »")]
pub struct DecimalInvalide(pub String);

impl Decimal {
    /// Zero.
    pub const ZERO: Decimal = Decimal {
        mantissa: 0,
        scale: 0,
    };

    /// `mantissa × 10^-scale`.
    pub const fn new(mantissa: i128, scale: u32) -> Self {
        Decimal { mantissa, scale }
    }

    /// An integer.
    pub const fn from_int(value: i64) -> Self {
        Decimal {
            mantissa: value as i128,
            scale: 0,
        }
    }

    /// From a float through its shortest decimal text (the value written in a JSON file).
    pub fn from_f64(value: f64) -> Result<Self, DecimalInvalide> {
        if !value.is_finite() {
            return Err(DecimalInvalide(value.to_string()));
        }
        format!("{value}").parse()
    }

    /// Approximate float value (for display and tolerant comparisons only).
    pub fn to_f64(self) -> f64 {
        self.mantissa as f64 / 10f64.powi(self.scale as i32)
    }

    fn rescale(self, scale: u32) -> i128 {
        self.mantissa * 10i128.pow(scale - self.scale)
    }

    /// Rounds to `scale` decimals, half to even.
    pub fn round(self, scale: u32) -> Decimal {
        if self.scale <= scale {
            return self;
        }
        let diviseur = 10i128.pow(self.scale - scale);
        Decimal {
            mantissa: div_half_even(self.mantissa, diviseur),
            scale,
        }
    }

    /// `self × numerateur ÷ denominateur` rounded to `scale` decimals, half to even, computed exactly.
    /// `None` when the denominator is zero.
    pub fn mul_ratio(
        self,
        numerateur: Decimal,
        denominateur: Decimal,
        scale: u32,
    ) -> Option<Decimal> {
        if denominateur.mantissa == 0 {
            return None;
        }
        // value = (a × n) / d with a = ma·10^-sa, n = mn·10^-sn, d = md·10^-sd;
        // value × 10^scale = ma·mn·10^(sd + scale) / (md·10^(sa + sn)).
        let mut num = self.mantissa * numerateur.mantissa;
        let mut den = denominateur.mantissa;
        let haut = denominateur.scale + scale;
        let bas = self.scale + numerateur.scale;
        if haut >= bas {
            num *= 10i128.pow(haut - bas);
        } else {
            den *= 10i128.pow(bas - haut);
        }
        if den < 0 {
            num = -num;
            den = -den;
        }
        Some(Decimal {
            mantissa: div_half_even(num, den),
            scale,
        })
    }

    /// `self ÷ diviseur` rounded to `chiffres` significant digits (decimal.js keeps 20 by default), half to even.
    /// `None` when the divisor is zero.
    pub fn div_significant(self, diviseur: Decimal, chiffres: u32) -> Option<Decimal> {
        let un = Decimal::from_int(1);
        // Start from an estimate of the magnitude, then widen the scale until the digits are all significant.
        let estimation = (self.to_f64() / diviseur.to_f64()).abs();
        let magnitude = if estimation > 0.0 {
            estimation.log10().floor() as i32
        } else {
            0
        };
        let mut scale = (chiffres as i32 - 1 - magnitude).max(0) as u32;
        loop {
            let resultat = self.mul_ratio(un, diviseur, scale)?;
            let longueur = resultat.mantissa.unsigned_abs().to_string().len() as u32;
            if resultat.mantissa == 0 || longueur >= chiffres || scale > 60 {
                return Some(resultat);
            }
            scale += chiffres - longueur;
        }
    }

    /// The smaller of two values.
    pub fn min(self, other: Decimal) -> Decimal {
        if self <= other { self } else { other }
    }

    /// Whether the value is strictly positive.
    pub fn is_positive(self) -> bool {
        self.mantissa > 0
    }
}

/// `num ÷ den` (den > 0) rounded half to even.
fn div_half_even(num: i128, den: i128) -> i128 {
    let quotient = num.div_euclid(den);
    let reste = num.rem_euclid(den);
    match (2 * reste).cmp(&den) {
        Ordering::Less => quotient,
        Ordering::Greater => quotient + 1,
        Ordering::Equal => {
            if quotient % 2 == 0 {
                quotient
            } else {
                quotient + 1
            }
        }
    }
}

/// Exact sum.
impl Add for Decimal {
    type Output = Decimal;

    fn add(self, other: Decimal) -> Decimal {
        let scale = self.scale.max(other.scale);
        Decimal {
            mantissa: self.rescale(scale) + other.rescale(scale),
            scale,
        }
    }
}

/// Exact difference.
impl Sub for Decimal {
    type Output = Decimal;

    fn sub(self, other: Decimal) -> Decimal {
        let scale = self.scale.max(other.scale);
        Decimal {
            mantissa: self.rescale(scale) - other.rescale(scale),
            scale,
        }
    }
}

/// Exact product.
impl Mul for Decimal {
    type Output = Decimal;

    fn mul(self, other: Decimal) -> Decimal {
        Decimal {
            mantissa: self.mantissa * other.mantissa,
            scale: self.scale + other.scale,
        }
    }
}

impl PartialEq for Decimal {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Decimal {}

impl PartialOrd for Decimal {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Decimal {
    fn cmp(&self, other: &Self) -> Ordering {
        let scale = self.scale.max(other.scale);
        self.rescale(scale).cmp(&other.rescale(scale))
    }
}

impl FromStr for Decimal {
    type Err = DecimalInvalide;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let invalide = || DecimalInvalide(s.to_string());
        let (mantisse, exposant) = match s.split_once(['e', 'E']) {
            Some((m, e)) => (m, e.parse::<i32>().map_err(|_| invalide())?),
            None => (s, 0),
        };
        let (negatif, chiffres) = match mantisse.strip_prefix('-') {
            Some(reste) => (true, reste),
            None => (false, mantisse),
        };
        let (entier, fraction) = chiffres.split_once('.').unwrap_or((chiffres, ""));
        if entier.is_empty() && fraction.is_empty()
            || !entier
                .chars()
                .chain(fraction.chars())
                .all(|c| c.is_ascii_digit())
        {
            return Err(invalide());
        }
        let texte = format!("{entier}{fraction}");
        let mut mantissa: i128 = texte.parse().map_err(|_| invalide())?;
        let mut scale = fraction.len() as i32 - exposant;
        if scale < 0 {
            mantissa *= 10i128.pow(scale.unsigned_abs());
            scale = 0;
        }
        if negatif {
            mantissa = -mantissa;
        }
        Ok(Decimal {
            mantissa,
            scale: scale as u32,
        })
    }
}

impl fmt::Display for Decimal {
    /// Without trailing zeros, like decimal.js (`0.5`, `2913.43`, `0`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut mantissa = self.mantissa;
        let mut scale = self.scale;
        while scale > 0 && mantissa % 10 == 0 {
            mantissa /= 10;
            scale -= 1;
        }
        let signe = if mantissa < 0 { "-" } else { "" };
        let absolu = mantissa.unsigned_abs().to_string();
        if scale == 0 {
            return write!(f, "{signe}{absolu}");
        }
        let scale = scale as usize;
        let padded = format!("{absolu:0>width$}", width = scale + 1);
        let (entier, fraction) = padded.split_at(padded.len() - scale);
        write!(f, "{signe}{entier}.{fraction}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(s: &str) -> Decimal {
        s.parse().expect("décimal")
    }

    #[test]
    fn rounds_half_to_even() {
        assert_eq!(dec("0.125").round(2).to_string(), "0.12");
        assert_eq!(dec("0.135").round(2).to_string(), "0.14");
        assert_eq!(dec("-0.125").round(2).to_string(), "-0.12");
        assert_eq!(dec("2.5").round(0).to_string(), "2");
    }

    #[test]
    fn ratio_is_rounded_from_the_exact_value() {
        // 1 × 1 / 8 = 0.125 exactly: a tie, rounded to even.
        assert_eq!(
            dec("1")
                .mul_ratio(dec("1"), dec("8"), 2)
                .map(|d| d.to_string()),
            Some("0.12".to_string())
        );
        assert_eq!(
            dec("15.877").mul_ratio(dec("998367"), dec("998367"), 3),
            Some(dec("15.877"))
        );
        assert_eq!(dec("1").mul_ratio(dec("1"), dec("0"), 2), None);
    }

    #[test]
    fn parses_and_prints_without_trailing_zeros() {
        assert_eq!(dec("2913.430").to_string(), "2913.43");
        assert_eq!(dec("0").to_string(), "0");
        assert_eq!(dec("1e-3").to_string(), "0.001");
        assert_eq!(
            Decimal::from_f64(35.0).map(|d| d.to_string()),
            Ok("35".to_string())
        );
        assert!("1.2.3".parse::<Decimal>().is_err());
        assert_eq!(
            (dec("15.877") * dec("183.5")).round(2).to_string(),
            "2913.43"
        );
    }
}
