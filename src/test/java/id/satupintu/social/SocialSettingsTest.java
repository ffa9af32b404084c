package id.satupintu.social;

import id.satupintu.agency.AgencyDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.FileSystemResource;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The registry of monitored accounts, the settings file and the settings themselves. */
@SocialTest
class SocialSettingsTest {

    @Autowired
    AgencyDirectory directory;

    @Test
    void theRepositoryRegistryIsValidAgainstTheDirectory() {
        MonitoredAccounts accounts = MonitoredAccounts.load(new FileSystemResource("channels/social-accounts.yml"), directory);

        assertThat(accounts.all()).isNotEmpty();
        assertThat(accounts.find(id.satupintu.channel.Channel.TWITTER, "@PLN_123")).get()
                .extracting(MonitoredAccount::agencyCode).isEqualTo("PLN");
    }

    @Test
    void aBadEntryStopsTheStartWithAMessageNamingIt() {
        assertThatThrownBy(() -> parse("- {platform: twitter, handle: pupr, account-id: '1', agency: DINAS_PUPR-99.99}"))
                .hasMessageContaining("entry 1").hasMessageContaining("DINAS_PUPR-99.99 is not in the agency directory");
        assertThatThrownBy(() -> parse("- {platform: tiktok, handle: pupr, account-id: '1', agency: PLN}"))
                .hasMessageContaining("platform must be twitter, instagram or facebook");
        assertThatThrownBy(() -> parse("- {platform: twitter, handle: pln, account-id: '@pln', agency: PLN}"))
                .hasMessageContaining("account-id must be the platform's numeric id");
        assertThatThrownBy(() -> parse("- {platform: twitter, handle: pln, agency: PLN}"))
                .hasMessageContaining("'account-id' is missing");
        assertThatThrownBy(() -> parse("""
                - {platform: twitter, handle: pln, account-id: '1', agency: PLN}
                - {platform: twitter, handle: PLN, account-id: '2', agency: PLN}"""))
                .hasMessageContaining("entry 2").hasMessageContaining("listed twice");
        assertThatThrownBy(() -> MonitoredAccounts.parse(Map.of("akun", 1), directory, "test.yml"))
                .hasMessageContaining("expected a list under 'accounts'");
    }

    @Test
    void aMissingRegistryMonitorsNothing() {
        assertThat(MonitoredAccounts.load(new FileSystemResource("channels/no-such-file.yml"), directory).all()).isEmpty();
    }

    @Test
    void deepLinksCarryTheCodeToTelegramAndWhatsApp() {
        var links = new DeepLinks("@SatuPintuBot", "whatsapp:+62 811-0000-1708");

        assertThat(links.forCode("K7M2Q9XZ")).containsExactly("https://t.me/SatuPintuBot?start=K7M2Q9XZ",
                "https://wa.me/6281100001708?text=LAPOR%20K7M2Q9XZ");
        assertThat(new DeepLinks(" ", null).any()).isFalse();
    }

    @Test
    void printedSettingsShowNoSecret() {
        var settings = new SocialProperties(new FileSystemResource("x.yml"), Duration.ofSeconds(2), 5, "bot", "62811",
                "forward-secret-do-not-print",
                new SocialProperties.X(URI.create("https://api.x.com"), "x-app-do-not-print", "x-user-do-not-print",
                        Duration.ofMinutes(2), 100),
                new SocialProperties.Meta(URI.create("https://graph.facebook.com/v23.0"), "meta-secret-do-not-print",
                        "verify-do-not-print", "page-do-not-print"));

        assertThat(settings.toString()).doesNotContain("do-not-print").contains("polling=true");
    }

    @Test
    void theChannelFileDescribesTheSettingsInForce() throws IOException {
        Map<String, Object> file;
        try (Reader in = Files.newBufferedReader(Path.of("channels/social.yml"))) {
            file = new Yaml().load(in);
        }
        var application = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            application.load(in);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> environment = (Map<String, Object>) file.get("environment");
        assertThat(environment.keySet()).allSatisfy(variable ->
                assertThat(application.values()).anySatisfy(value -> assertThat(value.toString()).contains("${" + variable)));
        assertThat(((Map<?, ?>) ((Map<?, ?>) file.get("meta")).get("webhook")).get("path")).isEqualTo(SocialProperties.Meta.WEBHOOK_PATH);
        assertThat(((Map<?, ?>) file.get("forwarded")).get("path")).isEqualTo(SocialProperties.FORWARDED_PATH);
        assertThat(((Map<?, ?>) file.get("forwarded")).get("authentication").toString()).startsWith(SocialProperties.SIGNATURE_HEADER);
    }

    private MonitoredAccounts parse(String entries) {
        return new MonitoredAccounts(MonitoredAccounts.parse(new Yaml().load("accounts:\n" + entries.indent(2)), directory, "test.yml"));
    }
}
