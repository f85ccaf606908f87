//! Repair of invalid polygons (the anchor relies on PostGIS `ST_MakeValid`).
//!
//! Rings are cleaned (consecutive duplicates removed, closed, degenerate rings dropped); a geometry still invalid
//! (self-intersections, overlapping parts) is rebuilt by a boolean union with the non-zero fill rule, which
//! yields valid, non-overlapping polygons covering the same area.

use ::geo::{BooleanOps, Coord, LineString, MultiPolygon, Polygon, Validation};

fn clean_ring(ring: &LineString<f64>) -> Option<LineString<f64>> {
    let mut coords: Vec<Coord<f64>> = Vec::with_capacity(ring.0.len() + 1);
    for c in &ring.0 {
        if coords.last() != Some(c) {
            coords.push(*c);
        }
    }
    if coords.len() > 1 && coords.first() == coords.last() {
        coords.pop();
    }
    if coords.len() < 3 {
        return None;
    }
    coords.push(coords[0]);
    Some(LineString::new(coords))
}

/// Returns a valid multipolygon covering the same area; `None` when nothing with an area remains.
pub fn repair_multi_polygon(perimetre: &MultiPolygon<f64>) -> Option<MultiPolygon<f64>> {
    let polygones: Vec<Polygon<f64>> = perimetre
        .0
        .iter()
        .filter_map(|p| {
            let exterieur = clean_ring(p.exterior())?;
            let interieurs = p.interiors().iter().filter_map(clean_ring).collect();
            Some(Polygon::new(exterieur, interieurs))
        })
        .collect();
    if polygones.is_empty() {
        return None;
    }
    let nettoye = MultiPolygon::new(polygones);
    if nettoye.is_valid() {
        return Some(nettoye);
    }
    let repare = nettoye.union(&MultiPolygon::<f64>::new(Vec::new()));
    (!repare.0.is_empty()).then_some(repare)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bow_tie_is_split_into_two_valid_triangles() {
        let noeud_papillon = Polygon::new(
            LineString::from(vec![
                (0.0, 0.0),
                (1.0, 1.0),
                (1.0, 0.0),
                (0.0, 1.0),
                (0.0, 0.0),
            ]),
            vec![],
        );
        let entree = MultiPolygon::new(vec![noeud_papillon]);
        assert!(!entree.is_valid());
        let repare = repair_multi_polygon(&entree).expect("réparable");
        assert!(repare.is_valid());
        assert_eq!(repare.0.len(), 2);
    }

    #[test]
    fn unclosed_ring_with_duplicates_is_closed() {
        let ouvert = Polygon::new(
            LineString::from(vec![(0.0, 0.0), (1.0, 0.0), (1.0, 0.0), (1.0, 1.0)]),
            vec![],
        );
        let repare = repair_multi_polygon(&MultiPolygon::new(vec![ouvert])).expect("réparable");
        assert!(repare.is_valid());
        assert_eq!(repare.0[0].exterior().0.len(), 4);
    }

    #[test]
    fn degenerate_geometry_has_nothing_left() {
        let ligne = Polygon::new(LineString::from(vec![(0.0, 0.0), (1.0, 0.0)]), vec![]);
        assert!(repair_multi_polygon(&MultiPolygon::new(vec![ligne])).is_none());
    }
}
