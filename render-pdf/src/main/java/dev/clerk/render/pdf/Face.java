package dev.clerk.render.pdf;

/** The faces text is set in. */
enum Face {
    REGULAR, BOLD, ITALIC
}
