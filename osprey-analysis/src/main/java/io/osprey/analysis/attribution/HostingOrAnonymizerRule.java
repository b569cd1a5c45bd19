package io.osprey.analysis.attribution;

import io.osprey.analysis.Reason;
import io.osprey.analysis.geo.NetworkInfo;

import java.util.Optional;

/** With a MaxMind-format Anonymous IP database: a client network of a hosting provider or an anonymizer. */
public final class HostingOrAnonymizerRule implements SuspicionRule {
    public static final String CODE = "hosting-or-anonymizer";

    @Override
    public Optional<Reason> evaluate(ContextFacts facts, TenantIndex tenant) {
        NetworkInfo info = facts.networkInfo();
        String ip = facts.context().key().clientIp();
        if (info.anonymizer()) {
            return Optional.of(new Reason(CODE, "client IP " + ip + " is an anonymizer ("
                    + String.join(", ", info.anonymizerKinds()) + ")" + asn(info), 4));
        }
        if (info.hostingProvider()) {
            return Optional.of(new Reason(CODE, "client IP " + ip + " belongs to a hosting provider" + asn(info), 2));
        }
        return Optional.empty();
    }

    private static String asn(NetworkInfo info) {
        if (info.asn() == null) {
            return "";
        }
        return ", AS" + info.asn() + (info.asOrganization() == null ? "" : " " + info.asOrganization());
    }
}
