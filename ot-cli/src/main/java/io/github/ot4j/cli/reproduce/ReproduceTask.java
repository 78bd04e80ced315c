package io.github.ot4j.cli.reproduce;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The experiments {@code ot4j reproduce} can run; each is one table of the report (datasets README
 * sections 5.1-5.6).
 */
enum ReproduceTask {
    /** SNAREseq ATAC→RNA alignment: FOSCTTM and 5-NN label transfer. */
    SNARESEQ("snareseq", "SNAREseq ATAC→RNA alignment"),
    /** scGEM expression→methylation alignment: FOSCTTM and 5-NN label transfer. */
    SCGEM("scgem", "scGEM expression→methylation alignment"),
    /** Office-Caltech10 DeCAF6 D→W and W→D domain adaptation, 1-NN accuracy over split seeds. */
    OFFICE_DECAF("office-decaf", "Office-Caltech10 DeCAF6 domain adaptation"),
    /** Office-Caltech10 z-scored SURF, the 12 domain-adaptation tasks, split seed 0. */
    OFFICE_SURF("office-surf", "Office-Caltech10 SURF domain adaptation (12 tasks)"),
    /** DeCAF6 D→W and W→D cross-domain retrieval, P@1/5/15 over split seeds. */
    RETRIEVAL("retrieval", "Office-Caltech10 DeCAF6 cross-domain retrieval"),
    /** Every experiment above, in this order. */
    ALL("all", "all experiments");

    private final String id;
    private final String title;

    ReproduceTask(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** @return the command-line name, e.g. {@code office-decaf} */
    public String id() {
        return id;
    }

    /** @return a short title for headings */
    public String title() {
        return title;
    }

    /** @return the experiments this choice runs: itself, or every experiment for {@link #ALL} */
    public List<ReproduceTask> expand() {
        if (this != ALL) {
            return List.of(this);
        }
        return Arrays.stream(values()).filter(t -> t != ALL).toList();
    }

    /**
     * @param id a command-line name (case-insensitive)
     * @return the task
     * @throws IllegalArgumentException naming the value and the choices if it is unknown
     */
    public static ReproduceTask parse(String id) {
        for (ReproduceTask t : values()) {
            if (t.id.equalsIgnoreCase(id == null ? "" : id.trim())) {
                return t;
            }
        }
        throw new IllegalArgumentException("--task must be one of " + choices() + ", got '" + id + "'");
    }

    /** @return the command-line names joined with {@code |} */
    public static String choices() {
        return Arrays.stream(values()).map(ReproduceTask::id).collect(Collectors.joining("|"));
    }

    @Override
    public String toString() {
        return id.toLowerCase(Locale.ROOT);
    }
}
