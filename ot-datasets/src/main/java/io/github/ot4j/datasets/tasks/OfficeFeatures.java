package io.github.ot4j.datasets.tasks;

import io.github.ot4j.datasets.LabeledData;
import io.github.ot4j.datasets.io.MalformedDataException;
import io.github.ot4j.datasets.io.MatReader;
import io.github.ot4j.datasets.io.NpyReader;
import io.github.ot4j.geometry.Matrix;

import java.io.IOException;

/**
 * The Office-Caltech10 feature sets in the data directory (datasets README section 3). Each loads
 * from the {@code .npy} conversion when present, else from the original {@code .mat} file.
 */
public enum OfficeFeatures {
    /**
     * DeCAF6 activations, 4096-d (Donahue et al. 2014); only DSLR and Webcam ship with the data
     * sets, Amazon and Caltech must be fetched (see {@link #load}).
     */
    DECAF6("office_caltech10/decaf6/", "_decaf", "feas", "labels"),
    /** SURF bag of visual words, 800-d raw counts (Gong et al. 2012). */
    SURF("office_caltech10/surf/", "_surf", "fts", "labels"),
    /**
     * SURF after L1 row normalisation and a per-domain z-score, the features of the published
     * 1-NN benchmark table.
     */
    SURF_ZSCORE("office_caltech10/surf_zscore/", "_surfzscore", "feas", "label");

    private final String dir;
    private final String npyInfix;
    private final String featuresKey;
    private final String labelsKey;

    OfficeFeatures(String dir, String npyInfix, String featuresKey, String labelsKey) {
        this.dir = dir;
        this.npyInfix = npyInfix;
        this.featuresKey = featuresKey;
        this.labelsKey = labelsKey;
    }

    /**
     * @param domain a domain
     * @return the feature file of the {@code .npy} conversion, relative to the data directory
     */
    public String npyFeaturesFile(OfficeDomain domain) {
        return dir + domain.fileStem() + npyInfix + "_X.npy";
    }

    /**
     * @param domain a domain
     * @return the label file of the {@code .npy} conversion, relative to the data directory
     */
    public String npyLabelsFile(OfficeDomain domain) {
        return dir + domain.fileStem() + npyInfix + "_y.npy";
    }

    /**
     * @param domain a domain
     * @return the original MATLAB file, relative to the data directory
     */
    public String matFile(OfficeDomain domain) {
        return switch (this) {
            case DECAF6 -> dir + domain.fileStem() + "_decaf.mat";
            case SURF -> dir + (domain == OfficeDomain.CALTECH ? "Caltech10" : domain.fileStem()) + "_SURF_L10.mat";
            case SURF_ZSCORE -> dir + domain.fileStem() + "_surf_zscore.mat";
        };
    }

    /**
     * Loads one domain: the {@code .npy} pair if both files exist, else the {@code .mat} file
     * (with this feature set's keys).
     *
     * @param data the data directory
     * @param domain the domain
     * @return features (one image per row) and class labels 1-10
     * @throws MissingDataException if neither form is present; the message says where to get it
     * @throws IOException if a file cannot be read or is malformed
     */
    public LabeledData load(DataDirectory data, OfficeDomain domain) throws IOException {
        if (data == null || domain == null) {
            throw new IllegalArgumentException("data and domain must not be null");
        }
        if (data.has(npyFeaturesFile(domain), npyLabelsFile(domain))) {
            Matrix x = NpyReader.readMatrix(data.root().resolve(npyFeaturesFile(domain)));
            int[] y = NpyReader.readIntVector(data.root().resolve(npyLabelsFile(domain)));
            if (y.length != x.rows()) {
                throw MalformedDataException.of(npyLabelsFile(domain),
                        y.length + " labels but " + x.rows() + " feature rows in " + npyFeaturesFile(domain));
            }
            return new LabeledData(x, y);
        }
        return MatReader.readLabeled(data.require(matFile(domain), whereToGet(domain)), featuresKey, labelsKey);
    }

    private String whereToGet(OfficeDomain domain) {
        if (this == DECAF6 && (domain == OfficeDomain.AMAZON || domain == OfficeDomain.CALTECH)) {
            return "DeCAF6 features for " + domain.fileStem() + " are not shipped; fetch "
                    + "code/traditional/TCA/data/" + domain.fileStem() + ".mat from GitHub jindongwang/transferlearning "
                    + "commit de0cd293cd4cc0e2f027a1cc58493ba4df07d6a8 and save it as " + matFile(domain)
                    + " (datasets README section 4), or put " + npyFeaturesFile(domain) + " and "
                    + npyLabelsFile(domain) + " there";
        }
        return "expected " + npyFeaturesFile(domain) + " with " + npyLabelsFile(domain) + ", or " + matFile(domain)
                + " (Office-Caltech10, datasets README section 3)";
    }
}
