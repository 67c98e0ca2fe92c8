package dev.clerk.build;

import dev.clerk.model.io.Position;
import dev.clerk.model.io.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The warnings each output gave when it was made (a packet's attachments that screen readers cannot read), kept in
 * the output folder as {@code .clerk-findings} so that a later build that finds the output up to date reports them
 * again rather than "0 warnings". One line per warning: output, file (relative to the committee folder), line,
 * column, field and message, separated by tabs.
 */
final class Findings {
    static final String FILE = ".clerk-findings";

    private final Map<String, List<Problem>> byOutput;

    private Findings(Map<String, List<Problem>> byOutput) {
        this.byOutput = byOutput;
    }

    /** The findings kept in {@code outDir}, with their files named from {@code root}; none when there are none. */
    static Findings read(Path outDir, Path root) {
        Map<String, List<Problem>> map = new TreeMap<>();
        Path file = outDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new Findings(map);
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", -1);
                if (f.length != 6) {
                    continue;
                }
                try {
                    Problem p = Problem.warning(root.resolve(unescape(f[1])).toString(),
                            new Position(Integer.parseInt(f[2]), Integer.parseInt(f[3])), unescape(f[4]),
                            unescape(f[5]));
                    map.computeIfAbsent(unescape(f[0]), k -> new ArrayList<>()).add(p);
                } catch (IllegalArgumentException e) {
                    // a damaged line: its output's findings are made again when it is next built
                }
            }
        } catch (IOException e) {
            return new Findings(map);
        }
        return new Findings(map);
    }

    List<Problem> of(String output) {
        return byOutput.getOrDefault(output, List.of());
    }

    void put(String output, List<Problem> findings) {
        if (findings.isEmpty()) {
            byOutput.remove(output);
        } else {
            byOutput.put(output, List.copyOf(findings));
        }
    }

    /** Forgets the findings of outputs no longer in {@code outDir}. */
    void retainExisting(Path outDir) {
        byOutput.keySet().removeIf(output -> !Files.isRegularFile(outDir.resolve(output)));
    }

    /** Writes them into {@code outDir} when they changed; removes the file when there are none. */
    void write(Path outDir, Path root) throws Exception {
        Path file = outDir.resolve(FILE);
        if (byOutput.isEmpty()) {
            Files.deleteIfExists(file);
            return;
        }
        Path base = root.toAbsolutePath().normalize();
        StringBuilder sb = new StringBuilder();
        byOutput.forEach((output, problems) -> {
            for (Problem p : problems) {
                Path where = Path.of(p.file()).toAbsolutePath().normalize();
                String rel = where.startsWith(base) ? base.relativize(where).toString() : p.file();
                sb.append(escape(output)).append('\t').append(escape(rel)).append('\t').append(p.line()).append('\t')
                        .append(p.column()).append('\t').append(escape(p.path())).append('\t')
                        .append(escape(p.message())).append('\n');
            }
        });
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), bytes)) {
            return;
        }
        AtomicWrite.write(file, out -> out.write(bytes));
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(switch (n) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
