package io.osprey.rules.engine;

import io.osprey.model.AuditEvent;
import io.osprey.rules.Events;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldMappingTest {
    private static final FieldMapping MAPPING = FieldMapping.shipped();
    private static final AuditEvent EVENT = Events.of("{'Id':'r1','CreationTime':'2024-03-01T10:00:00',"
            + "'Operation':'Update user.','RecordType':8,'Workload':'AzureActiveDirectory','UserId':'admin@contoso.com',"
            + "'ClientIP':'[2001:DB8::5]:443','ApplicationId':'app-1',"
            + "'ModifiedProperties':[{'Name':'StrongAuthenticationRequirement','NewValue':'[]','OldValue':'[{State:1}]'}],"
            + "'ExtendedProperties':[{'Name':'UserAgent','Value':'WinRM'}],"
            + "'Target':[{'ID':'User_1','Type':2},{'ID':'bob@contoso.com','Type':5}]}");

    private static java.util.List<String> values(String field) {
        return MAPPING.resolve(field).orElseThrow().values(new EventView(EVENT, false));
    }

    @Test
    void componentsAreReadFromTheNormalizedEvent() {
        assertThat(MAPPING.resolve("Operation")).contains(new FieldSource.Component(EventComponent.OPERATION));
        assertThat(values("Operation")).containsExactly("Update user.");
        assertThat(values("ClientIP")).containsExactly("2001:db8::5");
        assertThat(values("ClientIPRaw")).containsExactly("[2001:DB8::5]:443");
        assertThat(values("RecordType")).containsExactly("8");
    }

    @Test
    void nameValueCollectionsByPrefix() {
        assertThat(values("ModifiedProperties.StrongAuthenticationRequirement")).containsExactly("[]");
        assertThat(values("ModifiedPropertiesOld.StrongAuthenticationRequirement")).containsExactly("[{State:1}]");
        assertThat(values("ExtendedProperties.useragent")).as("case-insensitive fallback").containsExactly("WinRM");
        assertThat(values("Parameters.Identity")).isEmpty();
    }

    @Test
    void rawPathsFanOutOverArrays() {
        assertThat(values("ApplicationId")).containsExactly("app-1");
        assertThat(values("Target.ID")).containsExactly("User_1", "bob@contoso.com");
        assertThat(values("AuditData.Target.Type")).containsExactly("2", "5");
        assertThat(values("AuditData.Target")).singleElement().asString().startsWith("[{\"ID\":\"User_1\"");
        assertThat(values("AuditData.Missing.Path")).isEmpty();
    }

    @Test
    void attackerContextIsAVirtualField() {
        FieldSource source = MAPPING.resolve("AttackerContext").orElseThrow();
        assertThat(source.values(new EventView(EVENT, true))).containsExactly("true");
        assertThat(source.values(new EventView(EVENT, false))).containsExactly("false");
    }

    @Test
    void unknownNamesDoNotResolve() {
        assertThat(MAPPING.resolve("CommandLine")).isEmpty();
        assertThat(MAPPING.resolve("Parameters.")).isEmpty();
    }

    @Test
    void mappingFilesAreValidated() throws Exception {
        FieldMapping custom = FieldMapping.parse("fields:\n  Who: userId\n  Agent: raw:UserAgent\nprefixes:\n  P.: parameters\n");
        assertThat(custom.resolve("Who")).contains(new FieldSource.Component(EventComponent.USER_ID));
        assertThat(custom.resolve("P.ForwardTo")).contains(new FieldSource.MapEntry(EventMap.PARAMETERS, "ForwardTo"));
        assertThatThrownBy(() -> FieldMapping.parse("fields:\n  Who: nobody\n"))
                .hasMessage("field 'Who' maps to unknown target 'nobody'");
        assertThatThrownBy(() -> FieldMapping.parse("prefixes:\n  X.: nothing\n"))
                .hasMessage("prefix 'X.' maps to unknown collection 'nothing'");
    }
}
