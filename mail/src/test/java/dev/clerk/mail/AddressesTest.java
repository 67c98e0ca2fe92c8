package dev.clerk.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.InternetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which addresses may go into a header, and how names are kept on one line. */
class AddressesTest {
    @ParameterizedTest
    @ValueSource(strings = {"saerom.choi@example.org", "a+b@sub.example.co.uk", "o'brien@example.org", "x_y-z@e-x.org"})
    void acceptsPlainAddresses(String address) {
        assertThat(Addresses.problem(address)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "carol,leigh@example.org|'carol,leigh' before the @ is not a plain mailbox name",
            "carol..leigh@example.org|'carol..leigh' before the @ is not a plain mailbox name",
            "\"carol leigh\"@example.org|'\"carol leigh\"' before the @ is not a plain mailbox name",
            "carol@example|'example' after the @ is not a domain such as example.org",
            "carol@exa_mple.org|'exa_mple.org' after the @ is not a domain such as example.org",
            "carol@@example.org|needs exactly one @ with a name before it",
            "@example.org|needs exactly one @ with a name before it",
            "zoë@example.org|has letters outside ASCII, which not every mail server accepts; use the ASCII form",
            "Carol <carol@example.org>|'Carol <carol' before the @ is not a plain mailbox name"})
    void refusesAnythingElse(String address, String problem) {
        assertThat(Addresses.problem(address)).contains(problem);
    }

    @Test
    void refusesLineBreaksAndShowsThemEscaped() {
        assertThat(Addresses.problem("carol@example.org\r\nBcc: x@example.net")).contains("contains a line break");
        assertThat(Addresses.problem("carol@example.org\u0000")).contains("contains a control character");
        assertThat(Addresses.visible("a\r\nb\u0007")).isEqualTo("a\\r\\nb\\u0007");
    }

    @Test
    void putsNamesOnOneLineAndEncodesThemInHeaders() throws Exception {
        assertThat(Addresses.oneLine(" Saerom\r\nChoi\u2028\tX ")).isEqualTo("Saerom Choi X");
        InternetAddress a = Addresses.internet("Łukasz \"Łuk\" Ősz\r\nBcc: x@example.net", "lukasz@example.org");
        assertThat(a.toString()).isEqualTo("=?UTF-8?Q?=C5=81ukasz_=22=C5=81uk=22_=C5=90sz_Bcc=3A_x=40example=2Enet?="
                + " <lukasz@example.org>");
        assertThat(new InternetAddress(a.toString()).getPersonal()).isEqualTo("Łukasz \"Łuk\" Ősz Bcc: x@example.net");
        assertThat(Addresses.internet("Carol Leigh", "carol@example.org").toString())
                .isEqualTo("Carol Leigh <carol@example.org>");
        assertThat(Addresses.internet("Leigh, Carol", "carol@example.org").toString())
                .isEqualTo("\"Leigh, Carol\" <carol@example.org>");
    }
}
