package io.osprey.report.html;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTest {
    @Test
    void escapesTheFiveCharacters() {
        assertThat(Html.escape("<a href=\"x\" title='y'>&amp;</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;");
    }

    @Test
    void leavesOtherTextAsItIs() {
        String plain = "victim@contoso.com \\Inbox Boîte de réception 2025-02-05T08:12:00Z; Client=OWA";
        assertThat(Html.escape(plain)).isSameAs(plain);
        assertThat(Html.escape("")).isEmpty();
        assertThat(Html.escape(null)).isEmpty();
    }

    @Test
    void hostileStringsCannotOpenTagsOrLeaveAttributes() {
        String escaped = Html.escape("\"><img src=x onerror=alert(1)><script>alert('x')</script>");
        assertThat(escaped).doesNotContain("<", ">", "\"", "'");
        assertThat(escaped).isEqualTo("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(&#39;x&#39;)"
                + "&lt;/script&gt;");
    }

    @Test
    void escapesOnlyOnceInAttributesToo() {
        StringBuilder text = new StringBuilder();
        HtmlOut out = new HtmlOut(new java.io.Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) {
                text.append(buffer, offset, length);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        out.element("td", "a<b", "title", "x\"y", "data-none", null);
        assertThat(text).hasToString("<td title=\"x&quot;y\">a&lt;b</td>");
    }
}
