//! Finding the signature areas of a page text and splitting them into one block per signer.
//!
//! A reader follows each block down the page: a block opens with a role label, the place
//! and date of issue, an on-behalf line or an office, and takes the lines that continue it
//! (the rest of the office, the space for the signature, the name, rank and NIP) until its
//! NIP, or until body text, a heading or a list ends the area. Several blocks may be open
//! at once: two printed side by side come one after the other, but the layout can also
//! interleave them (both labels and offices, then both names) and a poor scan can join
//! their rows with tabs (`PIHAK KEDUA,\tPIHAK PERTAMA,`; three blocks in a row). A line
//! goes to the open block that expects what it is, in its own column if one does: the
//! column is the cell's place in a tab-joined row, and a line starting with a tab stands
//! in the right part of the page.

use super::kinds::{classify, Kind};
use super::names::{is_degree_line, name_score};
use crate::extract::lines::squash;

/// One line (or cell of a row) of a block, with what it is on its own.
#[derive(Debug, Clone)]
pub(super) struct Item {
    pub text: String,
    pub kind: Kind,
}

/// The lines of one signature block, top to bottom.
#[derive(Debug, Clone)]
pub(super) struct RawBlock {
    pub items: Vec<Item>,
    /// Opened by a capital line ending in a comma that names no office (a position whose
    /// head OCR lost): only a plain name makes it a block.
    pub weak: bool,
}

/// A name scoring this much on its own is plainly one (a title, degrees, capitals).
const STRONG_NAME: i32 = 3;

/// Lines of one cell that end a table (a wrapped cell is one or two).
const MAX_TABLE_GAP: usize = 3;

/// Lines a block may sit below its last line and still be continued from another column.
const MAX_REACH: usize = 12;

/// A block being read.
#[derive(Debug)]
struct Open {
    block: RawBlock,
    col: usize,
    last_line: usize,
    has_role: bool,
    in_behalf: bool,
    has_position: bool,
    /// The office's last line ended with a comma (or OCR's full stop for one).
    position_ended: bool,
    /// Text under the office: the name, or debris, or the office's continuation.
    has_text_after: bool,
    has_rank: bool,
    /// A NIP or NRP closes the block.
    has_id: bool,
    /// A later block opened in the same column: this one takes nothing more.
    closed: bool,
    /// A line that is plainly a name came under the office.
    named: bool,
}

impl Open {
    fn new(col: usize, line: usize, weak: bool) -> Open {
        Open {
            block: RawBlock {
                items: Vec::new(),
                weak,
            },
            col,
            last_line: line,
            has_role: false,
            in_behalf: false,
            has_position: false,
            position_ended: false,
            has_text_after: false,
            has_rank: false,
            has_id: false,
            closed: false,
            named: false,
        }
    }

    /// It has an office and nothing under it yet: the rest of the office or the name.
    fn awaits_name(&self) -> bool {
        self.has_position && !self.has_text_after && !self.closed
    }

    fn accepts(&self, kind: Kind, text: &str) -> bool {
        if self.closed {
            return false;
        }
        let head = !self.has_position && !self.has_text_after;
        match kind {
            Kind::Role(_) => head && !self.has_role && !self.in_behalf,
            Kind::Intro => head && !self.has_role && !self.in_behalf,
            Kind::Note => head || (self.position_ended && !self.has_text_after),
            Kind::Behalf => !self.has_text_after,
            // Or an office ending in its comma right under one without: the first was
            // whom the signer acts for, its `a.n.` lost.
            Kind::Office => {
                head || (self.has_position
                    && !self.position_ended
                    && !self.has_text_after
                    && ends_office(text))
            }
            Kind::Text => !self.has_id && !self.has_rank,
            Kind::Rank | Kind::Nip => !self.has_id && self.has_text_after,
            Kind::Heading { soft } => soft && self.has_position && !self.position_ended,
            Kind::Noise | Kind::Body => false,
        }
    }

