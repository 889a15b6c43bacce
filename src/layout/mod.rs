//! Page text from positioned words: rows, columns and reading order.
//!
//! Shared by the PDF text layer and OCR, so both give the same text for the same page.
//! Words on one baseline form a row. A *gutter* is a vertical strip of white that runs
//! through consecutive rows with words on both sides (two columns of a section, signature
//! blocks side by side, a letter's `Nomor` block beside its addressee): such a stretch is
//! read column by column, left then right, each column laid out again the same way. Rows
//! that only line up as a form (`Nomor` … `: 900/…`) or as list numbers stay rows. Within a
//! row, words far apart are joined by a tab, as the extraction rules expect.
//!
//! Coordinates are in points (or pixels), x to the right and y down.

/// One word on the page.
#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    /// Left edge.
    pub x0: f64,
    /// Right edge.
    pub x1: f64,
    /// Baseline.
    pub y: f64,
    /// Font size (the height of an em).
    pub size: f64,
    /// The word's text (no whitespace).
    pub text: String,
}

/// A ruling line drawn on the page (a table border, an underline): horizontal
/// (`y0 == y1`) or vertical (`x0 == x1`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rule {
    /// Left (or the x of a vertical rule).
    pub x0: f64,
    /// Top (or the y of a horizontal rule).
    pub y0: f64,
    /// Right.
    pub x1: f64,
    /// Bottom.
    pub y1: f64,
}

mod table;

/// A gap, in ems, above which two words of one row of a PDF's text are joined by a tab.
pub const TAB_GAP_EM: f64 = 4.0;
/// The narrowest strip of white, in ems, that can separate two columns.
const MIN_GUTTER_EM: f64 = 0.9;
/// The narrowest a column can be, in ems: list numbers and form labels are narrower.
const MIN_COLUMN_EM: f64 = 6.0;
/// The fewest characters (spaces counted) a column's typical row holds.
const MIN_COLUMN_CHARS: usize = 9;
/// Rows further apart than this, in ems, do not belong to one stretch of columns.
const MAX_ROW_GAP_EM: f64 = 8.0;
/// A row one side alone ends a stretch unless it follows that side's last row this closely.
const CLOSE_ROW_EM: f64 = 1.9;

/// Words on one baseline, left to right.
#[derive(Debug, Clone)]
struct Row {
    y: f64,
    size: f64,
    words: Vec<Word>,
}

impl Row {
    fn new(mut words: Vec<Word>) -> Row {
        words.sort_by(|a, b| a.x0.total_cmp(&b.x0));
        let mut sizes: Vec<f64> = words.iter().map(|w| w.size).collect();
        sizes.sort_by(f64::total_cmp);
        let size = sizes.get(sizes.len() / 2).copied().unwrap_or(10.0).max(1.0);
        let y = words.iter().map(|w| w.y).sum::<f64>() / words.len().max(1) as f64;
        Row { y, size, words }
    }

    /// The widest part of `[a, b]` that no word of the row reaches into.
    fn white_within(&self, a: f64, b: f64) -> Option<(f64, f64)> {
        let mut best: Option<(f64, f64)> = None;
        let mut edge = f64::NEG_INFINITY;
        let mut consider = |lo: f64, hi: f64| {
            let (lo, hi) = (lo.max(a), hi.min(b));
            if hi > lo && best.is_none_or(|(x, y)| hi - lo > y - x) {
                best = Some((lo, hi));
            }
        };
        for w in &self.words {
            consider(edge, w.x0);
            edge = edge.max(w.x1);
        }
        consider(edge, f64::INFINITY);
        best
    }
}

/// Where an item sits on its line: `(x0, x1, baseline, size)`.
pub(crate) type Place = (f64, f64, f64, f64);

