package id.satupintu.channel.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the web chat ({@code satupintu.webchat.*}, documented in channels/web.yml).
 *
 * @param maxTextLength the longest message a citizen may post, in characters
 * @param pageSize      the most messages one poll returns
 */
@ConfigurationProperties("satupintu.webchat")
record WebChatProperties(@DefaultValue("2000") int maxTextLength, @DefaultValue("50") int pageSize) {
}
