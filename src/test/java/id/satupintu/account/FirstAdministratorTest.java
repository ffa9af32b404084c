package id.satupintu.account;

import id.satupintu.SatuPintuTest;
import id.satupintu.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bootstrap itself; that it runs at a real first start is shown by TwoInstancesTest. */
@SatuPintuTest
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorTest {

    static final Pattern ONE_TIME = Pattern.compile("one-time password (\\S+) ");

    @Autowired
    Accounts accounts;
    @Autowired
    TestData data;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void noAccounts() {
        data.cleanAccounts();
    }

    @Test
    void fromTheEnvironment(CapturedOutput output) {
        new FirstAdministrator(accounts, "kepala", "kata sandi dari lingkungan").run(null);
        assertThat(accounts.byUsername("kepala")).get().extracting(Account::role).isEqualTo(Role.ADMIN);
        assertThat(passwords.matches("kata sandi dari lingkungan", hashOf("kepala"))).isTrue();
        assertThat(output).doesNotContain("kata sandi dari lingkungan");

        new FirstAdministrator(accounts, "lain", "kata sandi yang lain lagi").run(null);
        assertThat(accounts.all()).extracting(Account::username).containsExactly("kepala");
    }

    @Test
    void otherwiseAdminWithARandomPasswordShownOnce(CapturedOutput output) {
        new FirstAdministrator(accounts, "", "").run(null);
        var printed = ONE_TIME.matcher(output.getOut());
        assertThat(printed.find()).isTrue();
        String password = printed.group(1);
        assertThat(password).hasSizeGreaterThanOrEqualTo(Accounts.MIN_PASSWORD_LENGTH);
        assertThat(passwords.matches(password, hashOf("admin"))).isTrue();

        new FirstAdministrator(accounts, "", "").run(null);
        assertThat(ONE_TIME.matcher(output.getOut()).results().count()).isEqualTo(1);
        data.cleanAccounts();
        new FirstAdministrator(accounts, "", "").run(null);
        var second = ONE_TIME.matcher(output.getOut()).results().toList();
        assertThat(second).hasSize(2);
        assertThat(second.get(1).group(1)).as("never a fixed default").isNotEqualTo(password);
    }

    @Test
    void aTooShortPasswordStopsTheStart() {
        assertThatThrownBy(() -> new FirstAdministrator(accounts, "kepala", "pendek").run(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("12 characters");
        assertThat(accounts.anyAdministrator()).isFalse();
    }

    String hashOf(String username) {
        return jdbc.sql("select password_hash from account where username = ?").param(username).query(String.class).single();
    }
}
