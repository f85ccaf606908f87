//! A point-in-polygon index over many multipolygons, generic over the caller's identifier.
//!
//! Architecture invariant: this module knows nothing of zones d'alerte, so that it can move as is into the
//! platform's `geo` module; it depends only on `geo` and `rstar`.
//!
//! Shape (ARCHITECTURE.md §7): an `rstar` 0.12 tree of bounding boxes picks the candidates, and `geo`'s
//! interval-tree multipolygon answers "strictly inside" for each. geo does not expose "on the boundary", which
//! our lookups count as inside (spec §3.6), so each polygon also keeps a y-band table of its edges: a point
//! that is not strictly inside is on the boundary iff one edge of its band passes through it, which an exact
//! orientation test decides. In front of both, a coarse grid over each polygon's box records the cells that no
//! edge touches as wholly inside or wholly outside (the "fully inside cells" of spec §6), so most points are
//! answered without looking at an edge. All structures are built once and never change; a new index is built
//! instead.

use geo::algorithm::indexed::IntervalTreeMultiPolygon;
use geo::orient::Direction;
use geo::{
    BoundingRect, Contains, Coord, GeoNum, Kernel, LinesIter, MultiPolygon, Orient, Orientation,
};
use rstar::RTree;
use rstar::primitives::{GeomWithData, Rectangle};

/// Where a point lies relative to a polygon.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PointPosition {
    /// Strictly inside.
    Inside,
    /// On an edge or a vertex.
    OnBoundary,
    /// Outside.
    Outside,
}

/// A polygon that contains a point, with where the point lies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit<'a, Id> {
    /// The position of the polygon in the order given to [`PolygonIndex::new`].
    pub index: usize,
    /// The caller's identifier of the polygon.
    pub id: &'a Id,
    /// Inside or on the boundary.
    pub position: PointPosition,
}

/// An immutable index answering which polygons contain a point (boundary included).
pub struct PolygonIndex<Id> {
    tree: RTree<GeomWithData<Rectangle<[f64; 2]>, u32>>,
    polygons: Vec<Option<IndexedPolygon>>,
    ids: Vec<Id>,
}

struct IndexedPolygon {
    cells: CellGrid,
    interior: IntervalTreeMultiPolygon<f64>,
    edges: EdgeBands,
}

impl<Id> PolygonIndex<Id> {
    /// Builds the index. Polygons without any coordinate are kept (their identifier is reachable through
    /// [`PolygonIndex::id`]) but never contain a point. Ring orientation does not matter: rings are oriented by
    /// their position (exterior, then holes) before indexing.
    pub fn new(items: impl IntoIterator<Item = (Id, MultiPolygon<f64>)>) -> Self {
        let mut ids = Vec::new();
        let mut polygons = Vec::new();
        let mut boxes = Vec::new();
        for (index, (id, geometry)) in items.into_iter().enumerate() {
            ids.push(id);
            let Some(rect) = geometry.bounding_rect() else {
                polygons.push(None);
                continue;
            };
            let oriented = geometry.orient(Direction::Default);
            let index = u32::try_from(index).unwrap_or(u32::MAX);
            boxes.push(GeomWithData::new(
                Rectangle::from_corners([rect.min().x, rect.min().y], [rect.max().x, rect.max().y]),
                index,
            ));
            let interior = IntervalTreeMultiPolygon::new(&oriented);
            let edges = EdgeBands::new(&oriented);
            let cells = CellGrid::new(&edges, &interior);
            polygons.push(Some(IndexedPolygon {
                cells,
                interior,
                edges,
            }));
        }
        Self {
            tree: RTree::bulk_load(boxes),
            polygons,
            ids,
        }
    }

    /// The number of polygons given, empty ones included.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// Whether no polygon was given.
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// The identifier of the polygon at a position.
    pub fn id(&self, index: usize) -> Option<&Id> {
        self.ids.get(index)
    }

