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


def wall_times(cmd, n):
    """Wall time of n runs, each spawned and reaped directly (no shell, output to /dev/null)."""
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        pid = os.posix_spawn(cmd[0], cmd, os.environ, file_actions=DEVNULL_ACTIONS)
        _, status, _ = os.wait4(pid, 0)
        times.append((time.perf_counter() - t0) * 1000)
        if status != 0:
            sys.exit(f"{cmd} failed with status {status}")
    return times


def peak_rss(cmd, n):
    """Median peak RSS in MiB. A child's max RSS includes the pages of the process that
    spawned it (Linux keeps the pre-exec high-water mark), so it is read through GNU
    time, a small process, when available."""
    rss = []
    for _ in range(n):
        if TIME:
            out = subprocess.run([TIME, "-f", "%M"] + cmd, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.PIPE, text=True).stderr
            rss.append(int(out.strip().splitlines()[-1]) / 1024)
        else:
            pid = os.posix_spawn(cmd[0], cmd, os.environ, file_actions=DEVNULL_ACTIONS)
            _, _, ru = os.wait4(pid, 0)
            rss.append(ru.ru_maxrss / 1024)
    return statistics.median(rss)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rode", default=os.path.join(HERE, "..", "target", "release", "rode"))
    ap.add_argument("--node", default=shutil.which("node") or "node")
    ap.add_argument("-n", type=int, default=40)
    a = ap.parse_args()
    script = os.path.join(HERE, "hello.js")
    rode, node = [a.rode, script], [a.node, script]
    # Warm the page cache for both binaries first.
    wall_times(rode, 3)
    wall_times(node, 3)
    # Each command's runs back to back (as hyperfine does); memory in separate runs.
    rt = wall_times(rode, a.n)
    nt = wall_times(node, a.n)
    rm, nm = peak_rss(rode, 5), peak_rss(node, 5)
    rmed, nmed = statistics.median(rt), statistics.median(nt)
    print(f"startup hello.js  rode {rmed:.2f} ms (min {min(rt):.2f})  "
          f"node {nmed:.2f} ms (min {min(nt):.2f})  ratio {rmed / nmed:.3f}")
    print(f"peak RSS          rode {rm:.1f} MiB  node {nm:.1f} MiB  ratio {rm / nm:.3f}")


if __name__ == "__main__":
    main()
