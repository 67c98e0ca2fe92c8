package dev.clerk.model.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The commented {@code committee.yaml} that {@code clerk init} writes, and the schemas it places beside it. */
public final class CommitteeTemplate {
    /** Where {@code clerk init} puts the schemas, relative to the committee folder. */
    public static final String SCHEMA_DIR = "schema";

    private CommitteeTemplate() {
    }

    /** A committee.yaml for a body of this name, with every field shown and explained. */
    public static String text(String bodyName) {
        String name;
        try {
            name = Mappers.YAML.writeValueAsString(Map.of("name", bodyName.strip())).strip();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return """
                # yaml-language-server: $schema=schema/committee.schema.json
                #
                # The body: who it is, who is on it, and how it usually meets.
                # Meetings go in meetings/YYYY-MM-DD.yaml (meetings/YYYY-MM-DD-special.yaml for a second one that day).
                # Check your files with: clerk check .
                %s
                # shortName: ABC                # an abbreviation for headers and file names
                # parentBody: ...               # the body this one reports to
                # department: ...               # the department that staffs the body
                language: en-US                 # the language of its documents (BCP 47)
                # Fonts for PDFs, for characters Liberation Sans lacks (Chinese, ...), relative to this folder:
                # fonts: [fonts/NotoSansCJK-Regular.ttc]
                # Attachments and fonts must be inside this folder; name any outside folder they may come from:
                # allowOutside: [../shared-docs]

                # The roster. role: chair, vice-chair, member (the default), alternate, ex-officio,
                # secretary, staff or guest. Emails are used by 'clerk send'.
                people: []
                #  - name: Jane Doe
                #    affiliation: Department of Public Health
                #    role: chair
                #    email: jane.doe@example.org
                #    termStart: 2025-01-01
                #    termEnd: 2026-12-31

                # The quorum rule, if the body has one: a majority of the members, or a fixed count.
                # quorum:
                #   kind: majority              # or: kind: count, with count: 5

                # Groups that can own action items. No members listed means every member of the body.
                groups:
                  - name: Group members
                    description: Every member of the body

                # How meetings usually look; a meeting file can say otherwise.
                defaults:
                  # location:
                  #   name: City Hall, Room 400
                  #   address: [1 Dr. Carlton B. Goodlett Place, "San Francisco, CA 94102"]
                  # time: "18:00"                 # HH:MM, 24-hour
                  # duration: 90                  # minutes
                  openingItems: [Call to order and roll call]
                  closingItems: [Public comment, Adjournment]
                  numbering: [upper-roman, upper-letter, decimal]
                  # notices:
                  #   - title: Disability access
                  #     text: The meeting room is wheelchair accessible. ...

                # Where the body meets, as a time zone name; used for the calendar event sent with agendas.
                # timeZone: America/Los_Angeles

                # How 'clerk send' mails agendas, packets and minutes. The password is never written here:
                # set CLERK_SMTP_PASSWORD in the environment, or name a file holding it in passwordFile.
                # email:
                #   from: {name: Department of ..., email: clerk@example.org}
                #   replyTo: {name: Jane Doe, email: jane.doe@example.org}
                #   smtp:
                #     host: smtp.example.org
                #     port: 587                   # 587 for starttls, 465 for ssl
                #     security: starttls          # starttls (default), ssl, or none (localhost only)
                #     user: clerk@example.org
                #     passwordFile: ~/.config/clerk/smtp-password   # or CLERK_SMTP_PASSWORD
                #     trust: certs/our-ca.pem     # only if your organisation signs its own server certificates
                #   maxAttachmentMB: 10           # larger documents go out as a link (--link URL)

                # Distribution lists for 'clerk send --to LIST' (members when --to is not given): by role,
                # by name, by group, and addresses of people outside the roster.
                # lists:
                #   - name: members
                #     groups: [Group members]
                #   - name: interested-public
                #     external:
                #       - {name: Public library, email: library@example.org}
                """.formatted(name);
    }

    /** The published schema of a file kind, as text. */
    public static String schema(FileKind kind) {
        try (InputStream in = CommitteeTemplate.class.getResourceAsStream("/dev/clerk/model/schema/" + kind.schemaFile())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
