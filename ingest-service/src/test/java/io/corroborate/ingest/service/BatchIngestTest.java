package io.corroborate.ingest.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.PersistenceException;
import jakarta.validation.Validation;

import org.junit.jupiter.api.Test;

import io.corroborate.api.ArticleReceipt;
import io.corroborate.api.ArticleStatus;
import io.corroborate.api.ArticleSubmission;
import io.corroborate.api.BatchItemResult;
import io.corroborate.ingest.config.IngestConfig;

/**
 * One item spoils nothing: a defect while reading one item, or a value the database refuses in one item, is that
 * item's answer, and the others are stored. The store stands in for PostgreSQL here so that a refusal of data (SQL
 * state 22) can be made to happen at will; the real refusal path is {@code HostileInputTest}'s.
 */
class BatchIngestTest {

    /** Prepares text as given (a text of "defect" throws as a bug would), and refuses "refused" when stored. */
    private static class StandIn extends IngestService {
        final List<String> stored = new ArrayList<>();

        StandIn() {
            super(null, null, null);
        }

        @Override
        public PreparedArticle prepare(ArticleSubmission submission) {
            if (submission.text().equals("defect")) {
                throw new IllegalStateException("a defect in extraction");
            }
            return new PreparedArticle(submission.source(), null, null, null, null, null, "en", submission.text(),
                    submission.text(), null);
        }

        @Override
        public List<Submitted> storeAll(List<PreparedArticle> prepared) {
            if (prepared.stream().anyMatch(p -> p.text().equals("refused"))) {
                throw new PersistenceException(new SQLException("value too long", "22001"));
            }
            prepared.forEach(p -> stored.add(p.text()));
            return prepared.stream().map(p -> new Submitted(new ArticleReceipt(UUID.randomUUID(),
                    ArticleStatus.RECEIVED, null), true)).toList();
        }
    }

    private final StandIn ingest = new StandIn();
    private final BatchIngest batches = new BatchIngest(ingest,
            Validation.buildDefaultValidatorFactory().getValidator(), config());

    @Test
    void aDefectOnOneItemIsThatItemsAnswer() {
        List<BatchItemResult> results = batches.submitAll(List.of(item("First."), item("defect"), item("Third.")));
        assertEquals(201, results.get(0).status());
        assertEquals(500, results.get(1).status());
        assertTrue(results.get(1).problem().detail().contains("incident"), results.get(1).problem().detail());
        assertEquals(201, results.get(2).status());
        assertEquals(List.of("First.", "Third."), ingest.stored);
    }

    @Test
    void aValueTheDatabaseRefusesIsThatItemsAnswer() {
        List<BatchItemResult> results = batches.submitAll(List.of(item("First."), item("refused"), item("Third.")));
        assertEquals(201, results.get(0).status());
        assertEquals(422, results.get(1).status());
        assertNotNull(results.get(1).problem());
        assertEquals(201, results.get(2).status());
        assertEquals(List.of("First.", "Third."), ingest.stored);
    }

    @Test
    void aDatabaseThatIsDownStillFailsTheRequest() {
        IngestService down = new StandIn() {
            @Override
            public List<Submitted> storeAll(List<PreparedArticle> prepared) {
                throw new PersistenceException(new SQLException("connection refused", "08001"));
            }
        };
        BatchIngest batch = new BatchIngest(down, Validation.buildDefaultValidatorFactory().getValidator(), config());
        assertThrows(PersistenceException.class, () -> batch.submitAll(List.of(item("First."), item("Second."))));
    }

    private static ArticleSubmission item(String text) {
        return new ArticleSubmission("Wire", null, null, null, null, null, null, text);
    }

    private static IngestConfig config() {
        return new IngestConfig() {
            @Override
            public int maxTextChars() {
                return 1_000_000;
            }

            @Override
            public int maxHtmlChars() {
                return 1_000_000;
            }

            @Override
            public int maxBatchSize() {
                return 100;
            }

            @Override
            public int maxBatchUrls() {
                return 40;
            }

            @Override
            public int batchFetches() {
                return 2;
            }

            @Override
            public Delivery delivery() {
                return new Delivery() {
                    @Override
                    public String interval() {
                        return "1s";
                    }

                    @Override
                    public int concurrency() {
                        return 1;
                    }

                    @Override
                    public int batchSize() {
                        return 10;
                    }

                    @Override
                    public int handOffSize() {
                        return 10;
                    }

                    @Override
                    public Duration lease() {
                        return Duration.ofSeconds(60);
                    }

                    @Override
                    public Duration initialBackoff() {
                        return Duration.ofSeconds(1);
                    }

                    @Override
                    public Duration maxBackoff() {
                        return Duration.ofMinutes(5);
                    }
                };
            }
        };
    }
}
