"""Issuing bodies: letterheads, offices that sign, numbering, stamps. Every region of
Indonesia; local governments and their agencies, ministries and their regional offices,
election bodies, DPRD, universities, hospitals, police, military, prosecutors, courts,
districts and villages."""
from . import names, numbers, places


def slug(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())


def abbr(name, n=3):
    words = [w for w in name.replace("-", " ").split() if w[0].isalpha()]
    if len(words) == 1:
        return words[0][:n].capitalize()
    return "".join(w[0].upper() for w in words)


class Office:
    def __init__(self, title, person, ids=(), kind="asn"):
        self.title, self.person, self.ids, self.kind = title, person, list(ids), kind


def asn_office(rng, title, region_key, year, senior=True, field=None, female=None):
    p = names.make_person(rng, region_key, role="senior" if senior else "asn", field=field, year=year, female=female)
    names.degree_style(rng, p)
    rank = rng.choice(names.ASN_RANKS[:3] if senior else names.ASN_RANKS[2:6])
    rank_txt = rng.choice([rank[0], f"{rank[0]} ({rank[1]})", rank[0].replace("Tingkat I", "Tk. I")])
    nip = names.nip_line(rng, names.nip(rng, year, p.female, senior))
    ids = [rank_txt, nip] if rng.random() < 0.6 else [nip]
    return Office(title, p, ids, "asn")


def elected_office(rng, title, region_key, year):
    p = names.make_person(rng, region_key, role="elected", year=year)
    names.degree_style(rng, p)
    return Office(title, p, [], "elected")


def province_of(reg):
    return reg["prov"]


def region_label(reg, year, upper=True):
    """'KABUPATEN SIKKA' / 'KOTA KUPANG' (1990s: 'KABUPATEN DAERAH TINGKAT II SIKKA')."""
    if reg["city"]:
        s = f"Kota {reg['name']}" if year >= 1999 else f"Kotamadya Daerah Tingkat II {reg['name']}"
    else:
        s = f"Kabupaten {reg['name']}" if year >= 1999 else f"Kabupaten Daerah Tingkat II {reg['name']}"
    return s.upper() if upper else s


def head_title(reg, year):
    if reg["city"]:
        t = "WALI KOTA" if year >= 2015 else "WALIKOTA"
        if year < 1999:
            t = "WALIKOTAMADYA KEPALA DAERAH TINGKAT II"
    else:
        t = "BUPATI" if year >= 1999 else "BUPATI KEPALA DAERAH TINGKAT II"
    return f"{t} {reg['name'].upper()}"


def shield(reg):
    return f"shield:{slug(reg['name'])}"


def address(rng, town, with_no=True):
    st = rng.choice(places.STREETS)
    no = f" No. {rng.randint(1, 120)}" if with_no and rng.random() < 0.6 else ""
    kp = f" Kode Pos {rng.randint(20, 99)}{rng.randint(100, 999)}" if rng.random() < 0.5 else ""
    return f"{st}{no} {town}{kp}".replace("  ", " ")


def phone(rng):
    area = f"0{rng.randint(21, 986)}"
    return rng.choice([f"Telepon ({area}) {rng.randint(21000, 899999)}", f"Telp. ({area}) {rng.randint(21000, 89999)}",
                       f"Telp/Fax ({area}) {rng.randint(21000, 89999)}",
                       f"Telepon ({area}) {rng.randint(21000, 89999)} Faksimile ({area}) {rng.randint(21000, 89999)}"])


def contact(rng, domain, box="info"):
    bits = [phone(rng)]
    if rng.random() < 0.7:
        bits.append(rng.choice([f"Laman: www.{domain}", f"Website: {domain}", f"www.{domain}"]))
    if rng.random() < 0.7:
        bits.append(rng.choice([f"Pos-el: {box}@{domain}", f"e-mail: {box}@{domain}", f"Email: {box}@{domain}"]))
    return bits


def reg_domain(reg):
    return f"{slug(reg['name'])}{'kota' if reg['city'] else 'kab'}.go.id"


def kop(rng, lines, emblem, small):
    """lines: main lines (bold, big) ; small: address lines."""
    big = rng.choice([14, 15, 16])
    out = []
    for i, ln in enumerate(lines):
        out.append((ln, big if i < len(lines) - 1 or len(lines) == 1 else big + rng.choice([0, 2, 3]), True))
    for ln in small:
        out.append((ln, rng.choice([9, 10, 10.5]), False))
    style = rng.choice(["left", "left", "left", "center"]) if emblem else "text"
    if rng.random() < 0.08:
        style = "text"  # a letterhead typed without an emblem (older offices, villages, drafts)
    return {"style": style, "emblem": emblem, "lines": out, "rule": rng.choice(["double", "double", "single"])}


# ----------------------------------------------------------------------------- builders

