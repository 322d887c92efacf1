"""Codec speed: records per second decoding (and encoding) TAXACCT master records.

Run: .venv/bin/python benchmarks/records_bench.py [--records N]
Builds N varied synthetic records (TIN area 666) with the codec itself, then times decode and
encode over them. No assertion: the figure is reported, not checked.
"""

from __future__ import annotations

import argparse
import time
from decimal import Decimal

from idrs_sandbox.cobol.copybook import load_copybook
from idrs_sandbox.records.codec import RecordCodec


def sample_records(codec: RecordCodec, count: int) -> list[bytes]:
    records = []
    for number in range(count):
        modules = [
            {
                "TA-TAX-PERIOD": 202012 + slot,
                "TA-STATUS": 10,
                "TA-TAX-ASSESSED": Decimal(number % 100_000) / 100,
                "TA-BALANCE": Decimal(-(number % 7_000)) / 100,
                "TA-FREEZE-A": "A" if number % 3 else " ",
            }
            for slot in range(number % 5)
        ]
        values = {
            "TA-TIN": 666_000_000 + number,
            "TA-NAME-LINE": f"TAXPAYER {number}",
            "TA-MODULE-COUNT": len(modules),
            "TA-MODULE": modules,
        }
        records.append(codec.encode(values))
    return records


def measure(label: str, action: object, items: list[object]) -> float:
    started = time.perf_counter()
    for item in items:
        action(item)  # type: ignore[operator]
    elapsed = time.perf_counter() - started
    rate = len(items) / elapsed
    print(f"{label}: {len(items):,} records in {elapsed:.2f} s = {rate:,.0f} records/s")
    return rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=20_000)
    args = parser.parse_args()
    codec = RecordCodec(load_copybook("TAXACCT"))
    records = sample_records(codec, args.records)
    decoded = [codec.decode(raw) for raw in records[:1000]]
    measure("decode TAXACCT", codec.decode, records)  # type: ignore[arg-type]
    measure("encode TAXACCT (all fields)", codec.encode, decoded * (args.records // 1000))  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
