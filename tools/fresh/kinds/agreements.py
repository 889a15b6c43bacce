"""NPHD (naskah perjanjian hibah daerah), MoU / nota kesepakatan / kesepakatan bersama, and
perjanjian kerja sama: two or more parties, one number per party, an opening that names the
signers, Pasal by Pasal, signatures side by side, an acknowledger, witnesses or a 2x2 grid."""
import datetime as dt

from .. import bodies, common, names, numbers, places, refs
from ..common import title_case

BANKS = {"aceh": "Bank Aceh Syariah", "sumut": "Bank Sumut", "sumbar": "Bank Nagari", "riau": "Bank Riau Kepri Syariah",
         "kepri": "Bank Riau Kepri Syariah", "jambi": "Bank Jambi", "sumsel": "Bank Sumsel Babel", "babel": "Bank Sumsel Babel",
         "bengkulu": "Bank Bengkulu", "lampung": "Bank Lampung", "jabar": "Bank BJB", "banten": "Bank Banten", "jateng": "Bank Jateng",
         "diy": "Bank BPD DIY", "jatim": "Bank Jatim", "bali": "Bank BPD Bali", "ntb": "Bank NTB Syariah", "ntt": "Bank NTT",
         "kalbar": "Bank Kalbar", "kalteng": "Bank Kalteng", "kalsel": "Bank Kalsel", "kaltim": "Bank Kaltimtara",
         "kaltara": "Bank Kaltimtara", "sulut": "Bank SulutGo", "gorontalo": "Bank SulutGo", "sulteng": "Bank Sulteng",
         "sulsel": "Bank Sulselbar", "sulbar": "Bank Sulselbar", "sultra": "Bank Sultra", "maluku": "Bank Maluku Malut",
         "malut": "Bank Maluku Malut"}


def org(rng, year, reg, kind):
    """A grantee organisation that is not a government office."""
    label = bodies.region_label(reg, year)
    rk = reg["prov"]["key"]
    table = {
        "koni": ("Komite Olahraga Nasional Indonesia", "KETUA UMUM", "KONI"),
        "pmi": ("Palang Merah Indonesia", "KETUA", "PMI"),
        "pramuka": ("Kwartir Cabang Gerakan Pramuka", "KETUA KWARTIR CABANG", "Kwarcab"),
        "lptq": ("Lembaga Pengembangan Tilawatil Qur'an", "KETUA", "LPTQ"),
        "fkub": ("Forum Kerukunan Umat Beragama", "KETUA", "FKUB"),
        "mui": ("Majelis Ulama Indonesia", "KETUA UMUM", "MUI"),
    }
    name, head, ab = table[kind]
    party = f"{name} {label.title()}".replace("Ii", "II")
    p = names.make_person(rng, rk, role="elected", year=year)
    names.degree_style(rng, p)
    title = f"{head} {ab.upper()} {label}" if rng.random() < 0.5 else f"{head} {name.upper()} {label}"
    return {"type": "org", "party": party, "reg": reg, "prov": reg["prov"], "town": reg["seat"], "zone": reg["prov"]["tz"],
            "offices": {"head": bodies.Office(title, p, [], "elected")}, "an": title, "label": label,
            "stamp": {"top": name.upper(), "bottom": label, "emblem": "star"}, "domain": "or.id",
            "number": lambda r, d, topic="umum", ab=ab: numbers.own(r, lambda: f"{r.randint(1, 300):03d}/{ab}-{abbr_reg(reg)}/{numbers.roman(d.month)}/{d.year}"),
            "topics": ["hibah"]}


def abbr_reg(reg):
    return bodies.abbr(reg["name"])


def party_intro(doc, iss, office, label, n, style):
    """One signer named in the opening: 'Nama : ... Jabatan : ... selanjutnya disebut PIHAK PERTAMA'."""
    rng = doc.rng
    nm = office.person.written(upper=rng.random() < 0.5)
    t = office.title
    if len(t.replace("Plt. ", "").replace("Plh. ", "").split()) == 1 and office is iss["offices"].get("head"):
        t = iss["an"]
    jab = title_case(t)
    party = iss["party"]
    addr = f"{rng.choice(places.STREETS)}, {iss['town']}"
    act = rng.choice([f"dalam hal ini bertindak untuk dan atas nama {party}",
                      f"dalam jabatannya tersebut bertindak untuk dan atas nama {party}",
                      f"bertindak untuk dan atas nama serta sah mewakili {party}"])
    tail = rng.choice([f"selanjutnya disebut <b>{label}</b>.", f"yang selanjutnya disebut sebagai <b>{label}</b>.",
                       f"untuk selanjutnya dalam Perjanjian ini disebut <b>{label}</b>."])
    if style == "kv":
        rows = [("Nama", nm), ("Jabatan", jab), ("Alamat", addr)]
        return [{"t": "p", "text": f"{['I', 'II', 'III'][n]}.", "after": 0, "keep": True},
                {"t": "kv", "rows": rows, "left": 0.7, "keyw": 2.2, "after": 2},
                {"t": "p", "text": f"{act}, {tail}", "left": 0.7}]
    text = f"<b>{nm}</b>, {jab}, berkedudukan di {addr}, {act}, {tail}"
    return [{"t": "list", "items": [text], "style": "1.", "start": n + 1, "hang": 0.7}]


