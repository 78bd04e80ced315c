package io.github.ot4j.spark.internal;

import io.github.ot4j.geometry.CostFunction;

import java.io.Serializable;

/**
 * A {@link CostFunction} that can travel to Spark executors: a built-in cost is shipped by name
 * and looked up again on the executor (the built-ins are not serializable objects); a user cost
 * must itself implement {@link Serializable}.
 */
public final class ShippedCost implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String builtinName;
    private final CostFunction custom;
    private transient CostFunction resolved;

    private ShippedCost(String builtinName, CostFunction custom) {
        this.builtinName = builtinName;
        this.custom = custom;
    }

    /**
     * @param cost the ground cost
     * @return the shippable form
     * @throws IllegalArgumentException if {@code cost} is null, or neither built-in nor serializable
     */
    public static ShippedCost of(CostFunction cost) {
        if (cost == null) {
            throw new IllegalArgumentException("cost must not be null");
        }
        String name = cost.name();
        try {
            CostFunction builtin = CostFunction.byName(name);
            if (builtin.getClass() == cost.getClass() && builtin.name().equals(name)) {
                return new ShippedCost(name, null);
            }
        } catch (IllegalArgumentException notBuiltin) {
            // fall through: a user cost
        }
        if (cost instanceof Serializable) {
            return new ShippedCost(null, cost);
        }
        throw new IllegalArgumentException("cost '" + name + "' (" + cost.getClass().getName()
                + ") must be a built-in cost or implement java.io.Serializable to be shipped to Spark executors");
    }

    /** @return the cost on this JVM */
    public CostFunction get() {
        CostFunction c = resolved;
        if (c == null) {
            c = builtinName != null ? CostFunction.byName(builtinName) : custom;
            resolved = c;
        }
        return c;
    }

    /** @return the cost's name */
    public String name() {
        return get().name();
    }
}
