"""Surat dinas, undangan, nota dinas and surat edaran."""
import datetime as dt

from .. import common, places
from ..common import title_case
from . import letterparts as lp


# ============================================================================ topics of letters

def _bupati_of(doc):
    from ..bodies import head_title
    reg = doc.iss.get("reg")
    return title_case(head_title(reg, doc.year)) if reg else "Gubernur"


def letter_topic(doc):
    """(hal, paragraphs, points, extra blocks, copies) of an ordinary official letter."""
    t = doc.iss["type"]
    rng = doc.rng
    y = doc.year
    opts = ["data", "laporan", "narasumber", "pencairan", "pegawai", "pengamanan", "klarifikasi", "pinjam"]
    if t in ("kpu", "bawaslu"):
        opts += ["pengamanan", "pengamanan", "data"]
    if t in ("agency", "pemda"):
        opts += ["pencairan", "laporan", "pegawai"]
    which = rng.choice(opts)
    paras, points, extra = [], [], []
    ref_letter_no = None
    if which == "data":
        subj = rng.choice(["Data Aparatur Sipil Negara", "Data Sarana dan Prasarana", "Data Penduduk Potensial Pemilih",
                           "Data Realisasi Anggaran", "Data Tenaga Kesehatan", "Data Aset Tetap", "Data Lokasi Rawan Bencana"])
        hal = f"Permohonan {subj}"
        d = doc.workday(5, 20)
        paras.append(rng.choice([
            f"Dalam rangka penyusunan {rng.choice(['laporan kinerja', 'rencana kerja', 'profil daerah', 'bahan evaluasi'])} Tahun {y}, "
            f"{doc.issuer_mention()} memerlukan {subj.lower()} dari instansi yang Saudara pimpin.",
            f"Sehubungan dengan pemutakhiran {subj.lower()} pada {doc.issuer_mention()}, bersama ini kami mohon bantuan Saudara "
            f"untuk menyampaikan data sebagaimana format terlampir.",
        ]))
        paras.append(rng.choice([
            f"Data dimaksud agar disampaikan paling lambat tanggal {doc.Dbody(d)} melalui surat elektronik atau diantar langsung ke "
            f"{rng.choice(['Sekretariat', 'Subbagian Umum', 'Bidang Program'])}.",
            f"Mengingat waktu yang terbatas, kami harapkan data tersebut dapat kami terima selambat-lambatnya pada "
            f"{doc.Dday(d)}.",
        ]))
    elif which == "laporan":
        period = rng.choice(["Triwulan I", "Triwulan II", "Triwulan III", "Semester I", "Tahun Anggaran " + str(y - 1)])
        noun = rng.choice([f"Laporan Realisasi Anggaran {period}", f"Laporan Kegiatan {period}", f"Laporan Pertanggungjawaban {period}"])
        hal = rng.choice([f"Penyampaian {noun}", noun])
        v1 = rng.randint(80, 9000) * 10 ** rng.choice([6, 5, 6])
        v2 = int(v1 * rng.uniform(0.55, 0.97)) // 1000 * 1000
        kr = doc.refs_for(['keu'], 1)
        paras.append(f"Memenuhi ketentuan {doc.cite(kr[0]) if kr else 'peraturan perundang-undangan yang berlaku'}, "
                     f"bersama ini kami sampaikan {noun[0].lower() + noun[1:]} pada {doc.issuer_mention()}.")
        pct = f"{v2 * 100 / v1:.2f}".replace(".", ",")
        paras.append(rng.choice([
            f"Dari pagu anggaran sebesar {doc.Rp(v1)}, telah direalisasikan sebesar {doc.Rp(v2, words=False)} "
            f"atau {pct}% sampai dengan tanggal {doc.Dbody(doc.before(1, 10))}.",
            f"Realisasi sampai dengan {doc.Dbody(doc.before(1, 10))} mencapai {doc.Rp(v2, words=False)} dari total pagu {doc.Rp(v1, words=False)}.",
            f"Dari total pagu {doc.Rshort(v1)}, realisasi per tanggal {doc.Dbody(doc.before(1, 10))} adalah {doc.Rp(v2, words=False)}.",
        ]))
    elif which == "narasumber":
        ev = rng.choice(["Bimbingan Teknis Penyusunan Laporan Keuangan", "Sosialisasi Pencegahan Korupsi",
                         "Rapat Koordinasi Penanganan Stunting", "Workshop Pengelolaan Arsip Dinamis",
                         "Pelatihan Pengadaan Barang/Jasa", "Forum Konsultasi Publik"])
        hal = f"Permohonan Narasumber {ev}"
        d = doc.workday(7, 30)
        paras.append(f"Dalam rangka pelaksanaan kegiatan {ev}, {doc.issuer_mention()} bermaksud mengundang Bapak/Ibu sebagai "
                     f"narasumber pada kegiatan dimaksud yang akan dilaksanakan pada:")
        extra.append(agenda_rows(doc, d, ev))
        paras.append(rng.choice(["Sehubungan dengan hal tersebut, kami mohon kesediaan Bapak/Ibu untuk menyampaikan materi.",
                                 "Konfirmasi kesediaan dapat disampaikan kepada panitia melalui nomor kontak yang tertera."]))
    elif which == "pencairan":
        grant = rng.randint(5, 900) * 10 ** rng.choice([6, 7, 8])
        hal = rng.choice(["Pemberitahuan Pencairan Dana", "Penyaluran Dana Bantuan Keuangan", "Permohonan Pencairan Dana Hibah Tahap II"])
        ref_letter_no = doc.other_number()
        cited_d = doc.before(5, 40)
        sender = doc.pick(["Surat Saudara", "Surat Ketua", "Surat Kepala Desa"])
        amount = doc.Rshort(grant) if rng.random() < 0.3 else doc.Rp(grant)
        cited = f"{{{{ref:LAINNYA|{ref_letter_no}|{doc.ref_year(ref_letter_no)}|Nomor {ref_letter_no}}}}} tanggal {doc.Dbody(cited_d)}"
        if hal.startswith("Permohonan"):
            paras.append(f"Berdasarkan Naskah Perjanjian Hibah Daerah {cited}, dengan ini {doc.issuer_mention()} mengajukan permohonan "
                         f"pencairan dana tahap II sebesar {amount}, dengan melampirkan laporan penggunaan dana tahap I.")
        else:
            paras.append(f"Menindaklanjuti {sender} {cited}, dengan ini kami sampaikan bahwa dana sebesar {amount} telah "
                         f"{rng.choice(['dapat dicairkan', 'ditransfer ke rekening penerima', 'diproses pencairannya'])}.")
        paras.append(rng.choice([
            "Selanjutnya penerima agar menyampaikan laporan penggunaan dana sesuai ketentuan peraturan perundang-undangan.",
            f"Pertanggungjawaban penggunaan dana agar disampaikan paling lambat tanggal {doc.Dbody(doc.plus(rng.randint(60, 120)))}.",
        ]))
    elif which == "pegawai":
        hal = rng.choice(["Usulan Kenaikan Pangkat", "Penyampaian Usulan Formasi", "Pemanggilan Pegawai", "Usulan Mutasi Pegawai",
                          "Penugasan Pegawai"])
        paras.append(f"Berdasarkan {doc.cite(doc.refs_for(['asn'], 1)[0])}, bersama ini kami sampaikan {hal.lower()} di lingkungan "
                     f"{doc.issuer_mention()} sebagaimana daftar berikut:")
        extra.append(staff_table(doc, rng.randint(2, 5)))
    elif which == "pengamanan":
        hal = rng.choice(["Permohonan Bantuan Pengamanan", "Permohonan Dukungan Pengamanan Tahapan Pemilihan",
                          "Permohonan Personel Pengamanan"])
        d = doc.workday(5, 25)
        ev = rng.choice(["Rapat Pleno Terbuka Rekapitulasi Hasil Penghitungan Suara", "Pengundian Nomor Urut Pasangan Calon",
                         "Distribusi Logistik Pemilihan", "Debat Publik Pasangan Calon", "Penetapan Pasangan Calon"])
        paras.append(f"Sehubungan dengan pelaksanaan {ev} yang akan diselenggarakan oleh {doc.issuer_mention()}, bersama ini "
                     f"kami mohon bantuan pengamanan pada:")
        extra.append(agenda_rows(doc, d, ev))
    elif which == "klarifikasi":
        hal = rng.choice(["Undangan Klarifikasi", "Permintaan Keterangan", "Pemanggilan untuk Klarifikasi"])
        d = doc.workday(3, 10)
        paras.append(f"Dalam rangka penanganan {rng.choice(['laporan masyarakat', 'temuan', 'dugaan pelanggaran'])} yang diterima "
                     f"{doc.issuer_mention()} pada tanggal {doc.Dbody(doc.before(3, 20))}, Saudara diminta hadir untuk memberikan keterangan pada:")
        extra.append(agenda_rows(doc, d, "Klarifikasi"))
    else:
        hal = rng.choice(["Permohonan Peminjaman Gedung", "Permohonan Izin Penggunaan Aula", "Peminjaman Kendaraan Dinas"])
        d = doc.workday(5, 25)
        paras.append(f"Dalam rangka kegiatan {rng.choice(['rapat kerja', 'pelantikan', 'pelatihan', 'bimbingan teknis'])} "
                     f"{doc.issuer_mention()}, kami mengajukan permohonan {hal.split(' ', 1)[1].lower()} untuk digunakan pada "
                     f"{doc.Dday(d)} sampai dengan {doc.Dday(d + dt.timedelta(days=rng.randint(1, 3)))}.")
    return hal, paras, points, extra


