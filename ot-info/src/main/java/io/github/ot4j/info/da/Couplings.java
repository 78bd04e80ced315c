package io.github.ot4j.info.da;

import io.github.ot4j.OT;
import io.github.ot4j.geometry.CostFunction;
import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.info.FusedInfoOt;
import io.github.ot4j.info.InfoOt;
import io.github.ot4j.info.InfoOtModel;
import io.github.ot4j.info.InfoOtOptions;
import io.github.ot4j.internal.RawAccess;
import io.github.ot4j.map.BarycentricMap;
import io.github.ot4j.problem.LinearProblem;
import io.github.ot4j.result.TransportPlan;
import io.github.ot4j.solver.Sinkhorn;
import io.github.ot4j.solver.SinkhornOptions;

import java.util.function.BiFunction;

/**
 * The coupling methods {@link DomainAdapter} ships with. Out-of-sample points are mapped by
 * InfoOT's conditional projection for the InfoOT methods, and by POT's {@code ferradans} rule for
 * plain OT couplings: the nearest training source point's image plus the displacement
 * {@code x - x_i}.
 */
public final class Couplings {

    private Couplings() {
    }

    /**
     * Entropic OT (POT's {@code SinkhornTransport}): uniform weights, the given ground cost.
     *
     * @param options the Sinkhorn options (e.g. {@code SinkhornOptions.epsilon(1)})
     * @param cost the ground cost ({@link CostFunction#squaredEuclidean()} in POT)
     * @return the method
     * @throws IllegalArgumentException if an argument is null
     */
    public static CouplingMethod sinkhorn(SinkhornOptions options, CostFunction cost) {
        if (options == null || cost == null) {
            throw new IllegalArgumentException("options and cost must not be null");
        }
        return planBased((xs, xt) -> new Sinkhorn(options).solve(
                LinearProblem.uniform(Geometry.pointCloud(xs, xt, cost).toDense())).plan());
    }

    /**
     * Exact OT (POT's {@code EMDTransport}: uniform weights, network simplex) with the given ground
     * cost ({@link CostFunction#squaredEuclidean()} in POT).
     *
     * @param cost the ground cost
     * @return the method
     * @throws IllegalArgumentException if {@code cost} is null
     */
    public static CouplingMethod emd(CostFunction cost) {
        if (cost == null) {
            throw new IllegalArgumentException("cost must not be null");
        }
        return planBased((xs, xt) -> OT.emd(null, null, xs, xt, cost).plan());
    }

    /**
     * Any plan-producing solver, with the barycentric in-sample map and
     * the nearest-neighbour out-of-sample map.
     *
     * @param solver computes an {@code n × m} plan from the source and target points
     * @return the method
     * @throws IllegalArgumentException if {@code solver} is null
     */
    public static CouplingMethod planBased(BiFunction<Matrix, Matrix, TransportPlan> solver) {
        if (solver == null) {
            throw new IllegalArgumentException("solver must not be null");
        }
        return (xs, ys, xt) -> {
            checkPoints(xs, xt);
            if (xs.cols() != xt.cols()) {
                throw new IllegalArgumentException("xs has dimension " + xs.cols() + " but xt has " + xt.cols());
            }
            return new PlanCoupling(xs, xt, solver.apply(xs, xt));
        };
    }

    /**
     * Pure InfoOT (no labels, any dimensions).
     *
     * @param options the options
     * @param projection the in-sample map
     * @return the method
     */
    public static CouplingMethod infoOt(InfoOtOptions options, SourceProjection projection) {
        InfoOt solver = new InfoOt(options);
        requireProjection(projection);
        return (xs, ys, xt) -> new InfoCoupling(solver.fit(xs, xt), projection);
    }

    /**
     * Fused InfoOT with the Euclidean cross cost; source labels, when given, make the source
     * kernel label-aware.
     *
     * @param options the options
     * @param projection the in-sample map
     * @return the method
     */
    public static CouplingMethod fusedInfoOt(InfoOtOptions options, SourceProjection projection) {
        FusedInfoOt solver = new FusedInfoOt(options);
        requireProjection(projection);
        return (xs, ys, xt) -> new InfoCoupling(solver.fit(xs, ys, xt), projection);
    }

    private static void requireProjection(SourceProjection p) {
        if (p == null) {
            throw new IllegalArgumentException("projection must not be null");
        }
    }

    static void checkPoints(Matrix xs, Matrix xt) {
        if (xs == null || xt == null) {
            throw new IllegalArgumentException("xs and xt must not be null");
        }
    }

    /** A plain OT plan with POT's in-sample and out-of-sample maps. */
    private static final class PlanCoupling implements Coupling {
        private final Matrix xs;
        private final TransportPlan plan;
        private final Matrix image;

        PlanCoupling(Matrix xs, Matrix xt, TransportPlan plan) {
            this.xs = xs;
            this.plan = plan;
            this.image = BarycentricMap.sourceToTarget(plan, xt);
        }

        @Override
        public TransportPlan plan() {
            return plan;
        }

        @Override
        public Matrix transformSource() {
            return image;
        }

        @Override
        public Matrix transform(Matrix x) {
            if (x == null || x.cols() != xs.cols()) {
                throw new IllegalArgumentException("points have dimension " + (x == null ? "null" : x.cols())
                        + " but the source has dimension " + xs.cols());
            }
            int d = xs.cols();
            double[] src = RawAccess.data(xs);
            double[] img = RawAccess.data(image);
            double[] out = new double[x.rows() * d];
            for (int q = 0; q < x.rows(); q++) {
                double[] p = x.row(q);
                int best = 0;
                double bestD = Double.POSITIVE_INFINITY;
                for (int i = 0; i < xs.rows(); i++) {
                    double s = 0;
                    for (int k = 0; k < d; k++) {
                        double t = p[k] - src[i * d + k];
                        s += t * t;
                    }
                    if (s < bestD) {
                        bestD = s;
                        best = i;
                    }
                }
                for (int k = 0; k < d; k++) {
                    out[q * d + k] = img[best * d + k] + p[k] - src[best * d + k];
                }
            }
            return RawAccess.wrap(x.rows(), d, out);
        }
    }

    /** An InfoOT model: in-sample barycentric or conditional, out-of-sample conditional. */
    private static final class InfoCoupling implements Coupling {
        private final InfoOtModel model;
        private final Matrix image;

        InfoCoupling(InfoOtModel model, SourceProjection projection) {
            this.model = model;
            this.image = projection == SourceProjection.BARYCENTRIC ? model.barycentricProjection()
                    : model.conditionalProjection();
        }

        @Override
        public TransportPlan plan() {
            return model.plan();
        }

        @Override
        public Matrix transformSource() {
            return image;
        }

        @Override
        public Matrix transform(Matrix x) {
            return model.project(x);
        }
    }
}
