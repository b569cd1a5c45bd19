package io.osprey.analysis.lookup;

import io.osprey.analysis.Attribution;
import io.osprey.analysis.Investigation;
import io.osprey.analysis.InvestigationRequest;
import io.osprey.analysis.InvestigationResult;
import io.osprey.analysis.Ioc;
import io.osprey.analysis.attribution.FirstPartyApps;
import io.osprey.analysis.Events;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class LookupTest {
    private static final String APP = "7d3b2c41-0a5e-4f6b-9c1d-2e8f90ab13c4";
    private static final String GRAPH = "00000003-0000-0000-c000-000000000000";

    private static InvestigationResult result() {
        return Investigation.run(InvestigationRequest.builder().ioc(Ioc.parse("app:" + APP)).build(), List.of(
                List.of(Events.bind("a@contoso.com").id("a1").at("2025-01-01T09:00:00Z").ip("198.51.100.7")
                                .messages("\\Inbox", "<one@x>").build(),
                        Events.bind("a@contoso.com").id("a2").at("2025-01-02T09:00:00Z").ip("203.0.113.9").app(GRAPH)
                                .clientApp(APP).messages("\\Inbox", "<ONE@x>", "<two@x>").build(),
                        Events.sync("a@contoso.com").id("a3").at("2025-01-02T09:05:00Z").ip("203.0.113.9").app(GRAPH)
                                .clientApp(APP).folders("\\Inbox").build()),
                List.of(Events.bind("b@contoso.com").id("b1").at("2025-01-03T09:00:00Z").ip("203.0.113.9").app(GRAPH)
                        .clientApp(APP).messages("\\Inbox", "<one@x>").build())));
    }

    @Test
    void reverseLookupFindsEveryAccessOfEachMessage() {
        List<MessageAccessRow> rows = MessageLookup.lookup(result(),
                MessageLookup.readIds(List.of("# ids", "one@x", "", "<missing@x>", "<One@X>")));

        assertThat(rows).extracting(MessageAccessRow::requestedId, MessageAccessRow::found, MessageAccessRow::mailbox,
                MessageAccessRow::attribution, MessageAccessRow::recordIds).containsExactlyInAnyOrder(
                tuple("one@x", true, "a@contoso.com", Attribution.USER, List.of("a1")),
                tuple("one@x", true, "a@contoso.com", Attribution.ATTACKER, List.of("a2")),
                tuple("one@x", true, "b@contoso.com", Attribution.ATTACKER, List.of("b1")),
                tuple("<missing@x>", false, null, null, List.of()));
        assertThat(rows.get(rows.size() - 1).found()).isFalse();
        assertThat(rows).filteredOn(row -> row.attribution() == Attribution.ATTACKER)
                .allSatisfy(row -> assertThat(row.clientAppId()).isEqualTo(APP));
    }

    @Test
    void appInvestigationListsEveryMailboxAndMessageOfTheApp() {
        AppInvestigation.Result app = AppInvestigation.of(result(), APP.toUpperCase(),
                FirstPartyApps.shipped()::name);

        assertThat(app.appName()).isNull();
        assertThat(app.mailboxes()).extracting(AppInvestigation.AppMailbox::mailbox, AppInvestigation.AppMailbox::records,
                AppInvestigation.AppMailbox::messages, AppInvestigation.AppMailbox::syncedFolders).containsExactly(
                tuple("a@contoso.com", 2, 2, List.of("\\Inbox")), tuple("b@contoso.com", 1, 1, List.of()));
        assertThat(app.messages()).extracting(AppInvestigation.AppMessage::mailbox,
                AppInvestigation.AppMessage::internetMessageId, AppInvestigation.AppMessage::recordIds)
                .containsExactly(tuple("a@contoso.com", "<one@x>", List.of("a2")),
                        tuple("a@contoso.com", "<two@x>", List.of("a2")),
                        tuple("b@contoso.com", "<one@x>", List.of("b1")));
        assertThat(app.syncRecords()).extracting(r -> r.recordId()).containsExactly("a3");
        assertThat(AppInvestigation.of(result(), GRAPH, FirstPartyApps.shipped()::name).appName())
                .isEqualTo("Microsoft Graph");
    }
}
