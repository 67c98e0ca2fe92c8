package dev.clerk.cli;

import dev.clerk.model.io.CommitteeFolder;
import dev.clerk.model.io.InputException;
import dev.clerk.model.io.Position;
import dev.clerk.model.io.Problem;
import java.nio.file.Files;
import java.nio.file.Path;

/** Refuses, in one line, a path given where a meeting file is expected but that cannot be one (exit 1). */
final class MeetingArgument {
    private MeetingArgument() {
    }

    /** The meeting file's name without its extension ("2017-05-22"): the stem of the documents built from it. */
    static String key(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static void check(Path file) throws InputException {
        if (!Files.exists(file)) {
            throw new InputException(Problem.error(file.toString(), Position.FILE, "", "no such file"));
        }
        if (file.getFileName() != null && file.getFileName().toString().equals(CommitteeFolder.BODY_FILE)) {
            throw new InputException(Problem.error(file.toString(), Position.FILE, "",
                    "is the committee's file, not a meeting; give a meeting file such as meetings/2017-03-27.yaml"));
        }
        if (Files.isDirectory(file)) {
            throw new InputException(Problem.error(file.toString(), Position.FILE, "",
                    "is a folder; give a meeting file such as meetings/2017-03-27.yaml"));
        }
    }
}