def pemda_head(rng, year, reg=None, prov_level=False):
    """The head of a region itself (Bupati / Wali Kota / Gubernur): kop of the office or of the
    government, decrees and regulations in its name."""
    reg = reg or places.regency(rng, year)
    p = reg["prov"]
    pname = places.province_name(p, year)
    if prov_level:
        label = f"PROVINSI {pname.upper()}" if year >= 1999 else f"PROPINSI DAERAH TINGKAT I {pname.upper()}"
        head = f"GUBERNUR {pname.upper()}" if year >= 1999 else f"GUBERNUR KEPALA DAERAH TINGKAT I {pname.upper()}"
        town = p["capital"] if not (p["key"] == "kalsel" and year < 2022) else "Banjarmasin"
        party = f"Pemerintah Provinsi {pname}" if year >= 1999 else f"Pemerintah Propinsi Daerah Tingkat I {pname}"
        kind, rname = "prov", pname
        domain = f"{slug(p['key'])}prov.go.id"
        reg_typ, reg_short = "PERGUB", "Peraturan Gubernur"
        short_head = "GUBERNUR"
    else:
        label = region_label(reg, year)
        head = head_title(reg, year)
        town = reg["seat"]
        party = f"Pemerintah {region_label(reg, year, upper=False)}"
        kind, rname = ("kota" if reg["city"] else "kab"), reg["name"]
        domain = reg_domain(reg)
        reg_typ = "PERWALI" if reg["city"] else "PERBUP"
        reg_short = ("Peraturan Wali Kota" if year >= 2015 else "Peraturan Walikota") if reg["city"] else "Peraturan Bupati"
        short_head = head.rsplit(" ", len(reg["name"].split()))[0]
    rk = p["key"]
    head_off = elected_office(rng, head, rk, year)
    if rng.random() < 0.12 and year >= 2005:
        head_off = asn_office(rng, "Pj. " + head, rk, year, senior=True)  # an appointed acting head signs with NIP
    elif rng.random() < 0.06:
        head_off.title = "Plt. " + head
    sec_title = "SEKRETARIS DAERAH" if year >= 1999 else "SEKRETARIS WILAYAH/DAERAH"
    sec = asn_office(rng, sec_title, rk, year)
    if rng.random() < 0.08:
        sec.title = "Plh. " + sec_title
    asisten = asn_office(rng, rng.choice(["ASISTEN PEMERINTAHAN DAN KESEJAHTERAAN RAKYAT",
                                          "ASISTEN PEREKONOMIAN DAN PEMBANGUNAN", "ASISTEN ADMINISTRASI UMUM"]), rk, year)
    unit = asn_office(rng, rng.choice(["KEPALA BAGIAN HUKUM", "KEPALA BAGIAN UMUM", "KEPALA BAGIAN PEMERINTAHAN",
                                       "KEPALA BAGIAN ORGANISASI"]), rk, year, senior=False)
    region = {"kind": kind, "name": rname, "aceh": rk == "aceh" and year >= 2006}
    regline = label.title().replace("Ii", "II").replace("Tingkat I ", "Tingkat I ")
    iss = {
        "type": "pemda", "reg": reg, "prov": p, "year": year, "town": town, "zone": p["tz"],
        "party": party, "region": region, "label": label,
        "offices": {"head": head_off, "sec": sec, "asisten": asisten, "unit": unit},
        "an": head, "short_head": short_head,
        "decree_head": f"KEPUTUSAN {head}", "decree_ref": "KEPGUB" if prov_level else ("KEPBUP" if not reg["city"] else "LAINNYA"),
        "regl": {"typ": reg_typ, "head": f"{reg_short.upper()} {rname.upper()}", "short": reg_short,
                "gazette": f"BERITA DAERAH {label}"},
        "number": lambda r, d, topic="umum": numbers.pemda(r, d, r.choice(["Setda", "Set", "Um", "Bag.Hukum", "Pem", "Kesra"]), topic),
        "unit_code": "Setda",
        "stamp": {"top": f"{short_head} {rname.upper()}" if rng.random() < 0.5 else label, "bottom": "",
                  "emblem": "garuda" if rng.random() < 0.6 else "star"},
        "topics": ["pemda", "keu", "asn", "kes", "pend", "bencana", "arsip", "desa"],
        "domain": domain,
    }
    emb = "garuda"
    addr = [address(rng, town)] + contact(rng, domain, "setda")
    if rng.random() < 0.5:
        # kop of the office of the head: Garuda and the title alone
        iss["kop"] = {"style": "center", "emblem": emb, "lines": [(head, rng.choice([14, 15, 16]), True)],
                      "rule": None, "emblem_cm": rng.choice([2.0, 2.3, 2.6])}
        iss["kop_has_party"] = False
    else:
        iss["kop"] = kop(rng, [f"PEMERINTAH {label}"] if rng.random() < 0.7 else ["PEMERINTAH", label],
                         shield(reg) if not prov_level else f"shield:{p['key']}", addr[:2])
        iss["kop_has_party"] = True
    iss["place_head"] = head
    return iss


AGENCIES = [
    # (agency name, short unit code, head title, topics, field)
    ("DINAS KESEHATAN", "Dinkes", "KEPALA DINAS KESEHATAN", ["kes", "bencana"], "health"),
    ("DINAS PENDIDIKAN DAN KEBUDAYAAN", "Disdikbud", "KEPALA DINAS PENDIDIKAN DAN KEBUDAYAAN", ["pend"], "edu"),
    ("DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", "DPUPR", "KEPALA DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", ["pbj", "keu"], "tech"),
    ("BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH", "BPKAD", "KEPALA BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH", ["keu", "hibah"], "econ"),
    ("BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA", "BKPSDM", "KEPALA BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA", ["asn"], "admin"),
    ("BADAN PERENCANAAN PEMBANGUNAN DAERAH", "Bappeda", "KEPALA BADAN PERENCANAAN PEMBANGUNAN DAERAH", ["keu", "pemda"], "econ"),
    ("DINAS PEMBERDAYAAN MASYARAKAT DAN DESA", "DPMD", "KEPALA DINAS PEMBERDAYAAN MASYARAKAT DAN DESA", ["desa"], "admin"),
    ("BADAN PENANGGULANGAN BENCANA DAERAH", "BPBD", "KEPALA PELAKSANA BADAN PENANGGULANGAN BENCANA DAERAH", ["bencana"], "admin"),
    ("DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL", "Disdukcapil", "KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL", ["pemda", "pemilu"], "admin"),
    ("DINAS KOMUNIKASI DAN INFORMATIKA", "Diskominfo", "KEPALA DINAS KOMUNIKASI DAN INFORMATIKA", ["arsip", "pemda"], "tech"),
    ("DINAS PERPUSTAKAAN DAN KEARSIPAN", "Dispusip", "KEPALA DINAS PERPUSTAKAAN DAN KEARSIPAN", ["arsip"], "admin"),
    ("BADAN KESATUAN BANGSA DAN POLITIK", "Kesbangpol", "KEPALA BADAN KESATUAN BANGSA DAN POLITIK", ["pemilu", "pemda"], "admin"),
    ("DINAS PERTANIAN DAN KETAHANAN PANGAN", "Distan", "KEPALA DINAS PERTANIAN DAN KETAHANAN PANGAN", ["keu"], "agri"),
    ("DINAS SOSIAL", "Dinsos", "KEPALA DINAS SOSIAL", ["hibah", "bencana"], "admin"),
    ("INSPEKTORAT DAERAH", "Itda", "INSPEKTUR DAERAH", ["keu", "asn"], "econ"),
    ("SATUAN POLISI PAMONG PRAJA", "Satpol.PP", "KEPALA SATUAN POLISI PAMONG PRAJA", ["pemda"], "law"),
]
AGENCIES_1990S = [
    ("DINAS KESEHATAN", "Dinkes", "KEPALA DINAS KESEHATAN", ["kes"], "health"),
    ("DINAS PENDIDIKAN DAN KEBUDAYAAN", "Disdikbud", "KEPALA DINAS PENDIDIKAN DAN KEBUDAYAAN", ["pend"], "edu"),
    ("DINAS PEKERJAAN UMUM", "DPU", "KEPALA DINAS PEKERJAAN UMUM", ["pbj"], "tech"),
    ("BADAN PERENCANAAN PEMBANGUNAN DAERAH", "Bappeda", "KETUA BADAN PERENCANAAN PEMBANGUNAN DAERAH", ["keu"], "econ"),
    ("KANTOR SOSIAL POLITIK", "Sospol", "KEPALA KANTOR SOSIAL POLITIK", ["pemilu"], "admin"),
]


