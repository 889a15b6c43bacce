"""Berita acara: serah terima, rapat pleno, pemeriksaan pekerjaan, penyerahan hibah,
musyawarah desa, pemusnahan arsip, klarifikasi."""
import datetime as dt

from .. import bodies, common, names
from ..common import title_case
from . import agreements as ag


def berita_acara(doc):
    rng = doc.rng
    iss = doc.iss
    t = iss["type"]
    y = doc.year
    opts = ["serah", "periksa", "arsip"]
    if t == "kpu":
        opts = ["pleno", "pleno", "serah"]
    elif t == "bawaslu":
        opts = ["klarifikasi", "pleno"]
    elif t in ("desa",):
        opts = ["musdes", "musdes", "serah"]
    elif t in ("pemda", "agency"):
        opts += ["hibah", "hibah", "periksa"]
    which = rng.choice(opts)
    own = doc.own_number
    blocks = common.kop_blocks(doc)
    titles = {
        "serah": ("SERAH TERIMA BARANG MILIK DAERAH", "Serah Terima"),
        "periksa": ("PEMERIKSAAN HASIL PEKERJAAN", "Pemeriksaan"),
        "arsip": ("PEMUSNAHAN ARSIP", "Pemusnahan Arsip"),
        "pleno": ("RAPAT PLENO TERBUKA REKAPITULASI DAFTAR PEMILIH", "Rapat Pleno"),
        "klarifikasi": ("KLARIFIKASI DUGAAN PELANGGARAN", "Klarifikasi"),
        "musdes": (f"MUSYAWARAH {iss.get('vword', 'DESA')} PENETAPAN RENCANA KERJA PEMERINTAH {iss.get('vword', 'DESA')} TAHUN {y + 1}", "Musyawarah"),
        "hibah": ("PENYERAHAN DANA HIBAH", "Penyerahan"),
    }
    title, short = titles[which]
    if which == "serah" and rng.random() < 0.4:
        title = rng.choice(["SERAH TERIMA JABATAN", "SERAH TERIMA ASET", "SERAH TERIMA KENDARAAN DINAS"])
    doc.numbers.append(own)
    blocks.append({"t": "center", "lines": ["BERITA ACARA", rng.choice([f"NOMOR : {{{{no:{own}}}}}", f"Nomor: {{{{no:{own}}}}}", f"NOMOR {{{{no:{own}}}}}"]),
                                            "TENTANG", f"{{{{title:{title}}}}}"], "after": 10})
    day, words_i = doc.Dwords(doc.date, issue=True)
    venue = f"{rng.choice(['Aula', 'Ruang Rapat', 'Kantor'])} {iss['party']}"
    op = rng.choice([
        f"Pada hari ini {day} tanggal {words_i}, bertempat di {venue}, {{{{place:{iss['town']}}}}}, ",
        f"Pada hari ini {{{{dayname:{doc.date.isoformat()}}}}} tanggal {doc.D(doc.date, 'long' if doc.era != '1990s' else 'long_old', issue=True)}, "
        f"bertempat di {venue}, {{{{place:{iss['town']}}}}}, ",
    ])
    rows_sign = None
    if which in ("serah", "hibah"):
        giver = iss["offices"]["head"] if rng.random() < 0.5 else iss["offices"]["sec"]
        if which == "hibah" and iss.get("reg"):
            recv_iss = ag.org(rng, y, iss["reg"], rng.choice(["koni", "pmi", "pramuka", "fkub"]))
        else:
            recv_iss = dict(iss)
            recv_iss["offices"] = {"head": iss["offices"]["unit"]}
        receiver = recv_iss["offices"]["head"]
        blocks.append({"t": "p", "text": op + "kami yang bertanda tangan di bawah ini:"})
        st = ag.intro_style(doc)
        blocks += ag.party_intro(doc, iss, giver, "PIHAK PERTAMA", 0, st)
        blocks += ag.party_intro(doc, recv_iss, receiver, "PIHAK KEDUA", 1, st)
        if recv_iss["party"] != iss["party"]:
            doc.parties = [iss["party"], recv_iss["party"]]
        if which == "hibah":
            v = rng.randint(5, 900) * 10 ** 6
            nno = doc.other_number()
            blocks.append({"t": "p", "text": f"PIHAK PERTAMA menyerahkan kepada PIHAK KEDUA dana hibah sebesar {doc.Rp(v, words=True)} sesuai "
                                             f"Naskah Perjanjian Hibah Daerah {{{{ref:LAINNYA|{nno}|{doc.ref_year(nno)}|Nomor {nno}}}}} "
                                             f"tanggal {doc.Dbody(doc.before(5, 40))}, dan PIHAK KEDUA menyatakan telah menerima dana tersebut dalam keadaan lengkap."})
        else:
            blocks.append({"t": "p", "text": "PIHAK PERTAMA menyerahkan kepada PIHAK KEDUA, dan PIHAK KEDUA menyatakan telah menerima dari PIHAK PERTAMA, barang sebagai berikut:"})
            blocks.append(items_table(doc))
        blocks.append({"t": "p", "text": rng.choice(["Demikian Berita Acara ini dibuat dengan sebenarnya dalam rangkap 2 (dua) untuk dipergunakan sebagaimana mestinya.",
                                                     "Berita Acara ini dibuat untuk dapat dipergunakan sebagaimana mestinya."])})
        a = _col(doc, iss, giver, rng.choice(["PIHAK PERTAMA,", "Yang Menyerahkan,", "YANG MENYERAHKAN"]))
        b = _col(doc, recv_iss, receiver, rng.choice(["PIHAK KEDUA,", "Yang Menerima,", "YANG MENERIMA"]))
        rows_sign = [[b, a] if rng.random() < 0.4 else [a, b]]
        if rng.random() < 0.35 and iss.get("reg"):
            ack = bodies.pemda_head(rng, y, iss["reg"])
            rows_sign.append(ag.acknowledger(doc, ack))
    elif which == "periksa":
        contract = doc.other_number()
        cd = doc.before(60, 200)
        v = rng.randint(100, 9000) * 10 ** 6 + rng.randint(0, 999) * 1000
        work = rng.choice(["Rehabilitasi Gedung Kantor", "Pembangunan Jalan Usaha Tani", "Pengadaan Komputer dan Printer",
                           "Pembangunan Drainase Lingkungan", "Pengadaan Mebeler Sekolah"])
        company = f"{rng.choice(['CV', 'PT'])} {rng.choice(['Karya Mandiri', 'Sinar Abadi', 'Mitra Utama', 'Bumi Lestari', 'Cahaya Timur', 'Putra Jaya'])}"
        blocks.append({"t": "p", "text": op + f"kami Panitia/Pejabat Pemeriksa Hasil Pekerjaan yang ditetapkan oleh {doc.issuer_mention()}, "
                                              f"telah melakukan pemeriksaan atas pekerjaan {work} yang dilaksanakan oleh {company} berdasarkan "
                                              f"Surat Perjanjian (Kontrak) {{{{ref:LAINNYA|{contract}|{doc.ref_year(contract)}|Nomor {contract}}}}} "
                                              f"tanggal {doc.Dbody(cd)} dengan nilai kontrak {doc.Rp(v, words=rng.random() < 0.5)}."})
        blocks.append({"t": "p", "text": "Berdasarkan hasil pemeriksaan tersebut, pekerjaan dinyatakan:"})
        blocks.append({"t": "list", "items": ["telah selesai 100% (seratus persen) sesuai dengan spesifikasi teknis;",
                                              "dapat diterima dengan baik untuk selanjutnya diserahterimakan."], "style": "a.", "hang": 0.7})
        blocks.append({"t": "p", "text": "Demikian Berita Acara ini dibuat untuk dipergunakan sebagaimana mestinya."})
        members = [bodies.asn_office(rng, rng.choice(["Ketua", "Sekretaris", "Anggota"]), iss["prov"]["key"], y, senior=False) for _ in range(3)]
        rows = [[str(i + 1), m.person.written(), ["Ketua", "Sekretaris", "Anggota"][i], ""] for i, m in enumerate(members)]
        blocks.append({"t": "center", "lines": ["PANITIA PEMERIKSA HASIL PEKERJAAN"], "after": 4})
        blocks.append({"t": "table", "header": ["No", "Nama", "Jabatan", "Tanda Tangan"], "rows": rows, "widths": doc.widths([1.25, 6.8, 3.6, 4.0]),
                       "align": ["center", "left", "left", "left"]})
        head = iss["offices"]["head"]
        rows_sign = [[_col(doc, iss, head, rng.choice(["Mengetahui,", "Mengetahui/Menyetujui,"]))]]
    elif which == "arsip":
        n = rng.randint(40, 900)
        ar = doc.refs_for(['arsip'], 1)
        blocks.append({"t": "p", "text": op + f"telah dilaksanakan pemusnahan arsip di lingkungan {doc.issuer_mention()} sebanyak {n} berkas "
                                              f"yang telah melewati jangka waktu simpan, berdasarkan {doc.cite(ar[0]) if ar else 'ketentuan yang berlaku'}."})
        blocks.append({"t": "p", "text": f"Pemusnahan dilakukan dengan cara {rng.choice(['pencacahan', 'pembakaran', 'penghancuran dengan mesin'])} dan disaksikan oleh pejabat yang berwenang."})
        blocks.append({"t": "p", "text": "Demikian Berita Acara ini dibuat dengan sebenarnya."})
        w = iss["offices"]["sec"]
        rows_sign = [[_col(doc, iss, w, "Yang Melaksanakan,"), _col(doc, iss, iss["offices"]["head"], "Yang Menyaksikan,")]]
    elif which == "pleno":
        basis = ""
        pk = [r for r in doc.refs_for(["pemilu"], 3) if r.typ in ("PKPU", "UU")]
        if pk:
            basis = f"berdasarkan {doc.cite(pk[0])}, "
        blocks.append({"t": "p", "text": op + f"{basis}{doc.issuer_mention()} telah melaksanakan {title.title().replace('Kpu', 'KPU')} yang dihadiri oleh "
                                              f"anggota, sekretaris, {'Bawaslu' if doc.year >= 2018 else 'Panwaslu'}, dan perwakilan peserta pemilihan."})
        base = iss["reg"]["name"].split()[0] if iss.get("reg") else "Kota"
        pool = [f"{base} {d}" for d in ("Kota", "Barat", "Timur", "Utara", "Selatan", "Tengah", "Pesisir", "Hulu", "Hilir")] + \
            ["Sukamaju", "Sidomulyo", "Tanjung Harapan", "Mekar Sari", "Batu Ampar", "Air Putih", "Lembah Hijau", "Rantau Panjang"]
        rng.shuffle(pool)
        kecs = pool[:rng.randint(4, 8)]
        rows, tl, tp = [], 0, 0
        for i, k in enumerate(kecs):
            l_ = rng.randint(3000, 40000)
            p_ = l_ + rng.randint(-800, 800)
            tl, tp = tl + l_, tp + p_
            rows.append([str(i + 1), f"Kecamatan {k}", f"{l_:,}".replace(",", "."), f"{p_:,}".replace(",", "."), f"{l_ + p_:,}".replace(",", ".")])
        rows.append(["", "JUMLAH", f"{tl:,}".replace(",", "."), f"{tp:,}".replace(",", "."), f"{tl + tp:,}".replace(",", ".")])
        blocks.append({"t": "table", "header": ["No", "Kecamatan", "Laki-laki", "Perempuan", "Jumlah"], "rows": rows,
                       "widths": doc.widths([1.25, 5.2, 3.0, 3.0, 3.0]), "align": ["center", "left", "right", "right", "right"], "bold_last": True})
        blocks.append({"t": "p", "text": "Demikian Berita Acara ini dibuat untuk dipergunakan sebagaimana mestinya."})
        offs = iss["offices"]
        members = [offs["head"], offs["unit"]]
        if rng.random() < 0.5:
            rows_sign = [[_col(doc, iss, offs["unit"], None), _col(doc, iss, offs["head"], None)]]
        else:
            rows_sign = [[_col(doc, iss, offs["head"], None)]]
    elif which == "klarifikasi":
        who = names.make_person(rng, iss["prov"]["key"], role="asn", year=y)
        pb = [r for r in doc.refs_for(["pemilu"], 3) if r.typ in ("PERBAWASLU", "UU")]
        basis = f" sesuai dengan {doc.cite(pb[0])}" if pb else ""
        blocks.append({"t": "p", "text": op + f"telah dilakukan klarifikasi oleh {doc.issuer_mention()}{basis} terhadap Saudara {who.written()} "
                                              f"sehubungan dengan laporan yang diterima pada tanggal {doc.Dbody(doc.before(2, 14))}."})
        blocks.append({"t": "p", "text": "Hasil klarifikasi dituangkan dalam risalah yang merupakan bagian tidak terpisahkan dari Berita Acara ini."})
        blocks.append({"t": "p", "text": "Demikian Berita Acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya."})
        rows_sign = [[_col(doc, iss, iss["offices"]["unit"], "Yang Melakukan Klarifikasi,"), _col(doc, iss, iss["offices"]["head"], "Mengetahui,")]]
    else:  # musdes
        v1 = rng.randint(600, 3500) * 10 ** 6
        v2 = rng.randint(200, 1200) * 10 ** 6
        blocks.append({"t": "p", "text": op + f"telah dilaksanakan Musyawarah {iss.get('vword', 'Desa').title()} yang diselenggarakan oleh Badan Permusyawaratan Desa "
                                              f"dan dihadiri oleh unsur {doc.issuer_mention()}, tokoh masyarakat, tokoh agama, dan perwakilan kelompok perempuan."})
        blocks.append({"t": "p", "text": "Musyawarah menyepakati hal-hal sebagai berikut:"})
        blocks.append({"t": "list", "items": [f"pagu indikatif Dana Desa sebesar {doc.Rp(v1, words=False)};",
                                              f"alokasi pembangunan infrastruktur sebesar {doc.Rp(v2, words=False)};",
                                              "daftar usulan kegiatan sebagaimana terlampir."], "style": "1.", "hang": 0.7})
        blocks.append({"t": "p", "text": "Demikian Berita Acara ini dibuat dengan sebenarnya."})
        bpd = bodies.Office(f"KETUA BPD {iss.get('village', '').upper()}".strip(), names.make_person(rng, iss["prov"]["key"], role="village", year=y), [], "village")
        rows_sign = [[_col(doc, iss, bpd, None, stamp=False), _col(doc, iss, iss["offices"]["head"], None)]]
    if False:
        blocks.append({"t": "p", "text": common.place_date(doc), "align": "right", "before": 6})
    for row in rows_sign:
        blocks.append(common.sign(doc, row))
    if which in ("musdes", "pleno", "periksa", "arsip") and rng.random() < 0.45:
        blocks += attendance(doc)
    return blocks


