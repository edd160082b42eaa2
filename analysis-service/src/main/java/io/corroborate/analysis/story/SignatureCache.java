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

    /** Bounds the cache between uses: crude, but stories outside the matching window are rarely needed again. */
    public void trim() {
        if (entries.size() >= capacity) {
            entries.clear();
        }
    }

    /** The cached signature of this version of the story, or null when it must be read. */
    public StorySignature cached(UUID storyId, OffsetDateTime version) {
        Entry entry = entries.get(storyId);
        return entry != null && entry.version().equals(version) ? entry.signature() : null;
    }

    public StorySignature get(UUID storyId, OffsetDateTime version, String encoded) {
        Entry entry = entries.get(storyId);
        if (entry != null && entry.version().equals(version)) {
            return entry.signature();
        }
        StorySignature signature = StorySignature.decode(encoded);
        entries.put(storyId, new Entry(version, signature));
        return signature;
    }
}
