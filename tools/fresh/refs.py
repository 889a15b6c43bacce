"""Legal instruments a document may cite, and the many ways they are written.

Each entry: (type, number, year, 'tentang ...' title, topics, in force from, in force until).
Titles may cite other instruments themselves (they are tagged too). Regional instruments
(Perda, Perbup, ...) are made per document from its region."""

# topics: pemda keu hibah pemilu asn desa kes pend polri tni jaksa adil arsip pbj kerjasama bencana
NATIONAL = [
    ("UU", "5", 1974, "Pokok-Pokok Pemerintahan di Daerah", "pemda", 1974, 1999),
    ("UU", "8", 1974, "Pokok-Pokok Kepegawaian", "asn", 1974, 1999),
    ("UU", "5", 1979, "Pemerintahan Desa", "desa", 1979, 1999),
    ("UU", "22", 1999, "Pemerintahan Daerah", "pemda", 1999, 2004),
    ("UU", "43", 1999, "Perubahan atas {{ref:UU|8|1974|Undang-Undang Nomor 8 Tahun 1974}} tentang Pokok-Pokok Kepegawaian", "asn", 1999, 2013),
    ("UU", "28", 1999, "Penyelenggaraan Negara yang Bersih dan Bebas dari Korupsi, Kolusi, dan Nepotisme", "asn pbj", 1999, 2030),
    ("UU", "17", 2003, "Keuangan Negara", "keu hibah", 2003, 2030),
    ("UU", "1", 2004, "Perbendaharaan Negara", "keu hibah pbj", 2004, 2030),
    ("UU", "32", 2004, "Pemerintahan Daerah", "pemda", 2004, 2014),
    ("UU", "33", 2004, "Perimbangan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah", "keu", 2004, 2021),
    ("UU", "20", 2003, "Sistem Pendidikan Nasional", "pend", 2003, 2030),
    ("UU", "2", 2002, "Kepolisian Negara Republik Indonesia", "polri", 2002, 2030),
    ("UU", "34", 2004, "Tentara Nasional Indonesia", "tni", 2004, 2030),
    ("UU", "16", 2004, "Kejaksaan Republik Indonesia", "jaksa", 2004, 2030),
    ("UU", "24", 2007, "Penanggulangan Bencana", "bencana", 2007, 2030),
    ("UU", "14", 2008, "Keterbukaan Informasi Publik", "arsip pemda", 2008, 2030),
    ("UU", "25", 2009, "Pelayanan Publik", "pemda kes", 2009, 2030),
    ("UU", "36", 2009, "Kesehatan", "kes", 2009, 2023),
    ("UU", "44", 2009, "Rumah Sakit", "kes", 2009, 2023),
    ("UU", "48", 2009, "Kekuasaan Kehakiman", "adil", 2009, 2030),
    ("UU", "43", 2009, "Kearsipan", "arsip", 2009, 2030),
    ("UU", "12", 2011, "Pembentukan Peraturan Perundang-undangan", "pemda", 2011, 2030),
    ("UU", "12", 2012, "Pendidikan Tinggi", "pend", 2012, 2030),
    ("UU", "5", 2014, "Aparatur Sipil Negara", "asn", 2014, 2023),
    ("UU", "6", 2014, "Desa", "desa", 2014, 2030),
    ("UU", "23", 2014, "Pemerintahan Daerah", "pemda keu hibah kerjasama", 2015, 2030),
    ("UU", "30", 2014, "Administrasi Pemerintahan", "pemda asn", 2014, 2030),
    ("UU", "10", 2016, "Perubahan Kedua atas {{ref:UU|1|2015|Undang-Undang Nomor 1 Tahun 2015}} tentang Penetapan "
                       "{{ref:PERPU|1|2014|Peraturan Pemerintah Pengganti Undang-Undang Nomor 1 Tahun 2014}} tentang "
                       "Pemilihan Gubernur, Bupati, dan Walikota menjadi Undang-Undang", "pemilu hibah", 2016, 2030),
    ("UU", "7", 2017, "Pemilihan Umum", "pemilu", 2017, 2030),
    ("UU", "1", 2022, "Hubungan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah", "keu", 2022, 2030),
    ("UU", "17", 2023, "Kesehatan", "kes", 2023, 2030),
    ("UU", "20", 2023, "Aparatur Sipil Negara", "asn", 2024, 2030),
    ("PERPU", "2", 2022, "Cipta Kerja", "pemda", 2023, 2023),
    ("PP", "6", 1988, "Koordinasi Kegiatan Instansi Vertikal di Daerah", "pemda", 1988, 2004),
    ("PP", "30", 1980, "Peraturan Disiplin Pegawai Negeri Sipil", "asn", 1980, 2010),
    ("PP", "105", 2000, "Pengelolaan dan Pertanggungjawaban Keuangan Daerah", "keu hibah", 2000, 2005),
    ("PP", "58", 2005, "Pengelolaan Keuangan Daerah", "keu hibah", 2005, 2019),
    ("PP", "41", 2007, "Organisasi Perangkat Daerah", "pemda", 2007, 2016),
    ("PP", "50", 2007, "Tata Cara Pelaksanaan Kerja Sama Daerah", "kerjasama", 2007, 2018),
    ("PP", "60", 2008, "Sistem Pengendalian Intern Pemerintah", "keu pbj", 2008, 2030),
    ("PP", "53", 2010, "Disiplin Pegawai Negeri Sipil", "asn", 2010, 2021),
    ("PP", "71", 2010, "Standar Akuntansi Pemerintahan", "keu", 2010, 2030),
    ("PP", "2", 2012, "Hibah Daerah", "hibah", 2012, 2030),
    ("PP", "43", 2014, "Peraturan Pelaksanaan {{ref:UU|6|2014|Undang-Undang Nomor 6 Tahun 2014}} tentang Desa", "desa", 2014, 2030),
    ("PP", "18", 2016, "Perangkat Daerah", "pemda", 2016, 2030),
    ("PP", "11", 2017, "Manajemen Pegawai Negeri Sipil", "asn", 2017, 2030),
    ("PP", "28", 2018, "Kerja Sama Daerah", "kerjasama", 2018, 2030),
    ("PP", "49", 2018, "Manajemen Pegawai Pemerintah dengan Perjanjian Kerja", "asn", 2018, 2030),
    ("PP", "12", 2019, "Pengelolaan Keuangan Daerah", "keu hibah", 2019, 2030),
    ("PP", "94", 2021, "Disiplin Pegawai Negeri Sipil", "asn", 2021, 2030),
    ("PP", "47", 2021, "Penyelenggaraan Bidang Perumahsakitan", "kes", 2021, 2030),
    ("PP", "4", 2014, "Penyelenggaraan Pendidikan Tinggi dan Pengelolaan Perguruan Tinggi", "pend", 2014, 2030),
    ("KEPPRES", "16", 1994, "Pelaksanaan Anggaran Pendapatan dan Belanja Negara", "keu pbj", 1994, 2000),
    ("KEPPRES", "80", 2003, "Pedoman Pelaksanaan Pengadaan Barang/Jasa Pemerintah", "pbj", 2003, 2010),
    ("PERPRES", "54", 2010, "Pengadaan Barang/Jasa Pemerintah", "pbj", 2010, 2018),
    ("PERPRES", "16", 2018, "Pengadaan Barang/Jasa Pemerintah", "pbj", 2018, 2030),
    ("PERPRES", "95", 2018, "Sistem Pemerintahan Berbasis Elektronik", "arsip pemda", 2018, 2030),
    ("PERPRES", "39", 2019, "Satu Data Indonesia", "pemda", 2019, 2030),
    ("PERPRES", "33", 2020, "Standar Harga Satuan Regional", "keu", 2020, 2030),
    ("PERPRES", "72", 2021, "Percepatan Penurunan Stunting", "kes desa", 2021, 2030),
    ("PERMEN", "13", 2006, "Pedoman Pengelolaan Keuangan Daerah", "keu hibah", 2006, 2020, "Peraturan Menteri Dalam Negeri", "Permendagri"),
    ("PERMEN", "54", 2009, "Tata Naskah Dinas di Lingkungan Pemerintah Daerah", "arsip", 2009, 2022, "Peraturan Menteri Dalam Negeri", "Permendagri"),
    ("PERMEN", "32", 2011, "Pedoman Pemberian Hibah dan Bantuan Sosial yang Bersumber dari Anggaran Pendapatan dan Belanja Daerah", "hibah", 2011, 2030, "Peraturan Menteri Dalam Negeri", "Permendagri"),
    ("PERMEN", "80", 2012, "Pedoman Tata Naskah Dinas Instansi Pemerintah", "arsip", 2012, 2030, "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi", "PermenPANRB"),
    ("PERMEN", "113", 2014, "Pengelolaan Keuangan Desa", "desa", 2014, 2018, "Peraturan Menteri Dalam Negeri", "Permendagri"),
    ("PERMEN", "114", 2014, "Pedoman Pembangunan Desa", "desa", 2014, 2030, "Peraturan Menteri Dalam Negeri", "Permendagri"),
    ("PERMEN", "80", 2015, "Pembentukan Produk Hukum Daerah", "pemda", 2015, 2030, "Peraturan Menteri Dalam Negeri", "Permendagri"),
    ("PERMEN", "20", 2018, "Pengelolaan Keuangan Desa", "desa", 2018, 2030, "Peraturan Menteri Dalam Negeri", "Permendagri"),
    ("PERMEN", "54", 2019, "Pendanaan Kegiatan Pemilihan Gubernur, Bupati, dan Wali Kota yang Bersumber dari Anggaran Pendapatan dan Belanja Daerah", "hibah pemilu", 2019, 2030, "Peraturan Menteri Dalam Negeri", "Permendagri"),
    ("PERMEN", "43", 2019, "Pusat Kesehatan Masyarakat", "kes", 2019, 2030, "Peraturan Menteri Kesehatan", "Permenkes"),
    ("PERMEN", "90", 2019, "Klasifikasi, Kodefikasi, dan Nomenklatur Perencanaan Pembangunan dan Keuangan Daerah", "keu", 2019, 2030, "Peraturan Menteri Dalam Negeri", "Permendagri"),
    ("PERMEN", "3", 2020, "Klasifikasi dan Perizinan Rumah Sakit", "kes", 2020, 2030, "Peraturan Menteri Kesehatan", "Permenkes"),
    ("PERMEN", "3", 2020, "Standar Nasional Pendidikan Tinggi", "pend", 2020, 2023, "Peraturan Menteri Pendidikan dan Kebudayaan", "Permendikbud"),
    ("PERMEN", "22", 2020, "Tata Cara Kerja Sama Daerah dengan Daerah Lain dan Kerja Sama Daerah dengan Pihak Ketiga", "kerjasama", 2020, 2030, "Peraturan Menteri Dalam Negeri", "Permendagri"),
    ("PERMEN", "41", 2020, "Perubahan atas {{ref:PERMEN|54|2019|Peraturan Menteri Dalam Negeri Nomor 54 Tahun 2019}} tentang Pendanaan Kegiatan Pemilihan Gubernur, Bupati, dan Wali Kota yang Bersumber dari Anggaran Pendapatan dan Belanja Daerah", "hibah pemilu", 2020, 2030, "Peraturan Menteri Dalam Negeri", "Permendagri"),
    ("PERMEN", "77", 2020, "Pedoman Teknis Pengelolaan Keuangan Daerah", "keu hibah", 2021, 2030, "Peraturan Menteri Dalam Negeri", "Permendagri"),
    ("PERMEN", "6", 2022, "Pengelolaan Kinerja Pegawai Aparatur Sipil Negara", "asn", 2022, 2030, "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi", "PermenPANRB"),
    ("PERMEN", "83", 2022, "Pengkodean Klasifikasi Arsip di Lingkungan Kementerian Dalam Negeri dan Pemerintah Daerah", "arsip", 2023, 2030, "Peraturan Menteri Dalam Negeri", "Permendagri"),
    ("PERMEN", "83", 2022, "Standar Biaya Masukan Tahun Anggaran 2023", "keu", 2022, 2023, "Peraturan Menteri Keuangan", "Permenkeu"),
    ("PERMEN", "49", 2023, "Standar Biaya Masukan Tahun Anggaran 2024", "keu", 2023, 2024, "Peraturan Menteri Keuangan", "Permenkeu"),
    ("PERMEN", "1", 2023, "Tata Naskah Dinas di Lingkungan Pemerintah Daerah", "arsip", 2023, 2030, "Peraturan Menteri Dalam Negeri", "Permendagri"),
    ("PERMEN", "7", 2023, "Rincian Prioritas Penggunaan Dana Desa Tahun 2024", "desa", 2023, 2024, "Peraturan Menteri Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi", "Permendes PDTT"),
    ("PERMEN", "53", 2023, "Penjaminan Mutu Pendidikan Tinggi", "pend", 2023, 2030, "Peraturan Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi", "Permendikbudristek"),
    ("KEPMEN", "050-5889", 2021, "Hasil Verifikasi, Validasi dan Inventarisasi Pemutakhiran Klasifikasi, Kodefikasi dan Nomenklatur Perencanaan Pembangunan dan Keuangan Daerah", "keu", 2021, 2030, "Keputusan Menteri Dalam Negeri", "Kepmendagri"),
    ("KEPMEN", "900.1.15.5-1317", 2023, "Perubahan atas {{ref:KEPMEN|050-5889|2021|Keputusan Menteri Dalam Negeri Nomor 050-5889 Tahun 2021}} tentang Hasil Verifikasi, Validasi dan Inventarisasi Pemutakhiran Klasifikasi, Kodefikasi dan Nomenklatur Perencanaan Pembangunan dan Keuangan Daerah", "keu", 2023, 2030, "Keputusan Menteri Dalam Negeri", "Kepmendagri"),
    ("KEPMEN", "HK.01.07/MENKES/1186/2022", None, "Panduan Praktik Klinis bagi Dokter di Fasilitas Pelayanan Kesehatan Tingkat Pertama", "kes", 2022, 2030, "Keputusan Menteri Kesehatan", "Kepmenkes"),
    ("PKPU", "7", 2012, "Tahapan, Program, dan Jadwal Penyelenggaraan Pemilihan Umum Anggota Dewan Perwakilan Rakyat, Dewan Perwakilan Daerah, dan Dewan Perwakilan Rakyat Daerah Tahun 2014", "pemilu", 2012, 2014),
    ("PKPU", "2", 2015, "Tahapan, Program, dan Jadwal Penyelenggaraan Pemilihan Gubernur dan Wakil Gubernur, Bupati dan Wakil Bupati, dan/atau Walikota dan Wakil Walikota", "pemilu", 2015, 2016),
    ("PKPU", "1", 2017, "Tahapan, Program, dan Jadwal Penyelenggaraan Pemilihan Gubernur dan Wakil Gubernur, Bupati dan Wakil Bupati, dan/atau Walikota dan Wakil Walikota Tahun 2018", "pemilu", 2017, 2018),
    ("PKPU", "7", 2017, "Tahapan, Program, dan Jadwal Penyelenggaraan Pemilihan Umum Tahun 2019", "pemilu", 2017, 2019),
    ("PERBAWASLU", "11", 2014, "Pengawasan Pemilihan Umum", "pemilu", 2014, 2017),
    ("PERBAWASLU", "19", 2017, "Pembentukan, Pemberhentian, dan Penggantian Antar Waktu Badan Pengawas Pemilihan Umum Provinsi, Badan Pengawas Pemilihan Umum Kabupaten/Kota, Panitia Pengawas Pemilihan Umum Kecamatan, Panitia Pengawas Pemilihan Umum Kelurahan/Desa, Panitia Pengawas Pemilihan Umum Luar Negeri, dan Pengawas Tempat Pemungutan Suara", "pemilu", 2017, 2022),
    ("PERBAWASLU", "7", 2018, "Penanganan Temuan dan Laporan Pelanggaran Pemilihan Umum", "pemilu", 2018, 2026),
    ("PERBAWASLU", "8", 2020, "Penanganan Pelanggaran Administrasi Pemilihan Gubernur, Bupati, dan Walikota", "pemilu", 2020, 2026),
    ("PKPU", "15", 2019, "Tahapan, Program, dan Jadwal Penyelenggaraan Pemilihan Gubernur dan Wakil Gubernur, Bupati dan Wakil Bupati, dan/atau Wali Kota dan Wakil Wali Kota Tahun 2020", "pemilu", 2019, 2020),
    ("PKPU", "3", 2022, "Tahapan dan Jadwal Penyelenggaraan Pemilihan Umum Tahun 2024", "pemilu", 2022, 2024),
    ("PKPU", "7", 2022, "Penyusunan Daftar Pemilih dalam Penyelenggaraan Pemilihan Umum dan Sistem Informasi Data Pemilih", "pemilu", 2022, 2026),
    ("PKPU", "8", 2022, "Pembentukan dan Tata Kerja Badan Ad Hoc Penyelenggara Pemilihan Umum dan Pemilihan Gubernur dan Wakil Gubernur, Bupati dan Wakil Bupati, serta Wali Kota dan Wakil Wali Kota", "pemilu", 2022, 2026),
    ("PKPU", "2", 2024, "Tahapan dan Jadwal Pemilihan Gubernur dan Wakil Gubernur, Bupati dan Wakil Bupati, serta Wali Kota dan Wakil Wali Kota Tahun 2024", "pemilu hibah", 2024, 2025),
    ("PERBAWASLU", "5", 2022, "Pengawasan Penyelenggaraan Pemilihan Umum", "pemilu", 2022, 2026),
    ("PERBAWASLU", "8", 2022, "Pembentukan, Pemberhentian, dan Penggantian Antarwaktu Bawaslu Provinsi, Bawaslu Kabupaten/Kota, Panitia Pengawas Pemilihan Umum Kecamatan, Panitia Pengawas Pemilihan Umum Kelurahan/Desa, Panitia Pengawas Pemilihan Umum Luar Negeri, dan Pengawas Tempat Pemungutan Suara", "pemilu", 2022, 2026),
    ("SE", "B/71/M.SM.00.00/2017", None, "Pelaksanaan Netralitas bagi Aparatur Sipil Negara pada Penyelenggaraan Pilkada Serentak Tahun 2018, Pemilihan Legislatif Tahun 2019, dan Pemilihan Presiden dan Wakil Presiden Tahun 2019", "asn pemilu", 2017, 2019, "Surat Edaran Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi", "SE MenPANRB"),
    ("SE", "440/2622/SJ", None, "Pembentukan Gugus Tugas Percepatan Penanganan Corona Virus Disease 2019 (COVID-19) Daerah", "kes bencana", 2020, 2021, "Surat Edaran Menteri Dalam Negeri", "SE Mendagri"),
    ("SE", "900.1.1/2543/SJ", None, "Percepatan Penyusunan Laporan Keuangan Pemerintah Daerah", "keu", 2023, 2030, "Surat Edaran Menteri Dalam Negeri", "SE Mendagri"),
    ("SE", "800.1.12.5/6024/SJ", None, "Netralitas Aparatur Sipil Negara pada Pemilihan Umum dan Pemilihan Kepala Daerah Serentak Tahun 2024", "asn pemilu", 2023, 2024, "Surat Edaran Menteri Dalam Negeri", "SE Mendagri"),
    ("SE", "2", 2023, "Penggunaan Aplikasi Umum Bidang Kearsipan di Lingkungan Instansi Pemerintah", "arsip", 2023, 2030, "Surat Edaran Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi", "SE MenPANRB"),
    ("SE", "1", 2024, "Penerapan Tanda Tangan Elektronik pada Naskah Dinas", "arsip", 2024, 2030, "Surat Edaran Kepala Arsip Nasional Republik Indonesia", None),
    ("SKB", "2", 2022, "Pedoman Pembinaan dan Pengawasan Netralitas Pegawai Aparatur Sipil Negara dalam Penyelenggaraan Pemilihan Umum dan Pemilihan", "asn pemilu", 2022, 2026, "Keputusan Bersama Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi, Menteri Dalam Negeri, Kepala Badan Kepegawaian Negara, Ketua Komisi Aparatur Sipil Negara, dan Ketua Badan Pengawas Pemilihan Umum", "SKB"),
    ("SKB", "855", 2023, "Hari Libur Nasional dan Cuti Bersama Tahun 2024", "asn", 2023, 2024, "Keputusan Bersama Menteri Agama, Menteri Ketenagakerjaan, dan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi", "SKB Tiga Menteri"),
    ("KEPPRES", "42", 2002, "Pedoman Pelaksanaan Anggaran Pendapatan dan Belanja Negara", "keu", 2002, 2012),
    ("LAINNYA", "PER-006/A/JA/07/2017", None, "Organisasi dan Tata Kerja Kejaksaan Republik Indonesia", "jaksa", 2017, 2030, "Peraturan Jaksa Agung", None),
    ("LAINNYA", "7", 2015, "Organisasi dan Tata Kerja Kepaniteraan dan Kesekretariatan Peradilan", "adil", 2015, 2030, "Peraturan Mahkamah Agung", None),
    ("LAINNYA", "2", 2021, "Susunan Organisasi dan Tata Kerja pada Tingkat Kepolisian Resor dan Kepolisian Sektor", "polri", 2021, 2030, "Peraturan Kepolisian Negara Republik Indonesia", None),
    ("LAINNYA", "12", 2021, "Pedoman Pelaksanaan Pengadaan Barang/Jasa Pemerintah Melalui Penyedia", "pbj", 2021, 2030, "Peraturan Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah", None),
    ("LAINNYA", "1", 2022, "Optimalisasi Pelaksanaan Program Jaminan Kesehatan Nasional", "kes", 2022, 2030, "Instruksi Presiden", None),
]

