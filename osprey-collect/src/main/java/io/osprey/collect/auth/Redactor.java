package io.osprey.collect.auth;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * Removes secrets and tokens from text before it reaches a message, a log or a file. It knows the secrets
 * Osprey read (client secret, certificate password) and the access tokens it obtained, and it also blanks
 * anything shaped like a bearer token or an {@code access_token}/{@code client_secret}/{@code client_assertion}
 * field, in case a server or a library echoes one.
 */
public final class Redactor {
    private static final String MASK = "[redacted]";
    private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]+");
    private static final Pattern FIELD = Pattern.compile(
            "(?i)((?:access_token|refresh_token|id_token|client_secret|client_assertion|password)"
                    + "[\"']?\\s*[:=]\\s*[\"']?)[^\"'&\\s,}]+");
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]*");

    private final List<String> known = new CopyOnWriteArrayList<>();

    /** Remembers a value that must never appear in output (ignored when shorter than 4 characters). */
    public void register(String value) {
        if (value != null && value.length() >= 4 && !known.contains(value)) {
            known.add(value);
        }
    }

    public void register(Secret secret) {
        register(Objects.requireNonNull(secret, "secret").reveal());
    }

    /** The text with every known secret and every token-shaped value replaced by {@code [redacted]}. */
    public String redact(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String value : known) {
            result = result.replace(value, MASK);
        }
        result = BEARER.matcher(result).replaceAll("$1" + MASK);
        result = FIELD.matcher(result).replaceAll("$1" + MASK);
        return JWT.matcher(result).replaceAll(MASK);
    }
}
