#!/usr/bin/env python3
"""Runs commands in turns and prints each one's median wall and CPU time (docs/benchmarks.md).

    bench/alternate.py RUNS LABEL COMMAND [LABEL COMMAND ...]
    e.g. bench/alternate.py 6 \\
      plain "java -jar $JAR report data/sample -q --out /tmp/a" \\
      archive "java -XX:SharedArchiveFile=$JSA -Xlog:cds=off -jar $JAR report data/sample -q --out /tmp/b"

Each round runs every command once, in the order given, so that all of them see the same machine;
on a shared 2-core machine only figures taken in turns are comparable. A command runs through the
shell, its output dropped; a command that fails stops the script. CPU is the user and system time
of the command and its children.
"""
import resource
import statistics
import subprocess
import sys
import time


def main(args):
    if len(args) < 3 or len(args) % 2 == 0:
        sys.exit(__doc__)
    runs = int(args[0])
    commands = list(zip(args[1::2], args[2::2]))
    walls = {label: [] for label, _ in commands}
    cpus = {label: [] for label, _ in commands}
    for _ in range(runs):
        for label, command in commands:
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.monotonic()
            subprocess.run(command, shell=True, check=True, stdout=subprocess.DEVNULL)
            walls[label].append(time.monotonic() - start)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpus[label].append(
                after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    for label, _ in commands:
        runs_text = " ".join(f"{w:.2f}" for w in walls[label])
        print(f"{label}: median wall {statistics.median(walls[label]):.2f} s ({runs_text}), "
              f"median CPU {statistics.median(cpus[label]):.2f} s")


if __name__ == "__main__":
    main(sys.argv[1:])
