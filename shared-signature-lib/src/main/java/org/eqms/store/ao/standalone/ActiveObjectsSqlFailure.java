package org.eqms.store.ao.standalone;

import java.sql.SQLException;

/** An SQL failure inside the standalone {@link EntityManagerActiveObjects}; the cause is the driver's exception. */
public final class ActiveObjectsSqlFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ActiveObjectsSqlFailure(SQLException cause) {
        super(cause.getMessage(), cause);
    }
}
