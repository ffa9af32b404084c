package id.satupintu.channel.web;

import id.satupintu.HeadlessChromium;
import id.satupintu.channel.MessagingTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The web chat page in Debian's chromium, headless (.ci/run installs chromium and chromium-driver). */
@MessagingTest
class WebChatPageTest {


    @LocalServerPort
    int port;

    WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.open("420,860");
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aCitizenTypesAMessageSeesTheReplyAndAnswersWithAButton() throws IOException {
        browser.get("http://localhost:" + port + "/");
        var wait = new WebDriverWait(browser, Duration.ofSeconds(10));

        assertThat(browser.findElement(By.cssSelector("label[for=text]")).getAttribute("textContent")).isEqualTo("Tulis pesan");
        assertThat(browser.findElement(By.id("log")).getAttribute("aria-live")).isEqualTo("polite");
        browser.findElement(By.id("text")).sendKeys("Jalan di depan SDN 3 rusak parah, tolong pilih");
        browser.findElement(By.id("send")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".msg.bot .bubble"),
                "Diterima: Jalan di depan SDN 3 rusak parah, tolong pilih"));
        assertThat(browser.findElement(By.cssSelector(".msg.me .bubble")).getText())
                .isEqualTo("Jalan di depan SDN 3 rusak parah, tolong pilih");
        screenshot("webchat.png");

        WebElement choice = browser.findElement(By.xpath("//div[@class='choices']/button[text()='Sampah']"));
        choice.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".msg.bot:last-child .bubble"),
                "Pilihan Anda: sampah"));
        assertThat(choice.isEnabled()).isFalse();
    }

    private void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), Path.of("target", name), StandardCopyOption.REPLACE_EXISTING);
    }
}