def agenda_rows(doc, d, acara):
    rng = doc.rng
    tz = doc.iss["zone"]
    h = rng.choice(["08.00", "08.30", "09.00", "09.30", "10.00", "13.30", "14.00", "19.30"])
    waktu = rng.choice([f"Pukul {h} {tz} s.d. selesai", f"{h} {tz} - selesai", f"Pukul {h} {tz}", f"{h} s.d. selesai"])
    if doc.iss["type"] in ("desa", "kecamatan"):
        place_word = doc.iss.get("vword", "Desa").title() if doc.iss["type"] == "desa" else doc.iss.get("dist_word", "Kecamatan").title()
        name = doc.iss.get("village") if doc.iss["type"] == "desa" else doc.iss.get("district")
        venue = rng.choice([f"Balai {place_word} {name}", f"Kantor {place_word} {name}", f"Aula Kantor {place_word} {name}",
                            f"Gedung Serbaguna {place_word} {name}"])
    else:
        venue = rng.choice([f"Aula {doc.venue()}", f"Ruang Rapat {doc.venue()}", f"Hotel {rng.choice(['Grand', 'Permata', 'Bintang', 'Santika', 'Swiss-Belinn', 'Aston'])} {doc.town()}",
                            f"Gedung Serbaguna {doc.town()}", f"Kantor {doc.venue()}, {doc.town()}"])
    rows = []
    if rng.random() < 0.55:
        rows.append((rng.choice(["Hari/Tanggal", "Hari / Tanggal", "Hari, tanggal"]), doc.Dday(d, ", ")))
    else:
        rows.append(("Hari", f"{{{{dayname:{d.isoformat()}}}}}"))
        rows.append(("Tanggal", doc.D(d, "long" if doc.era != "1990s" else "long_old")))
    rows.append((rng.choice(["Waktu", "Pukul", "Jam"]), waktu))
    rows.append((rng.choice(["Tempat", "Tempat", "Lokasi"]), venue))
    rows.append(("Acara", acara))
    if rng.random() < 0.35:
        rows.append(("Pakaian", rng.choice(["PDH Khaki", "Batik", "Bebas rapi", "PSH", "Kemeja putih lengan panjang"])))
    return {"t": "kv", "rows": rows, "keyw": rng.choice([3.0, 3.3, 3.6]), "left": rng.choice([0.8, 1.0, 1.25, 2.0]), "after": 8}


def staff_table(doc, n):
    from .. import names
    rng = doc.rng
    rows = []
    for i in range(n):
        p = names.make_person(rng, doc.iss["prov"]["key"], role="asn", year=doc.year)
        nipx = " ".join(names.nip(rng, doc.year, p.female, False))
        rank = rng.choice(names.ASN_RANKS[3:])
        rows.append([f"{i + 1}.", p.written(), nipx, f"{rank[0]} ({rank[1]})"])
    return {"t": "table", "header": ["No.", "Nama", "NIP", "Pangkat/Gol."], "rows": rows, "widths": doc.widths([1.3, 5.4, 4.6, 4.4]),
            "align": ["center", "left", "left", "left"], "size": doc.spec_extra["small"] - 1}


