package id.satupintu.conversation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataTest {

    @Test
    void findsANikAPhoneNumberAndAnotherPersonsName() {
        assertThat(PersonalData.find("NIK saya 3201234567890001")).containsExactly(PersonalData.Kind.NIK);
        assertThat(PersonalData.find("hubungi 0812-3456-7890 ya")).containsExactly(PersonalData.Kind.PHONE);
        assertThat(PersonalData.find("WA +6281234567890")).containsExactly(PersonalData.Kind.PHONE);
        assertThat(PersonalData.find("dipungut oleh Pak Budi Santoso")).containsExactly(PersonalData.Kind.NAME);
        assertThat(PersonalData.find("anak yang bernama Siti dipukul")).containsExactly(PersonalData.Kind.NAME);
    }

    @Test
    void rolesNumbersAndOrdinaryTextAreNoPersonalData() {
        assertThat(PersonalData.find("Pak Kades minta uang 500 ribu")).isEmpty();
        assertThat(PersonalData.find("jalan rusak sejak 2025, sudah 3 bulan")).isEmpty();
        assertThat(PersonalData.find("Bu Lurah tidak pernah di kantor")).isEmpty();
        assertThat(PersonalData.find("")).isEmpty();
    }

    @Test
    void masksKeepingOnlyWhatIdentifiesNobody() {
        assertThat(PersonalData.mask("NIK 3201234567890001, HP 081234567890, oleh Pak Budi Santoso."))
                .isEqualTo("NIK 32************01, HP 08********90, oleh Pak B. S..");
        assertThat(PersonalData.mask("Pak Kades minta uang")).isEqualTo("Pak Kades minta uang");
    }
}
