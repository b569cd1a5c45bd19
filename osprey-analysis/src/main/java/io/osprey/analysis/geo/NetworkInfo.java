package io.osprey.analysis.geo;

import java.util.List;

/**
 * What offline IP databases say about an address; every field may be absent.
 *
 * @param anonymizerKinds anonymous VPN, Tor exit node, public proxy, residential proxy, anonymous: whichever apply
 */
public record NetworkInfo(Long asn, String asOrganization, String countryCode, boolean hostingProvider,
                          List<String> anonymizerKinds) {
    public static final NetworkInfo UNKNOWN = new NetworkInfo(null, null, null, false, List.of());

    public NetworkInfo {
        anonymizerKinds = List.copyOf(anonymizerKinds);
    }

    public boolean anonymizer() {
        return !anonymizerKinds.isEmpty();
    }
}
