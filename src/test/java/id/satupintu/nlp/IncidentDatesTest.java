package id.satupintu.nlp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class IncidentDatesTest {

    /** Wednesday 14 October 2026, 09:30 in Jakarta. */
    static final Instant MORNING = Instant.parse("2026-10-14T02:30:00Z");
    /** The same Wednesday at 20:15 in Jakarta, still the 14th there though 13:15 UTC. */
    static final Instant EVENING = Instant.parse("2026-10-14T13:15:00Z");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            jalan depan rumah ambles kemarin                     | 2026-10-13
            kmrn sore lampu jalan mati                           | 2026-10-13
            kemaren malem ada yg bakar sampah                    | 2026-10-13
            tadi pagi ambulans gak datang                        | 2026-10-14
            td siang listrik padam 3 jam                         | 2026-10-14
            barusan ada pungli di loket                          | 2026-10-14
            hari ini air pdam mati                               | 2026-10-14
            tadi malam ada balap liar                            | 2026-10-13
            semalam banjir se-lutut                              | 2026-10-13
            3 hari lalu anak saya ditolak puskesmas              | 2026-10-11
            sudah 3 hari sampah tidak diangkut                   | 2026-10-11
            udh 2 minggu lampu merah mati                        | 2026-09-30
            2 minggu yang lalu saya urus KTP                     | 2026-09-30
            sebulan yang lalu sy lapor ke polsek                 | 2026-09-14
            dua hari yg lalu pipa bocor                          | 2026-10-12
            sejak minggu lalu air keruh                          | 2026-10-07
            pekan lalu ada razia liar                            | 2026-10-07
            bulan lalu tagihan naik                              | 2026-09-14
            senin kemarin saya ke dukcapil                       | 2026-10-12
            hari jumat saya antre dari subuh                     | 2026-10-09
            rabu lalu gaji belum dibayar                         | 2026-10-07
            Jum'at kemarin sekolah minta sumbangan               | 2026-10-09
            tgl 12 saya bayar tapi token gak masuk               | 2026-10-12
            tanggal 20 sy mengajukan izin                        | 2026-09-20
            kejadian 12/10/2026 di depan pasar                   | 2026-10-12
            pada 5-9-26 saya ditilang                            | 2026-09-05
            tgl 3/10 jalan ditutup                               | 2026-10-03
            pada tanggal 2 Oktober 2026 ibu saya dirawat         | 2026-10-02
            sejak 28 sept air tidak mengalir                     | 2026-09-28
            dari 15 Agustus belum cair                           | 2026-08-15
            power outage since yesterday                         | 2026-10-13
            the garbage truck came 5 days ago                    | 2026-10-09
            kemarin lusa ada tabrakan                            | 2026-10-12
            """)
    void readsTheDayFromTheMorningMessage(String text, LocalDate expected) {
        assertThat(IncidentDates.find(text, MORNING)).contains(expected);
    }

    @Test
    void monthsWithoutAYearMeanTheLastSuchDayBeforeTheMessage() {
        assertThat(IncidentDates.find("dari 15 Agustus belum cair", MORNING)).contains(LocalDate.of(2026, 8, 15));
        assertThat(IncidentDates.find("tgl 20 Desember lalu", MORNING)).contains(LocalDate.of(2025, 12, 20));
    }

    @Test
    void lastNightDependsOnTheHourInJakarta() {
        assertThat(IncidentDates.find("tadi malam lampu mati", MORNING)).contains(LocalDate.of(2026, 10, 13));
        assertThat(IncidentDates.find("tadi malam lampu mati", EVENING)).contains(LocalDate.of(2026, 10, 14));
        assertThat(IncidentDates.find("hari ini", Instant.parse("2026-10-14T18:00:00Z"))).contains(LocalDate.of(2026, 10, 15));
    }

    @Test
    void theEarliestExpressionTellsWhenTheTroubleBegan() {
        assertThat(IncidentDates.find("sejak senin kemarin air mati, tadi pagi malah keruh", MORNING))
                .contains(LocalDate.of(2026, 10, 12));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            jalan rusak parah tolong diperbaiki
            rapat jam 10.30 di kantor desa
            rumah saya di RT 02/05 kebanjiran
            besok ada pemadaman bergilir
            layanan buka senin depan
            pembayaran 25/12/2030 nanti
            """)
    void findsNoDayWhereNoneIsSaidOrOnlyFutureOnes(String text) {
        assertThat(IncidentDates.find(text, MORNING)).isEmpty();
    }
}
