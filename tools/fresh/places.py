"""Provinces, regencies and cities of Indonesia with their seats, time zones and the year the
province came to be (so a 1996 letter is not issued by a province formed in 2022)."""

# key: (province name, capital, time zone, year formed, old name (before renaming) or None, bps code)
PROVINCES = {
    "aceh": ("Aceh", "Banda Aceh", "WIB", 1956, "Daerah Istimewa Aceh", 11),
    "sumut": ("Sumatera Utara", "Medan", "WIB", 1950, None, 12),
    "sumbar": ("Sumatera Barat", "Padang", "WIB", 1957, None, 13),
    "riau": ("Riau", "Pekanbaru", "WIB", 1957, None, 14),
    "jambi": ("Jambi", "Jambi", "WIB", 1957, None, 15),
    "sumsel": ("Sumatera Selatan", "Palembang", "WIB", 1950, None, 16),
    "bengkulu": ("Bengkulu", "Bengkulu", "WIB", 1968, None, 17),
    "lampung": ("Lampung", "Bandar Lampung", "WIB", 1964, None, 18),
    "babel": ("Kepulauan Bangka Belitung", "Pangkalpinang", "WIB", 2000, None, 19),
    "kepri": ("Kepulauan Riau", "Tanjungpinang", "WIB", 2002, None, 21),
    "dki": ("Daerah Khusus Ibukota Jakarta", "Jakarta", "WIB", 1961, None, 31),
    "jabar": ("Jawa Barat", "Bandung", "WIB", 1950, None, 32),
    "jateng": ("Jawa Tengah", "Semarang", "WIB", 1950, None, 33),
    "diy": ("Daerah Istimewa Yogyakarta", "Yogyakarta", "WIB", 1950, None, 34),
    "jatim": ("Jawa Timur", "Surabaya", "WIB", 1950, None, 35),
    "banten": ("Banten", "Serang", "WIB", 2000, None, 36),
    "bali": ("Bali", "Denpasar", "WITA", 1958, None, 51),
    "ntb": ("Nusa Tenggara Barat", "Mataram", "WITA", 1958, None, 52),
    "ntt": ("Nusa Tenggara Timur", "Kupang", "WITA", 1958, None, 53),
    "kalbar": ("Kalimantan Barat", "Pontianak", "WIB", 1956, None, 61),
    "kalteng": ("Kalimantan Tengah", "Palangka Raya", "WIB", 1957, None, 62),
    "kalsel": ("Kalimantan Selatan", "Banjarbaru", "WITA", 1956, None, 63),
    "kaltim": ("Kalimantan Timur", "Samarinda", "WITA", 1956, None, 64),
    "kaltara": ("Kalimantan Utara", "Tanjung Selor", "WITA", 2012, None, 65),
    "sulut": ("Sulawesi Utara", "Manado", "WITA", 1964, None, 71),
    "sulteng": ("Sulawesi Tengah", "Palu", "WITA", 1964, None, 72),
    "sulsel": ("Sulawesi Selatan", "Makassar", "WITA", 1960, None, 73),
    "sultra": ("Sulawesi Tenggara", "Kendari", "WITA", 1964, None, 74),
    "gorontalo": ("Gorontalo", "Gorontalo", "WITA", 2000, None, 75),
    "sulbar": ("Sulawesi Barat", "Mamuju", "WITA", 2004, None, 76),
    "maluku": ("Maluku", "Ambon", "WIT", 1958, None, 81),
    "malut": ("Maluku Utara", "Sofifi", "WIT", 1999, None, 82),
    "papua": ("Papua", "Jayapura", "WIT", 1969, "Irian Jaya", 91),
    "papuabarat": ("Papua Barat", "Manokwari", "WIT", 2003, None, 92),
    "papuaselatan": ("Papua Selatan", "Merauke", "WIT", 2022, None, 93),
    "papuatengah": ("Papua Tengah", "Nabire", "WIT", 2022, None, 94),
    "papuapegunungan": ("Papua Pegunungan", "Wamena", "WIT", 2022, None, 95),
    "papuabaratdaya": ("Papua Barat Daya", "Sorong", "WIT", 2022, None, 96),
}

