package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Meeting;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/**
 * Start times in more of the forms minutes give them, each in minutes written for the test: a notes' call to order in
 * the present tense without the article ("Ann calls meeting to order at 4.04pm"), a page's front matter dated to the
 * second (when the page was posted, not when the meeting met), and an overview table after an introduction whose
 * "Timing" row gives the meeting's date and hours; and the guards: a time on another day's row, a front matter time
 * on the hour.
 */
class OverviewStartFormsTest {

    private static Meeting read(String name, String text) throws Exception {
        return MinutesImporter.importText(name, text, ImportOptions.none()).meeting();
    }

    @Test
    void readsACallToOrderInThePresentTenseOverAPostingStamp() throws Exception {
        Meeting m = read("minutes.md", """
                ---
                title: Board call
                date: "2011-05-09T03:41:27+00:00"
                ---

                # Board call, 9 May 2011

                **Venue:** conference call.

                #### Ann calls meeting to order at 4.04pm EST.

                ## Budget

                The budget was passed.
                """);
        assertThat(m.start()).isEqualTo(LocalTime.of(16, 4));
    }

    @Test
    void keepsAFrontMatterTimeOnTheMinuteAsTheStart() throws Exception {
        Meeting m = read("minutes.md", """
                ---
                title: Board call
                date: "2011-05-09 19:00:00 -0500"
                ---

                # Board call, 9 May 2011

                ## Budget

                The budget was passed.
                """);
        assertThat(m.start()).isEqualTo(LocalTime.of(19, 0));
    }

    @Test
    void readsTheTimingRowOfAnOverviewAfterAnIntroduction() throws Exception {
        Meeting m = read("2026-10-06-minutes.md", """
                # Third planning meeting of the river study group

                ## 1. Introduction

                This document holds the agenda and the minutes of the third planning meeting of the river study group, held online.

                ## 2. Overview

                | | |
                |---|---|
                | **Timing** | Tuesday 6 October 2026, 09:30–11:15 UTC |
                | **Chair** | Ann Lee |

                ## 3. Budget

                The budget was passed.
                """);
        assertThat(m.start()).isEqualTo(LocalTime.of(9, 30));
    }

    @Test
    void leavesATimingRowOfAnotherDayAlone() throws Exception {
        Meeting m = read("minutes.md", """
                # Third planning meeting of the river study group, 6 October 2026

                ## 1. Introduction

                This document holds the agenda and the minutes of the third planning meeting of the river study group, held online.

                ## 2. Next steps

                | | |
                |---|---|
                | **Timing** | Tuesday 3 November 2026, 09:30–11:15 UTC |

                ## 3. Budget

                The budget was passed.
                """);
        assertThat(m.start()).isNull();
    }
}
