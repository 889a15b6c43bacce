//! Signature blocks as printed, in the page-text conventions of `crate::layout`: rows in
//! reading order, blocks side by side read one after the other (left column, then right
//! column, whose lines start with a tab), no blank lines for the space left for signatures.
//! One table per arrangement or concern; each row is a text and the `(name, position)` list
//! a reader finds in it.

use super::find_signatories;

type Case<'a> = (&'a str, &'a [(&'a str, &'a str)]);

fn check(cases: &[Case]) {
    let mut wrong = Vec::new();
    for (text, want) in cases {
        let got: Vec<(String, String)> = find_signatories(text)
            .into_iter()
            .map(|s| (s.name, s.position.unwrap_or_default()))
            .collect();
        let want: Vec<(String, String)> = want
            .iter()
            .map(|(n, p)| ((*n).to_string(), (*p).to_string()))
            .collect();
        if got != want {
            wrong.push(format!(
                "--- text ---\n{text}\n got: {got:?}\nwant: {want:?}"
            ));
        }
    }
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}

#[test]
fn single_blocks() {
    check(&[
        // Right-aligned, with the place and date of issue and a `ttd` in the space.
        (
            "Demikian untuk menjadi perhatian dan dilaksanakan.\n\tDikeluarkan di Martapura\n\tpada tanggal 28 September 2020\n\tBUPATI BANJAR,\n\tttd\n\tH. KHALILLURAHMAN\nTembusan Yth.:\n1. Gubernur Kalimantan Selatan;",
            &[("H. KHALILLURAHMAN", "BUPATI BANJAR")],
        ),
        // Centred, on behalf of the regent, with rank and NIP.
        (
            "Atas perhatian Saudara, kami ucapkan terima kasih.\na.n. BUPATI TANAH BUMBU\nSEKRETARIS DAERAH,\nDrs. H. RAHMAT HIDAYAT NOOR, M.Si.\nPembina Utama Muda\nNIP. 19680312 199303 1 007",
            &[("Drs. H. RAHMAT HIDAYAT NOOR, M.Si.", "SEKRETARIS DAERAH")],
        ),
        // Title Case office and name after a place and date.
        (
            "Demikian disampaikan.\n\tBekasi, 12 Maret 2024\n\tKepala Bidang Pelayanan,\n\tRatna Kusumawati, S.Kom.\n\tNIP 197605182002122001",
            &[("Ratna Kusumawati, S.Kom.", "Kepala Bidang Pelayanan")],
        ),
        // Title Case one-word office, a plain capital name.
        (
            "Atas kehadirannya diucapkan terima kasih.\n\tKetua,\n\tMARLINA SUWANDI",
            &[("MARLINA SUWANDI", "Ketua")],
        ),
        // One-word office in capitals, a name wrapped onto a line of degrees.
        (
            "Demikian.\n\tREKTOR,\n\tProf. Dr. Ir. H. RAHMAT\n\tNOORHIDAYAT, M.Sc.\n\tNIP. 19640517 198903 1 004",
            &[("Prof. Dr. Ir. H. RAHMAT NOORHIDAYAT, M.Sc.", "REKTOR")],
        ),
        (
            "Demikian.\na.n. WALI KOTA BANJARMASIN\nSEKRETARIS DAERAH,\nIr. H. MUHAMMAD SYARIFUDDIN,\nM.T.\nPembina Utama Madya\nNIP. 19650101 199003 1 010",
            &[("Ir. H. MUHAMMAD SYARIFUDDIN, M.T.", "SEKRETARIS DAERAH")],
        ),
        // Acting markers stay in the position.
        (
            "Demikian.\n\tPlt. KEPALA DINAS KESEHATAN,\n\tdr. RETNO WULANDARI, M.Kes.\n\tPembina Tk. I\n\tNIP. 19760611 200604 2 015",
            &[("dr. RETNO WULANDARI, M.Kes.", "Plt. KEPALA DINAS KESEHATAN")],
        ),
        (
            "Demikian.\na.n. KETUA KPU KABUPATEN JAYAPURA\nPlh. SEKRETARIS,\nFRANSISKUS X. WAROPEN, S.Sos.\nNIP. 19750309 200212 1 004",
            &[("FRANSISKUS X. WAROPEN, S.Sos.", "Plh. SEKRETARIS")],
        ),
        (
            "Demikian.\n\tKupang, 3 Januari 2024\n\tPj. BUPATI TIMOR TENGAH SELATAN,\n\tYOHANIS NUBATONIS",
            &[("YOHANIS NUBATONIS", "Pj. BUPATI TIMOR TENGAH SELATAN")],
        ),
        // `u.b.`: the signer's office is the one under it.
        (
            "Demikian.\na.n. KEPALA DINAS PENDIDIKAN\nSekretaris\nu.b.\nKepala Bidang Pembinaan SMA,\nDrs. AGUS SALIM\nNIP. 19650101 199003 1 010",
            &[("Drs. AGUS SALIM", "Kepala Bidang Pembinaan SMA")],
        ),
        // A police rank under the name, then the NRP.
        (
            "Demikian.\n\tKEPALA KEPOLISIAN RESOR KULON PROGO,\n\tDANIEL PATTIASINA, S.I.K., M.H.\n\tAJUN KOMISARIS BESAR POLISI NRP 76050812",
            &[("DANIEL PATTIASINA, S.I.K., M.H.", "KEPALA KEPOLISIAN RESOR KULON PROGO")],
        ),
        (
            "Demikian.\n\tKEPALA BAGIAN SUMBER DAYA,\n\tSUGENG RAHARJO\n\tAJUN KOMISARIS BESAR POLISI\n\tNRP 72050123",
            &[("SUGENG RAHARJO", "KEPALA BAGIAN SUMBER DAYA")],
        ),
        // A military rank with its corps.
        (
            "Demikian.\n\tKOMANDAN DISTRIK MILITER 0809/KEDIRI,\n\tBAMBANG SUTRISNO\n\tLETNAN KOLONEL INF NRP 11960022",
            &[("BAMBANG SUTRISNO", "KOMANDAN DISTRIK MILITER 0809/KEDIRI")],
        ),
        (
            "Demikian.\n\tKEPALA SEKSI OPERASI,\n\tAGUS PRIYANTO\n\tMAYOR ARH NRP 11010045",
            &[("AGUS PRIYANTO", "KEPALA SEKSI OPERASI")],
        ),
        // A one-word name without titles.
        (
            "Demikian.\n\tKETUA PENGADILAN NEGERI PURWODADI,\n\tWARSITO\n\tNIP. 19700101 199503 1 001",
            &[("WARSITO", "KETUA PENGADILAN NEGERI PURWODADI")],
        ),
        // An electronic signature note in the space for the signature.
        (
            "Demikian.\n\tKEPALA DINAS KOMUNIKASI DAN INFORMATIKA,\n\tDitandatangani secara elektronik\n\tHENDRA GUNAWAN, S.T., M.T.\n\tPembina Tk. I\n\tNIP. 19750101 200003 1 002",
            &[("HENDRA GUNAWAN, S.T., M.T.", "KEPALA DINAS KOMUNIKASI DAN INFORMATIKA")],
        ),
        (
            "Demikian.\n\tDitandatangani secara elektronik oleh:\n\tKEPALA BADAN PERENCANAAN PEMBANGUNAN DAERAH,\n\tMARGARETHA WAROUW\n\tNIP. 19700101 199503 2 001",
            &[("MARGARETHA WAROUW", "KEPALA BADAN PERENCANAAN PEMBANGUNAN DAERAH")],
        ),
        // An old typed letter: a 1990s office, an old nine-digit NIP.
        (
            "Demikian untuk dimaklumi.\n\tArgamakmur, 12 Agustus 1998\n\tBUPATI KEPALA DAERAH TINGKAT II\n\tBENGKULU UTARA,\n\tDrs. H. SOEDARSONO\n\tNIP. 010 123 456",
            &[("Drs. H. SOEDARSONO", "BUPATI KEPALA DAERAH TINGKAT II BENGKULU UTARA")],
        ),
        // Title Case office over two lines, Title Case name with degrees.
        (
            "Demikian.\n\tWalikota Bekasi,\n\tDr. H. Agus Salimuddin, S.H., M.H.",
            &[("Dr. H. Agus Salimuddin, S.H., M.H.", "Walikota Bekasi")],
        ),
    ]);
}

