#!/usr/bin/env python3
"""POT side of the batched entropic Gromov-Wasserstein comparison (docs/PERFORMANCE.md).

POT 0.8.2's entropic_gromov_wasserstein on `count` independent seeded problems of size n, one
after the other in one process (POT has no batch API): the same sizes and distributions as ot-bench's
`BatchRunner gw` (the random draws differ). Prints wall and CPU seconds and a checksum of the GW values.

Usage:
  /usr/bin/python3 ot-bench/scripts/pot_gromov_batch.py COUNT N EPS
"""
import sys, time, os, resource
import numpy as np
import ot
count = int(sys.argv[1]); n = int(sys.argv[2]); eps = float(sys.argv[3])
probs = []
for k in range(count):
    rs = np.random.RandomState(k)
    xs = rs.randn(n, 2); xt = rs.randn(n, 3)
    C1 = ot.dist(xs, xs); C1 /= C1.max(); C2 = ot.dist(xt, xt); C2 /= C2.max()
    probs.append((C1, C2))
p = ot.unif(n); q = ot.unif(n)
import warnings; warnings.simplefilter("ignore")
t0 = time.perf_counter(); c0 = time.process_time()
s = 0.0
for C1, C2 in probs:
    T, log = ot.gromov.entropic_gromov_wasserstein(C1, C2, p, q, 'square_loss', eps, log=True)
    s += log['gw_dist']
t = time.perf_counter() - t0; c = time.process_time() - c0
print("count=%d n=%d eps=%g seconds=%.3f cpu=%.3f per_problem_ms=%.1f checksum=%.6e load=%.2f" % (count, n, eps, t, c, 1000 * t / count, s, os.getloadavg()[0]))