    /// Takes a line; the block's column becomes the line's, as a block is followed down
    /// the column it is printed in (a wide line may stand out to the left).
    fn take(&mut self, text: String, kind: Kind, line: usize, col: usize) {
        self.col = col;
        match kind {
            Kind::Role(_) => self.has_role = true,
            Kind::Behalf => {
                // `u.b.` under an office: the signer's own office comes below it.
                self.in_behalf = true;
                self.has_position = false;
                self.position_ended = false;
            }
            Kind::Office => {
                self.has_position = true;
                self.position_ended = ends_office(&text);
            }
            Kind::Text | Kind::Heading { .. } => {
                if self.has_position && !self.position_ended {
                    // The office's continuation (down to its comma) or the name: the
                    // block reader decides.
                    self.position_ended = ends_office(&text);
                    if !self.position_ended {
                        self.has_text_after = true;
                    }
                } else if !self.has_position && ends_office(&text) {
                    // A garbled office under a label or after `a.n.`.
                    self.has_position = true;
                    self.position_ended = true;
                } else if self.in_behalf
                    && !self.has_position
                    && name_score(&text).is_none_or(|s| s < STRONG_NAME)
                {
                    // More of whom the signer acts for (`a.n. KETUA KPU` / `KABUPATEN X`);
                    // a plain name is the signer's, their office lost.
                } else if !self.has_position && !self.has_role && name_score(&text).is_none() {
                    // Debris under the place and date (a garbled date line): the office
                    // may still come.
                } else {
                    self.has_text_after = true;
                    if name_score(&text).is_some_and(|s| s >= STRONG_NAME) {
                        self.named = true;
                    }
                }
            }
            Kind::Rank => self.has_rank = true,
            Kind::Nip => self.has_id = true,
            _ => {}
        }
        let kind = match kind {
            Kind::Heading { .. } => Kind::Text,
            k => k,
        };
        self.block.items.push(Item { text, kind });
        self.last_line = line;
    }
}

/// Whether a line ends an office: with a comma, or a full stop OCR read for one.
pub(super) fn ends_office(line: &str) -> bool {
    let t = line.trim_end();
    // `Lenny Lumentut, Lc.`: a name ending in its degree.
    if let Some((_, after)) = t.trim_end_matches(',').rsplit_once(',') {
        if super::names::is_degree(after.trim()) {
            return false;
        }
    }
    t.ends_with(',') || (t.ends_with('.') && !t.ends_with("..") && !ends_with_abbreviation(t))
}

/// `S.H.`, `M.Si.`: a dotted abbreviation at the end, not a full stop.
fn ends_with_abbreviation(line: &str) -> bool {
    line.split_whitespace()
        .last()
        .is_some_and(|w| w.trim_end_matches('.').contains('.'))
}

/// A cell of a row: its text and column.
struct Cell {
    text: String,
    col: usize,
}

/// The cells of one line, and whether it is a row of a table of people or figures
/// (`1.\tNama ...\tJabatan`), which belongs to the body.
fn cells(line: &str) -> (Vec<Cell>, bool) {
    let right = line.trim_start_matches(' ').starts_with('\t');
    let mut parts: Vec<String> = Vec::new();
    // The row's number, before specks are stripped from its first cell.
    let numbered = line
        .split('\t')
        .map(str::trim)
        .find(|p| !p.is_empty())
        .and_then(|p| p.split_whitespace().next())
        .is_some_and(|w| {
            let w = w.trim_end_matches(['.', ')']);
            !w.is_empty() && w.len() <= 3 && w.chars().all(|c| c.is_ascii_digit())
        });
    for raw in line.split('\t') {
        let part = squash(strip_leading_specks(raw.trim()));
        if part.is_empty() {
            continue;
        }
        // A form's value (`Nomor\t: 12`, `NIP.\t1968...`) stays with its label.
        let joins = part.starts_with(':')
            || parts.last().is_some_and(|p: &String| p.ends_with(':'))
            || part.chars().all(|c| c.is_ascii_digit() || c == ' ');
        match parts.last_mut() {
            Some(prev) if joins => {
                prev.push(' ');
                prev.push_str(&part);
            }
            _ => parts.push(part),
        }
    }
    let table = parts.len() >= 2 && is_table_row(&parts, numbered);
    let offset = usize::from(right);
    let cells = parts
        .into_iter()
        .enumerate()
        .map(|(i, text)| Cell {
            text,
            col: i + offset,
        })
        .collect();
    (cells, table)
}

/// Whether two or more cells of a row hold words: a row of a table once one is under way.
fn worded_cells(cells: &[Cell]) -> bool {
    cells
        .iter()
        .filter(|c| c.text.chars().filter(|ch| ch.is_alphabetic()).count() >= 2)
        .count()
        >= 2
}

/// A row of a table: numbered (`5 Fitriani Ismail\tPenyuluh`), a header naming its
/// columns (`No.\tNama\tJabatan`), or figures. Specks in a second cell make no table.
fn is_table_row(parts: &[String], numbered: bool) -> bool {
    let count = |p: &String, f: fn(&char) -> bool| p.chars().filter(f).count();
    let worded = parts
        .iter()
        .filter(|p| count(p, |c| c.is_alphabetic()) >= 2)
        .count();
    let figured = parts
        .iter()
        .filter(|p| {
            count(p, |c| c.is_ascii_digit()) >= 2 && count(p, |c| c.is_ascii_digit()) * 2 > p.len()
        })
        .count();
    let header = parts.iter().any(|p| p.eq_ignore_ascii_case("nama"))
        || parts.iter().any(|p| p.to_lowercase().starts_with("no."));
    (numbered && worded + figured >= 2 && worded >= 1) || header || figured >= 2
}

