use std::collections::HashSet;

use super::{sastrawi_stem, stem, stem_with};
use crate::lang::is_root;

/// Words of official documents and their stems, read against KBBI's roots.
const STEMS: &[(&str, &str)] = &[
    // Confix precedence and rule order: the roots Sastrawi's Rust port missed.
    ("pengawasan", "awas"),
    ("mengawasi", "awas"),
    ("perubahan", "ubah"),
    ("perubahannya", "ubah"),
    ("berubah", "ubah"),
    ("berada", "ada"),
    ("keberadaan", "ada"),
    ("mengadakan", "ada"),
    ("pemeriksaan", "periksa"),
    ("peralatan", "alat"),
    ("pemerintah", "perintah"),
    ("pemerintahan", "perintah"),
    ("beradu", "adu"),
    // Prefix families.
    ("menetapkan", "tetap"),
    ("ditetapkan", "tetap"),
    ("penetapan", "tetap"),
    ("keputusan", "putus"),
    ("memutuskan", "putus"),
    ("menimbang", "timbang"),
    ("mengingat", "ingat"),
    ("peringatan", "ingat"),
    ("menyampaikan", "sampai"),
    ("penyelenggaraan", "selenggara"),
    ("diselenggarakan", "selenggara"),
    ("dilaksanakan", "laksana"),
    ("pelaksanaan", "laksana"),
    ("peraturan", "atur"),
    ("pembangunan", "bangun"),
    ("mempengaruhi", "pengaruh"),
    ("memperhatikan", "perhati"),
    ("perhatian", "perhati"),
    ("mempertimbangkan", "timbang"),
    ("perekonomian", "ekonomi"),
    ("pertanian", "tani"),
    ("berdasarkan", "dasar"),
    ("kewenangan", "wenang"),
    ("berwenang", "wenang"),
    ("penjelasan", "jelas"),
    ("keterangan", "terang"),
    ("pendidikan", "didik"),
    ("kebijakan", "bijak"),
    ("mentaati", "taat"),
    ("menaati", "taat"),
    ("pelajar", "ajar"),
    ("belajar", "ajar"),
    ("dihibahkan", "hibah"),
    ("penghibahan", "hibah"),
    // Particles and possessives.
    ("hancurlah", "hancur"),
    ("bukunya", "buku"),
    ("dikatakannya", "kata"),
    // Nouns with pe(N)-/per-/ke- take -an (naskah's refinement).
    ("penegakan", "tegak"),
    ("kerusakan", "rusak"),
    ("penyidikan", "sidik"),
    ("penarikan", "tarik"),
    ("penculikan", "culik"),
    ("pemasukan", "masuk"),
    ("peletakan", "letak"),
    ("pergerakan", "gerak"),
    // ... while verbs keep -kan.
    ("perhatikan", "perhati"),
    ("dikemukakan", "muka"),
    ("kemukakan", "muka"),
    ("dikenakan", "kena"),
    ("kenakan", "kena"),
    ("katakan", "kata"),
    ("menegakkan", "tegak"),
    ("ditarik", "tarik"),
    // Roots and words with no Indonesian affix stay whole.
    ("daerah", "daerah"),
    ("kepala", "kepala"),
    ("pantai", "pantai"),
    ("bkdpsdm", "bkdpsdm"),
    ("sekretariat", "sekretariat"),
    ("café", "café"),
];

#[test]
fn official_words_stem_to_their_roots() {
    let wrong: Vec<String> = STEMS
        .iter()
        .filter_map(|(word, want)| {
            let got = stem(word);
            (got != *want).then(|| format!("{word}: {got}, want {want}"))
        })
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// The port gives PySastrawi's stems: on the committed vectors, or on the file that
/// `NASKAH_STEM_VECTORS` names (`tools/make_stemmer_vectors.py --every 1 --all-forms`).
#[test]
fn port_agrees_with_pysastrawi() {
    let path = std::env::var("NASKAH_STEM_VECTORS").unwrap_or_else(|_| {
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tools/data/stemmer/pysastrawi_vectors.tsv"
        )
        .to_string()
    });
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut total = 0;
    let mut wrong = Vec::new();
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let Some((word, want)) = line.split_once('\t') else {
            panic!("{path}: not word<TAB>stem: {line:?}");
        };
        total += 1;
        let got = sastrawi_stem(word, &is_root);
        if got != want {
            wrong.push(format!("{word}: {got}, PySastrawi {want}"));
        }
    }
    assert!(total > 1000, "{path}: only {total} words");
    assert!(
        wrong.is_empty(),
        "{} of {total} differ: {:#?}",
        wrong.len(),
        &wrong[..wrong.len().min(40)]
    );
}

#[test]
fn noun_reading_needs_a_noun_prefix_and_a_root() {
    let roots: HashSet<&str> = ["rusa", "rusak", "kena", "nak", "hati"].into();
    let is_root = |w: &str| roots.contains(w);
    // ke- + -kan is no confix: the -an reading wins.
    assert_eq!(sastrawi_stem("kerusakan", &is_root), "rusa");
    assert_eq!(stem_with("kerusakan", &is_root), "rusak");
    // No prefix taken off (kena + -kan): ECS's reading stands.
    assert_eq!(stem_with("kenakan", &is_root), "kena");
    // per- + -kan is a verb; with no root `hatik` its reading stands.
    assert_eq!(stem_with("perhatikan", &is_root), "hati");
    // A verbal prefix keeps -kan.
    assert_eq!(stem_with("dirusakan", &is_root), "rusa");
}

#[test]
fn short_words_only_lose_particles_and_plain_prefixes() {
    let roots: HashSet<&str> = ["an", "ban", "a"].into();
    let is_root = |w: &str| roots.contains(w);
    assert_eq!(sastrawi_stem("kea", &is_root), "a");
    // `-i` would leave the root `an`, but a word of three letters keeps its suffix.
    assert_eq!(sastrawi_stem("ani", &is_root), "ani");
    assert_eq!(sastrawi_stem("bani", &is_root), "ban");
}
