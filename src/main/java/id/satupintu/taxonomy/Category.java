package id.satupintu.taxonomy;

/** The subject of a report (taxonomy/categories.csv), with the agency type that usually handles it. */
public enum Category {
    INFRASTRUKTUR(AgencyType.DINAS_PUPR),
    KESEHATAN(AgencyType.DINKES),
    PENDIDIKAN(AgencyType.DISDIK),
    ADMINDUK(AgencyType.DISDUKCAPIL),
    LINGKUNGAN(AgencyType.DLH),
    KETERTIBAN(AgencyType.SATPOL_PP),
    SOSIAL(AgencyType.DINSOS),
    PERHUBUNGAN(AgencyType.DISHUB),
    KETENAGAKERJAAN(AgencyType.DISNAKER),
    PERIZINAN(AgencyType.DPMPTSP),
    UTILITAS(AgencyType.PDAM),
    DESA(AgencyType.DPMD),
    APARATUR(AgencyType.INSPEKTORAT),
    PERTANIAN(AgencyType.DISTAN),
    KEPOLISIAN(AgencyType.POLRI),
    LAINNYA(AgencyType.ADMIN);

    private final AgencyType defaultAgencyType;

    Category(AgencyType defaultAgencyType) {
        this.defaultAgencyType = defaultAgencyType;
    }

    public AgencyType defaultAgencyType() {
        return defaultAgencyType;
    }
}
