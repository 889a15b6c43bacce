//! Deterministic generator of Indonesian official documents for the search benchmark.
//!
//! The sentence shapes are those of the dev corpus (`../shared/corpus/dev`): surat edaran,
//! NPHD, keputusan, undangan, berita acara, perjanjian kerja sama, nota dinas and surat
//! dinas, with their headers (Nomor, TENTANG, Hal), the cited regulations of a Dasar or
//! Mengingat list, amounts in digits and in words (terbilang), dates, places, parties and
//! signatories. Numbers, dates, names, places, amounts and cited regulations vary with a
//! seeded generator, so the same seed gives byte-identical documents. Each document comes
//! with its record (what extraction would produce), so both engines index the same fields.

use chrono::{Datelike, NaiveDate};
use naskah::model::{long_date, MONTH_NAMES as MONTHS};
use naskah::model::{
    Amount, Classification, DocType, Record, RefType, Reference, Rupiah, Signatory,
};

/// SplitMix64: small, fast, and stable across platforms and crate versions.
/// The state is a `Cell` so that draws can sit inside a `format!` that also borrows the
/// document being built.
pub struct Rng(std::cell::Cell<u64>);

impl Rng {
    /// A generator starting from `seed`.
    pub fn new(seed: u64) -> Rng {
        Rng(std::cell::Cell::new(seed))
    }

    /// The next 64 random bits.
    pub fn next(&self) -> u64 {
        self.0.set(self.0.get().wrapping_add(0x9E37_79B9_7F4A_7C15));
        let mut z = self.0.get();
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `lo..=hi`.
    pub fn range(&self, lo: u64, hi: u64) -> u64 {
        lo + self.next() % (hi - lo + 1)
    }

    /// One of `items`, uniformly.
    pub fn pick<'a, T>(&self, items: &'a [T]) -> &'a T {
        &items[self.next() as usize % items.len()]
    }

    /// True `percent` times in a hundred.
    pub fn chance(&self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

/// One generated document: its text and the record extraction would give it.
pub struct GenDoc {
    pub id: u64,
    pub source: String,
    pub sha256: String,
    pub text: String,
    pub record: Record,
}

struct Region {
    name: &'static str,
    seat: &'static str,
    province: &'static str,
    city: bool,
}

const fn reg(name: &'static str, seat: &'static str, province: &'static str, city: bool) -> Region {
    Region {
        name,
        seat,
        province,
        city,
    }
}

const KALSEL: &str = "Kalimantan Selatan";
const REGIONS: &[Region] = &[
    reg("Banjar", "Martapura", KALSEL, false),
    reg("Tanah Bumbu", "Batulicin", KALSEL, false),
    reg("Hulu Sungai Selatan", "Kandangan", KALSEL, false),
    reg("Hulu Sungai Tengah", "Barabai", KALSEL, false),
    reg("Hulu Sungai Utara", "Amuntai", KALSEL, false),
    reg("Balangan", "Paringin", KALSEL, false),
    reg("Kotabaru", "Kotabaru", KALSEL, false),
    reg("Tabalong", "Tanjung", KALSEL, false),
    reg("Tapin", "Rantau", KALSEL, false),
    reg("Barito Kuala", "Marabahan", KALSEL, false),
    reg("Tanah Laut", "Pelaihari", KALSEL, false),
    reg("Banjarmasin", "Banjarmasin", KALSEL, true),
    reg("Banjarbaru", "Banjarbaru", KALSEL, true),
    reg("Kutai Kartanegara", "Tenggarong", "Kalimantan Timur", false),
    reg("Paser", "Tana Paser", "Kalimantan Timur", false),
    reg("Berau", "Tanjung Redeb", "Kalimantan Timur", false),
    reg("Samarinda", "Samarinda", "Kalimantan Timur", true),
    reg("Balikpapan", "Balikpapan", "Kalimantan Timur", true),
    reg(
        "Kotawaringin Barat",
        "Pangkalan Bun",
        "Kalimantan Tengah",
        false,
    ),
    reg("Kapuas", "Kuala Kapuas", "Kalimantan Tengah", false),
    reg("Palangka Raya", "Palangka Raya", "Kalimantan Tengah", true),
    reg("Gresik", "Gresik", "Jawa Timur", false),
    reg("Sidoarjo", "Sidoarjo", "Jawa Timur", false),
    reg("Malang", "Kepanjen", "Jawa Timur", false),
    reg("Banyuwangi", "Banyuwangi", "Jawa Timur", false),
    reg("Surabaya", "Surabaya", "Jawa Timur", true),
    reg("Banyumas", "Purwokerto", "Jawa Tengah", false),
    reg("Klaten", "Klaten", "Jawa Tengah", false),
    reg("Semarang", "Semarang", "Jawa Tengah", true),
    reg("Bogor", "Cibinong", "Jawa Barat", false),
    reg("Garut", "Garut", "Jawa Barat", false),
    reg("Cianjur", "Cianjur", "Jawa Barat", false),
    reg("Bandung", "Bandung", "Jawa Barat", true),
    reg("Gowa", "Sungguminasa", "Sulawesi Selatan", false),
    reg("Maros", "Maros", "Sulawesi Selatan", false),
    reg("Bone", "Watampone", "Sulawesi Selatan", false),
    reg("Makassar", "Makassar", "Sulawesi Selatan", true),
    reg("Lombok Barat", "Gerung", "Nusa Tenggara Barat", false),
    reg("Sumbawa", "Sumbawa Besar", "Nusa Tenggara Barat", false),
    reg("Mataram", "Mataram", "Nusa Tenggara Barat", true),
    reg("Deli Serdang", "Lubuk Pakam", "Sumatera Utara", false),
    reg("Medan", "Medan", "Sumatera Utara", true),
];

const FIRST: &[&str] = &[
    "AHMAD",
    "MUHAMMAD",
    "SITI",
    "NURUL",
    "RAHMAT",
    "HERU",
    "BUDI",
    "SRI",
    "DEWI",
    "FAHRIANNOR",
    "SUPIAN",
    "ROY",
    "HENDRA",
    "YULIANTI",
    "RUSDIANSYAH",
    "ABDUL",
    "ZAINAL",
    "RINA",
    "AGUS",
    "IWAN",
    "LINDA",
    "SYAHRIAL",
    "FITRIANI",
    "HAMDAN",
    "RIDWAN",
    "MAHYUDIN",
    "SAIFUL",
    "NORHASANAH",
    "JUMADI",
    "TAUFIK",
    "KHALILLURAHMAN",
    "ARIFIN",
    "WAHYUDI",
    "SUSANTI",
];
const LAST: &[&str] = &[
    "RIZALI",
    "ANWAR",
    "NOOR",
    "HIDAYAT",
    "SAPUTRA",
    "WIBOWO",
    "SANTOSO",
    "RAHMAN",
    "FAUZI",
    "HAKIM",
    "KURNIAWAN",
    "LESTARI",
    "PRATAMA",
    "SYAHRANI",
    "MAULANA",
    "HASAN",
    "ARSYAD",
    "BASRI",
    "ISKANDAR",
    "NUGROHO",
    "FIRDAUS",
    "SETIAWAN",
];
const HONORIFIC: &[&str] = &["", "", "H. ", "Hj. ", "Drs. ", "Ir. ", "Dr. "];
const DEGREE: &[&str] = &[
    "",
    "",
    ", S.Sos.",
    ", S.H., M.H.",
    ", M.Si.",
    ", S.E., M.M.",
    ", S.T.",
    ", M.AP.",
];

/// Recipients and partners: (name, acronym, whether a region's name follows).
const AGENCIES: &[(&str, &str)] = &[
    ("Komisi Pemilihan Umum", "KPU"),
    ("Badan Pengawas Pemilihan Umum", "Bawaslu"),
    ("Kepolisian Resor", "Polres"),
    ("Komando Distrik Militer", "Kodim"),
    ("Komite Olahraga Nasional Indonesia", "KONI"),
    ("Palang Merah Indonesia", "PMI"),
    ("Kejaksaan Negeri", "Kejari"),
    ("Kantor Pertanahan", "BPN"),
    ("Pengadilan Agama", "PA"),
    ("Badan Narkotika Nasional", "BNN"),
];
const UNITS: &[&str] = &[
    "BPKAD",
    "BKPSDM",
    "Kesbangpol",
    "Setda",
    "Dinkes",
    "Disdik",
    "Bappeda",
    "Inspektorat",
    "Dinsos",
    "BPBD",
    "DPMPTSP",
    "Hukum",
    "Tapem",
    "KUM",
    "Diskominfo",
    "Satpol-PP",
];
const POSITIONS: &[&str] = &[
    "Kepala Badan Pengelolaan Keuangan dan Aset Daerah",
    "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
    "Kepala Badan Kesatuan Bangsa dan Politik",
    "Kepala Dinas Kesehatan",
    "Kepala Dinas Pendidikan",
    "Kepala Badan Penanggulangan Bencana Daerah",
    "Kepala Dinas Sosial",
    "Asisten Pemerintahan dan Kesejahteraan Rakyat",
    "Kepala Bagian Hukum",
    "Inspektur",
];

const SUBJECTS: &[(&str, &str)] = &[
    ("000", "Umum"),
    ("100", "Pemerintahan"),
    ("200", "Politik"),
    ("300", "Keamanan dan Ketertiban"),
    ("400", "Kesejahteraan Rakyat"),
    ("500", "Perekonomian"),
    ("600", "Pekerjaan Umum dan Ketenagaan"),
    ("700", "Pengawasan"),
    ("800", "Kepegawaian"),
    ("900", "Keuangan"),
];

/// A subject of documents: its title (`{Y}` is a year), classification subject, a
/// background sentence, and the provisions such documents state.
struct Topic {
    title: &'static str,
    subject: &'static str,
    background: &'static str,
    items: &'static [&'static str],
}

