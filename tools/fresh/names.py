"""Person names: composed from naming traditions across Indonesia, with titles and degrees
written in the many ways offices write them. All names are invented combinations."""

# given names and family names / second names by tradition
POOLS = {
    "jawa": dict(
        m=["Bambang", "Slamet", "Agus", "Joko", "Budi", "Heru", "Eko", "Hadi", "Sugeng", "Wahyu", "Teguh",
           "Prasetyo", "Sutrisno", "Haryono", "Sumarno", "Purnomo", "Wiji", "Darmanto", "Suparman", "Gatot",
           "Yudi", "Bayu", "Aris", "Arif", "Sigit", "Hartono", "Rudi", "Priyo", "Tri", "Dwi", "Catur"],
        f=["Sri", "Endang", "Rahayu", "Wulan", "Retno", "Sulastri", "Tutik", "Yuni", "Dwi", "Siti", "Ratna",
           "Kusuma", "Lestari", "Puji", "Endah", "Nining", "Sumiati", "Tri", "Dewi", "Indah", "Setyowati"],
        last=["Santoso", "Wibowo", "Nugroho", "Susanto", "Haryanto", "Suryadi", "Widodo", "Purwanto",
              "Prasetyo", "Setiawan", "Kurniawan", "Wijayanto", "Hartati", "Handayani", "Wulandari",
              "Kusumawati", "Rahayu", "Sulistyo", "Raharjo", "Saputro", "Pamungkas", "Suharyono",
              "Mulyono", "Wahyuningsih", "Sudarsono", "Sumardi", "Utomo", "Darmawan", "Hidayati"]),
    "sunda": dict(
        m=["Asep", "Ujang", "Dede", "Cecep", "Yayan", "Iwan", "Dadang", "Entis", "Hendra", "Rahmat", "Deden",
           "Ade", "Aceng", "Agus", "Engkos", "Jajang", "Oman", "Dadan", "Wawan", "Yosep"],
        f=["Euis", "Neneng", "Imas", "Cucu", "Tati", "Nunung", "Yeni", "Rina", "Lilis", "Enok", "Teti", "Nia"],
        last=["Suherman", "Sukmana", "Hidayat", "Permana", "Kurniawan", "Saepudin", "Nurhayati", "Ratnasari",
              "Wiguna", "Sumantri", "Gunawan", "Supriatna", "Mulyana", "Suryana", "Rukmana", "Sopandi",
              "Taryana", "Hermawan", "Setiadi", "Kusnadi", "Sundari", "Rosmiati"]),
    "batak": dict(
        m=["Maruli", "Togar", "Hotman", "Sahat", "Lamhot", "Parulian", "Benget", "Jonny", "Robert", "Poltak",
           "Marihot", "Bonar", "Tumpal", "Hasudungan", "Ronald", "Darwin", "Erwin", "Saut", "Binsar"],
        f=["Rosmawati", "Juliana", "Tiurma", "Rospita", "Lasma", "Nurmala", "Hotmaida", "Dameria", "Rotua",
           "Ernawati", "Melva", "Sondang"],
        last=["Simanjuntak", "Siregar", "Nasution", "Harahap", "Sitompul", "Hutapea", "Silalahi", "Sinaga",
              "Panjaitan", "Tambunan", "Lubis", "Pardede", "Manurung", "Sihombing", "Situmorang", "Pasaribu",
              "Hutagalung", "Napitupulu", "Simatupang", "Sitorus", "Damanik", "Purba", "Ginting", "Tarigan",
              "Sembiring", "Hasibuan", "Rangkuti", "Pohan"]),
    "minang": dict(
        m=["Yulizar", "Syafrizal", "Afrizal", "Zulkifli", "Erwin", "Syamsul", "Irwan", "Yusrizal", "Firdaus",
           "Hendri", "Masril", "Alfian", "Desrizal", "Zainal", "Nofrizal", "Jasman", "Asrul", "Yondri"],
        f=["Yusnidar", "Desmawati", "Rahmi", "Nurhasanah", "Yenti", "Elfi", "Rosnelly", "Mardiana", "Fitri",
           "Yulianti", "Nelvi", "Reni"],
        last=["Bahri", "Effendi", "Syahrial", "Anwar", "Chaniago", "Piliang", "Tanjung", "Sikumbang",
              "Koto", "Jambak", "Caniago", "Rusdi", "Yunus", "Hamzah", "Arifin", "Darwis", "Syukur",
              "Nasrul", "Azwar", "Idris"]),
    "bugis": dict(
        m=["Andi Muhammad", "Muh.", "Ambo", "Hasanuddin", "Syamsuddin", "Nurdin", "Haerul", "Andi",
           "Abd. Rahman", "Muhammad", "Baharuddin", "Sudirman", "Arifuddin", "Jamaluddin", "Syahrir", "Idris",
           "Takdir", "Rustan", "Darwis"],
        f=["Sitti", "Andi Tenri", "Nurhaeda", "Hasnah", "Rosmini", "Andi Nurul", "Hasmawati", "Nurlina",
           "Sitti Rahmah", "Kartini", "Hamsiah", "Jumriah"],
        last=["Yusuf", "Dalle", "Mappanyukki", "Arsyad", "Rahman", "Pawelloi", "Massaile", "Mattalitti",
              "Pananrangi", "Lologau", "Tahir", "Hamid", "Said", "Latif", "Maddusila", "Baso", "Sanusi",
              "Ramli", "Sultan", "Amir"]),
    "bali": dict(
        m=["I Made", "I Wayan", "I Nyoman", "I Ketut", "I Putu", "I Gede", "I Kadek", "I Komang",
           "I Gusti Ngurah", "Ida Bagus", "Anak Agung Gede", "I Gusti Made", "Cokorda Gde"],
        f=["Ni Luh Putu", "Ni Made", "Ni Wayan", "Ni Nyoman", "Ni Ketut", "Ni Kadek", "Ni Komang",
           "Anak Agung Ayu", "Ida Ayu", "Desak Made", "I Gusti Ayu"],
        last=["Sudarta", "Suarjana", "Ariani", "Sudiarta", "Wirawan", "Suardana", "Astawa", "Mahendra",
              "Sukadana", "Wiratama", "Dharmawan", "Parwata", "Sutama", "Widiastuti", "Suryani", "Adnyana",
              "Budiasa", "Arsana", "Kertiyasa", "Sumerta", "Artini", "Suweta", "Jaya Negara", "Oka"]),
    "papua": dict(
        m=["Yohanis", "Yulianus", "Marthen", "Yakobus", "Yonas", "Frans", "Petrus", "Origenes", "Yance",
           "Hendrik", "Benyamin", "Elias", "Nehemia", "Simon", "Otniel", "Daniel", "Markus", "Wempi"],
        f=["Agustina", "Theresia", "Yosina", "Martha", "Naomi", "Dorkas", "Regina", "Selvi", "Fransina",
           "Yuliana", "Ester"],
        last=["Wanimbo", "Kogoya", "Wenda", "Rumbiak", "Dumupa", "Mandowen", "Kambu", "Rumaropen", "Tabuni",
              "Kafiar", "Yikwa", "Wonda", "Krey", "Mofu", "Ayomi", "Sawaki", "Mirino", "Womsiwor", "Kaize",
              "Gebze", "Mahuze", "Kaisiepo", "Wetipo", "Bonay", "Karubaba", "Samori"]),
    "arab": dict(
        m=["Salim", "Hasan", "Umar", "Abdullah", "Muhammad", "Ali", "Husein", "Fuad", "Segaf", "Ahmad",
           "Zein", "Alwi"],
        f=["Syarifah Nadia", "Fatimah", "Nur", "Khadijah", "Aisyah", "Syarifah Zahra", "Rugayah"],
        last=["Alatas", "Assegaf", "Alhabsyi", "Baraja", "Alaydrus", "Alkaff", "Bawazier", "Basalamah",
              "Bin Syech", "Shahab", "Aljufri", "Albar", "Bachmid", "Baswedan"]),
    "tionghoa": dict(
        m=["Hendra", "Yohanes", "Steven", "Anton", "Kevin", "Vincent", "Agustinus", "Hendrik", "Ivan",
           "Herman", "Rudy", "Sutrisno", "Wilson", "Andreas", "Felix"],
        f=["Lily", "Fransiska", "Sherly", "Linda", "Susanti", "Meiliana", "Yenny", "Lanny", "Elisabeth",
           "Juliani", "Christine"],
        last=["Gunawan", "Halim", "Wijaya", "Tjandra", "Salim", "Liem", "Sutanto", "Tanjaya", "Gunadi", "Lie",
              "Tjahjadi", "Susanto", "Kurniawan", "Lim", "Tan", "Hartanto", "Widjaja", "Santoso", "Oei",
              "Setiabudi", "Kosasih"]),
    "melayu": dict(
        m=["Muhammad", "Ahmad", "Rahmadi", "Hairul", "Akhmad", "Mahyuni", "Syahrani", "Fahrianoor",
           "Gusti Iskandar", "Rusli", "Zainuddin", "Effendi", "Suhaimi", "Raden", "Tengku Mahmud", "Azhar",
           "Amran", "Hamdani"],
        f=["Noor Hasanah", "Syahriani", "Fitriani", "Rusmiati", "Mariani", "Norlaila", "Halimah", "Zuraida",
           "Rabiatul", "Nursiah", "Tengku Nurul"],
        last=["Rusdi", "Anwar", "Rizani", "Yusran", "Hamdan", "Fahmi", "Jamali", "Husaini", "Arsyad",
              "Noor", "Ismail", "Saleh", "Rahim", "Fauzi", "Hasan", "Zakaria", "Rasyid", "Mansur"]),
    "dayak": dict(
        m=["Paulus", "Benediktus", "Martinus", "Agustinus", "Yohanes", "Stefanus", "Lukas", "Ignatius",
           "Kornelius", "Aloysius"],
        f=["Maria", "Veronika", "Anastasia", "Yuliana", "Katarina", "Natalia"],
        last=["Unjang", "Asoi", "Nyaring", "Kambang", "Lenjau", "Ngo", "Dahlan Ujang", "Jalung", "Lahang",
              "Ingan", "Apui", "Bilung", "Tingang", "Laing", "Dau"]),
    "minahasa": dict(
        m=["Frederik", "Jeffry", "Lucky", "Jerry", "Royke", "Steven", "Denny", "Meity", "Johny", "Franky",
           "Roy", "Sonny"],
        f=["Meiske", "Christiany", "Olvie", "Jeane", "Vivi", "Lenny", "Deasy", "Grace", "Novita"],
        last=["Rumengan", "Sumampouw", "Mandagi", "Wowor", "Pangemanan", "Kalalo", "Tumbelaka", "Rorimpandey",
              "Supit", "Mamahit", "Lengkong", "Sondakh", "Rumondor", "Tumewu", "Kaunang", "Lumentut"]),
    "maluku": dict(
        m=["Johanis", "Marthinus", "Ronald", "Jacob", "Ferdinand", "Abraham", "Semuel", "Hengky", "Said",
           "Ismail", "Husein"],
        f=["Elisabeth", "Novita", "Paulina", "Wilhelmina", "Salomina", "Nona", "Hadija"],
        last=["Latuheru", "Pattiasina", "Tuhumury", "Wattimena", "Matulessy", "Leimena", "Sopacua",
              "Pattipeilohy", "Tahapary", "Rehatta", "Nanlohy", "Tuasikal", "Ohorella", "Latuconsina",
              "Marasabessy", "Sahupala"]),
    "ntt": dict(
        m=["Yosef", "Fransiskus", "Stefanus", "Yakobus", "Aloysius", "Emanuel", "Agustinus", "Dominikus",
           "Yoseph", "Kornelis", "Alfons", "Viktor", "Mikhael", "Benediktus", "Ebed"],
        f=["Maria Goreti", "Yasinta", "Margaretha", "Bernadeta", "Florentina", "Yuliana", "Elfrida", "Sesilia"],
        last=["Bria", "Manehat", "Mau", "Seran", "Kolo", "Nahak", "Bataona", "Lewar", "Tanone", "Fanggidae",
              "Ndoen", "Riwu Kaho", "Djara", "Ndapa", "Lero", "Nai Buti", "Making", "Wangge", "Laka Lena",
              "Boro", "Mbete"]),
    "aceh": dict(
        m=["Teuku Ridwan", "Muzakir", "Zulfikar", "Teuku Iskandar", "Muhammad", "Nazaruddin", "Fadhil",
           "Tarmizi", "Rusli", "Mukhlis", "Azhari", "Yusri", "Khairul"],
        f=["Cut Rahmawati", "Cut Nurul", "Nurhayati", "Rosmiati", "Fitriani", "Zahrul", "Mutia"],
        last=["Abdullah", "Yusuf", "Ibrahim", "Daud", "Hasballah", "Ismail", "Adnan", "Hanafiah", "Saleh",
              "Basyah", "Usman", "Ali", "Gade", "Husin"]),
    "sasak": dict(
        m=["Lalu Muhammad", "Lalu", "Muhammad", "Zaini", "Ahyar", "Suhaili", "Mahsun", "Sahdan"],
        f=["Baiq Nurul", "Baiq", "Rohani", "Hairiah", "Nurhidayah"],
        last=["Hasbi", "Aini", "Gita Ariadi", "Ahmad", "Azhar", "Hidayat", "Fahrurrozi", "Muzakir",
              "Supardi", "Rasyid"]),
    "madura": dict(
        m=["Moh.", "Abd.", "Achmad", "Mohammad", "Fathorrahman", "Syafi'i", "Holis", "Ach."],
        f=["Siti", "Hosnawiyah", "Nurul", "Fatimatuz", "Halimatus"],
        last=["Fauzi", "Rahem", "Fatimah", "Fauzan", "Zahra", "Mukhlis", "Sa'diyah", "Ramli", "Hasyim",
              "Muzakki", "Qomariyah"]),
    "gorontalo": dict(
        m=["Rustam", "Hamid", "Yusran", "Ismet", "Rahmat", "Idris", "Roem", "Sofyan"],
        f=["Ramlah", "Nurain", "Suriani", "Hadidjah", "Sartin"],
        last=["Akuba", "Mooduto", "Mohamad", "Podungge", "Lamato", "Katili", "Monoarfa", "Bouty", "Lasulika",
              "Pakaya", "Hulukati"]),
}

