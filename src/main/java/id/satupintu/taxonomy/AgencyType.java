package id.satupintu.taxonomy;

/** The kinds of government body a report can be routed to (taxonomy/agency-types.csv). */
public enum AgencyType {
    DINAS_PUPR(false),
    DINKES(false),
    DISDIK(false),
    DISDUKCAPIL(false),
    DLH(false),
    SATPOL_PP(false),
    DINSOS(false),
    DISHUB(false),
    DISNAKER(false),
    DPMPTSP(false),
    DPMD(false),
    INSPEKTORAT(false),
    DISTAN(false),
    PDAM(false),
    PLN(true),
    BPJS_KESEHATAN(true),
    BPJS_KETENAGAKERJAAN(true),
    POLRI(true),
    ADMIN(false);

    private final boolean national;

    AgencyType(boolean national) {
        this.national = national;
    }

    /** Whether the body is a national one (with regional units) rather than a regional government's. */
    public boolean isNational() {
        return national;
    }
}