/// Groups items into lines, top to bottom. An item joins the line whose horizontally
/// nearest item has its baseline within `tolerance` ems, so a line drifting down a
/// skewed scan's text layer stays one line.
pub(crate) fn group_lines<T>(
    mut items: Vec<T>,
    place: impl Fn(&T) -> Place,
    tolerance: f64,
) -> Vec<Vec<T>> {
    items.sort_by(|a, b| place(a).2.total_cmp(&place(b).2));
    // Each line with its members' places, and the lowest baseline in it.
    let mut lines: Vec<(Vec<T>, Vec<Place>, f64)> = Vec::new();
    for item in items {
        let (x0, x1, y, size) = place(&item);
        let mut best: Option<(usize, f64, f64)> = None;
        for (k, (_, places, bottom)) in lines.iter().enumerate().rev() {
            if *bottom < y - 2.0 * size {
                break;
            }
            // The member nearest in x (0 when overlapping): the members are kept sorted by
            // their left edge, so only the neighbours of `x0`'s place need a look.
            let at = places.partition_point(|p| p.0 < x0);
            let near = places[at.saturating_sub(2)..(at + 2).min(places.len())]
                .iter()
                .map(|p| ((p.0 - x1).max(x0 - p.1).max(0.0), p))
                .min_by(|a, b| a.0.total_cmp(&b.0));
            if let Some((dx, p)) = near {
                let dy = (y - p.2).abs();
                if dy <= tolerance * size.min(p.3)
                    && best.is_none_or(|(_, bdy, bdx)| (dy, dx) < (bdy, bdx))
                {
                    best = Some((k, dy, dx));
                }
            }
        }
        match best {
            Some((k, _, _)) => {
                let line = &mut lines[k];
                line.0.push(item);
                let at = line.1.partition_point(|p| p.0 < x0);
                line.1.insert(at, (x0, x1, y, size));
                line.2 = line.2.max(y);
            }
            None => lines.push((vec![item], vec![(x0, x1, y, size)], y)),
        }
    }
    // Lines by their typical baseline.
    let mut out: Vec<(f64, Vec<T>)> = lines
        .into_iter()
        .map(|(items, places, _)| {
            let y = places.iter().map(|p| p.2).sum::<f64>() / places.len() as f64;
            (y, items)
        })
        .collect();
    out.sort_by(|a, b| a.0.total_cmp(&b.0));
    out.into_iter().map(|(_, items)| items).collect()
}

/// Groups words into rows by baseline, top to bottom.
fn rows_of(words: Vec<Word>) -> Vec<Row> {
    group_lines(words, |w| (w.x0, w.x1, w.y, w.size), 0.35)
        .into_iter()
        .map(Row::new)
        .collect()
}

/// A stretch of rows read as two columns split at a gutter.
struct Stretch {
    start: usize,
    end: usize,
    /// Where to split: words left of this go to the left column.
    split: f64,
    /// How wide the gutter is.
    width: f64,
}

/// Which sides of a gutter a row has words on.
#[derive(Clone, Copy, PartialEq)]
enum Sides {
    Both,
    Left,
    Right,
}

