package dev.clerk.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clerk.model.Body;
import dev.clerk.model.BodyDefaults;
import dev.clerk.model.DistributionList;
import dev.clerk.model.EmailSettings;
import dev.clerk.model.Group;
import dev.clerk.model.Location;
import dev.clerk.model.MailAddress;
import dev.clerk.model.Notice;
import dev.clerk.model.Person;
import dev.clerk.model.Quorum;
import dev.clerk.model.SmtpSettings;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The published committee schema names exactly the fields of the records committee.yaml is read into. */
class CommitteeSchemaTest {
    @ParameterizedTest
    @CsvSource({"'', Body", "/$defs/person, Person", "/$defs/group, Group", "/$defs/notice, Notice",
            "/$defs/location, Location", "/$defs/defaults, BodyDefaults", "/$defs/quorum, Quorum",
            "/$defs/email-settings, EmailSettings", "/$defs/smtp, SmtpSettings", "/$defs/address, MailAddress",
            "/$defs/list, DistributionList"})
    void schemaPropertiesAreTheRecordComponents(String pointer, String record) throws Exception {
        Class<?> type = switch (record) {
            case "Body" -> Body.class;
            case "Person" -> Person.class;
            case "Group" -> Group.class;
            case "Notice" -> Notice.class;
            case "Location" -> Location.class;
            case "BodyDefaults" -> BodyDefaults.class;
            case "Quorum" -> Quorum.class;
            case "EmailSettings" -> EmailSettings.class;
            case "SmtpSettings" -> SmtpSettings.class;
            case "MailAddress" -> MailAddress.class;
            case "DistributionList" -> DistributionList.class;
            default -> throw new IllegalArgumentException(record);
        };
        JsonNode schema;
        try (InputStream in = getClass().getResourceAsStream("/dev/clerk/model/schema/committee.schema.json")) {
            schema = Mappers.JSON.readTree(in);
        }
        List<String> properties = new ArrayList<>();
        schema.at(pointer + "/properties").fieldNames().forEachRemaining(properties::add);
        List<String> components = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
        assertThat(properties).as(record).containsExactlyInAnyOrderElementsOf(components);
    }
}