def opening(doc, venue_iss):
    rng = doc.rng
    day, words = doc.Dwords(doc.date, issue=True)
    num = doc.D(doc.date, rng.choice(["num_dash", "num", "num_short"]))
    where = f"{rng.choice(['Kantor', 'Aula', 'Ruang Rapat'])} {venue_iss['party']}, {{{{place:{venue_iss['town']}}}}}"
    r = rng.random()
    if r < 0.55:
        s = f"Pada hari ini {day} tanggal {words} ({num}), bertempat di {where}, yang bertanda tangan di bawah ini:"
    elif r < 0.8:
        s = f"Pada hari ini, {day}, tanggal {words}, kami yang bertanda tangan di bawah ini:"
        doc.place_in_sign = True
    else:
        s = f"Pada hari {day} tanggal {words} bertempat di {where}, kami yang bertanda tangan di bawah ini masing-masing:"
    return s


def title_block(doc, kind_words, p1, p2, nums, title):
    rng = doc.rng
    lines = kind_words + [rng.choice(["ANTARA", "ANTARA"]), p1["party"].upper(), rng.choice(["DENGAN", "DAN"]), p2["party"].upper()]
    numl = []
    shape = rng.choice(["NOMOR : {}", "NOMOR {}", "Nomor: {}", "NOMOR: {}"])
    for i, n in enumerate(nums):
        doc.numbers.append(n)
        numl.append(shape.format(f"{{{{no:{n}}}}}"))
    tt = ["TENTANG", f"{{{{title:{title}}}}}"]
    if rng.random() < 0.5:
        return [{"t": "center", "lines": lines, "after": 4}, {"t": "center", "lines": numl, "after": 4, "bold": rng.random() < 0.5},
                {"t": "center", "lines": tt, "after": 10}]
    return [{"t": "center", "lines": kind_words + numl + tt + ["ANTARA", p1["party"].upper(), "DENGAN", p2["party"].upper()], "after": 10}]


def pasal(doc, blocks, n, head, body):
    rng = doc.rng
    lines = [f"Pasal {n}"] + ([head.upper() if rng.random() < 0.6 else head] if head else [])
    blocks.append({"t": "pasal", "lines": lines, "after": 3, "before": 4, "keep": True})
    if isinstance(body, list):
        lower = body[0][:1].islower()
        blocks.append({"t": "list", "items": body, "style": rng.choice(["a.", "a.", "1."]) if lower else rng.choice(["(1)", "(1)", "a."]),
                       "hang": 0.9})
    else:
        blocks.append({"t": "p", "text": body})


def party_sign(doc, iss, label, materai=False, office=None, an=None):
    office = office or iss["offices"]["head"]
    saved = doc.iss
    doc.iss = iss
    c = common.col(doc, office, role=label + ",", an=an, materai=materai, split=doc.chance(0.5))
    doc.iss = saved
    return c


def signing(doc, p1, p2, extra=None, pre_place=False, materai_second=False, second_office=None, first_office=None, an1=None):
    """The arrangement of signatures."""
    rng = doc.rng
    a = party_sign(doc, p1, "PIHAK PERTAMA", office=first_office, an=an1)
    b = party_sign(doc, p2, "PIHAK KEDUA", materai=materai_second, office=second_office)
    cols = [b, a] if rng.random() < 0.45 else [a, b]
    blocks = []
    if pre_place or doc.place_in_sign:
        blocks.append({"t": "p", "text": common.place_date(doc), "align": rng.choice(["right", "center"]), "before": 6})
    blocks.append(common.sign(doc, cols))
    if extra:
        for row in extra:
            blocks.append(common.sign(doc, row, space_before=14))
    return blocks


