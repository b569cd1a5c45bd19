package io.osprey.analysis.verdict;

import io.osprey.analysis.CoverageStatus;
import io.osprey.analysis.DayCoverage;
import io.osprey.analysis.Events;
import io.osprey.analysis.Investigation;
import io.osprey.analysis.InvestigationRequest;
import io.osprey.analysis.InvestigationResult;
import io.osprey.analysis.MailboxInvestigation;
import io.osprey.analysis.TimeWindow;
import io.osprey.analysis.Verdict;
import io.osprey.model.CoverageGap;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CollectionGapsTest {
    private static final Instant MARCH_1 = Instant.parse("2025-03-01T00:00:00Z");
    private static final Instant MARCH_2 = Instant.parse("2025-03-02T00:00:00Z");
    private static final Instant MARCH_3 = Instant.parse("2025-03-03T00:00:00Z");
    private static final Instant MARCH_4 = Instant.parse("2025-03-04T00:00:00Z");

    /** alice has records on all three days, bob only on the first; the audit windows of March 2 and 3 failed. */
    private static InvestigationResult investigated() {
        InvestigationRequest request = InvestigationRequest.builder().period(MARCH_1, MARCH_4).build();
        return Investigation.run(request, List.of(
                List.of(Events.bind("alice@contoso.com").at("2025-03-01T10:00:00Z").build(),
                        Events.bind("alice@contoso.com").at("2025-03-02T10:00:00Z").build(),
                        Events.bind("alice@contoso.com").at("2025-03-03T10:00:00Z").build()),
                List.of(Events.bind("bob@contoso.com").at("2025-03-01T11:00:00Z").build())));
    }

    private static final List<CoverageGap> GAPS = List.of(
            new CoverageGap("audit", MARCH_2, MARCH_3, "20250302T000000Z_20250303T000000Z",
                    "the query could not be completed: status failed"),
            new CoverageGap("audit", MARCH_3, MARCH_4, "20250303T000000Z_20250304T000000Z",
                    "not collected yet (the run was interrupted or has not reached it)"),
            new CoverageGap("activity-api", Instant.parse("2025-02-01T00:00:00Z"), Instant.parse("2025-02-02T00:00:00Z"),
                    "Audit.Exchange/20250201T000000Z_20250202T000000Z", "older than the 7-day reach"),
            new CoverageGap("directory", null, null, "servicePrincipals", "could not be collected: 503"));

    @Test
    void gapsInThePeriodBecomeCaveatsAndAMailboxWithoutRecordsThereIsNotAuditedThen() {
        InvestigationResult result = CollectionGaps.apply(investigated(), GAPS);

        assertThat(result.coverageGaps()).isEqualTo(GAPS);
        assertThat(result.coverageGaps()).filteredOn(gap -> CollectionGaps.inPeriod(result, gap))
                .extracting(CoverageGap::unit).containsExactly("20250302T000000Z_20250303T000000Z",
                        "20250303T000000Z_20250304T000000Z", "servicePrincipals");
        assertThat(result.caveats()).contains("1 collection gap(s) of the acquisition lie outside the period (see"
                + " coverageGaps): without --from/--to the evidence's first and last records set the period, and the"
                + " evidence may end early because of them.");
        assertThat(result.caveats()).anySatisfy(caveat -> assertThat(caveat)
                .contains("Collection gap").contains("2025-03-02T00:00:00Z").contains("status failed")
                .contains("MailItemsAccessed records of that time may be missing"));
        assertThat(result.caveats()).anySatisfy(caveat -> assertThat(caveat).contains("servicePrincipals")
                .doesNotContain("MailItemsAccessed"));
        MailboxInvestigation bob = result.mailbox("bob@contoso.com").orElseThrow();
        assertThat(bob.caveats()).filteredOn(caveat -> caveat.startsWith("Not audited from"))
                .containsExactly("Not audited from 2025-03-02T00:00:00Z to 2025-03-04T00:00:00Z: the audit log of"
                        + " that time could not be collected in full and no evidence has a MailItemsAccessed record"
                        + " of this mailbox then; nothing can be ruled out.");
        assertThat(bob.coverage()).filteredOn(day -> !day.day().isBefore(LocalDate.of(2025, 3, 2)))
                .extracting(DayCoverage::status).containsOnly(CoverageStatus.NOT_AUDITED);
        assertThat(bob.verdict()).isEqualTo(Verdict.NO_EVIDENCE_OF_ACCESS);
        MailboxInvestigation alice = result.mailbox("alice@contoso.com").orElseThrow();
        assertThat(alice.caveats()).noneMatch(caveat -> caveat.startsWith("Not audited from"));
        assertThat(alice.records()).hasSize(3);
    }

    @Test
    void aGapOutsideThePeriodIsListedButCaveatsNoMailbox() {
        InvestigationResult plain = investigated();

        InvestigationResult result = CollectionGaps.apply(plain, List.of(GAPS.get(2)));

        assertThat(result.coverageGaps()).containsExactly(GAPS.get(2));
        assertThat(result.mailboxes()).isEqualTo(plain.mailboxes());
        assertThat(CollectionGaps.apply(plain, List.of())).isSameAs(plain);
    }

    @Test
    void overlappingAndTouchingMailGapsMergeIntoOneSpan() {
        List<TimeWindow> spans = CollectionGaps.mailSpans(List.of(GAPS.get(1), GAPS.get(0), GAPS.get(3),
                new CoverageGap("signins", MARCH_1, MARCH_2, "x", "y"),
                new CoverageGap("activity-api", MARCH_1, MARCH_2, "Audit.SharePoint/x", "failed")));

        assertThat(spans).containsExactly(new TimeWindow(MARCH_2, MARCH_4));
    }
}
