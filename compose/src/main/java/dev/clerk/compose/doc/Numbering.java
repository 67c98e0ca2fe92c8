package dev.clerk.compose.doc;

/**
 * How one level of a numbered outline is numbered. Painters that number for themselves (Word's list numbering)
 * use it to arrive at the labels the document gives.
 */
public enum Numbering {
    /** I, II, III. */
    UPPER_ROMAN,
    /** i, ii, iii. */
    LOWER_ROMAN,
    /** A, B, C. */
    UPPER_LETTER,
    /** a, b, c. */
    LOWER_LETTER,
    /** 1, 2, 3. */
    DECIMAL
}
