package io.corroborate.analysis.story;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decoded story signatures, kept while their story is unchanged: matching compares each new article with up to
 * hundreds of candidate stories, and decoding all of them every time would dominate the cost. A story updated
 * elsewhere (another replica) has a newer version and is decoded again.
 */
public final class SignatureCache {

    private record Entry(OffsetDateTime version, StorySignature signature) {
    }

    private final int capacity;
    private final Map<UUID, Entry> entries = new ConcurrentHashMap<>();

    public SignatureCache(int capacity) {
        this.capacity = capacity;
    }

    public StorySignature get(UUID storyId, OffsetDateTime version, String encoded) {
        Entry entry = entries.get(storyId);
        if (entry != null && entry.version().equals(version)) {
            return entry.signature();
        }
        if (entries.size() >= capacity) {
            // Crude but bounded: stories outside the matching window are rarely needed again.
            entries.clear();
        }
        StorySignature signature = StorySignature.decode(encoded);
        entries.put(storyId, new Entry(version, signature));
        return signature;
    }
}