/// The stretch of columns that starts at row `i` with the gap after word `k`, if any.
fn stretch_from(rows: &[Row], i: usize, k: usize) -> Option<Stretch> {
    let row = &rows[i];
    let size = row.size;
    let (mut a, mut b) = (row.words[k].x1, row.words[k + 1].x0);
    if b - a < MIN_GUTTER_EM * size {
        return None;
    }
    // Every following row that leaves the strip white, narrowing it to what all leave.
    let mut sides = vec![Sides::Both];
    let mut prev_y = row.y;
    for r in &rows[i + 1..] {
        if r.y - prev_y > MAX_ROW_GAP_EM * size {
            break;
        }
        let Some((na, nb)) = r.white_within(a, b) else {
            break;
        };
        if nb - na < MIN_GUTTER_EM * size {
            break;
        }
        let has_left = r.words.iter().any(|w| w.x1 <= na);
        sides.push(match (has_left, r.words.iter().any(|w| w.x0 >= nb)) {
            (true, true) => Sides::Both,
            (true, false) => Sides::Left,
            _ => Sides::Right,
        });
        a = na;
        b = nb;
        prev_y = r.y;
    }
    // After the last row with both sides, rows on one side alone belong to the stretch when
    // they closely follow that side's previous row (a name's NIP line), or when a group of
    // them below a gap has both sides again (names at different heights under the space for
    // signatures), not when they start something new below (`Tembusan:`).
    let last_both = sides.iter().rposition(|s| *s == Sides::Both).unwrap_or(0);
    let mut len = last_both + 1;
    let (mut last_left, mut last_right) = (rows[i + last_both].y, rows[i + last_both].y);
    let mut off = len;
    while off < sides.len() {
        // The group of rows up to the next wide gap.
        let mut group_end = off + 1;
        while group_end < sides.len()
            && rows[i + group_end].y - rows[i + group_end - 1].y <= CLOSE_ROW_EM * size
        {
            group_end += 1;
        }
        let group = &sides[off..group_end];
        let both = group.contains(&Sides::Left) && group.contains(&Sides::Right);
        let close = group.iter().enumerate().all(|(g, side)| {
            let y = rows[i + off + g].y;
            let last = if *side == Sides::Left {
                &mut last_left
            } else {
                &mut last_right
            };
            let ok = y - *last <= CLOSE_ROW_EM * size;
            *last = y;
            ok
        });
        if !(both || close) {
            break;
        }
        len = group_end;
        off = group_end;
    }
    let end = i + len;
    let two_sided = sides[..len].iter().filter(|s| **s == Sides::Both).count();
    if std::env::var("LAYOUT_DEBUG").is_ok() {
        eprintln!(
            "stretch row {i} {:?} len {len} a {a:.1} b {b:.1} two {two_sided} sides {}",
            rows[i]
                .words
                .iter()
                .map(|w| w.text.as_str())
                .collect::<Vec<_>>(),
            sides.len()
        );
    }
    let rows_in = &rows[i..end];
    let left: Vec<&Word> = rows_in
        .iter()
        .flat_map(|r| r.words.iter().filter(|w| w.x1 <= a))
        .collect();
    let right: Vec<&Word> = rows_in
        .iter()
        .flat_map(|r| r.words.iter().filter(|w| w.x0 >= b))
        .collect();
    let extent = |ws: &[&Word]| {
        ws.iter().map(|w| w.x1).fold(f64::NEG_INFINITY, f64::max)
            - ws.iter().map(|w| w.x0).fold(f64::INFINITY, f64::min)
    };
    // One row with both sides makes columns only across a wide gutter, with more below.
    let wide = b - a >= 3.0 * size;
    if two_sided < 2 && !(wide && len >= 2) {
        return None;
    }
    if extent(&left) < MIN_COLUMN_EM * size || extent(&right) < MIN_COLUMN_EM * size {
        return None;
    }
    // A column holds text; a strip of list markers or short labels (`a.`, `1.`, `Menimbang :`
    // beside `b.`) is the margin of the text beside it.
    let median_chars = |pick: &dyn Fn(&Word) -> bool| {
        let mut counts: Vec<usize> = rows_in
            .iter()
            .map(|r| {
                r.words
                    .iter()
                    .filter(|w| pick(w))
                    .map(|w| w.text.chars().count() + 1)
                    .sum::<usize>()
            })
            .filter(|&n| n > 0)
            .collect();
        counts.sort_unstable();
        counts.get(counts.len() / 2).copied().unwrap_or(0)
    };
    if median_chars(&|w| w.x1 <= a) < MIN_COLUMN_CHARS
        || median_chars(&|w| w.x0 >= b) < MIN_COLUMN_CHARS
    {
        return None;
    }
    // Both columns hold text of some length; labels and item numbers stand only where an
    // item starts (`Menimbang : a.` … `b.` beside the text of each).
    let chars = |ws: &[&Word]| ws.iter().map(|w| w.text.chars().count() + 1).sum::<usize>();
    let (l, r) = (chars(&left), chars(&right));
    if 5 * l.min(r) < l.max(r) {
        return None;
    }
    // A few rows inside a paragraph, whose lines just above or below run across the strip,
    // are justified lines whose gaps happen to fall one above the other.
    // The typical start and end of the stretch's rows.
    let median = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v.get(v.len() / 2).copied().unwrap_or(0.0)
    };
    let lo = median(
        rows_in
            .iter()
            .filter_map(|r| r.words.first().map(|w| w.x0))
            .collect(),
    );
    let hi = median(
        rows_in
            .iter()
            .map(|r| {
                r.words
                    .iter()
                    .map(|w| w.x1)
                    .fold(f64::NEG_INFINITY, f64::max)
            })
            .collect(),
    );
    // A line of the same paragraph runs across the strip from edge to edge.
    let crosses = |r: &Row| {
        r.words.iter().any(|w| w.x0 < b && w.x1 > a)
            && r.words.first().is_some_and(|w| w.x0 <= lo + size)
            && r.words
                .iter()
                .map(|w| w.x1)
                .fold(f64::NEG_INFINITY, f64::max)
                >= hi - size
    };
    let paragraph_above =
        i > 0 && row.y - rows[i - 1].y <= CLOSE_ROW_EM * size && crosses(&rows[i - 1]);
    let paragraph_below = rows
        .get(end)
        .is_some_and(|r| r.y - rows[end - 1].y <= CLOSE_ROW_EM * size && crosses(r));
    if two_sided <= 3 && (paragraph_above || paragraph_below) {
        return None;
    }
    // A gutter is wider than the spaces between words. A justified line spreads its words
    // evenly: the gap at the strip is then one of many alike, and no sign of columns.
    let distinct_gutter = |r: &&Row| {
        let gaps: Vec<f64> = r.words.windows(2).map(|p| p[1].x0 - p[0].x1).collect();
        let at = r
            .words
            .windows(2)
            .position(|p| p[0].x1 <= a && p[1].x0 >= b);
        match at {
            Some(k) => gaps
                .iter()
                .enumerate()
                .filter(|&(j, _)| j != k)
                .all(|(_, g)| 1.5 * g <= gaps[k]),
            None => true,
        }
    };
    let even = rows_in.iter().filter(|r| !distinct_gutter(r)).count();
    if 2 * even > two_sided {
        return None;
    }
    // Columns line up: the right one starts (or is centred) at one place in every row. Gaps
    // of justified lines that happen to fall one above the other do not.
    if !lined_up(
        rows_in.iter().filter_map(|r| {
            let ws: Vec<&Word> = r.words.iter().filter(|w| w.x0 >= b).collect();
            Some((
                ws.first()?.x0,
                ws.iter().map(|w| w.x1).fold(f64::NEG_INFINITY, f64::max),
            ))
        }),
        size,
    ) {
        return None;
    }
    // A form (`Nomor` | `: 900/…`): the colon column makes rows, not columns.
    let formlike = rows_in
        .iter()
        .filter(|r| {
            // A label is a word or three (`Nomor`, `Hari/Tanggal`, `Tembusan Yth.:`); a
            // phrase ending in a colon (an item, or OCR's `;`) is text.
            let label: Vec<&Word> = r.words.iter().filter(|w| w.x1 <= a).collect();
            let rr = r.words.iter().find(|w| w.x0 >= b);
            let short = label.len() <= 3;
            short
                && (label.last().is_some_and(|w| w.text.ends_with(':'))
                    || rr.is_some_and(|w| w.text.starts_with(':')))
        })
        .count();
    if formlike * 2 >= two_sided.max(1) {
        return None;
    }
    // A third column over the same rows makes a table, read row by row.
    for side in [&left, &right] {
        let side_rows: Vec<Row> = rows_in
            .iter()
            .map(|r| {
                r.words
                    .iter()
                    .filter(|w| side.iter().any(|s| std::ptr::eq(*s, *w)))
                    .cloned()
                    .collect::<Vec<_>>()
            })
            .filter(|ws| !ws.is_empty())
            .map(Row::new)
            .collect();
        if has_inner_column(&side_rows, size) {
            return None;
        }
    }
    if std::env::var("LAYOUT_DEBUG").is_ok() {
        eprintln!("  ACCEPT row {i} len {} a {a:.1} b {b:.1}", end - i);
    }
    Some(Stretch {
        start: i,
        end,
        split: (a + b) / 2.0,
        width: b - a,
    })
}

