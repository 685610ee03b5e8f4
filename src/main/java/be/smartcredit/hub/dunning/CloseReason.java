package be.smartcredit.hub.dunning;

/** Why a dossier was closed. */
public enum CloseReason {
    PAID,
    CREDITED,
    PLAN_COMPLETED,
    WRITTEN_OFF,
    IRRECOVERABLE,
    INSOLVENT,
    WITHDRAWN
}
