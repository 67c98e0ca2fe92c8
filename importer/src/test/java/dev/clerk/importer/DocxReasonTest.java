package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.util.RecordFormatException;
import org.junit.jupiter.api.Test;

/** What POI says of a document it cannot read reaches the clerk in plain words, without POI's advice to programmers. */
class DocxReasonTest {
    @Test
    void saysAnOversizedPartPlainly() {
        // POI's own message for a part over its size limit, as POI 5 words it.
        RecordFormatException poi = new RecordFormatException("Tried to allocate an array of length 1,073,742,490, but the"
                + " maximum length for this record type is 100,000,000.\nIf the file is not corrupt and not large, please"
                + " open an issue on bugzilla to request \nincreasing the maximum allowable size for this record type.\n"
                + "You can set a higher override value with IOUtils.setByteArrayMaxOverride()");
        String said = DocxSource.plainReason(poi);
        assertThat(said).isEqualTo("a part of it is far larger than a real document's (it may be damaged)");
        assertThat(said).doesNotContain("IOUtils", "bugzilla", "allocate");
    }

    @Test
    void keepsTheFirstLineOfAnyOtherReason() {
        assertThat(DocxSource.plainReason(new IllegalStateException("no main document part\nat line 2")))
                .isEqualTo("no main document part");
    }
}