# which traditions a region's offices mostly draw from (the rest: anyone)
REGION_POOLS = {
    "aceh": ["aceh", "melayu"], "sumut": ["batak", "melayu", "jawa"], "sumbar": ["minang"],
    "riau": ["melayu", "minang", "batak"], "kepri": ["melayu", "tionghoa"], "jambi": ["melayu", "jawa"],
    "sumsel": ["melayu", "jawa"], "babel": ["melayu", "tionghoa"], "bengkulu": ["melayu", "jawa"],
    "lampung": ["jawa", "melayu", "sunda"], "dki": ["jawa", "sunda", "batak", "arab", "tionghoa"],
    "jabar": ["sunda"], "banten": ["sunda", "jawa"], "jateng": ["jawa"], "diy": ["jawa"],
    "jatim": ["jawa", "madura"], "bali": ["bali"], "ntb": ["sasak", "bugis"], "ntt": ["ntt"],
    "kalbar": ["melayu", "dayak", "tionghoa"], "kalteng": ["dayak", "melayu", "jawa"],
    "kalsel": ["melayu", "jawa"], "kaltim": ["melayu", "bugis", "jawa", "dayak"],
    "kaltara": ["dayak", "bugis", "melayu"], "sulut": ["minahasa"], "gorontalo": ["gorontalo"],
    "sulteng": ["bugis", "gorontalo", "minahasa"], "sulbar": ["bugis"], "sulsel": ["bugis"],
    "sultra": ["bugis"], "maluku": ["maluku"], "malut": ["maluku", "arab"], "papua": ["papua"],
    "papuabarat": ["papua", "maluku"], "papuabaratdaya": ["papua", "maluku"], "papuatengah": ["papua"],
    "papuapegunungan": ["papua"], "papuaselatan": ["papua", "jawa"],
}
FEMININE = ("wati", "ningsih", "Rahayu", "Handayani", "Wulandari", "Hartati", "Hidayati", "Nurhayati", "Ratnasari",
             "Sundari", "Rosmiati", "Ariani", "Widiastuti", "Suryani", "Artini", "Fatimah", "Zahra", "Qomariyah", "Sa'diyah", "Aini")