# (province key, name, seat, is_city, year formed); a few per province
REGENCIES = [
    ("aceh", "Aceh Besar", "Kota Jantho", False, 1956), ("aceh", "Pidie", "Sigli", False, 1956),
    ("aceh", "Aceh Tengah", "Takengon", False, 1956), ("aceh", "Aceh Barat", "Meulaboh", False, 1956),
    ("aceh", "Lhokseumawe", "Lhokseumawe", True, 2001), ("aceh", "Langsa", "Langsa", True, 2001),
    ("sumut", "Deli Serdang", "Lubuk Pakam", False, 1956), ("sumut", "Toba", "Balige", False, 1998),
    ("sumut", "Tapanuli Utara", "Tarutung", False, 1956), ("sumut", "Karo", "Kabanjahe", False, 1956),
    ("sumut", "Nias Selatan", "Teluk Dalam", False, 2003), ("sumut", "Simalungun", "Raya", False, 1956),
    ("sumut", "Pematangsiantar", "Pematangsiantar", True, 1956), ("sumut", "Sibolga", "Sibolga", True, 1956),
    ("sumbar", "Agam", "Lubuk Basung", False, 1956), ("sumbar", "Tanah Datar", "Batusangkar", False, 1956),
    ("sumbar", "Pesisir Selatan", "Painan", False, 1956), ("sumbar", "Lima Puluh Kota", "Sarilamak", False, 1956),
    ("sumbar", "Bukittinggi", "Bukittinggi", True, 1956), ("sumbar", "Payakumbuh", "Payakumbuh", True, 1970),
    ("riau", "Kampar", "Bangkinang", False, 1956), ("riau", "Siak", "Siak Sri Indrapura", False, 1999),
    ("riau", "Indragiri Hilir", "Tembilahan", False, 1965), ("riau", "Bengkalis", "Bengkalis", False, 1956),
    ("riau", "Dumai", "Dumai", True, 1999),
    ("jambi", "Muaro Jambi", "Sengeti", False, 1999), ("jambi", "Kerinci", "Siulak", False, 1958),
    ("jambi", "Merangin", "Bangko", False, 1965), ("jambi", "Sungai Penuh", "Sungai Penuh", True, 2008),
    ("sumsel", "Ogan Komering Ilir", "Kayu Agung", False, 1959), ("sumsel", "Musi Banyuasin", "Sekayu", False, 1956),
    ("sumsel", "Lahat", "Lahat", False, 1956), ("sumsel", "Muara Enim", "Muara Enim", False, 1956),
    ("sumsel", "Prabumulih", "Prabumulih", True, 2001), ("sumsel", "Lubuklinggau", "Lubuklinggau", True, 2001),
    ("bengkulu", "Rejang Lebong", "Curup", False, 1956), ("bengkulu", "Bengkulu Utara", "Arga Makmur", False, 1967),
    ("bengkulu", "Kaur", "Bintuhan", False, 2003),
    ("lampung", "Lampung Selatan", "Kalianda", False, 1956), ("lampung", "Tanggamus", "Kota Agung", False, 1997),
    ("lampung", "Way Kanan", "Blambangan Umpu", False, 1999), ("lampung", "Pringsewu", "Pringsewu", False, 2008),
    ("lampung", "Metro", "Metro", True, 1999),
    ("babel", "Bangka", "Sungailiat", False, 1956), ("babel", "Belitung", "Tanjung Pandan", False, 1956),
    ("babel", "Bangka Barat", "Muntok", False, 2003),
    ("kepri", "Bintan", "Bandar Seri Bentan", False, 1956), ("kepri", "Karimun", "Tanjung Balai Karimun", False, 1999),
    ("kepri", "Natuna", "Ranai", False, 1999), ("kepri", "Batam", "Batam", True, 1999),
    ("jabar", "Bogor", "Cibinong", False, 1950), ("jabar", "Sumedang", "Sumedang", False, 1950),
    ("jabar", "Cianjur", "Cianjur", False, 1950), ("jabar", "Kuningan", "Kuningan", False, 1950),
    ("jabar", "Majalengka", "Majalengka", False, 1950), ("jabar", "Tasikmalaya", "Singaparna", False, 1950),
    ("jabar", "Bekasi", "Bekasi", True, 1996), ("jabar", "Cimahi", "Cimahi", True, 2001),
    ("jabar", "Sukabumi", "Sukabumi", True, 1950), ("jabar", "Depok", "Depok", True, 1999),
    ("banten", "Pandeglang", "Pandeglang", False, 1950), ("banten", "Lebak", "Rangkasbitung", False, 1950),
    ("banten", "Tangerang", "Tigaraksa", False, 1950), ("banten", "Cilegon", "Cilegon", True, 1999),
    ("banten", "Tangerang Selatan", "Tangerang Selatan", True, 2008),
    ("jateng", "Banyumas", "Purwokerto", False, 1950), ("jateng", "Klaten", "Klaten", False, 1950),
    ("jateng", "Wonosobo", "Wonosobo", False, 1950), ("jateng", "Grobogan", "Purwodadi", False, 1950),
    ("jateng", "Pati", "Pati", False, 1950), ("jateng", "Kebumen", "Kebumen", False, 1950),
    ("jateng", "Rembang", "Rembang", False, 1950), ("jateng", "Salatiga", "Salatiga", True, 1950),
    ("jateng", "Pekalongan", "Pekalongan", True, 1950), ("jateng", "Surakarta", "Surakarta", True, 1950),
    ("diy", "Sleman", "Sleman", False, 1950), ("diy", "Bantul", "Bantul", False, 1950),
    ("diy", "Gunungkidul", "Wonosari", False, 1950), ("diy", "Kulon Progo", "Wates", False, 1951),
    ("diy", "Yogyakarta", "Yogyakarta", True, 1950),
    ("jatim", "Jember", "Jember", False, 1950), ("jatim", "Banyuwangi", "Banyuwangi", False, 1950),
    ("jatim", "Lamongan", "Lamongan", False, 1950), ("jatim", "Ponorogo", "Ponorogo", False, 1950),
    ("jatim", "Sumenep", "Sumenep", False, 1950), ("jatim", "Tulungagung", "Tulungagung", False, 1950),
    ("jatim", "Bojonegoro", "Bojonegoro", False, 1950), ("jatim", "Malang", "Malang", True, 1950),
    ("jatim", "Kediri", "Kediri", True, 1950), ("jatim", "Madiun", "Madiun", True, 1950),
    ("bali", "Buleleng", "Singaraja", False, 1958), ("bali", "Gianyar", "Gianyar", False, 1958),
    ("bali", "Tabanan", "Tabanan", False, 1958), ("bali", "Karangasem", "Amlapura", False, 1958),
    ("bali", "Klungkung", "Semarapura", False, 1958), ("bali", "Denpasar", "Denpasar", True, 1992),
    ("ntb", "Lombok Timur", "Selong", False, 1958), ("ntb", "Sumbawa", "Sumbawa Besar", False, 1958),
    ("ntb", "Bima", "Woha", False, 1958), ("ntb", "Lombok Tengah", "Praya", False, 1958),
    ("ntb", "Bima", "Bima", True, 2002),
    ("ntt", "Sikka", "Maumere", False, 1958), ("ntt", "Manggarai", "Ruteng", False, 1958),
    ("ntt", "Ende", "Ende", False, 1958), ("ntt", "Sumba Timur", "Waingapu", False, 1958),
    ("ntt", "Timor Tengah Selatan", "Soe", False, 1958), ("ntt", "Alor", "Kalabahi", False, 1958),
    ("ntt", "Kupang", "Kupang", True, 1996),
    ("kalbar", "Sambas", "Sambas", False, 1956), ("kalbar", "Ketapang", "Ketapang", False, 1956),
    ("kalbar", "Sintang", "Sintang", False, 1956), ("kalbar", "Kapuas Hulu", "Putussibau", False, 1956),
    ("kalbar", "Singkawang", "Singkawang", True, 2001),
    ("kalteng", "Kotawaringin Barat", "Pangkalan Bun", False, 1959), ("kalteng", "Kapuas", "Kuala Kapuas", False, 1959),
    ("kalteng", "Barito Utara", "Muara Teweh", False, 1959), ("kalteng", "Katingan", "Kasongan", False, 2002),
    ("kalsel", "Tabalong", "Tanjung", False, 1965), ("kalsel", "Hulu Sungai Utara", "Amuntai", False, 1959),
    ("kalsel", "Tanah Laut", "Pelaihari", False, 1965), ("kalsel", "Barito Kuala", "Marabahan", False, 1959),
    ("kalsel", "Banjarmasin", "Banjarmasin", True, 1959),
    ("kaltim", "Kutai Kartanegara", "Tenggarong", False, 1959), ("kaltim", "Berau", "Tanjung Redeb", False, 1959),
    ("kaltim", "Paser", "Tana Paser", False, 1959), ("kaltim", "Kutai Timur", "Sangatta", False, 1999),
    ("kaltim", "Balikpapan", "Balikpapan", True, 1959), ("kaltim", "Bontang", "Bontang", True, 1999),
    ("kaltara", "Bulungan", "Tanjung Selor", False, 1959), ("kaltara", "Nunukan", "Nunukan", False, 1999),
    ("kaltara", "Malinau", "Malinau", False, 1999), ("kaltara", "Tarakan", "Tarakan", True, 1997),
    ("sulut", "Minahasa", "Tondano", False, 1959), ("sulut", "Bolaang Mongondow", "Lolak", False, 1959),
    ("sulut", "Kepulauan Sangihe", "Tahuna", False, 1959), ("sulut", "Bitung", "Bitung", True, 1990),
    ("sulut", "Tomohon", "Tomohon", True, 2003),
    ("gorontalo", "Boalemo", "Tilamuta", False, 1999), ("gorontalo", "Bone Bolango", "Suwawa", False, 2003),
    ("gorontalo", "Pohuwato", "Marisa", False, 2003), ("gorontalo", "Gorontalo", "Gorontalo", True, 1959),
    ("sulteng", "Poso", "Poso", False, 1959), ("sulteng", "Banggai", "Luwuk", False, 1959),
    ("sulteng", "Donggala", "Banawa", False, 1959), ("sulteng", "Tolitoli", "Tolitoli", False, 1959),
    ("sulteng", "Palu", "Palu", True, 1994),
    ("sulbar", "Polewali Mandar", "Polewali", False, 1959), ("sulbar", "Majene", "Majene", False, 1959),
    ("sulbar", "Mamasa", "Mamasa", False, 2002),
    ("sulsel", "Bone", "Watampone", False, 1959), ("sulsel", "Gowa", "Sungguminasa", False, 1959),
    ("sulsel", "Wajo", "Sengkang", False, 1959), ("sulsel", "Bulukumba", "Bulukumba", False, 1959),
    ("sulsel", "Luwu Utara", "Masamba", False, 1999), ("sulsel", "Pinrang", "Pinrang", False, 1959),
    ("sulsel", "Tana Toraja", "Makale", False, 1959), ("sulsel", "Parepare", "Parepare", True, 1959),
    ("sulsel", "Palopo", "Palopo", True, 2002),
    ("sultra", "Kolaka", "Kolaka", False, 1964), ("sultra", "Muna", "Raha", False, 1959),
    ("sultra", "Konawe", "Unaaha", False, 1959), ("sultra", "Buton", "Pasarwajo", False, 1959),
    ("sultra", "Baubau", "Baubau", True, 2001),
    ("maluku", "Maluku Tengah", "Masohi", False, 1957), ("maluku", "Kepulauan Aru", "Dobo", False, 2003),
    ("maluku", "Seram Bagian Barat", "Piru", False, 2003), ("maluku", "Buru", "Namlea", False, 1999),
    ("maluku", "Tual", "Tual", True, 2007),
    ("malut", "Halmahera Utara", "Tobelo", False, 2003), ("malut", "Halmahera Selatan", "Labuha", False, 2003),
    ("malut", "Kepulauan Sula", "Sanana", False, 2003), ("malut", "Ternate", "Ternate", True, 1999),
    ("malut", "Tidore Kepulauan", "Tidore", True, 2003),
    ("papua", "Jayapura", "Sentani", False, 1969), ("papua", "Biak Numfor", "Biak", False, 1969),
    ("papua", "Keerom", "Waris", False, 2002), ("papua", "Sarmi", "Sarmi", False, 2002),
    ("papuabarat", "Manokwari", "Manokwari", False, 1969), ("papuabarat", "Fakfak", "Fakfak", False, 1969),
    ("papuabarat", "Teluk Bintuni", "Bintuni", False, 2002), ("papuabarat", "Kaimana", "Kaimana", False, 2002),
    ("papuabaratdaya", "Raja Ampat", "Waisai", False, 2003), ("papuabaratdaya", "Sorong Selatan", "Teminabuan", False, 2002),
    ("papuabaratdaya", "Sorong", "Sorong", True, 1996),
    ("papuatengah", "Nabire", "Nabire", False, 1969), ("papuatengah", "Mimika", "Timika", False, 1996),
    ("papuatengah", "Paniai", "Enarotali", False, 1969),
    ("papuapegunungan", "Jayawijaya", "Wamena", False, 1969), ("papuapegunungan", "Lanny Jaya", "Tiom", False, 2008),
    ("papuapegunungan", "Yahukimo", "Dekai", False, 2002),
    ("papuaselatan", "Merauke", "Merauke", False, 1969), ("papuaselatan", "Boven Digoel", "Tanah Merah", False, 2002),
    ("papuaselatan", "Mappi", "Kepi", False, 2002),
]