def agency(rng, year, reg=None):
    base = pemda_head(rng, year, reg, prov_level=rng.random() < 0.25)
    reg, p = base["reg"], base["prov"]
    name, code, head, topics, field = rng.choice(AGENCIES if year >= 2000 else AGENCIES_1990S)
    if head.startswith("KEPALA BADAN PERENCANAAN") and base["region"]["kind"] != "prov" and year >= 2017 and rng.random() < 0.5:
        name, head = ("BADAN PERENCANAAN PEMBANGUNAN, PENELITIAN DAN PENGEMBANGAN DAERAH",
                      "KEPALA BADAN PERENCANAAN PEMBANGUNAN, PENELITIAN DAN PENGEMBANGAN DAERAH")
        code = "Bappelitbangda"
    label = base["label"]
    rk = p["key"]
    pemda_line = f"PEMERINTAH {label}"
    full = f"{name.title()} {label.title()}".replace("Dan ", "dan ").replace("Ii", "II")
    if rng.random() < 0.4:
        head = f"{head} {label}"  # 'KEPALA DINAS KESEHATAN KABUPATEN SIKKA'
    head_off = asn_office(rng, head, rk, year, field=field)
    if rng.random() < 0.18:
        head_off.title = rng.choice(["Plt. ", "Plh. "]) + head
    sec = asn_office(rng, "SEKRETARIS", rk, year, field=field)
    unit = asn_office(rng, rng.choice(["KEPALA BIDANG PELAYANAN", "KEPALA BIDANG PROGRAM", "KEPALA SUBBAGIAN UMUM DAN KEPEGAWAIAN",
                                       "KEPALA BIDANG ANGGARAN", "KEPALA SUBBAGIAN PERENCANAAN DAN KEUANGAN"]), rk, year, senior=False)
    town = base["town"]
    domain = f"{slug(code)}.{base['domain']}"
    iss = dict(base)
    iss.update({
        "type": "agency", "party": full, "agency": name,
        "offices": {"head": head_off, "sec": sec, "unit": unit, "region_head": base["offices"]["head"]},
        "an": head, "short_head": head,
        "decree_head": f"KEPUTUSAN {head}", "decree_ref": "LAINNYA", "regl": None,
        "number": lambda r, d, topic="umum", code=code: numbers.pemda(r, d, code, topic),
        "unit_code": code,
        "stamp": {"top": label if rng.random() < 0.5 else pemda_line, "bottom": name, "emblem": "star"},
        "topics": topics + ["asn", "arsip"], "field": field,
        "kop_has_party": False, "domain": domain,
    })
    addr = [address(rng, town)] + contact(rng, domain)
    iss["kop"] = kop(rng, [pemda_line, name], shield(reg) if base["region"]["kind"] != "prov" else f"shield:{p['key']}",
                     addr[:2])
    if rng.random() < 0.25:
        iss["kop"]["lines"][1] = (f"{name} {label}", iss["kop"]["lines"][1][1], True)
        iss["kop_has_party"] = True
    return iss


UNIVERSITIES = [
    ("ntt", "Universitas Nusa Cendana", "Kupang", "UN15"), ("sulut", "Universitas Sam Ratulangi", "Manado", "UN12"),
    ("papua", "Universitas Cenderawasih", "Jayapura", "UN20"), ("maluku", "Universitas Pattimura", "Ambon", "UN13"),
    ("kaltim", "Universitas Mulawarman", "Samarinda", "UN17"), ("sulteng", "Universitas Tadulako", "Palu", "UN28"),
    ("sultra", "Universitas Halu Oleo", "Kendari", "UN29"), ("aceh", "Universitas Syiah Kuala", "Banda Aceh", "UN11"),
    ("sumbar", "Universitas Andalas", "Padang", "UN16"), ("riau", "Universitas Riau", "Pekanbaru", "UN19"),
    ("jambi", "Universitas Jambi", "Jambi", "UN21"), ("lampung", "Universitas Lampung", "Bandar Lampung", "UN26"),
    ("jateng", "Universitas Jenderal Soedirman", "Purwokerto", "UN23"), ("jatim", "Universitas Jember", "Jember", "UN25"),
    ("bali", "Universitas Udayana", "Denpasar", "UN14"), ("ntb", "Universitas Mataram", "Mataram", "UN18"),
    ("kalbar", "Universitas Tanjungpura", "Pontianak", "UN22"), ("kalteng", "Universitas Palangka Raya", "Palangka Raya", "UN24"),
    ("gorontalo", "Universitas Negeri Gorontalo", "Gorontalo", "UN47"), ("malut", "Universitas Khairun", "Ternate", "UN44"),
    ("papuabarat", "Universitas Papua", "Manokwari", "UN42"), ("papuaselatan", "Universitas Musamus", "Merauke", "UN52"),
    ("kaltara", "Universitas Borneo Tarakan", "Tarakan", "UN51"), ("babel", "Universitas Bangka Belitung", "Balunijuk", "UN50"),
    ("kepri", "Universitas Maritim Raja Ali Haji", "Tanjungpinang", "UN53"), ("sulbar", "Universitas Sulawesi Barat", "Majene", "UN55"),
    ("kalsel", "Universitas Lambung Mangkurat", "Banjarmasin", "UN8"),
    ("jabar", "Universitas Padjadjaran", "Sumedang", "UN6"), ("jateng", "Universitas Diponegoro", "Semarang", "UN7"),
    ("jatim", "Universitas Airlangga", "Surabaya", "UN3"), ("sumut", "Universitas Sumatera Utara", "Medan", "UN5"),
    ("sumsel", "Universitas Sriwijaya", "Indralaya", "UN9"), ("sulsel", "Universitas Hasanuddin", "Makassar", "UN4"),
    ("diy", "Universitas Gadjah Mada", "Yogyakarta", "UN1"), ("jatim", "Universitas Brawijaya", "Malang", "UN10"),
    ("jateng", "Universitas Sebelas Maret", "Surakarta", "UN27"), ("banten", "Universitas Sultan Ageng Tirtayasa", "Serang", "UN43"),
    ("bali", "Universitas Pendidikan Ganesha", "Singaraja", "UN48"), ("sulsel", "Universitas Negeri Makassar", "Makassar", "UN36"),
]


def ministry_of_education(year):
    if year < 1999:
        return "DEPARTEMEN PENDIDIKAN DAN KEBUDAYAAN"
    if year < 2010:
        return "DEPARTEMEN PENDIDIKAN NASIONAL"
    if year < 2012:
        return "KEMENTERIAN PENDIDIKAN NASIONAL"
    if year < 2015 or 2020 <= year < 2021:
        return "KEMENTERIAN PENDIDIKAN DAN KEBUDAYAAN"
    if year < 2020:
        return "KEMENTERIAN RISET, TEKNOLOGI, DAN PENDIDIKAN TINGGI"
    if year < 2025:
        return "KEMENTERIAN PENDIDIKAN, KEBUDAYAAN, RISET, DAN TEKNOLOGI"
    return "KEMENTERIAN PENDIDIKAN TINGGI, SAINS, DAN TEKNOLOGI"


