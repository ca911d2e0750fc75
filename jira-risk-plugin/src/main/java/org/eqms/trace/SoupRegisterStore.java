package org.eqms.trace;

/** Port: where the SOUP register is kept. */
public interface SoupRegisterStore {

    /** The whole register (a product has hundreds of SOUP items, not millions). */
    SoupRegister load();

    /** Create or update an entry (by SOUP item id). */
    void save(SoupEntry entry);

    void remove(String soupId);
}
