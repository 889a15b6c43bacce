"""Document numbers in the shapes Indonesian offices use.

Old three-digit classification codes (Permendagri 54/2009 and before: 005 undangan, 800
kepegawaian, 900 keuangan ...), the dotted codes of Permendagri 83/2022 (000.1.2.3,
100.3.3.2 ...), ministry shapes (B-123/Kk.17.01/PP.00/02/2024, S-12/MK.07/2023), KPU
(123/PL.02.1-SD/5310/2024), Bawaslu, police and military (B/123/III/2024), prosecutors
(B-123/N.3.12/Cs.2/03/2024), courts (W26-U4/123/HK.02/3/2024), universities
(1234/UN15/KP/2024), villages, and 'NOMOR 7 TAHUN 2021' for regulations and decrees."""
import re

from .corpus import idfmt, validate

ROMAN = idfmt.ROMAN

OLD_CODES = {
    "undangan": ["005", "005", "005.1"], "umum": ["000", "045.2", "010", "027", "050", "090"],
    "pemerintahan": ["100", "130", "140", "141", "180", "188.3", "188.4"], "pemilu": ["270", "271", "273"],
    "kesra": ["400", "410", "420", "421.3", "440", "443", "445", "460"], "ekonomi": ["500", "510", "520", "530"],
    "pegawai": ["800", "821.2", "862.3", "870", "893"], "keuangan": ["900", "903", "910", "974", "978"],
    "hukum": ["180", "188.4", "188.45", "188.342"], "pu": ["600", "610", "640"], "trantib": ["300", "331", "360"],
}
NEW_TOPS = {"undangan": "000", "umum": "000", "pemerintahan": "100", "pemilu": "100", "kesra": "400",
            "ekonomi": "500", "pegawai": "800", "keuangan": "900", "hukum": "100", "pu": "600", "trantib": "300"}


def roman(m):
    return ROMAN[m - 1]


def safe(num):
    """A number the validator reads as one token and never as a date."""
    if idfmt.DATE_NUM_RE.search(" " + num + " "):
        return False
    m = validate.CITE_RE.match("Nomor " + num)
    return bool(m) and m.group(1) == num and not m.group(2)


def _seq(rng, big=False):
    n = rng.randint(1, 2400 if big else 900)
    return f"{n:03d}" if rng.random() < 0.25 else str(n)


def code_old(rng, topic):
    return rng.choice(OLD_CODES.get(topic, OLD_CODES["umum"]))


def code_new(rng, topic):
    top = NEW_TOPS.get(topic, "000")
    parts = [top, str(rng.randint(1, 9)), str(rng.randint(1, 6))]
    if rng.random() < 0.6:
        parts.append(str(rng.randint(1, 9)))
    return ".".join(parts)


def pemda(rng, date, unit, topic="umum"):
    """A regional government office's letter number."""
    y, m = date.year, date.month
    new = y >= 2023 and rng.random() < 0.8
    code = code_new(rng, topic) if new else code_old(rng, topic)
    n = _seq(rng, big=True)
    shapes = [
        f"{code}/{n}/{unit}/{y}", f"{code}/{n}/{unit}", f"{code}/{n}-{unit}/{roman(m)}/{y}",
        f"{code}/{n}/{unit}/{roman(m)}/{y}", f"{code}/{n}/{y}/{unit}",
    ]
    if not new:
        shapes.append(f"{code}/{n}-{rng.choice(['Um', 'Keu', 'Prog', 'Sek', 'Bid.' + str(rng.randint(1, 4))])}/{unit}")
    return rng.choice(shapes)


def kpu(rng, date, code, what="SD", level="Kab"):
    cls = rng.choice(["PL.02.1", "PL.01.2", "PP.04.2", "KU.02.1", "HK.03.1", "SDM.12", "PY.02.1", "TP.01.1", "PR.01.2"])
    n = _seq(rng)
    if date.year < 2019:
        return f"{n}/KPU-{level}-{code}/{roman(date.month)}/{date.year}"
    return f"{n}/{cls}-{what}/{code}/{date.year}"