    /// The polygons containing the point, boundary included, in the order they were given: the answer does not
    /// depend on the tree's internal layout, so equal inputs give equal outputs.
    pub fn locate(&self, point: Coord<f64>) -> Vec<Hit<'_, Id>> {
        let mut found = Vec::new();
        self.locate_into(point, &mut found);
        found
            .into_iter()
            .filter_map(|(index, position)| {
                self.ids.get(index).map(|id| Hit {
                    index,
                    id,
                    position,
                })
            })
            .collect()
    }

    /// Like [`PolygonIndex::locate`], writing `(index, position)` pairs into a reused buffer (cleared first), for
    /// hot loops that must not allocate.
    pub fn locate_into(&self, point: Coord<f64>, found: &mut Vec<(usize, PointPosition)>) {
        found.clear();
        if !(point.x.is_finite() && point.y.is_finite()) {
            return;
        }
        for candidate in self.tree.locate_all_at_point(&[point.x, point.y]) {
            let index = candidate.data as usize;
            let position = self.position(index, point);
            if position != PointPosition::Outside {
                found.push((index, position));
            }
        }
        found.sort_unstable_by_key(|(index, _)| *index);
    }

    /// Where the point lies relative to one polygon of the index.
    pub fn position(&self, index: usize, point: Coord<f64>) -> PointPosition {
        let Some(Some(polygon)) = self.polygons.get(index) else {
            return PointPosition::Outside;
        };
        match polygon.cells.classify(point) {
            Some(Cell::Inside) => return PointPosition::Inside,
            Some(Cell::Outside) => return PointPosition::Outside,
            Some(Cell::Mixed) | None => {}
        }
        if polygon.interior.contains(&point) {
            PointPosition::Inside
        } else if polygon.edges.touches(point) {
            PointPosition::OnBoundary
        } else {
            PointPosition::Outside
        }
    }
}

/// What a grid cell holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cell {
    /// No edge comes near the cell and its points are inside.
    Inside,
    /// No edge comes near the cell and its points are outside.
    Outside,
    /// An edge passes in or near the cell: test exactly.
    Mixed,
}

/// A grid over a polygon's bounding box. A cell that no edge comes near lies wholly on one side of the
/// boundary (it is connected and does not meet it), so one exact test per run of such cells classifies them all.
struct CellGrid {
    x_min: f64,
    y_min: f64,
    columns_per_unit: f64,
    rows_per_unit: f64,
    columns: usize,
    rows: usize,
    cells: Vec<Cell>,
}

/// Cells per edge aimed at: enough for most points to land in a decided cell, small enough to stay compact.
const CELLS_PER_EDGE: usize = 2;
/// Side of the grid, in cells, at most (16,384 cells, 16 KB per polygon).
const MAX_GRID_SIDE: usize = 128;

impl CellGrid {
    fn new(edges: &EdgeBands, interior: &IntervalTreeMultiPolygon<f64>) -> Self {
        let (mut x_min, mut y_min, mut x_max, mut y_max) = (
            f64::INFINITY,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NEG_INFINITY,
        );
        for (a, b) in &edges.edges {
            x_min = x_min.min(a.x).min(b.x);
            y_min = y_min.min(a.y).min(b.y);
            x_max = x_max.max(a.x).max(b.x);
            y_max = y_max.max(a.y).max(b.y);
        }
        let side = (((edges.edges.len() * CELLS_PER_EDGE) as f64).sqrt().ceil() as usize)
            .clamp(1, MAX_GRID_SIDE);
        let (width, height) = (x_max - x_min, y_max - y_min);
        if !(width > 0.0 && height > 0.0) {
            return Self {
                x_min,
                y_min,
                columns_per_unit: 0.0,
                rows_per_unit: 0.0,
                columns: 0,
                rows: 0,
                cells: Vec::new(),
            };
        }
        let mut grid = Self {
            x_min,
            y_min,
            columns_per_unit: side as f64 / width,
            rows_per_unit: side as f64 / height,
            columns: side,
            rows: side,
            cells: vec![Cell::Outside; side * side],
        };
        // Edges mark every cell their box meets, widened by a thousandth of a cell so that rounding when a point
        // is mapped to its cell can never hide an edge lying on a cell border.
        let (margin_x, margin_y) = (1e-3 * width / side as f64, 1e-3 * height / side as f64);
        let mut mixed = vec![false; side * side];
        for (a, b) in &edges.edges {
            let (first_column, last_column) = (
                grid.column(a.x.min(b.x) - margin_x),
                grid.column(a.x.max(b.x) + margin_x),
            );
            let (first_row, last_row) = (
                grid.row(a.y.min(b.y) - margin_y),
                grid.row(a.y.max(b.y) + margin_y),
            );
            for row in first_row..=last_row {
                mixed[row * side + first_column..=row * side + last_column].fill(true);
            }
        }
        // Runs of untouched cells along a row are connected and boundary-free: one test classifies each run.
        for row in 0..side {
            let mut run: Option<Cell> = None;
            for column in 0..side {
                let slot = row * side + column;
                if mixed[slot] {
                    grid.cells[slot] = Cell::Mixed;
                    run = None;
                    continue;
                }
                let state = *run.get_or_insert_with(|| {
                    let centre = Coord {
                        x: x_min + (column as f64 + 0.5) / grid.columns_per_unit,
                        y: y_min + (row as f64 + 0.5) / grid.rows_per_unit,
                    };
                    if interior.contains(&centre) {
                        Cell::Inside
                    } else {
                        Cell::Outside
                    }
                });
                grid.cells[slot] = state;
            }
        }
        grid
    }

