package id.satupintu.agency;

/** Why a report went to the agency it went to; the code is stored with the report. */
public enum RoutingReason {
    /** The agency of the requested type serving the report's kabupaten/kota. */
    COMPETENT_AGENCY,
    /** The region is a whole province: the province's own agency of that type. */
    PROVINCIAL_AGENCY,
    /** A national body's unit for the region (e.g. a Polres or Polda). */
    REGIONAL_UNIT,
    /** A national body with no unit listed for the region: its national office. */
    NATIONAL_OFFICE,
    /** The region is listed but has no agency of the requested type: its administrator. */
    NO_AGENCY_OF_TYPE,
    /** The region has no agencies in the directory: the administrator of the nearest listed level. */
    REGION_NOT_IN_DIRECTORY,
    /** A regional agency type with no region: the national administrator. */
    REGION_MISSING,
    /** No agency type could be determined: the region's administrator. */
    AGENCY_TYPE_MISSING,
    /** The administrator itself was asked for (type ADMIN): the region's administrator. */
    ADMINISTRATOR_REQUESTED
}
