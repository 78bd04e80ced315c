package io.github.ot4j.datasets.tasks;

/**
 * The paired single-cell data sets used by SCOT and InfoOT (see the datasets README sections 1
 * and 2). Row {@code i} of both domains is the same cell, which is the ground truth for FOSCTTM.
 */
public enum SingleCellDataset {
    /**
     * SNARE-seq cell-line mixture (Chen et al. 2019): domain 1 is ATAC (19 cisTopic topics),
     * domain 2 is RNA (10 PCA components); 1047 cells, 4 cell types.
     */
    SNARESEQ("SNAREseq ATAC→RNA", "snareseq/SNAREseq_atac_X.npy", "snareseq/SNAREseq_rna_X.npy", "snareseq/SNAREseq_y.npy",
            "the SNARE-seq matrices from GitHub rsinghlab/SCOT data/SNARE (datasets README section 1)"),
    /**
     * scGEM (Cheow et al. 2016): domain 1 is gene expression (34 genes), domain 2 is DNA
     * methylation (27 loci); 177 cells, 5 stages.
     */
    SCGEM("scGEM expr→meth", "scgem/scGEM_expression_X.npy", "scgem/scGEM_methylation_X.npy", "scgem/scGEM_y.npy",
            "the scGEM matrices from GitHub rsinghlab/SCOT data/scGEM (datasets README section 2)");

    private final String title;
    private final String domain1File;
    private final String domain2File;
    private final String labelsFile;
    private final String provenance;

    SingleCellDataset(String title, String domain1File, String domain2File, String labelsFile, String provenance) {
        this.title = title;
        this.domain1File = domain1File;
        this.domain2File = domain2File;
        this.labelsFile = labelsFile;
        this.provenance = provenance;
    }

    /** @return a short display name with the alignment direction, e.g. {@code SNAREseq ATAC→RNA} */
    public String title() {
        return title;
    }

    /** @return the domain-1 feature file, relative to the data directory */
    public String domain1File() {
        return domain1File;
    }

    /** @return the domain-2 feature file, relative to the data directory */
    public String domain2File() {
        return domain2File;
    }

    /** @return the label file shared by both domains, relative to the data directory */
    public String labelsFile() {
        return labelsFile;
    }

    /** @return where the files come from, for error messages */
    public String provenance() {
        return provenance;
    }
}