    fn column(&self, x: f64) -> usize {
        clamp_index((x - self.x_min) * self.columns_per_unit, self.columns)
    }

    fn row(&self, y: f64) -> usize {
        clamp_index((y - self.y_min) * self.rows_per_unit, self.rows)
    }

    /// The cell's state, or `None` outside the grid (the bounding-box filter has already run, so this only
    /// happens for degenerate polygons).
    fn classify(&self, point: Coord<f64>) -> Option<Cell> {
        if self.cells.is_empty() {
            return None;
        }
        let x = (point.x - self.x_min) * self.columns_per_unit;
        let y = (point.y - self.y_min) * self.rows_per_unit;
        if !(x >= 0.0 && y >= 0.0 && x < self.columns as f64 && y < self.rows as f64) {
            return None;
        }
        self.cells
            .get(self.row(point.y) * self.columns + self.column(point.x))
            .copied()
    }
}

fn clamp_index(position: f64, count: usize) -> usize {
    let floor = position.floor();
    if floor.is_nan() || floor < 0.0 {
        0
    } else {
        (floor as usize).min(count.saturating_sub(1))
    }
}

/// The edges of a multipolygon sorted into horizontal bands, to find the few edges at a given latitude.
struct EdgeBands {
    y_min: f64,
    bands_per_unit: f64,
    band_count: usize,
    /// `offsets[b]..offsets[b + 1]` are the entries of band `b`.
    offsets: Vec<u32>,
    /// Edge numbers, band after band.
    entries: Vec<u32>,
    edges: Vec<(Coord<f64>, Coord<f64>)>,
}

/// Average number of edges per band aimed at: a handful keeps the scan short and the table small.
const EDGES_PER_BAND: usize = 4;
/// Above this many entries per edge (long edges crossing many bands), the bands are made coarser.
const MAX_ENTRIES_PER_EDGE: usize = 8;

