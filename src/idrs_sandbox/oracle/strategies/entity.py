"""Entity data (RULEBOOK §4, §6): name lines for every name-control rule, addresses, routing
numbers that pass and fail the ABA check, bank accounts."""

from __future__ import annotations

from functools import cache

from hypothesis import strategies as st

from idrs_sandbox.datagen.banking import ABA_WEIGHTS


def aba_check_digit(body: str) -> str:
    """The ninth digit that makes eight digits pass the ABA check (its weight is 1)."""
    partial = sum(w * int(d) for w, d in zip(ABA_WEIGHTS, body, strict=False))
    return str(-partial % 10)


SURNAMES = ("DOE", "O'BRIEN", "DE LA ROSA", "NG-LEE", "NG", "SMITH-JONES", "LI", "MC.DONALD")
GIVEN = ("JOHN", "MARY A", "KIM", "J.R.", "ana", "")


@cache
def name_lines() -> st.SearchStrategy[str]:
    """NAME-LINE X(35) for every rule of RULEBOOK §4: a surname between ``<`` marks (with an
    apostrophe, a period, blanks, a hyphen, lower case, digits, a byte above X'7F'), an empty
    surname ``<<``, one ``<`` only or none (the last word counts), three ``<``, a blank line."""
    surname = st.one_of(
        st.sampled_from(SURNAMES),
        st.sampled_from(["o'neil", "van der berg", "d'arcy-ng", "X1Z", "MÜLLER", "ÅS", ""]),
        st.text(alphabet="AZaz'.- <-19é", max_size=8),
    )
    marked = st.builds(
        lambda given, last, suffix: f"{given}<{last}<{suffix}",
        st.sampled_from(GIVEN),
        surname,
        st.sampled_from(["", "JR", "III", "<X", " SR."]),
    )
    one_mark = st.builds(
        lambda given, last: f"{given}<{last}", st.sampled_from(GIVEN), surname.map(str.strip)
    )
    words = st.builds(
        lambda given, last: f"{given} {last}".strip(), st.sampled_from(GIVEN), surname
    )
    fixed = st.sampled_from(["", "JOHN<DOE", "X<<Y<", "A<b.c d<JR", "Z  <AB", "a<ba1z<"])
    return st.one_of(marked, one_mark, words, fixed).map(lambda text: text[:35])


@cache
def streets() -> st.SearchStrategy[str]:
    return st.sampled_from(["12 ELM ST", "400 OAK AVE", "7 PINE RD APT 2", "", "PO BOX 9"])


@cache
def cities() -> st.SearchStrategy[str]:
    return st.sampled_from(["SPRINGFIELD", "PORTLAND", "AUSTIN", "", "ST. LOUIS"])


@cache
def states() -> st.SearchStrategy[str]:
    return st.sampled_from(["IL", "OR", "TX", "  "])


@cache
def zips() -> st.SearchStrategy[str]:
    return st.sampled_from(["62701", "97201", "73301", "00000"])


@cache
def routing_numbers() -> st.SearchStrategy[str]:
    """BANK-RTN 9(9): numbers that pass the ABA check, that fail it by one digit, and all
    zeros, which pass the sum but are refused anyway (RULEBOOK §6)."""
    bodies = st.integers(0, 99_999_999).map(lambda n: f"{n:08d}")
    valid = bodies.map(lambda body: body + aba_check_digit(body))
    invalid = bodies.map(lambda body: body + str((int(aba_check_digit(body)) + 1) % 10))
    known = st.sampled_from(["021000021", "011000015", "123456780", "021000022", "000000000"])
    return st.one_of(known, valid, invalid)


@cache
def card_routing_numbers() -> st.SearchStrategy[str]:
    """TR-BANK-RTN on a TC 150 card: routing numbers, or blanks / letters (U05, §5)."""
    return st.one_of(routing_numbers(), st.sampled_from(["         ", "02100002X"]))


ODD_ROUTING_NUMBERS = ("         ", "02100002X", "0210 0002")
"""TA-BANK-RTN bytes that are not numeric: blanks, a letter, an embedded space."""


@cache
def master_routing_numbers() -> st.SearchStrategy[str]:
    """TA-BANK-RTN of a master account: a routing number, and one time in twenty bytes that
    are not numeric (:data:`ODD_ROUTING_NUMBERS`). The program never stores them (a TC 150
    that carries them is U05) and does not check MASTIN's, so they stand for an account
    converted from an older file; the ABA check refuses them first (7600-ABA-CHECK), so a
    refund to the account goes out as a paper check (RULEBOOK §6)."""
    odd = st.sampled_from(ODD_ROUTING_NUMBERS)
    return st.integers(0, 19).flatmap(lambda n: odd if n == 19 else routing_numbers())


@cache
def bank_accounts() -> st.SearchStrategy[str]:
    """BANK-ACCT X(17): blank (a paper check), digits, text with punctuation."""
    return st.one_of(st.just(""), st.sampled_from(["111222333", "987-65 43", "12345678901234567"]))