# the long names and abbreviations of each national type
FULL = {
    "UU": ["Undang-Undang", "Undang-Undang Republik Indonesia", "Undang-undang"],
    "PERPU": ["Peraturan Pemerintah Pengganti Undang-Undang"],
    "PP": ["Peraturan Pemerintah", "Peraturan Pemerintah Republik Indonesia"],
    "PERPRES": ["Peraturan Presiden", "Peraturan Presiden Republik Indonesia"],
    "KEPPRES": ["Keputusan Presiden", "Keputusan Presiden Republik Indonesia"],
    "PKPU": ["Peraturan Komisi Pemilihan Umum", "Peraturan KPU"],
    "PERBAWASLU": ["Peraturan Badan Pengawas Pemilihan Umum", "Peraturan Bawaslu"],
}
ABBR = {"UU": ["UU"], "PERPU": ["Perpu", "Perppu"], "PP": ["PP"], "PERPRES": ["Perpres"], "KEPPRES": ["Keppres"],
        "PKPU": ["PKPU", "Peraturan KPU"], "PERBAWASLU": ["Perbawaslu", "Peraturan Bawaslu"]}


class Ref:
    def __init__(self, typ, number, year, title, topics="", since=1900, until=2100, name=None, abbr=None):
        self.typ, self.number, self.year, self.title = typ, number, year or ref_year_of(number), title
        self.topics = set(topics.split())
        self.since, self.until = since, until
        self.name, self.abbr = name, abbr

    @property
    def key(self):
        return (self.typ, self.number, self.year)