const TOPICS: &[Topic] = &[
    Topic {
        title: "netralitas aparatur sipil negara dalam pemilihan kepala daerah serentak tahun {Y}",
        subject: "800",
        background: "Aparatur Sipil Negara (ASN) wajib menjaga netralitas, bebas dari pengaruh dan intervensi semua golongan dan partai politik, serta tidak memihak kepada kepentingan siapa pun.",
        items: &[
            "ASN dilarang melakukan pendekatan terhadap partai politik terkait rencana pengusulan dirinya ataupun orang lain sebagai bakal calon kepala daerah",
            "ASN dilarang memasang spanduk, baliho, atau alat peraga lainnya terkait bakal calon kepala daerah",
            "ASN dilarang mengunggah, menanggapi, atau menyebarluaskan gambar bakal calon melalui media daring maupun media sosial",
            "ASN yang terbukti melanggar ketentuan netralitas dijatuhi sanksi moral dan/atau hukuman disiplin sesuai dengan ketentuan peraturan perundang-undangan",
        ],
    },
    Topic {
        title: "penerapan protokol kesehatan pada tahapan pemilihan tahun {Y}",
        subject: "400",
        background: "Penyebaran penyakit menular masih perlu diwaspadai sehingga setiap kegiatan yang menghadirkan banyak orang wajib dilaksanakan dengan disiplin protokol kesehatan.",
        items: &[
            "setiap kegiatan tatap muka wajib menerapkan protokol kesehatan dengan memakai masker, menjaga jarak, dan mencuci tangan",
            "jumlah peserta pertemuan terbatas paling banyak 50 (lima puluh) orang",
            "panitia menyediakan sarana cuci tangan dan alat pengukur suhu tubuh",
        ],
    },
    Topic {
        title: "penyesuaian jam kerja pegawai selama bulan ramadan tahun {Y}",
        subject: "800",
        background: "Dalam rangka menyambut bulan suci Ramadan perlu dilakukan penyesuaian jam kerja pegawai tanpa mengurangi kualitas pelayanan kepada masyarakat.",
        items: &[
            "jam kerja pegawai pada hari Senin sampai dengan Kamis dimulai pukul 08.00 sampai dengan pukul 15.00",
            "pada hari Jumat jam kerja dimulai pukul 08.00 sampai dengan pukul 15.30 dengan waktu istirahat pukul 11.30 sampai dengan pukul 13.00",
            "pimpinan perangkat daerah memastikan pelayanan publik tetap berjalan dengan baik",
        ],
    },
    Topic {
        title: "pencegahan gratifikasi terkait hari raya tahun {Y}",
        subject: "700",
        background: "Menjelang hari raya keagamaan terdapat potensi pemberian hadiah kepada pegawai negeri dan penyelenggara negara yang berhubungan dengan jabatannya.",
        items: &[
            "pegawai negeri dan penyelenggara negara dilarang menerima gratifikasi yang berhubungan dengan jabatan dan berlawanan dengan kewajiban atau tugasnya",
            "penerimaan gratifikasi wajib dilaporkan kepada Komisi Pemberantasan Korupsi paling lambat 30 (tiga puluh) hari kerja sejak diterima",
            "pegawai dilarang menggunakan fasilitas dinas untuk kepentingan pribadi pada masa libur hari raya",
        ],
    },
    Topic {
        title: "pengelolaan hibah dan bantuan sosial yang bersumber dari anggaran pendapatan dan belanja daerah",
        subject: "900",
        background: "Pemberian hibah dan bantuan sosial harus memenuhi prinsip keadilan, kepatutan, rasionalitas, dan manfaat untuk masyarakat.",
        items: &[
            "penerima hibah wajib menyampaikan laporan penggunaan hibah paling lambat tanggal 10 Januari tahun anggaran berikutnya",
            "penerima hibah wajib menyetorkan sisa dana hibah yang tidak digunakan ke rekening kas umum daerah",
            "pemberian hibah dituangkan dalam naskah perjanjian hibah daerah yang ditandatangani bersama",
        ],
    },
    Topic {
        title: "pengawasan tahapan kampanye pemilihan umum tahun {Y}",
        subject: "200",
        background: "Tahapan kampanye merupakan tahapan yang rawan pelanggaran sehingga diperlukan pengawasan yang melekat dan terkoordinasi.",
        items: &[
            "pengawas pemilu melakukan pencegahan terhadap pelanggaran kampanye",
            "alat peraga kampanye dilarang dipasang di tempat ibadah, rumah sakit, sekolah, dan gedung milik pemerintah",
            "setiap dugaan pelanggaran dilaporkan secara berjenjang paling lambat 1 x 24 jam",
        ],
    },
    Topic {
        title: "percepatan penurunan stunting tahun {Y}",
        subject: "400",
        background: "Prevalensi stunting pada balita masih di atas target nasional sehingga diperlukan langkah percepatan yang terpadu.",
        items: &[
            "perangkat daerah melaksanakan intervensi spesifik dan intervensi sensitif secara terpadu",
            "pemerintah desa mengalokasikan dana desa untuk kegiatan penurunan stunting",
            "kader posyandu melakukan pengukuran tinggi badan balita setiap bulan",
        ],
    },
    Topic {
        title: "kesiapsiagaan penanggulangan bencana banjir dan tanah longsor",
        subject: "300",
        background: "Curah hujan yang tinggi berpotensi menimbulkan bencana banjir dan tanah longsor di sejumlah kecamatan.",
        items: &[
            "camat dan lurah memantau ketinggian air sungai secara berkala",
            "perangkat daerah menyiapkan posko, logistik, dan peralatan evakuasi",
            "masyarakat diimbau tidak membuang sampah ke sungai dan saluran air",
        ],
    },
    Topic {
        title: "pencegahan kebakaran hutan dan lahan tahun {Y}",
        subject: "300",
        background: "Musim kemarau meningkatkan kerawanan kebakaran hutan dan lahan yang berdampak pada kesehatan dan perekonomian masyarakat.",
        items: &[
            "masyarakat dilarang membuka lahan dengan cara membakar",
            "satuan tugas melakukan patroli terpadu di wilayah rawan kebakaran",
            "setiap titik panas yang terpantau segera dilaporkan kepada Badan Penanggulangan Bencana Daerah",
        ],
    },
    Topic {
        title: "honorarium badan ad hoc penyelenggara pemilihan tahun {Y}",
        subject: "900",
        background: "Pembentukan badan ad hoc penyelenggara pemilihan memerlukan penetapan besaran honorarium yang sesuai dengan standar biaya.",
        items: &[
            "besaran honorarium anggota Panitia Pemilihan Kecamatan ditetapkan sesuai dengan standar biaya masukan",
            "honorarium dibayarkan setiap bulan melalui rekening masing-masing penerima",
            "pajak penghasilan atas honorarium dipungut sesuai dengan ketentuan peraturan perundang-undangan",
        ],
    },
    Topic {
        title: "penggunaan kendaraan dinas operasional",
        subject: "000",
        background: "Kendaraan dinas merupakan barang milik daerah yang penggunaannya harus tertib dan sesuai peruntukannya.",
        items: &[
            "kendaraan dinas hanya digunakan untuk kepentingan dinas",
            "kendaraan dinas dilarang digunakan untuk mudik pada masa cuti bersama",
            "pemeliharaan kendaraan dinas menjadi tanggung jawab pemegang kendaraan",
        ],
    },
    Topic {
        title: "peningkatan disiplin pegawai negeri sipil",
        subject: "800",
        background: "Hasil pemantauan kehadiran menunjukkan masih terdapat pegawai yang tidak menaati ketentuan jam kerja.",
        items: &[
            "pegawai wajib masuk kerja dan menaati ketentuan jam kerja",
            "ketidakhadiran tanpa alasan yang sah dijatuhi hukuman disiplin",
            "atasan langsung wajib memeriksa pegawai yang diduga melakukan pelanggaran disiplin",
        ],
    },
    Topic {
        title: "sertipikasi aset tanah milik pemerintah daerah",
        subject: "100",
        background: "Masih terdapat bidang tanah milik pemerintah daerah yang belum bersertipikat sehingga rawan sengketa.",
        items: &[
            "perangkat daerah pengguna barang menginventarisasi bidang tanah yang belum bersertipikat",
            "kantor pertanahan melaksanakan pengukuran dan pemetaan bidang tanah",
            "biaya sertipikasi dibebankan pada anggaran pendapatan dan belanja daerah",
        ],
    },
    Topic {
        title: "bantuan hukum bidang perdata dan tata usaha negara",
        subject: "100",
        background: "Pemerintah daerah memerlukan pendampingan hukum dalam penyelesaian permasalahan perdata dan tata usaha negara.",
        items: &[
            "jaksa pengacara negara memberikan bantuan hukum, pertimbangan hukum, dan tindakan hukum lain",
            "pemberian bantuan hukum dilaksanakan berdasarkan surat kuasa khusus",
            "para pihak saling bertukar data dan informasi sesuai kebutuhan",
        ],
    },
    Topic {
        title: "pengamanan penyelenggaraan pemilihan tahun {Y}",
        subject: "300",
        background: "Penyelenggaraan pemilihan memerlukan dukungan pengamanan agar berlangsung aman, tertib, dan lancar.",
        items: &[
            "personel pengamanan ditempatkan di setiap tempat pemungutan suara",
            "pengamanan logistik pemilihan dilaksanakan sejak pendistribusian sampai dengan rekapitulasi",
            "koordinasi pengamanan dilaksanakan bersama Komando Distrik Militer dan Satuan Polisi Pamong Praja",
        ],
    },
    Topic {
        title: "percepatan realisasi anggaran pendapatan dan belanja daerah tahun anggaran {Y}",
        subject: "900",
        background: "Realisasi belanja daerah sampai dengan triwulan berjalan masih rendah dibandingkan dengan target.",
        items: &[
            "perangkat daerah mempercepat proses pengadaan barang dan jasa",
            "pengajuan surat permintaan pembayaran disampaikan paling lambat tanggal 15 setiap bulan",
            "realisasi anggaran dilaporkan kepada Badan Pengelolaan Keuangan dan Aset Daerah setiap triwulan",
        ],
    },
    Topic {
        title: "pemberdayaan usaha mikro, kecil, dan menengah",
        subject: "500",
        background: "Usaha mikro, kecil, dan menengah merupakan penggerak utama perekonomian daerah.",
        items: &[
            "perangkat daerah memprioritaskan produk usaha mikro dalam pengadaan barang dan jasa",
            "pelaku usaha mikro difasilitasi untuk memperoleh nomor induk berusaha",
            "pelatihan kewirausahaan dilaksanakan bersama perguruan tinggi",
        ],
    },
    Topic {
        title: "penertiban reklame dan alat peraga di ruang publik",
        subject: "600",
        background: "Banyak reklame dan alat peraga dipasang tanpa izin sehingga mengganggu ketertiban dan keindahan kota.",
        items: &[
            "reklame tanpa izin ditertibkan oleh Satuan Polisi Pamong Praja",
            "pemasangan reklame wajib memperhatikan estetika kota dan keselamatan pengguna jalan",
            "pajak reklame dibayarkan sebelum reklame dipasang",
        ],
    },
];