def acknowledger(doc, iss, office=None):
    saved = doc.iss
    doc.iss = iss
    c = common.col(doc, office or iss["offices"]["head"], role=doc.pick(["Mengetahui,", "Mengetahui,", "MENGETAHUI,"]), split=True)
    doc.iss = saved
    return [c]


def closing_pasal(doc, kind):
    rng = doc.rng
    copies = rng.choice([2, 3, 4])
    return rng.choice([
        f"{kind} ini dibuat dalam rangkap {copies} ({common.words_in(copies)}), masing-masing bermeterai cukup dan mempunyai kekuatan hukum yang sama.",
        f"{kind} ini dibuat dan ditandatangani oleh PARA PIHAK dalam rangkap {copies} ({common.words_in(copies)}) asli, yang mempunyai kekuatan hukum yang sama setelah ditandatangani.",
        f"Demikian {kind} ini dibuat dengan itikad baik untuk dipatuhi dan dilaksanakan oleh PARA PIHAK.",
    ])


def duration(doc, word=None):
    rng = doc.rng
    yrs = rng.choice([1, 2, 3, 5])
    start = doc.date
    try:
        end = dt.date(start.year + yrs, start.month, start.day) - dt.timedelta(days=1)
    except ValueError:
        end = dt.date(start.year + yrs, start.month, 28)
    if rng.random() < 0.5:
        return (f"{word or rng.choice(['Perjanjian', 'Kesepakatan'])} ini berlaku untuk jangka waktu {yrs} ({common.words_in(yrs)}) tahun "
                f"terhitung sejak tanggal ditandatangani dan dapat diperpanjang atas kesepakatan PARA PIHAK.")
    return (f"Jangka waktu berlaku terhitung mulai tanggal {doc.Dbody(start)} sampai dengan tanggal {doc.Dbody(end)}, "
            f"dan dapat diperpanjang sesuai kesepakatan PARA PIHAK.")


def intro_style(doc):
    return "kv" if doc.chance(0.45) else "list"


def second_kop(doc, p1, p2):
    emb1 = p1.get("kop", {}).get("emblem") or "garuda"
    emb2 = p2.get("kop", {}).get("emblem") or "shield:generic"
    if doc.chance(0.5):
        return [{"t": "kop", "style": "dual", "emblem": emb1, "emblem2": emb2, "lines": [], "rule": None,
                 "emblem_cm": doc.pick([2.0, 2.3]), "space_after": 10}]
    return common.kop_blocks(doc, p1) if doc.chance(0.5) else []


# ============================================================================= NPHD

