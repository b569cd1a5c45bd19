package io.osprey.analysis.geo;

import io.osprey.analysis.AccessContext;
import io.osprey.analysis.Events;
import io.osprey.analysis.Investigation;
import io.osprey.analysis.InvestigationRequest;
import io.osprey.analysis.InvestigationResult;
import io.osprey.analysis.Reason;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Uses the MaxMind DB format test databases copied from ../shared/data/maxmind-test (MIT / Apache-2.0). */
class MaxMindGeoIpTest {
    private static final Path DATA = Path.of("src/test/resources/maxmind-test");

    private static MaxMindGeoIp open() throws Exception {
        return MaxMindGeoIp.open(DATA.resolve("GeoLite2-ASN-Test.mmdb"), DATA.resolve("GeoLite2-City-Test.mmdb"),
                DATA.resolve("GeoIP2-Anonymous-IP-Test.mmdb"));
    }

    @Test
    void readsAsnCountryAndAnonymizerFlags() throws Exception {
        try (MaxMindGeoIp geo = open()) {
            NetworkInfo google = geo.lookup("1.0.0.1");
            assertThat(google.asn()).isEqualTo(15169L);
            assertThat(google.asOrganization()).isEqualTo("Google Inc.");

            NetworkInfo london = geo.lookup("81.2.69.142");
            assertThat(london.countryCode()).isEqualTo("GB");
            assertThat(london.hostingProvider()).isTrue();
            assertThat(london.anonymizerKinds()).containsExactly("anonymous VPN", "Tor exit node", "public proxy",
                    "residential proxy");

            NetworkInfo hosting = geo.lookup("6.1.0.2");
            assertThat(hosting.hostingProvider()).isTrue();
            assertThat(hosting.anonymizer()).isFalse();

            assertThat(geo.lookup("2001:480:3a::1").anonymizerKinds()).containsExactly("public proxy");
            assertThat(geo.lookup("198.51.100.7")).isEqualTo(NetworkInfo.UNKNOWN);
            assertThat(geo.lookup("not an address")).isEqualTo(NetworkInfo.UNKNOWN);
        }
    }

    @Test
    void onlyTheGivenDatabasesAreUsed() throws Exception {
        try (MaxMindGeoIp geo = MaxMindGeoIp.open(null, DATA.resolve("GeoLite2-City-Test.mmdb"), null)) {
            NetworkInfo info = geo.lookup("81.2.69.142");
            assertThat(info.countryCode()).isEqualTo("GB");
            assertThat(info.asn()).isNull();
            assertThat(info.anonymizer()).isFalse();
        }
    }

    @Test
    void theInvestigationFlagsAnonymizersAndNewCountries() throws Exception {
        String box = "anna@contoso.com";
        try (MaxMindGeoIp geo = open()) {
            InvestigationResult result = Investigation.run(InvestigationRequest.builder().geoIp(geo).build(), List.of(
                    List.of(Events.bind(box).at("2025-03-01T09:00:00Z").ip("67.43.156.1").build(),
                            Events.bind(box).at("2025-03-05T09:00:00Z").ip("67.43.156.1").build(),
                            Events.bind(box).at("2025-03-09T09:00:00Z").ip("67.43.156.2").build(),
                            Events.bind(box).at("2025-03-10T09:00:00Z").ip("81.2.69.142").build())));
            List<AccessContext> contexts = result.mailbox(box).orElseThrow().contexts();

            AccessContext tor = contexts.stream().filter(c -> "81.2.69.142".equals(c.clientIp())).findFirst().orElseThrow();
            assertThat(tor.reasons()).extracting(Reason::code).contains("hosting-or-anonymizer", "new-country");
            assertThat(tor.networkInfo().countryCode()).isEqualTo("GB");
            assertThat(contexts).filteredOn(c -> c.clientIp().startsWith("67.43.156."))
                    .allSatisfy(c -> assertThat(c.reasons()).isEmpty());
        }
    }
}