STREETS = ["Jalan Jenderal Sudirman", "Jalan Ahmad Yani", "Jalan Diponegoro", "Jalan Pahlawan", "Jalan Merdeka",
           "Jalan Gajah Mada", "Jalan Pattimura", "Jalan Sultan Hasanuddin", "Jalan Imam Bonjol",
           "Jalan Pangeran Antasari", "Jalan Teuku Umar", "Jalan Cut Nyak Dien", "Jalan Slamet Riyadi",
           "Jalan El Tari", "Jalan Soekarno-Hatta", "Jalan Veteran", "Jalan Bhayangkara", "Jalan Kartini",
           "Jalan Raya Protokol", "Jalan Trikora", "Jalan Sam Ratulangi", "Jalan Frans Kaisiepo",
           "Jalan Basuki Rahmat", "Jalan Letjen S. Parman", "Jalan Pemuda", "Jalan Dr. Wahidin",
           "Jalan Gatot Subroto", "Jalan Bundaran", "Jalan Pramuka", "Jalan Udayana", "Jalan Perintis Kemerdekaan"]

VILLAGES = ["Sukamaju", "Sidomulyo", "Tanjung Harapan", "Mekar Sari", "Suka Damai", "Karya Bakti", "Sumber Rejo",
            "Tunas Baru", "Batu Ampar", "Air Putih", "Sungai Rangas", "Lembah Hijau", "Kampung Baru", "Wonorejo",
            "Margamulya", "Pasir Putih", "Padang Luas", "Bukit Raya", "Teluk Betung", "Lubuk Sirih", "Rantau Panjang",
            "Waiheru", "Oeletsala", "Kayu Putih", "Sri Tanjung", "Nangahale", "Mbay Dua", "Koya Barat", "Tobadak"]
