"""Training: katas that teach legacy modernization with the oracle (``idrs exercise``).

- :mod:`.course`: the exercises in order, and start / check / hint / reset;
- :mod:`.exercise` and :mod:`.exercises`: one class per exercise (its words, its starting state,
  its checks), with data (seed scripts, acceptance decks, starting files) under ``data/<slug>/``;
- :mod:`.workspace`: the trainee's work folder, copies of the COBOL and the modern engine, and
  loading the trainee's Python under a private name;
- :mod:`.checks`: outcomes and the oracle's evidence (scenarios, equivalence, property);
- :mod:`.engines`: the trainee's engines and the truth; :mod:`.decks`: seeded input decks;
- :mod:`.edits`: edit scripts; :mod:`.reports`: the control report's line layout.

Reference solutions are not here: they live in ``tests/training/solutions``.
"""
