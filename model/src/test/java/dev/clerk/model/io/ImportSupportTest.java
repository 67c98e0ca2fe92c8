package dev.clerk.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.AgendaItem;
import dev.clerk.model.ActionItem;
import dev.clerk.model.Meeting;
import dev.clerk.model.Person;
import dev.clerk.model.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the importer needs from the writer: comments at field paths, and roster entries added to a committee.yaml. */
class ImportSupportTest {
    @Test
    void putsCommentsAboveTheFieldsTheyConcern() throws Exception {
        AgendaItem item = new AgendaItem("Updates", null, null, null, null, List.of(), List.of(), List.of(),
                List.of(new ActionItem("2017-03-27-1", List.of("Alix Lutnick"), "Send the articles.",
                        LocalDate.of(2017, 7, 1), null, null)), List.of(), null, List.of(), List.of());
        Meeting meeting = new Meeting(LocalDate.of(2017, 3, 27), null, null, null, null, null, null, null, null, null,
                List.of(), List.of(item), null, List.of());
        String yaml = ModelWriter.yaml(meeting, null, Map.of(
                "agenda[0].actions[0].owners", List.of("check: owner guessed from \"Alix\""),
                "agenda[0].actions[0].due", List.of("check: due date read from \"by July 1st\"")));
        assertThat(yaml).contains("""
                    actions:
                      - id: 2017-03-27-1
                        # check: owner guessed from "Alix"
                        owners:
                          - Alix Lutnick
                        task: Send the articles.
                        # check: due date read from "by July 1st"
                        due: 2017-07-01
                """);
        assertThat(ModelReader.parseMeeting("m.yaml", yaml).value()).isEqualTo(meeting);
    }

    @Test
    void addsPeopleAfterTheLastOneKeepingComments() throws Exception {
        String before = """
                # The committee.
                name: Parks Board
                people:
                  # the chair
                  - name: Dana Ortiz
                    role: chair

                # How it meets.
                defaults:
                  duration: 90
                """;
        String after = RosterEdit.addPeople("committee.yaml", before, List.of(
                new Person("Dana Ortiz", null, Role.MEMBER, null, null, null, null),
                new Person("Lee Wong", "Friends of the Park", Role.MEMBER, null, null, null, null)));
        assertThat(after).isEqualTo("""
                # The committee.
                name: Parks Board
                people:
                  # the chair
                  - name: Dana Ortiz
                    role: chair
                  - name: Lee Wong
                    affiliation: Friends of the Park
                    role: member

                # How it meets.
                defaults:
                  duration: 90
                """);
    }

    @Test
    void turnsAnEmptyRosterIntoAList() throws Exception {
        String after = RosterEdit.addPeople("committee.yaml", "name: A\npeople: []   # none yet\n",
                List.of(new Person("Ann Lee", null, Role.STAFF, null, null, null, null)));
        assertThat(after).isEqualTo("name: A\npeople: # none yet\n  - name: Ann Lee\n    role: staff\n");
        assertThat(ModelReader.parseBody("committee.yaml", after).value().people()).hasSize(1);
    }
}