impl EdgeBands {
    fn new(geometry: &MultiPolygon<f64>) -> Self {
        let edges: Vec<(Coord<f64>, Coord<f64>)> = geometry
            .lines_iter()
            .map(|line| (line.start, line.end))
            .collect();
        let (y_min, y_max) = edges
            .iter()
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(low, high), (a, b)| {
                (low.min(a.y).min(b.y), high.max(a.y).max(b.y))
            });
        let mut band_count = (edges.len() / EDGES_PER_BAND).max(1);
        loop {
            let height = y_max - y_min;
            let bands_per_unit = if height > 0.0 {
                band_count as f64 / height
            } else {
                0.0
            };
            let mut bands = Self {
                y_min,
                bands_per_unit,
                band_count,
                offsets: Vec::new(),
                entries: Vec::new(),
                edges: Vec::new(),
            };
            let spans: Vec<(usize, usize)> = edges
                .iter()
                .map(|(a, b)| (bands.band(a.y.min(b.y)), bands.band(a.y.max(b.y))))
                .collect();
            let total: usize = spans.iter().map(|(low, high)| high - low + 1).sum();
            if band_count > 1 && total > MAX_ENTRIES_PER_EDGE * edges.len() {
                band_count = (band_count / 2).max(1);
                continue;
            }
            // Counting sort of the edges into their bands (compressed sparse rows).
            let mut counts = vec![0u32; band_count + 1];
            for (low, high) in &spans {
                for band in *low..=*high {
                    counts[band + 1] += 1;
                }
            }
            for band in 0..band_count {
                counts[band + 1] += counts[band];
            }
            let mut cursor = counts.clone();
            let mut entries = vec![0u32; total];
            for (edge, (low, high)) in spans.iter().enumerate() {
                for band in *low..=*high {
                    entries[cursor[band] as usize] = u32::try_from(edge).unwrap_or(u32::MAX);
                    cursor[band] += 1;
                }
            }
            bands.offsets = counts;
            bands.entries = entries;
            bands.edges = edges;
            return bands;
        }
    }

    /// The band of a latitude. Floating-point subtraction and multiplication by a positive constant are
    /// monotonic, so an edge spanning [y0, y1] is listed in every band a point with y0 ≤ y ≤ y1 falls in.
    fn band(&self, y: f64) -> usize {
        let position = ((y - self.y_min) * self.bands_per_unit).floor();
        if position.is_nan() || position < 0.0 {
            0
        } else {
            (position as usize).min(self.band_count - 1)
        }
    }

    fn touches(&self, point: Coord<f64>) -> bool {
        let band = self.band(point.y);
        let (Some(&start), Some(&end)) = (self.offsets.get(band), self.offsets.get(band + 1))
        else {
            return false;
        };
        self.entries[start as usize..end as usize]
            .iter()
            .any(|&edge| {
                let (a, b) = self.edges[edge as usize];
                point.y >= a.y.min(b.y)
                    && point.y <= a.y.max(b.y)
                    && point.x >= a.x.min(b.x)
                    && point.x <= a.x.max(b.x)
                    && <f64 as GeoNum>::Ker::orient2d(a, b, point) == Orientation::Collinear
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use geo::{coord, polygon};

    fn square(x0: f64, y0: f64, size: f64) -> MultiPolygon<f64> {
        MultiPolygon(vec![polygon![
            (x: x0, y: y0), (x: x0 + size, y: y0), (x: x0 + size, y: y0 + size), (x: x0, y: y0 + size),
        ]])
    }

    #[test]
    fn boundary_counts_as_inside_for_both_neighbours() {
        let index = PolygonIndex::new([
            ("west", square(0.0, 0.0, 1.0)),
            ("east", square(1.0, 0.0, 1.0)),
        ]);
        let on_border = index.locate(coord! { x: 1.0, y: 0.5 });
        assert_eq!(
            on_border.iter().map(|hit| *hit.id).collect::<Vec<_>>(),
            ["west", "east"]
        );
        assert!(
            on_border
                .iter()
                .all(|hit| hit.position == PointPosition::OnBoundary)
        );
        let inside = index.locate(coord! { x: 0.5, y: 0.5 });
        assert_eq!(inside.len(), 1);
        assert_eq!(inside[0].position, PointPosition::Inside);
        assert!(index.locate(coord! { x: 3.0, y: 0.5 }).is_empty());
    }

    #[test]
    fn holes_exclude_points_whatever_the_source_winding() {
        // Exterior and hole written clockwise, as the VigiEau and ASSEC files do.
        let with_hole = MultiPolygon(vec![polygon!(
            exterior: [(x: 0.0, y: 0.0), (x: 0.0, y: 4.0), (x: 4.0, y: 4.0), (x: 4.0, y: 0.0)],
            interiors: [[(x: 1.0, y: 1.0), (x: 1.0, y: 3.0), (x: 3.0, y: 3.0), (x: 3.0, y: 1.0)]],
        )]);
        let index = PolygonIndex::new([(7, with_hole)]);
        assert!(index.locate(coord! { x: 2.0, y: 2.0 }).is_empty());
        assert_eq!(index.locate(coord! { x: 0.5, y: 2.0 }).len(), 1);
        assert_eq!(
            index.locate(coord! { x: 1.0, y: 2.0 })[0].position,
            PointPosition::OnBoundary
        );
    }

    #[test]
    fn vertices_and_empty_polygons_are_handled() {
        let index = PolygonIndex::new([(1, MultiPolygon(Vec::new())), (2, square(0.0, 0.0, 1.0))]);
        assert_eq!(index.len(), 2);
        assert_eq!(
            index.locate(coord! { x: 1.0, y: 1.0 })[0].position,
            PointPosition::OnBoundary
        );
        assert_eq!(index.locate(coord! { x: 1.0, y: 1.0 })[0].id, &2);
        assert!(index.locate(coord! { x: f64::NAN, y: 0.5 }).is_empty());
    }

    #[test]
    fn long_edges_do_not_blow_up_the_band_table() {
        // A comb: many teeth whose long vertical edges span the whole height.
        let mut ring = vec![coord! { x: 0.0, y: 0.0 }];
        for tooth in 0..200 {
            let x = f64::from(tooth);
            ring.extend([
                coord! { x: x, y: 10.0 },
                coord! { x: x + 0.5, y: 10.0 },
                coord! { x: x + 0.5, y: 0.1 },
                coord! { x: x + 1.0, y: 0.1 },
            ]);
        }
        ring.push(coord! { x: 200.0, y: 0.0 });
        let comb = MultiPolygon(vec![geo::Polygon::new(geo::LineString(ring), Vec::new())]);
        let bands = EdgeBands::new(&comb.orient(Direction::Default));
        assert!(bands.entries.len() <= MAX_ENTRIES_PER_EDGE * bands.edges.len());
        let index = PolygonIndex::new([((), comb)]);
        assert_eq!(
            index.locate(coord! { x: 0.25, y: 5.0 })[0].position,
            PointPosition::Inside
        );
        assert!(index.locate(coord! { x: 0.75, y: 5.0 }).is_empty());
        assert_eq!(
            index.locate(coord! { x: 0.5, y: 5.0 })[0].position,
            PointPosition::OnBoundary
        );
    }
}