# ============================================================================ builders

def surat_dinas(doc):
    hal, paras, points, extra = letter_topic(doc)
    to = doc.pick(lp.recipients(doc, 1) + [doc.counterpart_title()])
    blocks = common.kop_blocks(doc)
    blocks += lp.letter_top(doc, hal, spaced=doc.chance(0.12))
    blocks += lp.addressee(doc, to)
    op = lp.opener(doc)
    if op:
        blocks.append({"t": "p", "text": op, "after": 4})
    ind = doc.pick([0, 0, 1.0, 1.25])
    left = doc.pick([0, 0, 1.2, 2.5]) if doc.chance(0.3) else 0
    if doc.chance(0.55 if doc.iss["type"] in ("kpu", "bawaslu") else 0.3) and not any("{{ref:" in p for p in paras):
        rs = doc.refs_for(doc.iss["topics"], 1)
        if rs:
            paras[0] = f"{doc.pick(['Berdasarkan', 'Sesuai dengan', 'Merujuk pada'])} {doc.cite(rs[0])}, " + paras[0][0].lower() + paras[0][1:]
    for p in paras:
        blocks.append({"t": "p", "text": p, "indent": ind, "left": left})
    blocks += extra
    blocks.append({"t": "p", "text": lp.closing(doc), "indent": ind, "left": left})
    blocks.append(signature_single(doc))
    if doc.chance(0.55):
        blocks += common.tembusan(doc, common.superiors(doc))
    return blocks


def signature_single(doc, pre=(), who=None):
    """The signer of a letter: the head, or on the head's behalf (a.n./u.b.), Plt./Plh."""
    offs = doc.iss["offices"]
    r = doc.rng.random()
    an = ub = None
    office = offs["head"]
    if r < 0.25 and "sec" in offs and doc.iss["type"] not in ("desa",):
        office, an = offs["sec"], doc.iss["an"]
        if doc.chance(0.2) and "unit" in offs and offs["unit"] is not offs["sec"]:
            office, ub = offs["unit"], offs["sec"].title
    if who:
        office = who
    c = common.col(doc, office, pre=pre, an=an, ub=ub, split=doc.chance(0.4))
    return common.sign(doc, [c])


def undangan(doc):
    rng = doc.rng
    t = doc.iss["type"]
    events = {
        "pemda": ["Rapat Koordinasi Percepatan Penurunan Stunting", "Rapat Evaluasi Realisasi APBD", "Musyawarah Perencanaan Pembangunan",
                  "Upacara Peringatan Hari Kesadaran Nasional", "Rapat Persiapan Peringatan Hari Jadi"],
        "agency": ["Sosialisasi Aplikasi Srikandi", "Bimbingan Teknis Penyusunan Rencana Kerja", "Rapat Koordinasi Lintas Sektor",
                   "Focus Group Discussion Penyusunan Rencana Strategis", "Rapat Verifikasi Usulan Kegiatan"],
        "kpu": ["Rapat Pleno Terbuka Rekapitulasi Daftar Pemilih Hasil Pemutakhiran", "Bimbingan Teknis Badan Ad Hoc",
                "Rapat Koordinasi Persiapan Pemungutan dan Penghitungan Suara", "Sosialisasi Tahapan Pencalonan"],
        "bawaslu": ["Rapat Koordinasi Pengawasan Tahapan Kampanye", "Sosialisasi Pengawasan Partisipatif",
                    "Apel Siaga Pengawasan Masa Tenang", "Rapat Evaluasi Pengawasan"],
        "dprd": ["Rapat Paripurna Penyampaian Nota Keuangan", "Rapat Paripurna Istimewa Hari Jadi", "Rapat Dengar Pendapat",
                 "Rapat Paripurna Penetapan Rancangan Peraturan Daerah"],
        "univ": ["Rapat Senat Universitas", "Wisuda Program Sarjana dan Pascasarjana", "Seminar Nasional", "Rapat Kerja Pimpinan"],
        "desa": ["Musyawarah Desa Penyusunan RKP Desa", "Musyawarah Desa Khusus Penetapan Penerima BLT", "Rapat Pembentukan Panitia Pemilihan",
                 "Kerja Bakti Bersama"],
    }
    pool = events.get(t) or events["agency"]
    ev = rng.choice(pool)
    if t == "kecamatan":
        ev = rng.choice(["Musyawarah Perencanaan Pembangunan Kecamatan", "Rapat Koordinasi Kecamatan", "Pembinaan Aparatur Desa"])
    hal = rng.choice(["Undangan", "Undangan", f"Undangan {ev}", "Undangan Rapat"])
    d = doc.workday(2, 14)
    blocks = common.kop_blocks(doc)
    to = rng.choice(lp.recipients(doc, 1) + ["Bapak/Ibu/Saudara (daftar terlampir)", "Daftar Terlampir"])
    blocks += lp.letter_top(doc, hal, spaced=doc.chance(0.1))
    blocks += lp.addressee(doc, to)
    op = lp.opener(doc)
    if op:
        blocks.append({"t": "p", "text": op, "after": 4})
    base = rng.choice([
        f"Dalam rangka {ev.lower()}, {doc.issuer_mention()} mengundang Bapak/Ibu/Saudara untuk hadir pada:",
        f"Sehubungan dengan akan dilaksanakannya {ev} oleh {doc.issuer_mention()}, dengan ini kami mengundang Saudara untuk menghadiri kegiatan tersebut yang akan dilaksanakan pada:",
        f"Bersama ini kami mengharapkan kehadiran Bapak/Ibu pada acara {ev} yang diselenggarakan oleh {doc.issuer_mention()}, pada:",
    ])
    ev_topics = [t for w, t in (("Stunting", "kes"), ("APBD", "keu"), ("Srikandi", "arsip"), ("Arsip", "arsip"), ("Pemilih", "pemilu"),
                                ("Pengawasan", "pemilu"), ("Ad Hoc", "pemilu"), ("Pencalonan", "pemilu"), ("Rencana", "keu"),
                                ("Musyawarah", "desa"), ("Paripurna", "pemda")) if w in ev]
    if ev_topics and rng.random() < 0.4:
        ref = doc.refs_for(ev_topics, 1)
        if ref:
            verb = "Menindaklanjuti" if ref[0].typ in ("SE", "LAINNYA") else doc.pick(["Berdasarkan", "Sesuai dengan", "Dalam rangka melaksanakan"])
            base = f"{verb} {doc.cite(ref[0])}, " + base[0].lower() + base[1:]
    ind = doc.pick([0, 1.0, 1.25])
    blocks.append({"t": "p", "text": base, "indent": ind})
    blocks.append(agenda_rows(doc, d, ev))
    if rng.random() < 0.4:
        blocks.append({"t": "p", "text": rng.choice([
            "Peserta diharapkan membawa laptop dan data pendukung.",
            f"Konfirmasi kehadiran paling lambat tanggal {doc.Dbody(d - dt.timedelta(days=1))}.",
            "Biaya perjalanan dinas peserta dibebankan pada anggaran instansi masing-masing.",
            "Acara ini tidak dapat diwakilkan.",
        ]), "indent": ind})
    blocks.append({"t": "p", "text": lp.closing(doc, "undangan"), "indent": ind})
    blocks.append(signature_single(doc))
    if rng.random() < 0.35:
        blocks += common.tembusan(doc, common.superiors(doc))
    if rng.random() < 0.3 and len(blocks) < 40:
        # list of invitees on a page of its own
        blocks.append({"t": "pagebreak"})
        blocks.append({"t": "p", "text": "Lampiran Undangan", "align": "left", "after": 0, "bold": True})
        blocks.append({"t": "kv", "rows": [("Nomor", doc.numbers[0]), ("Tanggal", doc.D(doc.date, issue=True))], "keyw": 2.2, "width": 8})
        invitees = lp.recipients(doc, rng.randint(4, 7)) + ["Tamu undangan"]
        rows = [[f"{i + 1}", x] for i, x in enumerate(invitees)]
        blocks.append({"t": "table", "header": ["No.", "Undangan"], "rows": rows, "widths": doc.widths([1.3, 13.0]),
                       "align": ["center", "left"]})
    return blocks


