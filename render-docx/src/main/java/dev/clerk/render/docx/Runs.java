package dev.clerk.render.docx;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Puts text into paragraphs: line breaks and tabs become Word's own, right-to-left text is marked as such. */
final class Runs {
    private Runs() {
    }

    /** Appends {@code text} to {@code p} as one or more runs. */
    static XWPFRun text(XWPFParagraph p, String text) {
        XWPFRun run = p.createRun();
        String clean = xmlSafe(text);
        if (isRightToLeft(clean)) {
            run.getCTR().addNewRPr().addNewRtl();
            if (p.getRuns().size() == 1) {
                var ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
                if (!ppr.isSetBidi()) {
                    ppr.addNewBidi();
                }
            }
        }
        String[] lines = clean.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            String[] cells = lines[i].split("\t", -1);
            for (int j = 0; j < cells.length; j++) {
                if (j > 0) {
                    run.addTab();
                }
                if (!cells[j].isEmpty()) {
                    run.getCTR().addNewT().setStringValue(cells[j]);
                    var t = run.getCTR().getTArray(run.getCTR().sizeOfTArray() - 1);
                    if (!cells[j].strip().equals(cells[j]) || cells[j].contains("  ")) {
                        t.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
                    }
                }
            }
        }
        return run;
    }

    /** Appends {@code text} in the Strong character style: the "Decision:" of a decision line. */
    static XWPFRun strong(XWPFParagraph p, String text) {
        XWPFRun run = text(p, text);
        var rpr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        rpr.addNewRStyle().setVal(Style.STRONG.id());
        return run;
    }

    /**
     * {@code text} without the characters XML 1.0 cannot carry (control characters other than tab and newline,
     * unpaired surrogates, U+FFFE and U+FFFF), with carriage returns folded into newlines.
     */
    static String xmlSafe(String text) {
        String s = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
                if (ok) {
                    if (sb != null) {
                        sb.append(c).append(s.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else if (Character.isLowSurrogate(c)) {
                ok = false;
            } else {
                ok = c == '\t' || c == '\n' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
            }
            if (!ok && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            } else if (ok && sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** Whether the first strongly directional character of {@code text} is right-to-left (Hebrew, Arabic, ...). */
    static boolean isRightToLeft(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            byte d = Character.getDirectionality(cp);
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
            if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return false;
    }
}
