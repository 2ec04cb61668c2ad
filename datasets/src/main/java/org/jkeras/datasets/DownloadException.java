package org.jkeras.datasets;

/**
 * A dataset file could not be fetched: the mirror answered with an error, the transfer broke off,
 * or the bytes received do not match the file's published SHA-256. No file is left in the cache
 * when this is thrown, so the next attempt starts afresh.
 */
public final class DownloadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message for the user. */
    public DownloadException(String message) {
        super(message);
    }

    /** Creates the exception with a message for the user and the failure under it. */
    public DownloadException(String message, Throwable cause) {
        super(message, cause);
    }
}
