package dev.clerk.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.compose.doc.Dump;
import dev.clerk.model.Body;
import dev.clerk.model.Committee;
import dev.clerk.model.Meeting;
import dev.clerk.model.agenda.Agenda;
import dev.clerk.model.io.ModelReader;
import dev.clerk.model.tasks.Grouping;
import dev.clerk.model.tasks.TaskLedger;
import dev.clerk.model.tasks.TaskList;
import dev.clerk.model.tasks.TaskQuery;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A name, an item or a paragraph that declares its language carries it into the minutes, the agenda and the task
 * list, whatever its script: a person's on the attendance line or the roster (also inside Clerk's sentences: movers,
 * roll calls, owners, presenters), an item's for its title, description and narrative, a paragraph's over its
 * item's.
 */
class DeclaredLanguagesTest {
    private static final String COMMITTEE = """
            name: Harbor Access Advisory Board
            language: en-US
            people:
              - {name: Rana Haddad, role: chair, lang: ar, affiliation: Waterfront Tenants Union}
              - {name: Tomás Ruiz, role: staff, lang: es, affiliation: Office of Harbor Access}
              - {name: Noa Levi}
            """;

    private static String minutes(String meeting) throws Exception {
        Body body = ModelReader.parseBody("committee.yaml", COMMITTEE).value();
        Meeting m = ModelReader.parseMeeting("2024-01-10.yaml", meeting).value();
        return Dump.of(MinutesComposer.compose(body, m));
    }

    @Test
    void anAgendaItemsTitleAndDescriptionCarryItsLanguage() throws Exception {
        Body body = ModelReader.parseBody("committee.yaml", COMMITTEE).value();
        Meeting m = ModelReader.parseMeeting("2024-01-10.yaml", """
                date: 2024-01-10
                agenda:
                  - title: Comentarios por escrito
                    lang: es
                    description: Cartas del público; véase https://example.org/cartas.
                  - title: Launch hours
                    description: The public ramps' launch hours.
                """).value();
        assertThat(Dump.of(AgendaComposer.compose(Agenda.of(new Committee(body, List.of(m)), m)))).contains(
                "h2 item I.: {es:Comentarios por escrito} #item-I\n",
                "body: {es:Cartas del público; véase }[https://example.org/cartas](https://example.org/cartas){es:.}\n",
                "h2 item II.: Launch hours #item-II\n",
                "body: The public ramps' launch hours.\n");
    }

    @Test
    void namesTakeTheLanguageOfTheirAttendanceLineElseOfTheRoster() throws Exception {
        String dump = minutes("""
                date: 2024-01-10
                presiding: Rana Haddad
                recorder: Tomás Ruiz
                attendees:
                  - {name: Rana Haddad, lang: en}
                  - {name: Tomás Ruiz, role: staff}
                  - {name: Noa Levi, lang: he}
                agenda:
                  - title: Public comment
                    presenter: Tomás Ruiz
                    narrative: [Nobody spoke.]
                """);
        assertThat(dump).contains(
                "field Presiding: Rana Haddad\n",
                "field Minutes by: {es:Tomás Ruiz}\n",
                "attendance: **Present:** Rana Haddad, Waterfront Tenants Union; {he:Noa Levi}\n",
                "attendance: **Staff:** {es:Tomás Ruiz}, Office of Harbor Access\n",
                "details: Presented by {es:Tomás Ruiz}.\n");
    }