def nphd(doc):
    rng = doc.rng
    grantor = doc.iss            # a regional government (head)
    reg = grantor["reg"]
    y = doc.year
    choice = rng.random()
    if choice < 0.35 and y >= 2005:
        grantee = bodies.kpu(rng, y, reg, bawaslu=rng.random() < 0.45, prov_level=grantor["region"]["kind"] == "prov")
        purpose = rng.choice(["Pendanaan Kegiatan Pemilihan", "Penyelenggaraan Pemilihan"])
        ey = pilkada_year(y)
        head = "Wali Kota dan Wakil Wali Kota" if reg["city"] else "Bupati dan Wakil Bupati"
        if grantor["region"]["kind"] == "prov":
            head = "Gubernur dan Wakil Gubernur"
        what = f"{purpose} {head} Tahun {ey}"
        if grantee["type"] == "bawaslu":
            what = f"Pengawasan {what.replace('Pendanaan Kegiatan ', '').replace('Penyelenggaraan ', '')}"
        value = rng.randint(30, 700) * 10 ** 8
    elif choice < 0.5:
        grantee = bodies.security(rng, y, rng.choice(["polres", "kodim"]), reg)
        what = f"Pengamanan Penyelenggaraan Pemilihan Tahun {pilkada_year(y)}" if y >= 2005 else f"Pengamanan Pemilihan Umum Tahun {1997 if y < 1997 else 1999}"
        value = rng.randint(5, 150) * 10 ** 8
    else:
        grantee = org(rng, y, reg, rng.choice(["koni", "pmi", "pramuka", "lptq", "fkub", "mui"]))
        what = rng.choice(["Pembinaan dan Operasional Organisasi", "Penyelenggaraan Kegiatan Tahunan", "Operasional dan Program Kerja"]) + f" Tahun Anggaran {y}"
        value = rng.randint(2, 400) * 10 ** rng.choice([7, 6])
    doc.parties = [grantor["party"], grantee["party"]]
    title = f"HIBAH DANA {what.upper()}" if rng.random() < 0.5 else f"PEMBERIAN HIBAH DALAM BENTUK UANG UNTUK {what.upper()}"
    n1 = doc.own_number_for(grantor, "keuangan")
    n2 = doc.own_number_for(grantee, "keuangan")
    blocks = second_kop(doc, grantor, grantee)
    kind_words = rng.choice([["NASKAH PERJANJIAN HIBAH DAERAH"], ["NASKAH PERJANJIAN HIBAH DAERAH (NPHD)"], ["PERJANJIAN HIBAH DAERAH"]])
    blocks += title_block(doc, kind_words, grantor, grantee, [n1, n2], title)
    blocks.append({"t": "p", "text": opening(doc, grantor)})
    st = intro_style(doc)
    g_off = grantor["offices"]["head"]
    an1 = None
    if rng.random() < 0.3:
        g_off, an1 = grantor["offices"]["sec"], grantor["an"]
    blocks += party_intro(doc, grantor, g_off, "PIHAK PERTAMA", 0, st)
    blocks += party_intro(doc, grantee, grantee["offices"]["head"], "PIHAK KEDUA", 1, st)
    blocks.append({"t": "p", "text": "PIHAK PERTAMA dan PIHAK KEDUA secara bersama-sama disebut PARA PIHAK, terlebih dahulu menerangkan hal-hal sebagai berikut:"})
    rs = doc.refs_for(["hibah"], rng.randint(1, 2)) + doc.refs_for(["pemilu"] if "Pemilihan" in what else ["keu"], rng.randint(1, 2))
    rs = list({r.key: r for r in rs}.values()) or doc.refs_for(["keu"], 2)
    cons = [f"bahwa berdasarkan {doc.cite(rs[0])}, pemerintah daerah dapat memberikan hibah sesuai dengan kemampuan keuangan daerah;"]
    if len(rs) > 1:
        cons.append(f"bahwa pemberian hibah dilaksanakan sesuai {lp_join(doc, rs[1:])};")
    cons.append(f"bahwa dana hibah telah dianggarkan dalam {refs.cite_regional(rng, grantor['region'], y, 'apbd')};")
    if rng.random() < 0.45:
        kn = doc.own_number_decree() if grantor["type"] == "pemda" else doc.other_number()
        kh = grantor["decree_head"].title().replace("Kepala Daerah Tingkat Ii", "Kepala Daerah Tingkat II")
        kt = {"KEPGUB": "KEPGUB", "KEPBUP": "KEPBUP"}.get(grantor.get("decree_ref"), "LAINNYA")
        cons.append(f"bahwa PIHAK KEDUA telah ditetapkan sebagai penerima hibah dengan {{{{ref:{kt}|{kn}|{doc.ref_year(kn)}|{kh} Nomor {kn}}}}} "
                    f"tentang Penetapan Penerima Hibah Tahun Anggaran {y};")
    if rng.random() < 0.5:
        pd = doc.before(10, 60)
        pno = doc.other_number()
        cons.append(f"bahwa PIHAK KEDUA telah mengajukan proposal melalui Surat {{{{ref:LAINNYA|{pno}|{doc.ref_year(pno)}|Nomor {pno}}}}} tanggal {doc.Dbody(pd)};")
    blocks.append({"t": "list", "items": cons, "style": "a.", "hang": 0.7})
    blocks.append({"t": "p", "text": rng.choice(["Berdasarkan hal-hal tersebut di atas, PARA PIHAK sepakat untuk menandatangani Naskah Perjanjian Hibah Daerah dengan ketentuan sebagai berikut:",
                                                 "Sehubungan dengan hal tersebut, PARA PIHAK sepakat mengikatkan diri dalam Naskah Perjanjian Hibah Daerah ini dengan ketentuan sebagai berikut:"])})
    pn = 1
    pasal(doc, blocks, pn, "Jumlah dan Tujuan Hibah", [
        f"PIHAK PERTAMA memberikan hibah berupa uang kepada PIHAK KEDUA sebesar {doc.Rp(value, words=True)}.",
        f"Hibah sebagaimana dimaksud pada ayat (1) digunakan untuk {what}."])
    pn += 1
    bank = BANKS.get(reg["prov"]["key"], rng.choice(["Bank Rakyat Indonesia", "Bank Negara Indonesia", "Bank Mandiri"]))
    acct = "".join(str(rng.randint(0, 9)) for _ in range(rng.choice([10, 12, 13])))
    acct = f"{acct[:3]}.{acct[3:5]}.{acct[5:]}" if rng.random() < 0.4 else acct
    if rng.random() < 0.6:
        p1 = rng.choice([40, 50, 60])
        v1 = value * p1 // 100
        v2 = value - v1
        d1 = doc.plus(rng.randint(7, 30))
        d2 = d1 + dt.timedelta(days=rng.randint(40, 150))
        body = [f"Pencairan hibah dilakukan secara bertahap, yaitu:<br/>a. tahap I sebesar {p1}% ({common.words_in(p1)} persen) atau {doc.Rp(v1, words=False)} paling lambat tanggal {doc.Dbody(d1)};"
                f"<br/>b. tahap II sebesar {100 - p1}% ({common.words_in(100 - p1)} persen) atau {doc.Rp(v2, words=False)} paling lambat tanggal {doc.Dbody(d2)}.",
                f"Dana hibah ditransfer ke rekening {grantee['party']} pada {bank} Cabang {grantee['town']} Nomor Rekening {acct}."]
    else:
        body = [f"Pencairan hibah dilakukan sekaligus setelah Naskah Perjanjian Hibah Daerah ini ditandatangani.",
                f"Dana hibah ditransfer ke rekening {bank} Nomor Rekening {acct} atas nama {grantee['party']}."]
    pasal(doc, blocks, pn, "Pencairan", body)
    pn += 1
    pasal(doc, blocks, pn, "Hak dan Kewajiban", [
        "PIHAK PERTAMA berhak menunda pencairan apabila PIHAK KEDUA tidak memenuhi persyaratan yang ditetapkan.",
        "PIHAK KEDUA wajib menggunakan dana hibah sesuai dengan rencana penggunaan yang telah disetujui.",
        "PIHAK KEDUA wajib mengembalikan sisa dana hibah yang tidak digunakan ke Kas Umum Daerah."])
    pn += 1
    rep = dt.date(y + 1, 1, 10) + dt.timedelta(days=rng.randint(0, 60))
    pasal(doc, blocks, pn, "Pelaporan", f"PIHAK KEDUA menyampaikan laporan penggunaan hibah kepada {title_case(grantor['an'])} melalui "
                                         f"Pejabat Pengelola Keuangan Daerah paling lambat tanggal {doc.Dbody(rep)}.")
    pn += 1
    if rng.random() < 0.5:
        pasal(doc, blocks, pn, "Sanksi", "Apabila PIHAK KEDUA tidak melaksanakan kewajibannya, PIHAK PERTAMA dapat menghentikan pemberian hibah dan meminta pengembalian dana yang telah diterima.")
        pn += 1
    pasal(doc, blocks, pn, "Penutup", closing_pasal(doc, "Naskah Perjanjian Hibah Daerah"))
    extra = None
    if rng.random() < 0.2:
        # the regional treasurer (PPKD) acknowledges the grant
        ppkd = bodies.asn_office(rng, f"KEPALA BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH {grantor['label']}"
                                 if rng.random() < 0.5 else "KEPALA BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH", reg["prov"]["key"], y)
        extra = [acknowledger(doc, grantor, ppkd)]
    blocks += signing(doc, grantor, grantee, extra=extra, materai_second=rng.random() < 0.6, first_office=g_off, an1=an1)
    return blocks


