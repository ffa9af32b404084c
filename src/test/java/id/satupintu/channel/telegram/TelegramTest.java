package id.satupintu.channel.telegram;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The application with Telegram on in webhook mode against {@link TelegramBotApi}, the
 * {@link EchoHandler} as conversation, short inbox windows and retries: one cached context for
 * every Telegram test. Long polling tests start the polling bean themselves. A test of the whole
 * path with the real engine takes {@link #SETTINGS} and {@link TelegramTestContext} alone.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(TelegramTest.SETTINGS)
@ContextConfiguration(initializers = TelegramTestContext.class)
@Import(EchoHandler.class)
public @interface TelegramTest {

    String SETTINGS = "classpath:telegram-test.properties";
    String SECRET = "test-webhook-secret_42";
    String PUBLIC_BASE_URL = "https://satupintu.example.test";
}
