"""The executable the conformance harness writes where cobc would write a built program
(harness.py write_launcher): it builds the program with the legacy engine as the harness did
and runs it with this process's arguments, environment, folder and standard streams.

    launch.py SPEC [ARGUMENT ...]

SPEC is the JSON the harness wrote: the folder and the words of the compile, the names of the
``-c`` objects it had seen, the executable's name, the compile's VAR=value assignments and the
``src`` folder of the idrs_sandbox package the harness ran. The exit status is the program's;
what the harness's in-process run would report as libcob's error goes to stderr the same way.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    spec = json.loads(argv[1])
    sys.path.insert(0, spec["src"])
    sys.path.insert(0, str(Path(__file__).parent))
    from atfile import Case
    from harness import LegacyReplay

    env = dict(os.environ)
    replay = LegacyReplay(Case("launch", 0, spec["name"]), env)
    replay.objects = dict(spec["objects"])
    workdir = Path(spec["workdir"])
    built = replay._compile(spec["words"], workdir, spec["assignments"], launcher=False)
    if isinstance(built, str) or built[0] != 0:
        sys.stderr.write(f"launch.py: the legacy engine could not build {spec['name']}\n")
        return 1
    result = replay._run(replay.programs[spec["name"]], env, Path.cwd(), argv[2:])
    if isinstance(result, str):
        sys.stderr.write(f"launch.py: {result}\n")
        return 1
    status, stdout, stderr, _ = result
    sys.stdout.buffer.write(stdout.encode("latin-1"))
    sys.stderr.buffer.write(stderr.encode("latin-1"))
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