DISTRICTS = ["Kota", "Barat", "Timur", "Utara", "Selatan", "Tengah", "Pesisir", "Hulu", "Hilir", "Raya", "Baru", "Jaya"]


def province(key):
    name, cap, tz, formed, old, code = PROVINCES[key]
    return {"key": key, "name": name, "capital": cap, "tz": tz, "formed": formed, "old": old, "code": code}


def regions_existing(year):
    return [r for r in REGENCIES if r[4] <= year and PROVINCES[r[0]][3] <= year]


def regency(rng, year, prov=None):
    rows = [r for r in regions_existing(year) if prov is None or r[0] == prov]
    pk, name, seat, city, formed = rng.choice(rows)
    p = province(pk)
    # region code: province code and a two-digit serial (cities from 71)
    serial = (REGENCIES.index((pk, name, seat, city, formed)) % 19) + (71 if city else 1)
    return {"prov": p, "name": name, "seat": seat, "city": city, "formed": formed,
            "code": f"{p['code']}{serial:02d}", "tz": p["tz"]}


def province_name(p, year):
    if p["old"] and ((p["key"] == "papua" and year < 2002) or (p["key"] == "aceh" and year < 2001)):
        return p["old"]
    if p["key"] == "dki" and year >= 2024:
        return "Daerah Khusus Jakarta"
    return p["name"]
