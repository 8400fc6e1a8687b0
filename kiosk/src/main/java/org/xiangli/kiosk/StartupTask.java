package org.xiangli.kiosk;

/** Work started on a thread of its own during the start; {@link #join} returns its result or rethrows. */
final class StartupTask<T> {
    private final java.util.concurrent.CompletableFuture<T> result = new java.util.concurrent.CompletableFuture<>();

    static <T> StartupTask<T> start(String name, java.util.function.Supplier<T> work) {
        StartupTask<T> task = new StartupTask<>();
        Thread.ofPlatform().name(name).start(() -> {
            try {
                task.result.complete(work.get());
            } catch (RuntimeException | Error e) {
                task.result.completeExceptionally(e);
            }
        });
        return task;
    }

    static StartupTask<Void> done() {
        StartupTask<Void> task = new StartupTask<>();
        task.result.complete(null);
        return task;
    }

    T join() {
        try {
            return result.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
