package dev.clerk.render.pdf;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** OpenPDF closes the stream it writes to; the caller owns it. */
final class NonClosing extends FilterOutputStream {
    NonClosing(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
