package io.osprey.simulate.tenant;

import java.util.SplittableRandom;

/**
 * Folder paths as Exchange writes them, localized by the mailbox's language (the paths are display names, so
 * a French mailbox's Inbox is {@code \Boîte de réception}), plus a custom folder with a non-ASCII name.
 */
public final class FolderNames {
    private static final String[][] WELL_KNOWN = {
            {"\\Inbox", "\\Sent Items", "\\Archive", "\\Drafts", "\\Deleted Items"},
            {"\\Boîte de réception", "\\Éléments envoyés", "\\Archives", "\\Brouillons",
                    "\\Éléments supprimés"},
            {"\\Posteingang", "\\Gesendete Elemente", "\\Archiv", "\\Entwürfe", "\\Gelöschte Elemente"}};
    private static final String[][] CUSTOM = {
            {"\\Inbox\\Clients – Müller GmbH", "\\Projects\\Zürich 2026", "\\Inbox\\Invoices €", "\\Café board"},
            {"\\Boîte de réception\\Factures", "\\Réunions équipe", "\\Projets\\Montréal"},
            {"\\Posteingang\\Aufträge", "\\Kunden – Köln", "\\Übergaben"}};

    private FolderNames() {
    }

    /** The folder paths of a mailbox in the given language (0 English, 1 French, 2 German). */
    public static String[] paths(int language, SplittableRandom random) {
        String[] paths = new String[MailFolder.COUNT];
        System.arraycopy(WELL_KNOWN[language], 0, paths, 0, WELL_KNOWN[language].length);
        String[] custom = CUSTOM[language];
        paths[MailFolder.CUSTOM.ordinal()] = custom[random.nextInt(custom.length)];
        return paths;
    }

    /** The display name of a folder (its last path segment), as inbox rules name their target folder. */
    public static String displayName(String path) {
        return path.substring(path.lastIndexOf('\\') + 1);
    }
}
