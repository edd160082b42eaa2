package io.corroborate.ingest.service;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import io.corroborate.api.AnalysisRequest;
import io.corroborate.api.ArticleStatus;
import io.corroborate.ingest.client.AnalysisClient;
import io.corroborate.ingest.client.DeliveryOutcome;
import io.corroborate.ingest.config.IngestConfig;
import io.corroborate.ingest.model.ArticleEntity;
import io.corroborate.ingest.repository.ArticleRepository;
import io.corroborate.ingest.repository.OutboxRepository;
import io.corroborate.ingest.tracing.TraceContexts;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.context.Scope;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Drains the outbox: claims due entries with a lease, delivers each article to analysis outside any transaction,
 * then records the outcome. A crash mid-delivery leaves the entry to reappear when its lease ends; analysis is
 * idempotent per article, so redelivery is harmless.
 */
@ApplicationScoped
public class DeliveryWorker {

    private final OutboxRepository outbox;
    private final ArticleRepository articles;
    private final AnalysisClient analysis;
    private final IngestConfig.Delivery config;
    private final MeterRegistry metrics;
    private final AtomicBoolean running = new AtomicBoolean();
    private final ExecutorService wakeups = Executors.newSingleThreadExecutor(r -> new Thread(r, "delivery-wakeup"));
    private final ExecutorService senders;

    public DeliveryWorker(OutboxRepository outbox, ArticleRepository articles, AnalysisClient analysis,
            IngestConfig config, MeterRegistry metrics) {
        this.outbox = outbox;
        this.articles = articles;
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
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        drain();
    }

    void drain() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            List<UUID> claimed;
            do {
                claimed = QuarkusTransaction.requiringNew()
                        .call(() -> outbox.claimDue(config.batchSize(), config.lease()));
                deliverAll(claimed);
            } while (claimed.size() == config.batchSize());
        } catch (RuntimeException e) {
            Log.warnf("Delivery round stopped: %s", e.getMessage());
        } finally {
            running.set(false);
        }
    }

    private void deliverAll(List<UUID> claimed) {
        List<Future<?>> inFlight = new ArrayList<>(claimed.size());
        claimed.forEach(id -> inFlight.add(senders.submit(() -> deliver(id))));
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

    private void deliver(UUID articleId) {
        Pending pending = QuarkusTransaction.requiringNew().call(() -> new Pending(
                toRequest(articles.findById(articleId)),
                outbox.findByIdOptional(articleId).map(e -> e.traceParent).orElse(null)));
        AnalysisRequest request = pending.request();
        DeliveryOutcome outcome;
        // Continue the submitter's trace, so one trace id follows the article from gateway to analysis.
        try (Scope scope = TraceContexts.restore(pending.traceParent()).makeCurrent()) {
            outcome = request == null ? new DeliveryOutcome.Refused("article vanished") : analysis.deliver(request);
        }
        metrics.counter("corroborate.ingest.deliveries", "outcome", outcome.getClass().getSimpleName().toLowerCase())
                .increment();
        QuarkusTransaction.requiringNew().run(() -> record(articleId, outcome));
    }

    private void record(UUID articleId, DeliveryOutcome outcome) {
        ArticleEntity article = articles.findById(articleId);
        if (outcome instanceof DeliveryOutcome.Accepted accepted) {
            finish(article, ArticleStatus.ANALYZED, null, accepted.result().storyId());
        } else if (outcome instanceof DeliveryOutcome.Refused refused) {
            finish(article, ArticleStatus.FAILED, refused.reason(), null);
        } else {
            retryLater(articleId, ((DeliveryOutcome.Failed) outcome).error());
        }
    }

    private void finish(ArticleEntity article, ArticleStatus status, String reason, UUID storyId) {
        if (article != null) {
            article.status = status;
            article.failureReason = reason == null ? null : reason.substring(0, Math.min(reason.length(), 1000));
            article.storyId = storyId;
            article.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
            outbox.deleteById(article.id);
        }
    }

    private void retryLater(UUID articleId, String error) {
        int attempts = outbox.findByIdOptional(articleId).map(e -> e.attempts).orElse(1);
        Duration backoff = config.initialBackoff().multipliedBy(1L << Math.min(attempts - 1, 20));
        Duration delay = backoff.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : backoff;
        Log.debugf("Delivery of %s failed (attempt %d), next in %s: %s", articleId, attempts, delay, error);
        outbox.reschedule(articleId, OffsetDateTime.now(ZoneOffset.UTC).plus(delay), error);
    }

    /** What one delivery sends, and the trace it continues. */
    private record Pending(AnalysisRequest request, String traceParent) {
    }

    private static AnalysisRequest toRequest(ArticleEntity a) {
        return a == null ? null : new AnalysisRequest(a.id, a.source, a.url, a.title, a.publishedAt, a.language,
                a.duplicateOf, a.text);
    }

    @PreDestroy
    void stop() {
        wakeups.shutdownNow();
        senders.shutdownNow();
    }
}
