#!/usr/bin/env python3
"""Startup benchmark: wall time and peak RSS of `rode hello.js` against `node hello.js`,
measured in one run on the same machine. Reports medians and ratios.

usage: bench/startup.py [--rode target/release/rode] [--node node] [-n 40]
"""
import argparse, os, statistics, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))


def measure(cmd, n):
    times, rss = [], []
    for _ in range(n):
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, ru = os.wait4(p.pid, 0)
        times.append((time.perf_counter() - t0) * 1000)
        rss.append(ru.ru_maxrss / 1024)  # KiB -> MiB
        if status != 0:
            sys.exit(f"{cmd} failed with status {status}")
    return statistics.median(times), statistics.median(rss)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rode", default=os.path.join(HERE, "..", "target", "release", "rode"))
    ap.add_argument("--node", default="node")
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