/// Topics an NPHD funds (grant purposes).
const GRANT_PURPOSES: &[&str] = &[
    "pendanaan kegiatan pemilihan gubernur dan wakil gubernur",
    "pendanaan kegiatan pemilihan bupati dan wakil bupati",
    "pengawasan pemilihan kepala daerah",
    "pengamanan penyelenggaraan pemilihan kepala daerah",
    "pembinaan prestasi olahraga",
    "kegiatan kepalangmerahan dan donor darah",
    "pencegahan dan pemberantasan penyalahgunaan narkotika",
];

/// National instruments: kind, how the text names it, number, year, subject.
const NATIONAL: &[(RefType, &str, &str, i32, &str)] = &[
    (RefType::Uu, "Undang-Undang", "10", 2016, "Perubahan Kedua atas Undang-Undang Nomor 1 Tahun 2015 tentang Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 1 Tahun 2014 tentang Pemilihan Gubernur, Bupati, dan Walikota menjadi Undang-Undang"),
    (RefType::Uu, "Undang-Undang", "23", 2014, "Pemerintahan Daerah"),
    (RefType::Uu, "Undang-Undang", "5", 2014, "Aparatur Sipil Negara"),
    (RefType::Uu, "Undang-Undang", "7", 2017, "Pemilihan Umum"),
    (RefType::Uu, "Undang-Undang", "30", 2014, "Administrasi Pemerintahan"),
    (RefType::Uu, "Undang-Undang", "1", 2004, "Perbendaharaan Negara"),
    (RefType::Uu, "Undang-Undang", "17", 2003, "Keuangan Negara"),
    (RefType::Uu, "Undang-Undang", "28", 1999, "Penyelenggaraan Negara yang Bersih dan Bebas dari Korupsi, Kolusi, dan Nepotisme"),
    (RefType::Uu, "Undang-Undang", "24", 2007, "Penanggulangan Bencana"),
    (RefType::Pp, "Peraturan Pemerintah", "12", 2019, "Pengelolaan Keuangan Daerah"),
    (RefType::Pp, "Peraturan Pemerintah", "94", 2021, "Disiplin Pegawai Negeri Sipil"),
    (RefType::Pp, "Peraturan Pemerintah", "11", 2017, "Manajemen Pegawai Negeri Sipil"),
    (RefType::Pp, "Peraturan Pemerintah", "18", 2016, "Perangkat Daerah"),
    (RefType::Pp, "Peraturan Pemerintah", "42", 2004, "Pembinaan Jiwa Korps dan Kode Etik Pegawai Negeri Sipil"),
    (RefType::Pp, "Peraturan Pemerintah", "24", 1997, "Pendaftaran Tanah"),
    (RefType::Perpres, "Peraturan Presiden", "12", 2021, "Perubahan atas Peraturan Presiden Nomor 16 Tahun 2018 tentang Pengadaan Barang/Jasa Pemerintah"),
    (RefType::Perpres, "Peraturan Presiden", "72", 2021, "Percepatan Penurunan Stunting"),
    (RefType::Permen, "Peraturan Menteri Dalam Negeri", "77", 2020, "Pedoman Teknis Pengelolaan Keuangan Daerah"),
    (RefType::Permen, "Peraturan Menteri Dalam Negeri", "54", 2019, "Pendanaan Kegiatan Pemilihan Gubernur, Bupati, dan Wali Kota yang Bersumber dari Anggaran Pendapatan dan Belanja Daerah"),
    (RefType::Permen, "Peraturan Menteri Dalam Negeri", "32", 2011, "Pedoman Pemberian Hibah dan Bantuan Sosial yang Bersumber dari Anggaran Pendapatan dan Belanja Daerah"),
    (RefType::Permen, "Peraturan Menteri Dalam Negeri", "1", 2023, "Tata Naskah Dinas di Lingkungan Pemerintah Daerah"),
];

