package nl.thuisnabij.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheettekstTest {

    @Test
    void tekstDieEenSpreadsheetAlsFormuleZouLezenKrijgtEenApostrofVooraan() {
        assertThat(Spreadsheettekst.veilig("=HYPERLINK(\"http://evil.example\",\"klik\")")).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"klik\")");
        assertThat(Spreadsheettekst.veilig("+31 20 123")).isEqualTo("'+31 20 123");
        assertThat(Spreadsheettekst.veilig("-2+3")).isEqualTo("'-2+3");
        assertThat(Spreadsheettekst.veilig("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Spreadsheettekst.veilig("\t=1")).isEqualTo("'\t=1");
    }

    @Test
    void gewoneTekstBlijftZoals() {
        assertThat(Spreadsheettekst.veilig("Lezen en dyslexie")).isEqualTo("Lezen en dyslexie");
        assertThat(Spreadsheettekst.veilig("a=b")).isEqualTo("a=b");
        assertThat(Spreadsheettekst.veilig("")).isEmpty();
    }
}
