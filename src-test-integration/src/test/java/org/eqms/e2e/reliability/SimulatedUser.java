package org.eqms.e2e.reliability;

import java.util.function.BooleanSupplier;

/**
 * One simulated user: logs in once (a session), then acts and thinks in turn until the run ends. A user whose
 * session could not be made (the sandbox down) waits a moment and logs in again.
 */
abstract class SimulatedUser implements Runnable {
    protected final LoadContext context;
    protected final String user;
    protected SessionClient session;
    private BooleanSupplier running = () -> false;

    SimulatedUser(LoadContext context, String user) {
        this.context = context;
        this.user = user;
    }

    /** One action of the user (one or a few requests). */
    protected abstract void act();

    SimulatedUser runningWhile(BooleanSupplier condition) {
        this.running = condition;
        return this;
    }

    @Override
    public void run() {
        while (running.getAsBoolean()) {
            if (session == null) {
                SessionClient candidate = context.newSession();
                if (candidate.login(user, context.password(user)).is(302)) {
                    session = candidate;
                } else {
                    pause(1000);
                    continue;
                }
            }
            act();
            pause(context.thinkMillis());
        }
    }

    protected static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + " " + user;
    }
}
