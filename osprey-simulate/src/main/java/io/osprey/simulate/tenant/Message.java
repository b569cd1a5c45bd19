package io.osprey.simulate.tenant;

import java.util.SplittableRandom;

/**
 * One message of a simulated mailbox.
 *
 * @param internetMessageId the InternetMessageId with its angle brackets
 * @param sizeInBytes       the message size
 * @param itemSeed          seeds the message's store ids, derived only when a record shows them
 */
public record Message(String internetMessageId, int sizeInBytes, long itemSeed) {
    public String restItemId() {
        return RandomIds.restItemId(new SplittableRandom(itemSeed));
    }

    public String immutableId() {
        return RandomIds.immutableItemId(new SplittableRandom(~itemSeed));
    }
}
