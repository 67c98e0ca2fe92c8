package dev.clerk.model;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The records refuse numbers past the bounds the schemas publish, whatever built them. */
class NumberBoundsTest {
    @Test
    void refusesADurationLongerThanADay() {
        assertThatThrownBy(() -> new BodyDefaults(null, null, Integer.MAX_VALUE, List.of(), List.of(), List.of(), null))
                .hasMessage("duration: must be at most 1440, was 2147483647");
    }

    @Test
    void refusesAVoteCountPastTheBound() {
        assertThatThrownBy(() -> Vote.counted(100_001, 0, 0)).hasMessage("ayes: must be at most 100000, was 100001");
        assertThatThrownBy(() -> new Quorum(QuorumKind.COUNT, 100_001))
                .hasMessage("count: must be at most 100000, was 100001");
    }
}