CHRISTIAN = {"batak", "papua", "dayak", "minahasa", "maluku", "ntt", "tionghoa"}
HINDU = {"bali"}

DEGREES = {
    "law": ["S.H.", "M.H.", "M.Kn.", "LL.M."],
    "admin": ["S.Sos.", "M.Si.", "S.IP.", "M.AP.", "S.STP.", "M.PA.", "S.AP.", "MPA"],
    "econ": ["S.E.", "M.M.", "M.Ak.", "Ak.", "M.E.", "M.Ec.Dev."],
    "edu": ["S.Pd.", "M.Pd.", "S.Ag.", "M.Ag.", "Lc.", "M.A."],
    "tech": ["S.T.", "M.T.", "S.Kom.", "M.Kom.", "M.Eng.", "M.Sc."],
    "health": ["M.Kes.", "Sp.PD.", "Sp.OG.", "Sp.A.", "MARS", "S.KM.", "M.P.H.", "Sp.B."],
    "agri": ["S.P.", "M.P.", "S.Pt.", "S.Hut.", "M.Si."],
    "police": ["S.I.K.", "M.H.", "M.Si.", "S.H."],
    "military": ["S.E.", "M.Han.", "S.Sos."],
    "academic": ["M.Si.", "M.Sc.", "Ph.D.", "M.Pd.", "M.Hum.", "M.Eng.", "M.A."],
}
FIELDS = list(DEGREES)