def university(rng, year, prov=None):
    rows = [u for u in UNIVERSITIES if places.PROVINCES[u[0]][3] <= year or u[0] in ("papua", "kalsel", "ntt", "bali")]
    rows = [u for u in rows if not (u[0] in ("kaltara", "sulbar", "babel", "kepri", "papuaselatan", "papuabarat") and year < 2008)]
    if prov and any(u[0] == prov for u in rows):
        rows = [u for u in rows if u[0] == prov]
    pk, name, town, un = rng.choice(rows)
    p = places.province(pk)
    rector = names.make_person(rng, pk, role="professor", year=year)
    names.degree_style(rng, rector)
    nip = names.nip_line(rng, names.nip(rng, year, rector.female, True))
    head = Office("REKTOR", rector, [nip], "academic")
    if rng.random() < 0.1:
        head.title = "Plt. REKTOR"
    wr = names.make_person(rng, pk, role="academic" if rng.random() < 0.5 else "professor", field="academic", year=year)
    sec = Office(rng.choice(["WAKIL REKTOR BIDANG AKADEMIK", "WAKIL REKTOR BIDANG UMUM DAN KEUANGAN",
                             "WAKIL REKTOR BIDANG KEMAHASISWAAN DAN ALUMNI", "WAKIL REKTOR BIDANG PERENCANAAN, KERJA SAMA, DAN SISTEM INFORMASI"]),
                 wr, [names.nip_line(rng, names.nip(rng, year, wr.female, True))], "academic")
    dean = names.make_person(rng, pk, role="academic", field="academic", year=year)
    unit = Office(rng.choice(["DEKAN FAKULTAS HUKUM", "DEKAN FAKULTAS ILMU SOSIAL DAN ILMU POLITIK", "KEPALA BIRO UMUM DAN KEUANGAN",
                              "KETUA LEMBAGA PENELITIAN DAN PENGABDIAN KEPADA MASYARAKAT", "DEKAN FAKULTAS KEDOKTERAN"]),
                  dean, [names.nip_line(rng, names.nip(rng, year, dean.female, True))], "academic")
    domain = f"{slug(name.replace('Universitas ', 'u'))[:8]}.ac.id"
    addr = [address(rng, town)] + contact(rng, domain, "rektorat")
    return {
        "type": "univ", "prov": p, "reg": None, "year": year, "town": town, "zone": p["tz"],
        "party": name, "region": None, "label": name.upper(),
        "offices": {"head": head, "sec": sec, "unit": unit}, "an": "REKTOR", "short_head": "REKTOR",
        "decree_head": f"KEPUTUSAN REKTOR {name.upper()}", "decree_ref": "LAINNYA",
        "regl": {"typ": "LAINNYA", "head": f"PERATURAN REKTOR {name.upper()}", "short": "Peraturan Rektor", "gazette": None},
        "number": lambda r, d, topic="umum", un=un: numbers.university(r, d, un),
        "unit_code": un,
        "stamp": {"top": name, "bottom": "REKTOR", "emblem": "star"},
        "topics": ["pend", "asn", "kerjasama", "keu"], "field": "academic",
        "kop": kop(rng, [ministry_of_education(year), name.upper()], "univ", addr[:2]),
        "kop_has_party": True, "domain": domain,
    }


def rsud(rng, year, reg=None):
    base = pemda_head(rng, year, reg)
    reg = base["reg"]
    rk = reg["prov"]["key"]
    doc = names.make_person(rng, rk, role="doctor", year=year)
    if rng.random() < 0.5:
        rs_name = f"Rumah Sakit Umum Daerah {reg['seat']}"
    else:
        rs_name = f"Rumah Sakit Umum Daerah dr. {names.make_person(rng, rk, role='asn', year=year).plain}"
    head_t = f"DIREKTUR {rs_name.upper().replace('DR. ', 'dr. ')}" if rng.random() < 0.5 else "DIREKTUR"
    dir_ = names.make_person(rng, rk, role="doctor" if rng.random() < 0.8 else "dentist", year=year)
    names.degree_style(rng, dir_)
    head = Office(head_t, dir_, [names.nip_line(rng, names.nip(rng, year, dir_.female, True))], "asn")
    if rng.random() < 0.15:
        head.title = "Plt. " + head.title
    sec = asn_office(rng, rng.choice(["WAKIL DIREKTUR UMUM DAN KEUANGAN", "WAKIL DIREKTUR PELAYANAN", "KEPALA BAGIAN TATA USAHA"]), rk, year)
    unit = asn_office(rng, rng.choice(["KEPALA BIDANG PELAYANAN MEDIK", "KEPALA SUBBAGIAN UMUM", "KEPALA BIDANG KEPERAWATAN"]), rk, year, senior=False)
    iss = dict(base)
    ab = "RSUD-" + abbr(reg["seat"])
    iss.update({
        "type": "rsud", "party": rs_name, "offices": {"head": head, "sec": sec, "unit": unit},
        "an": head_t if head_t != "DIREKTUR" else f"DIREKTUR {rs_name.upper()}", "short_head": "DIREKTUR",
        "decree_head": f"KEPUTUSAN DIREKTUR {rs_name.upper().replace('DR. ', 'dr. ')}", "decree_ref": "LAINNYA", "regl": None,
        "number": lambda r, d, topic="kesra", ab=ab: numbers.pemda(r, d, ab, "kesra"),
        "stamp": {"top": base["label"], "bottom": rs_name.upper(), "emblem": "star"},
        "topics": ["kes", "asn", "keu"], "field": "health", "kop_has_party": True,
    })
    iss["kop"] = kop(rng, [f"PEMERINTAH {base['label']}", rs_name.upper().replace("DR. ", "dr. ")], shield(reg),
                     [address(rng, base["town"])] + contact(rng, "rsud." + base["domain"])[:1])
    return iss