/// General sentences of official prose; `{R}` is the region, `{P}` the province, `{Y}` a year.
const PROSE: &[&str] = &[
    "Pelaksanaan kegiatan sebagaimana dimaksud berpedoman pada ketentuan peraturan perundang-undangan yang berlaku.",
    "Segala biaya yang timbul akibat pelaksanaan kegiatan ini dibebankan pada Anggaran Pendapatan dan Belanja Daerah {R} Tahun Anggaran {Y}.",
    "Kepala perangkat daerah bertanggung jawab atas pelaksanaan kegiatan di lingkungan masing-masing.",
    "Hasil pelaksanaan kegiatan dilaporkan secara tertulis kepada pimpinan paling lambat 7 (tujuh) hari kerja setelah kegiatan selesai.",
    "Koordinasi dilaksanakan bersama instansi vertikal dan pemerintah kecamatan di wilayah {R}.",
    "Pengawasan terhadap pelaksanaan ketentuan ini dilakukan oleh Inspektorat Daerah.",
    "Data pendukung disampaikan dalam bentuk salinan cetak dan salinan elektronik.",
    "Pelayanan kepada masyarakat tetap dilaksanakan sesuai dengan standar pelayanan minimal.",
    "Camat, lurah, dan kepala desa diminta menyosialisasikan ketentuan ini kepada masyarakat.",
    "Dalam hal terdapat perubahan jadwal, pemberitahuan disampaikan paling lambat 3 (tiga) hari sebelumnya.",
    "Pejabat pengelola keuangan daerah melakukan verifikasi atas kelengkapan dokumen pertanggungjawaban.",
    "Penggunaan anggaran dilakukan secara tertib, efisien, ekonomis, efektif, transparan, dan bertanggung jawab.",
    "Rapat evaluasi dilaksanakan setiap triwulan dengan melibatkan seluruh pemangku kepentingan.",
    "Pemerintah Provinsi {P} memberikan dukungan fasilitasi sesuai dengan kewenangannya.",
    "Setiap pegawai wajib mengisi daftar hadir secara elektronik melalui aplikasi kepegawaian.",
    "Keterlambatan penyampaian laporan mengakibatkan penundaan pencairan tahap berikutnya.",
    "Pemeriksaan atas pertanggungjawaban keuangan dilakukan oleh Badan Pemeriksa Keuangan.",
    "Untuk kelancaran pelaksanaan, setiap instansi menunjuk 1 (satu) orang pejabat penghubung.",
    "Kegiatan dilaksanakan di Aula Kantor Bupati {R} dengan tetap menjaga ketertiban.",
    "Dokumen pendukung disimpan dan dipelihara sebagai arsip dinamis sesuai dengan jadwal retensi arsip.",
    "Perangkat daerah yang tidak melaksanakan ketentuan ini dikenakan sanksi administratif.",
    "Penyusunan laporan memuat capaian kinerja, permasalahan, dan rencana tindak lanjut.",
    "Informasi lebih lanjut dapat diperoleh melalui laman resmi Pemerintah {R}.",
    "Ketentuan lebih lanjut mengenai petunjuk teknis ditetapkan oleh kepala perangkat daerah yang membidangi.",
];

const WEEKDAYS: &[&str] = &[
    "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu",
];
const ROMAN: &[&str] = &[
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
];

/// An amount in words, as a terbilang clause writes it.
pub fn terbilang(n: u64) -> String {
    const UNITS: &[&str] = &[
        "", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
        "sepuluh", "sebelas",
    ];
    fn join(a: String, b: String) -> String {
        match (a.is_empty(), b.is_empty()) {
            (_, true) => a,
            (true, false) => b,
            _ => format!("{a} {b}"),
        }
    }
    match n {
        0..=11 => UNITS[n as usize].to_string(),
        12..=19 => format!("{} belas", UNITS[n as usize - 10]),
        20..=99 => join(
            format!("{} puluh", UNITS[n as usize / 10]),
            terbilang(n % 10),
        ),
        100..=199 => join("seratus".into(), terbilang(n - 100)),
        200..=999 => join(
            format!("{} ratus", UNITS[n as usize / 100]),
            terbilang(n % 100),
        ),
        1_000..=1_999 => join("seribu".into(), terbilang(n - 1_000)),
        2_000..=999_999 => join(
            format!("{} ribu", terbilang(n / 1_000)),
            terbilang(n % 1_000),
        ),
        1_000_000..=999_999_999 => join(
            format!("{} juta", terbilang(n / 1_000_000)),
            terbilang(n % 1_000_000),
        ),
        1_000_000_000..=999_999_999_999 => join(
            format!("{} miliar", terbilang(n / 1_000_000_000)),
            terbilang(n % 1_000_000_000),
        ),
        _ => join(
            format!("{} triliun", terbilang(n / 1_000_000_000_000)),
            terbilang(n % 1_000_000_000_000),
        ),
    }
}

/// `Rp1.234.500.000,00`.
pub fn rupiah(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    format!("Rp{out},00")
}

fn capitalize(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Builds one document's text and record.
struct Doc<'a> {
    rng: &'a Rng,
    lines: Vec<String>,
    record: Record,
    region: &'static Region,
    year: i32,
}

