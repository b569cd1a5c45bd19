package io.osprey.cli;

import io.osprey.analysis.Ioc;
import io.osprey.analysis.IocFile;
import io.osprey.analysis.InvestigationRequest;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The playbook's options, shared by {@code investigate} and {@code messages}: IOCs, mailboxes, period, and the
 * optional MaxMind-format GeoIP databases for the suspicion rules without IOCs.
 */
final class InvestigationOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--ioc", paramLabel = "KIND:VALUE", description = "ip:, cidr:, session:, app:, ua:, user:")
    List<String> iocs = new ArrayList<>();

    @Option(names = "--ioc-file", paramLabel = "FILE", description = "one KIND:VALUE per line, # comments")
    Path iocFile;

    @Option(names = "--mailbox", paramLabel = "UPN", description = "a mailbox under investigation")
    List<String> mailboxes = new ArrayList<>();

    @Option(names = "--from", paramLabel = "TIME", description = "start of the period (ISO-8601 UTC)")
    Instant from;

    @Option(names = "--to", paramLabel = "TIME", description = "end of the period (ISO-8601 UTC)")
    Instant to;

    @Option(names = "--geoip-asn", paramLabel = "FILE",
            description = "a MaxMind-format ASN database (.mmdb): hosting-provider networks")
    Path geoIpAsn;

    @Option(names = "--geoip-city", paramLabel = "FILE",
            description = "a MaxMind-format City or Country database (.mmdb): new-country networks")
    Path geoIpCity;

    @Option(names = "--anonymous-ip", paramLabel = "FILE",
            description = "a MaxMind-format Anonymous IP database (.mmdb): VPN, Tor, proxies, hosting")
    Path anonymousIp;

    /** The request; a bad IOC, an unreadable IOC file or an empty period is a usage error (exit 2). */
    InvestigationRequest request() {
        InvestigationRequest.Builder builder = InvestigationRequest.builder();
        try {
            for (String ioc : iocs) {
                builder.ioc(Ioc.parse(ioc));
            }
            if (iocFile != null) {
                builder.iocs(IocFile.parse(Files.readAllLines(iocFile, StandardCharsets.UTF_8), iocFile.toString()));
            }
            mailboxes.forEach(builder::mailbox);
            if (from != null || to != null) {
                builder.period(from, to);
            }
            if (!geoIpFiles().isEmpty()) {
                builder.geoIp(geoIpFiles().open());
            }
            return builder.build();
        } catch (IllegalArgumentException | IOException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** The GeoIP databases given on the command line. */
    GeoIpFiles geoIpFiles() {
        return new GeoIpFiles(geoIpAsn, geoIpCity, anonymousIp);
    }
}
