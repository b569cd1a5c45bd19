package io.osprey.normalize;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class EnumNamesTest {

    @ParameterizedTest
    @CsvSource({"0, Regular", "1, Reserved", "2, Admin", "3, DCAdmin", "4, System", "5, Application",
            "6, ServicePrincipal", "7, CustomPolicy", "8, SystemPolicy", "9, PartnerTechnician", "10, Guest"})
    void userTypeFromNumber(int number, String name) {
        assertThat(EnumNames.USER_TYPES.name(IntNode.valueOf(number))).isEqualTo(name);
        assertThat(EnumNames.USER_TYPES.name(TextNode.valueOf(Integer.toString(number)))).isEqualTo(name);
    }

    @ParameterizedTest
    @CsvSource({"regular, Regular", "ADMIN, Admin", "dcadmin, DCAdmin", "servicePrincipal, ServicePrincipal",
            "Guest, Guest"})
    void userTypeFromNameInAnyCase(String written, String name) {
        assertThat(EnumNames.USER_TYPES.name(TextNode.valueOf(written))).isEqualTo(name);
    }

    @ParameterizedTest
    @CsvSource({"0, Owner", "1, Admin", "2, Delegated", "3, Transport", "4, SystemService", "5, BestAccess",
            "6, DelegatedAdmin"})
    void logonTypeFromNumber(int number, String name) {
        assertThat(EnumNames.LOGON_TYPES.name(IntNode.valueOf(number))).isEqualTo(name);
    }

    @ParameterizedTest
    @CsvSource({"Owner, Owner", "owner, Owner", "Delegate, Delegated", "delegated, Delegated",
            "delegatedadmin, DelegatedAdmin"})
    void logonTypeFromName(String written, String name) {
        assertThat(EnumNames.LOGON_TYPES.name(TextNode.valueOf(written))).isEqualTo(name);
    }

    @Test
    void unknownValuesAreKeptAndAbsentOnesAreNull() {
        assertThat(EnumNames.LOGON_TYPES.name(IntNode.valueOf(9))).isEqualTo("9");
        assertThat(EnumNames.USER_TYPES.name(TextNode.valueOf("Robot"))).isEqualTo("Robot");
        assertThat(EnumNames.USER_TYPES.name((com.fasterxml.jackson.databind.JsonNode) null)).isNull();
        assertThat(EnumNames.USER_TYPES.name(TextNode.valueOf(""))).isNull();
    }
}
