package io.osprey.collect.http;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

class RetryPolicyTest {
    private final RetryPolicy policy = new RetryPolicy(5, Duration.ofSeconds(2), Duration.ofSeconds(30),
            Duration.ofMinutes(1), Sleeper.REAL);

    @Test
    void honoursRetryAfterUpToItsCap() {
        assertThat(policy.delay(3, Duration.ofSeconds(7))).isEqualTo(Duration.ofSeconds(7));
        assertThat(policy.delay(1, Duration.ofHours(1))).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void backsOffExponentiallyWithJitterWithinBounds() {
        for (int attempt = 1; attempt <= 10; attempt++) {
            long ceiling = Math.min(2000L << (attempt - 1), 30_000L);
            assertThat(policy.delay(attempt, null).toMillis()).isBetween(ceiling / 2, ceiling);
        }
    }

    @Test
    void readsRetryAfterAsSecondsOrAsAnHttpDate() {
        assertThat(RetryAfter.parse("12")).isEqualTo(Duration.ofSeconds(12));
        String inTwoMinutes = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusMinutes(2));
        assertThat(RetryAfter.parse(inTwoMinutes)).isBetween(Duration.ofSeconds(100), Duration.ofSeconds(121));
        assertThat(RetryAfter.parse("soon")).isNull();
        assertThat(RetryAfter.parse(null)).isNull();
    }

    @Test
    void readsTheErrorCodeOfEachDocumentedErrorShape() {
        assertThat(ErrorBody.parse("{\"error\":{\"code\":\"AF429\",\"message\":\"Too many requests\"}}".getBytes()))
                .isEqualTo(new ErrorBody("AF429", "Too many requests"));
        assertThat(ErrorBody.parse("{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215\"}".getBytes()))
                .isEqualTo(new ErrorBody("invalid_client", "AADSTS7000215"));
        assertThat(ErrorBody.parse("<html>".getBytes())).isEqualTo(new ErrorBody("", ""));
    }

    @Test
    void findsCutBodies() {
        assertThat(BodyCheck.JSON.problem("{\"value\":[1,2".getBytes())).isNotNull();
        assertThat(BodyCheck.JSON.problem("{\"@odata.count\":3,\"value\":[1,2]}".getBytes())).contains("@odata.count");
        assertThat(BodyCheck.JSON.problem("{\"value\":[1,2]}".getBytes())).isNull();
        assertThat(BodyCheck.JSON_ARRAY.problem("[{\"a\":1}] trailing".getBytes())).isNotNull();
        assertThat(BodyCheck.JSON_ARRAY.problem(new byte[0])).isNotNull();
    }
}
