package org.eqms.rest;

/**
 * Who sent a REST request: the user key (never a user name), the client address for the audit trail, and the host
 * session (the continuous-session rule of 21 CFR 11.200(a)(1) counts signings per session).
 */
public record Caller(String userKey, String clientIp, String sessionId) {
}