#[test]
fn blocks_side_by_side() {
    check(&[
        // Two parties, read left then right.
        (
            "Demikian perjanjian ini dibuat.\nPIHAK PERTAMA,\nBUPATI TANAH BUMBU,\nH. MAHYUDIN NOOR, S.H.\n\tPIHAK KEDUA,\n\tKETUA KOMISI PEMILIHAN UMUM\n\tKABUPATEN TANAH BUMBU,\n\tSYAHRIAL ANWAR, S.Pd.I.",
            &[
                ("H. MAHYUDIN NOOR, S.H.", "BUPATI TANAH BUMBU"),
                ("SYAHRIAL ANWAR, S.Pd.I.", "KETUA KOMISI PEMILIHAN UMUM KABUPATEN TANAH BUMBU"),
            ],
        ),
        // A duty stamp in one space, on behalf in the other, NIP under both.
        (
            "Demikian.\nPIHAK KEDUA,\nKETUA KOMISI PEMILIHAN UMUM\nPROVINSI KALIMANTAN SELATAN,\nMaterai 10000\nFAHRIANNOR, S.Sos., M.AP.\n\tPIHAK PERTAMA,\n\ta.n. GUBERNUR KALIMANTAN SELATAN\n\tSEKRETARIS DAERAH,\n\tH. ROY RIZALI ANWAR\n\tNIP. 19700101 199503 1 001\nTembusan:",
            &[
                ("FAHRIANNOR, S.Sos., M.AP.", "KETUA KOMISI PEMILIHAN UMUM PROVINSI KALIMANTAN SELATAN"),
                ("H. ROY RIZALI ANWAR", "SEKRETARIS DAERAH"),
            ],
        ),
        // Hand-over labels of a berita acara.
        (
            "Demikian berita acara ini dibuat.\nYang Menyerahkan,\nSEKRETARIS KPU KOTA BANJARBARU,\nH. ABDUL GHAFUR, S.Sos.\n\tYang Menerima,\n\tKEPALA BPKAD KOTA BANJARBARU,\n\tHj. RUSDIANA, S.E., M.Si.",
            &[
                ("H. ABDUL GHAFUR, S.Sos.", "SEKRETARIS KPU KOTA BANJARBARU"),
                ("Hj. RUSDIANA, S.E., M.Si.", "KEPALA BPKAD KOTA BANJARBARU"),
            ],
        ),
        // Title Case offices, plain names, no labels.
        (
            "Demikian.\nRektor,\nMARTHA LATUMAHINA\n\tPj. Gubernur Maluku,\n\tROBERT SAHUSILAWANE",
            &[("MARTHA LATUMAHINA", "Rektor"), ("ROBERT SAHUSILAWANE", "Pj. Gubernur Maluku")],
        ),
        // One-word offices of a committee, without commas.
        (
            "Demikian.\nKETUA\nNENI HERAWATI\n\tANGGOTA\n\tSYAMSUL BAHRI LUBIS",
            &[("NENI HERAWATI", "KETUA"), ("SYAMSUL BAHRI LUBIS", "ANGGOTA")],
        ),
        // An acknowledger under `Mengetahui,` centred below the two parties.
        (
            "Demikian.\nPIHAK PERTAMA,\nKEPALA DINAS SOSIAL,\nANDI MAPPA\n\tPIHAK KEDUA,\n\tKETUA YAYASAN PEDULI KASIH,\n\tSITI HAJAR\nMengetahui,\nBUPATI BULUNGAN,\nDrs. H. SYARWANI\n",
            &[
                ("ANDI MAPPA", "KEPALA DINAS SOSIAL"),
                ("SITI HAJAR", "KETUA YAYASAN PEDULI KASIH"),
                ("Drs. H. SYARWANI", "BUPATI BULUNGAN"),
            ],
        ),
        // Four signers in a 2x2 grid, read column by column.
        (
            "Demikian.\nKETUA,\nANDI SETIAWAN\nANGGOTA,\nCITRA LESTARI\n\tSEKRETARIS,\n\tBUDI HARTONO\n\tANGGOTA,\n\tDEWI ANGGRAINI",
            &[
                ("ANDI SETIAWAN", "KETUA"),
                ("CITRA LESTARI", "ANGGOTA"),
                ("BUDI HARTONO", "SEKRETARIS"),
                ("DEWI ANGGRAINI", "ANGGOTA"),
            ],
        ),
    ]);
}

