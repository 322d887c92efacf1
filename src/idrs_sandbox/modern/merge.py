"""The balanced-line merge of the master file and the transaction deck, by TIN (RULEBOOK §5).

Both inputs are iterators and the merge holds one master and one card at a time, so memory does
not grow with the files: the cards of one TIN are handed out lazily, not collected.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import groupby
from operator import attrgetter

from idrs_sandbox.modern.model import Account, Card

_NO_CARDS: tuple[Card, ...] = ()


@dataclass(slots=True)
class KeyGroup:
    """One TIN of the merge: its master (``None`` when not on file) and its run of cards."""

    tin: str
    master: Account | None
    cards: Iterator[Card]


def balanced_line(accounts: Iterator[Account], cards: Iterator[Card]) -> Iterator[KeyGroup]:
    """Yield the TINs of both files in ascending byte order, one group per TIN.

    ``cards`` have passed the sequence check (U09), so their TINs never go down. TINs compare as
    bytes, as POSTING.cbl's alphanumeric merge keys do. A group's ``cards`` must be consumed before
    the next group is asked for.

    Replaces POSTING.cbl 2000-PROCESS-GROUP (the group key).
    """
    runs = groupby(cards, key=attrgetter("tin"))
    master = next(accounts, None)
    run = next(runs, None)
    while master is not None or run is not None:
        if run is None or (master is not None and master.tin < run[0]):
            assert master is not None
            yield KeyGroup(master.tin, master, iter(_NO_CARDS))
            master = next(accounts, None)
        elif master is None or run[0] < master.tin:
            yield KeyGroup(run[0], None, run[1])
            run = next(runs, None)
        else:
            yield KeyGroup(master.tin, master, run[1])
            master = next(accounts, None)
            run = next(runs, None)
