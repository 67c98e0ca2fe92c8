package dev.clerk.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.clerk.model.tasks.Grouping;
import dev.clerk.model.tasks.TaskLedger;
import dev.clerk.model.tasks.TaskList;
import dev.clerk.model.tasks.TaskQuery;
import dev.clerk.model.testing.Golden;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The JSON task list keeps its documented shape: it validates against schema/tasks.schema.json. */
class TaskListJsonTest {
    private static final Schema SCHEMA = schema();

    private static Schema schema() {
        try {
            JsonNode json = Mappers.JSON.readTree(Files.readString(Path.of("../schema/tasks.schema.json")));
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static TaskList list(String asOf, boolean all, Grouping by) throws Exception {
        return TaskLedger.of(CommitteeFolder.read(Path.of("src/test/resources/history")))
                .list(new TaskQuery(LocalDate.parse(asOf), null, all, by));
    }

    @ParameterizedTest
    @CsvSource({"2024-01-10,false,OWNER", "2024-02-14,true,MEETING", "2024-03-20,true,OWNER", "2030-01-01,false,OWNER"})
    void validatesAgainstThePublishedSchema(String asOf, boolean all, Grouping by) throws Exception {
        JsonNode json = Mappers.JSON.readTree(TaskListJson.json(list(asOf, all, by)));
        List<Error> errors = SCHEMA.validate(json, ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)));
        assertThat(errors).isEmpty();
    }

    @Test
    void schemaRejectsAMissingKey() throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode json =
                (com.fasterxml.jackson.databind.node.ObjectNode) Mappers.JSON.readTree(
                        TaskListJson.json(list("2024-03-20", true, Grouping.OWNER)));
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("tasks").get(0)).remove("closedOn");
        assertThat(SCHEMA.validate(json)).extracting(Error::getMessage)
                .containsExactly("required property 'closedOn' not found");
    }

    @Test
    void writesTheStableShape() throws Exception {
        Golden.assertMatches("tasks-history-2024-03-20-all.json", TaskListJson.json(list("2024-03-20", true, Grouping.OWNER)));
    }
}
