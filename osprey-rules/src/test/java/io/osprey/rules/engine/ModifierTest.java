package io.osprey.rules.engine;

import io.osprey.model.AuditEvent;
import io.osprey.rules.Events;
import org.junit.jupiter.api.Test;

import static io.osprey.rules.engine.TestRules.fires;
import static org.assertj.core.api.Assertions.assertThat;

class ModifierTest {
    private static final AuditEvent EVENT = Events.of("{'Id':'r1','CreationTime':'2024-03-01T10:00:00',"
            + "'Operation':'New-InboxRule','RecordType':1,'Workload':'Exchange','UserId':'Alice@Contoso.com',"
            + "'ClientIP':'203.0.113.7:5050','SessionId':'s-1',"
            + "'Parameters':[{'Name':'ForwardTo','Value':'evil@example.org'},{'Name':'Name','Value':'Move it'},"
            + "{'Name':'MarkAsRead','Value':'True'},{'Name':'Empty','Value':''}],"
            + "'Nested':{'List':[{'Key':'alpha'},{'Key':'beta'}]}}");

    @Test
    void plainValuesMatchWholeValueIgnoringCase() {
        assertThat(fires("sel:\n  UserId: alice@contoso.com\ncondition: sel", EVENT)).isTrue();
        assertThat(fires("sel:\n  UserId: alice@contoso\ncondition: sel", EVENT)).isFalse();
    }

    @Test
    void listOfValuesIsAnyOf() {
        assertThat(fires("sel:\n  Operation: [Set-InboxRule, New-InboxRule]\ncondition: sel", EVENT)).isTrue();
        assertThat(fires("sel:\n  Operation: [Set-InboxRule, Remove-InboxRule]\ncondition: sel", EVENT)).isFalse();
    }

    @Test
    void wildcardsInPlainValues() {
        assertThat(fires("sel:\n  UserId: 'alice@*.com'\ncondition: sel", EVENT)).isTrue();
        assertThat(fires("sel:\n  Operation: 'New-InboxRul?'\ncondition: sel", EVENT)).isTrue();
        assertThat(fires("sel:\n  UserId: 'bob@*'\ncondition: sel", EVENT)).isFalse();
        assertThat(fires("sel:\n  Operation: 'New\\*'\ncondition: sel", EVENT)).isFalse();
    }

    @Test
    void contains() {
        assertThat(fires("sel:\n  Parameters.ForwardTo|contains: EXAMPLE\ncondition: sel", EVENT)).isTrue();
        assertThat(fires("sel:\n  Parameters.ForwardTo|contains: contoso\ncondition: sel", EVENT)).isFalse();
    }

    @Test
    void startsWith() {
        assertThat(fires("sel:\n  Operation|startswith: new-\ncondition: sel", EVENT)).isTrue();
        assertThat(fires("sel:\n  Operation|startswith: InboxRule\ncondition: sel", EVENT)).isFalse();
    }

    @Test
    void endsWith() {
        assertThat(fires("sel:\n  UserId|endswith: '@contoso.com'\ncondition: sel", EVENT)).isTrue();
        assertThat(fires("sel:\n  UserId|endswith: '@contoso'\ncondition: sel", EVENT)).isFalse();
    }

    @Test
    void containsAllNeedsEveryValue() {
        assertThat(fires("sel:\n  Parameters.ForwardTo|contains|all: [evil, example.org]\ncondition: sel", EVENT))
                .isTrue();
        assertThat(fires("sel:\n  Parameters.ForwardTo|contains|all: [evil, contoso]\ncondition: sel", EVENT))
                .isFalse();
    }

    @Test
    void allAppliesAcrossTheValuesOfAMultiValuedField() {
        assertThat(fires("sel:\n  AuditData.Nested.List.Key|all: [alpha, beta]\ncondition: sel", EVENT)).isTrue();
        assertThat(fires("sel:\n  AuditData.Nested.List.Key|all: [alpha, gamma]\ncondition: sel", EVENT)).isFalse();
    }

    @Test
    void regularExpressionsAreSearchedAndCaseSensitive() {
        assertThat(fires("sel:\n  Parameters.ForwardTo|re: '^evil@.+\\.org$'\ncondition: sel", EVENT)).isTrue();
        assertThat(fires("sel:\n  Parameters.ForwardTo|re: 'EVIL'\ncondition: sel", EVENT)).isFalse();
        assertThat(fires("sel:\n  Parameters.ForwardTo|re|i: 'EVIL'\ncondition: sel", EVENT)).isTrue();
        assertThat(fires("sel:\n  Parameters.Empty|re: '\\S'\ncondition: sel", EVENT)).isFalse();
    }

    @Test
    void cidrMatchesTheNormalizedAddress() {
        assertThat(fires("sel:\n  ClientIP|cidr: 203.0.113.0/24\ncondition: sel", EVENT)).isTrue();
        assertThat(fires("sel:\n  ClientIP|cidr: [10.0.0.0/8, 203.0.113.7]\ncondition: sel", EVENT)).isTrue();
        assertThat(fires("sel:\n  ClientIP|cidr: 198.51.100.0/24\ncondition: sel", EVENT)).isFalse();
        assertThat(fires("sel:\n  ClientIP|cidr: 2001:db8::/32\ncondition: sel", EVENT)).isFalse();
    }

    @Test
    void existsTellsPresentFromAbsent() {
        assertThat(fires("sel:\n  Parameters.ForwardTo|exists: true\ncondition: sel", EVENT)).isTrue();
        assertThat(fires("sel:\n  Parameters.RedirectTo|exists: true\ncondition: sel", EVENT)).isFalse();
        assertThat(fires("sel:\n  Parameters.RedirectTo|exists: false\ncondition: sel", EVENT)).isTrue();
        assertThat(fires("sel:\n  AuditData.Nested.List|exists: true\ncondition: sel", EVENT)).isTrue();
    }

    @Test
    void nullMatchesAbsentOrBlank() {
        assertThat(fires("sel:\n  Parameters.RedirectTo: null\ncondition: sel", EVENT)).isTrue();
        assertThat(fires("sel:\n  Parameters.Empty: null\ncondition: sel", EVENT)).isTrue();
        assertThat(fires("sel:\n  Parameters.ForwardTo: null\ncondition: sel", EVENT)).isFalse();
    }

    @Test
    void yamlBooleansAndNumbersCompareAsText() {
        assertThat(fires("sel:\n  Parameters.MarkAsRead: true\ncondition: sel", EVENT)).isTrue();
        assertThat(fires("sel:\n  RecordType: 1\ncondition: sel", EVENT)).isTrue();
        assertThat(fires("sel:\n  RecordType: 2\ncondition: sel", EVENT)).isFalse();
    }

    @Test
    void keywordListsSearchTheWholeRecord() {
        assertThat(fires("sel:\n  - 'Move it'\n  - nothing-like-this\ncondition: sel", EVENT)).isTrue();
        assertThat(fires("sel:\n  - nothing-like-this\ncondition: sel", EVENT)).isFalse();
    }
}
