package io.osprey.normalize;

import io.osprey.model.MessageIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The normalizer's one-pass match key always equals the model's {@link MessageIds#matchKey}. */
class MessageKeysTest {
    @ParameterizedTest
    @ValueSource(strings = {"<AB12@Mail.Contoso.COM>", "ab@x", " <x@y> ", "<", ">", "<>", " <> ", "< a@b >",
            "<<a@b>>", "\t<A@B>\n", "a>", "<a", "", "   ", "\u0001<A@B>\u001f", "<ÀÉ@x>", "<\u0130D@X>",
            "<a@b>\u00a0", "<Ω@Σ>", "<\uD83D\uDE00@x>", "[A@B]", "<A@B> trailing", "<a\u007f@b>"})
    void equalsTheModelsKey(String internetMessageId) {
        assertThat(MessageKeys.matchKey(internetMessageId)).isEqualTo(MessageIds.matchKey(internetMessageId));
    }

    @Test
    void nullHasNoKey() {
        assertThat(MessageKeys.matchKey(null)).isNull();
    }

    @Test
    void randomTextsEqualTheModelsKey() {
        Random random = new Random(7);
        String alphabet = "<> \t\u0000aZ@.-İıÅ\u00a0";
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(8);
            for (int index = 0; index < length; index++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(MessageKeys.matchKey(text.toString())).as(text.toString())
                    .isEqualTo(MessageIds.matchKey(text.toString()));
        }
    }
}
