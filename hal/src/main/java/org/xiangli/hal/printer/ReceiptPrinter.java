package org.xiangli.hal.printer;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.xiangli.hal.device.Backoff;
import org.xiangli.hal.device.Deadline;
import org.xiangli.hal.device.DeviceListener;
import org.xiangli.hal.device.DeviceLoop;
import org.xiangli.hal.device.DeviceNotifier;
import org.xiangli.hal.device.DeviceState;
import org.xiangli.hal.device.DeviceStatus;
import org.xiangli.hal.device.Link;
import org.xiangli.hal.device.LinkOpener;
import org.xiangli.hal.device.StatusReason;

/**
 * An ESC/POS receipt printer on any link (serial, {@code /dev/usb/lp0}, TCP 9100). Jobs run one at a time on the
 * printer's own thread: status by {@code DLE EOT} before (nothing is sent to a printer that cannot print), the
 * receipt, status again after. Between jobs the status is polled, which also notices an unplug.
 *
 * <p>{@link #print} never blocks: it returns a future that completes with a {@link PrintResult}, or fails with
 * {@link PrinterNotReadyException} (paper out, cover open, no answer to the status query…), a
 * {@link PrintTimeoutException} (a {@link TimeoutException} carrying the printer's status then: an unplugged printer
 * shows as offline), an {@link IOException} for a link lost mid-job, or an {@link IllegalArgumentException} for a
 * receipt no printer can print. {@link PrintFailure#of(Throwable)} names each as a typed reason. Cancelling the
 * future before the job started keeps it from printing; bytes already sent cannot be recalled.
 */
public final class ReceiptPrinter implements AutoCloseable {

    /** Timeouts and cadence. */
    public record Settings(Duration statusTimeout, Duration statusInterval, Backoff backoff) {
        public static final Settings DEFAULT = new Settings(Duration.ofSeconds(2), Duration.ofSeconds(3),
                Backoff.DEFAULT);
    }

    private record Job(Receipt receipt, Deadline deadline, CompletableFuture<PrintResult> result) {
    }

    private final PaperWidth paper;
    private final Settings settings;
    private final DeviceNotifier<PrintResult> notifier;
    private final DeviceLoop loop;
    private final BlockingQueue<Job> jobs = new LinkedBlockingQueue<>();

    public ReceiptPrinter(String name, LinkOpener opener, PaperWidth paper, Settings settings) {
        this.paper = Objects.requireNonNull(paper, "paper");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.notifier = new DeviceNotifier<>("printer " + name,
                DeviceStatus.offline(StatusReason.NOT_CONNECTED, "not started"));
        this.loop = new DeviceLoop("printer " + name, opener, settings.backoff(), notifier, this::serve);
    }

    public void start() {
        loop.start();
    }

    public DeviceStatus status() {
        return notifier.status();
    }

    public PaperWidth paper() {
        return paper;
    }

    /** Status changes and, as events, every finished job. */
    public void addListener(DeviceListener<PrintResult> listener) {
        notifier.addListener(listener);
    }

    public void removeListener(DeviceListener<PrintResult> listener) {
        notifier.removeListener(listener);
    }

    /**
     * Queues a receipt; the future fails with a {@link PrintTimeoutException} when it is not printed within
     * {@code timeout}.
     */
    public CompletableFuture<PrintResult> print(Receipt receipt, Duration timeout) {
        CompletableFuture<PrintResult> result = new CompletableFuture<>();
        jobs.add(new Job(Objects.requireNonNull(receipt, "receipt"), Deadline.after(timeout), result));
        // Not orTimeout: the timeout records what the printer was doing, e.g. not connected at all.
        CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS).execute(() ->
                result.completeExceptionally(new PrintTimeoutException("not printed within " + timeout, status())));
        return result;
    }

    @Override
    public void close() {
        loop.close();
        Job job;
        while ((job = jobs.poll()) != null) {
            job.result().completeExceptionally(new IOException("printer closed"));
        }
    }

    private void serve(Link link) throws IOException, InterruptedException {
        queryStatus(link, Deadline.after(settings.statusTimeout()));
        while (!loop.isStopped()) {
            Job job = jobs.poll(settings.statusInterval().toMillis(), TimeUnit.MILLISECONDS);
            if (job == null) {
                queryStatus(link, Deadline.after(settings.statusTimeout()));
            } else if (!job.result().isDone()) {
                run(job, link);
            }
        }
    }

    private void run(Job job, Link link) throws IOException {
        if (job.deadline().passed()) {
            // The caller gave up already: say so, rather than whatever the printer would have answered by now.
            job.result().completeExceptionally(new PrintTimeoutException("print job not started within its timeout",
                    status()));
            return;
        }
        try {
            // The printer's answer time is judged by the status timeout alone: a job with a tight deadline must not
            // make a healthy printer look unresponsive.
            DeviceStatus before = queryStatus(link, Deadline.after(settings.statusTimeout()));
            if (!before.isOnline() && job.deadline().passed()) {
                job.result().completeExceptionally(new PrintTimeoutException(
                        "print job timed out waiting for the printer", before));
                return;
            }
            if (!before.isOnline()) {
                job.result().completeExceptionally(new PrinterNotReadyException(before));
                return;
            }
            if (job.deadline().passed()) {
                // The caller's time ran out while the printer answered: print nothing it was told failed. Deciding
                // here, not only by the timer, keeps the answer the same however late the timer thread runs.
                job.result().completeExceptionally(new PrintTimeoutException("print job timed out before it was sent",
                        before));
                return;
            }
            if (job.result().isDone()) {
                return;
            }
            byte[] bytes = new EscPosEncoder(paper).encode(job.receipt());
            notifier.updateStatus(new DeviceStatus(DeviceState.BUSY, before.media(), StatusReason.PRINTING, ""));
            link.write(bytes);
            Duration left = job.deadline().remaining();
            DeviceStatus after = queryStatus(link,
                    Deadline.after(left.compareTo(settings.statusTimeout()) > 0 ? left : settings.statusTimeout()));
            PrintResult result = new PrintResult(bytes.length, after);
            job.result().complete(result);
            notifier.fire(result);
        } catch (IOException e) {
            job.result().completeExceptionally(e);
            throw e;
        } catch (RuntimeException e) {
            // An encoding failure (a QR too long for the paper) belongs to this job alone.
            job.result().completeExceptionally(e);
        }
    }

    /** Sends {@code DLE EOT 1, 2, 4}, waits for each byte, and records the status they make. */
    private DeviceStatus queryStatus(Link link, Deadline deadline) throws IOException {
        try {
            return queryStatusOrTimeout(link, deadline);
        } catch (TimeoutException e) {
            DeviceStatus silent = DeviceStatus.offline(StatusReason.NOT_RESPONDING, e.getMessage());
            notifier.updateStatus(silent);
            return silent;
        }
    }

    private DeviceStatus queryStatusOrTimeout(Link link, Deadline deadline) throws IOException, TimeoutException {
        DeviceStatus status;
        try {
            status = PrinterStatusQuery.query(link, deadline).toStatus();
        } catch (PrinterProtocolException e) {
            status = DeviceStatus.of(DeviceState.HARDWARE_ERROR, StatusReason.PROTOCOL_ERROR, e.getMessage());
        }
        notifier.updateStatus(status);
        return status;
    }
}