def pilkada_year(y):
    """The regional election a grant of year y pays for (the grant is signed the year before or in it)."""
    for e in (2005, 2006, 2007, 2008, 2010, 2011, 2012, 2013, 2015, 2017, 2018, 2020, 2024, 2029):
        if e >= y:
            return e
    return 2029


def lp_join(doc, rs):
    cites = [doc.cite(r) for r in rs]
    if len(cites) == 1:
        return cites[0]
    return ", ".join(cites[:-1]) + " dan " + cites[-1]


# ============================================================================= MoU

def mou(doc):
    rng = doc.rng
    y = doc.year
    a = doc.iss
    pairs = ["univ", "kejari", "polres", "neighbor", "court"]
    if a["type"] in ("kpu", "bawaslu"):
        pairs = ["univ", "polres"]
    if y >= 2000 and a["type"] == "pemda" and a["region"]["kind"] != "prov":
        pairs += ["dprd", "dprd"]
    which = rng.choice(pairs)
    reg = a.get("reg") or bodies.places.regency(rng, y)
    if a["type"] == "pemda" and a["region"]["kind"] == "prov" and which in ("kejari", "polres", "court"):
        which = "univ"
    extra_rows = None
    if which == "dprd":
        # the KUA-PPAS is agreed between July and November
        doc.date = doc.date.replace(month=rng.randint(7, 11), day=min(doc.date.day, 28))
        while doc.date.weekday() > 4:
            doc.date = doc.date.replace(day=doc.date.day % 28 + 1)
    if which == "univ":
        b = bodies.university(rng, y, a["prov"]["key"])
        subj = rng.choice(["Kerja Sama di Bidang Pendidikan, Penelitian, dan Pengabdian kepada Masyarakat",
                           "Peningkatan Kualitas Sumber Daya Manusia", "Pendidikan Pemilih dan Pengawasan Partisipatif",
                           "Pengembangan Potensi Daerah"])
    elif which == "kejari":
        b = bodies.security(rng, y, "kejari", reg)
        subj = "Penanganan Masalah Hukum di Bidang Perdata dan Tata Usaha Negara"
    elif which == "polres":
        b = bodies.security(rng, y, "polres", reg)
        subj = rng.choice(["Pengamanan Penyelenggaraan Pemilihan", "Penegakan Hukum Terpadu", "Pemeliharaan Keamanan dan Ketertiban Masyarakat"])
    elif which == "court":
        b = bodies.security(rng, y, rng.choice(["pn", "pa"]), reg)
        subj = rng.choice(["Pelayanan Terpadu Sidang Keliling", "Pelayanan Itsbat Nikah Terpadu", "Pemanfaatan Data Kependudukan"])
    elif which == "dprd":
        b = bodies.dprd(rng, y, a)
        subj = rng.choice([f"Kebijakan Umum Anggaran Pendapatan dan Belanja Daerah Tahun Anggaran {y + 1}",
                           f"Prioritas dan Plafon Anggaran Sementara Tahun Anggaran {y + 1}",
                           f"Kebijakan Umum Perubahan Anggaran Pendapatan dan Belanja Daerah Tahun Anggaran {y}"])
        extra_rows = [[party_sign_plain(doc, b, b["offices"]["wakil"][0]), party_sign_plain(doc, b, b["offices"]["wakil"][1])]]
    else:
        pk = a["prov"]["key"]
        b = bodies.pemda_head(rng, y, bodies.places.regency(rng, y, pk) if a.get("reg") else None)
        if b["party"] == a["party"]:
            b = bodies.pemda_head(rng, y, prov_level=True) if a["region"]["kind"] != "prov" else bodies.pemda_head(rng, y)
        subj = rng.choice(["Kerja Sama Pengelolaan Sampah Regional", "Kerja Sama Pengembangan Pariwisata", "Kerja Sama Penyediaan Air Minum",
                           "Pengembangan Kawasan Perbatasan"])
    doc.parties = [a["party"], b["party"]]
    kind_words = rng.choice([["NOTA KESEPAKATAN"], ["KESEPAKATAN BERSAMA"], ["MEMORANDUM OF UNDERSTANDING (MoU)"], ["NOTA KESEPAHAMAN"]])
    if which == "dprd":
        kind_words = ["NOTA KESEPAKATAN"]
    title = subj.upper()
    n1 = doc.own_number_for(a, "umum")
    n2 = doc.own_number_for(b, "umum")
    blocks = second_kop(doc, a, b)
    blocks += title_block(doc, kind_words, a, b, [n1, n2], title)
    kw = title_case(kind_words[0].replace(" (MoU)", ""))
    if kw.startswith("Memorandum"):
        kw = "Memorandum of Understanding"
    blocks.append({"t": "p", "text": opening(doc, a)})
    st = intro_style(doc)
    blocks += party_intro(doc, a, a["offices"]["head"], "PIHAK PERTAMA", 0, st)
    blocks += party_intro(doc, b, b["offices"]["head"], "PIHAK KEDUA", 1, st)
    rs = doc.refs_for(["keu"] if which == "dprd" else a.get("topics", []) + b.get("topics", []) + ["kerjasama", "pemda"], rng.randint(1, 3))
    blocks.append({"t": "p", "text": f"PARA PIHAK dengan memperhatikan {lp_join(doc, rs)}, sepakat untuk mengadakan {kw} dengan ketentuan sebagai berikut:"
                   if rs else f"PARA PIHAK sepakat untuk mengadakan {kw} dengan ketentuan sebagai berikut:"})
    pn = 1
    pasal(doc, blocks, pn, "Maksud dan Tujuan", [f"Maksud {kw} ini adalah sebagai landasan bagi PARA PIHAK dalam {subj.lower()}.",
                                                f"Tujuan {kw} ini adalah terwujudnya sinergi dan koordinasi PARA PIHAK sesuai tugas dan fungsi masing-masing."])
    pn += 1
    if which == "dprd":
        inc = rng.randint(400, 4000) * 10 ** 9 + rng.randint(0, 999) * 10 ** 6
        exp = inc + rng.randint(10, 300) * 10 ** 9
        fin = exp - inc
        pasal(doc, blocks, pn, "Ruang Lingkup", [f"Pendapatan Daerah direncanakan sebesar {doc.Rp(inc)}.",
                                                f"Belanja Daerah direncanakan sebesar {doc.Rp(exp)}.",
                                                f"Defisit sebesar {doc.Rp(fin, words=False)} ditutup dari Pembiayaan Netto."])
    else:
        pasal(doc, blocks, pn, "Ruang Lingkup", rng.sample([
            "pertukaran data dan informasi;", "pendampingan dan pemberian pertimbangan;", "peningkatan kapasitas sumber daya manusia;",
            "penelitian dan kajian bersama;", "sosialisasi dan edukasi kepada masyarakat;", "pemanfaatan sarana dan prasarana;"], rng.randint(3, 5)))
    pn += 1
    if which == "dprd":
        pasal(doc, blocks, pn, "Pedoman", f"{subj} sebagaimana dimaksud dalam Pasal 2 menjadi pedoman bagi Pemerintah Daerah dalam menyusun "
                                          f"Rancangan Peraturan Daerah tentang Anggaran Pendapatan dan Belanja Daerah.")
        pn += 1
    else:
        pasal(doc, blocks, pn, "Pelaksanaan", f"Pelaksanaan {kw} ini akan diatur lebih lanjut dalam Perjanjian Kerja Sama yang disusun oleh perangkat daerah atau unit kerja PARA PIHAK.")
        pn += 1
        pasal(doc, blocks, pn, "Pembiayaan", f"Segala biaya yang timbul dari pelaksanaan {kw} ini dibebankan kepada anggaran PARA PIHAK sesuai dengan ketentuan peraturan perundang-undangan.")
        pn += 1
        pasal(doc, blocks, pn, "Jangka Waktu", duration(doc, "Kesepakatan"))
        pn += 1
    pasal(doc, blocks, pn, "Penutup", closing_pasal(doc, kw))
    ack = None
    if which != "dprd" and rng.random() < 0.25 and a["type"] in ("kpu", "bawaslu"):
        ack = [acknowledger(doc, bodies.pemda_head(rng, y, reg))]
    rows = (extra_rows or []) + (ack or [])
    blocks += signing(doc, a, b, extra=rows or None)
    return blocks


