package io.osprey.analysis.net;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IpAddressesTest {
    @Test
    void canonicalFormsCompareEqual() {
        assertThat(IpAddresses.canonical("2001:DB8:0:0:0:0:0:1")).isEqualTo("2001:db8::1");
        assertThat(IpAddresses.canonical("2001:db8::0:1")).isEqualTo("2001:db8::1");
        assertThat(IpAddresses.canonical("::ffff:203.0.113.5")).isEqualTo("203.0.113.5");
        assertThat(IpAddresses.canonical("2001:db8:0:0:1:0:0:1")).isEqualTo("2001:db8::1:0:0:1");
        assertThat(IpAddresses.canonical("fe80::1%eth0")).isEqualTo("fe80::1");
        assertThat(IpAddresses.canonical("::")).isEqualTo("::");
        assertThat(IpAddresses.canonical(" 203.0.113.5 ")).isEqualTo("203.0.113.5");
    }

    @Test
    void rejectsWhatIsNotAnAddress() {
        assertThat(IpAddresses.parse("example.com")).isNull();
        assertThat(IpAddresses.parse("256.1.1.1")).isNull();
        assertThat(IpAddresses.parse("1.2.3")).isNull();
        assertThat(IpAddresses.parse("1::2::3")).isNull();
        assertThat(IpAddresses.parse("12345::1")).isNull();
        assertThat(IpAddresses.parse("")).isNull();
        assertThat(IpAddresses.parse(null)).isNull();
    }

    @Test
    void lenientParsingStripsBracketsAndPorts() {
        assertThat(IpAddresses.format(IpAddresses.parseLenient("[2001:db8::1]:443"))).isEqualTo("2001:db8::1");
        assertThat(IpAddresses.format(IpAddresses.parseLenient("203.0.113.5:51000"))).isEqualTo("203.0.113.5");
        assertThat(IpAddresses.format(IpAddresses.parseLenient("2001:db8::1"))).isEqualTo("2001:db8::1");
    }

    @Test
    void networksAre24And48() {
        assertThat(IpAddresses.network(IpAddresses.parse("203.0.113.77"))).isEqualTo("203.0.113.0/24");
        assertThat(IpAddresses.network(IpAddresses.parse("2001:db8:5f4f:1::27c7"))).isEqualTo("2001:db8:5f4f::/48");
    }

    @Test
    void cidrContainment() {
        Cidr v4 = Cidr.parse("203.0.113.0/25");
        assertThat(v4.contains("203.0.113.127")).isTrue();
        assertThat(v4.contains("203.0.113.128")).isFalse();
        assertThat(v4.contains("2001:db8::1")).isFalse();
        Cidr v6 = Cidr.parse("2001:db8:abcd::/48");
        assertThat(v6.contains("2001:db8:abcd:12::1")).isTrue();
        assertThat(v6.contains("2001:db8:abce::1")).isFalse();
        assertThat(Cidr.parse("203.0.113.9").contains("203.0.113.9")).isTrue();
        assertThat(Cidr.parse("203.0.113.9/20")).hasToString("203.0.112.0/20");
        assertThatThrownBy(() -> Cidr.parse("203.0.113.0/33")).hasMessageContaining("out of range");
        assertThatThrownBy(() -> Cidr.parse("nope/8")).hasMessageContaining("not a network address");
    }
}
