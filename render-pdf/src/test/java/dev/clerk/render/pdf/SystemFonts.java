package dev.clerk.render.pdf;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.clerk.model.testing.ExternalProgram;
import java.nio.file.Files;
import java.nio.file.Path;

/** Fonts from Debian packages that tests use: skipped locally when missing, required on CI. */
final class SystemFonts {
    /** WenQuanYi Micro Hei: a TrueType (glyf) CJK font, package fonts-wqy-microhei. */
    static final Path WQY_MICROHEI = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    /** Noto Sans CJK: an OpenType (CFF) CJK collection, package fonts-noto-cjk. */
    static final Path NOTO_SANS_CJK = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");

    private SystemFonts() {
    }

    static Path require(Path font, String debianPackage) {
        if (!Files.isRegularFile(font)) {
            String message = font + " is missing; install the Debian package " + debianPackage + " to run this test";
            if (ExternalProgram.isCi()) {
                throw new AssertionError(message + " (CI=true: required on CI)");
            }
            System.err.println("SKIPPED: " + message);
            assumeTrue(false, message);
        }
        return font;
    }
}
