package quire.models.download;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.net.http.HttpResponse;

/**
 * Writes a response body straight into a {@code .part} file as it arrives (on the HTTP client's threads), so the
 * downloading thread only waits, and can be interrupted or time out on a stall. The body's value is the file's
 * length when the body ended.
 */
final class PartWriter implements HttpResponse.BodySubscriber<Long> {

    /** Bytes written, on the HTTP client's thread; one call at a time. */
    interface Chunks {
        void written(int bytes);
    }

    private final Path part;
    private final boolean append;
    private final Chunks chunks;
    private final CompletableFuture<Long> result = new CompletableFuture<>();
    private volatile long lastProgressNanos = System.nanoTime();
    private volatile Flow.Subscription subscription;
    private FileChannel out;
    private long length;

    PartWriter(Path part, boolean append, Chunks chunks) {
        this.part = part;
        this.append = append;
        this.chunks = chunks;
    }

    long lastProgressNanos() {
        return lastProgressNanos;
    }

    /** Stops the transfer: cancels the body and closes the file (what was written stays). */
    void abort() {
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
        closeQuietly();
        result.completeExceptionally(new CancellationException("aborted"));
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        try {
            out = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
            length = out.size();
        } catch (IOException e) {
            s.cancel();
            result.completeExceptionally(e);
            return;
        }
        s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        try {
            for (ByteBuffer b : buffers) {
                int n = b.remaining();
                while (b.hasRemaining()) {
                    out.write(b);
                }
                length += n;
                lastProgressNanos = System.nanoTime();
                chunks.written(n);
            }
        } catch (IOException | RuntimeException e) {
            subscription.cancel();
            closeQuietly();
            result.completeExceptionally(e);
            return;
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable t) {
        closeQuietly();
        result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        if (result.isDone()) {
            return;
        }
        try {
            out.close();
            result.complete(length);
        } catch (IOException e) {
            result.completeExceptionally(e);
        }
    }

    @Override
    public CompletionStage<Long> getBody() {
        return result;
    }

    private void closeQuietly() {
        try {
            if (out != null) {
                out.close();
            }
        } catch (IOException ignored) {
            // the part keeps what reached the disk
        }
    }
}