    @Test
    void anItemsLanguageCoversItsTitleAndNarrativeAndAParagraphsOwnWins() throws Exception {
        String dump = minutes("""
                date: 2024-01-10
                agenda:
                  - title: Comentarios por escrito
                    lang: es
                    narrative:
                      - Se recibieron dos cartas; véase https://example.org/cartas para el texto.
                      - {text: The letters are filed with these minutes., lang: en}
                    decisions: [The board will answer both letters.]
                  - title: Public comment
                    narrative:
                      - {text: Una vecina pidió rampas., lang: es-419}
                """);
        assertThat(dump).contains(
                "h2 item I.: {es:Comentarios por escrito} #item-I\n",
                "body: {es:Se recibieron dos cartas; véase }[https://example.org/cartas](https://example.org/cartas)"
                        + "{es: para el texto.}\n",
                "body: The letters are filed with these minutes.\n",
                "decision callout Decision: The board will answer both letters.\n",
                "h2 item II.: Public comment #item-II\n",
                "body: {es-419:Una vecina pidió rampas.}\n");
    }

    @Test
    void namesInsideSentencesTakeTheLanguageTheyDeclare() throws Exception {
        String dump = minutes("""
                date: 2024-01-10
                attendees:
                  - {name: Rana Haddad, role: chair}
                  - {name: Noa Levi, lang: he}
                  - {name: Tomás Ruiz, role: staff}
                agenda:
                  - title: Launch hours
                    motions:
                      - text: to extend the launch hours
                        mover: Noa Levi
                        seconder: Rana Haddad
                        result: passed
                        vote: {ayeNames: [Rana Haddad, Noa Levi], absentNames: [Tomás Ruiz]}
                    actions:
                      - task: Post the new hours
                        owners: [Tomás Ruiz, Rana Haddad]
                        due: 2024-02-01
                """);
        assertThat(dump).contains(
                "motion callout Motion: To extend the launch hours. Moved by {he:Noa Levi}, seconded by {ar:Rana"
                        + " Haddad}. Motion passed 2–0. Ayes: {ar:Rana Haddad}, {he:Noa Levi}; Absent: {es:Tomás"
                        + " Ruiz}.\n",
                "action callout Action 1: Post the new hours ({es:Tomás Ruiz} and {ar:Rana Haddad}; due February 1,"
                        + " 2024)\n",
                "| 1 | Post the new hours | {es:Tomás Ruiz} and {ar:Rana Haddad} | February 1, 2024"
                        + " | [I.](#item-I) |");
    }

    @Test
    void aPresenterTakesTheLanguageOfTheAttendanceLineElseOfTheRoster() throws Exception {
        Body body = ModelReader.parseBody("committee.yaml", COMMITTEE).value();
        Meeting m = ModelReader.parseMeeting("2024-01-10.yaml", """
                date: 2024-01-10
                attendees:
                  - {name: Noa Levi, lang: he}
                agenda:
                  - {title: Signage, presenter: Tomás Ruiz}
                  - {title: Launch hours, presenter: Noa Levi}
                  - {title: Budget, presenter: Ida Roe}
                """).value();
        assertThat(Dump.of(AgendaComposer.compose(Agenda.of(new Committee(body, List.of(m)), m)))).contains(
                "details: Presented by {es:Tomás Ruiz}\n",
                "details: Presented by {he:Noa Levi}\n",
                "details: Presented by Ida Roe\n");
    }

    @Test
    void aTaskListsOwnersTakeTheLanguageOfTheRoster() throws Exception {
        Body body = ModelReader.parseBody("committee.yaml", COMMITTEE).value();
        Meeting m = ModelReader.parseMeeting("2024-01-10.yaml", """
                date: 2024-01-10
                agenda:
                  - title: Launch hours
                    actions:
                      - {task: Post the new hours, owners: [Tomás Ruiz, Noa Levi]}
                """).value();
        TaskList list = TaskLedger.of(new Committee(body, List.of(m)))
                .list(new TaskQuery(LocalDate.of(2024, 1, 20), null, false, Grouping.OWNER, false));
        assertThat(Dump.of(TaskListComposer.compose(body, list))).contains(
                "h2 section: {es:Tomás Ruiz}\n",
                "h2 section: Noa Levi\n",
                "| Post the new hours | {es:Tomás Ruiz} and Noa Levi |");
    }
}
