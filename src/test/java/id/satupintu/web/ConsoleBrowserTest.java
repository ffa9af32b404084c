package id.satupintu.web;

import id.satupintu.HeadlessChromium;
import id.satupintu.TestData;
import id.satupintu.account.Actor;
import id.satupintu.account.Role;
import id.satupintu.complaint.Complaints;
import id.satupintu.complaint.NewAttachment;
import id.satupintu.complaint.Privacy;
import id.satupintu.complaint.ReporterAddress;
import id.satupintu.social.Mention;
import id.satupintu.social.Mentions;
import id.satupintu.social.SocialFixture;
import id.satupintu.taxonomy.AgencyType;
import id.satupintu.taxonomy.Category;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The console in Debian's chromium, headless, against the running application: the whole path of
 * a report from the administrator's inbox to completion by the agency, and what an agency may not
 * see. Screenshots of the main pages go to target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsoleBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String PUPR = "DINAS_PUPR-16.11";

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    Complaints complaints;
    @Autowired
    Mentions mentions;
    @Autowired
    SocialFixture social;

    WebDriver browser;
    WebDriverWait wait;
    Actor admin;
    Actor agency;
    Actor otherAgency;
    String session;

    @BeforeEach
    void setUp() throws IOException {
        data.clean();
        data.cleanAccounts();
        admin = data.account(Role.ADMIN, null);
        agency = data.account(Role.AGENCY, PUPR);
        otherAgency = data.account(Role.AGENCY, "DINKES-16.11");
        session = "web-" + UUID.randomUUID();
        Files.createDirectories(SCREENSHOTS);

        browser = HeadlessChromium.open("1280,1000");
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theAdministratorDisposesAndTheAgencyRespondsAndCompletes() throws IOException {
        String id = fileFromWebChat();

        signIn(admin);
        assertThat(browser.getCurrentUrl()).endsWith("/console/admin");
        assertThat(text("#to-verify")).contains(id).contains("Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Empat Lawang")
                .containsPattern("\\d+%");
        screenshot("admin-inbox.png");
        browser.findElement(By.linkText(id)).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dispose")));
        assertThat(text("#status")).isEqualTo("Diterima");
        assertThat(text("#region")).contains("Kabupaten Empat Lawang");
        assertThat(text("#reporter-name")).isEqualTo("Siti Aminah");
        assertThat(text("#transcript")).contains("SDN 3 Pendopo rusak parah").contains("LPR-");
        assertThat((Boolean) ((JavascriptExecutor) browser).executeScript(
                "var i = document.querySelector('#attachments img'); return i.complete && i.naturalWidth === 40;")).isTrue();
        assertThat(new Select(browser.findElement(By.id("dispose-agency"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo(PUPR);
        screenshot("report-admin.png");
        browser.findElement(By.id("dispose-note")).sendKeys("Mohon segera ditinjau");
        browser.findElement(By.cssSelector("#dispose button")).click();
        wait.until(ExpectedConditions.textToBe(By.id("status"), "Didisposisi"));
        assertThat(text(".flash")).contains("didisposisi");
        assertThat(text("#agency")).isEqualTo("Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Empat Lawang");
        signOut();

        signIn(agency);
        assertThat(browser.getCurrentUrl()).endsWith("/console/agency");
        assertThat(text("#disposed")).contains(id);
        screenshot("agency-inbox.png");
        browser.findElement(By.linkText(id)).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("respond")));
        browser.findElement(By.id("respond-text")).sendKeys("Tim kami menambal jalan itu hari Kamis.");
        browser.findElement(By.cssSelector("#respond button")).click();
        wait.until(ExpectedConditions.textToBe(By.id("status"), "Ditindaklanjuti"));
        browser.findElement(By.id("complete-note")).sendKeys("Jalan sudah ditambal.");
        browser.findElement(By.cssSelector("#complete button")).click();
        wait.until(ExpectedConditions.textToBe(By.id("status"), "Selesai"));
        assertThat(text("#history")).contains("Tim kami menambal jalan itu hari Kamis.").contains("Jalan sudah ditambal.");
        assertThat(complaints.byTrackingId(id).orElseThrow().status().name()).isEqualTo("SELESAI");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(laterInWebChat())
                .contains("Tim kami menambal jalan itu hari Kamis.").contains("Jalan sudah ditambal.").contains(id));

        browser.get(url("/console/dashboard"));
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return typeof Chart === 'function' && Chart.getChart(document.getElementById('status-chart')) !== undefined;"));
        assertThat(text("#total")).isEqualTo("1");
        assertThat(text("#median-complete")).endsWith("hari");
        screenshot("dashboard.png");

        browser.get(url("/console/reports"));
        browser.findElement(By.name("q")).sendKeys("berlubang");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("results"), id));
        assertThat((Boolean) ((JavascriptExecutor) browser).executeScript("return typeof htmx === 'object';")).isTrue();
        screenshot("search.png");
        signOut();

        signIn(otherAgency);
        browser.get(url("/console/reports/" + id));
        assertThat(text("h1")).startsWith("404");
        assertThat(browser.getPageSource()).doesNotContain("berlubang");
    }

    @Test
    void anAnonymousReportShowsNoIdentityToTheAgency() throws IOException {
        String id = fileWithIdentity(Privacy.ANONIM);
        complaints.dispose(id, TestData.admin(), null, null);

        signIn(agency);
        browser.get(url("/console/reports/" + id));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("respond")));
        assertThat(text("#reporter")).contains("Identitas pelapor disembunyikan");
        assertThat(browser.findElements(By.id("reporter-name"))).isEmpty();
        assertThat(text("#description")).contains("[identitas disembunyikan]");
        assertThat(browser.getPageSource()).doesNotContain("Siti Aminah").doesNotContain("+6281234567890")
                .doesNotContain(session);
        browser.manage().window().setSize(new Dimension(412, 915));
        screenshot("report-agency-phone.png");
        browser.manage().window().setSize(new Dimension(1280, 1000));
        signOut();

        signIn(admin);
        browser.get(url("/console/reports/" + id));
        assertThat(text("#reporter-name")).isEqualTo("Siti Aminah");
    }

    @Test
    void aWrongPasswordIsRefusedAndTheLanguageSwitches() throws IOException {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(admin.username());
        browser.findElement(By.id("password")).sendKeys("not the password at all");
        browser.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
        assertThat(text("#login-error")).isEqualTo("Nama pengguna atau kata sandi salah.");
        browser.get(url("/console/admin"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        screenshot("login.png");

        browser.findElement(By.linkText("English")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Sign in to the console"));
        signIn(admin);
        assertThat(text("h1")).isEqualTo("Administrator inbox");
    }

    @Test
    void theSocialFeedShowsTheAgencysMentionsAndTheyAreIgnoredAndFiledThere() throws IOException {
        social.clean();
        Mention thanks = mention("pln_123", "@pln_123 terima kasih, listrik sudah nyala lagi");
        Mention complaint = mention("pln_123", "@pln_123 listrik di rumah saya mati terus tiap malam sudah seminggu, tolong dicek");
        Mention routed = mention("BPJSKesehatanRI",
                "@BPJSKesehatanRI listrik padam sudah 2 hari di Pendopo Empat Lawang, PLN tidak ada kabar, kulkas rusak semua");
        mention("BPJSKesehatanRI", "@BPJSKesehatanRI terima kasih atas pelayanannya");

        signIn(data.account(Role.AGENCY, "PLN"));
        browser.findElement(By.linkText("Media sosial")).click();
        wait.until(ExpectedConditions.urlContains("/console/mentions"));
        assertThat(text("#feed")).contains("3 sebutan").contains(routed.triage().trackingId()).contains("Dialihkan ke PT PLN (Persero)")
                .doesNotContain("atas pelayanannya");
        assertThat(text("#accounts")).contains("@pln_123").contains("@BPJSKesehatanRI");
        screenshot("mentions.png");

        browser.findElement(By.cssSelector("#mention-" + thanks.id() + " button.ignore")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#mention-" + thanks.id() + " .badge"), "Diabaikan"));
        assertThat(text(".flash")).isEqualTo("Sebutan diabaikan.");
        browser.findElement(By.cssSelector("#mention-" + complaint.id() + " button.report")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#mention-" + complaint.id() + " .badge"), "Menjadi laporan"));
        String trackingId = text("#mention-" + complaint.id() + " a.tracking");
        assertThat(trackingId).startsWith("LPR-");
        assertThat(browser.getCurrentUrl()).endsWith("/console/mentions");
        signOut();

        // The report waits for the administrator's verification; from the feed it is one click away.
        signIn(admin);
        browser.get(url("/console/mentions"));
        browser.findElement(By.linkText(trackingId)).click();
        wait.until(ExpectedConditions.textToBe(By.id("status"), "Diterima"));
        assertThat(text("#description")).contains("listrik di rumah saya mati");
    }

    /**
     * A report the citizen files in the web chat (channel web, the page's session as the address),
     * then a photo they add to it: the conversation behind it is the report's transcript.
     */
    private String fileFromWebChat() throws IOException {
        chat("text", "Jalan di depan SDN 3 Pendopo rusak parah, sudah tiga minggu berlubang dan banyak motor jatuh");
        chat("choice", "Biasa");
        chat("text", "Siti Aminah");
        Matcher filed = Pattern.compile("LPR-[A-Z0-9]{4}-[A-Z0-9]{4}").matcher(chat("choice", "Ya"));
        assertThat(filed.find()).as("the web chat answers with a tracking id").isTrue();
        String id = filed.group();
        complaints.addInformation(id, new ReporterAddress("web", session), "Ini fotonya",
                List.of(new NewAttachment("lubang.png", "image/png", photo())));
        return id;
    }

    /** A report with a name, a phone number and the name in its text, filed as it was confirmed. */
    private String fileWithIdentity(Privacy privacy) {
        var report = TestData.report(Category.INFRASTRUKTUR, AgencyType.DINAS_PUPR, "16.11.03", privacy,
                new ReporterAddress("web", session), "web:" + session);
        return data.file(report).trackingId();
    }

    private String chat(String field, String value) throws IOException {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url("/api/v1/webchat/messages")))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"session\":\"" + session + "\",\"" + field + "\":\"" + value + "\"}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What the web chat page would show after polling: the messages that came after the replies. */
    private String laterInWebChat() throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url("/api/v1/webchat/messages?session=" + session))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    /** A mention found by link, as staff submit it: triaged at once. */
    private Mention mention(String account, String text) {
        String url = "https://x.com/warga_pendopo/status/" + (1_880_000_000_000_000_000L + System.nanoTime() % 1_000_000_000_000L);
        return mentions.submit(new Mentions.Submission(url, text, account, null), TestData.admin()).mention();
    }

    private static byte[] photo() throws IOException {
        var image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(120, 90, 60));
        g.fillRect(0, 0, 40, 30);
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private void signIn(Actor actor) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(actor.username());
        browser.findElement(By.id("password")).sendKeys(TestData.PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.urlContains("/console"));
    }

    private void signOut() {
        browser.findElement(By.cssSelector("form.logout button")).click();
        wait.until(ExpectedConditions.urlContains("/login?logout"));
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