/// Drops the leading tokens of a line that hold no letter: OCR's specks of stamps and
/// signatures (`(5 BUPATI BANJAR,`, `| H. ...`).
fn strip_leading_specks(line: &str) -> &str {
    let mut rest = line;
    while let Some((first, tail)) = rest.split_once(' ') {
        if first.chars().any(char::is_alphabetic) {
            break;
        }
        rest = tail.trim_start();
    }
    rest
}

/// Lines above a NIP that no block took may be its block: an office OCR garbled at its
/// head, then the name. How far up they are looked for.
const MAX_FROM_BELOW: usize = 6;

/// The reader's state: blocks open, blocks done, and recent lines no block took.
#[derive(Default)]
struct Reader {
    open: Vec<Open>,
    done: Vec<Open>,
    loose: Vec<(usize, Cell)>,
}

/// The signature blocks of a text, in the order they open.
pub(super) fn find_blocks(text: &str) -> Vec<RawBlock> {
    let mut r = Reader::default();
    // Inside a table, rows of several cells are its rows even without their number (OCR
    // loses it); three lines of one cell end it.
    let mut in_table = false;
    let mut single = 0;
    for (n, line) in text.lines().enumerate() {
        let (cells, table) = cells(line);
        if table || (in_table && worded_cells(&cells)) {
            in_table = true;
            single = 0;
            r.close_all();
            continue;
        }
        single += 1;
        if single >= MAX_TABLE_GAP {
            in_table = false;
        }
        for cell in cells {
            let kind = classify(&cell.text);
            r.place(cell, kind, n);
        }
    }
    r.close_all();
    // Blocks close in batches, each in the order they opened: `done` is in reading order.
    r.done.into_iter().map(|o| o.block).collect()
}

impl Reader {
    fn close_all(&mut self) {
        self.done.append(&mut self.open);
        self.loose.clear();
    }

    /// Gives a line to the open block that expects it, or opens a block with it.
    fn place(&mut self, cell: Cell, kind: Kind, n: usize) {
        match kind {
            Kind::Body | Kind::Heading { soft: false } => {
                self.close_all();
                return;
            }
            Kind::Noise => return,
            _ => {}
        }
        if let Some(i) = receiver(&self.open, &cell, kind, n) {
            self.open[i].take(cell.text, kind, n, cell.col);
            return;
        }
        let weak = match kind {
            Kind::Role(_) | Kind::Intro | Kind::Note | Kind::Behalf | Kind::Office => false,
            // A capital line ending in a comma, nothing else open: an office without its head.
            Kind::Text if opens_weakly(&cell.text) => true,
            Kind::Text => {
                self.loose.push((n, cell));
                return;
            }
            Kind::Rank | Kind::Nip => {
                self.open_from_below(cell, kind, n);
                return;
            }
            Kind::Heading { .. } => {
                self.close_all();
                return;
            }
            Kind::Noise | Kind::Body => return,
        };
        // Blocks above in this column are finished once they have their name.
        for o in self.open.iter_mut() {
            if o.col == cell.col && o.has_text_after {
                o.closed = true;
            }
        }
        let mut block = Open::new(cell.col, n, weak);
        if weak {
            block.has_position = true;
            block.position_ended = true;
            block.block.items.push(Item {
                text: cell.text,
                kind: Kind::Text,
            });
        } else {
            block.take(cell.text, kind, n, cell.col);
        }
        self.open.push(block);
    }

    /// A NIP or rank no block expects: the lines just above it that no block took are its
    /// block (its office garbled at the head, the name), if they hold a name.
    fn open_from_below(&mut self, cell: Cell, kind: Kind, n: usize) {
        let above: Vec<(usize, Cell)> = self
            .loose
            .drain(..)
            .filter(|(m, _)| n - m <= MAX_FROM_BELOW)
            .collect();
        if above.is_empty() {
            return;
        }
        let mut block = Open::new(cell.col, above[0].0, false);
        for (m, c) in above {
            block.take(c.text, Kind::Text, m, c.col);
        }
        block.has_text_after = true;
        block.take(cell.text, kind, n, cell.col);
        self.open.push(block);
    }
}

