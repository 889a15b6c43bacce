"""Keputusan and peraturan: Menimbang / Mengingat / MEMUTUSKAN / KESATU or BAB and Pasal,
Ditetapkan di, Diundangkan di, lampiran, SALINAN and the certification of a copy."""
import datetime as dt

from .. import common, names, refs
from ..common import title_case

ORD = ["KESATU", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA", "KEENAM", "KETUJUH", "KEDELAPAN", "KESEMBILAN", "KESEPULUH"]
ORD_OLD = ["PERTAMA", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA", "KEENAM", "KETUJUH", "KEDELAPAN", "KESEMBILAN", "KESEPULUH"]


def decree_topic(doc):
    rng = doc.rng
    t = doc.iss["type"]
    y = doc.year
    opts = ["tim", "tim", "honor", "lokasi"]
    if t in ("pemda", "agency") and doc.iss.get("region"):
        opts += ["hibah", "hibah", "tim"]
    if t == "univ":
        opts = ["panitia", "panitia", "honor"]
    if t == "kpu":
        opts = ["adhoc", "honor", "tim"]
    if t in ("desa",):
        opts = ["tim", "hibah"]
    which = rng.choice(opts)
    if which == "tim":
        what = rng.choice(["Tim Percepatan Penurunan Stunting", "Satuan Tugas Penanganan Bencana", "Tim Pengelola Website dan Media Sosial",
                           "Tim Penyusun Rencana Strategis", "Tim Koordinasi Penataan Arsip", "Tim Evaluasi Kinerja",
                           "Satuan Tugas Netralitas Aparatur Sipil Negara", "Tim Pengendali Inflasi Daerah", "Tim Reformasi Birokrasi"])
        title = f"PEMBENTUKAN {what.upper()}" + (f" TAHUN {y}" if rng.random() < 0.5 else "")
        return which, title, what, None
    if which == "panitia":
        what = rng.choice(["Panitia Penerimaan Mahasiswa Baru", "Panitia Wisuda", "Panitia Seminar Nasional", "Tim Penjaminan Mutu Internal",
                           "Panitia Seleksi Calon Pegawai"])
        return which, f"PENGANGKATAN {what.upper()} TAHUN {y}", what, None
    if which == "honor":
        what = rng.choice(["Honorarium Tim Pelaksana Kegiatan", "Besaran Honorarium Narasumber dan Moderator",
                           "Honorarium Badan Ad Hoc", "Standar Biaya Kegiatan"])
        return which, f"PENETAPAN {what.upper()} TAHUN ANGGARAN {y}", what, None
    if which == "hibah":
        what = rng.choice(["Penerima Hibah Berupa Uang", "Penerima Bantuan Keuangan Partai Politik", "Penerima Bantuan Sosial",
                           "Penerima Hibah Rumah Ibadah"])
        return which, f"PENETAPAN {what.upper()} TAHUN ANGGARAN {y}", what, None
    if which == "adhoc":
        what = rng.choice(["Anggota Panitia Pemilihan Kecamatan", "Anggota Panitia Pemungutan Suara", "Petugas Pemutakhiran Data Pemilih"])
        return which, f"PENETAPAN {what.upper()}", what, None
    what = rng.choice(["Lokasi Pemasangan Alat Peraga", "Lokasi Kegiatan Pemberdayaan Masyarakat", "Desa Sasaran Program", "Lokasi Prioritas Penanganan Kawasan Kumuh"])
    return "lokasi", f"PENETAPAN {what.upper()} TAHUN {y}", what, None


def lampiran_header(doc, kind_word, num_shown, title, roman=None):
    """'LAMPIRAN I KEPUTUSAN BUPATI X / NOMOR ... / TANGGAL ... / TENTANG ...'."""
    rng = doc.rng
    lab = "LAMPIRAN" + (f" {roman}" if roman else "")
    head = f"{lab} {kind_word}"
    rows = [("NOMOR", num_shown), ("TANGGAL", doc.D(doc.date, rng.choice(["upper", "long"]) if doc.era != "1990s" else "upper_old", issue=True)),
            ("TENTANG", title)]
    left = rng.choice([6.5, 7.0, 7.5]) if len(num_shown) < 18 else rng.choice([4.0, 4.5])
    return [{"t": "p", "text": head, "left": left, "align": "left", "after": 0, "size": doc.spec_extra["small"]},
            {"t": "kv", "rows": rows, "left": left, "keyw": 2.3, "size": doc.spec_extra["small"], "after": 12}]


def members_table(doc, n, with_amount=None):
    rng = doc.rng
    rows = []
    roles = ["Pengarah", "Penanggung Jawab", "Ketua", "Wakil Ketua", "Sekretaris"] + ["Anggota"] * 10
    total = 0
    for i in range(n):
        p = names.make_person(rng, doc.iss["prov"]["key"], role="asn", year=doc.year)
        jab = rng.choice(["Kepala Bidang", "Kepala Seksi", "Analis Kebijakan", "Pranata Komputer", "Kepala Subbagian", "Staf Pelaksana",
                          "Camat", "Sekretaris", "Penyuluh", "Dosen"])
        row = [str(i + 1), p.written(), jab, roles[i] if i < len(roles) else "Anggota"]
        if with_amount:
            v = with_amount[i % len(with_amount)]
            row.append(f"{{{{rp:{v}|num_nodec}}}}" if doc.chance(0.5) else f"{{{{rp:{v}|num}}}}")
            total += v
        rows.append(row)
    header = ["No", "Nama", "Jabatan", "Kedudukan dalam Tim"]
    widths = [1.3, 5.6, 4.4, 4.0]
    if with_amount:
        header = ["No", "Nama", "Jabatan", "Kedudukan", "Honorarium (Rp)"]
        widths = [1.3, 5.0, 3.6, 2.8, 3.4]
    return {"t": "table", "header": header, "rows": rows, "widths": doc.widths(widths),
            "align": ["center", "left", "left", "left", "right"], "size": doc.spec_extra["small"] - 1}


def grantee_table(doc, n):
    rng = doc.rng
    rows, total = [], 0
    kinds = {"Masjid": ["Al-Ikhlas", "Nurul Huda", "Baiturrahman", "At-Taqwa", "Al-Muhajirin", "Nurul Iman"],
             "Musholla": ["Al-Falah", "Nurul Jannah", "Al-Hidayah"],
             "Gereja": ["GMIT Imanuel", "GPIB Bethel", "Katolik Santo Yosef", "GKI Eben Haezer", "HKBP Sion", "Pantekosta Filadelfia"],
             "Pura": ["Jagatnatha", "Dalem", "Puseh", "Desa"],
             "Pondok Pesantren": ["Darul Ulum", "Al-Khairaat", "Nurul Hikmah", "Raudhatul Jannah"],
             "Yayasan": ["Bina Insani", "Harapan Bangsa", "Kasih Ibu", "Mitra Sejahtera"],
             "Kelompok Tani": ["Sinar Tani", "Maju Bersama", "Tunas Harapan", "Subur Makmur"],
             "Karang Taruna": ["Tunas Muda", "Bhakti Pemuda", "Putra Harapan"],
             "Sanggar Seni": ["Lestari", "Cahaya Budaya", "Mekar Sari"],
             "Lembaga Adat": ["Dewan Adat", "Kerapatan Adat", "Majelis Adat"]}
    used = set()
    vals = []
    for i in range(n):
        k = rng.choice(sorted(kinds))
        nm = f"{k} {rng.choice(kinds[k])}"
        if k == "Lembaga Adat":
            nm = rng.choice(kinds[k]) + " " + rng.choice(["Kampung", "Nagari", "Desa", "Gampong"]) + " " + rng.choice(["Sukamaju", "Sidomulyo", "Tanjung"])
        if nm in used:
            nm += f" {rng.choice(['II', 'Baru', 'Indah'])}"
        used.add(nm)
        v = rng.randint(5, 250) * 10 ** rng.choice([6, 6, 5]) // 1000 * 1000
        while v in vals:
            v += 500000
        vals.append(v)
        total += v
        desa = rng.choice(["Kel. ", "Desa "]) + rng.choice(["Sukamaju", "Sidomulyo", "Tanjung", "Mekar Sari", "Suka Damai", "Karya Bakti", "Air Putih", "Bukit Raya"])
        rows.append([str(i + 1), nm, desa, f"{{{{rp:{v}|{rng.choice(['num', 'num_nodec'])}}}}}"])
    rows.append(["", "<b>JUMLAH</b>", "", f"<b>{{{{rp:{total}|num}}}}</b>"])
    return {"t": "table", "header": ["No.", "Nama Penerima", "Alamat", "Jumlah (Rp)"], "rows": rows,
            "widths": doc.widths([1.3, 5.6, 4.2, 4.4]), "align": ["center", "left", "left", "right"],
            "size": doc.spec_extra["small"] - 1}, total


def cost_table(doc):
    """Uraian / Satuan / Besaran rows of a cost standard; returns (table block, highest value)."""
    rng = doc.rng
    items = ["Uang harian perjalanan dinas dalam daerah", "Uang representasi", "Honorarium narasumber eselon II", "Honorarium narasumber eselon III",
             "Honorarium moderator", "Konsumsi rapat per orang", "Sewa kendaraan per hari", "Uang transport lokal", "Biaya penginapan per malam",
             "Honorarium panitia pelaksana", "Tarif retribusi kios per bulan", "Uang saku peserta"]
    rng.shuffle(items)
    rows, vals = [], set()
    for i, it in enumerate(items[:rng.randint(4, 8)]):
        v = rng.choice([50000, 75000, 100000, 150000, 250000, 300000, 350000, 400000, 500000, 750000, 900000, 1000000, 1250000, 1700000, 2000000])
        while v in vals:
            v += 25000
        vals.add(v)
        rows.append([str(i + 1), it, rng.choice(["OH", "OK", "Orang/Hari", "Orang/Jam", "Kali", "Bulan", "Malam"]),
                     f"{{{{rp:{v}|{rng.choice(['num', 'num_nodec', 'rp_nodec'])}}}}}"])
    return {"t": "table", "header": ["No.", "Uraian", "Satuan", "Besaran (Rp)"], "rows": rows,
            "widths": doc.widths([1.3, 7.8, 2.8, 3.6]), "align": ["center", "left", "center", "right"],
            "size": doc.spec_extra["small"] - 1}, max(vals)


def mengingat(doc, topics, n):
    rng = doc.rng
    iss = doc.iss
    items = []
    must = ()
    if iss["type"] in ("kpu", "bawaslu"):
        own = [r for r in refs.usable(doc.year, ["pemilu"]) if r.typ == ("PKPU" if iss["type"] == "kpu" else "PERBAWASLU")]
        if own:
            must = (rng.choice(own).key,)
    rs = doc.refs_for(topics, n, must=must)
    for r in rs:
        s = doc.cite(r)
        if r.typ in ("UU", "PP") and rng.random() < 0.35 and r.year and r.year >= 1970:
            s += " " + refs.lembaran(rng, r.year, tambahan=rng.random() < 0.7)
        if r.key == ("UU", "23", 2014) and doc.year >= 2015:
            if doc.year >= 2023:
                s += (" sebagaimana telah beberapa kali diubah, terakhir dengan {{ref:UU|6|2023|Undang-Undang Nomor 6 Tahun 2023}} "
                      "tentang Penetapan {{ref:PERPU|2|2022|Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022}} "
                      "tentang Cipta Kerja menjadi Undang-Undang")
            else:
                s += (" sebagaimana telah beberapa kali diubah, terakhir dengan {{ref:UU|9|2015|Undang-Undang Nomor 9 Tahun 2015}} "
                      "tentang Perubahan Kedua atas Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah")
        items.append(s)
    if iss.get("region") and rng.random() < 0.8:
        items.append(refs.cite_regional(rng, iss["region"], doc.year, rng.choice(["sotk", "apbd", "keu_perda"])))
        if rng.random() < 0.5:
            items.append(refs.cite_regional(rng, iss["region"], doc.year, rng.choice(["penjabaran", "hibah_perbup"])))
    return [x + (";" if i < len(items) - 1 else ";" if rng.random() < 0.5 else ".") for i, x in enumerate(items)]


def keputusan(doc):
    rng = doc.rng
    iss = doc.iss
    which, title, what, _ = decree_topic(doc)
    y = doc.year
    tahun_style = rng.random() < 0.4 or iss["type"] in ("desa", "dprd")
    if tahun_style:
        n = str(rng.randint(1, 400))
        own = f"{n} TAHUN {y}"
        num_line = f"NOMOR {{{{no:{own}}}}}"
    else:
        own = doc.own_number_decree()
        num_line = f"NOMOR {{{{no:{own}}}}}" if rng.random() < 0.6 else f"NOMOR : {{{{no:{own}}}}}"
    doc.numbers.append(own)
    head = iss["decree_head"]
    blocks = []
    if rng.random() < 0.25:
        blocks.append({"t": "p", "text": "<b>SALINAN</b>", "align": "right", "after": 2})
    blocks += common.kop_blocks(doc) if rng.random() < 0.6 else []
    blocks.append({"t": "center", "lines": [head, num_line], "after": 6})
    blocks.append({"t": "center", "lines": ["TENTANG", f"{{{{title:{title}}}}}"], "after": 8})
    if rng.random() < 0.7:
        blocks.append({"t": "center", "lines": ["DENGAN RAHMAT TUHAN YANG MAHA ESA"], "after": 8})
    by = head.replace("KEPUTUSAN ", "", 1)
    blocks.append({"t": "center", "lines": [by + ","], "after": 8})
    mention = doc.issuer_mention()
    men = [f"bahwa dalam rangka {rng.choice(['kelancaran pelaksanaan', 'efektivitas', 'tertib penyelenggaraan'])} {what.lower()} di lingkungan {mention}, "
           f"perlu {rng.choice(['membentuk', 'menetapkan', 'mengatur'])} {what.lower()};",
           f"bahwa {rng.choice(['nama-nama', 'pihak-pihak'])} yang tercantum dalam Lampiran Keputusan ini dipandang mampu dan memenuhi syarat;",
           f"bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Keputusan {title_case(by)} tentang {title_case(title)};"]
    if rng.random() < 0.4:
        men = [men[0], men[2].replace("huruf a dan huruf b", "huruf a")]
    blocks.append({"t": "dpart", "label": "Menimbang", "style": "a.", "items": men})
    by_topic = {"tim": ["pemda", "asn"], "panitia": ["pend", "asn"], "honor": ["keu"], "hibah": ["hibah", "keu"],
                "adhoc": ["pemilu"], "lokasi": ["pemda", "desa"] if iss.get("reg") and not iss["reg"]["city"] else ["pemda"]}[which]
    local = [t for t in iss["topics"] if t in ("kes", "pend", "polri", "tni", "jaksa", "adil", "pemilu", "desa", "arsip")]
    ming = mengingat(doc, by_topic + local[:1] + (["pemda"] if iss["type"] in ("pemda", "agency", "desa", "kecamatan", "dprd") else []),
                     rng.randint(3, 6))
    blocks.append({"t": "dpart", "label": "Mengingat", "style": "1.", "items": ming})
    if rng.random() < 0.4:
        cited_no = doc.other_number()
        cd = doc.before(5, 60)
        doc.spec_extra["dpart_labelw"] = 4.0
        blocks.append({"t": "dpart", "label": "Memperhatikan", "items": [
            f"Surat {rng.choice(['Kepala Bagian Hukum', 'Sekretaris', 'Ketua Panitia', 'Kepala Dinas'])} {{{{ref:LAINNYA|{cited_no}|{doc.ref_year(cited_no)}|Nomor {cited_no}}}}} "
            f"tanggal {doc.Dbody(cd)} perihal {rng.choice(['usulan penetapan', 'permohonan penetapan', 'hasil verifikasi'])} {what.lower()}."]})
    blocks.append({"t": "center", "lines": [rng.choice(["MEMUTUSKAN:", "MEMUTUSKAN :", "M E M U T U S K A N :"])], "after": 6, "before": 4})
    blocks.append({"t": "dpart", "label": "Menetapkan", "items": [f"KEPUTUSAN {by} TENTANG {title}."], "bold_text": rng.random() < 0.3})
    ords = ORD if doc.era != "1990s" or rng.random() < 0.5 else ORD_OLD
    diktum = []
    lamp_block = None
    total = None
    if which in ("tim", "panitia", "adhoc"):
        diktum.append(f"{rng.choice(['Membentuk', 'Mengangkat', 'Menetapkan'])} {what} dengan susunan keanggotaan sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan ini.")
        diktum.append(f"{what} sebagaimana dimaksud dalam Diktum {ords[0]} mempunyai tugas: menyusun rencana kerja, melaksanakan kegiatan, dan melaporkan hasil pelaksanaan tugas kepada {title_case(by)}.")
        lamp_block = members_table(doc, rng.randint(5, 12))
    elif which == "honor" and ("Standar" in what or "Narasumber" in what):
        diktum.append(f"Menetapkan {what} sebagaimana tercantum dalam Lampiran Keputusan ini.")
        lamp_block, top = cost_table(doc)
        diktum.append(f"Besaran sebagaimana dimaksud dalam Diktum {ords[0]} merupakan batas tertinggi, dengan nilai paling tinggi {doc.Rp(top)}.")
    elif which == "honor":
        vals = sorted({rng.choice([250000, 300000, 400000, 500000, 750000, 900000, 1000000, 1500000, 2000000]) for _ in range(3)})
        diktum.append(f"Menetapkan {what} sebagaimana tercantum dalam Lampiran Keputusan ini.")
        lamp_block = members_table(doc, rng.randint(4, 9), with_amount=vals)
        diktum.append(f"Besaran honorarium paling tinggi {doc.Rp(max(vals))} per orang per bulan.")
    elif which == "hibah":
        lamp_block, total = grantee_table(doc, rng.randint(4, 10))
        diktum.append(f"Menetapkan {what} dengan jumlah keseluruhan {doc.Rp(total)} sebagaimana tercantum dalam Lampiran Keputusan ini.")
        diktum.append("Penerima sebagaimana dimaksud dalam Diktum " + ords[0] + " wajib menandatangani Naskah Perjanjian Hibah Daerah dan menyampaikan laporan penggunaan dana.")
    else:
        diktum.append(f"Menetapkan {what} sebagaimana tercantum dalam Lampiran Keputusan ini.")
        rows = [[str(i + 1), f"{rng.choice(['Desa', 'Kelurahan'])} {rng.choice(['Sukamaju', 'Sidomulyo', 'Tanjung Harapan', 'Mekar Sari', 'Karya Bakti', 'Air Putih', 'Bukit Raya', 'Padang Luas', 'Teluk Betung'])} {i + 1}",
                 f"Kecamatan {rng.choice(['Kota', 'Barat', 'Timur', 'Utara', 'Selatan'])}"] for i in range(rng.randint(4, 10))]
        lamp_block = {"t": "table", "header": ["No", "Desa/Kelurahan", "Kecamatan"], "rows": rows, "widths": doc.widths([1.3, 7.0, 6.0]),
                      "align": ["center", "left", "left"]}
    regional_budget = iss["type"] in ("pemda", "agency", "rsud", "dprd", "kecamatan")
    budget = rng.choice(["Anggaran Pendapatan dan Belanja Daerah", "Dokumen Pelaksanaan Anggaran", "APBD"]) if regional_budget else \
        ("Anggaran Pendapatan dan Belanja Desa" if iss["type"] == "desa" else rng.choice(["DIPA", "Daftar Isian Pelaksanaan Anggaran", "anggaran"]))
    diktum.append(f"Segala biaya yang timbul akibat ditetapkannya Keputusan ini dibebankan pada {budget} Tahun Anggaran {y}.")
    until = dt.date(y, 12, 31)
    diktum.append(rng.choice([
        "Keputusan ini mulai berlaku pada tanggal ditetapkan.",
        f"Keputusan ini mulai berlaku pada tanggal ditetapkan sampai dengan tanggal {doc.Dbody(until)}.",
        "Keputusan ini mulai berlaku pada tanggal ditetapkan, dengan ketentuan apabila di kemudian hari terdapat kekeliruan akan diadakan perbaikan sebagaimana mestinya.",
    ]))
    for i, dk in enumerate(diktum):
        blocks.append({"t": "dpart", "label": ords[i], "items": [dk], "after": 4})
    pre = common.ditetapkan(doc)
    c = common.col(doc, iss["offices"]["head"], pre=pre, split=rng.random() < 0.3)
    if rng.random() < 0.5:
        c["pre_rule"] = True
    blocks.append(common.sign(doc, [c], keep_next=False))
    if rng.random() < 0.4:
        blocks += common.tembusan(doc, common.superiors(doc) + ["Yang bersangkutan untuk diketahui"])
    if rng.random() < 0.25 and iss.get("offices", {}).get("unit"):
        cert(doc, blocks)
    # lampiran
    blocks.append({"t": "pagebreak"})
    kw = head
    blocks += lampiran_header(doc, kw, own, title)
    heads = {"tim": [f"SUSUNAN KEANGGOTAAN {what.upper()}", f"SUSUNAN {what.upper()}"],
             "panitia": [f"SUSUNAN {what.upper()}", f"DAFTAR NAMA {what.upper()}"],
             "adhoc": [f"DAFTAR NAMA {what.upper()}", what.upper()],
             "honor": [f"DAFTAR {what.upper()}", what.upper()],
             "hibah": [f"DAFTAR {what.upper()}", f"{what.upper()} TAHUN ANGGARAN {doc.year}"],
             "lokasi": [f"DAFTAR {what.upper()}", what.upper()]}[which]
    blocks.append({"t": "center", "lines": [rng.choice(heads)], "after": 8})
    blocks.append(lamp_block)
    c2 = common.col(doc, iss["offices"]["head"], split=False)
    c2["pre"] = []
    blocks.append(common.sign(doc, [c2]))
    return blocks


def cert(doc, blocks):
    """'Salinan sesuai dengan aslinya' signed by the head of the legal section."""
    iss = doc.iss
    unit = iss["offices"].get("unit")
    if iss["type"] in ("pemda",):
        t = "KEPALA BAGIAN HUKUM"
        off = unit if unit and "HUKUM" in unit.title else None
    else:
        off = unit
        t = unit.title if unit else None
    if not off:
        return
    c = common.col(doc, off, title=t, pre=[doc.pick(["Salinan sesuai dengan aslinya", "Salinan sesuai dengan aslinya,", "SALINAN SESUAI DENGAN ASLINYA"])],
                   stamp=True, tte=False)
    c["pre_left"] = False
    blocks.append(common.sign(doc, [c], align="left", width_cm=7.5))


# ----------------------------------------------------------------------------- peraturan

def peraturan(doc):
    rng = doc.rng
    iss = doc.iss
    reg = iss["regl"]
    y = doc.year
    n = str(rng.randint(1, 90))
    own = f"{n} TAHUN {y}"
    doc.numbers.append(own)
    t = iss["type"]
    is_perda = t == "pemda" and iss.get("region") and rng.random() < 0.3
    if is_perda:
        rg = iss["region"]
        kindword = {"prov": "PROVINSI", "kab": "KABUPATEN", "kota": "KOTA"}[rg["kind"]]
        head = f"PERATURAN DAERAH {kindword} {rg['name'].upper()}"
        if rg.get("aceh"):
            head = "QANUN ACEH" if rg["kind"] == "prov" else f"QANUN {kindword} {rg['name'].upper()}"
        short = "Peraturan Daerah" if not rg.get("aceh") else "Qanun"
        gazette = f"LEMBARAN DAERAH {kindword} {rg['name'].upper()}"
    else:
        head, short, gazette = reg["head"], reg["short"], reg["gazette"]
    topics_ = {
        "pemda": ["Standar Biaya Umum", "Tata Cara Pemberian Hibah dan Bantuan Sosial", "Kedudukan, Susunan Organisasi, Tugas dan Fungsi serta Tata Kerja Perangkat Daerah",
                  "Pedoman Tata Naskah Dinas", "Jam Kerja Aparatur Sipil Negara", "Tambahan Penghasilan Pegawai Aparatur Sipil Negara",
                  "Pengelolaan Arsip Dinamis", "Retribusi Pelayanan Pasar", "Penyelenggaraan Kearsipan"],
        "univ": ["Pedoman Akademik", "Kode Etik Dosen", "Tata Cara Pemilihan Dekan", "Penyelenggaraan Program Magister"],
        "desa": ["Anggaran Pendapatan dan Belanja Desa Tahun Anggaran " + str(y), "Rencana Kerja Pemerintah Desa Tahun " + str(y + 1),
                 "Pungutan Desa", "Pengelolaan Aset Desa"],
        "ministry": ["Pedoman Tata Naskah Dinas", "Standar Pelayanan Minimal", "Pedoman Pengelolaan Barang Milik Negara"],
    }
    subj = rng.choice(topics_.get(t, topics_["pemda"]))
    title = subj.upper()
    by = head.replace("PERATURAN DAERAH", "").strip()
    head_title = iss["offices"]["head"].title
    blocks = []
    salinan = rng.random() < 0.5
    if salinan:
        blocks.append({"t": "p", "text": "<b>SALINAN</b>", "align": "right", "after": 2})
    if rng.random() < 0.5:
        blocks += common.kop_blocks(doc)
    else:
        prov_line = f"PROVINSI {iss['prov']['name'].upper()}" if t in ("pemda",) and iss.get("region", {}).get("kind") != "prov" else None
        lines = [iss["offices"]["head"].title.replace("Pj. ", "").replace("Plt. ", "")]
        if prov_line:
            lines.append(prov_line)
        blocks.append({"t": "center", "lines": lines, "after": 10})
    blocks.append({"t": "center", "lines": [head, f"NOMOR {{{{no:{own}}}}}"], "after": 6})
    blocks.append({"t": "center", "lines": ["TENTANG", f"{{{{title:{title}}}}}"], "after": 8})
    blocks.append({"t": "center", "lines": ["DENGAN RAHMAT TUHAN YANG MAHA ESA"], "after": 8})
    signer = iss["offices"]["head"]
    blocks.append({"t": "center", "lines": [signer.title.replace("Pj. ", "").replace("Plt. ", "") + ","], "after": 8})
    mention = doc.issuer_mention()
    men = [f"bahwa untuk {rng.choice(['menjamin kepastian hukum', 'tertib administrasi', 'meningkatkan kualitas pelayanan'])} dalam {subj.lower()} di {mention}, "
           f"perlu pengaturan yang jelas;",
           f"bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan {title_case(head)} tentang {subj};"]
    if is_perda:
        men.insert(1, f"bahwa {subj.lower()} merupakan urusan pemerintahan yang menjadi kewenangan daerah;")
        men[-1] = men[-1].replace("huruf a,", "huruf a dan huruf b,")
    blocks.append({"t": "dpart", "label": "Menimbang", "style": "a.", "items": men})
    ming = mengingat(doc, iss["topics"] + ["pemda"], rng.randint(3, 6))
    blocks.append({"t": "dpart", "label": "Mengingat", "style": "1.", "items": ming})
    if is_perda:
        blocks.append({"t": "center", "lines": ["Dengan Persetujuan Bersama",
                                                f"DEWAN PERWAKILAN RAKYAT DAERAH {head.split(' ', 3)[-1] if 'QANUN' not in head else iss['label']}",
                                                "dan", signer.title.replace("Pj. ", "").replace("Plt. ", "")], "after": 8, "bold": True})
    blocks.append({"t": "center", "lines": ["MEMUTUSKAN:"], "after": 6})
    blocks.append({"t": "dpart", "label": "Menetapkan", "items": [f"{head.split(' NOMOR')[0] if 'DAERAH' not in head else 'PERATURAN DAERAH'} TENTANG {title}."]})
    # BAB / Pasal
    pas = 1
    bab_titles = ["KETENTUAN UMUM", "MAKSUD DAN TUJUAN", "RUANG LINGKUP", "PELAKSANAAN", "PEMBIAYAAN", "KETENTUAN PENUTUP"]
    middle = bab_titles[1:5]
    rng.shuffle(middle)
    nbab = rng.randint(3, 6)
    chosen = [bab_titles[0]] + middle[:nbab - 2] + ["KETENTUAN PENUTUP"]
    romans = ["I", "II", "III", "IV", "V", "VI", "VII"]
    region_name = iss["label"].title().replace("Ii", "II")
    for bi, bt in enumerate(chosen):
        blocks.append({"t": "pasal", "lines": [f"BAB {romans[bi]}", bt], "after": 4, "before": 6})
        if bt == "KETENTUAN UMUM":
            blocks.append({"t": "pasal", "lines": [f"Pasal {pas}"], "after": 2})
            pas += 1
            blocks.append({"t": "p", "text": f"Dalam {title_case(short)} ini yang dimaksud dengan:"})
            defs = [f"Daerah adalah {region_name}.", f"{title_case(signer.title.replace('Pj. ', '').replace('Plt. ', ''))} adalah kepala daerah yang memimpin pelaksanaan urusan pemerintahan.",
                    f"{subj} adalah {rng.choice(['rangkaian kegiat an', 'ketentuan'] if False else ['rangkaian kegiatan', 'ketentuan', 'pedoman'])} sebagaimana diatur dalam peraturan ini.",
                    "Aparatur Sipil Negara yang selanjutnya disingkat ASN adalah profesi bagi pegawai negeri sipil dan pegawai pemerintah dengan perjanjian kerja."]
            blocks.append({"t": "list", "items": defs[:rng.randint(2, 4)], "style": "1.", "hang": 0.7})
        elif bt == "KETENTUAN PENUTUP":
            blocks.append({"t": "pasal", "lines": [f"Pasal {pas}"], "after": 2})
            pas += 1
            blocks.append({"t": "p", "text": f"{title_case(short)} ini mulai berlaku pada tanggal diundangkan."})
            blocks.append({"t": "p", "text": f"Agar setiap orang mengetahuinya, memerintahkan pengundangan {title_case(short)} ini dengan penempatannya dalam "
                                             f"{title_case(gazette) if gazette else 'Berita Daerah'}."})
        else:
            for k in range(rng.randint(1, 2)):
                blocks.append({"t": "pasal", "lines": [f"Pasal {pas}"], "after": 2})
                pas += 1
                body = pasal_body(doc, bt, subj, k)
                if isinstance(body, list):
                    blocks.append({"t": "list", "items": body, "style": "(1)", "hang": 0.9})
                else:
                    blocks.append({"t": "p", "text": body})
    # signatures: ditetapkan, diundangkan
    pre = common.ditetapkan(doc, "Ditetapkan di")
    c = common.col(doc, signer, pre=pre, split=False)
    blocks.append(common.sign(doc, [c]))
    promul = doc.date + dt.timedelta(days=rng.choice([0, 0, 1, 2, 5]))
    if gazette and iss["type"] in ("pemda", "ministry", "desa"):
        sec = iss["offices"]["sec"]
        pre2 = [f"Diundangkan di {doc.town()}", f"pada tanggal {doc.D(promul)}"]
        if iss["type"] == "ministry":
            sec_t = "DIREKTUR JENDERAL PERATURAN PERUNDANG-UNDANGAN KEMENTERIAN HUKUM DAN HAK ASASI MANUSIA REPUBLIK INDONESIA"
            off = common.bodies.Office(sec_t, names.make_person(rng, None, role="senior", year=y), [], "asn")
        elif iss["type"] == "desa":
            off, sec_t = sec, sec.title
        else:
            off = sec
            sec_t = sec.title if "PROVINSI" in sec.title or "KABUPATEN" in sec.title or "KOTA" in sec.title else f"{sec.title} {iss['label']}"
        c2 = common.col(doc, off, title=sec_t, pre=pre2, split=True)
        blocks.append(common.sign(doc, [c2], align="left", keep_next=True))
        gnum = rng.randint(1, 90)
        gline = f"{gazette} TAHUN {y} NOMOR {gnum}"
        blocks.append({"t": "p", "text": f"<b>{gline}</b>", "align": "left", "before": 8})
        if is_perda and rng.random() < 0.5:
            blocks.append({"t": "p", "text": f"NOREG {head.split(' NOMOR')[0]}, PROVINSI {iss['prov']['name'].upper()}: ({gnum}-{rng.randint(10, 300)}/{y})",
                           "align": "left", "size": doc.spec_extra["small"]})
    if salinan and iss["offices"].get("unit"):
        cert(doc, blocks)
    if rng.random() < 0.3 and ("Biaya" in subj or "Penghasilan" in subj or "Anggaran" in subj or "Retribusi" in subj):
        blocks.append({"t": "pagebreak"})
        blocks += lampiran_header(doc, head, own, title)
        rows, vals = [], set()
        items = ["Uang harian perjalanan dinas dalam daerah", "Uang representasi", "Honorarium narasumber", "Biaya rapat per orang",
                 "Sewa kendaraan per hari", "Konsumsi rapat per orang", "Tarif retribusi kios per bulan", "Belanja pegawai", "Belanja barang dan jasa"]
        rng.shuffle(items)
        for i, it in enumerate(items[:rng.randint(4, 7)]):
            v = rng.choice([150000, 250000, 300000, 350000, 400000, 500000, 750000, 900000, 1000000, 1250000, 2000000, 3500000])
            if v in vals:
                v += 25000
            vals.add(v)
            rows.append([str(i + 1), it, rng.choice(["OH", "OK", "Orang/Hari", "Kali", "Bulan"]), f"{{{{rp:{v}|{rng.choice(['num', 'num_nodec', 'rp_nodec'])}}}}}"])
        blocks.append({"t": "table", "header": ["No.", "Uraian", "Satuan", "Besaran (Rp)"], "rows": rows,
                       "widths": doc.widths([1.3, 7.8, 2.8, 3.6]), "align": ["center", "left", "center", "right"]})
        c3 = common.col(doc, signer, split=False)
        blocks.append(common.sign(doc, [c3]))
    return blocks


def pasal_body(doc, bab, subj, k=0):
    rng = doc.rng
    s = subj[0].lower() + subj[1:]
    if bab == "MAKSUD DAN TUJUAN":
        if k:
            return "Peraturan ini bertujuan mewujudkan kepastian hukum, keseragaman, dan ketertiban dalam pelaksanaannya."
        return [f"Maksud ditetapkannya peraturan ini adalah sebagai pedoman dalam {s}.",
                "Tujuan ditetapkannya peraturan ini adalah terwujudnya tertib administrasi, transparansi, dan akuntabilitas."]
    if bab == "RUANG LINGKUP":
        if k:
            return ["Ketentuan dalam peraturan ini berlaku bagi seluruh perangkat daerah dan unit kerja.",
                    "Ketentuan sebagaimana dimaksud pada ayat (1) berlaku pula bagi pihak lain yang terkait."]
        return f"Ruang lingkup peraturan ini meliputi perencanaan, pelaksanaan, pengawasan, serta pelaporan {s}."
    if bab == "PEMBIAYAAN" and k:
        return "Pengelolaan biaya dilaksanakan secara tertib, efisien, efektif, transparan, dan bertanggung jawab."
    if bab == "PELAKSANAAN" and k:
        return [f"Kepala perangkat daerah melakukan pembinaan dan pengawasan atas pelaksanaan {s}.",
                "Hasil pembinaan dan pengawasan dilaporkan secara berkala setiap 6 (enam) bulan."]
    if bab == "PEMBIAYAAN":
        if rng.random() < 0.5:
            v = rng.randint(50, 900) * 10 ** 6
            return [f"Biaya pelaksanaan {subj.lower()} dibebankan pada Anggaran Pendapatan dan Belanja Daerah.",
                    f"Besaran alokasi sebagaimana dimaksud pada ayat (1) untuk tahun pertama paling banyak {doc.Rp(v)}."]
        return "Segala biaya yang diperlukan untuk pelaksanaan peraturan ini dibebankan pada anggaran yang sah dan tidak mengikat."
    d = doc.plus(rng.randint(30, 200))
    return [f"Pelaksanaan {subj.lower()} dilakukan oleh perangkat daerah yang membidangi urusan terkait.",
            f"Penyesuaian terhadap ketentuan dalam peraturan ini dilaksanakan paling lambat tanggal {doc.Dbody(d)}."]
