package org.eqms.view;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One text bundle class for both apps: the bundle is named by the app, missing keys come back as themselves. */
class BundleI18nTest {
    private static final String BUNDLE = "i18n.eqms-view-test";

    @Test
    void textsComeFromTheNamedBundleAndArgumentsAreFormatted() {
        I18n i18n = BundleI18n.english(BUNDLE);
        assertThat(i18n.getText("eqms.test.plain")).isEqualTo("Plain text");
        assertThat(i18n.getText("eqms.test.args", "B", "SOP-0001", 12000))
                .isEqualTo("Revision B of SOP-0001, 12,000 pages");
        assertThat(i18n.getText("eqms.test.unicode")).isEqualTo("Grüße");
        assertThat(i18n.getText("eqms.test.plain", (Object[]) null)).isEqualTo("Plain text");
    }

    @Test
    void unknownKeysAndNullComeBackAsThemselves() {
        I18n i18n = BundleI18n.english(BUNDLE);
        assertThat(i18n.getText("eqms.no.such.key")).isEqualTo("eqms.no.such.key");
        assertThat(i18n.getText("eqms.no.such.key", "x")).isEqualTo("eqms.no.such.key");
        assertThat(i18n.getText(null)).isNull();
    }

    @Test
    void aLocaleFallsBackToTheBaseBundleNotToTheJvmDefault() {
        BundleI18n german = new BundleI18n(BUNDLE, Locale.GERMAN);
        assertThat(german.getText("eqms.test.plain")).isEqualTo("Klartext");
        assertThat(german.getText("eqms.test.unicode")).isEqualTo("Grüße");
        BundleI18n french = new BundleI18n(BUNDLE, Locale.FRENCH, BundleI18nTest.class.getClassLoader());
        assertThat(french.getText("eqms.test.plain")).isEqualTo("Plain text");
        assertThat(french.bundleName()).isEqualTo(BUNDLE);
        assertThat(french.locale()).isEqualTo(Locale.FRENCH);
    }

    @Test
    void aMissingBundleIsAnErrorAtConstructionNotBlankPages() {
        assertThatThrownBy(() -> BundleI18n.english("i18n.no-such-bundle"))
                .isInstanceOf(java.util.MissingResourceException.class);
    }
}