def kpu(rng, year, reg=None, bawaslu=False, prov_level=False):
    """KPU / KIP or Bawaslu / Panwaslu of a regency or city (of the province with prov_level)."""
    reg = reg or places.regency(rng, max(year, 2000) if year >= 2000 else year)
    p = reg["prov"]
    rk = p["key"]
    label = region_label(reg, year)
    if prov_level:
        label = f"PROVINSI {places.province_name(p, year).upper()}"
        reg = dict(reg, seat=p["capital"] if not (rk == "kalsel" and year < 2022) else "Banjarmasin",
                   code=f"{p['code']}", name=places.province_name(p, year))
    aceh = rk == "aceh" and year >= 2008
    if bawaslu:
        if year >= 2018 or (prov_level and year >= 2012):
            body = "BADAN PENGAWAS PEMILIHAN UMUM"
            ab = "Bawaslu"
        else:
            body = "PANITIA PENGAWAS PEMILIHAN UMUM"
            ab = "Panwaslu"
        if aceh:
            body, ab = "PANITIA PENGAWAS PEMILIHAN", "Panwaslih"
    else:
        body, ab = ("KOMISI INDEPENDEN PEMILIHAN", "KIP") if aceh else ("KOMISI PEMILIHAN UMUM", "KPU")
    party = f"{body.title()} {label.title()}".replace("Ii", "II")
    chair = names.make_person(rng, rk, role="commissioner", year=year)
    names.degree_style(rng, chair)
    head_t = rng.choice([f"KETUA {body} {label}", f"KETUA {ab.upper()} {label}", "KETUA"])
    head = Office(head_t, chair, [], "commissioner")
    sec_t = rng.choice([f"SEKRETARIS {ab.upper()} {label}", "SEKRETARIS"]) if not bawaslu else rng.choice(
        [f"KOORDINATOR SEKRETARIAT {ab.upper()} {label}", "KEPALA SEKRETARIAT"])
    sec = asn_office(rng, sec_t, rk, year)
    member = names.make_person(rng, rk, role="commissioner", year=year)
    unit = Office(rng.choice(["ANGGOTA", f"ANGGOTA {ab.upper()} {label}"]), member, [], "commissioner")
    code = reg["code"]
    pab = abbr(places.province_name(p, year), 2)[:2].upper()
    kk = int(code[-2:]) if code[-2:].isdigit() else 1
    if bawaslu:
        num = lambda r, d, topic="pemilu": numbers.bawaslu(r, d, pab, kk)
    else:
        num = lambda r, d, topic="pemilu": numbers.kpu(r, d, code, level="Kota" if reg["city"] else "Kab")
    domain = f"{slug(reg['name'])}.{('bawaslu' if bawaslu else 'kpu')}.go.id"
    iss = {
        "type": "bawaslu" if bawaslu else "kpu", "reg": reg, "prov": p, "year": year, "town": reg["seat"], "zone": p["tz"],
        "party": party, "region": None, "label": label, "body": body, "ab": ab,
        "offices": {"head": head, "sec": sec, "unit": unit}, "an": head_t if head_t != "KETUA" else f"KETUA {body} {label}",
        "short_head": "KETUA",
        "decree_head": f"KEPUTUSAN {body} {label}", "decree_ref": "LAINNYA", "regl": None,
        "number": num, "unit_code": ab, "code": code,
        "stamp": {"top": body, "bottom": label, "emblem": "star"},
        "topics": ["pemilu", "hibah", "keu"], "field": "law",
        "kop": kop(rng, [body, label], "bawaslu" if bawaslu else "kpu",
                   [address(rng, reg["seat"])] + contact(rng, domain)[:1]),
        "kop_has_party": True, "domain": domain,
    }
    return iss


def dprd(rng, year, base=None):
    """The DPRD of a region (of `base`, a pemda_head issuer, when given)."""
    base = base or pemda_head(rng, year)
    reg = base["reg"]
    rk = reg["prov"]["key"]
    label = base["label"]
    chair = elected_office(rng, rng.choice([f"KETUA DEWAN PERWAKILAN RAKYAT DAERAH {label}", f"KETUA DPRD {label}", "KETUA"]), rk, year)
    sec = asn_office(rng, rng.choice(["SEKRETARIS DPRD", f"SEKRETARIS DEWAN PERWAKILAN RAKYAT DAERAH {label}"]), rk, year)
    wakil = [elected_office(rng, "WAKIL KETUA", rk, year) for _ in range(3)]
    party = f"Dewan Perwakilan Rakyat Daerah {label.title()}".replace("Ii", "II")
    iss = dict(base)
    iss.update({
        "kop": base["kop"], "type": "dprd", "party": party, "offices": {"head": chair, "sec": sec, "unit": wakil[0], "wakil": wakil},
        "an": f"KETUA DPRD {label}", "short_head": "KETUA",
        "decree_head": f"KEPUTUSAN DEWAN PERWAKILAN RAKYAT DAERAH {label}", "decree_ref": "LAINNYA", "regl": None,
        "number": lambda r, d, topic="pemerintahan": numbers.pemda(r, d, r.choice(["DPRD", "Setwan", "Sekr-DPRD"]), "pemerintahan"),
        "stamp": {"top": "DEWAN PERWAKILAN RAKYAT DAERAH", "bottom": label, "emblem": "garuda"},
        "topics": ["pemda", "keu"], "kop_has_party": True,
    })
    iss["kop"] = kop(rng, ["DEWAN PERWAKILAN RAKYAT DAERAH", label], shield(reg), [address(rng, base["town"])])
    return iss


KODAM = {"aceh": ("ISKANDAR MUDA", "01"), "sumut": ("I/BUKIT BARISAN", "02"), "sumbar": ("I/BUKIT BARISAN", "03"),
         "riau": ("I/BUKIT BARISAN", "03"), "kepri": ("I/BUKIT BARISAN", "03"), "jambi": ("II/SRIWIJAYA", "04"),
         "sumsel": ("II/SRIWIJAYA", "04"), "bengkulu": ("II/SRIWIJAYA", "04"), "lampung": ("II/SRIWIJAYA", "04"),
         "babel": ("II/SRIWIJAYA", "04"), "jabar": ("III/SILIWANGI", "06"), "banten": ("III/SILIWANGI", "06"),
         "jateng": ("IV/DIPONEGORO", "07"), "diy": ("IV/DIPONEGORO", "07"), "jatim": ("V/BRAWIJAYA", "08"),
         "bali": ("IX/UDAYANA", "16"), "ntb": ("IX/UDAYANA", "16"), "ntt": ("IX/UDAYANA", "16"),
         "kalbar": ("XII/TANJUNGPURA", "12"), "kalteng": ("XII/TANJUNGPURA", "10"), "kalsel": ("VI/MULAWARMAN", "10"),
         "kaltim": ("VI/MULAWARMAN", "09"), "kaltara": ("VI/MULAWARMAN", "09"), "sulut": ("XIII/MERDEKA", "13"),
         "gorontalo": ("XIII/MERDEKA", "13"), "sulteng": ("XIII/MERDEKA", "13"), "sulsel": ("XIV/HASANUDDIN", "14"),
         "sulbar": ("XIV/HASANUDDIN", "14"), "sultra": ("XIV/HASANUDDIN", "14"), "maluku": ("XVI/PATTIMURA", "15"),
         "malut": ("XVI/PATTIMURA", "15"), "papua": ("XVII/CENDERAWASIH", "17"), "papuabarat": ("XVIII/KASUARI", "18"),
         "papuabaratdaya": ("XVIII/KASUARI", "18"), "papuatengah": ("XVII/CENDERAWASIH", "17"),
         "papuapegunungan": ("XVII/CENDERAWASIH", "17"), "papuaselatan": ("XVII/CENDERAWASIH", "17")}