/// The layout can interleave two blocks: both labels and offices, then both names.
#[test]
fn blocks_interleaved() {
    check(&[
        (
            "Demikian.\nPIHAK KEDUA,\nRektor,\n\tPIHAK PERTAMA,\n\tPj. Gubernur Maluku,\nProf. Dr. Benny Latuheru\nNIP. 19660811 199010 1 011\n\tMaria Wattimena, S.H., LL.M.\n\tPembina Utama Muda (IV/c)\n\tNIP: 19581219 198212 2 010",
            &[
                ("Prof. Dr. Benny Latuheru", "Rektor"),
                ("Maria Wattimena, S.H., LL.M.", "Pj. Gubernur Maluku"),
            ],
        ),
        // The left name printed before the right block, the right name without a tab.
        (
            "Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan.\nYang Melakukan Klarifikasi,\nANGGOTA,\nI MADE SUTAMA, S.AP., M.AP.\n\tMengetahui,\n\tKETUA PANWASLU\n\tKABUPATEN GIANYAR,\nNI LUH PUTU ARIANI, S.Kep, M.P.H",
            &[
                ("I MADE SUTAMA, S.AP., M.AP.", "ANGGOTA"),
                ("NI LUH PUTU ARIANI, S.Kep, M.P.H", "KETUA PANWASLU KABUPATEN GIANYAR"),
            ],
        ),
        // A wide office line of the right block without a tab; a sentence's end beside.
        (
            "Demikian.\nPIHAK PERTAMA,\nREKTOR,\nProf. Dr. Ani Wulandari,\n-M.Eng.\nNIP: 19460603 197203 2 014\n\tdalam rangkap 4 (empat) untuk\n\tPIHAK KEDUA,\nDIREKTUR RUMAH SAKIT UMUM\n\tDAERAH BANAWA,\n\tdr. Budi Santosa, MARS\n\tNIP. 194801081975041002",
            &[
                ("Prof. Dr. Ani Wulandari, M.Eng.", "REKTOR"),
                ("dr. Budi Santosa, MARS", "DIREKTUR RUMAH SAKIT UMUM DAERAH BANAWA"),
            ],
        ),
        // An e-signature note over each block, the second block's column changing.
        (
            "Demikian.\n\tSungailiat, 24 Februari 2026\nDitandatangani secara elektronik\nPIHAK KEDUA,\nKETUA PMI\nKABUPATEN BANGKA,\nRADEN SUHENDRA\nDitandatangani secara elektronik\n\tPIHAK PERTAMA,\nWAKIL DIREKTUR PELAYANAN,\n\tKEVIN TANOTO, S.Sos., M.AP.\n\tNIP: 19800306 201004 1 009",
            &[
                ("RADEN SUHENDRA", "KETUA PMI KABUPATEN BANGKA"),
                ("KEVIN TANOTO, S.Sos., M.AP.", "WAKIL DIREKTUR PELAYANAN"),
            ],
        ),
    ]);
}

#[test]
fn rows_joined_by_tabs() {
    check(&[
        // Two blocks whose rows OCR joined.
        (
            "PIHAK KEDUA,\tPIHAK PERTAMA,\nKETUA KOMISI PEMILIHAN UMUM\tSEKRETARIS DAERAH,\nPROVINSI KALIMANTAN SELATAN,\nFAHRIANNOR, S.Sos., M.AP.\tH. ROY RIZALI ANWAR",
            &[
                ("FAHRIANNOR, S.Sos., M.AP.", "KETUA KOMISI PEMILIHAN UMUM PROVINSI KALIMANTAN SELATAN"),
                ("H. ROY RIZALI ANWAR", "SEKRETARIS DAERAH"),
            ],
        ),
        // The right block's longer office continues on a line of its own.
        (
            "PIHAK PERTAMA,\tPIHAK KEDUA,\nREKTOR,\tKETUA KOMISI PEMILIHAN UMUM\n\tPROVINSI KALIMANTAN SELATAN,\nProf. Dr. H. SUTARTO HADI, M.Si.\tH. MUHAMMAD RIFQI, S.Ag., M.H.",
            &[
                ("Prof. Dr. H. SUTARTO HADI, M.Si.", "REKTOR"),
                ("H. MUHAMMAD RIFQI, S.Ag., M.H.", "KETUA KOMISI PEMILIHAN UMUM PROVINSI KALIMANTAN SELATAN"),
            ],
        ),
        // Three blocks in a row.
        (
            "Demikian.\nPIHAK PERTAMA,\tPIHAK KEDUA,\tPIHAK KETIGA,\nBUPATI DONGGALA,\tREKTOR,\tDIREKTUR RSUD BANAWA,\nDrs. KASMAN LASSA, S.H.\tProf. Dr. RUSLAN HABIBIE\tdr. MAYA TAMBUNAN",
            &[
                ("Drs. KASMAN LASSA, S.H.", "BUPATI DONGGALA"),
                ("Prof. Dr. RUSLAN HABIBIE", "REKTOR"),
                ("dr. MAYA TAMBUNAN", "DIREKTUR RSUD BANAWA"),
            ],
        ),
        // A 2x2 grid whose rows came joined.
        (
            "Demikian.\nKETUA,\tSEKRETARIS,\nANDI SETIAWAN\tBUDI HARTONO\nANGGOTA,\tANGGOTA,\nCITRA LESTARI\tDEWI ANGGRAINI",
            &[
                ("ANDI SETIAWAN", "KETUA"),
                ("BUDI HARTONO", "SEKRETARIS"),
                ("CITRA LESTARI", "ANGGOTA"),
                ("DEWI ANGGRAINI", "ANGGOTA"),
            ],
        ),
        // NIP lines under both names, a rank under one.
        (
            "PIHAK KESATU,\tPIHAK KEDUA,\nKEPALA DINAS SOSIAL,\tKETUA PMI KABUPATEN KUTAI TIMUR,\nANDI BASO MAPPA, S.Sos.\tH. ABDUL MUIS\nPembina\nNIP. 19700101 199503 1 001\tNIP. 19710202 199603 1 002",
            &[
                ("ANDI BASO MAPPA, S.Sos.", "KEPALA DINAS SOSIAL"),
                ("H. ABDUL MUIS", "KETUA PMI KABUPATEN KUTAI TIMUR"),
            ],
        ),
    ]);
}

