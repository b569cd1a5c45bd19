package io.osprey.rules.sparrow;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The Sparrow operation exports Osprey writes under {@code reports/hunt/sparrow/}, by Sparrow's file names. */
public enum SparrowExport {
    DOMAIN_OPERATIONS("Domain_Operations_Export.csv", SparrowSchema.AAD),
    APP_UPDATE_OPERATIONS("AppUpdate_Operations_Export.csv", SparrowSchema.AAD),
    SERVICE_PRINCIPAL_OPERATIONS("ServicePrincipal_Operations_Export.csv", SparrowSchema.AAD),
    APP_ROLE_ASSIGNMENT_OPERATIONS("AppRoleAssignment_Operations_Export.csv", SparrowSchema.AAD),
    CONSENT_OPERATIONS("Consent_Operations_Export.csv", SparrowSchema.AAD),
    SAML_TOKEN_OPERATIONS("SAMLToken_Operations_Export.csv", SparrowSchema.AAD),
    POWERSHELL_MAILBOX_OPERATIONS("PSMailbox_Operations_Export.csv", SparrowSchema.EXO2),
    POWERSHELL_LOGIN_OPERATIONS("PSLogin_Operations_Export.csv", SparrowSchema.AAD);

    private final String fileName;
    private final SparrowSchema schema;

    SparrowExport(String fileName, SparrowSchema schema) {
        this.fileName = fileName;
        this.schema = schema;
    }

    public String fileName() {
        return fileName;
    }

    public SparrowSchema schema() {
        return schema;
    }

    public static Optional<SparrowExport> byFileName(String fileName) {
        return Arrays.stream(values()).filter(export -> export.fileName.equals(fileName)).findFirst();
    }

    public static Set<String> fileNames() {
        return Arrays.stream(values()).map(SparrowExport::fileName).collect(Collectors.toUnmodifiableSet());
    }
}
