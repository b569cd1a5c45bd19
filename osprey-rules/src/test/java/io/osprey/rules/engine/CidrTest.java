package io.osprey.rules.engine;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CidrTest {

    @Test
    void ipv4Networks() {
        Cidr network = Cidr.parse("203.0.113.0/25").orElseThrow();
        assertThat(network.contains("203.0.113.127")).isTrue();
        assertThat(network.contains("203.0.113.128")).isFalse();
        assertThat(network.contains("::ffff:203.0.113.5")).isTrue();
        assertThat(Cidr.parse("0.0.0.0/0").orElseThrow().contains("8.8.8.8")).isTrue();
    }

    @Test
    void ipv6Networks() {
        Cidr network = Cidr.parse("2001:db8:abcd::/48").orElseThrow();
        assertThat(network.contains("2001:DB8:ABCD:12::1")).isTrue();
        assertThat(network.contains("2001:db8:abce::1")).isFalse();
        assertThat(network.contains("203.0.113.5")).isFalse();
    }

    @Test
    void bareAddressesAreSingleHostNetworks() {
        Cidr host = Cidr.parse("198.51.100.7").orElseThrow();
        assertThat(host.prefixLength()).isEqualTo(32);
        assertThat(host.contains("198.51.100.7")).isTrue();
        assertThat(host.contains("198.51.100.8")).isFalse();
    }

    @Test
    void rejectsWhatIsNotANetworkWithoutResolvingNames() {
        assertThat(Cidr.parse("10.0.0.0/33")).isEmpty();
        assertThat(Cidr.parse("256.1.1.1")).isEmpty();
        assertThat(Cidr.parse("example.com")).isEmpty();
        assertThat(Cidr.parse("10.0.0.0/x")).isEmpty();
        assertThat(Cidr.parse(null)).isEmpty();
        assertThat(Cidr.parse("10.0.0.0/8").orElseThrow().contains("not-an-address")).isFalse();
    }
}