#[test]
fn regulations() {
    check(&[
        // Enacted, promulgated, and a certified copy.
        (
            "Agar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan Bupati ini.\n\tDitetapkan di Tais\n\tpada tanggal 10 Maret 2021\n\tBUPATI SELUMA,\n\tttd.\n\tERWIN OCTAVIAN\nDiundangkan di Tais\npada tanggal 10 Maret 2021\nSEKRETARIS DAERAH KABUPATEN SELUMA,\nttd.\nHADIANTO\nBERITA DAERAH KABUPATEN SELUMA TAHUN 2021 NOMOR 10\nSalinan sesuai dengan aslinya\nKEPALA BAGIAN HUKUM,\nYULIANTI, S.H.\nPembina\nNIP. 19750101 200003 2 002",
            &[
                ("ERWIN OCTAVIAN", "BUPATI SELUMA"),
                ("HADIANTO", "SEKRETARIS DAERAH KABUPATEN SELUMA"),
                ("YULIANTI, S.H.", "KEPALA BAGIAN HUKUM"),
            ],
        ),
        // A minister's regulation promulgated by the director general.
        (
            "Agar setiap orang mengetahuinya.\n\tDitetapkan di Jakarta\n\tpada tanggal 2 Mei 2019\n\tMENTERI KEUANGAN\n\tREPUBLIK INDONESIA,\n\tttd.\n\tSRI MULYANI INDRAWATI\nDiundangkan di Jakarta\npada tanggal 3 Mei 2019\nDIREKTUR JENDERAL\nPERATURAN PERUNDANG-UNDANGAN\nKEMENTERIAN HUKUM DAN HAK ASASI MANUSIA\nREPUBLIK INDONESIA,\nttd.\nWIDODO EKATJAHJANA\nBERITA NEGARA REPUBLIK INDONESIA TAHUN 2019 NOMOR 123",
            &[
                ("SRI MULYANI INDRAWATI", "MENTERI KEUANGAN REPUBLIK INDONESIA"),
                (
                    "WIDODO EKATJAHJANA",
                    "DIREKTUR JENDERAL PERATURAN PERUNDANG-UNDANGAN KEMENTERIAN HUKUM DAN HAK ASASI MANUSIA REPUBLIK INDONESIA",
                ),
            ],
        ),
        // The certified copy's label in capitals, its block on the left.
        (
            "\tDitetapkan di Manado\n\tpada tanggal 4 Juni 2022\n\tREKTOR,\n\tttd\n\tProf. Dr. Ir. BERTY SOMPIE, M.Eng.\nSALINAN SESUAI DENGAN ASLINYA\nKEPALA BIRO UMUM DAN KEUANGAN,\nDra. MARIA LUMINTANG\nNIP. 19650101 199003 2 010",
            &[
                ("Prof. Dr. Ir. BERTY SOMPIE, M.Eng.", "REKTOR"),
                ("Dra. MARIA LUMINTANG", "KEPALA BIRO UMUM DAN KEUANGAN"),
            ],
        ),
    ]);
}

#[test]
fn headings_are_no_signers() {
    check(&[
        (
            "KEPUTUSAN BERSAMA MENTERI DALAM NEGERI\nDAN\nMENTERI PENDAYAGUNAAN APARATUR NEGARA\nNOMOR 800-1 TAHUN 2024\nTENTANG\nNETRALITAS PEGAWAI",
            &[],
        ),
        (
            "DENGAN RAHMAT TUHAN YANG MAHA ESA\nBUPATI BANJAR,\nMenimbang : a. bahwa untuk menjaga netralitas perlu dibentuk satuan tugas;",
            &[],
        ),
        (
            "SALINAN\nPERATURAN MENTERI KEUANGAN\nREPUBLIK INDONESIA\nNOMOR 12 TAHUN 2019\nTENTANG\nHIBAH DAERAH\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nMENTERI KEUANGAN REPUBLIK INDONESIA,\nMenimbang : bahwa",
            &[],
        ),
        (
            "KESEPAKATAN BERSAMA\nANTARA\nPEMERINTAH KOTA BITUNG,\nPOLITEKNIK NEGERI MANADO,\nDAN\nPT SAMUDERA BITUNG LOGISTIK\nTENTANG\nPENGEMBANGAN SUMBER DAYA MANUSIA",
            &[],
        ),
        // A Title Case sentence ending in a comma opens no block.
        (
            "Kepala Dinas Pendidikan Kota Makassar,\nbersama Rektor Universitas Negeri Makassar",
            &[],
        ),
        ("MENETAPKAN PANITIA KHUSUS DPRD.\nSURYA ABADI\nselesai", &[]),
    ]);
}

