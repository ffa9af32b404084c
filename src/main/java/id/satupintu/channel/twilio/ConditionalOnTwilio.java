package id.satupintu.channel.twilio;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Present only with Twilio credentials: without them SMS and WhatsApp are off. */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ConditionalOnExpression("!'${satupintu.twilio.account-sid:}'.isBlank() and !'${satupintu.twilio.auth-token:}'.isBlank()")
@interface ConditionalOnTwilio {
}
