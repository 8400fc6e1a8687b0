package org.xiangli.kiosk.content.sync;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes a response body to the part file as it arrives, so every byte received before a cut or a stall stays on
 * disk for the next Range request, and counts the bytes so the downloader can see a dribble. A body that would
 * bring more than its limit is stopped before the first byte past it is written: the part file never outgrows the
 * largest bundle. Called by the HTTP client's threads; {@link #abandon()} by the downloader's: the file is closed
 * once, under the lock.
 */
final class PartFileSink implements HttpResponse.BodySubscriber<Void> {

    private final FileChannel channel;
    private final long limit;
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private final AtomicLong received = new AtomicLong();
    private volatile boolean overLimit;
    private Flow.Subscription subscription;
    private boolean closed;

    /** @param limit the most bytes this body may bring */
    PartFileSink(Path part, boolean append, long limit) throws IOException {
        this.limit = limit;
        channel = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
    }

    long received() {
        return received.get();
    }

    /** Whether the body was stopped for bringing more than the limit. */
    boolean overLimit() {
        return overLimit;
    }

    @Override
    public synchronized void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (closed) {
            s.cancel();
        } else {
            s.request(1);
        }
    }

    @Override
    public synchronized void onNext(List<ByteBuffer> buffers) {
        if (closed) {
            return;
        }
        long incoming = 0;
        for (ByteBuffer b : buffers) {
            incoming += b.remaining();
        }
        if (received.get() + incoming > limit) {
            overLimit = true;
            subscription.cancel();
            close();
            done.completeExceptionally(new IOException("the body brings more than " + limit + " bytes"));
            return;
        }
        try {
            for (ByteBuffer b : buffers) {
                while (b.hasRemaining()) {
                    received.addAndGet(channel.write(b));
                }
            }
            subscription.request(1);
        } catch (IOException e) {
            subscription.cancel();
            close();
            done.completeExceptionally(e);
        }
    }

    @Override
    public synchronized void onError(Throwable error) {
        close();
        done.completeExceptionally(error);
    }

    @Override
    public synchronized void onComplete() {
        close();
        done.complete(null);
    }

    @Override
    public CompletionStage<Void> getBody() {
        return done;
    }

    /** Stops receiving: what was written stays in the file. */
    synchronized void abandon() {
        if (subscription != null) {
            subscription.cancel();
        }
        close();
    }

    private void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            channel.close();
        } catch (IOException e) {
            done.completeExceptionally(e);
        }
    }
}