/// Whether spans `(x0, x1)` start at one place (or a hanging indent right of it) or are
/// centred on one, in most of them.
fn lined_up(spans: impl Iterator<Item = (f64, f64)>, size: f64) -> bool {
    let spans: Vec<(f64, f64)> = spans.collect();
    if spans.len() < 2 {
        return true;
    }
    let share = |values: &[f64], below: f64, above: f64| {
        values
            .iter()
            .map(|anchor| {
                values
                    .iter()
                    .filter(|v| **v >= anchor - below && **v <= anchor + above)
                    .count()
            })
            .max()
            .unwrap_or(0) as f64
            / values.len() as f64
    };
    let starts: Vec<f64> = spans.iter().map(|s| s.0).collect();
    let centres: Vec<f64> = spans.iter().map(|s| (s.0 + s.1) / 2.0).collect();
    share(&starts, 0.5 * size, 3.0 * size).max(share(&centres, 1.5 * size, 1.5 * size)) >= 0.6
}

/// Whether a column is itself cut by a white strip with words on both sides in at least three
/// of its rows and most of those of more than one word: the cells of a table (`Satuan` |
/// `Besaran` beside `Uraian`), however short, not the spaces of text.
fn has_inner_column(rows: &[Row], size: f64) -> bool {
    let many = rows.iter().filter(|r| r.words.len() >= 2).count();
    if many < 3 {
        return false;
    }
    rows.iter()
        .flat_map(|r| r.words.windows(2).map(|p| (p[0].x1, p[1].x0)))
        .any(|(a, b)| {
            if b - a < MIN_GUTTER_EM * size {
                return false;
            }
            // The strip's middle em must stay white; count the rows it cuts in two.
            let (lo, hi) = ((a + b) / 2.0 - 0.5 * size, (a + b) / 2.0 + 0.5 * size);
            let cut = rows
                .iter()
                .filter(|r| {
                    r.words.iter().all(|w| w.x1 <= lo || w.x0 >= hi)
                        && r.words.iter().any(|w| w.x1 <= lo)
                        && r.words.iter().any(|w| w.x0 >= hi)
                })
                .count();
            cut >= 3 && 5 * cut >= 3 * many
        })
}

