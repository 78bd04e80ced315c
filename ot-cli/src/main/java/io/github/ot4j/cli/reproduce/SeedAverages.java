package io.github.ot4j.cli.reproduce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects one value per split seed for each (data set, metric, method, settings) and turns them
 * into mean ± population standard deviation measurements, in the order the keys first appeared.
 */
final class SeedAverages {

    private record Key(String dataset, String metric, String method, SettingKind kind, String settings) {
    }

    private static final class Values {
        final List<Double> values = new ArrayList<>();
        double seconds;
    }

    private final ReproduceTask experiment;
    private final Map<Key, Values> rows = new LinkedHashMap<>();

    SeedAverages(ReproduceTask experiment) {
        this.experiment = experiment;
    }

    /**
     * Records one run's value.
     *
     * @param seconds the run's wall time; every value a fit produces carries the fit's time (tables
     *     show one time per row and data set, not a sum over metrics)
     */
    void add(String dataset, String metric, String method, SettingKind kind, String settings, double value, double seconds) {
        Values v = rows.computeIfAbsent(new Key(dataset, metric, method, kind, settings), k -> new Values());
        v.values.add(value);
        v.seconds += seconds;
    }

    /** @return the mean of every key so far, as measurements */
    List<Measurement> measurements() {
        List<Measurement> out = new ArrayList<>();
        for (Map.Entry<Key, Values> e : rows.entrySet()) {
            Key k = e.getKey();
            List<Double> v = e.getValue().values;
            double mean = v.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
            double var = v.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum() / v.size();
            out.add(new Measurement(experiment, k.dataset(), k.metric(), k.method(), k.kind(), k.settings(), mean,
                    v.size() > 1 ? Math.sqrt(var) : Double.NaN, v.size(), e.getValue().seconds));
        }
        return out;
    }
}
