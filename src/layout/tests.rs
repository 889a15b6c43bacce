use super::*;

fn w(x0: f64, x1: f64, y: f64, text: &str) -> Word {
    Word {
        x0,
        x1,
        y,
        size: 10.0,
        text: text.into(),
    }
}

/// Words of a line of text starting at `x`, 6 pt a letter and 3 pt a space.
fn line(x: f64, y: f64, text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut at = x;
    for word in text.split(' ') {
        let end = at + 6.0 * word.chars().count() as f64;
        out.push(w(at, end, y, word));
        at = end + 3.0;
    }
    out
}

fn page(lines: &[(f64, f64, &str)]) -> String {
    page_text(
        lines.iter().flat_map(|&(x, y, t)| line(x, y, t)).collect(),
        &[],
        TAB_GAP_EM,
    )
}

#[test]
fn runs_on_one_baseline_form_one_line_in_x_order() {
    let text = page_text(
        vec![
            w(110.0, 300.0, 700.0, "900/0871/BPKAD/2023"),
            w(50.0, 90.0, 700.0, "Nomor"),
            w(100.0, 104.0, 700.5, ":"),
            w(50.0, 120.0, 712.0, "Tanggal"),
        ],
        &[],
        TAB_GAP_EM,
    );
    assert_eq!(text, "Nomor : 900/0871/BPKAD/2023\nTanggal\n");
}

#[test]
fn signature_blocks_side_by_side_read_one_after_the_other() {
    let text = page(&[
        (50.0, 100.0, "Demikian perjanjian ini dibuat untuk dilaksanakan sebagaimana mestinya oleh para pihak."),
        (60.0, 130.0, "PIHAK KEDUA,"),
        (330.0, 130.0, "PIHAK PERTAMA,"),
        (60.0, 142.0, "KETUA KOMISI PEMILIHAN UMUM"),
        (330.0, 142.0, "a.n. GUBERNUR KALIMANTAN SELATAN"),
        (60.0, 154.0, "PROVINSI KALIMANTAN SELATAN,"),
        (330.0, 154.0, "SEKRETARIS DAERAH,"),
        (60.0, 200.0, "FAHRIANNOR, S.Sos., M.AP."),
        (330.0, 200.0, "H. ROY RIZALI ANWAR"),
        (330.0, 212.0, "NIP. 19700101 199503 1 001"),
        (50.0, 250.0, "Tembusan:"),
    ]);
    assert_eq!(
        text,
        "Demikian perjanjian ini dibuat untuk dilaksanakan sebagaimana mestinya oleh para pihak.\n\
         PIHAK KEDUA,\nKETUA KOMISI PEMILIHAN UMUM\nPROVINSI KALIMANTAN SELATAN,\nFAHRIANNOR, S.Sos., M.AP.\n\
         \tPIHAK PERTAMA,\n\ta.n. GUBERNUR KALIMANTAN SELATAN\n\tSEKRETARIS DAERAH,\n\tH. ROY RIZALI ANWAR\n\
         \tNIP. 19700101 199503 1 001\nTembusan:\n"
    );
}

#[test]
fn a_two_column_section_reads_column_by_column() {
    let text = page(&[
        (50.0, 100.0, "LAMPIRAN KEPUTUSAN"),
        (50.0, 120.0, "1. Kecamatan Banjarbaru Utara"),
        (300.0, 120.0, "5. Kecamatan Cempaka"),
        (50.0, 132.0, "2. Kecamatan Banjarbaru Selatan"),
        (300.0, 132.0, "6. Kecamatan Liang Anggang"),
        (50.0, 144.0, "3. Kecamatan Landasan Ulin"),
        (300.0, 144.0, "7. Kecamatan Martapura"),
    ]);
    assert_eq!(
        text,
        "LAMPIRAN KEPUTUSAN\n1. Kecamatan Banjarbaru Utara\n2. Kecamatan Banjarbaru Selatan\n\
         3. Kecamatan Landasan Ulin\n\t5. Kecamatan Cempaka\n\t6. Kecamatan Liang Anggang\n\t7. Kecamatan Martapura\n"
    );
}

