"""What every document kind shares: the per-document context (random stream, date, issuer),
date and money tags in varied styles, letterheads, signature arrangements, copies, layout."""
import datetime as dt
import re

from . import bodies, names, refs
from .corpus import idfmt

SMALL = {"dan", "di", "ke", "dari", "pada", "untuk", "yang", "atas", "serta", "dengan", "atau", "bagi", "tentang"}
ACRONYMS = {"DPRD", "KPU", "KIP", "RSUD", "BPKAD", "BKPSDM", "BPBD", "RI", "II", "III", "IV", "TNI", "POLRI", "KODIM",
            "PPK", "PPS", "KPPS", "BPD", "APBD", "APBN", "ASN", "PNS", "NPHD", "SKPD", "OPD", "UPTD", "BLUD", "PKK",
            "MoU", "LPTQ", "KONI", "PMI", "FKUB", "MUI", "BSrE", "BSSN", "TK", "IV/a", "IV/b", "IV/c", "IV/d", "III/d",
            "SOTK", "LHKPN", "SPT", "PPh", "TPS", "DPT", "DPS", "Bawaslu", "Panwaslu", "Panwaslih", "Setda", "UN"}


def title_case(s):
    """'KEPALA DINAS KESEHATAN KABUPATEN SIKKA' -> 'Kepala Dinas Kesehatan Kabupaten Sikka'."""
    out = []
    for i, w in enumerate(s.split()):
        core = w.strip(",.;:")
        if core.upper() in {a.upper() for a in ACRONYMS} and core.upper() == core:
            out.append(w)
        elif w in ("Plt.", "Plh.", "Pj.", "a.n.", "u.b.", "dr.", "drg."):
            out.append(w)
        elif "/" in w and any(c.isdigit() for c in w):
            out.append(w)
        elif i > 0 and w.lower() in SMALL:
            out.append(w.lower())
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return " ".join(out)


