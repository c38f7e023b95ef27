package quire.models.download;

/** Receives download progress; called on the downloading thread, so keep it quick. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = p -> { };

    void progress(DownloadProgress progress);
}