#[test]
fn form_rows_and_list_numbers_stay_rows() {
    let text = page(&[
        (50.0, 100.0, "Nomor"),
        (130.0, 100.0, ": 800/458-PPPK.2/BKDPSDM"),
        (50.0, 112.0, "Sifat"),
        (130.0, 112.0, ": Penting"),
        (50.0, 124.0, "Lampiran"),
        (130.0, 124.0, ": -"),
        (50.0, 150.0, "1."),
        (
            80.0,
            150.0,
            "Pemungutan suara dilaksanakan serentak pada tanggal 9 Desember 2020 di seluruh",
        ),
        (80.0, 162.0, "wilayah Kabupaten Banjar;"),
        (50.0, 174.0, "2."),
        (
            80.0,
            174.0,
            "Aparatur Sipil Negara wajib menjaga netralitas.",
        ),
    ]);
    assert_eq!(
        text,
        "Nomor\t: 800/458-PPPK.2/BKDPSDM\nSifat\t: Penting\nLampiran : -\n\
         1. Pemungutan suara dilaksanakan serentak pada tanggal 9 Desember 2020 di seluruh\n\
         wilayah Kabupaten Banjar;\n2. Aparatur Sipil Negara wajib menjaga netralitas.\n"
    );
}

#[test]
fn far_apart_words_in_a_row_are_joined_by_a_tab() {
    let text = page_text(
        vec![
            w(50.0, 150.0, 200.0, "PIHAK KEDUA,"),
            w(350.0, 450.0, 200.0, "PIHAK PERTAMA,"),
        ],
        &[],
        TAB_GAP_EM,
    );
    assert_eq!(text, "PIHAK KEDUA,\tPIHAK PERTAMA,\n");
}

#[test]
fn a_word_broken_at_a_hyphen_is_joined() {
    let text = page(&[
        (50.0, 100.0, "sebagaimana dimaksud dalam Undang-"),
        (50.0, 112.0, "Undang Nomor 10 Tahun 2016 di -"),
        (50.0, 124.0, "Tempat"),
    ]);
    assert_eq!(
        text,
        "sebagaimana dimaksud dalam Undang-Undang Nomor 10 Tahun 2016 di -\nTempat\n"
    );
}

fn h(x0: f64, x1: f64, y: f64) -> Rule {
    Rule {
        x0,
        y0: y,
        x1,
        y1: y,
    }
}

fn v(x: f64, y0: f64, y1: f64) -> Rule {
    Rule {
        x0: x,
        y0,
        x1: x,
        y1,
    }
}

#[test]
fn a_ruled_table_reads_row_by_row_with_wrapped_cells_whole() {
    // Three columns, two rows; the second row's name wraps over two lines and its number
    // sits between them.
    let mut words = Vec::new();
    words.extend(line(52.0, 110.0, "No."));
    words.extend(line(92.0, 110.0, "Penerima Hibah"));
    words.extend(line(302.0, 110.0, "Jumlah (Rp)"));
    words.extend(line(92.0, 130.0, "Komisi Pemilihan Umum"));
    words.extend(line(52.0, 136.0, "1."));
    words.extend(line(302.0, 136.0, "31.000.000.000,00"));
    words.extend(line(92.0, 142.0, "Kabupaten Tanah Bumbu"));
    words.extend(line(50.0, 170.0, "Demikian untuk dilaksanakan."));
    let rules = [
        h(50.0, 450.0, 98.0),
        h(50.0, 450.0, 116.0),
        h(50.0, 450.0, 150.0),
        v(50.0, 98.0, 150.0),
        v(90.0, 98.0, 150.0),
        v(300.0, 98.0, 150.0),
        v(450.0, 98.0, 150.0),
    ];
    assert_eq!(
        page_text(words, &rules, TAB_GAP_EM),
        "No.\tPenerima Hibah\tJumlah (Rp)\n1.\tKomisi Pemilihan Umum Kabupaten Tanah Bumbu\t31.000.000.000,00\n\
         Demikian untuk dilaksanakan.\n"
    );
}
