"""Parts of letters: the number block, addressees, openings and closings, in several wordings."""
from .. import common
from ..common import title_case


def number_block(doc, hal, lampiran=None, sifat=None, number=None, spaced=False):
    """Nomor / Sifat / Lampiran / Hal rows, with the place-date line beside or above."""
    num = number or doc.own_number
    shown = num
    if spaced:
        from ..numbers import spaced as sp
        shown = sp(num)
    doc.numbers.append(shown)
    key_hal = doc.pick(["Hal", "Hal", "Perihal", "Perihal"])
    if doc.era == "1990s" and doc.chance(0.5):
        key_hal = "Perihal"
    sifat = sifat or doc.pick(["Biasa", "Penting", "Segera", "Biasa", "Penting", "Sangat Segera"])
    lamp = lampiran or doc.pick(["-", "-", "1 (satu) berkas", "1 (satu) lembar", "-", "2 (dua) berkas"])
    rows = [("Nomor", f"{{{{no:{shown}}}}}")]
    if doc.chance(0.75):
        rows.append(("Sifat", sifat))
    rows.append(("Lampiran", lamp))
    rows.append((key_hal, f"{{{{title:{hal}}}}}" if not hal.startswith("<") else hal))
    return rows, key_hal


def letter_top(doc, hal, **kw):
    """Number rows with the place-date at the right: on the Nomor line's level (a kv row of its own
    above) or as a right-aligned line before the rows."""
    rows, key = number_block(doc, hal, **kw)
    out = []
    pd = common.place_date(doc)
    if doc.chance(0.55):
        out.append({"t": "p", "text": pd, "align": "right", "after": 4})
        out.append({"t": "kv", "rows": rows, "keyw": doc.pick([2.2, 2.5, 2.8]), "width": doc.pick([9.0, 9.5, 10.0]), "after": 10})
    else:
        out.append({"t": "kv", "rows": rows, "keyw": doc.pick([2.2, 2.5]), "width": doc.pick([9.0, 9.5]), "after": 4})
        out.append({"t": "p", "text": pd, "align": "right", "after": 8})
    return out


def addressee(doc, to, where=None):
    """'Kepada Yth. ... di - Tempat' in its common shapes."""
    where = where or doc.pick(["Tempat", doc.town(), "Tempat"])
    r = doc.rng.random()
    if r < 0.4:
        lines = [f"Kepada Yth. {to}", "di -", f"<u>{where}</u>" if doc.chance(0.5) else where]
    elif r < 0.7:
        lines = ["Kepada", f"Yth. {to}", f"di {where}"]
    else:
        lines = [f"Yth. {to}", f"di {where}"]
    left = doc.pick([0, 0, 8.5, 9.0]) if doc.chance(0.35) else 0
    return [{"t": "p", "text": ln, "align": "left", "left": left, "after": 0} for ln in lines] + [{"t": "space", "h": 10}]


def opener(doc):
    return doc.pick(["Dengan hormat,", "Dengan hormat,", "", "Bersama ini kami sampaikan dengan hormat,", ""])


def closing(doc, kind="letter"):
    bank = {
        "letter": ["Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.",
                   "Demikian kami sampaikan, atas perhatian Bapak/Ibu kami ucapkan terima kasih.",
                   "Demikian untuk menjadi maklum dan atas kerja sama yang baik diucapkan terima kasih.",
                   "Atas perhatian dan kerja sama Saudara, kami sampaikan terima kasih.",
                   "Demikian, atas perhatiannya disampaikan terima kasih."],
        "undangan": ["Mengingat pentingnya acara dimaksud, dimohon kehadiran Bapak/Ibu tepat pada waktunya. Atas perhatiannya diucapkan terima kasih.",
                     "Demikian undangan ini disampaikan, atas kehadirannya diucapkan terima kasih.",
                     "Mengingat pentingnya acara tersebut, diharapkan kehadirannya tepat waktu dan tidak diwakilkan.",
                     "Atas perhatian dan kehadiran Saudara, kami ucapkan terima kasih."],
        "edaran": ["Demikian Surat Edaran ini disampaikan untuk dilaksanakan dengan penuh tanggung jawab.",
                   "Demikian untuk menjadi perhatian dan dilaksanakan sebagaimana mestinya.",
                   "Demikian Surat Edaran ini untuk diketahui dan dipedomani.",
                   "Atas perhatian dan kerja sama Saudara, diucapkan terima kasih."],
        "nota": ["Demikian disampaikan, mohon arahan dan petunjuk lebih lanjut.",
                 "Demikian untuk menjadi bahan pertimbangan Bapak/Ibu.",
                 "Demikian disampaikan, atas perkenan Bapak/Ibu diucapkan terima kasih.",
                 "Demikian kami laporkan untuk menjadi maklum."],
    }
    return doc.pick(bank[kind])