def nota_dinas(doc):
    rng = doc.rng
    offs = doc.iss["offices"]
    sender = offs.get("unit") or offs["sec"]
    if sender is offs["head"] or rng.random() < 0.3:
        sender = offs["sec"]
    to = offs["head"]
    hal = rng.choice(["Laporan Hasil Perjalanan Dinas", "Permohonan Persetujuan Pencairan Anggaran", "Telaahan Staf Rencana Kegiatan",
                      "Laporan Pelaksanaan Kegiatan", "Permohonan Disposisi Penerbitan Surat Keputusan",
                      "Penyampaian Hasil Rapat Koordinasi", "Permohonan Izin Pelaksanaan Kegiatan"])
    blocks = common.kop_blocks(doc)
    blocks.append({"t": "center", "lines": [rng.choice(["NOTA DINAS", "NOTA DINAS", "<u>NOTA DINAS</u>"])], "after": 10})
    num = doc.own_number
    doc.numbers.append(num)
    key_to = rng.choice(["Yth.", "Kepada", "Kepada Yth."])
    rows = [(key_to, doc.pos(to.title, False)), ("Dari", doc.pos(sender.title, False))]
    if rng.random() < 0.5:
        rows.append(("Tembusan", rng.choice(["-", doc.pos(offs["sec"].title, False) if sender is not offs["sec"] else "-"])))
    order = rng.random()
    rows_tail = [("Tanggal", doc.D(doc.date, issue=True)), ("Nomor", f"{{{{no:{num}}}}}"),
                 ("Sifat", rng.choice(["Biasa", "Segera", "Penting"])), ("Lampiran", rng.choice(["-", "1 (satu) berkas"])),
                 (rng.choice(["Hal", "Perihal"]), f"{{{{title:{hal}}}}}")]
    if order < 0.5:
        rows_tail = [rows_tail[1], rows_tail[0]] + rows_tail[2:]
    rows += rows_tail
    blocks.append({"t": "kv", "rows": rows, "keyw": rng.choice([2.4, 2.8, 3.0]), "after": 2})
    blocks.append({"t": "hr", "width": rng.choice([0.8, 1.2]), "after": 10})
    paras = []
    if "Perjalanan" in hal:
        d1 = doc.before(5, 20)
        d2 = d1 + dt.timedelta(days=rng.randint(1, 4))
        cost = rng.randint(15, 180) * 100000
        paras.append(f"Menindaklanjuti Surat Perintah Tugas yang Bapak/Ibu berikan, kami telah melaksanakan perjalanan dinas ke "
                     f"{rng.choice([p[1] for p in places.PROVINCES.values()])} pada tanggal {doc.Dbody(d1)} sampai dengan {doc.Dbody(d2)}.")
        paras.append(f"Biaya perjalanan dinas yang digunakan sebesar {doc.Rp(cost)} sesuai dengan bukti pengeluaran terlampir.")
    elif "Pencairan" in hal:
        v = rng.randint(20, 950) * 10 ** 6
        paras.append(f"Sehubungan dengan pelaksanaan kegiatan {rng.choice(['pemeliharaan kendaraan dinas', 'rapat koordinasi', 'pengadaan alat tulis kantor', 'belanja jasa tenaga pendukung'])}, "
                     f"kami mohon persetujuan Bapak/Ibu atas pencairan anggaran sebesar {doc.Rp(v)}.")
        paras.append(f"Anggaran tersebut tersedia pada Dokumen Pelaksanaan Anggaran Tahun {doc.year}.")
    else:
        d = doc.workday(2, 20)
        paras.append(rng.choice([
            f"Dalam rangka {hal.lower()}, bersama ini kami sampaikan bahwa kegiatan dimaksud direncanakan pada {doc.Dday(d)}.",
            f"Berkenaan dengan {hal.lower()}, kami laporkan bahwa rapat telah dilaksanakan pada tanggal {doc.Dbody(doc.before(1, 10))} "
            f"dengan hasil sebagaimana terlampir.",
        ]))
        ref = doc.refs_for(doc.iss["topics"], 1)
        if ref and rng.random() < 0.6:
            paras.append(f"Hal tersebut sesuai dengan {doc.cite(ref[0])}.")
    paras.append(lp.closing(doc, "nota"))
    for p in paras:
        blocks.append({"t": "p", "text": p, "indent": doc.pick([0, 1.0])})
    c = common.col(doc, sender, stamp=False, split=doc.chance(0.3))
    blocks.append(common.sign(doc, [c]))
    return blocks


# ---------------------------------------------------------------------------- surat edaran

