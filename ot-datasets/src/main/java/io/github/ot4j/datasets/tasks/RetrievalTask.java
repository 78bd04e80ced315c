package io.github.ot4j.datasets.tasks;

import io.github.ot4j.datasets.LabeledData;
import io.github.ot4j.geometry.Matrix;

import java.io.IOException;
import java.util.Arrays;

/**
 * Cross-domain retrieval as in InfoOT's {@code retrieval.py} (Chuang et al., ICML 2023, arXiv
 * 2210.03164, section 6.2): the source indices are shuffled with the permutation for a seed; the
 * first \(\lfloor 0.9 n\rfloor\) are the training source, the rest are queries never seen while
 * fitting; the whole target domain is the database. The caller's {@link RetrievalMethod} scores
 * every query against every target, and {@link PrecisionAtK} compares labels (which the method
 * never sees).
 *
 * @param name display name, e.g. {@code D→W}
 * @param source the query domain, with labels used only for scoring
 * @param target the database, with labels used only for scoring
 * @param sourcePermutations split permutations of the source indices, row = seed; deep-copied in
 *     and out
 */
public record RetrievalTask(String name, LabeledData source, LabeledData target, int[][] sourcePermutations) {

    /** The cut-offs InfoOT reports: P@1, P@5 and P@15. */
    public static final int[] DEFAULT_KS = {1, 5, 15};

    /**
     * @param name display name, e.g. {@code D→W}
     * @param source the query domain, with labels used only for scoring
     * @param target the database, with labels used only for scoring
     * @param sourcePermutations split permutations of the source indices, row = seed; deep-copied in and out
     * @throws IllegalArgumentException if an argument is null or a permutation row is not a
     *     permutation of the source indices
     */
    public RetrievalTask {
        if (name == null || source == null || target == null || sourcePermutations == null) {
            throw new IllegalArgumentException("name, source, target and sourcePermutations must not be null");
        }
        sourcePermutations = DomainAdaptationTask.deepCopy(sourcePermutations);
        for (int s = 0; s < sourcePermutations.length; s++) {
            DomainAdaptationTask.requirePermutation(sourcePermutations[s], source.size(), "sourcePermutations[" + s + "]");
        }
    }

    /**
     * Loads an Office-Caltech10 retrieval task with the source domain's split permutations.
     *
     * @param data the data directory
     * @param features which features
     * @param source the query domain
     * @param target the database domain, different from the source
     * @param preprocessing applied to each domain separately
     * @return the task, named like {@code D→W}
     * @throws MissingDataException if a file is absent (the message says where to get it)
     * @throws IOException if a file cannot be read or is malformed
     * @throws IllegalArgumentException if an argument is null or source equals target
     */
    public static RetrievalTask officeCaltech(DataDirectory data, OfficeFeatures features, OfficeDomain source,
                                              OfficeDomain target, Preprocessing preprocessing) throws IOException {
        if (data == null || features == null || source == null || target == null || preprocessing == null) {
            throw new IllegalArgumentException("data, features, source, target and preprocessing must not be null");
        }
        if (source == target) {
            throw new IllegalArgumentException("source and target must differ, got " + source + " twice");
        }
        LabeledData s = features.load(data, source);
        LabeledData t = features.load(data, target);
        return new RetrievalTask(source.letter() + "→" + target.letter(), s.withFeatures(preprocessing.apply(s.features())),
                t.withFeatures(preprocessing.apply(t.features())), source.splitPermutations(data));
    }

    /** @return a copy of sourcePermutations */
    @Override
    public int[][] sourcePermutations() {
        return DomainAdaptationTask.deepCopy(sourcePermutations);
    }

    /** @return how many split seeds are available */
    public int splitSeeds() {
        return sourcePermutations.length;
    }

    /**
     * Runs the method for one seed and scores P@1, P@5 and P@15.
     *
     * @param method the retrieval method
     * @param seed the split seed, in {@code [0, splitSeeds())}
     * @return the precisions
     * @throws IllegalArgumentException as for {@link #evaluate(RetrievalMethod, int, int...)}
     */
    public RetrievalResult evaluate(RetrievalMethod method, int seed) {
        return evaluate(method, seed, DEFAULT_KS);
    }

    /**
     * Runs the method for one seed and scores the given cut-offs.
     *
     * @param method the retrieval method
     * @param seed the split seed, in {@code [0, splitSeeds())}
     * @param ks cut-offs, each in {@code [1, target.size()]}
     * @return the precisions
     * @throws IllegalArgumentException if an argument is null or out of range, or the method
     *     returns a score matrix of the wrong shape
     */
    public RetrievalResult evaluate(RetrievalMethod method, int seed, int... ks) {
        if (method == null || ks == null) {
            throw new IllegalArgumentException("method and ks must not be null");
        }
        if (seed < 0 || seed >= sourcePermutations.length) {
            throw new IllegalArgumentException("seed must be in [0, " + sourcePermutations.length + ") for task " + name
                    + ", got " + seed);
        }
        int[][] idx = DomainAdaptationTask.trainTestSplit(sourcePermutations[seed]);
        LabeledData train = source.select(idx[0]);
        LabeledData queries = source.select(idx[1]);
        Matrix scores = method.scores(train.features(), queries.features(), target.features());
        if (scores == null || scores.rows() != queries.size() || scores.cols() != target.size()) {
            throw new IllegalArgumentException("the method must return " + queries.size() + " x " + target.size()
                    + " scores, got " + (scores == null ? "null" : scores.rows() + " x " + scores.cols()));
        }
        double[] p = PrecisionAtK.compute(scores, queries.labels(), target.labels(), ks);
        return new RetrievalResult(name, seed, ks, p);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RetrievalTask t && t.name.equals(name) && t.source.equals(source) && t.target.equals(target)
                && Arrays.deepEquals(t.sourcePermutations, sourcePermutations);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + target.hashCode();
    }

    @Override
    public String toString() {
        return "RetrievalTask[" + name + ", source " + source + ", target " + target + ", "
                + sourcePermutations.length + " split seeds]";
    }
}
