package io.osprey.collect.checkpoint;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A directory item or a sign-in window: one or more Graph collections saved as merged pages.
 *
 * @param key      the item name ({@code domains}, {@code servicePrincipals}, ...) or sign-in window key
 * @param status   where it stands
 * @param files    the evidence files (relative to the evidence folder)
 * @param records  objects saved
 * @param pages    Graph pages read
 * @param retries  HTTP retries spent on it
 * @param failure  why it could not be saved, when it could not
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ItemState(String key, UnitStatus status, List<String> files, long records, int pages, int retries,
                        String failure) {
    public ItemState {
        files = files == null ? List.of() : List.copyOf(files);
    }

    public static ItemState pending(String key) {
        return new ItemState(key, UnitStatus.PENDING, List.of(), 0, 0, 0, null);
    }
}
