"""Synthetic people: name lines, streets, cities. Nothing here is anyone real.

Name lines follow the card convention of RULEBOOK §2 (``JOHN A<DOE<JR``: the surname sits between
``<`` marks) and deliberately include the shapes that make the name control of RULEBOOK §4
interesting: apostrophes (``O'BRIEN``), hyphens (``NG-LEE``), multi-word surnames
(``DE LA ROSA``), periods (``ST. JOHN``), one- and two-letter surnames (``NG``, ``O``), lower-case
letters (``McDONALD``), an empty surname (``<<``), lines with a single ``<`` and lines without any
(the name control then comes from the last word, suffix included).
"""

from __future__ import annotations

import random
from functools import cache
from typing import NamedTuple

from idrs_sandbox.datagen.layout import records_of_the_run


@cache
def _widths() -> tuple[int, int, int]:
    """NAME-LINE, STREET and CITY of TAXACCT (the cards' fields have the same widths)."""
    account = records_of_the_run().account
    return account["TA-NAME-LINE"].size, account["TA-STREET"].size, account["TA-CITY"].size


FIRST_NAMES = (
    "JOHN", "MARY", "JAMES", "PATRICIA", "ROBERT", "JENNIFER", "MICHAEL", "LINDA", "WILLIAM",
    "ELIZABETH", "DAVID", "BARBARA", "RICHARD", "SUSAN", "JOSEPH", "JESSICA", "THOMAS", "SARAH",
    "CHARLES", "KAREN", "CHRISTOPHER", "NANCY", "DANIEL", "LISA", "MATTHEW", "BETTY", "ANTHONY",
    "MARGARET", "MARK", "SANDRA", "ANA", "LI", "MAI", "JOSE", "MARIA", "WEI", "FATIMA", "OMAR",
    "PRIYA", "RAJ", "HIROSHI", "YUKI", "OLGA", "IVAN", "SEAN", "SIOBHAN", "PIERRE", "AMELIE",
    "KWAME", "AMARA", "TOMASZ", "AGNIESZKA", "LUIS", "CARMEN", "MIN-JUN", "SEO-YEON", "JO",
    "AL", "ED", "BO", "ZOE", "ELEANOR", "FRANCIS", "GUADALUPE", "MARY ANN", "JEAN-PAUL",
)  # fmt: skip

# Ordinary surnames, with the weight of the common case.
COMMON_SURNAMES = (
    "SMITH", "JOHNSON", "WILLIAMS", "BROWN", "JONES", "GARCIA", "MILLER", "DAVIS", "RODRIGUEZ",
    "MARTINEZ", "HERNANDEZ", "LOPEZ", "GONZALEZ", "WILSON", "ANDERSON", "THOMAS", "TAYLOR",
    "MOORE", "JACKSON", "MARTIN", "PEREZ", "THOMPSON", "WHITE", "HARRIS", "SANCHEZ", "CLARK",
    "RAMIREZ", "LEWIS", "ROBINSON", "WALKER", "YOUNG", "ALLEN", "KING", "WRIGHT", "SCOTT",
    "TORRES", "NGUYEN", "HILL", "FLORES", "GREEN", "ADAMS", "NELSON", "BAKER", "HALL", "RIVERA",
    "CAMPBELL", "MITCHELL", "CARTER", "ROBERTS", "KOWALSKI", "NOWAK", "SCHMIDT", "MUELLER",
    "OKAFOR", "MENSAH", "TANAKA", "SATO", "KIM", "PARK", "PATEL", "SHAH", "IVANOV", "PETROVA",
    "BJORNSTAD", "ABERNATHY", "QUINTANILLA", "WOJCIECHOWSKI", "FITZGERALD", "ZIMMERMANN",
)  # fmt: skip

# Surnames whose name control exercises a rule of RULEBOOK §4.
TRICKY_SURNAMES = (
    "O'BRIEN", "O'NEIL", "D'ANGELO", "O'CONNOR", "DE'ATH",  # apostrophe removed
    "NG-LEE", "SMITH-JONES", "GARCIA-LOPEZ", "AL-SAYED", "LE-ROY",  # hyphen kept
    "DE LA ROSA", "VAN DER BERG", "DE LA CRUZ", "VON TRAPP", "DA SILVA", "DEL RIO",  # blanks
    "ST. JOHN", "ST. CLAIR", "MC DONALD", "LE BLANC", "MAC ARTHUR",  # period, blank
    "NG", "LI", "WU", "OH", "YI", "HO", "XU", "O", "BO",  # short: padded with blanks
    "McDONALD", "MacLEOD", "DeVITO", "van HALEN",  # lower-case a-z upper-cased
)  # fmt: skip

SUFFIXES = ("JR", "SR", "II", "III", "IV")

STREET_NAMES = (
    "MAIN", "OAK", "PINE", "MAPLE", "CEDAR", "ELM", "WASHINGTON", "LAKE", "HILL", "PARK",
    "FIRST", "SECOND", "THIRD", "FOURTH", "FIFTH", "MARKET", "CHURCH", "MILL", "RIVER", "SPRING",
    "O'FARRELL", "MARTIN LUTHER KING JR", "SAINT-LAURENT", "EL CAMINO REAL", "DE LA VINA",
)  # fmt: skip
STREET_SUFFIXES = ("ST", "AVE", "RD", "BLVD", "LN", "DR", "CT", "WAY", "PL", "TER")
UNITS = ("APT 1", "APT 2B", "UNIT 4", "STE 100", "# 12", "APT 3-C", "FL 2")

