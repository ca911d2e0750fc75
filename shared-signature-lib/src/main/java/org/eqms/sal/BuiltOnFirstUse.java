package org.eqms.sal;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A plugin's object graph built on first use, once, thread-safely: a host component is created before Active Objects
 * is ready, so it must not touch the database in its constructor. A build that fails is tried again on the next use.
 * No static state (DESIGN §4: cluster nodes each build their own).
 */
public final class BuiltOnFirstUse<T> implements Supplier<T> {
    private final Supplier<T> build;
    private final Object lock = new Object();
    private volatile T built;

    public BuiltOnFirstUse(Supplier<T> build) {
        this.build = Objects.requireNonNull(build, "build");
    }

    @Override
    public T get() {
        T value = built;
        if (value == null) {
            synchronized (lock) {
                value = built;
                if (value == null) {
                    value = Objects.requireNonNull(build.get(), "the build returned nothing");
                    built = value;
                }
            }
        }
        return value;
    }

    /** Whether the graph has been built yet. */
    public boolean isBuilt() {
        return built != null;
    }
}
