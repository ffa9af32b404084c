package id.satupintu.account;

import id.satupintu.SatuPintuTest;
import id.satupintu.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SatuPintuTest
class AccountApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    ApplicationContext context;

    final JsonMapper json = JsonMapper.builder().build();
    Actor admin;

    @BeforeEach
    void setUp() {
        data.cleanAccounts();
        admin = data.account(Role.ADMIN, null);
    }

    @Test
    void aPasswordIsExchangedOnceForABearerToken() throws Exception {
        String body = mvc.perform(post("/api/v1/auth/token").header("Authorization", basic(admin.username(), TestData.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"label\":\"laptop\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.token", startsWith("spt_")))
                .andExpect(jsonPath("$.label").value("laptop"))
                .andReturn().getResponse().getContentAsString();
        String token = json.readTree(body).get("token").asString();
        mvc.perform(get("/api/v1/accounts").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

        mvc.perform(post("/api/v1/auth/token").header("Authorization", basic(admin.username(), "wrong password!!")))
                .andExpect(status().isUnauthorized());
        // The other APIs take tokens only.
        mvc.perform(get("/api/v1/accounts").header("Authorization", basic(admin.username(), TestData.PASSWORD)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void passwordsAndTokensAreStoredHashed() {
        String token = data.token(admin);
        assertThat(jdbc.sql("select password_hash from account where username = ?").param(admin.username()).query(String.class).single())
                .startsWith("{bcrypt}$2").doesNotContain(TestData.PASSWORD);
        assertThat(jdbc.sql("select token_hash from api_token").query(String.class).list())
                .containsExactly(Accounts.hash(token)).doesNotContain(token);
        assertThat(Accounts.hash(token)).hasSize(64);
    }

    @Test
    void anAdministratorCreatesAgencyAccountsAndIssuesTheirTokens() throws Exception {
        String adminToken = "Bearer " + data.token(admin);
        mvc.perform(post("/api/v1/accounts").header("Authorization", adminToken).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username":"pupr.empatlawang","password":"sebuah kata sandi panjang","role":"AGENCY","agencyCode":"DINAS_PUPR-16.11"}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.agencyCode").value("DINAS_PUPR-16.11"))
                .andExpect(jsonPath("$.password").doesNotExist());
        assertThat(passwords.matches("sebuah kata sandi panjang",
                jdbc.sql("select password_hash from account where username = 'pupr.empatlawang'").query(String.class).single())).isTrue();

        String issued = mvc.perform(post("/api/v1/accounts/pupr.empatlawang/tokens").header("Authorization", adminToken))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String agencyToken = "Bearer " + json.readTree(issued).get("token").asString();
        long tokenId = json.readTree(issued).get("id").asLong();
        mvc.perform(get("/api/v1/complaints").header("Authorization", agencyToken)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/accounts").header("Authorization", agencyToken)).andExpect(status().isForbidden());

        mvc.perform(delete("/api/v1/accounts/pupr.empatlawang/tokens/" + tokenId).header("Authorization", adminToken))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/complaints").header("Authorization", agencyToken)).andExpect(status().isUnauthorized());
    }

    @Test
    void badAccountsAreRefusedWithAReason() throws Exception {
        String adminToken = "Bearer " + data.token(admin);
        String[][] cases = {
                {"{\"username\":\"x1\",\"password\":\"sebuah kata sandi panjang\",\"role\":\"AGENCY\"}", "agency code"},
                {"{\"username\":\"x2\",\"password\":\"sebuah kata sandi panjang\",\"role\":\"AGENCY\",\"agencyCode\":\"NOPE\"}", "No agency NOPE"},
                {"{\"username\":\"x3\",\"password\":\"pendek\",\"role\":\"ADMIN\"}", "12 characters"},
                {"{\"username\":\"Bad Name\",\"password\":\"sebuah kata sandi panjang\",\"role\":\"ADMIN\"}", "lower-case"},
                {"{\"username\":\"x4\",\"password\":\"sebuah kata sandi panjang\"}", "role"},
        };
        for (String[] c : cases) {
            mvc.perform(post("/api/v1/accounts").header("Authorization", adminToken).contentType(MediaType.APPLICATION_JSON).content(c[0]))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString(c[1])));
        }
        mvc.perform(post("/api/v1/accounts").header("Authorization", adminToken).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + admin.username() + "\",\"password\":\"sebuah kata sandi panjang\",\"role\":\"ADMIN\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void bootsOwnDefaultUserIsGone() {
        assertThat(context.getBeansOfType(InMemoryUserDetailsManager.class)).isEmpty();
        assertThat(context.getBean(UserDetailsService.class)).isInstanceOf(AccountUserDetailsService.class);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
