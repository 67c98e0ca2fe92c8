/**
 * The format-neutral document that {@code compose} makes and every painter (Word, PDF, HTML) renders: a
 * {@link dev.clerk.compose.doc.Document} of {@link dev.clerk.compose.doc.Block}s made of
 * {@link dev.clerk.compose.doc.Text} runs, each run carrying the {@link dev.clerk.compose.doc.Source} of its text.
 * Everything a reader sees is decided here; painters choose only styles, fonts, page layout and tagging.
 */
package dev.clerk.compose.doc;
