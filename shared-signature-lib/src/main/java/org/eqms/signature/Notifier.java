package org.eqms.signature;

/** Port: tells the administrators at once (mail and in-app in the products, the inbox in the sandbox). */
public interface Notifier {
    void alertAdmins(AdminAlert alert);
}
