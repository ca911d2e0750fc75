package org.eqms.risk;

/** Where production or post-production information comes from (ISO 14971 §10.2). */
public enum InformationSource {
    COMPLAINT,
    CAPA,
    ADVERSE_EVENT,
    PRODUCTION_MONITORING,
    FIELD_ACTION,
    STATE_OF_THE_ART
}