/// The first stretch of columns among `rows`, preferring the longest at the same start.
fn first_stretch(rows: &[Row]) -> Option<Stretch> {
    for i in 0..rows.len() {
        let best = (0..rows[i].words.len().saturating_sub(1))
            .filter_map(|k| stretch_from(rows, i, k))
            // Of gutters reaching as far, the widest: a column's own list-number margin
            // lies inside the column, the gutter between columns is the wide one.
            .max_by(|s, t| s.end.cmp(&t.end).then(s.width.total_cmp(&t.width)));
        if best.is_some() {
            return best;
        }
    }
    None
}

/// Lines in reading order: each line a row's words (or part of them, in a column).
fn read_rows(rows: Vec<Row>, depth: usize, out: &mut Vec<Vec<Word>>) {
    if depth > 6 {
        out.extend(rows.into_iter().map(|r| r.words));
        return;
    }
    let mut rest = rows;
    loop {
        let Some(s) = first_stretch(&rest) else {
            out.extend(rest.into_iter().map(|r| r.words));
            return;
        };
        let after = rest.split_off(s.end);
        let stretch = rest.split_off(s.start);
        out.extend(rest.into_iter().map(|r| r.words));
        let (mut left, mut right) = (Vec::new(), Vec::new());
        for r in stretch {
            let (l, rr): (Vec<Word>, Vec<Word>) =
                r.words.into_iter().partition(|w| w.x1 <= s.split);
            if !l.is_empty() {
                left.push(Row::new(l));
            }
            if !rr.is_empty() {
                right.push(Row::new(rr));
            }
        }
        read_rows(left, depth + 1, out);
        read_rows(right, depth + 1, out);
        rest = after;
    }
}