def _cap(s):
    return " ".join(w if w.endswith(".") and len(w) <= 4 else w for w in s.split())


class Person:
    def __init__(self, name_plain, prefix, suffix, female, pool):
        self.plain, self.prefix, self.suffix = name_plain, prefix, suffix
        self.female, self.pool = female, pool
        self.nip = None
        self.rank = None
        self.nrp = None

    def written(self, upper=False, style=None):
        """The name as printed: prefixes, the name (upper or title case), degrees after a comma."""
        n = self.plain.upper() if upper else self.plain
        pre = " ".join(self.prefix)
        s = f"{pre} {n}" if pre else n
        if self.suffix:
            s += ", " + ", ".join(self.suffix)
        return s


def make_person(rng, region=None, female=None, role="asn", field=None, year=2024, pool=None):
    """role: elected | asn | senior | doctor | dentist | academic | professor | police | military |
    commissioner | village | judge | prosecutor | private"""
    if pool is None:
        pools = REGION_POOLS.get(region) or list(POOLS)
        pool = rng.choice(pools) if rng.random() < 0.78 else rng.choice(list(POOLS))
    p = POOLS[pool]
    if female is None:
        female = rng.random() < (0.22 if role in ("elected", "police", "military") else 0.38)
    if role == "military":
        female = False
    given = rng.choice(p["f"] if female else p["m"])
    last = rng.choice(p["last"])
    for _ in range(10):  # a man is not called '... Kusumawati'
        if female or not last.endswith(FEMININE):
            break
        last = rng.choice(p["last"])
    words = [given]
    if rng.random() < 0.22 and pool in ("jawa", "sunda", "melayu", "minang", "bugis", "aceh"):
        mid = rng.choice(p["m"] if not female else p["f"])
        if mid not in given and not mid.endswith("."):
            words.append(mid)
    if last not in given:
        words.append(last)
    if pool == "jawa" and rng.random() < 0.15 and not female:
        words = [given]  # a single Javanese name
        if given in ("Tri", "Dwi", "Catur"):
            words.append(last)
    name = " ".join(words)
    muslim = pool not in CHRISTIAN | HINDU and not (pool == "tionghoa")
    prefix, suffix = [], []
    # religious title (pilgrims), more usual on senior officials
    if muslim and rng.random() < {"elected": 0.55, "senior": 0.35}.get(role, 0.15):
        prefix.append("Hj." if female else "H.")
    if muslim and role in ("elected", "village") and not female and rng.random() < 0.05:
        prefix = ["KH."]
    field = field or rng.choice(FIELDS[:6])
    if role == "professor":
        prefix = ["Prof.", "Dr."] + (["Ir."] if rng.random() < 0.2 else []) + [x for x in prefix if x in ("H.", "Hj.")]
        suffix = [rng.choice(DEGREES["academic"])] if rng.random() < 0.6 else []
        if rng.random() < 0.3:
            prefix = ["Prof."] + prefix[1:]
            suffix = [rng.choice(["S.T.", "S.H.", "S.E."]), rng.choice(DEGREES["academic"]), "Ph.D."]
        return Person(name, prefix, suffix, female, pool)
    if role == "doctor":
        prefix = prefix + ["dr."]
        suffix = [rng.choice(DEGREES["health"])] + ([rng.choice(["MARS", "M.Kes."])] if rng.random() < 0.3 else [])
        if rng.random() < 0.2:
            prefix = ["Dr."] + prefix
        return Person(name, prefix, list(dict.fromkeys(suffix)), female, pool)
    if role == "dentist":
        return Person(name, prefix + ["drg."], [rng.choice(["M.Kes.", "MPH", "Sp.Ort.", "M.M."])], female, pool)
    if role in ("military",):
        suffix = [rng.choice(DEGREES["military"])] if rng.random() < 0.5 else []
        return Person(name, [], suffix, female, pool)
    if role == "commissioner" and rng.random() < 0.3:
        prefix = prefix  # many election commissioners print no degree
    r = rng.random()
    first = {"law": "S.H.", "admin": rng.choice(["S.Sos.", "S.IP.", "S.STP.", "S.AP."]),
             "econ": "S.E.", "edu": rng.choice(["S.Pd.", "S.Ag.", "Lc."]), "tech": rng.choice(["S.T.", "S.Kom."]),
             "health": rng.choice(["S.KM.", "S.Kep.", "S.Farm."]), "agri": rng.choice(["S.P.", "S.Pt.", "S.Hut."]),
             "police": "S.I.K.", "academic": "S.Si."}[field]
    masters = [d for d in DEGREES[field] if d.startswith(("M", "Sp", "LL", "Ph"))] or ["M.Si."]
    second = rng.choice(masters if field != "police" else ["M.H.", "M.Si."])
    if year < 2000 and field in ("admin", "econ", "law") and rng.random() < 0.5:
        prefix.append("Dra." if female else "Drs.")
        suffix = [] if rng.random() < 0.5 else [rng.choice(["M.Si.", "M.M.", "M.Pd.", "M.A."])]
    elif field == "tech" and rng.random() < 0.3:
        prefix.append("Ir.")
        suffix = [] if rng.random() < 0.5 else [rng.choice(["M.T.", "M.Eng.", "M.Si.", "M.M."])]
    elif field == "health" and rng.random() < 0.35:
        prefix.append("dr.")
        suffix = [rng.choice(["M.Kes.", "M.P.H.", "MARS"])] if rng.random() < 0.6 else []
    elif (r < 0.12 and role in ("senior", "elected")) or (role == "academic" and r < 0.45):
        prefix.insert(0, "Dr.")
        suffix = [first, second] if rng.random() < 0.7 else [second]
    elif r < 0.55:
        suffix = [first, second]
    elif role == "academic":
        suffix = [first, second]
    elif r < 0.85 or role == "senior":
        suffix = [first]
    else:
        suffix = []
    if second == first:
        suffix = [first]
    suffix = list(dict.fromkeys(s for s in suffix if s not in ("Ak.",)))
    if role == "village" and rng.random() < 0.6:
        suffix = []
    return Person(name, prefix, suffix, female, pool)