#[test]
fn ocr_noise() {
    check(&[
        // An office garbled after `a.n.`, `Hj.` read as `Hi.`, a Balinese `I`.
        (
            "Demikian.\na.n. Walikota Palu\ngkret ris Daerah,\n| |\tLAN\nHi. MARLINA YUSUF, S.Ag.\nPembina Utama Madya\nNIP. 19590704 198904 1 008",
            &[("Hj. MARLINA YUSUF, S.Ag.", "gkret ris Daerah")],
        ),
        // An office lost under `a.n.`: the name still is the signer's.
        (
            "Demikian.\na.n. BUPATI KLUNGKUNG\nI GEDE SUARDANA, S.Kom., M.Eng.\nNIP. 19700101 199503 1 001",
            &[("I GEDE SUARDANA, S.Kom., M.Eng.", "")],
        ),
        // Specks, bars and stamp debris around the block.
        (
            "Demikian.\n| BUPATI BANJAR,\n> 3 / AS N\n(af Ng 11\nttd\n| H. KHALILLURAHMAN |\nTembusan Yth.:",
            &[("H. KHALILLURAHMAN", "BUPATI BANJAR")],
        ),
        // A title's dot read as a colon, commas before degrees read as full stops.
        (
            "Demikian.\nKEPALA BADAN KESATUAN BANGSA\nDAN POLITIK,\n> \\\nBey Drs: SUPIAN NOOR, M.Si.\nPembina Utama Muda\nNIP. 19660412 198603 1 011",
            &[("Drs. SUPIAN NOOR, M.Si.", "KEPALA BADAN KESATUAN BANGSA DAN POLITIK")],
        ),
        (
            "mohon petunjuk Bapak lebih lanjut.\nKEPALA BADAN PERENCANAAN\n\tPEMBANGUNAN DAERAH.\n\tPorn\n\tLON\nDr. YOHANES WANIMBO. S.E.. M.Si.\n\tPembina Utama Madya\nNIP. 19700221 199603 1 002",
            &[("Dr. YOHANES WANIMBO, S.E., M.Si.", "KEPALA BADAN PERENCANAAN PEMBANGUNAN DAERAH")],
        ),
        // A scribble before the name.
        (
            "Dikeluarkan di Batulicin\npada tanggal 30 April 2021\na.n. BUPATI TANAH BUMBU\nSEKRETARIS DAERAH,\n1\t= \\ %\nMoony\nDrs. RAHMAT HIDAYAT NOOR, M.Si.\nPembina Utama Madya\nNIP. 19680822 199403 1 006\nTembusan:",
            &[("Drs. RAHMAT HIDAYAT NOOR, M.Si.", "SEKRETARIS DAERAH")],
        ),
        // `a.n.` read as `a.m.`.
        (
            "Dikeluarkan di Batulicin\na.m. BUPATI TANAH BUMBU\nSEKRETARIS DAERAH,\nDrs. H. RAHMAT HIDAYAT NOOR, M.Si.\nNIP. 19680822 199403 1 006",
            &[("Drs. H. RAHMAT HIDAYAT NOOR, M.Si.", "SEKRETARIS DAERAH")],
        ),
        // A duty stamp and a bar in the space, a name in parentheses.
        (
            "Demikian.\n\tPIHAK KEDUA,\n\tKETUA BAWASLU KABUPATEN MINAHASA,\n\t| METERAI\n\tTEMPEL\n\t( MERRY TUMBELAKA )",
            &[("MERRY TUMBELAKA", "KETUA BAWASLU KABUPATEN MINAHASA")],
        ),
    ]);
}

