package dev.clerk.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ids are inserted into meeting files as one line each, leaving comments and formatting alone. */
class TaskIdWriterTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void insertsMissingIdsNumberedOnFromTheHighestOfTheDate() throws Exception {
        write("committee.yaml", "name: Harbor Access Advisory Committee\n");
        write("meetings/2024-01-10.yaml", """
                date: 2024-01-10
                agenda:
                  - title: Signage
                    actions:
                      - id: 2024-01-10-4
                        task: Draft the letter.
                """);
        Path file = write("meetings/2024-02-14.yaml", """
                # Minutes of February 14.   Comments and odd spacing stay as they are.
                date: 2024-02-14
                agenda:
                  - title: Site visit
                    actions:
                      - owners: [Cleo Park]   # the writer
                        task: >-
                          Write up the
                          site visit.
                      - id: 2024-02-14-2
                        task: Book the bus.
                      - {task: Thank the host, owners: [Ben Ng]}
                    items:
                      - title: Photos
                        actions:
                          - task: Choose the photos.
                next:
                  followUps:
                    - text: Ana will call the operator.
                      actions:
                        - task: "Call the operator."
                updates:
                  - task: 2024-02-14-7
                    status: open
                """);
        List<TaskIdWriter.Edit> edits = TaskIdWriter.plan(dir);
        assertThat(edits).hasSize(1);
        TaskIdWriter.Edit edit = edits.get(0);
        assertThat(edit.file()).isEqualTo(file);
        assertThat(edit.ids()).containsExactly("2024-02-14-8", "2024-02-14-9", "2024-02-14-10", "2024-02-14-11");
        assertThat(edit.text()).isEqualTo("""
                # Minutes of February 14.   Comments and odd spacing stay as they are.
                date: 2024-02-14
                agenda:
                  - title: Site visit
                    actions:
                      - id: 2024-02-14-8
                        owners: [Cleo Park]   # the writer
                        task: >-
                          Write up the
                          site visit.
                      - id: 2024-02-14-2
                        task: Book the bus.
                      - {id: 2024-02-14-9, task: Thank the host, owners: [Ben Ng]}
                    items:
                      - title: Photos
                        actions:
                          - id: 2024-02-14-10
                            task: Choose the photos.
                next:
                  followUps:
                    - text: Ana will call the operator.
                      actions:
                        - id: 2024-02-14-11
                          task: "Call the operator."
                updates:
                  - task: 2024-02-14-7
                    status: open
                """);
    }

    @Test
    void insertsIdsIntoJsonMeetingFiles() throws Exception {
        Path file = write("2024-02-14.json", """
                {"date": "2024-02-14",
                 "agenda": [{"title": "Site visit", "actions": [{"task": "Write up the site visit."}]}]}
                """);
        List<TaskIdWriter.Edit> edits = TaskIdWriter.plan(file);
        assertThat(edits).singleElement().extracting(TaskIdWriter.Edit::text).isEqualTo("""
                {"date": "2024-02-14",
                 "agenda": [{"title": "Site visit", "actions": [{"id": "2024-02-14-1", "task": "Write up the site visit."}]}]}
                """);
    }

    @Test
    void changesNothingWhenEveryTaskHasAnId() throws Exception {
        Path file = write("2024-02-14.yaml", """
                date: 2024-02-14
                agenda:
                  - title: Site visit
                    actions:
                      - id: x-1
                        task: Write up the site visit.
                """);
        assertThat(TaskIdWriter.plan(file)).isEmpty();
    }
}
