#!/usr/bin/env python3
"""Runs every bench/workloads/*.js under rode and node in one go and prints medians and
rode/node time ratios (below 1 means rode is faster). Also runs startup.py.

usage: bench/run.py [--rode target/release/rode] [--node node] [-n 5]
"""
import argparse, glob, os, shutil, statistics, subprocess, time

HERE = os.path.dirname(os.path.abspath(__file__))


def timeit(cmd, n):
    ts = []
    for _ in range(n):
        t0 = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        ts.append(time.perf_counter() - t0)
    return statistics.median(ts) * 1000


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rode", default=os.path.join(HERE, "..", "target", "release", "rode"))
    ap.add_argument("--node", default=shutil.which("node") or "node")
    ap.add_argument("-n", type=int, default=5)
    a = ap.parse_args()
    print(f"{'workload':<14} {'rode ms':>9} {'node ms':>9} {'ratio':>7}")
    for w in sorted(glob.glob(os.path.join(HERE, "workloads", "*.js"))):
        r = timeit([a.rode, w], a.n)
        nd = timeit([a.node, w], a.n)
        print(f"{os.path.basename(w)[:-3]:<14} {r:9.1f} {nd:9.1f} {r / nd:7.2f}")
    subprocess.run(["python3", os.path.join(HERE, "startup.py"), "--rode", a.rode, "--node", a.node])


if __name__ == "__main__":
    main()