def national():
    return [Ref(*row) for row in NATIONAL]


def usable(year, topics=None):
    out = [r for r in national() if r.since <= year <= r.until]
    if topics:
        out = [r for r in out if r.topics & set(topics)]
    return out


def _nomor(rng, short=False):
    return rng.choice(["Nomor", "Nomor", "Nomor", "No."]) if short else "Nomor"


def cite(rng, ref, with_title=True, allow_short=True):
    """Markup citing `ref`: '{{ref:...|display}} tentang ...'. Written full or abbreviated."""
    short = allow_short and rng.random() < 0.3
    typ = ref.typ
    if ref.name:
        head = ref.abbr if (short and ref.abbr) else ref.name
        if not short and rng.random() < 0.2 and typ in ("PERMEN", "KEPMEN"):
            head += " Republik Indonesia"
    elif short and typ in ABBR:
        head = rng.choice(ABBR[typ])
    else:
        head = rng.choice(FULL.get(typ, [ref.name or typ]))
    nomor = _nomor(rng, short)
    if ref.year and not ref.number.endswith(str(ref.year)):
        display = f"{head} {nomor} {ref.number} Tahun {ref.year}"
    else:
        display = f"{head} {nomor} {ref.number}"
    tag = f"{{{{ref:{typ}|{ref.number}|{ref.year or ''}|{display}}}}}"
    if with_title and ref.title:
        return f"{tag} tentang {ref.title}"
    return tag


