import type {
  Channel,
  Hotline,
  HotlineSets,
  Location,
  Need,
  Organization,
  Phone,
  Region,
  Schedule,
  Service,
  ServiceAtLocation,
} from './types.js';

/**
 * What each data pack holds. `scripts/build-data.mjs` selects exactly these parts of
 * `kanner-data.json`; keep the two in step.
 */
export interface BannerData {
  version: string;
  hotlines: Hotline[];
  hotline_sets: HotlineSets;
  /** The phones the hotlines dial (without source URLs: the banner shows only `verified`). */
  phones: Omit<Phone, 'source'>[];
  /** The schedules of those phones (likewise). */
  schedules: Omit<Schedule, 'source'>[];
}

/** A service with its search words (every language), derived at build time. */
export interface SearchableService extends Service {
  /** Its names, its organisation's and its places', in all five languages, lowercase, ` | `-separated. */
  keywords: string;
}

/** A need with its search words (names and synonyms in all five languages). */
export interface SearchableNeed extends Omit<Need, 'synonyms'> {
  keywords: string;
}

/** Everything the service finder shows (sources included). */
export interface DirectoryData {
  version: string;
  /** The needs taxonomy, each with its search words. */
  needs: SearchableNeed[];
  regions: Region[];
  organizations: Organization[];
  services: SearchableService[];
  locations: Location[];
  service_at_location: ServiceAtLocation[];
  phones: Phone[];
  channels: Channel[];
  schedules: Schedule[];
  hotlines: Hotline[];
}
