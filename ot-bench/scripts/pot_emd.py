"""POT side of the exact-OT comparison (docs/PERFORMANCE.md): POT 0.8.2's C++ ot.emd on the
same kind of problems as ot-bench's EmdBenchmark (n = m points in 2-D, sources N(0, I), targets N(0.5, I),
seed 42 here (numpy draws, not the Java ones), squared Euclidean cost from ot.dist, uniform or
U(0.5, 1.5) weights). Median of 3 runs.

Usage:
  /usr/bin/python3 ot-bench/scripts/pot_emd.py
"""
import time, sys, numpy as np, ot, warnings
def make(n, d, seed, rw):
    rs = np.random.RandomState(seed)
    xs = rs.randn(n, d); xt = rs.randn(n, d) + 0.5
    if rw:
        a = rs.uniform(0.5, 1.5, n); a /= a.sum(); b = rs.uniform(0.5, 1.5, n); b /= b.sum()
    else:
        a = np.full(n, 1.0 / n); b = np.full(n, 1.0 / n)
    return xs, xt, a, b
for n, rw in [(500, 0), (1000, 0), (2000, 0), (2000, 1)]:
    xs, xt, a, b = make(n, 2, 42, rw)
    M = ot.dist(xs, xt)
    ts = []
    for r in range(3):
        t0 = time.perf_counter()
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            G, lg = ot.emd(a, b, M, numItermax=10**8, log=True)
        ts.append(time.perf_counter() - t0)
    print(n, rw, "median %.3f" % sorted(ts)[1], ["%.3f" % t for t in ts], "cost", lg["cost"], lg["result_code"], lg["warning"], len(w))
