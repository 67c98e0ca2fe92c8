package dev.clerk.mail;

import java.util.Objects;

/**
 * Someone a message goes to, with the roster entry the address came from.
 *
 * @param name    the name shown beside the address, on one line, or null
 * @param address the address
 * @param source  the field of committee.yaml that gave the address, such as {@code people[3].email}
 */
public record Recipient(String name, String address, String source) {
    public Recipient {
        name = Addresses.oneLine(name);
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(source, "source");
    }

    /** "Saerom Choi &lt;saerom.choi@example.org&gt;", for summaries. */
    @Override
    public String toString() {
        return name == null ? address : name + " <" + address + ">";
    }

    /** The address in the form used to recognise the recipient in the send log. */
    String key() {
        return address.toLowerCase(java.util.Locale.ROOT);
    }
}
