package io.github.ot4j.info;

import io.github.ot4j.geometry.CostFunction;
import io.github.ot4j.geometry.Geometry;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.info.internal.KernelMath;
import io.github.ot4j.info.kde.GaussianKernel;
import io.github.ot4j.info.kde.KernelMatrix;
import io.github.ot4j.info.kde.KernelMutualInformation;
import io.github.ot4j.internal.RawAccess;
import io.github.ot4j.problem.LinearProblem;
import io.github.ot4j.solver.Domain;
import io.github.ot4j.solver.InnerStart;
import io.github.ot4j.solver.MirrorDescent;
import io.github.ot4j.solver.MirrorDescentOptions;
import io.github.ot4j.solver.MirrorDescentResult;
import io.github.ot4j.solver.MirrorStep;
import io.github.ot4j.solver.ProgressListener;
import io.github.ot4j.solver.SinkhornOptions;

/** The fitting code shared by {@link InfoOt} and {@link FusedInfoOt}. */
final class Fitting {

    private Fitting() {
    }

    static void requireMatrix(String name, Matrix x) {
        if (x == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
    }

    static int[] checkLabels(int[] labels, Matrix xs) {
        if (labels == null) {
            return null;
        }
        if (labels.length != xs.rows()) {
            throw new IllegalArgumentException("sourceLabels has " + labels.length + " entries but xs has "
                    + xs.rows() + " rows");
        }
        return labels.clone();
    }

    /** Kernels of one domain: sigma, the operator, and (for labelled sources) the label-free sigma. */
    record DomainKernel(double sigma, double plainSigma, KernelMatrix kernel) {
    }

    static DomainKernel kernel(Matrix x, int[] labels, InfoOtOptions o) {
        int n = x.rows();
        double[] data = RawAccess.data(x);
        double[] dist = KernelMath.euclidean(data, n, data, n, x.cols());
        double plainSigma = o.bandwidth().sigma(dist, n, n, true);
        if (labels != null) {
            KernelMath.addLabelOffset(dist, labels, o.labelOffset());
        }
        double sigma = labels == null ? plainSigma : o.bandwidth().sigma(dist, n, n, true);
        KernelMatrix k;
        if (o.kernelRank() > 0 && o.kernelRank() < n) {
            k = GaussianKernel.pivotedCholesky(RawAccess.wrap(n, n, dist), sigma, o.kernelRank(),
                    InfoOtOptions.LOW_RANK_TOLERANCE);
        } else {
            k = KernelMatrix.dense(RawAccess.wrap(n, n, KernelMath.gaussian(dist, sigma)));
        }
        return new DomainKernel(sigma, plainSigma, k);
    }

    static MirrorDescentOptions mirrorOptions(InfoOtOptions o, double weight) {
        if (o.compatibility() != Compatibility.NONE) {
            Domain domain = o.compatibility() == Compatibility.ORIGINAL ? Domain.KERNEL : Domain.LOG;
            return new MirrorDescentOptions(o.maxIterations(), 0, weight,
                    SinkhornOptions.potDefaults(o.epsilon(), domain), InnerStart.COLD, MirrorStep.LINEARIZED);
        }
        SinkhornOptions inner = SinkhornOptions.epsilon(o.epsilon()).withTolerance(o.innerTolerance())
                .withMaxIterations(o.innerMaxIterations()).withPrecision(o.innerPrecision());
        return new MirrorDescentOptions(o.maxIterations(), o.tolerance(), weight, inner, InnerStart.WARM,
                MirrorStep.LINEARIZED).withInnerToleranceFactor(o.innerToleranceFactor());
    }

    static InfoOtModel fit(Matrix xs, int[] ys, Matrix xt, CostFunction cross, InfoOtOptions o,
                           ProgressListener listener) {
        requireMatrix("xs", xs);
        requireMatrix("xt", xt);
        if (o == null) {
            throw new IllegalArgumentException("options must not be null");
        }
        int[] labels = checkLabels(ys, xs);
        if (cross != null && xs.cols() != xt.cols()) {
            throw new IllegalArgumentException("fused InfoOT needs the same dimension on both sides: xs has "
                    + xs.cols() + " columns but xt has " + xt.cols());
        }
        int n = xs.rows();
        int m = xt.rows();
        DomainKernel ks = kernel(xs, labels, o);
        DomainKernel kt = kernel(xt, null, o);
        KernelMutualInformation objective = new KernelMutualInformation(ks.kernel(), kt.kernel(),
                o.productPrecision());
        Geometry geometry;
        double weight;
        if (cross == null) {
            geometry = Geometry.dense(n, m, new double[Math.multiplyExact(n, m)]);
            weight = 1;
        } else {
            geometry = cross == CostFunction.euclidean()
                    ? Geometry.dense(n, m, KernelMath.euclidean(RawAccess.data(xs), n, RawAccess.data(xt), m, xs.cols()))
                    : Geometry.pointCloud(xs, xt, cross).toDense();
            weight = o.lambda();
        }
        MirrorDescentResult result = new MirrorDescent(mirrorOptions(o, weight))
                .minimize(LinearProblem.uniform(geometry), objective, null, listener);
        return new InfoOtModel(xs, labels, xt, cross != null, o, ks.sigma(), ks.plainSigma(), kt.sigma(), objective,
                result);
    }
}
