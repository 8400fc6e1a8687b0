package org.xiangli.kiosk.payments.lookup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body of at most {@code max} bytes. A larger announced length is refused before a byte is read, and a
 * body that grows past the limit is cut there (the connection is dropped), so a broken or hostile server cannot
 * make the kiosk hold more than {@code max} bytes of it.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {

    /** The body was larger than the limit; nothing of it is used. */
    static final class TooLargeException extends IOException {
        TooLargeException(long max) {
            super("the answer is larger than " + max + " bytes");
        }
    }

    private final long max;
    private final long announced;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private Flow.Subscription subscription;

    private BoundedBody(long max, long announced) {
        this.max = max;
        this.announced = announced;
    }

    static HttpResponse.BodyHandler<byte[]> upTo(long max) {
        return info -> new BoundedBody(max, info.headers().firstValueAsLong("Content-Length").orElse(-1));
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (announced > max) {
            tooLarge();
            return;
        }
        s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (body.isDone()) {
            return; // cut already: what still arrives after the cancel is dropped
        }
        for (ByteBuffer buffer : buffers) {
            if (bytes.size() + (long) buffer.remaining() > max) {
                tooLarge();
                return;
            }
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            bytes.writeBytes(chunk);
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable error) {
        body.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        body.complete(bytes.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return body;
    }

    private void tooLarge() {
        subscription.cancel();
        bytes.reset();
        body.completeExceptionally(new TooLargeException(max));
    }
}