def se_topic(doc):
    """(title, intro paragraphs, points) of a circular."""
    rng = doc.rng
    y = doc.year
    t = doc.iss["type"]
    mention = doc.issuer_mention
    opts = ["netral", "libur", "gratifikasi", "akhirtahun", "lhkpn", "dbd", "hut", "tte", "disiplin", "zakat"]
    if t == "kpu":
        opts = ["pemutakhiran", "netral_adhoc"]
    elif t == "bawaslu":
        opts = ["tenang", "netral"]
    elif t == "univ":
        opts = ["akademik", "ukt", "disiplin", "gratifikasi"]
    elif t in ("pn", "pa", "kejari", "polres", "kodim"):
        opts = ["gratifikasi", "disiplin", "libur", "netral"]
    elif t == "rsud":
        opts = ["besuk", "dbd", "disiplin", "gratifikasi"]
    elif t in ("desa", "kecamatan"):
        opts = ["hut", "dbd", "disiplin", "kerjabakti"]
    which = rng.choice(opts)
    if which in ("netral", "netral_adhoc", "tenang"):
        _, vote = election(doc)
        if (vote - doc.date).days > 540:  # no circular about an election years away
            which = {"netral": "disiplin", "netral_adhoc": "pemutakhiran", "tenang": "netral"}[which]
            if which == "netral":
                which = "disiplin"
    pts = []
    intro = []
    topics = ["asn"]
    if which in ("netral", "netral_adhoc"):
        ev, vote = election(doc)
        title = rng.choice([f"NETRALITAS APARATUR SIPIL NEGARA DALAM PENYELENGGARAAN {ev.upper()}",
                            f"MENJAGA NETRALITAS PEGAWAI PADA {ev.upper()}", f"Netralitas Pegawai dalam {ev}"])
        if which == "netral_adhoc":
            title = f"NETRALITAS ANGGOTA BADAN AD HOC PADA {ev.upper()}"
        intro.append(f"Dalam rangka menghadapi {ev} yang pemungutan suaranya akan dilaksanakan pada tanggal {doc.Dbody(vote)}, "
                     f"setiap pegawai di lingkungan {mention()} wajib menjaga netralitas dan tidak memihak kepada siapa pun.")
        pts = ["tidak memasang spanduk, baliho, atau alat peraga lainnya terkait bakal calon atau calon;",
               "tidak menghadiri deklarasi, kampanye, atau kegiatan yang mengarah pada keberpihakan;",
               "tidak mengunggah, menanggapi, atau menyebarluaskan gambar maupun pesan visi dan misi calon melalui media sosial;",
               "tidak melakukan foto bersama dengan calon dengan mengikuti simbol gerakan tangan yang menunjukkan keberpihakan;",
               "tidak menggunakan fasilitas negara untuk kepentingan calon tertentu;",
               "tidak membuat keputusan dan/atau tindakan yang menguntungkan atau merugikan salah satu calon."]
        rng.shuffle(pts)
        pts = pts[:rng.randint(3, 6)]
        topics = ["asn", "pemilu"]
    elif which == "libur":
        days = sorted({doc.plus(rng.randint(8, 40)) for _ in range(rng.randint(2, 3))})
        back = days[-1] + dt.timedelta(days=rng.randint(1, 3))
        hol = rng.choice(["Hari Raya Idul Fitri", "Hari Raya Natal dan Tahun Baru", "Hari Raya Nyepi", "Hari Raya Idul Adha", "Tahun Baru Imlek"])
        title = rng.choice([f"PELAKSANAAN CUTI BERSAMA {hol.upper()} TAHUN {y}", f"Hari Libur Nasional dan Cuti Bersama {hol} Tahun {y}",
                            f"JAM KERJA PEGAWAI SETELAH {hol.upper()}"])
        intro.append(f"Sehubungan dengan {hol} Tahun {y}, dengan ini disampaikan kepada seluruh pegawai di lingkungan {mention()} hal-hal sebagai berikut:")
        pts = [f"libur dan cuti bersama berlaku pada tanggal {', '.join(doc.Dbody(d) for d in days)};",
               f"pegawai wajib masuk kerja kembali pada {doc.Dday(back)} dan mengikuti apel pagi;",
               "unit kerja yang memberikan pelayanan kepada masyarakat mengatur jadwal piket sehingga pelayanan tetap berjalan;",
               "pimpinan unit kerja melaporkan daftar hadir pegawai pada hari pertama masuk kerja."]
    elif which == "gratifikasi":
        hol = rng.choice(["Hari Raya Idul Fitri", "Hari Raya Natal", "Tahun Baru", "Hari Raya Keagamaan"])
        title = rng.choice([f"PENCEGAHAN GRATIFIKASI TERKAIT {hol.upper()} TAHUN {y}", f"Larangan Penerimaan Gratifikasi pada {hol} {y}"])
        lim = rng.choice([500000, 1000000, 300000])
        days = rng.choice([30, 14])
        intro.append(f"Menjelang {hol} Tahun {y}, seluruh pejabat dan pegawai di lingkungan {mention()} diminta untuk:")
        pts = ["menolak pemberian dalam bentuk apa pun yang berhubungan dengan jabatan dan berlawanan dengan kewajiban atau tugasnya;",
               f"melaporkan penerimaan gratifikasi paling lambat {days} ({common.words_in(days)}) hari kerja sejak tanggal penerimaan;",
               f"tidak menggunakan kendaraan dinas untuk kepentingan pribadi selama libur {hol};",
               f"pemberian berupa bingkisan makanan dengan nilai paling banyak {doc.Rp(lim, words=False)} per pemberian tetap dilaporkan kepada Unit Pengendalian Gratifikasi."]
        topics = ["asn", "pbj"]
    elif which == "akhirtahun":
        title = rng.choice([f"BATAS WAKTU PENGAJUAN SURAT PERINTAH MEMBAYAR AKHIR TAHUN ANGGARAN {y}",
                            f"Langkah-Langkah Menghadapi Akhir Tahun Anggaran {y}", f"PENUTUPAN KAS DAN PERTANGGUNGJAWABAN AKHIR TAHUN ANGGARAN {y}"])
        d1 = dt.date(y, 12, rng.randint(10, 14))
        d2 = dt.date(y, 12, rng.randint(15, 20))
        d3 = dt.date(y, 12, rng.randint(21, 28))
        up = rng.randint(5, 90) * 10 ** 6
        intro.append(f"Dalam rangka tertib pengelolaan keuangan daerah pada akhir Tahun Anggaran {y}, disampaikan kepada seluruh Pengguna Anggaran di lingkungan {mention()} hal-hal sebagai berikut:")
        pts = [f"pengajuan SPM-LS paling lambat tanggal {doc.Dbody(d1)};",
               f"pengajuan SPM-GU/TU paling lambat tanggal {doc.Dbody(d2)};",
               f"sisa Uang Persediaan disetor ke Kas Umum Daerah paling lambat tanggal {doc.Dbody(d3)};",
               f"permintaan Tambahan Uang Persediaan di atas {doc.Rp(up, words=False)} harus mendapat persetujuan Sekretaris Daerah."]
        topics = ["keu"]
    elif which == "lhkpn":
        title = rng.choice([f"KEWAJIBAN PENYAMPAIAN LAPORAN HARTA KEKAYAAN PENYELENGGARA NEGARA TAHUN {y}",
                            f"Penyampaian LHKPN dan SPT Tahunan Tahun {y}"])
        d = dt.date(y, 3, 31)
        intro.append(f"Dalam rangka pencegahan korupsi, seluruh wajib lapor di lingkungan {mention()} agar menyampaikan laporan harta kekayaan.")
        pts = [f"penyampaian laporan periodik paling lambat tanggal {doc.Dbody(d)};",
               "laporan disampaikan secara elektronik melalui aplikasi e-LHKPN;",
               "pimpinan unit kerja memantau kepatuhan pegawai yang menjadi wajib lapor."]
        topics = ["asn"]
    elif which == "dbd":
        dis = rng.choice(["Demam Berdarah Dengue", "Malaria", "Campak dan Rubela", "Diare dan Penyakit Kulit Pascabanjir"])
        title = rng.choice([f"KEWASPADAAN DINI TERHADAP PENINGKATAN KASUS {dis.upper()}", f"Pencegahan dan Pengendalian {dis}"])
        d = doc.before(3, 30)
        n = rng.randint(12, 340)
        intro.append(f"Berdasarkan data surveilans {mention()} sampai dengan tanggal {doc.Dbody(d)} tercatat {n} kasus {dis}. "
                     f"Sehubungan dengan itu, diminta kepada seluruh jajaran untuk melakukan langkah berikut:")
        pts = ["menggerakkan pemberantasan sarang nyamuk secara serentak setiap hari Jumat;",
               "meningkatkan penyuluhan kepada masyarakat melalui kader kesehatan;",
               "melaporkan setiap kasus dalam waktu 1 x 24 jam kepada Dinas Kesehatan;",
               "menyiapkan sarana dan tenaga di fasilitas pelayanan kesehatan."]
        topics = ["kes"]
    elif which == "hut":
        d1 = dt.date(y, 8, 1)
        if doc.date > d1 - dt.timedelta(days=2):
            y += 1
            d1 = dt.date(y, 8, 1)
        n = y - 1945
        title = rng.choice([f"PERINGATAN HARI ULANG TAHUN KE-{n} KEMERDEKAAN REPUBLIK INDONESIA TAHUN {y}",
                            f"Pemasangan Bendera Merah Putih dalam rangka HUT ke-{n} Kemerdekaan RI"])
        d2 = dt.date(y, 8, 31)
        intro.append(f"Dalam rangka memeriahkan Hari Ulang Tahun ke-{n} Kemerdekaan Republik Indonesia, diminta kepada seluruh instansi dan masyarakat di wilayah {mention()} untuk:")
        pts = [f"memasang bendera Merah Putih, umbul-umbul, dan dekorasi mulai tanggal {doc.Dbody(d1)} sampai dengan tanggal {doc.Dbody(d2)};",
               f"mengikuti upacara bendera pada tanggal {doc.Dbody(dt.date(y, 8, 17))} di tempat yang telah ditentukan;",
               "menjaga kebersihan dan ketertiban lingkungan masing-masing."]
        topics = ["pemda"]
    elif which == "tte":
        start = doc.plus(rng.randint(10, 40))
        title = rng.choice(["PENERAPAN TANDA TANGAN ELEKTRONIK DALAM PENYELENGGARAAN NASKAH DINAS",
                            "Penggunaan Aplikasi Srikandi sebagai Aplikasi Umum Bidang Kearsipan"])
        intro.append(f"Dalam rangka mewujudkan tata kelola pemerintahan berbasis elektronik di lingkungan {mention()}, disampaikan bahwa:")
        pts = [f"mulai tanggal {doc.Dbody(start)} seluruh naskah dinas keluar ditandatangani secara elektronik;",
               "setiap pejabat penandatangan wajib memiliki sertifikat elektronik yang masih berlaku;",
               "naskah dinas yang ditandatangani secara elektronik tidak memerlukan cap dinas dan tanda tangan basah."]
        topics = ["arsip"]
    elif which == "disiplin":
        title = rng.choice(["PENINGKATAN DISIPLIN DAN KEHADIRAN PEGAWAI", "Jam Kerja dan Disiplin Pegawai",
                            f"PELAKSANAAN APEL PAGI DAN PRESENSI ELEKTRONIK TAHUN {y}"])
        intro.append(f"Dalam rangka meningkatkan disiplin pegawai di lingkungan {mention()}, dengan ini diinstruksikan:")
        pts = ["jam kerja dimulai pukul 07.30 dan berakhir pukul 16.00 waktu setempat;",
               "seluruh pegawai wajib mengikuti apel pagi setiap hari Senin;",
               "presensi dilakukan secara elektronik pada saat datang dan pulang;",
               "pelanggaran terhadap ketentuan ini dikenakan hukuman disiplin sesuai peraturan perundang-undangan."]
    elif which == "zakat":
        nisab = rng.choice([5_240_000, 6_859_394, 7_140_498, 4_500_000])
        title = rng.choice(["PENGHIMPUNAN ZAKAT PROFESI APARATUR SIPIL NEGARA MELALUI BADAN AMIL ZAKAT NASIONAL",
                            "Optimalisasi Pengumpulan Zakat, Infak, dan Sedekah"])
        intro.append(f"Dalam rangka optimalisasi pengelolaan zakat di lingkungan {mention()}, diharapkan kepada seluruh ASN yang beragama Islam untuk:")
        pts = [f"menunaikan zakat penghasilan sebesar 2,5% (dua koma lima persen) bagi yang penghasilannya telah mencapai nisab {doc.Rp(nisab)} per bulan;",
               "menyalurkan zakat melalui Unit Pengumpul Zakat pada masing-masing perangkat daerah;",
               "bendahara gaji melakukan pemotongan atas dasar surat kesediaan pegawai."]
    elif which == "pemutakhiran":
        d1 = doc.plus(rng.randint(5, 20))
        d2 = d1 + dt.timedelta(days=rng.randint(20, 40))
        title = rng.choice(["PELAKSANAAN PEMUTAKHIRAN DATA PEMILIH BERKELANJUTAN", f"Pencocokan dan Penelitian Data Pemilih Tahun {y}"])
        intro.append(f"Dalam rangka menjaga akurasi daftar pemilih, {mention()} akan melaksanakan pencocokan dan penelitian pada tanggal "
                     f"{doc.Dbody(d1)} sampai dengan {doc.Dbody(d2)}. Sehubungan dengan itu, diminta kepada jajaran untuk:")
        pts = ["melakukan koordinasi dengan pemerintah kelurahan/desa setempat;",
               "mencatat pemilih yang telah meninggal dunia, pindah domisili, atau berubah status;",
               "menyampaikan rekapitulasi hasil pemutakhiran secara berjenjang."]
        topics = ["pemilu"]
    elif which == "tenang":
        ev, vote = election(doc)
        t1 = vote - dt.timedelta(days=3)
        title = rng.choice([f"PENGAWASAN MASA TENANG {ev.upper()}", f"Patroli Pengawasan Masa Tenang {ev}"])
        intro.append(f"Memasuki masa tenang {ev} pada tanggal {doc.Dbody(t1)} sampai dengan {doc.Dbody(vote - dt.timedelta(days=1))}, "
                     f"jajaran pengawas di lingkungan {mention()} diminta untuk:")
        pts = ["melaksanakan patroli pengawasan politik uang;", "memastikan alat peraga kampanye telah diturunkan;",
               "mencegah kegiatan kampanye dalam bentuk apa pun selama masa tenang;",
               "melaporkan setiap dugaan pelanggaran paling lambat 1 x 24 jam."]
        topics = ["pemilu"]
    elif which == "akademik":
        d1 = doc.plus(rng.randint(10, 40))
        d2 = d1 + dt.timedelta(days=rng.randint(7, 14))
        title = rng.choice([f"JADWAL UJIAN AKHIR SEMESTER GANJIL TAHUN AKADEMIK {y}/{y + 1}", f"Pelaksanaan Perkuliahan Semester Genap Tahun Akademik {y - 1}/{y}"])
        intro.append(f"Bersama ini disampaikan bahwa ujian akhir semester di lingkungan {mention()} dilaksanakan mulai tanggal {doc.Dbody(d1)} sampai dengan {doc.Dbody(d2)}.")
        pts = ["dosen pengampu menyerahkan soal ujian kepada program studi paling lambat satu minggu sebelum ujian;",
               "mahasiswa yang kehadirannya kurang dari 75% tidak diperkenankan mengikuti ujian;",
               f"nilai diunggah ke sistem informasi akademik paling lambat tanggal {doc.Dbody(d2 + dt.timedelta(days=14))}."]
        topics = ["pend"]
    elif which == "ukt":
        d = doc.plus(rng.randint(10, 30))
        fee = rng.choice([500000, 1000000, 2400000, 3500000, 4750000])
        title = rng.choice([f"PEMBAYARAN UANG KULIAH TUNGGAL SEMESTER GENAP TAHUN AKADEMIK {y - 1}/{y}", "Perpanjangan Batas Waktu Pembayaran UKT"])
        intro.append(f"Diberitahukan kepada seluruh mahasiswa {mention()} bahwa pembayaran Uang Kuliah Tunggal berakhir pada tanggal {doc.Dbody(d)}.")
        pts = [f"denda keterlambatan sebesar {doc.Rp(fee, words=False)} dikenakan bagi mahasiswa yang membayar setelah batas waktu;",
               "pembayaran dilakukan melalui bank mitra dengan menggunakan nomor induk mahasiswa;",
               "mahasiswa yang tidak melakukan pembayaran dinyatakan cuti tidak terencana."]
        topics = ["pend"]
    elif which == "besuk":
        title = rng.choice(["PENGATURAN JAM BESUK PASIEN RAWAT INAP", "Tata Tertib Pengunjung Rumah Sakit"])
        start = doc.plus(rng.randint(3, 20))
        intro.append(f"Dalam rangka meningkatkan mutu pelayanan dan kenyamanan pasien {mention()}, mulai {doc.Dday(start)} diberlakukan ketentuan sebagai berikut:")
        pts = ["jam besuk pagi pukul 10.00 sampai dengan 12.00 dan sore pukul 16.00 sampai dengan 19.00 waktu setempat;",
               "setiap pasien hanya boleh ditunggu oleh satu orang penunggu yang memiliki kartu penunggu;",
               "anak di bawah usia 12 tahun tidak diperkenankan masuk ruang rawat inap."]
        topics = ["kes"]
    else:  # kerjabakti
        d = doc.workday(3, 14)
        title = rng.choice(["GERAKAN KERJA BAKTI MASSAL", "Gotong Royong Kebersihan Lingkungan"])
        intro.append(f"Dalam rangka menjaga kebersihan lingkungan di wilayah {mention()}, seluruh warga diminta mengikuti kerja bakti pada {doc.Dday(d)} mulai pukul 07.00 waktu setempat.")
        pts = ["membersihkan saluran air dan selokan di lingkungan masing-masing;", "membawa peralatan kebersihan sendiri;",
               "ketua RT mengoordinasikan pelaksanaan di wilayahnya."]
        topics = ["desa"]
    return title, intro, pts, topics


