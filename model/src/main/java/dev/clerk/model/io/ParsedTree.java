package dev.clerk.model.io;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A parsed file as a JSON tree, with the position of every field.
 *
 * @param file   the file as the user named it
 * @param text   its text
 * @param root   the document
 * @param source where each field stands
 */
record ParsedTree(String file, String text, JsonNode root, SourceMap source) {
}
