"""Records ⇄ the run's dataclasses, one precomputed codec per field (no generic dict decoding).

Offsets come from the layouts declared in :mod:`idrs_sandbox.modern.layouts`; numeric bytes go
through :mod:`idrs_sandbox.records.numeric`. Text is Latin-1, one character per byte, so every byte
read can be written back unchanged.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

from idrs_sandbox.errors import IdrsError
from idrs_sandbox.modern.codes import AbendCause, NoticeCode
from idrs_sandbox.modern.model import (
    MAX_MODULES,
    Account,
    ControlCard,
    Module,
    Notice,
    Refund,
    Transaction,
    Unpostable,
)
from idrs_sandbox.records.numeric import InvalidNumeric, packed_codec, zoned_codec

TEXT = "latin-1"
CONTROL_LENGTH = 80
CARD_LENGTH = 100
ACCOUNT_LENGTH = 514
MODULE_LENGTH = 86
MODULES_OFFSET = 150

_CARD_AMOUNT = zoned_codec(11, 2, True)
_BALANCE_DUE = zoned_codec(11, 2, True)
_PENALTY_ZONED = zoned_codec(9, 2, True)
_REFUND_AMOUNT = zoned_codec(11, 2, False)


class PackedMoney:
    """A COMP-3 money field's codec, with the bytes of zero precomputed: most penalty and
    interest fields hold zero, and this spares the codec (the run's hottest code) for them."""

    __slots__ = ("_codec", "_zero", "_zero_bytes", "size")

    def __init__(self, digits: int) -> None:
        self._codec = packed_codec(digits, 2, True)
        self._zero = Decimal("0.00")
        self._zero_bytes = self._codec.encode(self._zero)
        self.size = self._codec.size

    def encode(self, value: Decimal) -> bytes:
        return self._zero_bytes if not value else self._codec.encode(value)

    def decode(self, raw: bytes) -> Decimal:
        return self._zero if raw == self._zero_bytes else self._codec.decode(raw)


_PACKED_AMOUNT = PackedMoney(11)
_PACKED_PENALTY = PackedMoney(9)
_NOTICES_BY_BYTES = {code.value.encode(TEXT): code for code in NoticeCode}
_SPACE = ord(" ")
_NO_NOTICE = b"     "


class Abend(IdrsError):
    """A business abend (RULEBOOK §7): the run stops with return code 16."""

    def __init__(self, cause: AbendCause, detail: str = "") -> None:
        super().__init__(f"ABEND: {cause.value}" + (f" ({detail})" if detail else ""))
        self.cause = cause


def _digits(text: str) -> bool:
    return text.isascii() and text.isdigit()


def _number(text: str) -> int | None:
    return int(text) if _digits(text) else None


def _fixed(text: str, width: int) -> str:
    return text[:width].ljust(width)


# --- CONTROL ------------------------------------------------------------------------------


def decode_control(raw: bytes) -> ControlCard | None:
    """The control card, or ``None`` when a field is not numeric."""
    text = raw.decode(TEXT)
    cycle, run_date, rate = text[0:6], text[6:14], text[14:19]
    if not (_digits(cycle) and _digits(run_date) and _digits(rate)):
        return None
    return ControlCard(int(cycle), int(run_date), Decimal(rate).scaleb(-4))


# --- TRANSIN ------------------------------------------------------------------------------


def decode_card(raw: bytes) -> Transaction:
    """A card as read; numeric fields that are not numeric decode to ``None`` (U05 later)."""
    text = raw.decode(TEXT)
    try:
        amount: Decimal | None = _CARD_AMOUNT.decode(raw[22:33])
    except InvalidNumeric:
        amount = None
    return Transaction(
        image=raw,
        tin=text[0:9],
        name_control=text[9:13],
        tc=_number(text[13:16]),
        tax_period=_number(text[16:22]),
        amount=amount,
        trans_date=_number(text[33:39]),
        seq=text[39:45],
        data=text[45:100],
    )


# --- MASTIN / MASTOUT -----------------------------------------------------------------------


class MasterFieldError(IdrsError):
    """A MASTIN field the run needs as a number does not hold one."""


def _not_numeric(
    raw: bytes, record: int, base: int, fields: tuple[tuple[str, int, int], ...]
) -> MasterFieldError:
    """The error for the first of ``fields`` (name, start, end) whose bytes are not digits."""
    for name, start, end in fields:
        if not raw[start:end].isdigit():
            shown = raw[start:end].hex(" ").upper()
            return MasterFieldError(
                f"MASTIN record {record:,}, offset {base + start}, field {name}: "
                f"bytes {shown} not numeric"
            )
    raise AssertionError("every field is numeric")  # pragma: no cover - callers checked


def _packed(raw: bytes, record: int, base: int, name: str, start: int, end: int) -> Decimal:
    codec = _PACKED_AMOUNT if end - start == _PACKED_AMOUNT.size else _PACKED_PENALTY
    try:
        return codec.decode(raw[start:end])
    except InvalidNumeric as error:
        raise MasterFieldError(
            f"MASTIN record {record:,}, offset {base + start}, field {name}: {error}"
        ) from None


_MODULE_NUMBERS = (
    ("TA-TAX-PERIOD", 0, 6),
    ("TA-STATUS", 6, 8),
    ("TA-STATUS-CYCLE", 8, 14),
    ("TA-RETURN-DATE", 17, 25),
    ("TA-INTEREST-DATE", 58, 66),
    ("TA-NOTICE-CYCLE", 71, 77),
    ("TA-LAST-TC", 77, 80),
    ("TA-LAST-ACTIVITY", 80, 86),
)
_MODULE_MONEY = (
    ("TA-TAX-ASSESSED", 25, 31),
    ("TA-CREDITS", 31, 37),
    ("TA-FTF-PENALTY", 37, 42),
    ("TA-FTP-PENALTY", 42, 47),
    ("TA-INTEREST", 47, 52),
    ("TA-BALANCE", 52, 58),
)
_ACCOUNT_NUMBERS = (("TA-ESTABLISHED-CYCLE", 137, 143), ("TA-LAST-UPDATE-CYCLE", 143, 149))


def _last_notice(raw: bytes, record: int, base: int) -> NoticeCode | None:
    text = raw[66:71]
    if text == _NO_NOTICE:
        return None
    code = _NOTICES_BY_BYTES.get(text)
    if code is None:
        raise MasterFieldError(
            f"MASTIN record {record:,}, offset {base + 66}, field TA-LAST-NOTICE: "
            f"bytes {text.hex(' ').upper()} are no notice code"
        )
    return code


def decode_module(raw: bytes, record: int, base: int) -> Module:
    """One module slot; ``base`` is its offset in the record (for error messages)."""
    # bytes.isdigit() is ASCII-only, as COBOL's NUMERIC test on an unsigned DISPLAY field.
    if not (
        raw[0:14].isdigit()
        and raw[17:25].isdigit()
        and raw[58:66].isdigit()
        and raw[71:86].isdigit()
    ):
        raise _not_numeric(raw, record, base, _MODULE_NUMBERS)
    assessed, credits, ftf, ftp, interest, balance = (
        _packed(raw, record, base, name, start, end) for name, start, end in _MODULE_MONEY
    )
    return Module(
        tax_period=int(raw[0:6]),
        status=int(raw[6:8]),
        status_cycle=int(raw[8:14]),
        # posting-notes E2: a freeze is clear only when its byte is a space.
        freeze_a=raw[14] != _SPACE,
        freeze_l=raw[15] != _SPACE,
        freeze_r=raw[16] != _SPACE,
        return_date=int(raw[17:25]),
        tax_assessed=assessed,
        credits=credits,
        ftf_penalty=ftf,
        ftp_penalty=ftp,
        interest=interest,
        balance=balance,
        interest_date=int(raw[58:66]),
        last_notice=_last_notice(raw, record, base),
        notice_cycle=int(raw[71:77]),
        last_tc=int(raw[77:80]),
        last_activity=int(raw[80:86]),
    )


def decode_account(raw: bytes, record: int) -> Account:
    """A master record; its TIN and MODULE-COUNT were checked by :func:`read_accounts`."""
    if not raw[137:149].isdigit():
        raise _not_numeric(raw, record, 0, _ACCOUNT_NUMBERS)
    text = raw.decode(TEXT)
    count = int(text[149])
    modules = [
        decode_module(raw[start : start + MODULE_LENGTH], record, start)
        for start in range(MODULES_OFFSET, MODULES_OFFSET + count * MODULE_LENGTH, MODULE_LENGTH)
    ]
    return Account(
        tin=text[0:9],
        name_control=text[9:13],
        name_line=text[13:48],
        street=text[48:83],
        city=text[83:103],
        state=text[103:105],
        zip=text[105:110],
        filing_status=text[110:111],
        bank_rtn=text[111:120],
        bank_acct=text[120:137],
        established_cycle=int(text[137:143]),
        last_update_cycle=int(text[143:149]),
        modules=modules,
        filler=raw[494:514],
    )


def encode_module(module: Module) -> bytes:
    freezes = (
        ("A" if module.freeze_a else " ")
        + ("L" if module.freeze_l else " ")
        + ("R" if module.freeze_r else " ")
    )
    notice = module.last_notice.value if module.last_notice else "     "
    return b"".join(
        (
            f"{module.tax_period:06d}{module.status:02d}{module.status_cycle:06d}{freezes}"
            f"{module.return_date:08d}".encode(TEXT),
            _PACKED_AMOUNT.encode(module.tax_assessed),
            _PACKED_AMOUNT.encode(module.credits),
            _PACKED_PENALTY.encode(module.ftf_penalty),
            _PACKED_PENALTY.encode(module.ftp_penalty),
            _PACKED_PENALTY.encode(module.interest),
            _PACKED_AMOUNT.encode(module.balance),
            f"{module.interest_date:08d}{notice}{module.notice_cycle:06d}"
            f"{module.last_tc:03d}{module.last_activity:06d}".encode(TEXT),
        )
    )


EMPTY_MODULE = encode_module(Module(tax_period=0))
"""Module slots above MODULE-COUNT are written in empty form (RULEBOOK §2)."""


def encode_account(account: Account) -> bytes:
    head = (
        f"{account.tin}{_fixed(account.name_control, 4)}{_fixed(account.name_line, 35)}"
        f"{_fixed(account.street, 35)}{_fixed(account.city, 20)}{_fixed(account.state, 2)}"
        f"{_fixed(account.zip, 5)}{_fixed(account.filing_status, 1)}{_fixed(account.bank_rtn, 9)}"
        f"{_fixed(account.bank_acct, 17)}{account.established_cycle:06d}"
        f"{account.last_update_cycle:06d}{len(account.modules)}"
    )
    modules = [encode_module(module) for module in account.modules]
    modules += [EMPTY_MODULE] * (MAX_MODULES - len(modules))
    return head.encode(TEXT) + b"".join(modules) + account.filler


# --- NOTICES, REFUNDS, UNPOST -------------------------------------------------------------------


def encode_notice(notice: Notice) -> bytes:
    return b"".join(
        (
            f"{notice.tin}{notice.code.value}{notice.tax_period:06d}"
            f"{_fixed(notice.name_line, 35)}{_fixed(notice.street, 35)}{_fixed(notice.city, 20)}"
            f"{_fixed(notice.state, 2)}{_fixed(notice.zip, 5)}".encode(TEXT),
            _BALANCE_DUE.encode(notice.balance_due),
            _PENALTY_ZONED.encode(notice.ftp_this),
            _PENALTY_ZONED.encode(notice.interest_this),
            f"{notice.cycle:06d}{notice.respond_by:08d}".encode(TEXT),
        )
    )


def encode_refund(refund: Refund) -> bytes:
    return b"".join(
        (
            f"{refund.tin}{refund.tax_period:06d}".encode(TEXT),
            _REFUND_AMOUNT.encode(refund.amount),
            f"{refund.method.value}{_fixed(refund.bank_rtn, 9)}{_fixed(refund.bank_acct, 17)}"
            f"{_fixed(refund.name_line, 35)}{_fixed(refund.street, 35)}{_fixed(refund.city, 20)}"
            f"{_fixed(refund.state, 2)}{_fixed(refund.zip, 5)}{refund.cycle:06d}".encode(TEXT),
        )
    )


def encode_unpostable(unpostable: Unpostable) -> bytes:
    code = unpostable.code
    tail = f"{code.upc}{unpostable.cycle:06d}{_fixed(code.reason, 31)}"
    return unpostable.image + tail.encode(TEXT)


# --- files ----------------------------------------------------------------------------------


def iter_records(path: Path, length: int) -> Iterator[bytes]:
    """Fixed-length records of a sequential file, streamed."""
    with path.open("rb") as stream:
        while record := stream.read(length):
            yield record


def scan_master(path: Path) -> None:
    """The edit pass over MASTIN before any output is written (RULEBOOK §7): the first bad record
    abends the run.

    Replaces POSTING.cbl 1300-SCAN-MASTIN.
    """
    previous = b""
    for number, raw in enumerate(iter_records(path, ACCOUNT_LENGTH), start=1):
        check_master(raw, previous, number)
        previous = raw[0:9]


def check_master(raw: bytes, previous_tin: bytes, number: int) -> None:
    """A numeric TIN not above the previous one is OUT OF SEQUENCE (checked first); a non-numeric
    TIN, or a MODULE-COUNT not numeric or above 4, is INVALID RECORD (posting-notes A2).

    Replaces POSTING.cbl 1310-SCAN-ONE-MASTER.
    """
    tin, count = raw[0:9], raw[149:150]
    if tin.isdigit() and previous_tin and tin <= previous_tin:
        raise Abend(AbendCause.MASTIN_SEQUENCE, f"record {number:,}")
    if not tin.isdigit() or not count.isdigit() or int(count) > MAX_MODULES:
        raise Abend(AbendCause.MASTIN_INVALID, f"record {number:,}")


def read_accounts(path: Path) -> Iterator[Account]:
    """MASTIN's accounts, streamed (the file passed :func:`scan_master`)."""
    for number, raw in enumerate(iter_records(path, ACCOUNT_LENGTH), start=1):
        yield decode_account(raw, number)


def read_cards(path: Path) -> Iterator[Transaction]:
    for raw in iter_records(path, CARD_LENGTH):
        yield decode_card(raw)