def election(doc):
    """The election the document is about and its voting day (on or after the document)."""
    y = doc.year
    votes = [(1997, 5, 29, "Pemilihan Umum Tahun 1997"), (1999, 6, 7, "Pemilihan Umum Tahun 1999"),
             (2004, 4, 5, "Pemilihan Umum Tahun 2004"), (2009, 4, 9, "Pemilihan Umum Tahun 2009"),
             (2014, 4, 9, "Pemilihan Umum Tahun 2014"), (2015, 12, 9, "Pemilihan Serentak Tahun 2015"),
             (2017, 2, 15, "Pemilihan Serentak Tahun 2017"), (2018, 6, 27, "Pemilihan Serentak Tahun 2018"),
             (2019, 4, 17, "Pemilihan Umum Tahun 2019"), (2020, 12, 9, "Pemilihan Serentak Tahun 2020"),
             (2024, 2, 14, "Pemilihan Umum Tahun 2024"), (2024, 11, 27, "Pemilihan Gubernur, Bupati, dan Wali Kota Serentak Tahun 2024"),
             (2029, 2, 14, "Pemilihan Umum Tahun 2029")]
    for vy, vm, vd, name in votes:
        v = dt.date(vy, vm, vd)
        if v > doc.date + dt.timedelta(days=5):
            return name, v
    return votes[-1][3], dt.date(2029, 2, 14)


