package id.satupintu.social;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The application with every social part on, X and the Graph API played by {@link FakeSocial},
 * db-scheduler running triage and the outbox; one cached context (and database) for every social test,
 * on a real server too for the tests that need Tomcat's own handling of requests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@TestPropertySource("classpath:social-test.properties")
@Import(FakeSocial.Settings.class)
@interface SocialTest {
}
