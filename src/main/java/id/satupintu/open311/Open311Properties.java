package id.satupintu.open311;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

/**
 * Settings of the Open311 endpoints ({@code satupintu.open311.*}).
 *
 * @param apiKeys the clients allowed to file service requests, each {@code name:key}; the name is
 *                recorded as the report's origin
 */
@ConfigurationProperties("satupintu.open311")
record Open311Properties(@DefaultValue List<String> apiKeys) {

    Open311Properties {
        apiKeys = apiKeys.stream().map(String::strip).filter(k -> !k.isEmpty()).toList();
        apiKeys.stream().filter(k -> k.indexOf(':') < 1 || k.indexOf(':') == k.length() - 1).findFirst().ifPresent(k -> {
            throw new IllegalArgumentException("satupintu.open311.api-keys: each entry is name:key");
        });
    }

    /** The client an API key belongs to; keys are compared in constant time. */
    Optional<String> clientFor(String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            return Optional.empty();
        }
        byte[] given = apiKey.getBytes(StandardCharsets.UTF_8);
        String found = null;
        for (String entry : apiKeys) {
            int colon = entry.indexOf(':');
            if (MessageDigest.isEqual(given, entry.substring(colon + 1).getBytes(StandardCharsets.UTF_8))) {
                found = entry.substring(0, colon);
            }
        }
        return Optional.ofNullable(found);
    }
}