def security(rng, year, which, reg=None):
    """Polres (police), Kodim (military), Kejaksaan Negeri, Pengadilan Negeri / Agama."""
    reg = reg or places.regency(rng, year)
    p = reg["prov"]
    rk = p["key"]
    pname = places.province_name(p, year).upper()
    rname = reg["name"].upper()
    town = reg["seat"]
    if which == "polres":
        kind = "KOTA" if reg["city"] else ""
        res = f"RESOR {kind + ' ' if kind else ''}{rname}".replace("  ", " ")
        lines = ["KEPOLISIAN NEGARA REPUBLIK INDONESIA", f"DAERAH {pname}", res]
        party = f"Kepolisian {res.title()}"
        chief = names.make_person(rng, rk, role="police", field="police", year=year)
        rank = rng.choice(names.POLICE_RANKS["kapolres"])
        head = Office(rng.choice([f"KEPALA KEPOLISIAN {res}", f"KAPOLRES {rname}" if not kind else f"KAPOLRES KOTA {rname}"]),
                      chief, [f"{rank} NRP {names.nrp_police(rng, year)}"] if rng.random() < 0.5 else
                      [rank, f"NRP {names.nrp_police(rng, year)}"], "police")
        wk = names.make_person(rng, rk, role="police", field="police", year=year)
        sec = Office(rng.choice(["WAKIL KEPALA KEPOLISIAN " + res, "KABAG OPS", "KEPALA BAGIAN SUMBER DAYA"]), wk,
                     [f"{rng.choice(names.POLICE_RANKS['kabag'])} NRP {names.nrp_police(rng, year)}"], "police")
        unit = sec
        emb, code = "polri", rng.choice([f"Res.{abbr(reg['name'])}", f"Res-{abbr(reg['name'])}", "Polres", f"Res{abbr(reg['name'])}"])
        num = lambda r, d, topic="umum": numbers.police(r, d, code)
        dec = f"KEPUTUSAN KEPALA KEPOLISIAN {res}"
        topics = ["polri", "pemilu"]
    elif which == "kodim":
        kodam, pre = KODAM.get(rk, ("IX/UDAYANA", "16"))
        kd = f"{pre}{rng.randint(1, 19):02d}"
        lines = [f"KOMANDO DAERAH MILITER {kodam}", f"KOMANDO DISTRIK MILITER {kd}/{rname}"]
        party = f"Komando Distrik Militer {kd}/{reg['name']}"
        chief = names.make_person(rng, rk, role="military", year=year)
        head = Office(rng.choice([f"KOMANDAN KODIM {kd}/{rname}", f"KOMANDAN KOMANDO DISTRIK MILITER {kd}/{rname}", "KOMANDAN"]),
                      chief, [f"{rng.choice(names.MILITARY_RANKS['dandim'])} NRP {names.nrp_military(rng, year)}"], "military")
        ks = names.make_person(rng, rk, role="military", year=year)
        sec = Office("KEPALA STAF", ks, [f"{rng.choice(names.MILITARY_RANKS['kasdim'])} NRP {names.nrp_military(rng, year)}"], "military")
        unit = sec
        emb = "shield:tni"
        num = lambda r, d, topic="umum": numbers.military(r, d)
        dec = f"KEPUTUSAN KOMANDAN KODIM {kd}/{rname}"
        topics = ["tni", "bencana", "pemilu"]
    elif which == "kejari":
        lines = ["KEJAKSAAN REPUBLIK INDONESIA", f"KEJAKSAAN TINGGI {pname}", f"KEJAKSAAN NEGERI {rname}"]
        if rng.random() < 0.4:
            lines = lines[1:]
        party = f"Kejaksaan Negeri {reg['name']}"
        chief = names.make_person(rng, rk, role="prosecutor", field="law", year=year)
        names.degree_style(rng, chief)
        head = Office(f"KEPALA KEJAKSAAN NEGERI {rname}", chief,
                      [rng.choice(["Jaksa Utama Pratama", "Jaksa Madya", "Jaksa Utama Muda"]),
                       names.nip_line(rng, names.nip(rng, year, chief.female, True))], "asn")
        sec = asn_office(rng, rng.choice(["KEPALA SEKSI INTELIJEN", "KEPALA SEKSI PERDATA DAN TATA USAHA NEGARA",
                                          "KEPALA SUB BAGIAN PEMBINAAN"]), rk, year, field="law")
        unit = sec
        emb = "kejaksaan"
        kode = f"{rng.choice('NOPQRSTUVW')}.{rng.randint(1, 30)}.{rng.randint(10, 30)}"
        num = lambda r, d, topic="umum": numbers.prosecutor(r, d, kode)
        dec = f"KEPUTUSAN KEPALA KEJAKSAAN NEGERI {rname}"
        topics = ["jaksa", "pbj", "hibah"]
    else:  # pn / pa
        agama = which == "pa"
        court = f"PENGADILAN {'AGAMA' if agama else 'NEGERI'} {town.upper()}"
        lines = ["MAHKAMAH AGUNG REPUBLIK INDONESIA",
                 f"DIREKTORAT JENDERAL BADAN PERADILAN {'AGAMA' if agama else 'UMUM'}",
                 court]
        if rng.random() < 0.4:
            lines = [lines[0], court]
        party = court.title()
        chief = names.make_person(rng, rk, role="judge", field="law", year=year)
        names.degree_style(rng, chief)
        head = Office(f"KETUA {court}" if rng.random() < 0.6 else "KETUA", chief,
                      [names.nip_line(rng, names.nip(rng, year, chief.female, True))], "asn")
        sec = asn_office(rng, rng.choice(["PANITERA", "SEKRETARIS", "WAKIL KETUA"]), rk, year, field="law")
        unit = sec
        emb = "garuda"
        kode = f"W{rng.randint(1, 30)}-{'A' if agama else 'U'}{rng.randint(1, 12)}"
        num = lambda r, d, topic="umum": numbers.court(r, d, kode)
        dec = f"KEPUTUSAN KETUA {court}"
        topics = ["adil", "asn", "arsip"]
    domain = f"{slug(reg['name'])}.go.id"
    iss = {
        "type": which, "reg": reg, "prov": p, "year": year, "town": town, "zone": p["tz"],
        "party": party, "region": None, "label": lines[-1],
        "offices": {"head": head, "sec": sec, "unit": unit},
        "an": head.title if head.title not in ("KETUA", "KOMANDAN") else f"{head.title} {lines[-1]}",
        "short_head": head.title, "decree_head": dec, "decree_ref": "LAINNYA", "regl": None,
        "number": num, "stamp": {"top": lines[0] if len(lines) > 2 else lines[-1], "bottom": lines[-1], "emblem": "star"},
        "topics": topics, "field": "law", "kop_has_party": True, "domain": domain,
    }
    small = [address(rng, town, with_no=which != "polres")]
    if which == "polres" and rng.random() < 0.6:
        iss["kop"] = {"style": "text_left", "lines": [(ln, 11, True) for ln in lines], "rule": "under"}
    else:
        iss["kop"] = kop(rng, lines, emb, small if which in ("pn", "pa", "kejari") else [])
    return iss