def degree_style(rng, person):
    """Offices write degrees with or without dots and spaces: 'S.H., M.H.', 'SH, MH', 'S.Sos, M.Si'."""
    r = rng.random()
    if r < 0.6:
        return
    if r < 0.8:
        person.suffix = [s.rstrip(".") if s.count(".") > 1 else s for s in person.suffix]
    else:
        person.suffix = [s.replace(".", "") if s not in ("Ph.D.",) else s for s in person.suffix]


# ----------------------------------------------------------------------------- NIP, NRP, ranks

ASN_RANKS = [
    ("Pembina Utama", "IV/e"), ("Pembina Utama Madya", "IV/d"), ("Pembina Utama Muda", "IV/c"),
    ("Pembina Tingkat I", "IV/b"), ("Pembina", "IV/a"), ("Penata Tingkat I", "III/d"), ("Penata", "III/c"),
    ("Penata Muda Tingkat I", "III/b"), ("Penata Muda", "III/a"),
]
POLICE_RANKS = {"kapolres": ["AJUN KOMISARIS BESAR POLISI", "KOMISARIS BESAR POLISI"],
                "kabag": ["KOMISARIS POLISI", "AJUN KOMISARIS POLISI"],
                "kapolsek": ["AJUN KOMISARIS POLISI", "INSPEKTUR POLISI SATU"]}
