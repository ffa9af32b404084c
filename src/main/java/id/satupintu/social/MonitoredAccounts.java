package id.satupintu.social;

import id.satupintu.agency.Agency;
import id.satupintu.agency.AgencyDirectory;
import id.satupintu.channel.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The registry of monitored accounts, read once at start from channels/social-accounts.yml and
 * checked against the agency directory: a bad entry stops the start with a message naming it.
 */
public class MonitoredAccounts {

    private static final Logger log = LoggerFactory.getLogger(MonitoredAccounts.class);
    /** The platforms whose accounts can be monitored. */
    public static final List<Channel> PLATFORMS = List.of(Channel.TWITTER, Channel.INSTAGRAM, Channel.FACEBOOK);
    private static final Pattern HANDLE = Pattern.compile("[A-Za-z0-9._]{1,64}");
    private static final Pattern ACCOUNT_ID = Pattern.compile("[0-9]{1,32}");

    private final List<MonitoredAccount> accounts;

    MonitoredAccounts(List<MonitoredAccount> accounts) {
        this.accounts = List.copyOf(accounts);
    }

    /** Reads and checks the registry; a missing file monitors nothing (and says so). */
    static MonitoredAccounts load(Resource file, AgencyDirectory directory) {
        if (!file.exists()) {
            log.warn("No registry of monitored social accounts at {}: no mentions are attributed to an agency", file);
            return new MonitoredAccounts(List.of());
        }
        Object root;
        try (InputStream in = file.getInputStream()) {
            root = new Yaml().load(in);
        } catch (IOException | YAMLException e) {
            throw new IllegalStateException("Cannot read the monitored social accounts " + file + ": " + e.getMessage(), e);
        }
        List<MonitoredAccount> accounts = parse(root, directory, file.getDescription());
        log.info("Monitoring {} social account(s) from {}", accounts.size(), file);
        return new MonitoredAccounts(accounts);
    }

    static List<MonitoredAccount> parse(Object root, AgencyDirectory directory, String source) {
        if (!(root instanceof Map<?, ?> map) || !(map.get("accounts") instanceof List<?> entries)) {
            throw new IllegalStateException(source + ": expected a list under 'accounts'");
        }
        var accounts = new ArrayList<MonitoredAccount>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String where = "%s, entry %d".formatted(source, i + 1);
            if (!(entries.get(i) instanceof Map<?, ?> entry)) {
                throw new IllegalStateException(where + ": expected platform, handle, account-id and agency");
            }
            MonitoredAccount account = account(entry, where, directory);
            boolean newId = seen.add(account.platform() + " " + account.accountId());
            boolean newHandle = seen.add(account.platform() + " @" + account.handle().toLowerCase(Locale.ROOT));
            if (!newId || !newHandle) {
                throw new IllegalStateException(where + ": " + account.platform().code() + " account @" + account.handle()
                        + " (" + account.accountId() + ") is listed twice");
            }
            accounts.add(account);
        }
        return accounts;
    }

    private static MonitoredAccount account(Map<?, ?> entry, String where, AgencyDirectory directory) {
        String platformCode = text(entry, "platform", where);
        Channel platform = PLATFORMS.stream().filter(c -> c.code().equalsIgnoreCase(platformCode)).findFirst()
                .orElseThrow(() -> new IllegalStateException(where + ": platform must be twitter, instagram or facebook, not " + platformCode));
        String handle = withoutAt(text(entry, "handle", where));
        if (!HANDLE.matcher(handle).matches()) {
            throw new IllegalStateException(where + ": '" + handle + "' is not a handle (letters, digits, . and _)");
        }
        String accountId = text(entry, "account-id", where);
        if (!ACCOUNT_ID.matcher(accountId).matches()) {
            throw new IllegalStateException(where + " (@" + handle + "): account-id must be the platform's numeric id, not " + accountId);
        }
        String agencyCode = text(entry, "agency", where);
        Agency agency = directory.byCode(agencyCode).orElseThrow(() -> new IllegalStateException(
                where + " (@" + handle + "): agency " + agencyCode + " is not in the agency directory"));
        var handlesListed = agency.handles().stream().filter(h -> h.platform().equals(platform.code())).toList();
        if (!handlesListed.isEmpty() && handlesListed.stream().noneMatch(h -> h.handle().equalsIgnoreCase(handle))) {
            log.warn("{}: the directory lists other {} handles for {}: {}", where, platform.code(), agencyCode, handlesListed);
        }
        return new MonitoredAccount(platform, handle, accountId, agencyCode);
    }

    static String withoutAt(String handle) {
        return handle.startsWith("@") ? handle.substring(1) : handle;
    }

    private static String text(Map<?, ?> entry, String key, String where) {
        Object value = entry.get(key);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalStateException(where + ": '" + key + "' is missing");
        }
        return value.toString().strip();
    }

    public List<MonitoredAccount> all() {
        return accounts;
    }

    public List<MonitoredAccount> on(Channel platform) {
        return accounts.stream().filter(a -> a.platform() == platform).toList();
    }

    public List<MonitoredAccount> ofAgency(String agencyCode) {
        return accounts.stream().filter(a -> a.agencyCode().equals(agencyCode)).toList();
    }

    public Optional<MonitoredAccount> byId(Channel platform, String accountId) {
        return accounts.stream().filter(a -> a.platform() == platform && a.accountId().equals(accountId)).findFirst();
    }

    /** By handle (with or without @) or by account id. */
    public Optional<MonitoredAccount> find(Channel platform, String handleOrId) {
        String wanted = withoutAt(handleOrId.strip());
        return accounts.stream()
                .filter(a -> a.platform() == platform)
                .filter(a -> a.handle().equalsIgnoreCase(wanted) || a.accountId().equals(wanted))
                .findFirst();
    }
}
