package io.osprey.analysis.scan;

import io.osprey.model.AccessedItem;

import java.util.Locale;

/** Folder identity across records: paths compare case-insensitively with a leading backslash. */
public final class FolderPaths {
    private FolderPaths() {
    }

    /** The folder as displayed: the path with a leading backslash, else the folder id, else null. */
    public static String display(AccessedItem item) {
        String path = ContextKey.blankToNull(item.folderPath());
        if (path != null) {
            return path.startsWith("\\") ? path : "\\" + path;
        }
        String id = ContextKey.blankToNull(item.folderId());
        return id == null ? null : "(folder id " + id + ")";
    }

    /** The comparison key of a displayed folder. */
    public static String key(String display) {
        return display == null ? null : display.toLowerCase(Locale.ROOT);
    }
}
