"""SIGKILL soak: a process saves a workshop over and over and is killed at a random moment,
many times; after every kill the file must open and hold one complete save.

Run: ``uv run python benchmarks/kill_soak.py [KILLS]`` (default 100; POSIX only). Prints the
kills, the corrupt files (must be 0) and the temporary files the killed writes left (each
removed by a later save once it is an hour old).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WRITER = """
import sys
from pathlib import Path
from aws_advisor.core.workshops.document import new_workshop
from aws_advisor.core.workshops.storage import save_workshop
target, n = Path(sys.argv[1]), 0
while True:
    n += 1
    save_workshop(new_workshop(f"Save {n}", facilitator="x" * 20000), target)
    print(n, flush=True)
"""


def main(kills: int) -> int:
    from aws_advisor.core.errors import AdvisorError
    from aws_advisor.core.workshops.storage import open_workshop

    folder = Path(tempfile.mkdtemp(prefix="aws-advisor-soak-"))
    target = folder / "soak.awsadvisor"
    corrupt = 0
    rng = random.Random(7)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    started = time.perf_counter()
    for _ in range(kills):
        child = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(target)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert child.stdout is not None
        child.stdout.readline()  # at least one save has finished
        time.sleep(rng.uniform(0.0, 0.2))
        child.send_signal(signal.SIGKILL)
        child.wait()
        try:
            if not open_workshop(target).title.startswith("Save "):
                corrupt += 1
        except AdvisorError:
            corrupt += 1
    seconds = time.perf_counter() - started
    temps = sum(1 for p in folder.iterdir() if p.name.endswith(".tmp"))
    print(
        f"{kills} SIGKILLs while saving: {corrupt} corrupt files; {temps} temporary files "
        f"left by killed writes; {seconds:.0f} s"
    )
    return 1 if corrupt else 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 100))
