package io.osprey.collect.checkpoint;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A Management Activity API content blob.
 *
 * @param contentId      the service's content id
 * @param contentType    its content type
 * @param contentUri     where it is downloaded from
 * @param contentCreated when the service published it (not the event time)
 * @param status         where it stands
 * @param file           the evidence file (relative to the evidence folder)
 * @param records        the AuditData records in the blob
 * @param bytes          the file's size
 * @param sha256         the file's SHA-256
 * @param retries        HTTP retries spent on it
 * @param failure        why it could not be saved, when it could not
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BlobState(String contentId, String contentType, String contentUri, String contentCreated,
                        UnitStatus status, String file, long records, long bytes, String sha256, int retries,
                        String failure) {
    public BlobState saved(long recordCount, long size, String digest, int moreRetries) {
        return new BlobState(contentId, contentType, contentUri, contentCreated, UnitStatus.COMPLETE, file,
                recordCount, size, digest, retries + moreRetries, null);
    }

    public BlobState failed(String reason, int moreRetries) {
        return new BlobState(contentId, contentType, contentUri, contentCreated, UnitStatus.FAILED, file, 0, 0,
                null, retries + moreRetries, reason);
    }
}
