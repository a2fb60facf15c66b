#!/usr/bin/env python3
"""Startup benchmark: wall time and peak RSS of `rode hello.js` against `node hello.js`,
measured in one run on the same machine. Reports medians and ratios.

usage: bench/startup.py [--rode target/release/rode] [--node node] [-n 40]
"""
import argparse, os, shutil, statistics, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
TIME = "/usr/bin/time" if os.path.exists("/usr/bin/time") else None
DEVNULL_ACTIONS = [
    (os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0),
    (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0),
]


def measure(cmd, n):
    times, rss = [], []
    for _ in range(n):
        t0 = time.perf_counter()
        pid = os.posix_spawn(cmd[0], cmd, os.environ, file_actions=DEVNULL_ACTIONS)
        _, status, ru = os.wait4(pid, 0)
        times.append((time.perf_counter() - t0) * 1000)
        # A child's max RSS includes the pages of the process that spawned it (Linux
        # keeps the pre-exec high-water mark), so peak RSS is measured through GNU
        # time, a small process, in a separate run.
        if TIME:
            out = subprocess.run([TIME, "-f", "%M"] + cmd, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.PIPE, text=True).stderr
            rss.append(int(out.strip().splitlines()[-1]) / 1024)
        else:
            rss.append(ru.ru_maxrss / 1024)
        if status != 0:
            sys.exit(f"{cmd} failed with status {status}")
    return statistics.median(times), statistics.median(rss)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rode", default=os.path.join(HERE, "..", "target", "release", "rode"))
    ap.add_argument("--node", default=shutil.which("node") or "node")
    ap.add_argument("-n", type=int, default=40)
    a = ap.parse_args()
    script = os.path.join(HERE, "hello.js")
    # Warm the page cache for both binaries first.
    measure([a.rode, script], 3)
    measure([a.node, script], 3)
    rt, rm = measure([a.rode, script], a.n)
    nt, nm = measure([a.node, script], a.n)
    print(f"startup hello.js  rode {rt:.2f} ms  node {nt:.2f} ms  ratio {rt / nt:.3f}")
    print(f"peak RSS          rode {rm:.1f} MiB  node {nm:.1f} MiB  ratio {rm / nm:.3f}")


if __name__ == "__main__":
    main()
