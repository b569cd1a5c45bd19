package io.osprey.cli;

import io.osprey.analysis.geo.MaxMindGeoIp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The MaxMind-format databases an investigation was given (any may be null). They are read locally, never
 * fetched; once opened they stay memory-mapped for the rest of the command, which ends the process.
 */
record GeoIpFiles(Path asn, Path city, Path anonymousIp) {
    static final GeoIpFiles NONE = new GeoIpFiles(null, null, null);

    boolean isEmpty() {
        return asn == null && city == null && anonymousIp == null;
    }

    List<Path> given() {
        List<Path> given = new ArrayList<>();
        for (Path database : new Path[] {asn, city, anonymousIp}) {
            if (database != null) {
                given.add(database);
            }
        }
        return given;
    }

    /** Opens the databases; the message of a failure names the file. */
    MaxMindGeoIp open() throws IOException {
        for (Path database : given()) {
            if (!Files.isReadable(database)) {
                throw new IOException("cannot read the GeoIP database " + database);
            }
        }
        try {
            return MaxMindGeoIp.open(asn, city, anonymousIp);
        } catch (IOException | RuntimeException e) {
            throw new IOException("not a MaxMind-format database (" + e.getMessage() + "): one of "
                    + String.join(", ", given().stream().map(Path::toString).toList()), e);
        }
    }
}