def attendance(doc):
    """'DAFTAR HADIR' on a page of its own: who attended, with a column left for signatures."""
    rng = doc.rng
    rows = []
    roles = ["Kepala Bidang", "Kepala Seksi", "Ketua RT 01", "Ketua RW 03", "Tokoh Masyarakat", "Tokoh Agama", "Ketua PKK",
             "Anggota BPD", "Perwakilan Partai Politik", "Staf Sekretariat", "Bhabinkamtibmas", "Babinsa", "Pendamping Desa"]
    for i in range(rng.randint(6, 14)):
        p = names.make_person(rng, doc.iss["prov"]["key"], role="asn", year=doc.year)
        rows.append([f"{i + 1}.", p.written(), rng.choice(roles), f"{i + 1}." if rng.random() < 0.5 else ""])
    out = [{"t": "pagebreak"}, {"t": "center", "lines": ["DAFTAR HADIR"], "after": 2}]
    out.append({"t": "p", "text": f"{{{{dayname:{doc.date.isoformat()}}}}}, {doc.D(doc.date, 'long' if doc.era != '1990s' else 'long_old')}",
                "align": "center", "after": 8})
    out.append({"t": "table", "header": ["No.", "Nama", "Jabatan/Unsur", "Tanda Tangan"], "rows": rows,
                "widths": doc.widths([1.3, 6.2, 4.8, 3.6]), "align": ["center", "left", "left", "left"],
                "size": doc.spec_extra["small"] - 1})
    return out


