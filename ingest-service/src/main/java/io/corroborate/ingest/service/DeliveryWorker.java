package io.corroborate.ingest.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import io.corroborate.api.AnalysisRequest;
import io.corroborate.api.Internal;
import io.corroborate.ingest.client.AnalysisClient;
import io.corroborate.ingest.client.DeliveryOutcome;
import io.corroborate.ingest.config.IngestConfig;
import io.corroborate.ingest.repository.OutboxRepository;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Drains the outbox: claims due entries with a lease, delivers the articles to analysis in batches outside any
 * transaction, then records each batch's outcomes in one transaction. A crash mid-delivery leaves the entries to
 * reappear when their lease ends; analysis is idempotent per article, so redelivery is harmless. Each article
 * carries the trace context of its submission, which analysis continues.
 */
@ApplicationScoped
public class DeliveryWorker {

    private final OutboxRepository outbox;
    private final AnalysisClient analysis;
    private final IngestConfig.Delivery config;
    private final MeterRegistry metrics;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean requested = new AtomicBoolean();
    private final ExecutorService wakeups = Executors.newSingleThreadExecutor(r -> new Thread(r, "delivery-wakeup"));
    private final ExecutorService senders;

    public DeliveryWorker(OutboxRepository outbox, AnalysisClient analysis, IngestConfig config,
            MeterRegistry metrics) {
        this.outbox = outbox;
        this.analysis = analysis;
        this.config = config.delivery();
        this.metrics = metrics;
        this.senders = Executors.newFixedThreadPool(this.config.concurrency(), r -> new Thread(r, "delivery"));
    }

    /** Asks for a delivery round now rather than at the next tick (after a submission). */
    public void wake() {
        wakeups.execute(this::drain);
    }

    @Scheduled(every = "${corroborate.ingest.delivery.interval:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        drain();
    }

    void drain() {
        // A submission during a round asks for one more round, so that it does not wait for the next tick.
        requested.set(true);
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            List<UUID> claimed;
            do {
                requested.set(false);
                claimed = QuarkusTransaction.requiringNew()
                        .call(() -> outbox.claimDue(config.batchSize(), config.lease()));
                deliverAll(claimed);
            } while (claimed.size() == config.batchSize() || requested.get());
        } catch (RuntimeException e) {
            Log.warnf("Delivery round stopped: %s", e.getMessage());
        } finally {
            running.set(false);
        }
    }

    /** Sends the claimed articles in hand-off batches, several in flight, and waits for all of them. */
    private void deliverAll(List<UUID> claimed) {
        if (claimed.isEmpty()) {
            return;
        }
        List<AnalysisRequest> requests = outbox.requests(claimed);
        List<List<AnalysisRequest>> chunks = new ArrayList<>();
        int size = Math.max(1, Math.min(config.handOffSize(), Internal.MAX_HANDOFF_BATCH));
        // Spread a short round over the senders rather than filling one batch: analysis works on them in parallel.
        int perChunk = Math.max(1, Math.min(size, -Math.floorDiv(-requests.size(), config.concurrency())));
        for (int i = 0; i < requests.size(); i += perChunk) {
            chunks.add(requests.subList(i, Math.min(requests.size(), i + perChunk)));
        }
        List<Future<?>> inFlight = new ArrayList<>(chunks.size());
        chunks.forEach(chunk -> inFlight.add(senders.submit(() -> deliver(chunk))));
        for (Future<?> delivery : inFlight) {
            try {
                delivery.get();
            } catch (ExecutionException e) {
                Log.warnf("Delivery failed: %s", e.getCause().getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void deliver(List<AnalysisRequest> chunk) {
        Map<UUID, DeliveryOutcome> outcomes = analysis.deliver(chunk);
        Map<UUID, UUID> analyzed = new HashMap<>();
        Map<UUID, DeliveryOutcome.Refused> refused = new HashMap<>();
        Map<String, List<UUID>> failed = new HashMap<>();
        outcomes.forEach((articleId, outcome) -> {
            metrics.counter("corroborate.ingest.deliveries", "outcome",
                    outcome.getClass().getSimpleName().toLowerCase()).increment();
            if (outcome instanceof DeliveryOutcome.Accepted accepted) {
                analyzed.put(articleId, accepted.result().storyId());
            } else if (outcome instanceof DeliveryOutcome.Refused refusal) {
                refused.put(articleId, refusal);
            } else {
                failed.computeIfAbsent(((DeliveryOutcome.Failed) outcome).error(), e -> new ArrayList<>())
                        .add(articleId);
            }
        });
        QuarkusTransaction.requiringNew().run(() -> {
            outbox.analyzed(analyzed);
            outbox.refused(refused);
            failed.forEach((error, ids) -> outbox.retryLater(ids, error, config.initialBackoff(),
                    config.maxBackoff()));
        });
        failed.forEach((error, ids) -> Log.debugf("Delivery of %d articles failed, retrying later: %s", ids.size(),
                error));
    }

    @PreDestroy
    void stop() {
        wakeups.shutdownNow();
        senders.shutdownNow();
    }
}