def surat_edaran(doc):
    rng = doc.rng
    title, intro, pts, topics = se_topic(doc)
    num = doc.own_number
    doc.numbers.append(num)
    blocks = common.kop_blocks(doc)
    layout = rng.random()
    head_lines = ["SURAT EDARAN", f"NOMOR {{{{no:{num}}}}}" if rng.random() < 0.6 else f"Nomor: {{{{no:{num}}}}}",
                  "TENTANG", f"{{{{title:{title}}}}}"]
    if layout < 0.3:
        # letter-like: place-date, addressees first
        blocks.append({"t": "p", "text": common.place_date(doc), "align": "right", "after": 6})
        rec = lp.recipients(doc)
        blocks.append({"t": "p", "text": "Kepada", "align": "left", "after": 0, "left": 8.5 if rng.random() < 0.5 else 0})
        blocks.append({"t": "yth", "items": rec, "tail": ["di -", rng.choice(["Tempat", doc.town()])]})
        blocks.append({"t": "center", "lines": head_lines, "after": 10})
        place_in_sign = False
    else:
        blocks.append({"t": "center", "lines": head_lines, "after": 10})
        if rng.random() < 0.7:
            lead = rng.choice(["Yth.", "Yth.", "Kepada Yth."])
            blocks.append({"t": "yth", "items": lp.recipients(doc), "lead": lead,
                           "lead_w": 2.6 if lead == "Kepada Yth." else rng.choice([1.2, 1.3, 2.3]),
                           "tail": [rng.choice(["di -", "di"]), rng.choice(["Tempat", doc.town(), "Seluruh Wilayah"])]})
        place_in_sign = True
    refs_ = doc.refs_for(topics + doc.iss["topics"][:1], rng.randint(1, 3))
    sectioned = rng.random() < 0.45
    if sectioned:
        sections = [("Latar Belakang", intro[:1]), ("Maksud dan Tujuan", [rng.choice([
            "Surat Edaran ini dimaksudkan sebagai pedoman bagi seluruh jajaran dalam melaksanakan ketentuan dimaksud.",
            "Maksud Surat Edaran ini adalah memberikan penegasan dan arahan, dengan tujuan terwujudnya tertib penyelenggaraan tugas."])]),
                    ("Ruang Lingkup", [rng.choice(["Ruang lingkup Surat Edaran ini meliputi seluruh unit kerja.",
                                                   "Surat Edaran ini berlaku bagi seluruh pegawai, termasuk pegawai pemerintah dengan perjanjian kerja."])])]
        if refs_:
            sections.append(("Dasar", None))
        sections.append((rng.choice(["Isi Edaran", "Hal-hal yang perlu diperhatikan", "Pelaksanaan"]), None))
        style = rng.choice(["1.", "A.", "I."]) if rng.random() < 0.7 else "1."
        letters = "ABCDEFGH"
        romans = ["I", "II", "III", "IV", "V", "VI", "VII"]
        for i, (head, body) in enumerate(sections):
            lab = {"1.": f"{i + 1}.", "A.": f"{letters[i]}.", "I.": f"{romans[i]}."}[style]
            blocks.append({"t": "p", "text": f"<b>{lab} {head}</b>" if rng.random() < 0.6 else f"{lab} {head}", "after": 2, "keep": True})
            if body:
                for p in body:
                    blocks.append({"t": "p", "text": p, "left": 0.7})
            elif head == "Dasar":
                blocks.append({"t": "list", "items": [doc.cite(r) + ";" for r in refs_], "style": "a.", "left": 0.7, "hang": 0.7})
            else:
                blocks.append({"t": "list", "items": [common.clean(p[0].upper() + p[1:]) for p in pts], "style": rng.choice(["a.", "1)"]),
                               "left": 0.7, "hang": 0.7})
        blocks.append({"t": "p", "text": f"{len(sections) + 1}. {rng.choice(['Penutup', 'Lain-lain'])}" if style == "1." else "Penutup",
                       "bold": True, "after": 2, "keep": True})
        blocks.append({"t": "p", "text": lp.closing(doc, "edaran"), "left": 0.7})
    else:
        if refs_:
            verb = rng.choice(['Berdasarkan', 'Memperhatikan', 'Sesuai dengan'] + (['Menindaklanjuti'] if refs_[0].typ in ("SE", "LAINNYA") else []))
            intro0 = f"{verb} {lp.dasar_sentence(doc, [doc.cite(r) for r in refs_])}, " \
                     f"{intro[0][0].lower() + intro[0][1:]}"
            intro = [intro0] + intro[1:]
        for p in intro:
            blocks.append({"t": "p", "text": p, "indent": rng.choice([0, 1.0, 1.25])})
        blocks.append({"t": "list", "items": pts, "style": rng.choice(["1.", "a.", "1)", "a)"]), "hang": 0.7, "left": rng.choice([0, 0.5])})
        blocks.append({"t": "p", "text": lp.closing(doc, "edaran"), "indent": rng.choice([0, 1.0])})
    if place_in_sign:
        pre = common.ditetapkan(doc, rng.choice(["Dikeluarkan di", "Ditetapkan di"])) if rng.random() < 0.6 else [common.place_date(doc)]
    else:
        pre = []
    offs = doc.iss["offices"]
    an = None
    office = offs["head"]
    if rng.random() < 0.15 and "sec" in offs:
        office, an = offs["sec"], doc.iss["an"]
    c = common.col(doc, office, pre=pre, an=an, split=rng.random() < 0.3)
    if pre and rng.random() < 0.4:
        c["pre_rule"] = True
    blocks.append(common.sign(doc, [c]))
    if rng.random() < 0.6:
        blocks += common.tembusan(doc, common.superiors(doc))
    return blocks
