package io.osprey.formats.json;

/** What a record position in a JSON input holds. */
public enum JsonKind {
    OBJECT, ARRAY, SCALAR
}