impl Doc<'_> {
    fn line(&mut self, s: impl Into<String>) {
        self.lines.push(s.into());
    }

    fn fill(&self, s: &str) -> String {
        s.replace("{R}", &self.region_name())
            .replace("{P}", self.region.province)
            .replace("{Y}", &self.year.to_string())
    }

    fn region_name(&self) -> String {
        if self.region.city {
            format!("Kota {}", self.region.name)
        } else {
            format!("Kabupaten {}", self.region.name)
        }
    }

    fn head(&self) -> &'static str {
        if self.region.city {
            "Wali Kota"
        } else {
            "Bupati"
        }
    }

    fn person(&mut self) -> String {
        format!(
            "{}{} {}{}",
            self.rng.pick(HONORIFIC),
            self.rng.pick(FIRST),
            self.rng.pick(LAST),
            self.rng.pick(DEGREE)
        )
    }

    fn nip(&mut self) -> String {
        format!(
            "NIP. {}{:02}{:02} {}{:02} {} {:03}",
            self.rng.range(1962, 1990),
            self.rng.range(1, 12),
            self.rng.range(1, 28),
            self.rng.range(1985, 2015),
            self.rng.range(1, 12),
            self.rng.range(1, 2),
            self.rng.range(1, 20)
        )
    }

    fn date_in_year(&mut self) -> NaiveDate {
        let day = self.rng.range(0, 364) as u32;
        NaiveDate::from_yo_opt(self.year, day + 1)
            .or_else(|| NaiveDate::from_ymd_opt(self.year, 1, 1))
            .unwrap_or_default()
    }

    /// A registration number with its classification code.
    fn number(&mut self, subject: &str) -> String {
        let mut code = subject.to_string();
        let depth = self.rng.range(0, 3);
        for _ in 0..depth {
            code.push_str(&format!(".{}", self.rng.range(1, 14)));
        }
        let unit = *self.rng.pick(UNITS);
        let number = format!("{code}/{:04}/{unit}/{}", self.rng.range(1, 2999), self.year);
        let subject_name = SUBJECTS
            .iter()
            .find(|(c, _)| *c == subject)
            .map_or("Umum", |(_, n)| n);
        self.record.classification.push(Classification {
            number: number.clone(),
            code,
            subject_code: subject.to_string(),
            subject: subject_name.to_string(),
        });
        self.record.numbers.push(number.clone());
        number
    }

    fn amount(&mut self, value: u64, words: bool) -> String {
        let text = rupiah(value);
        self.record.amounts.push(Amount {
            value: Rupiah(value as i64),
            currency: "IDR".into(),
            text: text.clone(),
            words_agree: words.then_some(true),
            words_value: words.then_some(Rupiah(value as i64)),
        });
        if words {
            format!("{text} ({} rupiah)", terbilang(value))
        } else {
            text
        }
    }

    /// Log-uniform amount between 10^lo and 10^hi rupiah, rounded to thousands.
    fn random_amount(&mut self, lo: u32, hi: u32) -> u64 {
        let exp = lo as f64 + (self.rng.next() % 10_000) as f64 / 10_000.0 * f64::from(hi - lo);
        ((10f64.powf(exp) / 1_000.0).round() as u64).max(1) * 1_000
    }

    /// A legal basis list: a few national instruments and a local one.
    fn legal_basis(&mut self, count: usize) {
        let mut chosen: Vec<usize> = Vec::new();
        while chosen.len() < count {
            let i = self.rng.range(0, NATIONAL.len() as u64 - 1) as usize;
            if !chosen.contains(&i) {
                chosen.push(i);
            }
        }
        chosen.sort_unstable();
        let letters = "abcdefghijklmnop";
        let mut n = 0;
        for i in chosen {
            let (kind, name, number, year, about) = NATIONAL[i];
            let letter = letters.chars().nth(n).unwrap_or('z');
            self.line(format!(
                "{letter}. {name} Nomor {number} Tahun {year} tentang {about};"
            ));
            self.record.references.push(Reference {
                kind,
                number: number.to_string(),
                year: Some(year),
            });
            n += 1;
        }
        // A local regulation: varies per region and year, as real archives do.
        let year = self.year - self.rng.range(0, 3) as i32;
        let number = self.rng.range(1, 40);
        let (kind, name, about) = if self.rng.chance(50) {
            (
                RefType::Perda,
                format!("Peraturan Daerah {}", self.region_name()),
                format!("Anggaran Pendapatan dan Belanja Daerah Tahun Anggaran {year}"),
            )
        } else if self.region.city {
            (
                RefType::Perwali,
                format!("Peraturan Wali Kota {}", self.region.name),
                format!("Penjabaran Anggaran Pendapatan dan Belanja Daerah Tahun Anggaran {year}"),
            )
        } else {
            (
                RefType::Perbup,
                format!("Peraturan Bupati {}", self.region.name),
                format!("Penjabaran Anggaran Pendapatan dan Belanja Daerah Tahun Anggaran {year}"),
            )
        };
        let letter = letters.chars().nth(n).unwrap_or('z');
        self.line(format!(
            "{letter}. {name} Nomor {number} Tahun {year} tentang {about}."
        ));
        self.record.references.push(Reference {
            kind,
            number: number.to_string(),
            year: Some(year),
        });
    }

    fn prose(&mut self, count: u64) {
        // Official prose runs long: a few more sentences of it than the shape asks for.
        let count = count + self.rng.range(1, 4);
        for _ in 0..count {
            let s = *self.rng.pick(PROSE);
            let s = self.fill(s);
            self.line(s);
        }
    }

    fn signature(&mut self, position: String) -> String {
        let name = self.person();
        self.line(format!("{},", position.to_uppercase()));
        self.line(name.clone());
        if self.rng.chance(50) {
            let nip = self.nip();
            self.line(nip);
        }
        self.record.signatories.push(Signatory {
            name: name.clone(),
            position: Some(position.to_uppercase()),
        });
        name
    }

    fn government(&self) -> String {
        format!("Pemerintah {}", self.region_name())
    }

    fn issued(&mut self, date: NaiveDate) {
        let place = self.region.seat.to_string();
        self.line(format!("Ditetapkan di {place}"));
        self.line(format!("pada tanggal {}", long_date(date)));
        self.record.place = Some(place);
        self.record.date = Some(date);
        self.record.dates.push(date);
    }

    fn letter_head(&mut self, position: &str, date: NaiveDate, subject: &str, hal: &str) {
        let gov = self.government().to_uppercase();
        self.line(gov);
        let unit = position.trim_start_matches("Kepala ").to_uppercase();
        self.line(unit);
        let street = format!(
            "Jalan {} Nomor {} {}",
            self.rng.pick(&[
                "Jenderal Sudirman",
                "Ahmad Yani",
                "Pangeran Antasari",
                "Dharma Praja",
                "Pramuka",
                "Lambung Mangkurat"
            ]),
            self.rng.range(1, 120),
            self.region.seat
        );
        self.line(street);
        let phone = format!(
            "Telepon ({:04}) {} {}",
            self.rng.range(211, 999),
            self.rng.range(1000, 9999),
            self.rng.range(100, 999)
        );
        self.line(phone);
        self.line(format!("{}, {}", self.region.seat, long_date(date)));
        let number = self.number(subject);
        self.line(format!("Nomor : {number}"));
        self.line(format!(
            "Sifat : {}",
            self.rng.pick(&["Penting", "Segera", "Biasa"])
        ));
        self.line(format!(
            "Lampiran : {}",
            self.rng.pick(&["-", "1 (satu) berkas", "1 (satu) lembar"])
        ));
        self.line(format!("Hal : {hal}"));
        self.record.title = Some(hal.to_string());
        self.record.date = Some(date);
        self.record.dates.push(date);
        self.record.place = Some(self.region.seat.to_string());
        let gov = self.government();
        self.record.parties.push(gov);
    }
}

/// Weighted document kinds: surat edaran and NPHD are the bulk of such archives.
const KINDS: &[(DocType, u64)] = &[
    (DocType::SuratEdaran, 20),
    (DocType::Nphd, 15),
    (DocType::Keputusan, 15),
    (DocType::Undangan, 15),
    (DocType::BeritaAcara, 10),
    (DocType::PerjanjianKerjaSama, 10),
    (DocType::NotaDinas, 8),
    (DocType::SuratDinas, 7),
];

