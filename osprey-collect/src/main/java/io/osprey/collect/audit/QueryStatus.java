package io.osprey.collect.audit;

/**
 * What an audit log query reports about itself.
 *
 * @param status               {@code notStarted, running, succeeded, failed, cancelled}
 * @param recordLimitExceeded  {@code isRecordCountLimitExceeded}: the query hit the service's record limit
 * @param approximateCount     {@code approximateReturnedRecordCount}, when given
 * @param retries              HTTP retries the status call took
 */
record QueryStatus(String status, boolean recordLimitExceeded, Long approximateCount, int retries) {
    boolean succeeded() {
        return "succeeded".equalsIgnoreCase(status);
    }

    boolean ended() {
        return succeeded() || "failed".equalsIgnoreCase(status) || "cancelled".equalsIgnoreCase(status);
    }
}
