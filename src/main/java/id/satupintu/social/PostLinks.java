package id.satupintu.social;

import id.satupintu.channel.Channel;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a link to a public post, as staff paste it: which platform, the post's id there (the key
 * under which the same post is recognised again), its author when the link names one, and what a
 * public reply could answer. Only an X link gives a post id that can be replied to; an Instagram
 * shortcode or a Facebook link cannot be answered without the platform's own ids.
 */
final class PostLinks {

    private static final Pattern X_STATUS = Pattern.compile("/([A-Za-z0-9_]{1,15})/status(?:es)?/(\\d{1,25})(?:/.*)?");
    private static final Pattern X_WEB_STATUS = Pattern.compile("/i/(?:web/)?status/(\\d{1,25})(?:/.*)?");
    private static final Pattern INSTAGRAM_POST = Pattern.compile("/(?:[A-Za-z0-9._]+/)?(?:p|reel|tv)/([A-Za-z0-9_-]{5,64})/?.*");

    private PostLinks() {
    }

    record Link(Channel platform, String postId, String authorHandle, String replyToId, String url) {
    }

    static Link parse(String url) {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("url: not a link: " + url);
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^(www|mobile|m)\\.", "");
        String path = uri.getPath() == null ? "" : uri.getPath();
        String clean = "https://" + host + path;
        switch (host) {
            case "x.com", "twitter.com" -> {
                Matcher status = X_STATUS.matcher(path);
                if (status.matches()) {
                    return new Link(Channel.TWITTER, status.group(2), status.group(1), status.group(2), clean);
                }
                Matcher web = X_WEB_STATUS.matcher(path);
                if (web.matches()) {
                    return new Link(Channel.TWITTER, web.group(1), null, web.group(1), clean);
                }
            }
            case "instagram.com" -> {
                Matcher post = INSTAGRAM_POST.matcher(path);
                if (post.matches()) {
                    return new Link(Channel.INSTAGRAM, "link:" + post.group(1), null, null, clean);
                }
            }
            case "facebook.com", "fb.com" -> {
                if (path.length() > 1) {
                    String query = uri.getQuery() == null ? "" : "?" + uri.getQuery();
                    String key = facebookKey(path, query);
                    return new Link(Channel.FACEBOOK, "link:" + key, null, null, clean + query);
                }
            }
            default -> {
            }
        }
        throw new IllegalArgumentException("url: not a link to a post on X, Instagram or Facebook: " + url);
    }

    /** Facebook links name a post in several ways; the story and owner ids identify it where given. */
    private static String facebookKey(String path, String query) {
        Matcher story = Pattern.compile("[?&]story_fbid=([0-9A-Za-z]+)").matcher(query);
        Matcher owner = Pattern.compile("[?&]id=([0-9]+)").matcher(query);
        if (story.find() && owner.find()) {
            return owner.group(1) + "_" + story.group(1);
        }
        return path.replaceAll("/+$", "");
    }
}
