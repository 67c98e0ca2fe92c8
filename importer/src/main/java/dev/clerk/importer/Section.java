package dev.clerk.importer;

import java.util.ArrayList;
import java.util.List;

/** A section of the minutes under one heading: its title, its lines, and its sub-sections. */
final class Section {
    final String title;
    final int level;
    final Line heading;
    final List<Line> lines = new ArrayList<>();
    final List<Section> children = new ArrayList<>();

    Section(String title, int level, Line heading) {
        this.title = title;
        this.level = level;
        this.heading = heading;
    }
}
