package io.github.ot4j.solver;

/** The update {@link MirrorDescent} makes at each outer iteration. */
public enum MirrorStep {
    /**
     * {@code P ← argmin <C + λ∇F(P_t), P> + ε KL(P | a bᵀ)}: successive linearization with a fixed
     * entropic term. Its fixed points minimize {@code <C, P> + λF(P) + ε KL(P | a bᵀ)} when that is
     * convex. This is the update of the original InfoOT code and of POT's entropic
     * Gromov-Wasserstein (Peyré, Cuturi & Solomon 2016).
     */
    LINEARIZED,
    /**
     * {@code P ← argmin <C + λ∇F(P_t), P> + ε KL(P | P_t)}: mirror descent with step {@code 1/ε}
     * (Beck & Teboulle 2003), which converges towards a minimizer of the unregularized
     * {@code <C, P> + λF(P)}; each step is a Sinkhorn solve on {@code C + λ∇F(P_t) - ε log P_t}.
     */
    PROXIMAL
}
