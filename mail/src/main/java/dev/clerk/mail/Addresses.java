package dev.clerk.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/** What may go into an address header, and how names are made safe to put there. */
final class Addresses {
    private static final Pattern DOMAIN = Pattern.compile(
            "^([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$");
    private static final Pattern LOCAL = Pattern.compile("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$");

    private Addresses() {
    }

    /**
     * Why {@code address} cannot be sent to, or empty when it can: a plain {@code local@domain.tld}, ASCII only,
     * no quotes, comments, spaces or line breaks, so that it can never carry a second header or recipient.
     */
    static Optional<String> problem(String address) {
        if (address.chars().anyMatch(c -> c == '\r' || c == '\n')) {
            return Optional.of("contains a line break");
        }
        if (address.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("contains a control character");
        }
        if (!StandardCharsets.US_ASCII.newEncoder().canEncode(address)) {
            return Optional.of("has letters outside ASCII, which not every mail server accepts; use the ASCII form");
        }
        int at = address.lastIndexOf('@');
        if (at <= 0 || at != address.indexOf('@')) {
            return Optional.of("needs exactly one @ with a name before it");
        }
        String local = address.substring(0, at);
        String domain = address.substring(at + 1);
        if (local.length() > 64 || !LOCAL.matcher(local).matches()) {
            return Optional.of("'" + local + "' before the @ is not a plain mailbox name");
        }
        if (domain.length() > 253 || !DOMAIN.matcher(domain).matches()) {
            return Optional.of("'" + domain + "' after the @ is not a domain such as example.org");
        }
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            parsed.validate();
            if (!address.equals(parsed.getAddress()) || parsed.getPersonal() != null) {
                return Optional.of("is not a single plain address");
            }
        } catch (AddressException e) {
            return Optional.of(e.getMessage());
        }
        return Optional.empty();
    }

    /**
     * A display name on one line: line breaks, tabs and other control characters become spaces,
     * so that no name can end a header and start another.
     */
    static String oneLine(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(c -> sb.appendCodePoint(Character.isISOControl(c) || c == 0x2028 || c == 0x2029 ? ' ' : c));
        String s = sb.toString().strip().replaceAll(" {2,}", " ");
        return s.isEmpty() ? null : s;
    }

    /** The header form of an address: the name quoted or RFC 2047-encoded as needed. */
    static InternetAddress internet(String name, String address) {
        if (problem(address).isPresent()) {
            throw new IllegalArgumentException("address: '" + address + "' was not checked");
        }
        try {
            InternetAddress a = new InternetAddress(address, true);
            a.setPersonal(oneLine(name), StandardCharsets.UTF_8.name());
            return a;
        } catch (AddressException | UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A text with its control characters shown as escapes, so that a message about it stays on one line. */
    static String visible(String text) {
        StringBuilder sb = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (Character.isISOControl(c)) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }

    /** The domain of an address, for Message-IDs and calendar UIDs. */
    static String domain(String address) {
        return address.substring(address.lastIndexOf('@') + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