/// A line of output: a row's words (or a column's part of them), or a table row.
enum Line {
    Words(Vec<Word>),
    Table(String),
}

/// The text of a page's words: lines in reading order, words far apart in a row joined by a
/// tab, and a line printed only in the right part of the page started with a tab. Ruled
/// tables (from `rules`) are read row by row, a cell at a time.
pub fn page_text(words: Vec<Word>, rules: &[Rule], tab_gap_em: f64) -> String {
    let words: Vec<Word> = words.into_iter().filter(|w| !w.text.is_empty()).collect();
    if words.is_empty() {
        return String::new();
    }
    let left = words.iter().map(|w| w.x0).fold(f64::INFINITY, f64::min);
    let right = words.iter().map(|w| w.x1).fold(f64::NEG_INFINITY, f64::max);
    let right_part = left + 0.55 * (right - left);
    let tables = table::find_tables(rules);
    let mut table_words: Vec<Vec<Word>> = vec![Vec::new(); tables.len()];
    let mut flow = Vec::with_capacity(words.len());
    for w in words {
        match tables.iter().position(|t| t.holds(&w)) {
            Some(t) => table_words[t].push(w),
            None => flow.push(w),
        }
    }
    let mut rows = rows_of(flow);
    let mut lines: Vec<Line> = Vec::new();
    for (t, words) in tables.iter().zip(table_words) {
        if words.is_empty() {
            continue;
        }
        // Rows above the table's bottom that are not in it (above it, or beside it) first.
        let below = rows
            .iter()
            .position(|r| r.y > t.bottom)
            .unwrap_or(rows.len());
        let after = rows.split_off(below);
        let mut before = Vec::new();
        read_rows(std::mem::replace(&mut rows, after), 0, &mut before);
        lines.extend(before.into_iter().map(Line::Words));
        lines.extend(t.lines(words).into_iter().map(Line::Table));
    }
    let mut rest = Vec::new();
    read_rows(rows, 0, &mut rest);
    lines.extend(rest.into_iter().map(Line::Words));
    let mut out = String::new();
    for line in lines {
        let line = match line {
            Line::Table(text) => text,
            Line::Words(line) => {
                let Some(first) = line.first() else { continue };
                let mut text = String::new();
                if first.x0 > right_part {
                    text.push('\t');
                }
                let mut prev: Option<&Word> = None;
                for w in &line {
                    if let Some(p) = prev {
                        let gap = w.x0 - p.x1;
                        text.push(if gap > tab_gap_em * p.size.max(w.size) {
                            '\t'
                        } else {
                            ' '
                        });
                    }
                    text.push_str(&w.text);
                    prev = Some(w);
                }
                text
            }
        };
        join_line(&mut out, &line);
    }
    out
}

/// Appends a line, joining it to the previous one where that ended in a word broken at a
/// hyphen (`Undang-` / `Undang`, kept; a soft hyphen goes).
fn join_line(out: &mut String, line: &str) {
    let starts_word = line.chars().next().is_some_and(char::is_alphabetic);
    if starts_word && out.ends_with("\u{ad}\n") {
        out.truncate(out.len() - "\u{ad}\n".len());
    } else if starts_word && out.ends_with("-\n") {
        let before: Vec<char> = out[..out.len() - 2].chars().rev().take(2).collect();
        if before.len() == 2 && before.iter().all(|c| c.is_alphabetic()) {
            out.pop();
        }
    }
    out.push_str(line);
    out.push('\n');
}

#[cfg(test)]
mod tests;
