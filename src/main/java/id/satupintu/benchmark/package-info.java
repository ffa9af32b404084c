/**
 * The insert-only endpoint the load driver measures as the machine's ceiling (docs/operations.md,
 * "Load figures"): an HTTP request that stores one row and nothing else. It exists only under the
 * {@code benchmark} Spring profile; nothing else uses it.
 */
package id.satupintu.benchmark;
