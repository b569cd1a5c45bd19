package io.osprey.collect.testserver;

/** The kinds of request the test tenant answers, for fault injection, counting and hooks. */
public enum RequestKind {
    TOKEN, DEVICE_CODE,
    AUDIT_CREATE, AUDIT_STATUS, AUDIT_RECORDS,
    ACTIVITY_START, ACTIVITY_LIST, ACTIVITY_BLOB,
    DIRECTORY, SIGNINS,
    UNKNOWN
}
