package dev.clerk.compose.doc;

import java.util.Objects;

/** Where a run links to: a web or mail address, a heading of the same document, or a page of the packet. */
public sealed interface Link {
    /** A web ({@code https://}) or mail ({@code mailto:}) address. */
    record Uri(String uri) implements Link {
        public Uri {
            Objects.requireNonNull(uri, "uri");
        }
    }

    /** A heading or block of the same document, by its anchor. */
    record Anchor(String id) implements Link {
        public Anchor {
            Objects.requireNonNull(id, "id");
        }
    }

    /**
     * A page of the file the document is part of (a packet), counted from 0. Only paginated painters can follow
     * it; the others print the run's text without a link.
     */
    record Page(int page) implements Link {
        public Page {
            if (page < 0) {
                throw new IllegalArgumentException("page: " + page + " is negative");
            }
        }
    }
}
