"""The optimistic fast path of ``RecordCodec.decode``: one generated Python function per layout.

A record decoder that walks the layout calls several small functions per field; on TAXACCT (97
elementary occurrences) that is most of the time. Here the layout is turned once into the source
of a single function that builds the whole nested result in one expression, with the commonest
conversions inlined (unsigned zoned digits, alphanumeric text) and the others calling the field's
precomputed decoder.

The fast function assumes every field of the primary view is valid: any bad byte raises, and
``RecordCodec.decode`` then decodes the record again on the careful path, which finds the field,
raises the ``RecordError`` (strict) or collects the ``FieldError`` (lenient). A redefining view is
wrapped in its own try: if it does not decode, the careful path renders it with ``Invalid`` markers.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Context, Decimal
from typing import Any

from idrs_sandbox.records.layout import FieldLayout, Usage
from idrs_sandbox.records.picture import Category

FastDecoder = Callable[[bytes, int], Any]
SlowDecoder = Callable[[FieldLayout], Callable[[bytes, int], Any]]


class _NotValid(Exception):
    """Raised by the generated code on the first invalid field."""


def _bad() -> Any:
    raise _NotValid


class FastPathBuilder:
    """Generates the source of a fast decoder for a layout and compiles it.

    ``field_decoder(item)`` gives an elementary field's decoder (bytes -> value, raising on bad
    bytes); ``view_decoder(item)`` gives the careful decoder of a redefining view
    ((raw, base) -> value with ``Invalid`` markers, never raising)."""

    def __init__(
        self,
        field_decoder: Callable[[FieldLayout], Callable[[bytes], Any]],
        view_decoder: SlowDecoder,
        text_codec: str,
    ) -> None:
        self.field_decoder = field_decoder
        self.view_decoder = view_decoder
        self.text_codec = text_codec
        # scaleb() rounds to its context's precision: pass one that holds every value exactly.
        exact = Context(prec=100)
        self.namespace: dict[str, Any] = {"D": Decimal, "X": exact, "_bad": _bad}
        self.counter = 0
        self.depth = 0

    def _bind(self, value: Any, prefix: str) -> str:
        self.counter += 1
        name = f"{prefix}{self.counter}"
        self.namespace[name] = value
        return name

    def build(self, item: FieldLayout, count_of: Callable[[FieldLayout], Any]) -> FastDecoder:
        """A function ``(raw, base) -> value`` for ``item`` (primary view)."""
        self.count_of = count_of
        body = self._value(item, "base")
        return self._compile(body)

    def _compile(self, expression: str) -> FastDecoder:
        name = self._bind(None, "_fast")
        source = f"def {name}(raw, base):\n    return {expression}\n"
        exec(compile(source, f"<fast decoder {name}>", "exec"), self.namespace)
        function: FastDecoder = self.namespace[name]
        return function

    def _value(self, item: FieldLayout, base: str) -> str:
        if item.occurs is None:
            return self._single(item, base)
        self.depth += 1
        variable = f"d{self.depth}"
        steps = self._bind(tuple(i * item.size for i in range(item.occurs.maximum)), "_steps")
        element = self._single(item, f"{base}+{variable}")
        self.depth -= 1
        if item.occurs.depending_on is None:
            return f"[{element} for {variable} in {steps}]"
        count = self._bind(self.count_of(item), "_count")
        return f"[{element} for {variable} in {steps}[:{count}(raw)]]"

    def _single(self, item: FieldLayout, base: str) -> str:
        if item.is_group:
            members = ", ".join(
                f"{child.name!r}: {self._member(child, base)}"
                for child in item.children
                if not child.filler
            )
            return "{" + members + "}"
        return self._elementary(item, base)

    def _member(self, child: FieldLayout, base: str) -> str:
        if child.redefines is None:
            return self._value(child, base)
        # A redefining view: try its own fast function, else render it with Invalid markers.
        saved = self.depth
        self.depth = 0
        fast = self._compile(self._value(child, "base"))
        self.depth = saved
        slow = self.view_decoder(child)

        def view(raw: bytes, at: int) -> Any:
            try:
                return fast(raw, at)
            except Exception:  # any bad byte in the view: the careful path shows which
                return slow(raw, at)

        return f"{self._bind(view, '_view')}(raw, {base})"

    def _elementary(self, item: FieldLayout, base: str) -> str:
        start, end = item.offset, item.offset + item.size
        piece = f"raw[{base}+{start}:{base}+{end}]"
        picture = item.picture
        text_kinds = (Category.ALPHANUMERIC, Category.ALPHABETIC)
        if picture is not None and picture.category in text_kinds and not item.justified:
            return f"{piece}.decode({self.text_codec!r})"
        if self._plain_digits(item):
            assert picture is not None
            scale = picture.scale
            value = "D(int(c))" if scale == 0 else f"D(int(c)).scaleb({-scale}, X)"
            return f"({value} if (c := {piece}).isdigit() else _bad())"
        decoder = self._bind(self.field_decoder(item), "_dec")
        return f"{decoder}({piece})"

    def _plain_digits(self, item: FieldLayout) -> bool:
        """Unsigned ASCII zoned digits (validated with ``bytes.isdigit``, ASCII-only)."""
        picture = item.picture
        return (
            self.text_codec == "latin-1"
            and picture is not None
            and picture.category is Category.NUMERIC
            and item.usage is Usage.DISPLAY
            and not picture.signed
            and not item.blank_when_zero
            and picture.scale >= 0
        )