def _col(doc, iss, office, role, stamp=True):
    saved = doc.iss
    doc.iss = iss
    c = common.col(doc, office, role=role, stamp=stamp, split=doc.chance(0.4))
    doc.iss = saved
    return c


def items_table(doc):
    rng = doc.rng
    items = ["Laptop", "Printer", "Meja Kerja", "Kursi Lipat", "Lemari Arsip", "Proyektor", "Kendaraan Roda Dua", "AC Split",
             "Genset", "Tenda Pleton", "Kamera Digital", "Scanner Dokumen"]
    rng.shuffle(items)
    rows, vals, total = [], set(), 0
    money = rng.random() < 0.7
    for i, it in enumerate(items[:rng.randint(3, 7)]):
        q = rng.randint(1, 12)
        unit = rng.randint(2, 250) * 100000
        while q * unit in vals:
            unit += 50000
        vals.add(q * unit)
        total += q * unit
        row = [str(i + 1), it, f"{q} {rng.choice(['unit', 'buah', 'set'])}", rng.choice(["Baik", "Baik", "Baru"])]
        if money:
            row.append(f"{{{{rp:{q * unit}|{rng.choice(['num', 'num_nodec'])}}}}}")
        rows.append(row)
    header = ["No", "Nama Barang", "Jumlah", "Kondisi"] + (["Nilai (Rp)"] if money else [])
    widths = [1.3, 5.2, 2.6, 2.4] + ([4.2] if money else [])
    if money and rng.random() < 0.6:
        rows.append(["", "Jumlah", "", "", f"{{{{rp:{total}|num}}}}"])
    return {"t": "table", "header": header, "rows": rows, "widths": doc.widths(widths),
            "align": ["center", "left", "center", "center", "right"], "bold_last": money}