/// Generates document `id` of the run seeded with `seed` (independent of the others, so
/// any subset can be regenerated).
pub fn document(seed: u64, id: u64) -> GenDoc {
    let rng = Rng::new(seed ^ id.wrapping_mul(0xA24B_AED4_963E_E407));
    let total: u64 = KINDS.iter().map(|(_, w)| w).sum();
    let mut roll = rng.next() % total;
    let mut kind = DocType::SuratEdaran;
    for (k, w) in KINDS {
        if roll < *w {
            kind = *k;
            break;
        }
        roll -= w;
    }
    let region = rng.pick(REGIONS);
    let year = rng.range(2015, 2024) as i32;
    let topic = rng.pick(TOPICS);
    let mut d = Doc {
        rng: &rng,
        lines: Vec::new(),
        record: Record {
            doc_type: kind,
            ..Record::default()
        },
        region,
        year,
    };
    match kind {
        DocType::SuratEdaran => surat_edaran(&mut d, topic),
        DocType::Nphd => nphd(&mut d),
        DocType::Keputusan => keputusan(&mut d, topic),
        DocType::Undangan => undangan(&mut d, topic),
        DocType::BeritaAcara => berita_acara(&mut d),
        DocType::PerjanjianKerjaSama => pks(&mut d, topic),
        DocType::NotaDinas => nota_dinas(&mut d, topic),
        _ => surat_dinas(&mut d, topic),
    }
    let text = d.lines.join("\n");
    let record = d.record;
    let source = format!("bench/{}-{id:06}.pdf", kind.as_str());
    GenDoc {
        id,
        sha256: format!("{:064x}", id),
        source,
        text,
        record,
    }
}

fn surat_edaran(d: &mut Doc, topic: &Topic) {
    let head = format!("{} {}", d.head(), d.region.name).to_uppercase();
    d.line(head.clone());
    d.line(format!("Yth. 1. Sekretaris Daerah {};", d.region_name()));
    d.line(format!(
        "2. Para Kepala Perangkat Daerah di Lingkungan Pemerintah {};",
        d.region_name()
    ));
    d.line(format!("3. Para Camat se-{}", d.region_name()));
    d.line("di -");
    d.line("Tempat");
    d.line("SURAT EDARAN");
    let number = d.number(topic.subject);
    d.line(format!("NOMOR {number}"));
    d.line("TENTANG");
    let title = d.fill(topic.title).to_uppercase();
    d.line(title.clone());
    d.record.title = Some(title);
    d.line("1. Latar Belakang");
    d.line(topic.background);
    let n = d.rng.range(1, 3);
    d.prose(n);
    d.line("2. Maksud dan Tujuan");
    d.line(format!(
        "Surat Edaran ini dimaksudkan sebagai pedoman bagi perangkat daerah di lingkungan Pemerintah {}.",
        d.region_name()
    ));
    d.line("3. Dasar");
    let n = d.rng.range(2, 5) as usize;
    d.legal_basis(n);
    d.line("4. Isi Edaran");
    for (i, item) in topic.items.iter().enumerate() {
        d.line(format!("{}) {item};", i + 1));
    }
    let n = d.rng.range(2, 5);
    d.prose(n);
    if d.rng.chance(30) {
        let v = d.random_amount(6, 9);
        let a = d.amount(v, true);
        d.line(format!(
            "Nilai paling tinggi yang dapat diterima atau dibelanjakan adalah sebesar {a}."
        ));
    }
    d.line("5. Penutup");
    d.line("Demikian Surat Edaran ini disampaikan untuk dilaksanakan dengan penuh tanggung jawab.");
    let date = d.date_in_year();
    let place = d.region.seat.to_string();
    d.line(format!("Dikeluarkan di {place}"));
    d.line(format!("pada tanggal {}", long_date(date)));
    d.record.place = Some(place);
    d.record.date = Some(date);
    d.record.dates.push(date);
    let position = format!("{} {}", d.head(), d.region.name);
    d.signature(position);
    let gov = d.government();
    d.record.parties.push(gov);
    d.line("Tembusan Yth.:");
    d.line("1. Menteri Dalam Negeri di Jakarta;");
    d.line(format!(
        "2. Gubernur {} di {};",
        d.region.province, d.region.seat
    ));
}

fn nphd(d: &mut Doc) {
    let (agency, short) = *d.rng.pick(AGENCIES);
    let purpose = *d.rng.pick(GRANT_PURPOSES);
    let recipient = format!("{agency} {}", d.region_name());
    let gov = d.government();
    d.line("NASKAH PERJANJIAN HIBAH DAERAH");
    d.line("ANTARA");
    d.line(gov.to_uppercase());
    d.line("DENGAN");
    d.line(recipient.to_uppercase());
    let number = d.number("900");
    d.line(format!("NOMOR : {number}"));
    let theirs = format!(
        "{:02}/NPHD/{short}/{}/{}",
        d.rng.range(1, 30),
        ROMAN[d.rng.range(0, 11) as usize],
        d.year
    );
    d.record.numbers.push(theirs.clone());
    d.line(format!("NOMOR : {theirs}"));
    d.line("TENTANG");
    let title = format!(
        "PEMBERIAN HIBAH DAERAH UNTUK {} TAHUN {}",
        purpose,
        d.year + 1
    )
    .to_uppercase();
    d.line(title.clone());
    d.record.title = Some(title);
    let date = d.date_in_year();
    d.line(format!(
        "Pada hari ini {} tanggal {} bulan {} tahun {}, bertempat di {}, yang bertanda tangan di bawah ini:",
        WEEKDAYS[date.weekday().num_days_from_monday() as usize],
        terbilang(u64::from(date.day())),
        MONTHS[date.month0() as usize],
        terbilang(date.year() as u64),
        d.region.seat
    ));
    d.record.date = Some(date);
    d.record.dates.push(date);
    d.record.place = Some(d.region.seat.to_string());
    let first = d.person();
    let second = d.person();
    d.line(format!(
        "1. {first}, Sekretaris Daerah {}, dalam hal ini bertindak untuk dan atas nama {} {}, selanjutnya disebut PIHAK PERTAMA;",
        d.region_name(),
        d.head(),
        d.region.name
    ));
    d.line(format!(
        "2. {second}, Ketua {recipient}, dalam hal ini bertindak untuk dan atas nama {recipient}, selanjutnya disebut PIHAK KEDUA."
    ));
    d.record.parties.push(gov.to_uppercase());
    d.record.parties.push(recipient.to_uppercase());
    d.line("PIHAK PERTAMA dan PIHAK KEDUA yang selanjutnya secara bersama-sama disebut PARA PIHAK, terlebih dahulu menerangkan hal-hal sebagai berikut:");
    let n = d.rng.range(3, 7) as usize;
    d.legal_basis(n);
    d.line("Berdasarkan hal-hal tersebut di atas, PARA PIHAK sepakat untuk mengadakan Perjanjian Hibah Daerah dengan ketentuan sebagai berikut:");
    d.line("Pasal 1");
    d.line("JUMLAH DAN TUJUAN HIBAH");
    let total = d.random_amount(8, 11) / 1_000_000 * 1_000_000 + 1_000_000;
    let a = d.amount(total, true);
    d.line(format!(
        "(1) PIHAK PERTAMA memberikan hibah dalam bentuk uang kepada PIHAK KEDUA sebesar {a}."
    ));
    d.line(format!(
        "(2) Hibah sebagaimana dimaksud pada ayat (1) digunakan untuk {purpose} sesuai dengan Rencana Penggunaan Hibah."
    ));
    d.line("Pasal 2");
    d.line("PENCAIRAN HIBAH");
    let first_part = total / 100 * 40;
    d.line(format!(
        "(1) Pencairan hibah dilakukan secara bertahap melalui pemindahbukuan dari Rekening Kas Umum Daerah ke rekening hibah PIHAK KEDUA nomor {:03}.{:02}.{:02}.{:06}-{}:",
        d.rng.range(1, 999),
        d.rng.range(1, 99),
        d.rng.range(1, 99),
        d.rng.range(1, 999_999),
        d.rng.range(0, 9)
    ));
    let a1 = d.amount(first_part, false);
    let a2 = d.amount(total - first_part, false);
    d.line(format!("Tahap I 40% {a1}"));
    d.line(format!("Tahap II 60% {a2}"));
    d.line("(2) Pencairan hibah setiap tahap dilaksanakan setelah PIHAK KEDUA mengajukan permohonan pencairan dengan melampirkan kuitansi bermeterai dan pakta integritas.");
    d.line("Pasal 3");
    d.line("HAK DAN KEWAJIBAN");
    d.line("(1) PIHAK KEDUA berkewajiban menggunakan hibah sesuai dengan Rencana Penggunaan Hibah dan menyampaikan laporan penggunaan hibah.");
    d.line("(2) PIHAK KEDUA menyetorkan sisa dana hibah yang tidak digunakan ke Rekening Kas Umum Daerah.");
    let n = d.rng.range(1, 4);
    d.prose(n);
    d.line("Pasal 4");
    d.line("PENYELESAIAN PERSELISIHAN");
    d.line(format!(
        "Apabila penyelesaian secara musyawarah tidak tercapai, PARA PIHAK sepakat menyelesaikannya melalui Pengadilan Negeri {}.",
        d.region.seat
    ));
    d.line("PIHAK KEDUA,");
    d.line(format!("KETUA {}", recipient.to_uppercase()));
    d.line(second.clone());
    d.line("PIHAK PERTAMA,");
    d.line("SEKRETARIS DAERAH,");
    d.line(first.clone());
    d.record.signatories.push(Signatory {
        name: second,
        position: Some(format!("KETUA {}", recipient.to_uppercase())),
    });
    d.record.signatories.push(Signatory {
        name: first,
        position: Some("SEKRETARIS DAERAH".into()),
    });
}