class Doc:
    """One document being composed."""

    def __init__(self, rng, kind, issuer, date):
        self.rng = rng
        self.kind = kind
        self.iss = issuer
        self.date = date
        self.year = date.year
        self.era = "1990s" if self.year < 2000 else ("2000s" if self.year < 2013 else "modern")
        r = rng.random()
        if self.era == "1990s":
            self.dstyle = "long_old" if r < 0.55 else ("upper_old" if r < 0.7 else "long")
        else:
            self.dstyle = "long" if r < 0.7 else ("long0" if r < 0.82 else ("upper" if r < 0.94 else "num_dash"))
        self.rstyle = rng.choice(["rp", "rp", "rp_sp", "rp_dot", "rp_dash", "rp_dash0", "rp_nodec", "rp_sp_nodec",
                                  "rp_dot_dash", "rp_dot_nodec", "rp_dot0"])
        self.wstyle = rng.choice(["words", "words", "words_cap", "words_upper"])
        self.upper_pos = rng.random() < 0.72
        self.upper_name = rng.random() < 0.6
        self.tte = self.year >= 2019 and rng.random() < 0.16
        self.parties = [issuer["party"]] if issuer else []
        self.numbers = []
        self.cited = set()
        self.footer = None
        self.spec_extra = {}
        self.lampiran = []

    place_in_sign = False
    fw_cm = 16.0

    # ------------------------------------------------------------------ numbers
    @property
    def own_number(self):
        if not hasattr(self, "_own"):
            topic = {"undangan": "undangan", "nphd": "keuangan", "surat_edaran": "umum"}.get(self.kind, "umum")
            self._own = self.own_number_for(self.iss, topic)
        return self._own

    def own_number_for(self, iss, topic="umum"):
        from . import numbers
        for _ in range(40):
            n = numbers.own(self.rng, lambda: iss["number"](self.rng, self.date, topic))
            if n not in self.numbers:
                return n
        raise ValueError("no fresh number")

    def own_number_decree(self):
        from . import numbers
        iss, rng, d = self.iss, self.rng, self.date
        t = iss["type"]
        n = rng.randint(1, 900)
        r = numbers.roman(d.month)

        def make():
            if t == "pemda":
                code = numbers.code_new(rng, "hukum") if d.year >= 2023 and rng.random() < 0.7 else rng.choice(["188.45", "188.4", "188.342", "180"])
                return rng.choice([f"{code}/{n}/KUM/{d.year}", f"{code}/{n}/HK/{d.year}", f"{code}/Kep.{n}-Hukum/{d.year}",
                                   f"{code}/{n}/{d.year}", f"{code}/{n}/Setda/{r}/{d.year}"])
            if t == "kpu":
                return numbers.kpu(rng, d, iss.get("code", "1101"), "Kpt")
            if t in ("polres", "kodim"):
                return f"Kep/{n}/{r}/{d.year}"
            if t == "kejari":
                return numbers.prosecutor(rng, d, f"{rng.choice('NOPQRS')}.{rng.randint(1, 30)}.{rng.randint(10, 30)}", "KEP")
            if t in ("pn", "pa"):
                return f"{n}/SK/{rng.choice(['KPN', 'KPA'])}/{r}/{d.year}"
            if t == "univ":
                return f"{n}/{iss.get('unit_code', 'UN')}/{rng.choice(['HK', 'KP', 'HK.02', 'SK'])}/{d.year}"
            if t == "rsud":
                return f"{rng.choice(['188.4', '445', '800'])}/{n}/RSUD/{d.year}"
            return iss["number"](rng, d, "hukum")
        return numbers.own(rng, make)

    def other_number(self):
        """The number of another document this one cites (a letter, a contract, an earlier MoU)."""
        from . import numbers
        rng = self.rng
        d = self.before(5, 300)
        for _ in range(30):
            r = rng.random()
            if r < 0.5:
                n = numbers.pemda(rng, d, rng.choice(["BPKAD", "Setda", "Dinkes", "Bappeda", "Kesbangpol", "BKPSDM", "Pem", "DPMD", "Disdik"]),
                                  rng.choice(["umum", "keuangan", "pemerintahan", "kesra"]))
            elif r < 0.7:
                n = numbers.kpu(rng, d, f"{rng.randint(11, 96)}{rng.randint(1, 30):02d}")
            elif r < 0.85:
                n = f"{rng.randint(1, 900)}/{rng.choice(['PKS', 'SPK', 'KTR', 'PPK', 'MoU'])}/{rng.choice(['BPKAD', 'DPUPR', 'Setda', 'Disdik', 'RSUD'])}/{d.year}"
            else:
                n = numbers.ministry(rng, d, rng.choice(["SJ", "KEUDA", "M.SM.02.03", "Polpum"]))
            if numbers.safe(n) and n not in self.numbers:
                return n
        raise ValueError("no other number")

    def ref_year(self, number):
        y = refs.ref_year_of(number)
        return y or ""

    def issuer_mention(self):
        return self.iss["party"]

    def venue(self):
        iss = self.iss
        if iss["type"] == "pemda":
            return "Kantor " + title_case(iss["offices"]["head"].title.replace("Pj. ", "").replace("Plt. ", ""))
        return iss["party"]

    def counterpart_title(self):
        iss, rng = self.iss, self.rng
        reg = iss.get("reg")
        rn = reg["name"] if reg else iss["town"]
        pool = [f"Kepala Kepolisian Resor {rn}", f"Ketua Komisi Pemilihan Umum Kabupaten {rn}", f"Sekretaris Daerah Kabupaten {rn}",
                "Kepala Badan Pengelolaan Keuangan dan Aset Daerah", "Kepala Kantor Pelayanan Perbendaharaan Negara",
                f"Camat {rn} Kota", "Direktur Rumah Sakit Umum Daerah", "Kepala Dinas Kesehatan", "Ketua Tim Penggerak PKK"]
        return rng.choice(pool)

    def widths(self, ws):
        """Column widths that fit the text column: the widest column gives way first."""
        ws = list(ws)
        room = self.fw_cm - 0.2
        while sum(ws) > room + 1e-6:
            i = max(range(len(ws)), key=lambda k: ws[k])
            cut = min(sum(ws) - room, ws[i] - 3.0)
            if cut <= 0.01:
                total = sum(ws)
                ws = [w * room / total for w in ws]
                break
            ws[i] -= cut
        return [round(w, 2) for w in ws]

    # ------------------------------------------------------------------ small helpers
    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def iso(self, d):
        return d.isoformat()

    def plus(self, days):
        return self.date + dt.timedelta(days=days)

    def workday(self, lo, hi):
        """A weekday lo..hi days after the issue date."""
        for _ in range(40):
            d = self.plus(self.rng.randint(lo, hi))
            if d.weekday() < 5:
                return d
        return self.plus(lo)

    def before(self, lo, hi):
        return self.date - dt.timedelta(days=self.rng.randint(lo, hi))

    # ------------------------------------------------------------------ tags
    def D(self, d, style=None, issue=False):
        style = style or self.dstyle
        if style in ("long_old", "upper_old") and self.era != "1990s":
            style = "long"
        return f"{{{{date:{d.isoformat()}|{style}{'|issue' if issue else ''}}}}}"

    def Dbody(self, d):
        """A date inside a sentence: long forms mostly, numeric sometimes."""
        r = self.rng.random()
        if self.era == "1990s":
            return self.D(d, "long_old" if r < 0.7 else "long")
        if r < 0.75:
            return self.D(d, "long" if self.dstyle not in ("long0", "upper") else self.dstyle.replace("upper", "long"))
        return self.D(d, self.pick(["num", "num_dash", "num_short", "long0", "num_dash_short"]))

    def Dday(self, d, sep=None):
        sep = sep if sep is not None else self.pick([", ", ", ", " tanggal ", " / "])
        if sep == " / ":
            sep = ", "
        return f"{{{{dayname:{d.isoformat()}}}}}{sep}{self.D(d, 'long' if self.era != '1990s' else 'long_old')}"

    def Dwords(self, d, cap=None, issue=False):
        """'Senin tanggal dua puluh delapan bulan September tahun dua ribu dua puluh'."""
        style = cap or self.pick(["words", "words", "words_cap", "words_upper"])
        if self.era == "1990s" and style == "words" and self.chance(0.5):
            style = "words_old"
        day = f"{{{{dayname:{d.isoformat()}{'|upper' if style == 'words_upper' else ''}}}}}"
        return day, f"{{{{date:{d.isoformat()}|{style}{'|issue' if issue else ''}}}}}"

    def Rp(self, value, style=None, words=None):
        style = style or self.rstyle
        if words is None:
            words = self.chance(0.45)
        if value >= 10 ** 12:
            words = False  # the shared sweep reads number words up to 'miliar' only
        if words:
            return f"{{{{rpw:{value}|{style}|{self.wstyle}}}}}"
        return f"{{{{rp:{value}|{style}}}}}"

    def Rshort(self, value):
        """'Rp5 miliar' / 'Rp 2,5 milyar' when the amount has an exact short form."""
        from .corpus import has_short_form
        if not has_short_form(value):
            return self.Rp(value, words=False)
        return f"{{{{rp:{value}|{self.pick(['rp_short', 'rp_sp_short', 'rp_milyar', 'rp_sp_milyar', 'rp_dot_short'])}}}}}"

    def cite(self, ref, with_title=True):
        self.cited.add(ref.key)
        return refs.cite(self.rng, ref, with_title)

    def refs_for(self, topics, n, must=()):
        """n cited instruments on the topics, in force at the date, in the hierarchy's order.
        Half of the picks draw the type first (so a Peraturan KPU or an SKB turns up as often
        as an Undang-Undang would), half the instrument."""
        pool = [r for r in refs.usable(self.year, topics) if r.key not in self.cited]
        self.rng.shuffle(pool)
        out = [r for r in refs.usable(self.year) if r.key in must and r.key not in self.cited]
        while len(out) < n and pool:
            if self.rng.random() < 0.5:
                types = sorted({r.typ for r in pool})
                t = self.rng.choice(types)
                r = next(r for r in pool if r.typ == t)
            else:
                r = pool[0]
            pool.remove(r)
            if all(r.key != o.key for o in out):
                out.append(r)
        order = ["UU", "PERPU", "PP", "PERPRES", "KEPPRES", "PERMEN", "KEPMEN", "PKPU", "PERBAWASLU", "SKB", "SE", "LAINNYA"]
        out.sort(key=lambda r: (order.index(r.typ) if r.typ in order else 99, r.year or 0))
        return out

    # ------------------------------------------------------------------ offices, names
    def pos(self, title, upper=None):
        upper = self.upper_pos if upper is None else upper
        return title if upper else title_case(title)

    def name(self, office, upper=None):
        upper = self.upper_name if upper is None else upper
        return office.person.written(upper=upper)

    def town(self):
        return self.iss["town"]


