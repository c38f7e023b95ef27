package quire.models.download;

/**
 * Progress of a model download.
 *
 * @param file           the file now being transferred (repository path)
 * @param bytes          bytes on disk for the whole model so far (resumed parts included)
 * @param total          bytes of the whole model, or -1 when the hub did not say
 * @param bytesPerSecond average transfer rate of this run
 */
public record DownloadProgress(String file, long bytes, long total, double bytesPerSecond) {
}
