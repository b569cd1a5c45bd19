package io.osprey.rules.engine;

import java.util.Optional;
import java.util.Set;

/**
 * A compiled detection block.
 *
 * @param operations the (lower-case) operations the detection can match at most; empty for any
 */
record Detection(EventPredicate predicate, Optional<Set<String>> operations) {
}
