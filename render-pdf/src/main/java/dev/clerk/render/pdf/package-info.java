/**
 * Paints composed documents ({@link dev.clerk.compose.doc.Document}) as archival, accessible PDFs, and builds agenda
 * packets: {@link dev.clerk.render.pdf.PdfRenderer} and {@link dev.clerk.render.pdf.PacketBuilder}.
 */
package dev.clerk.render.pdf;
