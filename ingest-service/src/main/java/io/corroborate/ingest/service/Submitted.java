package io.corroborate.ingest.service;

import io.corroborate.api.ArticleReceipt;

/** A submission's receipt, and whether it created a new article (201) or found the existing one (200). */
public record Submitted(ArticleReceipt receipt, boolean created) {
}
