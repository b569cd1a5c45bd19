package io.osprey.analysis.attribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Microsoft's first-party application ids, from merill/microsoft-info's MicrosoftApps.csv (MIT licence), kept
 * with its LICENSE in osprey-model's resources as data shared with the hunt. Anything else reading mail is a
 * third-party application.
 */
public final class FirstPartyApps {
    private static final String RESOURCE = "/io/osprey/model/microsoft-info/MicrosoftApps.csv";
    private static volatile FirstPartyApps shipped;

    private final Map<String, String> namesById;

    public FirstPartyApps(Map<String, String> namesById) {
        Map<String, String> normalized = new HashMap<>();
        namesById.forEach((id, name) -> normalized.put(id.trim().toLowerCase(Locale.ROOT), name));
        this.namesById = Map.copyOf(normalized);
    }

    /** The list shipped with Osprey. */
    public static FirstPartyApps shipped() {
        FirstPartyApps apps = shipped;
        if (apps == null) {
            try (InputStream in = FirstPartyApps.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                apps = read(in);
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
            shipped = apps;
        }
        return apps;
    }

    /** Reads the CSV layout "AppId","AppDisplayName",... with a header line. */
    public static FirstPartyApps read(InputStream in) throws IOException {
        Map<String, String> names = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = reader.readLine();
            while ((line = reader.readLine()) != null) {
                String[] fields = firstTwoFields(line);
                if (fields != null && !fields[0].isEmpty()) {
                    names.putIfAbsent(fields[0], fields[1]);
                }
            }
        }
        return new FirstPartyApps(names);
    }

    private static String[] firstTwoFields(String line) {
        if (!line.startsWith("\"")) {
            return null;
        }
        int idEnd = line.indexOf('"', 1);
        if (idEnd < 0) {
            return null;
        }
        String id = line.substring(1, idEnd);
        int nameStart = line.indexOf('"', idEnd + 1);
        int nameEnd = nameStart < 0 ? -1 : line.indexOf("\",", nameStart + 1);
        String name = nameEnd < 0 ? "" : line.substring(nameStart + 1, nameEnd).replace("\"\"", "\"");
        return new String[] {id, name};
    }

    public boolean isFirstParty(String appId) {
        return appId != null && namesById.containsKey(appId.trim().toLowerCase(Locale.ROOT));
    }

    /** The display name of a first-party app, or null. */
    public String name(String appId) {
        return appId == null ? null : namesById.get(appId.trim().toLowerCase(Locale.ROOT));
    }

    public int size() {
        return namesById.size();
    }
}
