package io.osprey.rules.directory;

import io.osprey.rules.sparrow.SparrowTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DirectoryInventoryTest {
    static final Path SAVED = Path.of("src/test/resources/directory");

    private static Map<String, String> row(SparrowTable table, int index) {
        List<String> row = table.rows().get(index);
        return java.util.stream.IntStream.range(0, table.columns().size()).boxed()
                .collect(Collectors.toMap(table.columns()::get, row::get));
    }

    @Test
    void readsDomainsWithTheirFederationConfiguration() throws Exception {
        DirectoryInventory inventory = DirectoryInventoryReader.read(SAVED);
        assertThat(inventory.domains()).extracting(DirectoryDomain::name)
                .containsExactly("contoso.onmicrosoft.com", "contoso.com", "fabrikam.com");
        assertThat(inventory.federatedDomainsWithoutMfa()).extracting(DirectoryDomain::name)
                .containsExactly("contoso.com");
        assertThat(inventory.domain("CONTOSO.COM").orElseThrow().federation().issuerUri())
                .isEqualTo("http://sts.contoso.com/adfs/services/trust");
    }

    @Test
    void readsServicePrincipalsWithAssignmentsAndGrantsFromEveryPage() throws Exception {
        DirectoryInventory inventory = DirectoryInventoryReader.read(SAVED);
        ServicePrincipal sync = inventory.servicePrincipalById("0aa1bb2c-3d4e-4f50-8a6b-7c8d9e0f1a2b").orElseThrow();
        assertThat(sync.appRoleAssignments()).hasSize(3);
        assertThat(sync.oauth2PermissionGrants()).extracting(ServicePrincipal.PermissionGrant::scope)
                .containsExactly(" User.Read Mail.ReadWrite", "EWS.AccessAsUser.All");
        assertThat(inventory.applications().get(0).credentials()).extracting(DirectoryApplication.Credential::kind)
                .containsExactly("certificate", "secret");
    }

    @Test
    void domainListKeepsSparrowColumnsAndMarksTheSamlCheck() throws Exception {
        SparrowTable domains = InventoryTables.domainList(DirectoryInventoryReader.read(SAVED));
        assertThat(domains.relativePath()).isEqualTo("Domain_List.csv");
        assertThat(domains.columns().subList(0, 11)).containsExactly("AuthenticationType", "AvailabilityStatus",
                "ForceDeleteState", "IsAdminManaged", "IsDefault", "IsInitial", "IsRoot", "IsVerified", "Name",
                "State", "SupportedServices");
        assertThat(row(domains, 0)).containsEntry("Name", "contoso.com").containsEntry("AuthenticationType", "Federated")
                .containsEntry("FederationSupportsMfa", "false").containsEntry("SamlTokenCheck", "applies")
                .containsEntry("IsDefault", "true").containsEntry("SupportedServices", "Email");
        assertThat(row(domains, 1)).containsEntry("Name", "contoso.onmicrosoft.com")
                .containsEntry("FederationSupportsMfa", "").containsEntry("SupportedServices",
                        "Email; OfficeCommunicationsOnline");
        assertThat(row(domains, 2)).containsEntry("Name", "fabrikam.com").containsEntry("FederationSupportsMfa", "true")
                .containsEntry("SamlTokenCheck", "");
    }

    @Test
    void applicationPermissionsNameRolesAndFlagMailAccess() throws Exception {
        DirectoryInventory inventory = DirectoryInventoryReader.read(SAVED);
        SparrowTable permissions = InventoryTables.tables(inventory, PermissionCatalog.bundled()).get(1);
        assertThat(permissions.relativePath()).isEqualTo("ApplicationGraphPermissions.csv");
        assertThat(permissions.columns().subList(0, 3)).containsExactly("ApplicationDisplayName", "ClientID", "Value");
        assertThat(permissions.rows()).extracting(row -> row.get(2) + "|" + row.get(5) + "|" + row.get(11) + "|"
                + row.get(12)).containsExactly(
                "Mail.Read|Application|true|mail-read",
                "User.Read.All|Application|false|",
                "full_access_as_app|Application|true|mail-read",
                "EWS.AccessAsUser.All|Delegated|true|mail-read",
                "Mail.ReadWrite|Delegated|true|mail-read",
                "User.Read|Delegated|false|");
        assertThat(permissions.rows()).allSatisfy(row ->
                assertThat(row.get(1)).isEqualTo("9c8b7a65-4321-4fed-8cba-0987654321fe"));
        assertThat(row(permissions, 0)).containsEntry("PermissionId", "810c84a8-4a9e-49e6-bf7d-12d183f40d01")
                .containsEntry("Resource", "Microsoft Graph");
        assertThat(row(permissions, 4)).containsEntry("PermissionId", "024d486e-b451-40bb-833d-3e66d98c5c73")
                .containsEntry("ConsentType", "AllPrincipals");
    }

    @Test
    void applicationCredentialsAreListed() throws Exception {
        SparrowTable credentials = InventoryTables.applicationCredentials(DirectoryInventoryReader.read(SAVED));
        assertThat(credentials.rows()).extracting(row -> row.get(3) + " " + row.get(4)).containsExactly(
                "certificate 2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a", "secret 6b1f0e9d-8c7b-4a69-9f58-4e3d2c1b0a99");
    }

    @Test
    void anEmptyFolderIsAnEmptyInventory(@TempDir Path folder) throws Exception {
        DirectoryInventory inventory = DirectoryInventoryReader.read(folder);
        assertThat(inventory.domains()).isEmpty();
        assertThat(inventory.servicePrincipals()).isEmpty();
    }

    @Test
    void badFilesAreReportedWithTheirName(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("domains.json"), "{\"value\": [ {\"id\": ");
        assertThatThrownBy(() -> DirectoryInventoryReader.read(folder))
                .isInstanceOf(DirectoryInventoryException.class)
                .hasMessageStartingWith(folder.resolve("domains.json") + ": not valid JSON: ");
        Files.writeString(folder.resolve("domains.json"), "{\"items\": []}");
        assertThatThrownBy(() -> DirectoryInventoryReader.read(folder))
                .hasMessage(folder.resolve("domains.json") + ": expected a Graph page {\"value\":[...]} or a JSON array");
    }
}