def bawaslu(rng, date, prov_abbr, kk):
    n = _seq(rng)
    cls = rng.choice(["PM.00.02", "PP.01.00", "HK.01.00", "KA.01.00", "RT.02.00", "PR.02.01"])
    if rng.random() < 0.5:
        return f"{n}/{cls}/K.{prov_abbr}-{kk:02d}/{date.month:02d}/{date.year}"
    return f"{n}/{cls}/K.{prov_abbr}-{kk:02d}/{roman(date.month)}/{date.year}"


def kemenag(rng, date, kk):
    n = _seq(rng, big=True)
    cls = rng.choice(["PP.00", "HM.01", "KP.07.6", "OT.01.2", "PD.01", "BA.00"])
    return f"B-{n}/Kk.{kk}/{cls}/{date.month:02d}/{date.year}"


def ministry(rng, date, unit):
    n = _seq(rng, big=True)
    shapes = [f"B-{n}/{unit}/{date.year}", f"{n}/{unit}/{date.year}", f"B/{n}/{unit}/{date.year}",
              f"S-{n}/{unit}/{date.year}", f"{code_new(rng, 'umum') if date.year >= 2023 else code_old(rng, 'umum')}/{n}/{unit}"]
    return rng.choice(shapes)


def police(rng, date, unit):
    n = _seq(rng)
    cls = rng.choice(["HUK.7.1.", "OPS.1.3.", "REN.2.1.", "SDM.2.1.", "LOG.4.2.", "OPS.2."])
    shapes = [f"B/{n}/{roman(date.month)}/{cls}/{date.year}/{unit}", f"B/{n}/{roman(date.month)}/{date.year}/{unit}",
              f"B/{n}/{roman(date.month)}/{cls}{date.year}"]
    return rng.choice(shapes)


def military(rng, date, unit=None):
    n = _seq(rng)
    return rng.choice([f"B/{n}/{roman(date.month)}/{date.year}", f"R/{n}/{roman(date.month)}/{date.year}",
                       f"B/{n}/{roman(date.month)}/{date.year}/{unit or 'Ter'}"])


def prosecutor(rng, date, kode, prefix="B"):
    n = _seq(rng, big=True)
    cls = rng.choice(["Cs.2", "Cp.3", "Dek.3", "Gp.1", "Ft.1", "Hkp.1"])
    return f"{prefix}-{n}/{kode}/{cls}/{date.month:02d}/{date.year}"


def court(rng, date, kode):
    n = _seq(rng, big=True)
    cls = rng.choice(["HK.02", "KP.04.6", "OT.01.1", "PS.00", "HM.02.3", "KU.01"])
    if rng.random() < 0.5:
        return f"{kode}/{n}/{cls}/{date.month}/{date.year}"
    return f"{n}/KPN.{kode}/{cls}/{roman(date.month)}/{date.year}"


def university(rng, date, un, what=None):
    n = _seq(rng, big=True)
    what = what or rng.choice(["KP", "HK", "TU.00.01", "PP", "KM", "PT.01.00", "KS", "HM.01.01"])
    shapes = [f"{n}/{un}/{what}/{date.year}", f"B/{n}/{un}/{what}/{date.year}", f"{n}/{un}.{rng.randint(1, 9)}/{what}/{date.year}"]
    return rng.choice(shapes)


def village(rng, date, abbr, topic="pemerintahan"):
    code = code_new(rng, topic) if date.year >= 2023 and rng.random() < 0.5 else code_old(rng, topic)
    n = _seq(rng)
    return rng.choice([f"{code}/{n}/{abbr}/{date.year}", f"{code}/{n}/{abbr}/{roman(date.month)}/{date.year}",
                       f"{code}/{n}/{abbr}"])


def tahun(rng, date):
    """'7 TAHUN 2021' (regulations and many decrees). Returns (own number, display)."""
    n = str(rng.randint(1, 120))
    return n


def spaced(num):
    """'800/458/BKD/2024' -> '800 / 458 / BKD / 2024' (a number typed into the blanks of a form)."""
    return re.sub(r"\s*/\s*", " / ", num)


def own(rng, make, tries=30):
    for _ in range(tries):
        n = make()
        if safe(n):
            return n
    raise ValueError("no safe number")