/// Shapes from the earlier reader's tests that still describe real pages.
#[test]
fn earlier_shapes() {
    check(&[
        (
            "Dikeluarkan di Martapura\npada tanggal 28 September 2020\nBUPATI BANJAR,\n\n\nH. KHALILLURAHMAN\nTembusan Yth.:",
            &[("H. KHALILLURAHMAN", "BUPATI BANJAR")],
        ),
        (
            "a.n. BUPATI TANAH BUMBU\nSEKRETARIS DAERAH,\n\nDrs. H. RAHMAT HIDAYAT NOOR, M.Si.\nPembina Utama Muda\nNIP. 19680312 199303 1 007",
            &[("Drs. H. RAHMAT HIDAYAT NOOR, M.Si.", "SEKRETARIS DAERAH")],
        ),
        // Labels, offices over two lines, and an acknowledger.
        (
            "PIHAK KESATU,\nSEKRETARIS KOMISI PEMILIHAN UMUM\nKOTA BANJARBARU,\nH. ABDUL GHAFUR, S.Sos.\nNIP. 19700105 199203 1 008\nPIHAK KEDUA,\nKEPALA BADAN PENGELOLAAN KEUANGAN\nDAN ASET DAERAH,\nHj. RUSDIANA, S.E., M.Si.\nNIP. 19740321 199903 2 004\nMengetahui,\nKETUA KOMISI PEMILIHAN UMUM\nKOTA BANJARBARU,\nZAINAL ARIFIN, S.Ag.",
            &[
                ("H. ABDUL GHAFUR, S.Sos.", "SEKRETARIS KOMISI PEMILIHAN UMUM KOTA BANJARBARU"),
                ("Hj. RUSDIANA, S.E., M.Si.", "KEPALA BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH"),
                ("ZAINAL ARIFIN, S.Ag.", "KETUA KOMISI PEMILIHAN UMUM KOTA BANJARBARU"),
            ],
        ),
        (
            "Dikeluarkan di Martapura\npada tanggal 28 September 2020\n(5 BUPATI BANJAR,\n> 3 / AS N\n(af Ng 11\nVA N\\ dan\nKHALILLURAHMAN\nTembusan Yth.:",
            &[("KHALILLURAHMAN", "BUPATI BANJAR")],
        ),
        (
            "a.n. WALI KOTA BANJARMASIN\nSEKRETARIS DAERAH,\nIr. H. MUHAMMAD SYARIFUDDIN,\nM.T.\nPembina Utama Madya",
            &[("Ir. H. MUHAMMAD SYARIFUDDIN, M.T.", "SEKRETARIS DAERAH")],
        ),
        // Formerly tab-joined rows of a born-digital PDF; the layout now gives the blocks
        // one after the other.
        (
            "PIHAK PERTAMA,\nKETUA BADAN PENGAWAS\nPEMILIHAN UMUM\nKOTA BANJARMASIN,\nM. ZAINI, S.H.I., M.H.\n\tPIHAK KEDUA,\n\tDEKAN FAKULTAS SYARIAH,\n\tDr. H. FAHMI ANSHARI, M.H.I.\n\tNIP. 19760318 200312 1 001",
            &[
                ("M. ZAINI, S.H.I., M.H.", "KETUA BADAN PENGAWAS PEMILIHAN UMUM KOTA BANJARMASIN"),
                ("Dr. H. FAHMI ANSHARI, M.H.I.", "DEKAN FAKULTAS SYARIAH"),
            ],
        ),
        (
            "PIHAK KEDUA,\nKEPALA KEPOLISIAN RESOR\nKOTABARU,\nMUHAMMAD GANDHI RAHMAN,\nS.I.K., M.H.\nAKBP NRP 80091234\n\tPIHAK PERTAMA,\n\tBUPATI KOTABARU,\n\tIr. H. GUSTI ARSYAD, M.M.",
            &[
                ("MUHAMMAD GANDHI RAHMAN, S.I.K., M.H.", "KEPALA KEPOLISIAN RESOR KOTABARU"),
                ("Ir. H. GUSTI ARSYAD, M.M.", "BUPATI KOTABARU"),
            ],
        ),
        (
            "PIHAK KESATU,\nKETUA KOMISI PEMILIHAN UMUM\nPROVINSI KALIMANTAN SELATAN,\nH. MUHAMMAD RIFQI, S.Ag., M.H.\n\tPIHAK KEDUA,\n\tREKTOR,\n\tProf. Dr. Ir. H. RAHMAT\n\tNOORHIDAYAT, M.Sc.\n\tNIP. 19640517 198903 1 004",
            &[
                ("H. MUHAMMAD RIFQI, S.Ag., M.H.", "KETUA KOMISI PEMILIHAN UMUM PROVINSI KALIMANTAN SELATAN"),
                ("Prof. Dr. Ir. H. RAHMAT NOORHIDAYAT, M.Sc.", "REKTOR"),
            ],
        ),
        (
            "Dikeluarkan di Batulicin\npada tanggal 30 April 2021\na.n. BUPATI TANAH BUMBU\nSEKRETARIS DAERAH,\n1\t= \\ %\nMoony\nDrs. RAHMAT HIDAYAT NOOR, M.Si.\nPembina Utama Madya\nNIP. 19680822 199403 1 006\nTembusan:",
            &[("Drs. RAHMAT HIDAYAT NOOR, M.Si.", "SEKRETARIS DAERAH")],
        ),
        (
            "PIHAK KEDUA,\tPIHAK PERTAMA,\nKETUA KOMISI PEMILIHAN UMUM\tSEKRETARIS DAERAH,\nPROVINSI KALIMANTAN SELATAN,\n\n\nFAHRIANNOR, S.Sos., M.AP.\tH. ROY RIZALI ANWAR",
            &[
                ("FAHRIANNOR, S.Sos., M.AP.", "KETUA KOMISI PEMILIHAN UMUM PROVINSI KALIMANTAN SELATAN"),
                ("H. ROY RIZALI ANWAR", "SEKRETARIS DAERAH"),
            ],
        ),
        (
            "KEPALA BADAN KESATUAN BANGSA\nDAN POLITIK,\n> \\\nBey Drs: SUPIAN NOOR, M.Si.\nPembina Utama Muda\nNIP. 19660412 198603 1 011",
            &[("Drs. SUPIAN NOOR, M.Si.", "KEPALA BADAN KESATUAN BANGSA DAN POLITIK")],
        ),
        (
            "Dikeluarkan di Batulicin\na.m. BUPATI TANAH BUMBU\nSEKRETARIS DAERAH,\nDrs. H. RAHMAT HIDAYAT NOOR, M.Si.\nNIP. 19680822 199403 1 006",
            &[("Drs. H. RAHMAT HIDAYAT NOOR, M.Si.", "SEKRETARIS DAERAH")],
        ),
    ]);
}

