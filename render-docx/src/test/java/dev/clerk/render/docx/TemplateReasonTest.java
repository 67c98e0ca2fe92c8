package dev.clerk.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.poi.util.RecordFormatException;
import org.junit.jupiter.api.Test;

/** Why a Word template cannot be read reaches the clerk in plain words, without POI's advice to programmers. */
class TemplateReasonTest {
    @Test
    void saysAnOversizedPartPlainly() {
        RecordFormatException poi = new RecordFormatException("Tried to allocate an array of length 1,073,742,490, but the"
                + " maximum length for this record type is 100,000,000.\nIf the file is not corrupt and not large, please"
                + " open an issue on bugzilla to request \nincreasing the maximum allowable size for this record type.\n"
                + "You can set a higher override value with IOUtils.setByteArrayMaxOverride()");
        String said = Templates.reason(new IOException(poi));
        assertThat(said).startsWith("a part of it is far larger than a real document's");
        assertThat(said).doesNotContain("IOUtils", "bugzilla", "allocate", "org.apache");
        assertThat(Templates.reason(new OutOfMemoryError("Java heap space"))).startsWith("a part of it is far larger");
    }

    @Test
    void keepsOtherReasonsToTheirFirstSentenceWithoutClassNames() {
        IOException wrapped = new IOException("org.apache.poi.openxml4j.exceptions.InvalidFormatException: Package should"
                + " contain a content type part [M1.13]. See the documentation.");
        assertThat(Templates.reason(wrapped)).isEqualTo("Package should contain a content type part [M1.13]");
    }
}
