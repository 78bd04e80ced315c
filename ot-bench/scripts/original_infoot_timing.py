#!/usr/bin/env python3
"""Side-by-side timing of the original InfoOT algorithm (chingyaoc/InfoOT, rev 352efd2) on the
real-data workloads of ot4j's InfoOtRunner. Written from the formulas in
shared/golden/README.md ("InfoOT (original infoot.py)"); it calls POT 0.8.2's ot.bregman.sinkhorn
exactly as the original does (method 'sinkhorn', numItermax 1000, stopThr 1e-9) and numpy's
BLAS for the products, so its cost and results are the original's.

Usage (Debian's python3 has POT 0.8.2, numpy, sklearn):
  /usr/bin/python3 ot-bench/scripts/original_infoot_timing.py snare [DATA_DIR]
  /usr/bin/python3 ot-bench/scripts/original_infoot_timing.py mnist [DATA_DIR]
"""
import sys
import time

import numpy as np
import ot
from sklearn.metrics import pairwise_distances


def kernels(cx, cy, h):
    h1 = h * np.sqrt((cx ** 2).mean() / 2)
    h2 = h * np.sqrt((cy ** 2).mean() / 2)
    return np.exp(-(cx / h1) ** 2 / 2), np.exp(-(cy / h2) ** 2 / 2)


def neg_mi_gradient(p, kx, ky):
    fx = kx.sum(1) / kx.shape[1]
    fy = ky.sum(1) / ky.shape[1]
    fxy = kx.dot(p).dot(ky.T)
    return -(np.log(fxy / np.outer(fx, fy)) + kx.dot(p / fxy).dot(ky.T))


def solve(c, kx, ky, lam, reg, iters):
    n, m = kx.shape[0], ky.shape[0]
    a, b = np.full(n, 1.0 / n), np.full(m, 1.0 / m)
    p = np.outer(a, b)
    for _ in range(iters):
        g = neg_mi_gradient(p, kx, ky)
        p = ot.bregman.sinkhorn(a, b, g if c is None else c + lam * g, reg)
    return p


def projection(w, x):
    return w.dot(x) / w.sum(1)[:, None]


def foscttm(a, b):
    d = pairwise_distances(a, b)
    n = len(a)
    f1 = (d < np.diag(d)[:, None]).sum(1) / (n - 1)
    f2 = (d.T < np.diag(d)[:, None]).sum(1) / (n - 1)
    return float(np.mean((f1 + f2) / 2))


def main():
    task = sys.argv[1]
    data = sys.argv[2] if len(sys.argv) > 2 else "../shared/datasets"
    if task == "snare":
        xs = np.load(data + "/snareseq/SNAREseq_atac_X.npy")
        xt = np.load(data + "/snareseq/SNAREseq_rna_X.npy")
        xs = xs / np.linalg.norm(xs, axis=1, keepdims=True)
        xt = xt / np.linalg.norm(xt, axis=1, keepdims=True)
        t0 = time.time()
        kx, ky = kernels(pairwise_distances(xs, xs), pairwise_distances(xt, xt), 0.5)
        p = solve(None, kx, ky, 1.0, 0.05, 100)
        secs = time.time() - t0
        print("original InfoOT SNAREseq h=0.5 reg=0.05 100 it: FOSCTTM bary=%.4f, %.2f s"
              % (foscttm(projection(p, xt), xt), secs))
    elif task == "mnist":
        xs = np.load(data + "/mnist_usps/mnist_X.npy")
        ys = np.load(data + "/mnist_usps/mnist_y.npy")
        xt = np.load(data + "/mnist_usps/usps_X.npy")
        yt = np.load(data + "/mnist_usps/usps_y.npy")
        t0 = time.time()
        kx, ky = kernels(pairwise_distances(xs, xs), pairwise_distances(xt, xt), 0.5)
        p = solve(pairwise_distances(xs, xt), kx, ky, 100.0, 1.0, 10)
        secs = time.time() - t0
        z = projection(p, xt)
        nn = pairwise_distances(xt, z).argmin(1)
        print("original fused InfoOT MNIST->USPS h=0.5 lam=100 reg=1 10 it: 1-NN bary=%.1f%%, %.2f s"
              % (100 * np.mean(ys[nn] == yt), secs))
    else:
        raise SystemExit("task must be snare or mnist")


if __name__ == "__main__":
    main()
