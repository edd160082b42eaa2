package io.corroborate.analysis.fact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The groups of one block, found through an inverted index of their claims' {@link ClaimKeys}. A claim written right
 * at its subject can only join a group of that party or one without such a subject (see {@code Evidence.allowed}):
 * it looks the others up by name only.
 */
final class GroupIndex {
    private final ClaimKeys keys;
    private final List<Group> all = new ArrayList<>();
    private final Map<String, Set<Group>> index = new HashMap<>();
    /** The same index restricted to groups that had no member written right at its subject when indexed. */
    private final Map<String, Set<Group>> open = new HashMap<>();
    /** Each claim's group; shared by the indexes of one story's blocks (see {@code Evidence#alignedSentence}). */
    private final Map<Aligned, Group> owner;

    GroupIndex(ClaimKeys keys) {
        this(keys, new IdentityHashMap<>());
    }

    GroupIndex(ClaimKeys keys, Map<Aligned, Group> owner) {
        this.keys = keys;
        this.owner = owner;
    }

    List<Group> all() {
        return all;
    }

    Group of(Aligned claim) {
        return owner.get(claim);
    }

    /** The non-empty groups sharing a key with the claim, oldest first. */
    List<Group> candidates(Aligned claim) {
        Set<Group> out = new HashSet<>();
        for (String key : keys.query(claim)) {
            Set<Group> found = claim.anchored() && key.charAt(0) != 'p' && key.charAt(0) != 'x' ? open.get(key)
                    : index.get(key);
            if (found != null) {
                out.addAll(found);
            }
        }
        List<Group> sorted = new ArrayList<>(out.size());
        out.stream().filter(g -> !g.isEmpty()).forEach(sorted::add);
        sorted.sort(Comparator.comparingInt(g -> g.order));
        return sorted;
    }

    void add(Aligned claim, Group into) {
        Group group = into;
        if (group == null) {
            group = new Group(all.size());
            all.add(group);
        }
        group.add(claim);
        for (String key : keys.index(claim)) {
            index.computeIfAbsent(key, k -> new HashSet<>()).add(group);
            if (group.anchoredSubject == null) {
                open.computeIfAbsent(key, k -> new HashSet<>()).add(group);
            }
        }
        owner.put(claim, group);
    }

    /** Takes the claim out of its group; the index keeps the group under the claim's keys, which is harmless. */
    void remove(Aligned claim) {
        owner.remove(claim).remove(claim);
    }

    /** The groups, smallest first, then oldest first. */
    List<Group> smallestFirst() {
        List<Group> order = new ArrayList<>(all);
        order.sort(Comparator.comparingInt((Group g) -> g.members.size()).thenComparingInt(g -> g.order));
        return order;
    }

    /** Moves every member of {@code from} into {@code to}. */
    void moveAll(Group from, Group to) {
        for (Aligned member : new ArrayList<>(from.members)) {
            remove(member);
            add(member, to);
        }
    }
}
