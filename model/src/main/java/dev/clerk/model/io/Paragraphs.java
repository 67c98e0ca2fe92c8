package dev.clerk.model.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The two forms of a narrative paragraph that declares its own language. Files write it in place of its text, as
 * {@code {text: ..., lang: es}}; the model keeps every paragraph's text in {@code narrative} and the tags, at the same
 * places, in {@code narrativeLanguages}, so that {@code narrative} stays a list of texts for everyone who reads it.
 */
final class Paragraphs {
    static final String TEXTS = "narrative";
    static final String LANGUAGES = "narrativeLanguages";

    private Paragraphs() {
    }

    /**
     * {@code root} in the model's form, for binding: the same tree when no paragraph declares a language, else a
     * copy in which each item with such paragraphs has texts in {@code narrative} and tags in
     * {@code narrativeLanguages}. The tree must have passed the schema.
     */
    static JsonNode unfold(JsonNode root) {
        if (!declaresAny(root)) {
            return root;
        }
        JsonNode copy = root.deepCopy();
        unfoldAll(copy);
        return copy;
    }

    private static boolean declaresAny(JsonNode node) {
        if (node.isObject() && node.path(TEXTS).isArray()) {
            for (JsonNode paragraph : node.get(TEXTS)) {
                if (paragraph.isObject()) {
                    return true;
                }
            }
        }
        for (JsonNode child : node) {
            if (child.isContainerNode() && declaresAny(child)) {
                return true;
            }
        }
        return false;
    }

    private static void unfoldAll(JsonNode node) {
        if (node.isObject() && node.path(TEXTS).isArray()) {
            ObjectNode item = (ObjectNode) node;
            ArrayNode texts = item.arrayNode();
            ArrayNode languages = item.arrayNode();
            for (JsonNode paragraph : item.get(TEXTS)) {
                texts.add(paragraph.isObject() ? paragraph.path("text") : paragraph);
                languages.add(paragraph.path("lang").asText(""));
            }
            item.set(TEXTS, texts);
            item.set(LANGUAGES, languages);
        }
        for (JsonNode child : node) {
            if (child.isContainerNode()) {
                unfoldAll(child);
            }
        }
    }

    /** Turns the model's form back into the files' form in place, for writing: the inverse of {@link #unfold}. */
    static void fold(ObjectNode item) {
        JsonNode languages = item.remove(LANGUAGES);
        JsonNode texts = item.get(TEXTS);
        if (languages == null || !languages.isArray() || texts == null || !texts.isArray()) {
            return;
        }
        ArrayNode paragraphs = (ArrayNode) texts;
        for (int i = 0; i < paragraphs.size() && i < languages.size(); i++) {
            String lang = languages.get(i).asText("");
            if (!lang.isEmpty()) {
                ObjectNode paragraph = item.objectNode();
                paragraph.set("text", paragraphs.get(i));
                paragraph.put("lang", lang);
                paragraphs.set(i, paragraph);
            }
        }
    }
}
