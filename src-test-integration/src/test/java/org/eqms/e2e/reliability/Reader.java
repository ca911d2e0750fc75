package org.eqms.e2e.reliability;

/** A reader (erin, or an administrator looking around): browses documents, pages, trace and risk, notifications. */
final class Reader extends SimulatedUser {
    Reader(LoadContext context, String user) {
        super(context, user);
    }

    @Override
    protected void act() {
        Browsing.browse(context, session);
    }
}