# ---------------------------------------------------------------------- letterhead

def kop_blocks(doc, iss=None):
    iss = iss or doc.iss
    k = dict(iss["kop"])
    if k["style"] in ("text", "text_left"):
        out = []
        for text, size, bold in k["lines"]:
            out.append({"t": "p", "text": f"<b>{text}</b>" if bold else text, "align": "left" if k["style"] == "text_left" else "center",
                        "after": 0, "size": size, "kopline": bold})
        out.append({"t": "hr", "width": 0.8, "before": 2, "after": 12})
        return out
    k["t"] = "kop"
    k.setdefault("emblem_cm", doc.pick([2.0, 2.2, 2.4, 2.6]))
    if k.get("rule") is None:
        k.pop("rule", None)
        k["rule"] = None
    k["space_after"] = doc.pick([8, 10, 14])
    return [k]


# ---------------------------------------------------------------------- signatures

def ids_of(office):
    rank = nip = None
    if len(office.ids) == 2:
        rank, nip = office.ids
    elif len(office.ids) == 1:
        nip = office.ids[0]
    return rank, nip


def col(doc, office, pre=(), above=(), title=None, an=None, ub=None, role=None, upper=None, stamp=True,
        materai=False, tte=None, split=None, comma=True):
    """One signature column. `an`: the office signed for ('a.n. BUPATI X'); `ub`: the chain's
    middle office ('u.b.'). Delegation lines go above the position (not in the truth) or
    into it (in the truth), both as SCHEMA.md allows."""
    rng = doc.rng
    upper = doc.upper_pos if upper is None else upper
    t = title or office.title
    position = [doc.pos(t, upper)]
    if split and len(position[0].split()) > 3 and rng.random() < 0.6:
        words = position[0].split()
        cut = max(2, len(words) // 2)
        position = [" ".join(words[:cut]), " ".join(words[cut:])]
    if comma:
        position[-1] += ","
    above = list(above)
    if role:
        above.insert(0, role)
    deleg = []
    if an:
        deleg.append(f"a.n. {doc.pos(an, upper)}")
        if ub:
            deleg.append(doc.pos(ub, upper))
            deleg.append("u.b.")
    in_truth = bool(deleg) and rng.random() < 0.45
    sig = {"pre": list(pre), "above": above + ([] if in_truth else deleg),
           "position": (deleg if in_truth else []) + position,
           "name": office.person.written(upper=doc.upper_name if upper else doc.upper_name and rng.random() < 0.5)}
    if in_truth and ub:
        # the truth keeps the chain; 'u.b.' is printed on its own line
        pass
    rank, nip = ids_of(office)
    if rank:
        sig["rank"] = rank
    if nip:
        sig["nip"] = nip
    if not rng.random() < 0.85:
        sig["underline"] = False
    if rng.random() < 0.3:
        sig["position_bold"] = False
    if tte or (tte is None and doc.tte):
        sig["tte"] = f"https://tte.{doc.iss.get('domain', 'go.id')}/verify/{rng.randrange(16**10):010x}"
        sig["above"] = ["Ditandatangani secara elektronik oleh:"] + sig["above"]
        sig["above_bold"] = False
        doc.footer = doc.pick([
            "Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik yang diterbitkan oleh Balai Besar Sertifikasi Elektronik (BSrE), Badan Siber dan Sandi Negara",
            "Dokumen ini ditandatangani secara elektronik menggunakan sertifikat elektronik yang diterbitkan BSrE-BSSN, keasliannya dapat diperiksa dengan memindai kode QR",
            "Sesuai ketentuan peraturan perundang-undangan yang berlaku, dokumen ini telah ditandatangani secara elektronik sehingga tidak diperlukan tanda tangan basah dan cap",
            "Dokumen ini sah dan telah ditandatangani secara elektronik melalui aplikasi Srikandi menggunakan sertifikat elektronik BSrE",
        ])
    else:
        sig["signature"] = True
        sig["ink"] = rng.choice(["navy", "navy", "blue", "black"])
        if stamp and doc.iss.get("stamp"):
            st = dict(doc.iss["stamp"])
            st.update({"color": rng.choice(["purple", "violet", "blue", "purple"]), "x": rng.uniform(0.12, 0.35),
                       "diameter_mm": rng.choice([34, 38, 40, 42]), "dy_cm": rng.uniform(-0.2, 0.5)})
            if st.get("bottom") == "":
                st.pop("bottom")
            sig["stamp"] = st
        if materai:
            sig["materai"] = True
    return sig


def sign(doc, cols, **kw):
    b = {"t": "sign", "cols": cols, "gap_cm": doc.pick([2.2, 2.5, 2.8, 3.0])}
    if len(cols) == 1:
        b["align"] = kw.pop("align", doc.pick(["right", "right", "right", "center"]))
        b["width_cm"] = kw.pop("width_cm", doc.pick([7.5, 8.0, 8.5, 9.0]))
    b.update(kw)
    return b


def place_date(doc, place_tag=True, style=None, upper_town=False):
    t = doc.town().upper() if upper_town else doc.town()
    p = f"{{{{place:{t}}}}}" if place_tag else t
    return f"{p}, {doc.D(doc.date, style, issue=True)}"


def ditetapkan(doc, word=None):
    word = word or doc.pick(["Ditetapkan di", "Ditetapkan di", "Dikeluarkan di"])
    pada = doc.pick(["pada tanggal", "pada tanggal", "Pada tanggal", "tanggal"])
    return [f"{word} {{{{place:{doc.town()}}}}}", f"{pada} {doc.D(doc.date, issue=True)}"]


def tembusan(doc, items, numbered=None):
    head = doc.pick(["Tembusan:", "Tembusan :", "Tembusan disampaikan kepada Yth.:", "Tembusan Yth.:",
                     "<u>Tembusan</u> :"])
    numbered = doc.chance(0.8) if numbered is None else numbered
    yth = "Yth. " if doc.chance(0.4) and "Yth" not in head else ""
    its = [f"{yth}{x}" for x in items]
    if doc.chance(0.6):
        its.append(doc.pick(["Arsip.", "Arsip", "Pertinggal.", "Yang bersangkutan."]))
    out = [{"t": "p", "text": head, "align": "left", "after": 1, "size": doc.spec_extra.get("small")}]
    out.append({"t": "list", "items": its, "style": "1." if numbered else "-", "hang": 0.6, "after": 0,
                "align": "left", "size": doc.spec_extra.get("small")})
    return out


def superiors(doc):
    """Whom a copy goes to: the heads above the issuer."""
    iss = doc.iss
    p = iss["prov"]
    from . import places
    pname = places.province_name(p, doc.year)
    items = []
    if iss.get("reg"):
        items.append(f"Gubernur {pname} di {p['capital']}")
    if iss["type"] in ("agency", "rsud", "desa", "kecamatan"):
        items.insert(0, f"{title_case(bodies.head_title(iss['reg'], doc.year))} (sebagai laporan)")
    if iss["type"] in ("kpu",):
        items = [f"Ketua KPU Provinsi {pname} di {p['capital']}", f"Bupati/Wali Kota {iss['reg']['name']}"]
    if iss["type"] in ("bawaslu",):
        items = [f"Ketua Bawaslu Provinsi {pname} di {p['capital']}"]
    if iss["type"] == "univ":
        items = [f"{title_case(bodies.ministry_of_education(doc.year))} di Jakarta", "Para Wakil Rektor"]
    if iss["type"] in ("polres",):
        items = [f"Kapolda {pname}", "Irwasda Polda " + pname]
    if iss["type"] in ("kodim",):
        items = ["Danrem", "Pangdam"]
    if iss["type"] in ("kejari",):
        items = [f"Kepala Kejaksaan Tinggi {pname}"]
    if iss["type"] in ("pn", "pa"):
        items = ["Ketua Pengadilan Tinggi", "Sekretaris Mahkamah Agung RI"]
    if iss["type"] == "ministry":
        items = ["Menteri (sebagai laporan)", "Sekretaris Jenderal"]
    return items


# ---------------------------------------------------------------------- layout

FONTS = [("bookman", 0.34), ("times", 0.26), ("arial", 0.24), ("arialnarrow", 0.05), ("calibri", 0.06), ("tahoma", 0.05)]


def page_setup(doc):
    rng = doc.rng
    r, acc = rng.random(), 0
    font = "times"
    for f, w in FONTS:
        acc += w
        if r < acc:
            font = f
            break
    if doc.era == "1990s" and font in ("calibri", "tahoma", "arialnarrow"):
        font = rng.choice(["times", "bookman"])
    size = rng.choice([11, 11.5, 12, 12, 12]) if font not in ("arialnarrow",) else 12
    if font in ("tahoma", "arial") and size > 11.5 and rng.random() < 0.5:
        size = 11
    setup = {
        "paper": "F4" if rng.random() < 0.42 else "A4",
        "font": font, "size": size, "leading": rng.choice([1.15, 1.2, 1.25, 1.3, 1.35]),
        "margins": (round(rng.uniform(1.5, 2.5), 1), round(rng.uniform(1.5, 2.4), 1),
                    round(rng.uniform(1.6, 2.5), 1), round(rng.uniform(2.0, 3.0), 1)),
        "para_space": rng.choice([2, 4, 5, 6]),
        "page_numbers": rng.random() < 0.8,
        "page_number_format": rng.choice(["- {n} -", "- {n} -", "-{n}-", "{n}", "( {n} )"]),
        "dpart_labelw": rng.choice([3.1, 3.3, 3.6]),
    }
    doc.spec_extra["small"] = size - rng.choice([0, 1, 1.5])
    paper_w = 21.5 if setup["paper"] == "F4" else 21.0
    doc.fw_cm = paper_w - setup["margins"][1] - setup["margins"][3]
    return setup


def words_in(n):
    return idfmt.terbilang(n)


def clean(s):
    return re.sub(r"\s+", " ", s).strip()