def dasar_sentence(doc, cites):
    """'Berdasarkan A, B, dan C, ...' from a list of cite markups."""
    if not cites:
        return ""
    if len(cites) == 1:
        joined = cites[0]
    else:
        joined = ", ".join(cites[:-1]) + (", dan " if len(cites) > 2 else " dan ") + cites[-1]
    return joined


def recipients(doc, n=None):
    """Addressees of a circular or invitation according to the issuer."""
    t = doc.iss["type"]
    if t in ("pemda", "agency"):
        pool = ["Kepala Perangkat Daerah", "Camat se-" + doc.iss["label"].title().replace("Ii", "II"),
                "Direktur Rumah Sakit Umum Daerah", "Kepala Bagian di lingkungan Sekretariat Daerah",
                "Lurah/Kepala Desa", "Kepala Puskesmas", "Pimpinan Badan Usaha Milik Daerah",
                "Kepala Sekolah", "Inspektur Daerah", "Sekretaris DPRD"]
    elif t in ("kpu",):
        pool = ["Ketua PPK se-" + doc.iss["label"].title(), "Ketua PPS", "Sekretaris PPK"] + (["Operator Sidalih"] if doc.year >= 2013 else []) + [
                "Pimpinan Partai Politik Tingkat " + doc.iss["label"].title(), "Ketua Bawaslu " + doc.iss["label"].title()]
    elif t == "bawaslu":
        pool = ["Ketua Panwaslu Kecamatan", "Koordinator Sekretariat Panwaslu Kecamatan", "Pengawas Kelurahan/Desa",
                "Pimpinan Partai Politik Peserta Pemilu", "Ketua KPU " + doc.iss["label"].title()]
    elif t == "univ":
        pool = ["Para Wakil Rektor", "Para Dekan", "Direktur Pascasarjana", "Ketua Lembaga", "Kepala Biro",
                "Kepala UPT", "Koordinator Program Studi", "Seluruh Dosen dan Tenaga Kependidikan"]
    elif t == "rsud":
        pool = ["Para Kepala Bidang", "Para Kepala Instalasi", "Para Kepala Ruangan", "Dokter Spesialis",
                "Seluruh Pegawai Rumah Sakit"]
    elif t in ("desa", "kecamatan"):
        pool = ["Ketua Badan Permusyawaratan Desa", "Ketua RT/RW", "Ketua Tim Penggerak PKK", "Tokoh Masyarakat",
                "Kepala Dusun", "Ketua Karang Taruna", "Lurah/Kepala Desa se-Kecamatan"]
    elif t == "ministry":
        pool = ["Gubernur seluruh Indonesia", "Bupati/Wali Kota seluruh Indonesia", "Ketua DPRD Provinsi",
                "Ketua DPRD Kabupaten/Kota", "Sekretaris Daerah Provinsi", "Pimpinan Unit Kerja Eselon I"]
    else:
        pool = ["Para Kepala Satuan Kerja", "Para Pejabat Struktural", "Seluruh Pegawai", "Para Kepala Seksi",
                "Para Panitera Pengganti dan Jurusita", "Kepala Sub Bagian Umum"]
    n = n or doc.rng.randint(2, min(5, len(pool)))
    doc.rng.shuffle(pool)
    return pool[:n]
