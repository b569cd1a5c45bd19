package io.osprey.analysis.geo;

import com.maxmind.db.Reader;
import io.osprey.analysis.net.IpAddresses;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Offline IP enrichment from user-supplied MaxMind-format databases (GeoLite2/GeoIP2 ASN, City or Country,
 * Anonymous IP; also DB-IP and IPinfo files in that format). Any of the three may be absent. No network access:
 * addresses are parsed as literals, never resolved.
 */
public final class MaxMindGeoIp implements GeoIpLookup, Closeable {
    private static final Map<String, String> ANONYMIZER_FLAGS = Map.of("is_anonymous_vpn", "anonymous VPN",
            "is_tor_exit_node", "Tor exit node", "is_public_proxy", "public proxy",
            "is_residential_proxy", "residential proxy");
    private static final List<String> ANONYMIZER_ORDER = List.of("is_anonymous_vpn", "is_tor_exit_node",
            "is_public_proxy", "is_residential_proxy");

    private final Reader asn;
    private final Reader city;
    private final Reader anonymous;

    private MaxMindGeoIp(Reader asn, Reader city, Reader anonymous) {
        this.asn = asn;
        this.city = city;
        this.anonymous = anonymous;
    }

    /** Opens the databases given; a null path means that database is not used. */
    public static MaxMindGeoIp open(Path asnDatabase, Path cityDatabase, Path anonymousIpDatabase) throws IOException {
        Reader asn = null;
        Reader city = null;
        try {
            asn = asnDatabase == null ? null : new Reader(asnDatabase.toFile());
            city = cityDatabase == null ? null : new Reader(cityDatabase.toFile());
            Reader anonymous = anonymousIpDatabase == null ? null : new Reader(anonymousIpDatabase.toFile());
            return new MaxMindGeoIp(asn, city, anonymous);
        } catch (IOException | RuntimeException failed) {
            closeQuietly(asn);
            closeQuietly(city);
            throw failed;
        }
    }

    @Override
    public NetworkInfo lookup(String canonicalIp) {
        byte[] bytes = IpAddresses.parse(canonicalIp);
        if (bytes == null) {
            return NetworkInfo.UNKNOWN;
        }
        InetAddress address;
        try {
            address = InetAddress.getByAddress(bytes);
        } catch (UnknownHostException impossible) {
            return NetworkInfo.UNKNOWN;
        }
        Map<?, ?> asnRecord = get(asn, address);
        Map<?, ?> cityRecord = get(city, address);
        Map<?, ?> anonymousRecord = get(anonymous, address);
        Long number = asnRecord.get("autonomous_system_number") instanceof Number value ? value.longValue() : null;
        String organization = asnRecord.get("autonomous_system_organization") instanceof String value ? value : null;
        List<String> kinds = new ArrayList<>();
        for (String flag : ANONYMIZER_ORDER) {
            if (Boolean.TRUE.equals(anonymousRecord.get(flag))) {
                kinds.add(ANONYMIZER_FLAGS.get(flag));
            }
        }
        return new NetworkInfo(number, organization, country(cityRecord),
                Boolean.TRUE.equals(anonymousRecord.get("is_hosting_provider")), kinds);
    }

    private static String country(Map<?, ?> record) {
        for (String field : List.of("country", "registered_country")) {
            if (record.get(field) instanceof Map<?, ?> country && country.get("iso_code") instanceof String code) {
                return code;
            }
        }
        return null;
    }

    private static Map<?, ?> get(Reader reader, InetAddress address) {
        if (reader == null) {
            return Map.of();
        }
        try {
            Map<?, ?> record = reader.get(address, Map.class);
            return record == null ? Map.of() : record;
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read the IP database", unreadable);
        }
    }

    @Override
    public void close() throws IOException {
        closeQuietly(asn);
        closeQuietly(city);
        if (anonymous != null) {
            anonymous.close();
        }
    }

    private static void closeQuietly(Reader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException ignored) {
                // closing a memory-mapped reader that failed to open completely: nothing more to do
            }
        }
    }
}
