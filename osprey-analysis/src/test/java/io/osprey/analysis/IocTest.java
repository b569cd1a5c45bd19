package io.osprey.analysis;

import io.osprey.analysis.attribution.IocMatcher;
import io.osprey.analysis.scan.ContextKey;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IocTest {
    @Test
    void parsesEveryKind() {
        assertThat(Ioc.parse("ip:2001:DB8::0:1")).isEqualTo(new Ioc(IocKind.IP, "2001:db8::1"));
        assertThat(Ioc.parse("CIDR:203.0.113.7/24").value()).isEqualTo("203.0.113.0/24");
        assertThat(Ioc.parse("session: abc ").value()).isEqualTo("abc");
        assertThat(Ioc.parse("ua:python-requests").kind()).isEqualTo(IocKind.UA);
        assertThat(Ioc.parse("user:mallory@contoso.com").text()).isEqualTo("user:mallory@contoso.com");
    }

    @Test
    void rejectsBadIndicatorsWithReadableMessages() {
        assertThatThrownBy(() -> Ioc.parse("203.0.113.7")).hasMessageContaining("KIND:VALUE");
        assertThatThrownBy(() -> Ioc.parse("host:evil")).hasMessageContaining("unknown indicator kind 'host'");
        assertThatThrownBy(() -> Ioc.parse("ip:not-an-ip")).hasMessageContaining("not an IP address");
        assertThatThrownBy(() -> Ioc.parse("app:")).hasMessageContaining("empty app indicator");
    }

    @Test
    void readsAnIocFileWithComments() {
        List<Ioc> iocs = IocFile.parse(List.of("\uFEFF# attacker infrastructure", "ip:203.0.113.66  # AiTM proxy",
                "", "  session:S-1  "), "iocs.txt");
        assertThat(iocs).extracting(Ioc::text).containsExactly("ip:203.0.113.66", "session:S-1");
        assertThatThrownBy(() -> IocFile.parse(List.of("ip:1.2.3.4", "bogus"), "iocs.txt"))
                .hasMessageStartingWith("iocs.txt, line 2: ");
    }

    @Test
    void matcherMatchesEachKindAndNothingElse() {
        ContextKey key = new ContextKey("sess-1", "203.0.113.66", "Client=REST;python-requests/2.31",
                "mallory@contoso.com", "00000003-0000-0000-c000-000000000000", "7d3b2c41", "Owner");
        for (String indicator : List.of("ip:203.0.113.66", "cidr:203.0.113.0/24", "session:SESS-1",
                "app:00000003-0000-0000-C000-000000000000", "app:7D3B2C41", "ua:PYTHON-REQUESTS",
                "user:Mallory@contoso.com")) {
            assertThat(new IocMatcher(List.of(Ioc.parse(indicator))).match(key)).as(indicator).singleElement()
                    .extracting(Reason::text).isEqualTo("matches indicator " + Ioc.parse(indicator).text());
        }
        for (String indicator : List.of("ip:203.0.113.67", "cidr:198.51.100.0/24", "session:sess-2", "app:other",
                "ua:curl", "user:anna@contoso.com")) {
            assertThat(new IocMatcher(List.of(Ioc.parse(indicator))).match(key)).as(indicator).isEmpty();
        }
        ContextKey noIp = new ContextKey(null, null, null, null, null, null, null);
        assertThat(new IocMatcher(List.of(Ioc.parse("cidr:0.0.0.0/0"), Ioc.parse("ua:x"))).match(noIp)).isEmpty();
    }
}
