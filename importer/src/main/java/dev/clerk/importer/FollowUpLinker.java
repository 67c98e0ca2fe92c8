package dev.clerk.importer;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a follow-up listed under the next meeting restates an action item assigned earlier in the
 * minutes ("3) Minouche will email Sgt. Flores and Commander McEachern about the ... policy timeline" restates
 * "Minouche will let Commander McEachern know ... timeline" under "Check in on the Prioritizing Safety ...
 * Policy"): same owner, and the most words in common with the task and its item's title, at least two.
 */
final class FollowUpLinker {
    private static final Set<String> STOP = Set.of("the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "with",
            "at", "by", "from", "about", "into", "will", "would", "shall", "also", "that", "this", "these", "those",
            "is", "are", "was", "were", "be", "been", "has", "have", "had", "it", "its", "as", "any", "if", "their",
            "they", "he", "she", "his", "her", "who", "which", "what", "not", "all", "some", "further", "group",
            "members", "member", "meeting", "next");

    private FollowUpLinker() {
    }

    /** The earlier action this follow-up action restates, or null. */
    static Drafts.Action restated(Drafts.Action candidate, List<Drafts.Action> earlier, Set<Drafts.Action> taken) {
        Set<String> words = words(candidate.found.task());
        Drafts.Action best = null;
        int bestScore = 1;
        for (Drafts.Action a : earlier) {
            if (taken.contains(a) || a.owners.stream().map(ActionItemRecognizer::ownerKey)
                    .noneMatch(o -> candidate.owners.stream().map(ActionItemRecognizer::ownerKey).anyMatch(o::equals))) {
                continue;
            }
            Set<String> other = words(a.found.task() + " " + (a.context == null ? "" : a.context));
            other.retainAll(words);
            if (other.size() > bestScore) {
                bestScore = other.size();
                best = a;
            }
        }
        return best;
    }

    static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : NameIndex.fold(text).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() < 3 || STOP.contains(w)) {
                continue;
            }
            out.add(stem(w.toLowerCase(Locale.ROOT)));
        }
        return out;
    }

    /** A crude stem, enough to make "emails" meet "email" and "requested" meet "requests". */
    private static String stem(String w) {
        for (String suffix : new String[] {"ing", "ed", "es", "s"}) {
            if (w.length() > suffix.length() + 3 && w.endsWith(suffix)) {
                return w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }
}
