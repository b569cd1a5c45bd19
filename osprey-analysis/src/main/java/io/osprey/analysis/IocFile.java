package io.osprey.analysis;

import java.util.ArrayList;
import java.util.List;

/** Reads an IOC file: one {@code KIND:VALUE} per line; blank lines and {@code #} comments are skipped. */
public final class IocFile {
    private IocFile() {
    }

    /**
     * @param sourceName the file's name, used in error messages
     * @throws IllegalArgumentException naming the file and line of the first invalid indicator
     */
    public static List<Ioc> parse(List<String> lines, String sourceName) {
        List<Ioc> iocs = new ArrayList<>();
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index);
            int hash = line.indexOf('#');
            String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (index == 0 && content.startsWith("\uFEFF")) {
                content = content.substring(1).strip();
            }
            if (content.isEmpty()) {
                continue;
            }
            try {
                iocs.add(Ioc.parse(content));
            } catch (IllegalArgumentException invalid) {
                throw new IllegalArgumentException(sourceName + ", line " + (index + 1) + ": "
                        + invalid.getMessage(), invalid);
            }
        }
        return List.copyOf(iocs);
    }
}
