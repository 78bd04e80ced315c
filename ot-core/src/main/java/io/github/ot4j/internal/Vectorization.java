package io.github.ot4j.internal;

/**
 * Chooses the {@link Kernels} implementation once per JVM: the Vector API one when the
 * {@code jdk.incubator.vector} module is in the boot layer (run with
 * {@code --add-modules jdk.incubator.vector}) and the system property {@code ot4j.vector} is not
 * {@code false}; the scalar reference otherwise. The vector class is loaded reflectively so that
 * the scalar path never touches the incubator module.
 */
public final class Vectorization {

    private static final Kernels KERNELS = choose();

    private Vectorization() {
    }

    /** @return the kernels for this JVM */
    public static Kernels kernels() {
        return KERNELS;
    }

    /**
     * @return the Vector API kernels if the module is available, else null (used by tests that
     *     compare the two implementations)
     */
    public static Kernels vectorKernelsOrNull() {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return null;
        }
        try {
            Class<?> c = Class.forName("io.github.ot4j.internal.vector.VectorKernels");
            return (Kernels) c.getField("INSTANCE").get(null);
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }

    private static Kernels choose() {
        if ("false".equalsIgnoreCase(System.getProperty("ot4j.vector"))) {
            return ScalarKernels.INSTANCE;
        }
        Kernels v = vectorKernelsOrNull();
        return v != null ? v : ScalarKernels.INSTANCE;
    }
}
