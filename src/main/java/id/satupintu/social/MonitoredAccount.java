package id.satupintu.social;

import id.satupintu.channel.Channel;

/**
 * An agency's public account whose tags are watched: its platform, its handle (without @), the
 * platform's id for it (X user id, Instagram professional account id, Facebook page id) and the
 * agency that runs it.
 */
public record MonitoredAccount(Channel platform, String handle, String accountId, String agencyCode) {
}
