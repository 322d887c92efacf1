"""The COBOL front end: the fixed-format source reader with COPY expansion (``source``),
positions and diagnostics (``diagnostics``), the lark grammars (``grammar/``), the data-description
AST (``data_division``) and the bridge from a copybook to a record layout (``copybook``)."""
