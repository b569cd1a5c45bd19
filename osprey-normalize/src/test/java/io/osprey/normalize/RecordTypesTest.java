package io.osprey.normalize;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.osprey.normalize.RecordTypes.RecordType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RecordTypesTest {
    private final RecordTypes table = RecordTypes.table();

    @Test
    void tableHoldsEveryDocumentedValue() {
        assertThat(table.size()).isEqualTo(249);
        assertThat(table.resolve(IntNode.valueOf(1))).isEqualTo(new RecordType(1, "ExchangeAdmin"));
        assertThat(table.resolve(IntNode.valueOf(15))).isEqualTo(new RecordType(15, "AzureActiveDirectoryStsLogon"));
        assertThat(table.resolve(IntNode.valueOf(463))).isEqualTo(new RecordType(463, "VivaGlintAgenticCampaign"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"50", " 50 ", "ExchangeItemAggregated", "exchangeItemAggregated", "EXCHANGEITEMAGGREGATED"})
    void resolvesEveryFormOfTheMailItemsAccessedType(String written) {
        assertThat(table.resolve(TextNode.valueOf(written))).isEqualTo(new RecordType(50, "ExchangeItemAggregated"));
    }

    @Test
    void resolvesNumbersAndNamesWithSpaces() {
        assertThat(table.resolve(IntNode.valueOf(50))).isEqualTo(new RecordType(50, "ExchangeItemAggregated"));
        assertThat(table.resolve(TextNode.valueOf("vivaEngage"))).isEqualTo(new RecordType(22, "Viva Engage"));
    }

    @Test
    void keepsUnknownNumbersAndNames() {
        assertThat(table.resolve(IntNode.valueOf(155))).isEqualTo(new RecordType(155, null));
        assertThat(table.resolve(TextNode.valueOf("someFutureType"))).isEqualTo(new RecordType(null, "SomeFutureType"));
    }

    @Test
    void absentValuesResolveToNone() {
        assertThat(table.resolve((com.fasterxml.jackson.databind.JsonNode) null)).isSameAs(RecordType.NONE);
        assertThat(table.resolve(NullNode.getInstance())).isSameAs(RecordType.NONE);
        assertThat(table.resolve(TextNode.valueOf(""))).isSameAs(RecordType.NONE);
        assertThat(table.resolve(TextNode.valueOf("-3"))).isSameAs(RecordType.NONE);
        assertThat(table.resolve(IntNode.valueOf(-3))).isSameAs(RecordType.NONE);
    }
}
