package dev.switchboard.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ApiBaseUrlTest {

    @Test
    void acceptsAbsoluteHttpAndHttpsWithAHostAndAPath() {
        assertThat(ApiBaseUrl.isValid(URI.create("https://api.telegram.org"))).isTrue();
        assertThat(ApiBaseUrl.isValid(URI.create("http://127.0.0.1:8081/prefix/"))).isTrue();
        assertThat(ApiBaseUrl.isValid(URI.create("HTTPS://api.vk.com/method/"))).isTrue();
    }

    @Test
    void refusesOtherSchemesRelativeUrlsAndMissingHosts() {
        assertThat(ApiBaseUrl.isHttpWithHost(URI.create("ftp://example.com"))).isFalse();
        assertThat(ApiBaseUrl.isHttpWithHost(URI.create("localhost:8081"))).isFalse();
        assertThat(ApiBaseUrl.isHttpWithHost(URI.create("/method/"))).isFalse();
        assertThat(ApiBaseUrl.isHttpWithHost(URI.create("http:example.com"))).isFalse();
    }

    @Test
    void refusesQueriesAndFragments() {
        assertThat(ApiBaseUrl.hasNoQueryOrFragment(URI.create("https://x.io/?a=1"))).isFalse();
        assertThat(ApiBaseUrl.hasNoQueryOrFragment(URI.create("https://x.io/#top"))).isFalse();
        assertThat(ApiBaseUrl.isValid(URI.create("https://x.io/?a=1"))).isFalse();
    }
}
