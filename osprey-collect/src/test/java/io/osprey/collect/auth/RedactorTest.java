package io.osprey.collect.auth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RedactorTest {
    @Test
    void blanksKnownSecretsBearerTokensAndTokenFields() {
        Redactor redactor = new Redactor();
        redactor.register(new Secret("hunter2-secret"));

        String text = redactor.redact("client_secret=hunter2-secret&x=1 Authorization: Bearer abc.def-ghi "
                + "{\"access_token\":\"tok123\"} eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl password: pw99");

        assertThat(text).doesNotContain("hunter2-secret", "abc.def-ghi", "tok123", "eyJhbGciOiJSUzI1NiJ9", "pw99")
                .contains("[redacted]").contains("x=1");
    }

    @Test
    void cloudsHaveTheirDocumentedHostsAndScopes() {
        assertThat(Cloud.fromName("gcc-high").endpoints().graphHost().toString()).isEqualTo("https://graph.microsoft.us");
        assertThat(Cloud.fromName("dod").endpoints().activityHost().toString())
                .isEqualTo("https://manage.protection.apps.mil");
        assertThat(Cloud.fromName("GCC").activityScope()).isEqualTo("https://manage-gcc.office.com/.default");
        assertThat(Cloud.CHINA.endpoints().authority("t")).isEqualTo("https://login.chinacloudapi.cn/t/");
        Endpoints overridden = Cloud.GLOBAL.endpoints().withGraphHost(java.net.URI.create("https://127.0.0.1:8443/"));
        assertThat(overridden.graphHost().toString()).isEqualTo("https://127.0.0.1:8443");
        assertThat(overridden.cloud().graphScope()).isEqualTo("https://graph.microsoft.com/.default");
    }
}
