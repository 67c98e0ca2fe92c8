/** Archival, accessible PDFs of a committee's documents. */
package dev.clerk.render.pdf;
