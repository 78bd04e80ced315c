package io.github.ot4j.spark.internal;

import org.apache.spark.Partitioner;

/**
 * One Spark partition per pair of sample blocks {@code (p, q)}, {@code p <= q}: the key
 * {@code p * blocks + q} goes to partition {@code q (q + 1) / 2 + p}, so there are
 * {@code blocks (blocks + 1) / 2} partitions and none is shared.
 */
public final class BlockPairPartitioner extends Partitioner {

    private static final long serialVersionUID = 1L;

    private final int blocks;

    /** @param blocks number of sample blocks, at least 1 */
    public BlockPairPartitioner(int blocks) {
        this.blocks = blocks;
    }

    /**
     * @param p first block
     * @param q second block
     * @param blocks number of blocks
     * @return the key of the unordered pair
     */
    public static int key(int p, int q, int blocks) {
        return Math.min(p, q) * blocks + Math.max(p, q);
    }

    @Override
    public int numPartitions() {
        return blocks * (blocks + 1) / 2;
    }

    @Override
    public int getPartition(Object key) {
        int k = (Integer) key;
        int p = k / blocks;
        int q = k % blocks;
        return q * (q + 1) / 2 + p;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BlockPairPartitioner b && b.blocks == blocks;
    }

    @Override
    public int hashCode() {
        return blocks;
    }
}
