package dev.clerk.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class ConformanceTest {
    @Test
    void referenceMinutesAreArchivalAndAccessible() throws Exception {
        byte[] pdf = Fixtures.referenceMinutes();
        Fixtures.keep("minutes-2017-03-27.pdf", pdf);
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_1_B)).isEmpty();
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }
}