def ref_year_of(number, tahun=None):
    """The year the shared convention records: 'Tahun YYYY' if written, else a trailing /YYYY."""
    import re
    if tahun:
        return int(tahun)
    m = re.search(r"[/.\-]((?:19|20)\d\d)$", number)
    return int(m.group(1)) if m else None


def tag(typ, number, display, tahun=None):
    y = ref_year_of(number, tahun)
    return f"{{{{ref:{typ}|{number}|{y or ''}|{display}}}}}"


# ----------------------------------------------------------------- regional instruments

def regional(rng, region, year, what):
    """A regional instrument of `region` (the issuer's), cited in the body. `what`: apbd, penjabaran,
    sotk, rpjmd, hibah_perbup, keu_perda, kerjasama. Returns (typ, number, y, display_head, title)."""
    kind = region["kind"]  # prov | kab | kota
    rname = region["name"]
    y_prev = year - 1
    if what in ("apbd", "keu_perda", "sotk", "rpjmd"):
        typ = "PERDA"
        head_full = {"prov": f"Peraturan Daerah Provinsi {rname}", "kab": f"Peraturan Daerah Kabupaten {rname}",
                     "kota": f"Peraturan Daerah Kota {rname}"}[kind]
        if region.get("aceh"):
            head_full = {"prov": "Qanun Aceh", "kab": f"Qanun Kabupaten {rname}", "kota": f"Qanun Kota {rname}"}[kind]
        head_short = "Perda " + head_full.split(" ", 2)[2] if not region.get("aceh") else head_full
        if what == "apbd":
            y, title = y_prev, f"Anggaran Pendapatan dan Belanja Daerah Tahun Anggaran {year}"
        elif what == "keu_perda":
            y = max(2020, year - rng.randint(1, 3)) if year >= 2021 else max(2007, year - rng.randint(1, 4))
            title = "Pengelolaan Keuangan Daerah"
        elif what == "sotk":
            y = 2016 if year >= 2017 else max(1995, year - rng.randint(1, 4))
            title = "Pembentukan dan Susunan Perangkat Daerah" if year >= 2017 else "Pembentukan Organisasi dan Tata Kerja Perangkat Daerah"
        else:
            y = max(2005, year - rng.randint(1, 3))
            title = f"Rencana Pembangunan Jangka Menengah Daerah Tahun {y}-{y + 5}" if y >= 2005 else "Program Pembangunan Daerah"
        n = str(rng.randint(1, 16))
        return typ, n, y, head_full if rng.random() < 0.75 else head_short, title
    # head-of-region instruments
    typ = {"prov": "PERGUB", "kab": "PERBUP", "kota": "PERWALI"}[kind]
    full = {"prov": f"Peraturan Gubernur {rname}", "kab": f"Peraturan Bupati {rname}",
            "kota": rng.choice([f"Peraturan Wali Kota {rname}", f"Peraturan Walikota {rname}"])}[kind]
    short = {"prov": f"Pergub {rname}", "kab": f"Perbup {rname}", "kota": f"Perwali {rname}"}[kind]
    if what == "penjabaran":
        y, title = y_prev, f"Penjabaran Anggaran Pendapatan dan Belanja Daerah Tahun Anggaran {year}"
        n = str(rng.randint(40, 99))
    elif what == "hibah_perbup":
        y = max(2012, year - rng.randint(0, 4)) if year >= 2012 else max(1995, year - 2)
        title = ("Tata Cara Penganggaran, Pelaksanaan dan Penatausahaan, Pertanggungjawaban dan Pelaporan "
                 "serta Monitoring dan Evaluasi Hibah dan Bantuan Sosial")
        n = str(rng.randint(5, 60))
    else:
        y = max(2010, year - rng.randint(0, 3))
        title = "Pedoman Pelaksanaan Kerja Sama Daerah"
        n = str(rng.randint(5, 60))
    return typ, n, y, full if rng.random() < 0.75 else short, title


def cite_regional(rng, region, year, what, with_title=True):
    typ, n, y, head, title = regional(rng, region, year, what)
    disp = f"{head} Nomor {n} Tahun {y}"
    t = f"{{{{ref:{typ}|{n}|{y}|{disp}}}}}"
    return f"{t} tentang {title}" if with_title else t


def lembaran(rng, ref_year, tambahan=True):
    """'(Lembaran Negara Republik Indonesia Tahun 2014 Nomor 244, Tambahan ... Nomor 5587)'"""
    ln = rng.randint(5, 290)
    s = f"(Lembaran Negara Republik Indonesia Tahun {ref_year} Nomor {ln}"
    if tambahan:
        s += f", Tambahan Lembaran Negara Republik Indonesia Nomor {rng.randint(3000, 6900)}"
    return s + ")"
