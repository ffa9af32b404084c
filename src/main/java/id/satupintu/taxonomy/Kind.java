package id.satupintu.taxonomy;

/** What a citizen's message is (taxonomy/kinds.csv). Only the first three are ever filed. */
public enum Kind {
    PENGADUAN,
    ASPIRASI,
    PERMINTAAN_INFORMASI,
    BUKAN_LAPORAN;

    public boolean isReport() {
        return this != BUKAN_LAPORAN;
    }
}