fn keputusan(d: &mut Doc, topic: &Topic) {
    let head = format!("{} {}", d.head(), d.region.name).to_uppercase();
    d.line(format!("KEPUTUSAN {head}"));
    let number = d.number(topic.subject);
    d.line(format!("NOMOR {number}"));
    d.line("TENTANG");
    let title = d.fill(topic.title).to_uppercase();
    d.line(title.clone());
    d.record.title = Some(title);
    d.line(format!("{head},"));
    d.line(format!("Menimbang : a. bahwa {}", topic.background));
    d.line(format!(
        "b. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan {} tentang {};",
        capitalize(&head.to_lowercase()),
        capitalize(&d.fill(topic.title))
    ));
    d.line("Mengingat :");
    let n = d.rng.range(2, 6) as usize;
    d.legal_basis(n);
    d.line("MEMUTUSKAN:");
    d.line(format!(
        "Menetapkan : KEPUTUSAN {head} TENTANG {}.",
        d.fill(topic.title).to_uppercase()
    ));
    let ordinals = ["KESATU", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA"];
    let mut k = 0;
    for item in topic.items {
        d.line(format!("{} : {}.", ordinals[k], capitalize_first(item)));
        k += 1;
    }
    if d.rng.chance(60) {
        let v = d.random_amount(6, 9);
        let a = d.amount(v, true);
        d.line(format!(
            "{} : Besaran biaya sebagaimana dimaksud dalam Diktum KESATU paling banyak {a} per orang per bulan.",
            ordinals[k.min(4)]
        ));
        k += 1;
    }
    let n = d.rng.range(1, 3);
    d.prose(n);
    d.line(format!(
        "{} : Keputusan ini mulai berlaku pada tanggal ditetapkan.",
        ordinals[k.min(4)]
    ));
    let date = d.date_in_year();
    d.issued(date);
    let position = format!("{} {}", d.head(), d.region.name);
    d.signature(position);
    let gov = d.government();
    d.record.parties.push(gov);
}

fn capitalize_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

fn undangan(d: &mut Doc, topic: &Topic) {
    let position = *d.rng.pick(POSITIONS);
    let date = d.date_in_year();
    let event = format!("Rapat Koordinasi {}", capitalize(&d.fill(topic.title)));
    let hal = format!("Undangan {event}");
    d.letter_head(position, date, topic.subject, &hal);
    d.line("Yth. Bapak/Ibu Peserta Rapat (daftar terlampir)");
    d.line("di -");
    d.line("Tempat");
    d.line(format!(
        "Dalam rangka {}, bersama ini kami mengundang Bapak/Ibu untuk menghadiri rapat koordinasi yang akan dilaksanakan pada:",
        d.fill(topic.title)
    ));
    let day = date + chrono::Days::new(d.rng.range(2, 10));
    d.record.dates.push(day);
    d.line(format!(
        "hari/tanggal : {}, {}",
        WEEKDAYS[day.weekday().num_days_from_monday() as usize],
        long_date(day)
    ));
    d.line(format!(
        "waktu : pukul {:02}.00 {} s.d. selesai",
        d.rng.range(8, 14),
        if d.region.province.starts_with("Kalimantan Selatan")
            || d.region.province.starts_with("Sulawesi")
            || d.region.province.starts_with("Nusa")
            || d.region.province.starts_with("Kalimantan Timur")
        {
            "WITA"
        } else {
            "WIB"
        }
    ));
    d.line(format!(
        "tempat : Aula {} {}",
        position.trim_start_matches("Kepala "),
        d.region_name()
    ));
    d.line(format!("acara : {event}"));
    d.line(topic.background);
    let n = d.rng.range(0, 2);
    d.prose(n);
    d.line("Mengingat pentingnya acara tersebut, kami harapkan kehadiran Bapak/Ibu tepat pada waktunya.");
    d.line("Demikian disampaikan, atas perhatian dan kehadiran Bapak/Ibu diucapkan terima kasih.");
    d.signature(position.to_string());
    d.line("Tembusan:");
    d.line(format!(
        "1. {} {} (sebagai laporan);",
        d.head(),
        d.region.name
    ));
    d.line(format!("2. Sekretaris Daerah {}.", d.region_name()));
}

fn berita_acara(d: &mut Doc) {
    let (agency, _) = *d.rng.pick(AGENCIES);
    let recipient = format!("{agency} {}", d.region_name());
    let what = *d.rng.pick(&[
        "SERAH TERIMA DANA HIBAH",
        "PENGEMBALIAN SISA DANA HIBAH",
        "PEMERIKSAAN LAPORAN PENGGUNAAN HIBAH",
        "SERAH TERIMA BARANG MILIK DAERAH",
    ]);
    d.line(format!("BERITA ACARA {what}"));
    let number = d.number("900");
    d.line(format!("NOMOR : {number}"));
    let title = format!("{what} {}", recipient.to_uppercase());
    d.record.title = Some(title.clone());
    let date = d.date_in_year();
    d.line(format!(
        "Pada hari ini {} tanggal {} bulan {} tahun {} bertempat di Kantor {}, kami yang bertanda tangan di bawah ini:",
        WEEKDAYS[date.weekday().num_days_from_monday() as usize],
        terbilang(u64::from(date.day())),
        MONTHS[date.month0() as usize],
        terbilang(date.year() as u64),
        recipient
    ));
    d.record.date = Some(date);
    d.record.dates.push(date);
    d.record.place = Some(d.region.seat.to_string());
    let first = d.person();
    let second = d.person();
    d.line(format!(
        "1. Nama : {first}, Jabatan : Kepala Badan Pengelolaan Keuangan dan Aset Daerah, selanjutnya disebut PIHAK PERTAMA;"
    ));
    d.line(format!(
        "2. Nama : {second}, Jabatan : Sekretaris {recipient}, selanjutnya disebut PIHAK KEDUA."
    ));
    let v = d.random_amount(7, 10);
    let a = d.amount(v, true);
    d.line(format!(
        "PIHAK KEDUA menyerahkan kepada PIHAK PERTAMA {} sebesar {a} yang disetorkan ke Rekening Kas Umum Daerah pada tanggal {}.",
        what.to_lowercase(),
        long_date(date)
    ));
    d.line("Dana tersebut merupakan sisa penggunaan hibah tahun anggaran sebelumnya berdasarkan Naskah Perjanjian Hibah Daerah.");
    let n = d.rng.range(1, 4);
    d.prose(n);
    d.line("Demikian Berita Acara ini dibuat dalam rangkap 2 (dua) untuk dipergunakan sebagaimana mestinya.");
    d.line("PIHAK KEDUA,");
    d.line(second.clone());
    d.line("PIHAK PERTAMA,");
    d.line(first.clone());
    d.record.parties.push(d.government());
    d.record.parties.push(recipient);
    d.record.signatories.push(Signatory {
        name: second,
        position: None,
    });
    d.record.signatories.push(Signatory {
        name: first,
        position: Some("KEPALA BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH".into()),
    });
}

fn pks(d: &mut Doc, topic: &Topic) {
    let (agency, short) = *d.rng.pick(&[
        ("Kejaksaan Negeri", "Kejari"),
        ("Kantor Pertanahan", "BPN"),
        ("Universitas Lambung Mangkurat", "ULM"),
        ("Badan Pusat Statistik", "BPS"),
        ("Kepolisian Resor", "Polres"),
    ]);
    let partner = if short == "ULM" {
        agency.to_string()
    } else {
        format!("{agency} {}", d.region_name())
    };
    let gov = d.government();
    d.line("PERJANJIAN KERJA SAMA");
    d.line("ANTARA");
    d.line(gov.to_uppercase());
    d.line("DENGAN");
    d.line(partner.to_uppercase());
    let number = d.number(topic.subject);
    d.line(format!("NOMOR : {number}"));
    let theirs = format!(
        "B-{}/{short}/{:02}/{}",
        d.rng.range(100, 999),
        d.rng.range(1, 12),
        d.year
    );
    d.record.numbers.push(theirs.clone());
    d.line(format!("NOMOR : {theirs}"));
    d.line("TENTANG");
    let title = d.fill(topic.title).to_uppercase();
    d.line(title.clone());
    d.record.title = Some(title);
    let date = d.date_in_year();
    d.line(format!(
        "Pada hari ini {} tanggal {}, bertempat di {}, yang bertanda tangan di bawah ini:",
        WEEKDAYS[date.weekday().num_days_from_monday() as usize],
        long_date(date),
        d.region.seat
    ));
    d.record.date = Some(date);
    d.record.dates.push(date);
    d.record.place = Some(d.region.seat.to_string());
    let first = d.person();
    let second = d.person();
    d.line(format!(
        "1. {first}, {} {}, selanjutnya disebut PIHAK PERTAMA;",
        d.head(),
        d.region.name
    ));
    d.line(format!(
        "2. {second}, Kepala {partner}, selanjutnya disebut PIHAK KEDUA."
    ));
    d.line("PARA PIHAK sepakat untuk melakukan penandatanganan perjanjian kerja sama dengan ketentuan sebagai berikut:");
    d.line("Pasal 1");
    d.line("MAKSUD DAN TUJUAN");
    d.line(topic.background);
    d.line("Pasal 2");
    d.line("RUANG LINGKUP");
    for (i, item) in topic.items.iter().enumerate() {
        d.line(format!("({}) {};", i + 1, capitalize_first(item)));
    }
    d.line("Pasal 3");
    d.line("DASAR HUKUM");
    let n = d.rng.range(2, 4) as usize;
    d.legal_basis(n);
    if d.rng.chance(40) {
        let v = d.random_amount(7, 9);
        let a = d.amount(v, true);
        d.line(format!(
            "Biaya pelaksanaan perjanjian ini sebesar {a} dibebankan pada Anggaran Pendapatan dan Belanja Daerah."
        ));
    }
    let n = d.rng.range(1, 3);
    d.prose(n);
    d.line(format!(
        "Perjanjian ini berlaku selama {} ({}) tahun sejak tanggal ditandatangani.",
        d.rng.range(1, 5),
        "lima"
    ));
    d.line("PIHAK KEDUA,");
    d.line(second.clone());
    d.line("PIHAK PERTAMA,");
    d.line(first.clone());
    d.record.parties.push(gov.to_uppercase());
    d.record.parties.push(partner.to_uppercase());
    d.record.signatories.push(Signatory {
        name: second,
        position: Some(format!("KEPALA {}", partner.to_uppercase())),
    });
    d.record.signatories.push(Signatory {
        name: first,
        position: Some(format!("{} {}", d.head(), d.region.name).to_uppercase()),
    });
}

fn nota_dinas(d: &mut Doc, topic: &Topic) {
    let position = *d.rng.pick(POSITIONS);
    d.line(d.government().to_uppercase());
    d.line("SEKRETARIAT DAERAH");
    d.line("NOTA DINAS");
    d.line(format!("Kepada : Yth. {} {}", d.head(), d.region.name));
    d.line(format!("Dari : {position}"));
    d.line(format!("Tembusan : Sekretaris Daerah {}", d.region_name()));
    let date = d.date_in_year();
    d.line(format!("Tanggal : {}", long_date(date)));
    let number = d.number(topic.subject);
    d.line(format!("Nomor : {number}"));
    d.line("Sifat : Segera");
    let hal = format!("Laporan {}", capitalize(&d.fill(topic.title)));
    d.line(format!("Hal : {hal}"));
    d.record.title = Some(hal);
    d.record.date = Some(date);
    d.record.dates.push(date);
    d.line(format!(
        "Dengan hormat, bersama ini kami laporkan perkembangan pelaksanaan {}.",
        d.fill(topic.title)
    ));
    d.line(topic.background);
    for item in topic.items {
        d.line(format!("- {};", capitalize_first(item)));
    }
    if d.rng.chance(50) {
        let v = d.random_amount(7, 10);
        let a = d.amount(v, false);
        d.line(format!(
            "Kebutuhan anggaran untuk kegiatan tersebut diperkirakan sebesar {a}."
        ));
    }
    let n = d.rng.range(1, 3);
    d.prose(n);
    d.line("Demikian disampaikan, mohon petunjuk dan arahan lebih lanjut.");
    d.signature(position.to_string());
    d.record.parties.push(d.government());
}

fn surat_dinas(d: &mut Doc, topic: &Topic) {
    let position = *d.rng.pick(POSITIONS);
    let date = d.date_in_year();
    let hal = d
        .rng
        .pick(&[
            "Permohonan Pencairan Hibah Tahap II",
            "Penyampaian Laporan Penggunaan Hibah",
            "Permohonan Data Aset Daerah",
            "Penyampaian Rencana Kebutuhan Anggaran",
        ])
        .to_string();
    d.letter_head(position, date, "900", &hal);
    let (agency, _) = *d.rng.pick(AGENCIES);
    let to = format!("Ketua {agency} {}", d.region_name());
    d.line(format!("Yth. {to}"));
    d.line("di -");
    d.line(d.region.seat.to_string());
    d.line(format!(
        "Menindaklanjuti surat Saudara tanggal {} perihal {}, dengan ini disampaikan hal-hal sebagai berikut:",
        long_date(date - chrono::Days::new(d.rng.range(5, 40))),
        hal.to_lowercase()
    ));
    let v = d.random_amount(8, 10);
    let a = d.amount(v, true);
    d.line(format!(
        "1. Pencairan dana sebesar {a} dapat diproses setelah dokumen persyaratan dinyatakan lengkap."
    ));
    d.line(format!("2. {}", capitalize_first(topic.items[0])));
    let n = d.rng.range(1, 3);
    d.prose(n);
    d.line("Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.");
    d.signature(position.to_string());
    d.record
        .parties
        .push(format!("{agency} {}", d.region_name()));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terbilang_words() {
        assert_eq!(terbilang(131_000_000_000), "seratus tiga puluh satu miliar");
        assert_eq!(terbilang(2023), "dua ribu dua puluh tiga");
        assert_eq!(terbilang(1_500_000), "satu juta lima ratus ribu");
        assert_eq!(rupiah(52_400_000_000), "Rp52.400.000.000,00");
    }

    #[test]
    fn deterministic() {
        let a = document(7, 12);
        let b = document(7, 12);
        assert_eq!(a.text, b.text);
        assert_eq!(a.record, b.record);
    }
}
