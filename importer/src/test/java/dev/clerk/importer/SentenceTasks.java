package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** What the owner forms tests check of a sentence that assigns one task: its owners, as listed, and the task. */
final class SentenceTasks {
    private SentenceTasks() {
    }

    /** That {@code sentence} assigns one task, to {@code owners} (as a list prints: "[Ann, Bo]"), reading {@code task}. */
    static void assignsOne(String sentence, String owners, String task) {
        List<ActionItemRecognizer.Found> found = ActionItemRecognizer.inSentence(sentence, null);
        assertThat(found).as(sentence).hasSize(1);
        assertThat(found.get(0).owners()).hasToString(owners);
        assertThat(found.get(0).task()).isEqualTo(task);
    }
}
