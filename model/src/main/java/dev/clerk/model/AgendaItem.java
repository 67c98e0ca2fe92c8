package dev.clerk.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * An agenda item and, once the meeting has taken place, its minutes. Items nest: II. Updates holds A., B., C.
 *
 * <p>An item may be in another language than the body's documents ({@code lang}), and so may any one paragraph of
 * its narrative ({@code narrativeLanguages}, which files write as {@code {text: ..., lang: es}} in place of the
 * paragraph's text). {@link #narrativeLanguage(int)} says which applies to a paragraph.
 *
 * @param title              the item's title
 * @param lang               the language of its title, description and narrative, as a BCP 47 tag ("es"), when it
 *                           is not the documents' language; null otherwise
 * @param kind               information, discussion or action; null when not stated
 * @param description        a brief description for the agenda, or null
 * @param presenter          who presents it, or null
 * @param duration           the time allotted in minutes, or null
 * @param narrative          the minutes of the item, one paragraph each
 * @param narrativeLanguages the language each paragraph of {@code narrative} declares, in the same order, or the
 *                           empty string for one that declares none; an empty list when none does
 * @param decisions          what the body decided, one sentence each
 * @param motions            the motions put
 * @param actions            the action items assigned
 * @param attachments        the supporting documents
 * @param minutesOf          for an approval item, the date of the meeting whose minutes it approves, or null
 * @param tasks              for a review item, the ids of the open action items it reviews
 * @param items              the sub-items
 */
public record AgendaItem(String title, String lang, ItemKind kind, String description, String presenter,
                         Integer duration, List<String> narrative, List<String> narrativeLanguages,
                         List<String> decisions, List<Motion> motions, List<ActionItem> actions,
                         List<Attachment> attachments, LocalDate minutesOf, List<String> tasks,
                         List<AgendaItem> items) {
    public AgendaItem {
        title = Checks.required(title, "title");
        lang = Checks.language(lang, "lang");
        description = Checks.optional(description);
        presenter = Checks.optional(presenter);
        duration = Checks.upTo(duration, Checks.MAX_MINUTES, "duration");
        narrative = Checks.texts(narrative, "narrative");
        narrativeLanguages = paragraphLanguages(narrativeLanguages, narrative.size());
        decisions = Checks.texts(decisions, "decisions");
        motions = Checks.list(motions, "motions");
        actions = Checks.list(actions, "actions");
        attachments = Checks.list(attachments, "attachments");
        tasks = Checks.texts(tasks, "tasks");
        items = Checks.list(items, "items");
    }

    /** An item in the documents' language, none of whose paragraphs declares a language of its own. */
    public AgendaItem(String title, ItemKind kind, String description, String presenter, Integer duration,
                      List<String> narrative, List<String> decisions, List<Motion> motions, List<ActionItem> actions,
                      List<Attachment> attachments, LocalDate minutesOf, List<String> tasks, List<AgendaItem> items) {
        this(title, null, kind, description, presenter, duration, narrative, List.of(), decisions, motions, actions,
                attachments, minutesOf, tasks, items);
    }

    /** An item with only a title. */
    public static AgendaItem titled(String title) {
        return new AgendaItem(title, null, null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(),
                null, List.of(), List.of());
    }

    /**
     * The language paragraph {@code i} of the narrative is written in, as declared: its own, else the item's; null
     * when neither declares one.
     */
    public String narrativeLanguage(int i) {
        if (i < 0 || i >= narrative.size()) {
            throw new IndexOutOfBoundsException("narrative has " + narrative.size() + " paragraphs, not " + (i + 1));
        }
        return narrativeLanguages.isEmpty() || narrativeLanguages.get(i).isEmpty() ? lang : narrativeLanguages.get(i);
    }

    /** This item followed by all its sub-items, depth first. */
    public Stream<AgendaItem> flatten() {
        return Stream.concat(Stream.of(this), items.stream().flatMap(AgendaItem::flatten));
    }

    /** One tag or "" per paragraph, each checked; an empty list when no paragraph declares a language. */
    private static List<String> paragraphLanguages(List<String> languages, int paragraphs) {
        List<String> checked = Checks.list(languages, "narrativeLanguages");
        if (checked.isEmpty()) {
            return checked;
        }
        if (checked.size() != paragraphs) {
            throw new IllegalArgumentException("narrativeLanguages: " + checked.size() + " languages for " + paragraphs
                    + " paragraphs of narrative");
        }
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < paragraphs; i++) {
            String tag = Checks.language(checked.get(i), "narrative[" + i + "].lang");
            tags.add(tag == null ? "" : tag);
        }
        return tags.stream().allMatch(String::isEmpty) ? List.of() : List.copyOf(tags);
    }
}
