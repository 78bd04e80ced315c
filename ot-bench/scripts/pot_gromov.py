#!/usr/bin/env python3
"""POT side of the entropic Gromov-Wasserstein comparison (docs/PERFORMANCE.md).

Times POT 0.8.2's ot.gromov.entropic_gromov_wasserstein on one seeded n x n problem (square loss,
tol 1e-9) and writes its inputs C1_n.npy, C2_n.npy, p_n.npy, q_n.npy and POT's plan T_pot_n.npy to
OUT_DIR, where ot-bench's GromovRunner reads them and solves the same problem.

Usage (Debian's python3 has POT 0.8.2):
  mkdir -p /tmp/gwbench
  /usr/bin/python3 ot-bench/scripts/pot_gromov.py [n=1000] [eps=5e-3] [max_iter=1000] [OUT_DIR=/tmp/gwbench]
"""
import sys, time, os, resource
import numpy as np
import ot

n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
eps = float(sys.argv[2]) if len(sys.argv) > 2 else 5e-3
max_iter = int(sys.argv[3]) if len(sys.argv) > 3 else 1000
out = sys.argv[4] if len(sys.argv) > 4 else "/tmp/gwbench"
rs = np.random.RandomState(42)
xs = rs.randn(n, 2)
xt = np.vstack([xs[: n // 2] @ rs.randn(2, 3), rs.randn(n - n // 2, 3)])
C1 = ot.dist(xs, xs); C1 /= C1.max()
C2 = ot.dist(xt, xt); C2 /= C2.max()
p = ot.unif(n); q = ot.unif(n)
for name, v in [("C1", C1), ("C2", C2), ("p", p), ("q", q)]:
    np.save(os.path.join(out, "%s_%d.npy" % (name, n)), v)
cpu0 = resource.getrusage(resource.RUSAGE_SELF).ru_utime + resource.getrusage(resource.RUSAGE_SELF).ru_stime
t0 = time.perf_counter()
T, log = ot.gromov.entropic_gromov_wasserstein(C1, C2, p, q, 'square_loss', eps, max_iter=max_iter, tol=1e-9, log=True)
t = time.perf_counter() - t0
cpu = resource.getrusage(resource.RUSAGE_SELF).ru_utime + resource.getrusage(resource.RUSAGE_SELF).ru_stime - cpu0
np.save(os.path.join(out, "T_pot_%d.npy" % n), T)
print("n=%d eps=%g seconds=%.3f cpu=%.3f checks=%d last_err=%.3e gw_dist=%.15g load=%s" % (
    n, eps, t, cpu, len(log['err']), log['err'][-1], log['gw_dist'], os.getloadavg()[0]))
