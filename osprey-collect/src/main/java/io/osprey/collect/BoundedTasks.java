package io.osprey.collect;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs independent units of work (windows, blobs) with bounded parallelism. The first failure or an interrupt
 * stops the rest, and this method returns only when no task is running any more, so nothing writes after it.
 */
public final class BoundedTasks {
    /** A unit of work. */
    @FunctionalInterface
    public interface Task {
        void run() throws Exception;
    }

    private BoundedTasks() {
    }

    public static void runAll(int parallelism, List<Task> tasks, String threadName)
            throws InterruptedException, SourceDeniedException {
        if (tasks.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, tasks.size()), threads(threadName));
        try {
            ExecutorCompletionService<Void> completion = new ExecutorCompletionService<>(pool);
            List<Future<Void>> futures = new ArrayList<>();
            for (Task task : tasks) {
                futures.add(completion.submit(() -> {
                    task.run();
                    return null;
                }));
            }
            for (int done = 0; done < futures.size(); done++) {
                try {
                    completion.take().get();
                } catch (ExecutionException e) {
                    throw rethrow(e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
            awaitQuietly(pool);
        }
    }

    private static RuntimeException rethrow(Throwable cause) throws InterruptedException, SourceDeniedException {
        if (cause instanceof SourceDeniedException denied) {
            throw denied;
        }
        if (cause instanceof InterruptedException interrupted) {
            throw interrupted;
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }

    private static void awaitQuietly(ExecutorService pool) throws InterruptedException {
        boolean interrupted = Thread.interrupted();
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                pool.shutdownNow();
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static ThreadFactory threads(String name) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "osprey-" + name + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
