package id.satupintu.conversation;

import id.satupintu.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A whole report through the web chat page, in Debian's chromium (headless), against the real engine. */
@ConversationTest
class WebChatReportPageTest {

    private static final Pattern TRACKING_ID = Pattern.compile("LPR-[A-Z0-9]{4}-[A-Z0-9]{4}");

    @LocalServerPort
    int port;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.open("420,860");
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aCitizenFilesAReportInThePageAndSeesTheTrackingId() {
        browser.get("http://localhost:" + port + "/");

        type("Jalan di depan SDN 3 Pendopo rusak parah, sudah tiga minggu berlubang dan banyak motor jatuh");
        awaitBotMessages(1);
        assertThat(lastBotText()).contains("Bagaimana identitas Anda ditampilkan?");
        click("Biasa");
        awaitBotMessages(2);
        assertThat(lastBotText()).contains("Siapa nama Anda?");
        type("Siti Aminah");
        awaitBotMessages(3);
        assertThat(lastBotText()).contains("Mohon periksa laporan Anda", "Nama pelapor: Siti Aminah");
        click("Ya");
        awaitBotMessages(4);

        String filed = lastBotText();
        assertThat(filed).contains("Laporan Anda tercatat dengan nomor").containsPattern(TRACKING_ID);
    }

    private void type(String text) {
        browser.findElement(By.id("text")).sendKeys(text);
        browser.findElement(By.id("send")).click();
    }

    /** Like a citizen who scrolls the button into view (the page scrolls smoothly) and taps it. */
    private void click(String label) {
        WebElement button = browser.findElement(By.xpath("(//div[@class='choices'])[last()]/button[text()='" + label + "']"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        wait.until(ExpectedConditions.elementToBeClickable(button)).click();
    }

    /** Bot bubbles after the intro, counting the replies of one post as one step (the first reply of a post may be two bubbles). */
    private void awaitBotMessages(int posts) {
        wait.until(b -> b.findElements(By.cssSelector(".msg.me")).size() == posts
                && b.findElements(By.cssSelector(".msg.bot")).size() > 0
                && b.findElements(By.cssSelector(".msg")).getLast().getAttribute("class").contains("bot")
                && b.findElement(By.id("status")).getText().isEmpty());
    }

    private String lastBotText() {
        return browser.findElements(By.cssSelector(".msg.bot .bubble")).getLast().getText();
    }
}