def party_sign_plain(doc, iss, office):
    saved = doc.iss
    doc.iss = iss
    c = common.col(doc, office, split=doc.chance(0.3))
    doc.iss = saved
    return c


# ============================================================================= PKS

def pks(doc):
    rng = doc.rng
    y = doc.year
    a = doc.iss
    t = a["type"]
    val = None
    if t == "univ":
        near = [r for r in bodies.places.regions_existing(y) if r[0] == a["prov"]["key"]]
        reg_b = bodies.places.regency(rng, y, a["prov"]["key"]) if near else None
        b = bodies.rsud(rng, y, reg_b) if rng.random() < 0.5 else bodies.pemda_head(rng, y, reg_b)
        subj = rng.choice(["Penyelenggaraan Praktik Klinik Mahasiswa", "Pelaksanaan Kuliah Kerja Nyata Tematik", "Magang Mahasiswa"])
        val = rng.choice([150000, 250000, 350000, 500000, 750000])
        fee_text = lambda: f"Biaya praktik ditetapkan sebesar {doc.Rp(val, words=False)} per mahasiswa per {rng.choice(['minggu', 'bulan', 'stase'])}."
    elif t in ("kpu", "bawaslu"):
        b = bodies.security(rng, y, "polres", a["reg"])
        subj = rng.choice(["Pengamanan Tahapan Pemilihan", "Pengamanan Distribusi Logistik Pemilu"])
        val = rng.randint(20, 900) * 10 ** 6
        fee_text = lambda: f"Biaya pengamanan sebesar {doc.Rp(val, words=True)} dibebankan pada anggaran PIHAK PERTAMA."
    elif t in ("rsud",):
        b = org(rng, y, a["reg"], rng.choice(["pmi"]))
        subj = rng.choice(["Pelayanan Darah", "Penyediaan Darah dan Komponen Darah"])
        val = rng.choice([360000, 400000, 450000, 490000])
        fee_text = lambda: f"Biaya pengganti pengolahan darah sebesar {doc.Rp(val, words=False)} per kantong."
    else:
        b = bodies.security(rng, y, "kejari", a["reg"]) if rng.random() < 0.5 and a.get("reg") else bodies.university(rng, y, a["prov"]["key"])
        subj = rng.choice(["Pendampingan Hukum di Bidang Perdata dan Tata Usaha Negara", "Penyusunan Kajian Akademik",
                           "Pendampingan Penyusunan Rencana Pembangunan", "Pelatihan Aparatur"])
        if b["type"] == "univ":
            val = rng.randint(25, 600) * 10 ** 6
            fee_text = lambda: f"Nilai pekerjaan sebesar {doc.Rp(val, words=True)} sudah termasuk pajak."
        else:
            fee_text = None
    doc.parties = [a["party"], b["party"]]
    title = subj.upper()
    n1 = doc.own_number_for(a, "umum")
    n2 = doc.own_number_for(b, "umum")
    blocks = second_kop(doc, a, b)
    blocks += title_block(doc, [rng.choice(["PERJANJIAN KERJA SAMA", "PERJANJIAN KERJASAMA", "PERJANJIAN KERJA SAMA (PKS)"])], a, b, [n1, n2], title)
    blocks.append({"t": "p", "text": opening(doc, a)})
    st = intro_style(doc)
    a_off = a["offices"]["head"] if rng.random() < 0.6 else a["offices"]["sec"]
    blocks += party_intro(doc, a, a_off, "PIHAK PERTAMA", 0, st)
    blocks += party_intro(doc, b, b["offices"]["head"], "PIHAK KEDUA", 1, st)
    if rng.random() < 0.6:
        mno = doc.other_number()
        md = doc.before(60, 700)
        blocks.append({"t": "p", "text": f"PARA PIHAK dengan berpedoman pada Nota Kesepakatan {{{{ref:LAINNYA|{mno}|{doc.ref_year(mno)}|Nomor {mno}}}}} tanggal {doc.Dbody(md)}, "
                                         f"sepakat untuk mengadakan Perjanjian Kerja Sama tentang {subj} dengan ketentuan sebagai berikut:"})
    else:
        blocks.append({"t": "p", "text": f"PARA PIHAK sepakat untuk mengadakan Perjanjian Kerja Sama tentang {subj} dengan ketentuan sebagai berikut:"})
    pn = 1
    pasal(doc, blocks, pn, "Ruang Lingkup", f"Ruang lingkup Perjanjian ini meliputi {subj.lower()} sesuai dengan tugas dan kewenangan PARA PIHAK.")
    pn += 1
    pasal(doc, blocks, pn, "Hak dan Kewajiban", [
        "PIHAK PERTAMA berhak memperoleh laporan pelaksanaan kegiatan dari PIHAK KEDUA.",
        "PIHAK PERTAMA berkewajiban menyediakan data dan fasilitas yang diperlukan.",
        "PIHAK KEDUA berhak memperoleh dukungan dan kemudahan dari PIHAK PERTAMA.",
        "PIHAK KEDUA berkewajiban melaksanakan kegiatan sesuai jadwal yang disepakati."])
    pn += 1
    if fee_text:
        pasal(doc, blocks, pn, "Pembiayaan", fee_text())
        pn += 1
    pasal(doc, blocks, pn, "Jangka Waktu", duration(doc, "Perjanjian"))
    pn += 1
    pasal(doc, blocks, pn, "Keadaan Kahar", "Apabila terjadi keadaan kahar, pihak yang mengalami wajib memberitahukan secara tertulis kepada pihak lainnya paling lambat 7 (tujuh) hari kalender.")
    pn += 1
    pasal(doc, blocks, pn, "Penyelesaian Perselisihan", "Perselisihan yang timbul diselesaikan secara musyawarah untuk mufakat.")
    pn += 1
    pasal(doc, blocks, pn, "Penutup", closing_pasal(doc, "Perjanjian Kerja Sama"))
    extra = None
    r = rng.random()
    if r < 0.25:
        reg = a.get("reg") or b.get("reg")
        ack_iss = bodies.pemda_head(rng, y, reg) if reg else bodies.university(rng, y)
        extra = [acknowledger(doc, ack_iss)]
    elif r < 0.45:
        w1 = common.col(doc, a["offices"]["sec"] if a["offices"]["sec"] is not a_off else a["offices"]["unit"], role="SAKSI PIHAK PERTAMA,", stamp=False)
        saved = doc.iss
        doc.iss = b
        w2 = common.col(doc, b["offices"].get("sec") or b["offices"]["head"], role="SAKSI PIHAK KEDUA,", stamp=False)
        doc.iss = saved
        extra = [[w1, w2]]
    blocks += signing(doc, a, b, extra=extra, materai_second=rng.random() < 0.5, first_office=a_off)
    return blocks