/// Shapes of held-out documents the earlier reader was checked on.
#[test]
fn held_out_shapes() {
    check(&[
        // A garbled block's office is completed from the clause only as far as it went.
        (
            "yang bertanda tangan di bawah ini:\nI. Nama : Dra. SRI MURYANINGSIH, M.M.\nJabatan : Sekretaris Daerah Kabupaten Sleman\ndalam hal ini bertindak untuk dan atas nama Bupati Sleman, selanjutnya disebut PIHAK PERTAMA.\nPIHAK PERTAMA,\na.n. BUPATI SLEMAN\nths ETARIS DAERAH,\nra.. MURYANINGSIH, M.M.\nNIP. 19660719 199203 2 004",
            &[("Dra. SRI MURYANINGSIH, M.M.", "SEKRETARIS DAERAH")],
        ),
        // A lower-case medical title and an acting head (`Plt.`) kept in the position.
        (
            "Saudara, kami sampaikan terima kasih.\n\tPlt. DIREKTUR,\n\tdr. RETNO WULANDARI, M.Kes.\n\tPembina Tk. I\n\tNIP. 19760611 200604 2 015",
            &[("dr. RETNO WULANDARI, M.Kes.", "Plt. DIREKTUR")],
        ),
        (
            "a.n. KETUA KPU KABUPATEN JAYAPURA\nPlh. SEKRETARIS,\nFRANSISKUS X. WAROPEN, S.Sos.\nNIP. 19750309 200212 1 004",
            &[("FRANSISKUS X. WAROPEN, S.Sos.", "Plh. SEKRETARIS")],
        ),
        // The issuer's line of a decree's head is followed by its body, not a name.
        (
            "DENGAN RAHMAT TUHAN YANG MAHA ESA\nDEWAN PERWAKILAN RAKYAT DAERAH KABUPATEN SUMBAWA,\nMenimbang : a. bahwa untuk membahas Rancangan Peraturan Daerah perlu dibentuk Panitia Khusus;\n4. Peraturan DPRD Kabupaten Sumbawa Nomor 1 Tahun 2014 tentang Tata Tertib\nKETUA DEWAN PERWAKILAN RAKYAT DAERAH\n\tKABUPATEN SUMBAWA,\n\tABDUL RAFIQ, S.E.",
            &[("ABDUL RAFIQ, S.E.", "KETUA DEWAN PERWAKILAN RAKYAT DAERAH KABUPATEN SUMBAWA")],
        ),
        // OCR read the commas after the position and the name as full stops.
        (
            "mohon petunjuk Bapak lebih lanjut.\nKEPALA BADAN PERENCANAAN\n\tPEMBANGUNAN DAERAH.\n\tPorn\n\n\tLON\nDr. YOHANES WANIMBO. S.E.. M.Si.\n\tPembina Utama Madya\nNIP. 19700221 199603 1 002",
            &[("Dr. YOHANES WANIMBO, S.E., M.Si.", "KEPALA BADAN PERENCANAAN PEMBANGUNAN DAERAH")],
        ),
        // OCR slips in a short document's offices, mended towards office words.
        ("Demikian.\nKERALA DESA SIDERA,\n\nARIFIN LAMASITUDJU", &[("ARIFIN LAMASITUDJU", "KEPALA DESA SIDERA")]),
        (
            "Demikian.\n#WCAMAT WONOSARI,\nDrs. SUKARDI WIDODO\nNIP. 19631112 198603 1 008",
            &[("Drs. SUKARDI WIDODO", "CAMAT WONOSARI")],
        ),
        // Title Case offices and names, acting for the dean.
        (
            "Atas perhatian Bapak/Ibu, kami ucapkan terima kasih.\n\ta.n. Dekan\n\tWakil Dekan Bidang Akademik,\n\tDr. Elsa Rina Maya Toule, S.H., M.H.\n\tNIP 197605182002122001",
            &[("Dr. Elsa Rina Maya Toule, S.H., M.H.", "Wakil Dekan Bidang Akademik")],
        ),
        // Clauses numbered with Roman numerals vouch for garbled blocks.
        (
            "yang bertanda tangan di bawah ini:\nI. Nama : Dra. SRI MURYANINGSIH, M.M.\nJabatan : Sekretaris Daerah Kabupaten Sleman\ndalam hal ini bertindak untuk dan atas nama Bupati Sleman, selanjutnya disebut PIHAK PERTAMA.\nPIHAK PERTAMA,\nSEKRETARIS DAERAH,\nra.. MURYANINGSIH, M.M.\nNIP. 19660719 199203 2 004",
            &[("Dra. SRI MURYANINGSIH, M.M.", "SEKRETARIS DAERAH")],
        ),
    ]);
}

#[test]
fn names_repaired_and_repeats_merged() {
    let names = |text: &str| -> Vec<String> {
        find_signatories(text).into_iter().map(|s| s.name).collect()
    };
    // Garbled names take the body's spelling.
    let text = "Pada hari ini ...\n1. Ir. H. GUSTI ARSYAD, M.M., Bupati Kotabaru, dalam hal ini\n2. IRWAN SYAHPUTRA, S.SiT., M.H., Kepala Kantor Pertanahan\n...\nPIHAK KESATU,\nBUPATI KOTABARU,\nGUSTI ARSYAD, M.M.\nPIHAK KEDUA,\nKEPALA KANTOR PERTANAHAN,\nWAN SYAHPUTRA, S.SIT., M.H.\nNIP. 19790902 200212 1 003";
    assert_eq!(
        names(text),
        ["Ir. H. GUSTI ARSYAD, M.M.", "IRWAN SYAHPUTRA, S.SiT., M.H."]
    );
    // Office words are no names; near twins are one.
    let text = "PIHAK KEDUA,\nKEPALA BADAN,\nKEP BADAN PENGELOLAAN KEUANGAN\nHj. RUSDIANA, S.E., M.Si.\nNIP. 19740321 199903 2 004\nKETUA KOMISI,\nRAFMADI NOOR, S.Pd.\nKETUA KOMISI,\nRAHMADI NOOR, S.Pd.";
    assert_eq!(
        names(text),
        ["Hj. RUSDIANA, S.E., M.Si.", "RAFMADI NOOR, S.Pd."]
    );
    // A decree's block repeated under its attachment, read better the second time.
    let text = "Dikeluarkan di Tanjung Selor\ntanggal 13 Januari 2017\nKepala Dinas\nSosial Kabupaten Bulungan,\n| K |\nRustan ee Arsyad, SLAP.\nNIP: 19620627 198804 1 008\nTembusan Yth.:\nLAMPIRAN KEPUTUSAN KEPALA DINAS SOSIAL\nNo\tNama\tJabatan\n1\tBudi Santosa\tAnggota\nKerta Dinas $ jal Kabupaten Bulungan,\n\tRustan Arsyad, S.AP.\n\tPembina Utama Madya (IV/d)\n\tNIP: 19620627 198804 1 008";
    check(&[(
        text,
        &[(
            "Rustan Arsyad, S.AP.",
            "Kepala Dinas Sosial Kabupaten Bulungan",
        )],
    )]);
}