# (city, state, first three ZIP digits): a plausible spread, invented street numbers.
CITIES = (
    ("NEW YORK", "NY", "100"), ("BROOKLYN", "NY", "112"), ("BUFFALO", "NY", "142"),
    ("BOSTON", "MA", "021"), ("HARTFORD", "CT", "061"), ("NEWARK", "NJ", "071"),
    ("PHILADELPHIA", "PA", "191"), ("PITTSBURGH", "PA", "152"), ("BALTIMORE", "MD", "212"),
    ("WASHINGTON", "DC", "200"), ("RICHMOND", "VA", "232"), ("CHARLOTTE", "NC", "282"),
    ("ATLANTA", "GA", "303"), ("MIAMI", "FL", "331"), ("ORLANDO", "FL", "328"),
    ("NASHVILLE", "TN", "372"), ("BIRMINGHAM", "AL", "352"), ("NEW ORLEANS", "LA", "701"),
    ("HOUSTON", "TX", "770"), ("DALLAS", "TX", "752"), ("SAN ANTONIO", "TX", "782"),
    ("EL PASO", "TX", "799"), ("OKLAHOMA CITY", "OK", "731"), ("KANSAS CITY", "MO", "641"),
    ("ST. LOUIS", "MO", "631"), ("CHICAGO", "IL", "606"), ("DETROIT", "MI", "482"),
    ("CLEVELAND", "OH", "441"), ("COLUMBUS", "OH", "432"), ("INDIANAPOLIS", "IN", "462"),
    ("MILWAUKEE", "WI", "532"), ("MINNEAPOLIS", "MN", "554"), ("DES MOINES", "IA", "503"),
    ("OMAHA", "NE", "681"), ("DENVER", "CO", "802"), ("SALT LAKE CITY", "UT", "841"),
    ("PHOENIX", "AZ", "850"), ("ALBUQUERQUE", "NM", "871"), ("LAS VEGAS", "NV", "891"),
    ("LOS ANGELES", "CA", "900"), ("SAN FRANCISCO", "CA", "941"), ("SAN DIEGO", "CA", "921"),
    ("PORTLAND", "OR", "972"), ("SEATTLE", "WA", "981"), ("ANCHORAGE", "AK", "995"),
    ("HONOLULU", "HI", "968"), ("COEUR D'ALENE", "ID", "838"), ("SAULT STE. MARIE", "MI", "497"),
    ("WINSTON-SALEM", "NC", "271"), ("TRUTH OR CONSEQUENCES", "NM", "879"),
    ("SAN JUAN", "PR", "009"), ("APO", "AE", "090"),
)  # fmt: skip


class Address(NamedTuple):
    """A NamedTuple rather than a frozen dataclass: one is built per account and per TC 014."""

    street: str
    city: str
    state: str
    zip_code: str


def _surname(rng: random.Random) -> str:
    return rng.choice(TRICKY_SURNAMES if rng.random() < 0.2 else COMMON_SURNAMES)


def _given(rng: random.Random) -> str:
    first = rng.choice(FIRST_NAMES)
    roll = rng.random()
    if roll < 0.45:
        return f"{first} {chr(65 + rng.randrange(26))}"  # middle initial
    if roll < 0.50:
        # A joint return: both spouses before the shared surname.
        return f"{first} & {rng.choice(FIRST_NAMES)}"
    return first


def _fit(parts: list[str], width: int) -> str:
    """Join ``parts``; drop the optional middle part when the line is too wide, then truncate."""
    line = "".join(parts)
    if len(line) > width and len(parts) > 3:
        line = "".join(parts[:3]) + "<"
    return line[:width]


def name_line(rng: random.Random, surname: str | None = None) -> str:
    """A name line that fits NAME-LINE, in one of the shapes of RULEBOOK §2 and §4."""
    width = _widths()[0]
    given = _given(rng)
    family = surname if surname is not None else _surname(rng)
    roll = rng.random()
    if roll < 0.80:  # JOHN A<DOE<  /  JOHN A<DOE<JR
        suffix = rng.choice(SUFFIXES) if rng.random() < 0.08 else ""
        return _fit([given, "<", family, "<", suffix], width)
    if roll < 0.90:  # no '<' at all: the last word is the surname (or the suffix!)
        suffix = f" {rng.choice(SUFFIXES)}" if rng.random() < 0.15 else ""
        return f"{given} {family}{suffix}"[:width]
    if roll < 0.96:  # a single '<': the last blank-delimited word, '<' removed
        return f"{given}<{family}"[:width]
    if roll < 0.98:  # the surname field left empty: name control is four blanks
        return f"{given}<<"
    return f"{family}<{family}<"[:width]  # surname keyed twice


def married_surname(rng: random.Random) -> str:
    """A surname for a TC 013 name change."""
    return _surname(rng)


def address(rng: random.Random) -> Address:
    city, state, zip3 = rng.choice(CITIES)
    roll = rng.random()
    if roll < 0.08:
        street = f"PO BOX {rng.randrange(1, 99999)}"
    elif roll < 0.11:
        street = f"RR {rng.randrange(1, 30)} BOX {rng.randrange(1, 999)}"
    else:
        number = rng.randrange(1, 99999)
        street = f"{number} {rng.choice(STREET_NAMES)} {rng.choice(STREET_SUFFIXES)}"
        if rng.random() < 0.15:
            street = f"{street} {rng.choice(UNITS)}"
    zip_code = f"{zip3}{rng.randrange(100):02d}"
    _, street_width, city_width = _widths()
    return Address(street[:street_width], city[:city_width], state, zip_code)