def village(rng, year):
    base = pemda_head(rng, year)
    reg = base["reg"]
    rk = reg["prov"]["key"]
    word, head_w = {"aceh": ("GAMPONG", "KEUCHIK"), "sumbar": ("NAGARI", "WALI NAGARI"),
                    "papua": ("KAMPUNG", "KEPALA KAMPUNG"), "papuatengah": ("KAMPUNG", "KEPALA KAMPUNG"),
                    "papuapegunungan": ("KAMPUNG", "KEPALA KAMPUNG"), "papuaselatan": ("KAMPUNG", "KEPALA KAMPUNG"),
                    "papuabarat": ("KAMPUNG", "KEPALA KAMPUNG"), "papuabaratdaya": ("KAMPUNG", "KEPALA KAMPUNG"),
                    "bali": ("DESA", "PERBEKEL")}.get(rk, ("DESA", "KEPALA DESA"))
    if reg["city"]:
        word, head_w = "KELURAHAN", "LURAH"
    vname = rng.choice(places.VILLAGES)
    dist_word = "DISTRIK" if rk.startswith("papua") else "KECAMATAN"
    dname = f"{reg['name'].split()[0]} {rng.choice(places.DISTRICTS)}" if rng.random() < 0.6 else rng.choice(places.VILLAGES)
    chief = names.make_person(rng, rk, role="village" if word != "KELURAHAN" else "asn", year=year)
    head_t = f"{head_w} {vname.upper()}" if rng.random() < 0.7 else head_w
    ids = [] if word != "KELURAHAN" else [names.nip_line(rng, names.nip(rng, year, chief.female, False))]
    head = Office(head_t, chief, ids, "village")
    if rng.random() < 0.1:
        head.title = rng.choice(["Pj. ", "Plt. "]) + head.title
        head.ids = [names.nip_line(rng, names.nip(rng, year, chief.female, False))]
    sekdes = names.make_person(rng, rk, role="village", year=year)
    sec = Office(f"SEKRETARIS {word}", sekdes, [], "village")
    camat = asn_office(rng, f"{'CAMAT' if dist_word == 'KECAMATAN' else 'KEPALA DISTRIK'} {dname.upper()}", rk, year)
    party = f"Pemerintah {word.title()} {vname}"
    ab = f"{'Ds' if word == 'DESA' else word[:3].title()}.{abbr(vname)}"
    iss = dict(base)
    iss.update({
        "type": "desa", "party": party, "village": vname, "vword": word, "district": dname, "dist_word": dist_word,
        "offices": {"head": head, "sec": sec, "unit": sec, "camat": camat}, "an": head_t, "short_head": head_w,
        "decree_head": f"KEPUTUSAN {head_w} {vname.upper()}", "decree_ref": "LAINNYA",
        "regl": {"typ": "LAINNYA", "head": f"PERATURAN {word} {vname.upper()}", "short": f"Peraturan {word.title()}",
                "gazette": f"LEMBARAN {word} {vname.upper()}"} if word != "KELURAHAN" else None,
        "number": lambda r, d, topic="pemerintahan", ab=ab: numbers.village(r, d, ab, topic),
        "stamp": {"top": f"PEMERINTAH {word} {vname.upper()}", "bottom": f"{dist_word} {dname.upper()}", "emblem": "star"},
        "topics": ["desa", "keu"], "field": "admin", "town": vname if rng.random() < 0.5 else base["town"],
        "kop_has_party": True,
    })
    lines = [f"PEMERINTAH {base['label']}", f"{dist_word} {dname.upper()}", f"{word} {vname.upper()}"]
    if rng.random() < 0.4:
        lines = [f"PEMERINTAH {word} {vname.upper()}", f"{dist_word} {dname.upper()} {base['label']}"]
    iss["kop"] = kop(rng, lines, shield(reg), [f"Alamat: {rng.choice(places.STREETS)} {vname}"])
    if iss["kop"]["lines"][0][0].startswith("PEMERINTAH " + word) is False and party.upper() not in " ".join(
            x[0] for x in iss["kop"]["lines"]).replace(f"{word} ", f"{word} "):
        iss["kop_has_party"] = False
    return iss


def kecamatan(rng, year):
    v = village(rng, year)
    reg = v["reg"]
    dw, dn = v["dist_word"], v["district"]
    camat = v["offices"]["camat"]
    if rng.random() < 0.15:
        camat.title = "Plt. " + camat.title
    sek = asn_office(rng, f"SEKRETARIS {dw}", reg["prov"]["key"], year, senior=False)
    iss = dict(v)
    iss.update({
        "type": "kecamatan", "party": f"{dw.title()} {dn}", "offices": {"head": camat, "sec": sek, "unit": sek},
        "an": camat.title.replace("Plt. ", ""), "short_head": "CAMAT",
        "decree_head": f"KEPUTUSAN {camat.title.replace('Plt. ', '')}", "regl": None,
        "number": lambda r, d, topic="pemerintahan", ab=f"Kec.{abbr(dn)}": numbers.pemda(r, d, ab, topic),
        "stamp": {"top": f"PEMERINTAH {v['label']}", "bottom": f"{dw} {dn.upper()}", "emblem": "star"},
        "town": dn if rng.random() < 0.3 else v["town"], "kop_has_party": True,
    })
    iss["kop"] = kop(rng, [f"PEMERINTAH {v['label']}", f"{dw} {dn.upper()}"], shield(reg),
                     [address(rng, dn)])
    return iss


