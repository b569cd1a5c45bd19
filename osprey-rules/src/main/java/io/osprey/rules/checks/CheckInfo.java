package io.osprey.rules.checks;

import io.osprey.rules.Level;
import io.osprey.rules.sparrow.SparrowExport;

import java.util.Optional;

/**
 * What a code check is, as a rule's metadata would say it.
 *
 * @param sparrowExport the Sparrow CSV the check's records go to, if any
 */
public record CheckInfo(String id, String title, Level level, String description,
                        Optional<SparrowExport> sparrowExport) {
}