MILITARY_RANKS = {"dandim": ["LETNAN KOLONEL INF", "LETNAN KOLONEL ARH", "LETNAN KOLONEL KAV",
                             "LETNAN KOLONEL CZI", "KOLONEL INF"],
                  "kasdim": ["MAYOR INF", "MAYOR ARH", "MAYOR CHK"],
                  "danramil": ["KAPTEN INF", "KAPTEN CZI"]}


def nip(rng, year, female=False, senior=True):
    """NIP: birth date, appointment year-month, sex digit, sequence (18 digits)."""
    age = rng.randint(46, 58) if senior else rng.randint(28, 50)
    by = year - age
    bd = f"{by}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    ty = min(year - 2, by + rng.randint(23, 30))
    tmt = f"{ty}{rng.choice([1, 3, 4, 10, 12]):02d}"
    return bd, tmt, "2" if female else "1", f"{rng.randint(1, 19):03d}"


def nip_line(rng, parts, style=None):
    bd, tmt, sex, seq = parts
    style = style if style is not None else rng.randrange(6)
    return [f"NIP. {bd} {tmt} {sex} {seq}", f"NIP {bd} {tmt} {sex} {seq}", f"NIP. {bd}{tmt}{sex}{seq}",
            f"NIP {bd}{tmt}{sex}{seq}", f"NIP: {bd} {tmt} {sex} {seq}", f"NIP. {bd} {tmt} {sex} {seq}"][style]


def nrp_police(rng, year):
    by = year - rng.randint(40, 52)
    return f"{by % 100:02d}{rng.randint(1, 12):02d}{rng.randint(0, 9999):04d}"


def nrp_military(rng, year):
    return f"{rng.choice(['1', '11', '2'])}{rng.randint(90, 99) if rng.random() < 0.5 else rng.randint(0, 15):02d}{rng.randint(0, 99999999):08d}"[:14]
