//! Ruled tables: a grid of horizontal and vertical lines is read row by row, each cell's
//! words together (a cell that wraps over three lines is still one cell), cells joined by
//! tabs. Without the rules a wrapped cell would be split over several page rows.

use super::{rows_of, Rule, Word};

/// Rules closer than this (points) meet or lie on one line.
const TOUCH: f64 = 2.0;

/// A ruled table on the page.
#[derive(Debug)]
pub struct Table {
    /// Top edge.
    pub top: f64,
    /// Bottom edge.
    pub bottom: f64,
    left: f64,
    right: f64,
    /// Row bands, top to bottom: `(top, bottom)` and the x of the cell borders inside.
    bands: Vec<(f64, f64, Vec<f64>)>,
}

/// Joins collinear pieces of rules (tables are often drawn cell by cell).
fn merge(mut rules: Vec<Rule>, horizontal: bool) -> Vec<Rule> {
    let key = |r: &Rule| {
        if horizontal {
            (r.y0, r.x0)
        } else {
            (r.x0, r.y0)
        }
    };
    rules.sort_by(|a, b| {
        key(a)
            .0
            .total_cmp(&key(b).0)
            .then(key(a).1.total_cmp(&key(b).1))
    });
    let mut out: Vec<Rule> = Vec::new();
    for r in rules {
        if let Some(last) = out.last_mut() {
            let same_line = if horizontal {
                (last.y0 - r.y0).abs() <= 1.0
            } else {
                (last.x0 - r.x0).abs() <= 1.0
            };
            let touching = if horizontal {
                r.x0 <= last.x1 + TOUCH
            } else {
                r.y0 <= last.y1 + TOUCH
            };
            if same_line && touching {
                if horizontal {
                    last.x1 = last.x1.max(r.x1);
                } else {
                    last.y1 = last.y1.max(r.y1);
                }
                continue;
            }
        }
        out.push(r);
    }
    out
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

/// Values within `TOUCH` of each other counted once.
fn distinct(mut values: Vec<f64>) -> Vec<f64> {
    values.sort_by(f64::total_cmp);
    values.dedup_by(|a, b| (*a - *b).abs() <= TOUCH);
    values
}

/// The ruled tables among a page's rules: grids of at least two cells.
pub fn find_tables(rules: &[Rule]) -> Vec<Table> {
    let hs = merge(
        rules.iter().filter(|r| r.y0 == r.y1).copied().collect(),
        true,
    );
    let vs = merge(
        rules.iter().filter(|r| r.x0 == r.x1).copied().collect(),
        false,
    );
    if hs.len() < 2 || vs.len() < 2 || hs.len() + vs.len() > 4000 {
        return Vec::new();
    }
    let n = hs.len() + vs.len();
    let mut parent: Vec<usize> = (0..n).collect();
    for (i, h) in hs.iter().enumerate() {
        for (j, v) in vs.iter().enumerate() {
            let meet = v.x0 >= h.x0 - TOUCH
                && v.x0 <= h.x1 + TOUCH
                && h.y0 >= v.y0 - TOUCH
                && h.y0 <= v.y1 + TOUCH;
            if meet {
                let (a, b) = (find(&mut parent, i), find(&mut parent, hs.len() + j));
                parent[a] = b;
            }
        }
    }
    let mut groups: std::collections::BTreeMap<usize, (Vec<Rule>, Vec<Rule>)> = Default::default();
    for (i, h) in hs.iter().enumerate() {
        groups.entry(find(&mut parent, i)).or_default().0.push(*h);
    }
    for (j, v) in vs.iter().enumerate() {
        groups
            .entry(find(&mut parent, hs.len() + j))
            .or_default()
            .1
            .push(*v);
    }
    let mut tables = Vec::new();
    for (h, v) in groups.into_values() {
        let left = v
            .iter()
            .map(|r| r.x0)
            .chain(h.iter().map(|r| r.x0))
            .fold(f64::INFINITY, f64::min);
        let right = v
            .iter()
            .map(|r| r.x0)
            .chain(h.iter().map(|r| r.x1))
            .fold(f64::NEG_INFINITY, f64::max);
        let width = right - left;
        // Row borders run across most of the table; shorter ones split a merged header.
        let ys = distinct(
            h.iter()
                .filter(|r| r.x1 - r.x0 >= 0.5 * width)
                .map(|r| r.y0)
                .collect(),
        );
        let xs = distinct(v.iter().map(|r| r.x0).collect());
        if ys.len() < 2 || xs.len() < 2 || (ys.len() == 2 && xs.len() == 2) {
            continue;
        }
        let bands = ys
            .windows(2)
            .map(|w| {
                let (top, bottom) = (w[0], w[1]);
                let borders = distinct(
                    v.iter()
                        .filter(|r| r.y0 <= top + TOUCH && r.y1 >= bottom - TOUCH)
                        .map(|r| r.x0)
                        .collect(),
                );
                (top, bottom, borders)
            })
            .collect();
        tables.push(Table {
            top: ys[0],
            bottom: ys[ys.len() - 1],
            left,
            right,
            bands,
        });
    }
    tables.sort_by(|a, b| a.top.total_cmp(&b.top));
    tables
}

impl Table {
    /// Whether a word lies inside the table.
    pub fn holds(&self, w: &Word) -> bool {
        let (cx, cy) = ((w.x0 + w.x1) / 2.0, w.y - 0.3 * w.size);
        cx > self.left && cx < self.right && cy > self.top && cy < self.bottom
    }

    /// The table's lines: one per row, cells joined by tabs, a cell's words by spaces.
    pub fn lines(&self, words: Vec<Word>) -> Vec<String> {
        let mut cells: Vec<Vec<Vec<Word>>> = self
            .bands
            .iter()
            .map(|(_, _, b)| vec![Vec::new(); b.len() + 1])
            .collect();
        for w in words {
            let cy = w.y - 0.3 * w.size;
            let band = self
                .bands
                .iter()
                .position(|(top, bottom, _)| cy >= *top && cy < *bottom);
            let Some(band) = band else { continue };
            let cx = (w.x0 + w.x1) / 2.0;
            let cell = self.bands[band].2.iter().filter(|&&x| x < cx).count();
            cells[band][cell].push(w);
        }
        cells
            .into_iter()
            .filter_map(|row| {
                let texts: Vec<String> = row
                    .into_iter()
                    .filter(|c| !c.is_empty())
                    .map(|c| {
                        rows_of(c)
                            .into_iter()
                            .flat_map(|r| r.words.into_iter().map(|w| w.text))
                            .collect::<Vec<_>>()
                            .join(" ")
                    })
                    .collect();
                (!texts.is_empty()).then(|| texts.join("\t"))
            })
            .collect()
    }
}
