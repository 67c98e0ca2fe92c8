package dev.clerk.compose.doc;

/** How a run is set apart from the text around it. */
public enum Emphasis {
    /** Plain text. */
    NONE,
    /** Strong importance: a label ("Decision:"), a name in a notice title. Bold in print. */
    STRONG,
    /** Stress or a title: italic in print. */
    EM
}