/// The open block that takes a line: one that expects it in the line's column, the latest
/// first; else the latest one that expects it in another column, if it is near.
fn receiver(open: &[Open], cell: &Cell, kind: Kind, n: usize) -> Option<usize> {
    let accepting =
        |o: &&Open| o.accepts(kind, &cell.text) && n.saturating_sub(o.last_line) <= MAX_REACH;
    let same = open
        .iter()
        .enumerate()
        .filter(|(_, o)| o.col == cell.col)
        .filter(|(_, o)| accepting(o))
        .map(|(i, _)| i)
        .next_back();
    if let Some(i) = same {
        // A block that has its name already does not take another while a block beside
        // it waits for one: the layout gave both offices, then both names.
        let waiting = open
            .iter()
            .enumerate()
            .filter(|(j, o)| *j != i && o.awaits_name() && accepting(o))
            .map(|(j, _)| j)
            .next_back();
        if kind == Kind::Text && open[i].named && !is_degree_line(&cell.text) {
            if let Some(j) = waiting {
                return Some(j);
            }
        }
        return Some(i);
    }
    // In the line's own column an office is under way: an office or label there starts a
    // block of its own rather than completing one in another column. (A block whose office
    // is complete waits for its name, not for another office.)
    let own_busy = open.iter().any(|o| {
        o.col == cell.col
            && !o.closed
            && !o.has_id
            && !o.has_text_after
            && o.has_position
            && !o.position_ended
    });
    if own_busy && matches!(kind, Kind::Office | Kind::Role(_)) {
        return None;
    }
    open.iter()
        .enumerate()
        .filter(|(_, o)| accepting(o))
        .map(|(i, _)| i)
        .next_back()
}

/// A capital line ending in a comma with two or more words: what is left of an office
/// whose first word a stamp covered (`KABUPATEN AGAM,`).
fn opens_weakly(line: &str) -> bool {
    let t = line.trim();
    t.ends_with(',')
        && t.split_whitespace().count() >= 2
        && crate::extract::lines::upper_ratio(t) >= 0.8
        && !t.chars().any(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The texts of each block's lines.
    fn blocks(text: &str) -> Vec<Vec<String>> {
        find_blocks(text)
            .into_iter()
            .map(|b| b.items.into_iter().map(|i| i.text).collect())
            .collect()
    }

    #[test]
    fn blocks_are_followed_through_their_columns() {
        let cases: &[(&str, &[&[&str]])] = &[
            // Sequential: left block, then the right one.
            (
                "Demikian perjanjian ini dibuat untuk dilaksanakan oleh kedua pihak.\nPIHAK PERTAMA,\nBUPATI X,\nAHMAD\n\tPIHAK KEDUA,\n\tKETUA Y,\n\tBUDI",
                &[&["PIHAK PERTAMA,", "BUPATI X,", "AHMAD"], &["PIHAK KEDUA,", "KETUA Y,", "BUDI"]],
            ),
            // Interleaved: both labels and offices, then both names.
            (
                "PIHAK KEDUA,\nRektor,\n\tPIHAK PERTAMA,\n\tPj. Gubernur Maluku,\nProf. Dr. Ronald\nNIP. 19660811 199010 1 011\n\tElisa Sopaheluwakan\n\tNIP: 19581219 198212 2 010",
                &[
                    &["PIHAK KEDUA,", "Rektor,", "Prof. Dr. Ronald", "NIP. 19660811 199010 1 011"],
                    &["PIHAK PERTAMA,", "Pj. Gubernur Maluku,", "Elisa Sopaheluwakan", "NIP: 19581219 198212 2 010"],
                ],
            ),
            // A wide office line of the right block printed without a tab.
            (
                "PIHAK PERTAMA,\nREKTOR,\nProf. Dr. A\nNIP: 19460603 197203 2 014\n\tPIHAK KEDUA,\nDIREKTUR RUMAH SAKIT UMUM\n\tDAERAH BANAWA,\n\tdr. Budi Santosa",
                &[
                    &["PIHAK PERTAMA,", "REKTOR,", "Prof. Dr. A", "NIP: 19460603 197203 2 014"],
                    &["PIHAK KEDUA,", "DIREKTUR RUMAH SAKIT UMUM", "DAERAH BANAWA,", "dr. Budi Santosa"],
                ],
            ),
            // Rows of two blocks joined by tabs.
            (
                "PIHAK KEDUA,\tPIHAK PERTAMA,\nKETUA KPU\tSEKRETARIS DAERAH,\nPROVINSI KALSEL,\nFAHRI\tROYANI",
                &[&["PIHAK KEDUA,", "KETUA KPU", "PROVINSI KALSEL,", "FAHRI"], &["PIHAK PERTAMA,", "SEKRETARIS DAERAH,", "ROYANI"]],
            ),
            // A table of members under the signature is no block.
            (
                "\tBUPATI X,\n\tAHMAD\nNo\tNama\tJabatan\n1\tBudi Santosa\tAnggota\n2\tCitra Dewi\tSekretaris",
                &[&["BUPATI X,", "AHMAD"]],
            ),
        ];
        for (text, want) in cases {
            let want: Vec<Vec<String>> = want
                .iter()
                .map(|b| b.iter().map(|s| (*s).to_string()).collect())
                .collect();
            assert_eq!(blocks(text), want, "{text}");
        }
    }
}
