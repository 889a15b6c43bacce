//! Line-level helpers shared by the header and signature rules.

/// Removes what OCR adds at the edges of a line: scanner-edge bars and specks before the
/// text (`| NOMOR : ...`, `- NASKAH ...`, `ie | SURAT EDARAN`) and a lone symbol after it
/// (`DENGAN |`, `KEPUTUSAN BUPATI BANJAR :`). Trailing commas and colons attached to a word
/// are kept: they end positions and labels.
pub fn clean_ocr_line(line: &str) -> &str {
    let mut s = line.trim();
    // A bar near the start with at most a short speck before it.
    if let Some(bar) = s.find('|') {
        if bar <= 4 {
            s = s[bar + 1..].trim_start();
        }
    }
    s = s.trim_start_matches(|c: char| c.is_whitespace() || "|:;!'\"`~_—–-.,*•»«“”‘’".contains(c));
    loop {
        let trimmed = s.trim_end();
        match trimmed.rsplit_once(' ') {
            Some((head, last))
                if last.chars().count() == 1 && !last.chars().all(char::is_alphanumeric) =>
            {
                s = head;
            }
            _ => {
                s = trimmed;
                break;
            }
        }
    }
    s.trim_end_matches(['|', '_', '—', '"', '”'])
}

/// `clean_ocr_line` over every line of a text. What is removed is replaced by spaces, so
/// every byte offset in the result is the same as in the input (evidence spans point into
/// the stored page text). Tabs between columns stay; only the first column of a line
/// starts at the page edge, so later ones keep their `: value`.
pub fn clean_ocr_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        for (j, part) in line.split('\t').enumerate() {
            if j > 0 {
                out.push('\t');
            }
            let kept = if j == 0 { clean_ocr_line(part) } else { part };
            // `kept` is a slice of `part`; pad the bytes cut on either side.
            let start = kept.as_ptr() as usize - part.as_ptr() as usize;
            out.extend(std::iter::repeat_n(' ', start));
            out.push_str(kept);
            out.extend(std::iter::repeat_n(' ', part.len() - start - kept.len()));
        }
    }
    out
}

/// Share of letters that are upper case (1.0 for `BUPATI BANJAR`).
pub fn upper_ratio(s: &str) -> f64 {
    let letters: Vec<char> = s.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.is_empty() {
        return 0.0;
    }
    letters.iter().filter(|c| c.is_uppercase()).count() as f64 / letters.len() as f64
}

/// Collapses runs of whitespace to one space and trims.
pub fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Lines split into columns: a tab (from the PDF layout) or a wide run of spaces separates
/// side-by-side blocks. Returns the left-column lines first, then the right-column lines,
/// so two signature blocks printed side by side read one after the other.
pub fn column_streams(text: &str) -> Vec<String> {
    let mut left = Vec::new();
    let mut right = Vec::new();
    let mut in_columns = false;
    let mut singles = 0;
    for line in text.lines() {
        // A leading tab marks a line printed only in the right half of the page.
        let right_only = line.trim_start_matches(' ').starts_with('\t') && !line.trim().is_empty();
        let parts: Vec<&str> = split_columns(line);
        match parts.as_slice() {
            [] => {
                left.push(String::new());
                if in_columns {
                    right.push(String::new());
                }
            }
            [one] if right_only && in_columns => right.push(squash(one)),
            [one] => {
                singles += 1;
                // Long body text, or a long run of single lines, ends a two-column stretch.
                if in_columns && (one.len() > 70 || singles > 8) {
                    left.append(&mut right);
                    in_columns = false;
                }
                left.push(squash(one));
            }
            many => {
                in_columns = true;
                singles = 0;
                left.push(squash(many[0]));
                right.push(squash(&many[1..].join(" ")));
            }
        }
    }
    left.append(&mut right);
    left
}

fn split_columns(line: &str) -> Vec<&str> {
    let trimmed = line.trim();
    if trimmed.is_empty() {
        return Vec::new();
    }
    if trimmed.contains('\t') {
        // A column of specks (`Dikeluarkan di Banjarmasin\t:`) is no column.
        return trimmed
            .split('\t')
            .map(str::trim)
            .filter(|p| p.chars().filter(|c| c.is_alphanumeric()).count() >= 2)
            .collect();
    }
    // OCR keeps wide gaps as runs of spaces only sometimes; six or more is a column gap.
    if let Some(pos) = trimmed.find("      ") {
        let (a, b) = trimmed.split_at(pos);
        let b = b.trim();
        if !a.trim().is_empty() && !b.is_empty() {
            return vec![a.trim(), b];
        }
    }
    vec![trimmed]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ocr_edge_specks_are_removed() {
        let cases = [
            (
                "| NOMOR : 900/1187/BPKAD/2023",
                "NOMOR : 900/1187/BPKAD/2023",
            ),
            (
                "- NASKAH PERJANJIAN HIBAH DAERAH",
                "NASKAH PERJANJIAN HIBAH DAERAH",
            ),
            ("ie | SURAT EDARAN", "SURAT EDARAN"),
            ("DENGAN |", "DENGAN"),
            ("KEPUTUSAN BUPATI BANJAR :", "KEPUTUSAN BUPATI BANJAR"),
            ("BUPATI BANJAR,", "BUPATI BANJAR,"),
            ("Nomor : 12/2024", "Nomor : 12/2024"),
            ("(1) PIHAK PERTAMA", "(1) PIHAK PERTAMA"),
        ];
        for (raw, want) in cases {
            assert_eq!(clean_ocr_line(raw), want, "{raw}");
        }
    }

    #[test]
    fn cleaning_keeps_every_offset() {
        let text = "| NOMOR : 900/1\n- NASKAH —\nPIHAK KEDUA,\t: PIHAK PERTAMA,\n\tDr. A |";
        let clean = clean_ocr_text(text);
        assert_eq!(clean.len(), text.len());
        assert_eq!(clean.find("NOMOR"), text.find("NOMOR"));
        assert_eq!(
            clean.lines().map(str::trim).collect::<Vec<_>>(),
            [
                "NOMOR : 900/1",
                "NASKAH",
                "PIHAK KEDUA,\t: PIHAK PERTAMA,",
                "Dr. A |"
            ]
        );
    }

    #[test]
    fn side_by_side_blocks_are_read_left_then_right() {
        let text = "intro line\nPIHAK KEDUA,\tPIHAK PERTAMA,\nKETUA\tSEKRETARIS DAERAH,\nKPU,\n\tDAERAH,\n\nA. NAME\tB. NAME\nafter";
        let s = column_streams(text);
        assert_eq!(
            s,
            [
                "intro line",
                "PIHAK KEDUA,",
                "KETUA",
                "KPU,",
                "",
                "A. NAME",
                "after",
                "PIHAK PERTAMA,",
                "SEKRETARIS DAERAH,",
                "DAERAH,",
                "",
                "B. NAME"
            ]
        );
    }
}
