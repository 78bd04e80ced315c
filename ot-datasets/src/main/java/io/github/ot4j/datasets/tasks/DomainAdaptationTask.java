package io.github.ot4j.datasets.tasks;

import io.github.ot4j.datasets.LabeledData;
import io.github.ot4j.datasets.io.NpyReader;
import io.github.ot4j.geometry.Matrix;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Unsupervised domain adaptation scored by 1-NN accuracy: the caller's {@link AlignmentMethod}
 * projects the labelled source onto the unlabelled target-fitting points; a 1-NN classifier trained
 * on the projected source with the source labels then labels the target test points. The
 * identity method gives the "no adaptation" baseline.
 *
 * <p>The target-split protocol needs the target's split permutations; tasks built without them
 * support {@link DaProtocol#FULL_TARGET} only.
 *
 * @param name display name, e.g. {@code C→A}
 * @param source labelled source domain
 * @param target target domain; its labels are used only for scoring
 * @param targetPermutations split permutations of the target indices, row = seed (may have zero
 *     rows); deep-copied in and out
 */
public record DomainAdaptationTask(String name, LabeledData source, LabeledData target, int[][] targetPermutations) {

    /**
     * @param name display name, e.g. {@code C→A}
     * @param source labelled source domain
     * @param target target domain; its labels are used only for scoring
     * @param targetPermutations split permutations of the target indices, row = seed (may have zero rows); deep-copied in and out
     * @throws IllegalArgumentException if an argument is null, the feature dimensions differ, or
     *     a permutation row is not a permutation of the target indices
     */
    public DomainAdaptationTask {
        if (name == null || source == null || target == null || targetPermutations == null) {
            throw new IllegalArgumentException("name, source, target and targetPermutations must not be null");
        }
        if (source.dimension() != target.dimension()) {
            throw new IllegalArgumentException("source has " + source.dimension() + " features but target has "
                    + target.dimension());
        }
        targetPermutations = deepCopy(targetPermutations);
        for (int s = 0; s < targetPermutations.length; s++) {
            requirePermutation(targetPermutations[s], target.size(), "targetPermutations[" + s + "]");
        }
    }

    /**
     * Loads one Office-Caltech10 task with its target's split permutations (when the split file is
     * absent the task supports the full-target protocol only).
     *
     * @param data the data directory
     * @param features which features
     * @param source source domain
     * @param target target domain, different from the source
     * @param preprocessing applied to each domain separately
     * @return the task, named like {@code C→A}
     * @throws MissingDataException if a feature file is absent (the message says where to get it)
     * @throws IOException if a file cannot be read or is malformed
     * @throws IllegalArgumentException if an argument is null or source equals target
     */
    public static DomainAdaptationTask officeCaltech(DataDirectory data, OfficeFeatures features, OfficeDomain source,
                                                     OfficeDomain target, Preprocessing preprocessing) throws IOException {
        if (data == null || features == null || source == null || target == null || preprocessing == null) {
            throw new IllegalArgumentException("data, features, source, target and preprocessing must not be null");
        }
        if (source == target) {
            throw new IllegalArgumentException("source and target must differ, got " + source + " twice");
        }
        LabeledData s = features.load(data, source);
        LabeledData t = features.load(data, target);
        int[][] perms = data.has("office_caltech10/splits/" + target.fileStem() + "_perm_seeds0-9.npy")
                ? target.splitPermutations(data) : new int[0][];
        return new DomainAdaptationTask(source.letter() + "→" + target.letter(), s.withFeatures(preprocessing.apply(s.features())),
                t.withFeatures(preprocessing.apply(t.features())), perms);
    }

    /**
     * The 12 ordered pairs of Office-Caltech10 domains, in the order of the published tables
     * (C→A, C→W, C→D, A→C, A→W, A→D, W→C, W→A, W→D, D→C, D→A, D→W).
     *
     * @return {@code {source, target}} pairs
     */
    public static List<OfficeDomain[]> officeCaltechPairs() {
        OfficeDomain[] order = {OfficeDomain.CALTECH, OfficeDomain.AMAZON, OfficeDomain.WEBCAM, OfficeDomain.DSLR};
        List<OfficeDomain[]> table = new ArrayList<>();
        for (OfficeDomain s : order) {
            for (OfficeDomain t : tableTargets(s)) {
                table.add(new OfficeDomain[] {s, t});
            }
        }
        return table;
    }

    private static OfficeDomain[] tableTargets(OfficeDomain s) {
        return switch (s) {
            case CALTECH -> new OfficeDomain[] {OfficeDomain.AMAZON, OfficeDomain.WEBCAM, OfficeDomain.DSLR};
            case AMAZON -> new OfficeDomain[] {OfficeDomain.CALTECH, OfficeDomain.WEBCAM, OfficeDomain.DSLR};
            case WEBCAM -> new OfficeDomain[] {OfficeDomain.CALTECH, OfficeDomain.AMAZON, OfficeDomain.DSLR};
            case DSLR -> new OfficeDomain[] {OfficeDomain.CALTECH, OfficeDomain.AMAZON, OfficeDomain.WEBCAM};
        };
    }

    /**
     * MNIST (2000 images) → USPS (1800), 16×16 pixels, labels 1-10 = digit + 1 (datasets README
     * section 8), from the {@code .npy} files; no split permutations.
     *
     * @param data the data directory
     * @return the task
     * @throws MissingDataException if a file is absent
     * @throws IOException if a file cannot be read or is malformed
     */
    public static DomainAdaptationTask mnistUsps(DataDirectory data) throws IOException {
        String where = "MNIST_vs_USPS from GitHub chamwen/JPDA data/ converted to npy (datasets README section 8)";
        LabeledData s = new LabeledData(NpyReader.readMatrix(data.require("mnist_usps/mnist_X.npy", where)),
                NpyReader.readIntVector(data.require("mnist_usps/mnist_y.npy", where)));
        LabeledData t = new LabeledData(NpyReader.readMatrix(data.require("mnist_usps/usps_X.npy", where)),
                NpyReader.readIntVector(data.require("mnist_usps/usps_y.npy", where)));
        return new DomainAdaptationTask("MNIST→USPS", s, t, new int[0][]);
    }

    /** @return a copy of targetPermutations */
    @Override
    public int[][] targetPermutations() {
        return deepCopy(targetPermutations);
    }

    /** @return how many split seeds are available ({@code 0} when the split file was absent) */
    public int splitSeeds() {
        return targetPermutations.length;
    }

    /**
     * The target indices of a split: {@code [0]} the fitting set (first \(\lfloor 0.9 m\rfloor\) of
     * the permutation), {@code [1]} the test set (the rest), both in permutation order.
     *
     * @param seed the split seed, in {@code [0, splitSeeds())}
     * @return fitting and test indices
     * @throws IllegalArgumentException if no permutation exists for {@code seed}
     */
    public int[][] split(int seed) {
        if (seed < 0 || seed >= targetPermutations.length) {
            throw new IllegalArgumentException("seed must be in [0, " + targetPermutations.length + ") for task " + name
                    + ", got " + seed + (targetPermutations.length == 0 ? " (no split permutations were loaded)" : ""));
        }
        return trainTestSplit(targetPermutations[seed]);
    }

    /**
     * Runs the method under a protocol and scores it.
     *
     * @param method projects the source (given its labels) onto the target-fitting points
     * @param protocol the full target or a target split
     * @return the 1-NN accuracy on the target test points
     * @throws IllegalArgumentException if an argument is null, the seed has no permutation, or the
     *     method returns a matrix of the wrong shape
     */
    public DomainAdaptationResult evaluate(AlignmentMethod method, DaProtocol protocol) {
        if (method == null || protocol == null) {
            throw new IllegalArgumentException("method and protocol must not be null");
        }
        LabeledData fit;
        LabeledData test;
        if (protocol instanceof DaProtocol.TargetSplit s) {
            int[][] idx = split(s.seed());
            fit = target.select(idx[0]);
            test = target.select(idx[1]);
        } else {
            fit = target;
            test = target;
        }
        Matrix projected = method.projectSource(source.features(), source.labels(), fit.features());
        if (projected == null || projected.rows() != source.size() || projected.cols() != target.dimension()) {
            throw new IllegalArgumentException("the method must return a " + source.size() + " x " + target.dimension()
                    + " projection, got " + (projected == null ? "null" : projected.rows() + " x " + projected.cols()));
        }
        int[] predicted = KnnClassifier.predict(source.withFeatures(projected), test.features(), 1);
        int[] truth = test.labels();
        int correct = 0;
        for (int i = 0; i < truth.length; i++) {
            if (predicted[i] == truth[i]) {
                correct++;
            }
        }
        return new DomainAdaptationResult(name, protocol, correct, truth.length);
    }

    /** First floor(0.9 n) entries of the permutation and the rest, as InfoOT's scripts split. */
    static int[][] trainTestSplit(int[] perm) {
        int n = perm.length;
        int nTrain = (int) (0.9 * n);
        int[] train = java.util.Arrays.copyOfRange(perm, 0, nTrain);
        int[] test = java.util.Arrays.copyOfRange(perm, nTrain, n);
        return new int[][] {train, test};
    }

    static int[][] deepCopy(int[][] a) {
        int[][] out = new int[a.length][];
        for (int i = 0; i < a.length; i++) {
            if (a[i] == null) {
                throw new IllegalArgumentException("permutation row " + i + " is null");
            }
            out[i] = a[i].clone();
        }
        return out;
    }

    static void requirePermutation(int[] p, int n, String name) {
        if (p.length != n) {
            throw new IllegalArgumentException(name + " has " + p.length + " entries but there are " + n + " points");
        }
        boolean[] seen = new boolean[n];
        for (int k = 0; k < n; k++) {
            if (p[k] < 0 || p[k] >= n || seen[p[k]]) {
                throw new IllegalArgumentException(name + "[" + k + "] = " + p[k] + " breaks the permutation of 0.." + (n - 1));
            }
            seen[p[k]] = true;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DomainAdaptationTask t && t.name.equals(name) && t.source.equals(source)
                && t.target.equals(target) && java.util.Arrays.deepEquals(t.targetPermutations, targetPermutations);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + source.hashCode();
    }

    @Override
    public String toString() {
        return "DomainAdaptationTask[" + name + ", source " + source + ", target " + target + ", "
                + targetPermutations.length + " split seeds]";
    }
}