MINISTRIES = [
    # (ministry line(s), unit, head office, short code, topics, emblem, since, until)
    (["KEMENTERIAN DALAM NEGERI", "REPUBLIK INDONESIA"], None, "MENTERI DALAM NEGERI", "SJ", ["pemda", "keu", "arsip"], 2009, 2030),
    (["KEMENTERIAN DALAM NEGERI", "DIREKTORAT JENDERAL BINA KEUANGAN DAERAH"], "DIREKTUR JENDERAL BINA KEUANGAN DAERAH", None, "KEUDA", ["keu", "hibah"], 2009, 2030),
    (["KEMENTERIAN DALAM NEGERI", "DIREKTORAT JENDERAL POLITIK DAN PEMERINTAHAN UMUM"], "DIREKTUR JENDERAL POLITIK DAN PEMERINTAHAN UMUM", None, "Polpum", ["pemilu", "pemda"], 2015, 2030),
    (["DEPARTEMEN DALAM NEGERI", "REPUBLIK INDONESIA"], None, "MENTERI DALAM NEGERI", "SJ", ["pemda", "keu"], 1990, 2009),
    (["KEMENTERIAN KESEHATAN", "REPUBLIK INDONESIA"], None, "MENTERI KESEHATAN", "MENKES", ["kes"], 2009, 2030),
    (["DEPARTEMEN KESEHATAN", "REPUBLIK INDONESIA"], None, "MENTERI KESEHATAN", "Menkes", ["kes"], 1990, 2009),
    (["KEMENTERIAN PENDAYAGUNAAN APARATUR NEGARA", "DAN REFORMASI BIROKRASI", "REPUBLIK INDONESIA"], None,
     "MENTERI PENDAYAGUNAAN APARATUR NEGARA DAN REFORMASI BIROKRASI", "M.SM.02.03", ["asn", "arsip"], 2010, 2030),
    (["KEMENTERIAN DESA, PEMBANGUNAN DAERAH TERTINGGAL,", "DAN TRANSMIGRASI", "REPUBLIK INDONESIA"], None,
     "MENTERI DESA, PEMBANGUNAN DAERAH TERTINGGAL, DAN TRANSMIGRASI", "PDTT", ["desa"], 2015, 2024),
    (["KEMENTERIAN AGAMA REPUBLIK INDONESIA", "KANTOR WILAYAH PROVINSI {PROV}"], "KEPALA KANTOR WILAYAH KEMENTERIAN AGAMA PROVINSI {PROV}", None, "KEMENAG", ["pend", "asn"], 2010, 2030),
    (["KEMENTERIAN AGAMA REPUBLIK INDONESIA", "KANTOR KEMENTERIAN AGAMA {REG}"], "KEPALA KANTOR KEMENTERIAN AGAMA {REG}", None, "KEMENAG", ["pend", "asn"], 2010, 2030),
    (["DEPARTEMEN AGAMA", "KANTOR DEPARTEMEN AGAMA {REG}"], "KEPALA KANTOR DEPARTEMEN AGAMA {REG}", None, "DEPAG", ["pend"], 1990, 2009),
    (["KEMENTERIAN AGRARIA DAN TATA RUANG/", "BADAN PERTANAHAN NASIONAL", "KANTOR PERTANAHAN {REG}"], "KEPALA KANTOR PERTANAHAN {REG}", None, "BPN", ["pemda"], 2015, 2030),
]


def ministry(rng, year):
    rows = [m for m in MINISTRIES if m[5] <= year <= m[6]]
    lines, unit_head, minister, code, topics, since, until = rng.choice(rows)
    reg = places.regency(rng, year)
    p = reg["prov"]
    pname = places.province_name(p, year).upper()
    rl = region_label(reg, year)
    lines = [ln.replace("{PROV}", pname).replace("{REG}", rl) for ln in lines]
    rk = p["key"]
    if unit_head:
        unit_head = unit_head.replace("{PROV}", pname).replace("{REG}", rl)
        regional = "{PROV}" in "".join(rows[0][0]) or "KANTOR" in unit_head
        town = reg["seat"] if "{REG}" in "".join(lines) or rl in unit_head else (p["capital"] if "WILAYAH" in unit_head else "Jakarta")
        if "DIREKTUR JENDERAL" in unit_head:
            town = "Jakarta"
        head = asn_office(rng, unit_head, rk if town != "Jakarta" else rng.choice(list(places.PROVINCES)), year)
        party = lines[-1].title().replace("Dan ", "dan ").replace("Ii", "II")
        an = unit_head
        sec = asn_office(rng, rng.choice(["SEKRETARIS DIREKTORAT JENDERAL", "KEPALA BAGIAN TATA USAHA", "KEPALA SUBBAGIAN TATA USAHA"]), rk, year)
    else:
        town = "Jakarta"
        person = names.make_person(rng, rng.choice(list(names.REGION_POOLS)), role="elected", year=year)
        head = Office(minister, person, [], "elected")
        if "REPUBLIK INDONESIA" in lines[-1] and rng.random() < 0.5:
            head.title = minister + " REPUBLIK INDONESIA"
        party = " ".join(lines).title().replace("Dan ", "dan ").replace(", ", ", ").replace("Republik Indonesia", "Republik Indonesia")
        party = party.replace("  ", " ")
        an = minister
        sec = asn_office(rng, rng.choice(["SEKRETARIS JENDERAL", "DIREKTUR JENDERAL", "INSPEKTUR JENDERAL"]),
                         rng.choice(list(names.REGION_POOLS)), year)
    unit = asn_office(rng, rng.choice(["KEPALA BIRO UMUM", "KEPALA BAGIAN UMUM", "KEPALA SUBBAGIAN TATA USAHA"]), rk, year, senior=False)
    kk = f"{rng.randint(1, 34)}.{rng.randint(1, 20):02d}"
    if code in ("KEMENAG", "DEPAG"):
        num = lambda r, d, topic="umum": numbers.kemenag(r, d, kk)
        emb = "uin"
    elif code == "BPN":
        num = lambda r, d, topic="umum": numbers.ministry(r, d, f"{rng.randint(11, 94)}.{rng.randint(1, 20):02d}")
        emb = "bpn"
    else:
        num = lambda r, d, topic="umum", c=code: numbers.ministry(r, d, c)
        emb = "garuda"
    return {
        "type": "ministry", "reg": reg, "prov": p, "year": year, "town": town, "zone": "WIB" if town == "Jakarta" else p["tz"],
        "party": party, "region": None, "label": lines[-1],
        "offices": {"head": head, "sec": sec, "unit": unit}, "an": an, "short_head": an,
        "decree_head": f"KEPUTUSAN {an}", "decree_ref": "KEPMEN" if minister else "LAINNYA",
        "regl": {"typ": "PERMEN", "head": f"PERATURAN {minister}", "short": "Peraturan Menteri", "gazette": "BERITA NEGARA REPUBLIK INDONESIA"} if minister else None,
        "number": num, "stamp": {"top": lines[0], "bottom": lines[-1] if len(lines) > 1 else "", "emblem": "garuda"},
        "topics": topics, "field": "admin",
        "kop": kop(rng, lines, emb, [address(rng, town)] + contact(rng, "go.id")[:1]),
        "kop_has_party": True, "domain": "go.id",
    }


def make(rng, year, want):
    """An issuer of category `want`."""
    if want == "head":
        return pemda_head(rng, year, prov_level=rng.random() < 0.25)
    if want == "agency":
        return agency(rng, year)
    if want == "univ":
        return university(rng, year)
    if want == "rsud":
        return rsud(rng, year)
    if want == "kpu":
        return kpu(rng, year)
    if want == "bawaslu":
        return kpu(rng, year, bawaslu=True)
    if want == "dprd":
        return dprd(rng, year)
    if want in ("polres", "kodim", "kejari", "pn", "pa"):
        return security(rng, year, want)
    if want == "desa":
        return village(rng, year)
    if want == "kecamatan":
        return kecamatan(rng, year)
    if want == "ministry":
        return ministry(rng, year)
    raise ValueError(want)
