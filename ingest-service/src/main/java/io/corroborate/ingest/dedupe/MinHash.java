package io.corroborate.ingest.dedupe;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * MinHash signatures of a text's word 3-shingles, with LSH band keys: two texts whose shingle sets overlap by
 * Jaccard similarity s share a band key with probability 1 - (1 - s^4)^16 (0.9998 at s = 0.8, 0.12 at s = 0.3),
 * and their signatures estimate s to within a few points.
 */
public final class MinHash {

    /** Estimated Jaccard similarity from which a text is a near-duplicate (syndicated copy, light rewrite). */
    public static final double NEAR_DUPLICATE = 0.7;

    private static final int HASHES = 64;
    private static final int ROWS = 4;
    private static final int MIN_SHINGLES = 20;
    private static final long[] SEEDS = seeds();
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private MinHash() {
    }

    /** The signature, or null when the text is too short for one to mean anything. */
    public static long[] signature(String text) {
        return signatureOfNormalized(TextFingerprint.normalize(text));
    }

    /** The signature of a text already passed through {@link TextFingerprint#normalize}. */
    public static long[] signatureOfNormalized(String normalized) {
        String[] words = normalized.split(" ");
        if (words.length - 2 < MIN_SHINGLES) {
            return null;
        }
        long[] signature = new long[HASHES];
        Arrays.fill(signature, Long.MAX_VALUE);
        for (int i = 0; i + 2 < words.length; i++) {
            // the FNV-1a hash of "w1 w2 w3", read word by word instead of building the shingle
            long shingle = fnv1a64(fnv1a64(fnv1a64(fnv1a64(fnv1a64(FNV_OFFSET, words[i]), ' '), words[i + 1]), ' '),
                    words[i + 2]);
            for (int h = 0; h < HASHES; h++) {
                signature[h] = Math.min(signature[h], mix(shingle ^ SEEDS[h]));
            }
        }
        return signature;
    }

    public static double similarity(long[] a, long[] b) {
        int equal = 0;
        for (int i = 0; i < HASHES; i++) {
            equal += a[i] == b[i] ? 1 : 0;
        }
        return equal / (double) HASHES;
    }

    /** One key per band of {@value #ROWS} rows, tagged with the band's index so bands never collide. */
    public static long[] bandKeys(long[] signature) {
        long[] keys = new long[HASHES / ROWS];
        for (int band = 0; band < keys.length; band++) {
            long key = band;
            for (int row = 0; row < ROWS; row++) {
                key = mix(key * 31 + signature[band * ROWS + row]);
            }
            keys[band] = key;
        }
        return keys;
    }

    public static byte[] toBytes(long[] signature) {
        ByteBuffer buffer = ByteBuffer.allocate(signature.length * Long.BYTES);
        for (long value : signature) {
            buffer.putLong(value);
        }
        return buffer.array();
    }

    public static long[] fromBytes(byte[] bytes) {
        long[] signature = new long[bytes.length / Long.BYTES];
        ByteBuffer.wrap(bytes).asLongBuffer().get(signature);
        return signature;
    }

    /** SplitMix64's finalizer: a cheap, well-mixed 64-bit permutation. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long fnv1a64(long hash, String s) {
        for (int i = 0; i < s.length(); i++) {
            hash = fnv1a64(hash, s.charAt(i));
        }
        return hash;
    }

    private static long fnv1a64(long hash, char c) {
        return (hash ^ c) * FNV_PRIME;
    }

    private static long[] seeds() {
        long[] seeds = new long[HASHES];
        long state = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            state += 0x9E3779B97F4A7C15L;
            seeds[i] = mix(state);
        }
        return seeds;
    }
}
