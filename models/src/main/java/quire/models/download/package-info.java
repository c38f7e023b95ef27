/**
 * HTTP downloads from the model hub: HEAD probes for size and hash, resumable GETs into {@code .part} files,
 * retries with backoff, stall timeouts and hash verification. Knows nothing about the catalog or the cache layout.
 */
package quire.models.download;
