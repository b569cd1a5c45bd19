package io.osprey.rules.directory;

/** A saved directory response could not be read; the message names the file and the reason. */
public final class DirectoryInventoryException extends Exception {
    public DirectoryInventoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
