#!/usr/bin/env python3
"""CPU seconds of a JVM run by kind of thread (docs/benchmarks.md).

    bench/thread_cpu.py COMMAND [ARGS...]
    e.g. bench/thread_cpu.py bin/onboarding-cost report WORKSPACE --out OUT --outputs summary

Runs the command (its output is dropped), reads every thread's user and system time from
/proc/PID/task/*/stat ten times a second while it runs, and prints the wall seconds, then the CPU
seconds of each kind of thread with the most first:

    wall 16.40 java=6.16 C2=4.30 GC=2.51 report-results=1.70 C1=0.87 ... total=16.40

C2 and C1 are the JIT compilers' threads, GC the collector's (and the VM thread's), java the main
thread (reading and pricing), report-results the thread of the statistics. A thread's last
reading counts, so up to a tenth of a second per thread is missed. Where the JVM is started by a
launcher that execs it (bin/onboarding-cost does), the launcher's process becomes the JVM.

Per thread, not per process: on 2 cores the compilers take CPU from the work, and this tells how
much, where JDK 17's -XX:+CITime gives compile times that include waiting for a core.
"""
import collections
import os
import re
import subprocess
import sys
import time


def kind_of(name):
    if name.startswith("C2 "):
        return "C2"
    if name.startswith("C1 "):
        return "C1"
    if "GC" in name or name.startswith("VM Thread"):
        return "GC"
    return re.sub(r"[-\d]+$", "", name)


def main(command):
    if not command:
        sys.exit(__doc__)
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    ticks = os.sysconf("SC_CLK_TCK")
    last = {}  # thread id -> (name, CPU seconds)
    started = time.time()
    while process.poll() is None:
        try:
            threads = os.listdir(f"/proc/{process.pid}/task")
        except OSError:
            threads = []
        for tid in threads:
            try:
                with open(f"/proc/{process.pid}/task/{tid}/stat") as stat:
                    text = stat.read()
            except OSError:
                continue  # the thread ended
            name = text[text.index("(") + 1 : text.rindex(")")]
            fields = text[text.rindex(")") + 2 :].split()
            last[tid] = (name, (int(fields[11]) + int(fields[12])) / ticks)  # utime + stime
        time.sleep(0.1)
    wall = time.time() - started
    cpu = collections.Counter()
    for name, seconds in last.values():
        cpu[kind_of(name)] += seconds
    kinds = " ".join(f"{kind}={seconds:.2f}" for kind, seconds in cpu.most_common())
    print(f"wall {wall:.2f} {kinds} total={sum(cpu.values()):.2f}")
    return process.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
