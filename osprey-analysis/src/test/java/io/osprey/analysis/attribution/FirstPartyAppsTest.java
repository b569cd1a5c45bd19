package io.osprey.analysis.attribution;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class FirstPartyAppsTest {
    @Test
    void theShippedListKnowsMicrosoftsMailApps() {
        FirstPartyApps apps = FirstPartyApps.shipped();
        assertThat(apps.size()).isGreaterThan(4000);
        assertThat(apps.name("00000003-0000-0000-C000-000000000000")).isEqualTo("Microsoft Graph");
        assertThat(apps.isFirstParty("5d661950-3475-41cd-a2c3-d671a3162bc1")).isTrue();
        assertThat(apps.isFirstParty("7d3b2c41-0a5e-4f6b-9c1d-2e8f90ab13c4")).isFalse();
        assertThat(apps.isFirstParty(null)).isFalse();
    }

    @Test
    void readsQuotedFields() throws Exception {
        String csv = "\"AppId\",\"AppDisplayName\",\"AppOwnerOrganizationId\",\"Source\"\n"
                + "\"11111111-0000-0000-0000-000000000001\",\"Say \"\"hi\"\"\",\"\",\"Graph\"\nnot quoted\n";
        FirstPartyApps apps = FirstPartyApps.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(apps.size()).isEqualTo(1);
        assertThat(apps.name("11111111-0000-0000-0000-000000000001")).isEqualTo("Say \"hi\"");
    }
}
