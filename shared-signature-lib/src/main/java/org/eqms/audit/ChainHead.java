package org.eqms.audit;

/** The last chained entry: the next one gets {@code seq + 1} and {@code prev = hash}. */
public record ChainHead(long seq, String hash) {
    public long size() {
        return seq + 1;
    }
}
