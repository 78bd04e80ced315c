package io.github.ot4j.datasets.tasks;

import io.github.ot4j.datasets.LabeledData;
import io.github.ot4j.geometry.Matrix;
import io.github.ot4j.internal.Parallel;
import io.github.ot4j.internal.RawAccess;

/**
 * Brute-force k-nearest-neighbour classification with Euclidean distance and uniform weights,
 * the rules of scikit-learn's {@code KNeighborsClassifier} defaults: the k nearest training points
 * are taken in order of distance, equal distances in order of training index (lower first); the
 * prediction is the most frequent label among them, and among equally frequent labels the smallest
 * (scikit-learn's {@code mode}). With {@code k = 1} this is the 1-NN rule of the domain-adaptation
 * benchmarks; SCOT's label-transfer accuracy uses {@code k = 5}.
 *
 * <p>Distances are summed in feature order, with no dot-product shortcut, so results do not depend
 * on cancellation. Queries are processed in parallel for large inputs. Stateless and thread-safe.
 */
public final class KnnClassifier {

    /** The k of SCOT's label-transfer accuracy. */
    public static final int LABEL_TRANSFER_K = 5;

    private KnnClassifier() {
    }

    /**
     * Predicts a label for every query.
     *
     * @param train training points and labels
     * @param queries points to classify, same number of columns as the training points
     * @param k number of neighbours, in {@code [1, train.size()]}
     * @return one predicted label per query
     * @throws IllegalArgumentException if an argument is null, the dimensions differ, or {@code k}
     *     is out of range
     */
    public static int[] predict(LabeledData train, Matrix queries, int k) {
        if (train == null || queries == null) {
            throw new IllegalArgumentException("train and queries must not be null");
        }
        if (train.dimension() != queries.cols()) {
            throw new IllegalArgumentException("queries have " + queries.cols() + " columns but the training points have "
                    + train.dimension());
        }
        if (k < 1 || k > train.size()) {
            throw new IllegalArgumentException("k must be in [1, " + train.size() + "], got " + k);
        }
        double[] x = RawAccess.data(train.features());
        double[] q = RawAccess.data(queries);
        int[] y = train.labels();
        int n = train.size();
        int m = queries.rows();
        int d = queries.cols();
        int[] out = new int[m];
        int chunks = Parallel.chunks(0, (long) n * m * d, m);
        Parallel.run(chunks, c -> {
            double[] bestDist = new double[k];
            int[] bestIndex = new int[k];
            int from = Parallel.start(c, chunks, m);
            int to = Parallel.start(c + 1, chunks, m);
            for (int i = from; i < to; i++) {
                int filled = 0;
                for (int j = 0; j < n; j++) {
                    double dist = Distances.squared(q, i, x, j, d);
                    if (filled == k && !(dist < bestDist[k - 1])) {
                        continue; // not strictly closer than the k-th: a later index loses ties
                    }
                    int pos = filled < k ? filled++ : k - 1;
                    while (pos > 0 && dist < bestDist[pos - 1]) {
                        bestDist[pos] = bestDist[pos - 1];
                        bestIndex[pos] = bestIndex[pos - 1];
                        pos--;
                    }
                    bestDist[pos] = dist;
                    bestIndex[pos] = j;
                }
                out[i] = vote(bestIndex, y, k);
            }
        });
        return out;
    }

    /**
     * Classification accuracy of k-NN trained on {@code train} and tested on {@code test}.
     *
     * @param train training points and labels
     * @param test test points and their true labels
     * @param k number of neighbours, in {@code [1, train.size()]}
     * @return the fraction of test points whose predicted label is their label, in {@code [0, 1]}
     * @throws IllegalArgumentException as for {@link #predict}
     */
    public static double accuracy(LabeledData train, LabeledData test, int k) {
        if (test == null) {
            throw new IllegalArgumentException("test must not be null");
        }
        int[] predicted = predict(train, test.features(), k);
        int[] truth = test.labels();
        int correct = 0;
        for (int i = 0; i < truth.length; i++) {
            if (predicted[i] == truth[i]) {
                correct++;
            }
        }
        return (double) correct / truth.length;
    }

    /**
     * SCOT's label-transfer accuracy: 5-NN fitted on aligned domain 2 with its labels, predicting
     * the labels of aligned domain 1 (the direction matters).
     *
     * @param aligned1 domain 1 in the common space with its true labels (the queries)
     * @param aligned2 domain 2 in the common space with its labels (the training set)
     * @return the accuracy in {@code [0, 1]}
     * @throws IllegalArgumentException as for {@link #predict}
     */
    public static double labelTransferAccuracy(LabeledData aligned1, LabeledData aligned2) {
        return accuracy(aligned2, aligned1, LABEL_TRANSFER_K);
    }

    private static int vote(int[] neighbours, int[] labels, int k) {
        // k is small: count each label among the neighbours, keep the most frequent, smallest on ties
        int best = 0;
        int bestCount = 0;
        for (int a = 0; a < k; a++) {
            int label = labels[neighbours[a]];
            int count = 0;
            for (int b = 0; b < k; b++) {
                if (labels[neighbours[b]] == label) {
                    count++;
                }
            }
            if (count > bestCount || (count == bestCount && label < best)) {
                best = label;
                bestCount = count;
            }
        }
        return best;
    }
}
