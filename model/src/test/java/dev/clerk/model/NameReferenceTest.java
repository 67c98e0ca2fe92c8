package dev.clerk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameReferenceTest {
    private static Person person(String name, Role role, String title) {
        return new Person(name, null, role, title, null, null, null);
    }

    private static Body roster(Person... people) {
        return new Body("Board", null, null, null, null, List.of(people), null, List.of(), null);
    }

    private static Meeting meeting(String presiding, String recorder, Attendee... attendees) {
        return new Meeting(LocalDate.of(2020, 6, 10), null, null, null, null, null, null, null, presiding, recorder,
                List.of(attendees), List.of(), null, List.of());
    }

    @Test
    void aTitleAndSurnameNameTheOnePersonWithThatSurname() {
        NameReference refs = NameReference.among(roster(person("Tony Wasserman", null, null)),
                meeting(null, null, Attendee.present("Jim Soper", null)));
        assertThat(refs.person("Member Wasserman")).contains("Tony Wasserman");
        assertThat(refs.person("Mr. Jim Soper")).contains("Jim Soper");
        assertThat(refs.person("Dr Soper")).contains("Jim Soper");
        assertThat(refs.person("Member Roe")).isEmpty();
    }

    @Test
    void initialsAndFirstNamesMustFitTheFirstName() {
        NameReference refs = NameReference.among(null, meeting(null, null, Attendee.present("Olwen Williams", null),
                Attendee.present("Hubert Gwynne", null)));
        assertThat(refs.person("Cllr. O. Williams")).contains("Olwen Williams");
        assertThat(refs.person("Cllr O Williams")).contains("Olwen Williams");
        assertThat(refs.person("Cllr. T. Williams")).isEmpty();
        assertThat(refs.person("Councillor Hubert Gwynne")).contains("Hubert Gwynne");
        assertThat(refs.person("Councillor Herbert Gwynne")).isEmpty();
    }

    @Test
    void aSurnameTwoPeopleShareNamesNoOne() {
        NameReference refs = NameReference.among(roster(person("Ann Park", null, null), person("Bo Park", null, null)),
                null);
        assertThat(refs.person("Member Park")).isEmpty();
        assertThat(refs.person("Member B. Park")).contains("Bo Park");
    }

    @Test
    void aNameWithoutATitleIsNoReference() {
        NameReference refs = NameReference.among(roster(person("Tony Wasserman", null, null)), null);
        assertThat(refs.person("Wasserman")).isEmpty();
        assertThat(refs.namesOnePerson("Wasserman")).isFalse();
        assertThat(refs.person("Member")).isEmpty();
    }

    @Test
    void anOfficeNamesItsOneRecordedHolder() {
        NameReference refs = NameReference.among(roster(person("Ruth Sands", Role.SECRETARY, null),
                person("Lee Chu", null, "Treasurer")), meeting("Olwen Williams", null));
        assertThat(refs.namesOnePerson("the Chair")).isTrue();
        assertThat(refs.namesOnePerson("Chairperson")).isTrue();
        assertThat(refs.namesOnePerson("The Clerk")).isTrue();
        assertThat(refs.namesOnePerson("the Treasurer")).isTrue();
        assertThat(refs.namesOnePerson("the Vice Chair")).isFalse();
    }

    @Test
    void initialsNameTheOnePersonWhoHasThem() {
        NameReference refs = NameReference.among(roster(person("John Smith", null, null), person("Jane Sharp", null, null),
                person("Tom Griffin", null, null)), meeting(null, null, Attendee.present("Dr. Anna de Witt", null)));
        assertThat(refs.namesOnePerson("TG")).isTrue();
        assertThat(refs.initialled("TG")).contains("Tom Griffin");
        assertThat(refs.initialled("AW")).contains("Dr. Anna de Witt");
        assertThat(refs.namesOnePerson("JS")).isFalse();
        assertThat(refs.namesOnePerson("BM")).isFalse();
        assertThat(refs.namesOnePerson("T")).isFalse();
    }

    @Test
    void anOfficeIsNamedWithOurAsWithThe() {
        NameReference refs = NameReference.among(roster(person("Ruth Sands", Role.SECRETARY, null)),
                meeting("Olwen Williams", null));
        assertThat(refs.namesOnePerson("Our Chair")).isTrue();
        assertThat(refs.namesOnePerson("our Secretary")).isTrue();
        assertThat(refs.namesOnePerson("our Treasurer")).isFalse();
    }

    @Test
    void anOfficeNoOneOrTwoPeopleHoldNamesNoOne() {
        NameReference none = NameReference.among(roster(person("Ann Park", null, null)), meeting(null, null));
        assertThat(none.namesOnePerson("the Chair")).isFalse();
        assertThat(none.namesOnePerson("the Clerk")).isFalse();
        NameReference two = NameReference.among(roster(person("Ann Park", Role.CHAIR, null),
                person("Bo Park", Role.CHAIR, null)), meeting(null, null));
        assertThat(two.namesOnePerson("the Chair")).isFalse();
        NameReference same = NameReference.among(roster(person("Ann Park", Role.CHAIR, null)),
                meeting("Ann Park", null, new Attendee("Ann Park", null, AttendanceStatus.PRESENT, Role.CHAIR, null)));
        assertThat(same.namesOnePerson("the Chair")).isTrue();
    }

    @Test
    void titleWordsAreToldWhateverTheirCaseAndDots() {
        assertThat(NameReference.isTitle("Cllr.")).isTrue();
        assertThat(NameReference.isTitle("MEMBER")).isTrue();
        assertThat(NameReference.isTitle("Wasserman")).isFalse();
        assertThat(NameReference.isHonorific("Mrs.")).isTrue();
        assertThat(NameReference.isHonorific("Cllr")).isFalse();
    }
}
