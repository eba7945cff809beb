package com.salesdx.bench;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/** Runs a task on N threads for a fixed time and reports throughput and latency percentiles. */
final class LoadRunner {
    record Result(int threads, long operations, double perSecond, double p50Micros, double p99Micros) {
    }

    private LoadRunner() {
    }

    static <T> Result run(int threads, double seconds, List<T> inputs, Consumer<T> task) throws InterruptedException {
        long[][] latencies = new long[threads][];
        int[] counts = new int[threads];
        CountDownLatch start = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long durationNanos = (long) (seconds * 1e9);
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int id = t;
            workers[t] = new Thread(() -> {
                long[] own = new long[1 << 16];
                int n = 0;
                try {
                    start.await();
                    long end = System.nanoTime() + durationNanos;
                    for (int i = id; ; i++) {
                        long before = System.nanoTime();
                        if (before >= end) {
                            break;
                        }
                        task.accept(inputs.get(i % inputs.size()));
                        if (n == own.length) {
                            own = Arrays.copyOf(own, own.length * 2);
                        }
                        own[n++] = System.nanoTime() - before;
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
                latencies[id] = own;
                counts[id] = n;
            });
            workers[t].start();
        }
        long begin = System.nanoTime();
        start.countDown();
        for (Thread worker : workers) {
            worker.join();
        }
        double elapsed = (System.nanoTime() - begin) / 1e9;
        if (failure.get() != null) {
            throw new IllegalStateException("benchmark task failed", failure.get());
        }
        long total = Arrays.stream(counts).sum();
        long[] all = new long[(int) total];
        int offset = 0;
        for (int t = 0; t < threads; t++) {
            System.arraycopy(latencies[t], 0, all, offset, counts[t]);
            offset += counts[t];
        }
        Arrays.sort(all);
        return new Result(threads, total, total / elapsed, percentile(all, 0.50) / 1000.0, percentile(all, 0.99) / 1000.0);
    }

    private static long percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
