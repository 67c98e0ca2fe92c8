package dev.clerk.compose.doc;

/** A block of a document, in reading order. */
public sealed interface Block permits Heading, Paragraph, Fields, Callout, ItemList, Table, FillIn {
}
