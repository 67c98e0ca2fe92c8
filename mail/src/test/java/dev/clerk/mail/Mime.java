package dev.clerk.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Reads messages back the way a mail client does, for tests. */
final class Mime {
    private Mime() {
    }

    static MimeMessage parse(byte[] bytes) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(bytes));
    }

    static MimeMessage parse(String text) throws Exception {
        return parse(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Every leaf part, depth first. */
    static List<Part> leaves(Part part) throws Exception {
        List<Part> out = new ArrayList<>();
        if (part.getContent() instanceof Multipart mp) {
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart child = mp.getBodyPart(i);
                out.addAll(leaves(child));
            }
        } else {
            out.add(part);
        }
        return out;
    }

    /** The first leaf of this MIME type (parameters ignored). */
    static Part part(MimeMessage m, String type) throws Exception {
        for (Part p : leaves(m)) {
            if (p.isMimeType(type)) {
                return p;
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    static byte[] bytes(Part p) throws Exception {
        try (InputStream in = p.getInputStream()) {
            return in.readAllBytes();
        }
    }

    static String text(Part p) throws Exception {
        return new String(bytes(p), StandardCharsets.UTF_8);
    }
}
