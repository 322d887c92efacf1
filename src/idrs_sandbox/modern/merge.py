"""The balanced-line merge of the master file and the transaction deck, by TIN (RULEBOOK §5).

The cards drive it: the run asks :meth:`BalancedLine.master_for` for the master of each TIN of
the deck as its first card comes, and every master below that TIN, which has no cards, is
closed on the way. Both files are streamed and the merge holds one master at a time, so memory
does not grow with the files.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from idrs_sandbox.modern.model import Account


class BalancedLine:
    """The master side of the merge: MASTIN in TIN order, and what to do with a master that
    gets no card (``close``: end-of-account processing and the write, as for any other).

    Replaces POSTING.cbl 2000-PROCESS-GROUP (the group key).
    """

    __slots__ = ("accounts", "close", "masters_read", "next_master")

    def __init__(self, accounts: Iterator[Account], close: Callable[[Account], None]) -> None:
        self.accounts = accounts
        self.close = close
        self.next_master = next(accounts, None)
        self.masters_read = 0
        """MASTIN records read so far (the report's MASTIN READ)."""

    def master_for(self, tin: str) -> Account | None:
        """The master of ``tin`` (``None``: not on file), after closing every master below it.
        TINs come in ascending byte order, as POSTING.cbl's alphanumeric merge keys compare:
        the cards have passed the sequence check (U09)."""
        master = self.next_master
        while master is not None and master.tin < tin:
            self._take()
            self.close(master)
            master = self.next_master
        if master is None or master.tin != tin:
            return None
        self._take()
        return master

    def finish(self) -> None:
        """Close the masters after the last card's TIN."""
        while (master := self.next_master) is not None:
            self._take()
            self.close(master)

    def _take(self) -> None:
        self.masters_read += 1
        self.next_master = next(self.accounts, None)