#[test]
fn positions_repaired() {
    // Garbled position words take the document's own words, also what a stamp left of
    // one (`IMANTAN` of `KALIMANTAN`).
    let body = "Ketua Badan Pengawas Pemilihan Umum Provinsi Kalimantan Selatan menyampaikan laporan pengawasan kepada Gubernur Kalimantan Selatan. ".repeat(15);
    let text = format!("{body}\nKETUA BADAN PENGAWAS IHAN UMUM SINVAS PROVINGI IMANTAN SELATAN,\nAHMAD FAUZAN NOOR, S.H., M.H.");
    check(&[(
        &text,
        &[(
            "AHMAD FAUZAN NOOR, S.H., M.H.",
            "KETUA BADAN PENGAWAS PEMILIHAN UMUM PROVINSI KALIMANTAN SELATAN",
        )],
    )]);
    // Headless positions take the issuer's office from the head of the document.
    check(&[
        (
            "BUPATI TAPIN\nYth. Para Camat se-Kabupaten Tapin\nSURAT EDARAN\nNOMOR 100.3/12/2024\nTENTANG\nLIBUR\n...\nDikeluarkan di Rantau\npada tanggal 2 Mei 2024\n(PAT TAPIN,\n\nMUHAMMAD ARIFIN ILHAM\n",
            &[("MUHAMMAD ARIFIN ILHAM", "BUPATI TAPIN")],
        ),
        (
            "SURAT EDARAN\nKETUA KOMISI PEMILIHAN UMUM\nKABUPATEN TABALONG\nNOMOR 5 TAHUN 2024\n...\nDikeluarkan di Tanjung\nOMISI PEMILIHAN UMUM\nKABUPATEN TABALONG,\n\nAGUS SALIM\n",
            &[("AGUS SALIM", "KETUA KOMISI PEMILIHAN UMUM KABUPATEN TABALONG")],
        ),
        // A promulgator's office is not the issuer's, though it shares the region.
        (
            "WALI KOTA SURAKARTA\nPERATURAN WALI KOTA SURAKARTA\nNOMOR 7 TAHUN 2016\n...\nDiundangkan di Surakarta\npada tanggal 23 September 2016\nSE YA DAERAH KOTA SURAKARTA,\nBambang Priyanto, S.IP, MPA\nPembina Utama (IV/e)\nNIP: 19680418 199710 1 013\n",
            &[("Bambang Priyanto, S.IP, MPA", "DAERAH KOTA SURAKARTA")],
        ),
        // A headless position unlike the heading is left as read.
        (
            "BUPATI TAPIN\nSURAT EDARAN\n...\nDikeluarkan di Rantau\nSEKOLAH DASAR NEGERI RANTAU,\n\nSITI AMINAH\n",
            &[("SITI AMINAH", "SEKOLAH DASAR NEGERI RANTAU")],
        ),
    ]);
}

#[test]
fn the_agreement_opening_vouches_for_garbled_blocks() {
    // Invented agreement: the blocks at its end came through a stamp as debris.
    let opening = "Pada hari ini Rabu tanggal lima bulan Juni tahun dua ribu dua puluh empat, kami yang bertanda tangan di bawah ini:\n1. Ir. H. SAIFULLAH TAMLIHA, M.T., Wali Kota Banjarbaru, dalam hal ini bertindak untuk dan atas nama\nPemerintah Kota Banjarbaru, selanjutnya disebut PIHAK KESATU;\n2. Nama : Dra. HJ. NURUL FADILAH, M.Pd.\nJabatan : Kepala Dinas Pendidikan Provinsi Kalimantan Tengah, selanjutnya disebut PIHAK KEDUA.\n";
    let cases: &[(&str, &[(&str, &str)])] = &[
        // A side label garbled, a name misread, a position without its head.
        (
            "PAK KEDUA,\tYAN BIHAK KESATU,\nDINAS PENDIDIKAN PROVINSI\tWALI KOTA BANJARBARU,\nKALIMANTAN TENGAH,\n\tSAIFULLAH TAMLIHA, M.T.\nNURUL FADLAH, M.Pd.",
            &[
                ("Dra. HJ. NURUL FADILAH, M.Pd.", "KEPALA DINAS PENDIDIKAN PROVINSI KALIMANTAN TENGAH"),
                ("Ir. H. SAIFULLAH TAMLIHA, M.T.", "WALI KOTA BANJARBARU"),
            ],
        ),
        // A name lost entirely: the side's signer fills the block, its office kept.
        (
            "PIHAK KEDUA,\tPIHAK KESATU,\nKEPALA DINAS PENDIDIKAN,\tWALI KOTA BANJARBARU,\n\tSAIFULLAH TAMLIHA, M.T.\n",
            &[
                ("Dra. HJ. NURUL FADILAH, M.Pd.", "KEPALA DINAS PENDIDIKAN"),
                ("Ir. H. SAIFULLAH TAMLIHA, M.T.", "WALI KOTA BANJARBARU"),
            ],
        ),
        // Nothing legible at the end: the opening's signers, with its offices.
        (
            "Pasal 9\nPENUTUP\nAan ng3 At\nani nan aga yee\n",
            &[
                ("Ir. H. SAIFULLAH TAMLIHA, M.T.", "WALI KOTA BANJARBARU"),
                ("Dra. HJ. NURUL FADILAH, M.Pd.", "KEPALA DINAS PENDIDIKAN PROVINSI KALIMANTAN TENGAH"),
            ],
        ),
    ];
    for (end, expected) in cases {
        let text = format!("{opening}{end}");
        check(&[(&text, expected)]);
    }
}
