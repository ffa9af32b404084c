-- The agency directory: who can act on a report, at which level, for which region. Codes are the
-- agency type, followed for regional bodies and regional units by the region's Kemendagri code
-- (DINAS_PUPR-16.11, POLRI-16); a national office is its type alone (PLN, ADMIN).
CREATE TABLE agency (
    code        TEXT PRIMARY KEY,
    agency_type TEXT NOT NULL,
    level       TEXT NOT NULL CHECK (level IN ('NASIONAL', 'PROVINSI', 'KABUPATEN_KOTA')),
    region_code TEXT CHECK (region_code ~ '^[0-9]{2}(\.[0-9]{2})?$'),
    name        TEXT NOT NULL,
    CHECK ((level = 'NASIONAL') = (region_code IS NULL)),
    CHECK ((level = 'PROVINSI') = (region_code ~ '^[0-9]{2}$'))
);

-- One agency of a type per region (and one national office per type).
CREATE UNIQUE INDEX agency_type_region_idx ON agency (agency_type, coalesce(region_code, ''));

CREATE TABLE agency_social_handle (
    agency_code TEXT NOT NULL REFERENCES agency (code),
    platform    TEXT NOT NULL,
    handle      TEXT NOT NULL,
    PRIMARY KEY (platform, handle)
);

-- Demo directory. The bodies of a regional government, by agency type; the administrator is the
-- regional pengelola SP4N-LAPOR!. Drinking-water companies (PDAM) exist at kabupaten/kota level only.
CREATE TEMPORARY TABLE regional_body (type TEXT, name TEXT, provincial BOOLEAN) ON COMMIT DROP;
INSERT INTO regional_body VALUES
    ('DINAS_PUPR', 'Dinas Pekerjaan Umum dan Penataan Ruang', TRUE),
    ('DINKES', 'Dinas Kesehatan', TRUE),
    ('DISDIK', 'Dinas Pendidikan', TRUE),
    ('DISDUKCAPIL', 'Dinas Kependudukan dan Pencatatan Sipil', TRUE),
    ('DLH', 'Dinas Lingkungan Hidup', TRUE),
    ('SATPOL_PP', 'Satuan Polisi Pamong Praja', TRUE),
    ('DINSOS', 'Dinas Sosial', TRUE),
    ('DISHUB', 'Dinas Perhubungan', TRUE),
    ('DISNAKER', 'Dinas Tenaga Kerja', TRUE),
    ('DPMPTSP', 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', TRUE),
    ('DPMD', 'Dinas Pemberdayaan Masyarakat dan Desa', TRUE),
    ('INSPEKTORAT', 'Inspektorat Daerah', TRUE),
    ('DISTAN', 'Dinas Pertanian', TRUE),
    ('PDAM', 'Perusahaan Daerah Air Minum', FALSE),
    ('ADMIN', 'Admin SP4N-LAPOR!', TRUE);

-- Every body for each of seven kabupaten/kota ...
INSERT INTO agency (code, agency_type, level, region_code, name)
SELECT b.type || '-' || r.code, b.type, 'KABUPATEN_KOTA', r.code, b.name || ' ' || r.name
FROM regional_body b
CROSS JOIN (VALUES ('16.11', 'Kabupaten Empat Lawang'),
                   ('13.03', 'Kabupaten Sijunjung'),
                   ('11.13', 'Kabupaten Gayo Lues'),
                   ('64.08', 'Kabupaten Kutai Timur'),
                   ('12.07', 'Kabupaten Deli Serdang'),
                   ('13.71', 'Kota Padang'),
                   ('16.71', 'Kota Palembang')) AS r (code, name);

-- ... and the provincial bodies of Sumatera Barat and Sumatera Selatan.
INSERT INTO agency (code, agency_type, level, region_code, name)
SELECT b.type || '-' || p.code, b.type, 'PROVINSI', p.code, b.name || ' Provinsi ' || p.name
FROM regional_body b
CROSS JOIN (VALUES ('13', 'Sumatera Barat'),
                   ('16', 'Sumatera Selatan')) AS p (code, name)
WHERE b.provincial;

-- National bodies and the national administrator.
INSERT INTO agency (code, agency_type, level, region_code, name) VALUES
    ('PLN', 'PLN', 'NASIONAL', NULL, 'PT PLN (Persero)'),
    ('BPJS_KESEHATAN', 'BPJS_KESEHATAN', 'NASIONAL', NULL, 'BPJS Kesehatan'),
    ('BPJS_KETENAGAKERJAAN', 'BPJS_KETENAGAKERJAAN', 'NASIONAL', NULL, 'BPJS Ketenagakerjaan'),
    ('POLRI', 'POLRI', 'NASIONAL', NULL, 'Kepolisian Negara Republik Indonesia'),
    ('ADMIN', 'ADMIN', 'NASIONAL', NULL, 'Admin Nasional SP4N-LAPOR!');

-- The police are the one national body whose regional units (Polda per province, Polres per
-- kabupaten/kota) are listed; the others are reached through their national office.
INSERT INTO agency (code, agency_type, level, region_code, name) VALUES
    ('POLRI-13', 'POLRI', 'PROVINSI', '13', 'Polda Sumatera Barat'),
    ('POLRI-16', 'POLRI', 'PROVINSI', '16', 'Polda Sumatera Selatan'),
    ('POLRI-16.11', 'POLRI', 'KABUPATEN_KOTA', '16.11', 'Polres Empat Lawang'),
    ('POLRI-13.03', 'POLRI', 'KABUPATEN_KOTA', '13.03', 'Polres Sijunjung'),
    ('POLRI-11.13', 'POLRI', 'KABUPATEN_KOTA', '11.13', 'Polres Gayo Lues'),
    ('POLRI-64.08', 'POLRI', 'KABUPATEN_KOTA', '64.08', 'Polres Kutai Timur'),
    ('POLRI-12.07', 'POLRI', 'KABUPATEN_KOTA', '12.07', 'Polresta Deli Serdang'),
    ('POLRI-13.71', 'POLRI', 'KABUPATEN_KOTA', '13.71', 'Polresta Padang'),
    ('POLRI-16.71', 'POLRI', 'KABUPATEN_KOTA', '16.71', 'Polrestabes Palembang');

-- Public accounts of the national bodies on X, where citizens tag them.
INSERT INTO agency_social_handle (agency_code, platform, handle) VALUES
    ('PLN', 'twitter', 'pln_123'),
    ('BPJS_KESEHATAN', 'twitter', 'BPJSKesehatanRI'),
    ('BPJS_KETENAGAKERJAAN', 'twitter', 'BPJSTKinfo'),
    ('POLRI', 'twitter', 'DivHumas_Polri'),
    ('ADMIN', 'twitter', 'lapor1708');
