package id.satupintu.social;

import id.satupintu.channel.Channel;

import java.time.Instant;
import java.util.Optional;

/**
 * Fetches the text of a mention that arrived without one (an Instagram mention's webhook carries
 * only ids). Implemented by the platforms that need it.
 */
interface PostTexts {

    Channel platform();

    /**
     * @return the post as the platform shows it now; empty when it is gone (deleted, hidden)
     * @throws PostUnavailableException when the platform could not be asked now: try again later
     */
    Optional<Post> fetch(Mention mention);

    record Post(String text, String authorId, String authorHandle, Instant postedAt) {
    }

    class PostUnavailableException extends RuntimeException {
        PostUnavailableException(String message) {
            super(message);
        }
    }
}
