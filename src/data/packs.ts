import type {
  Channel,
  ForumTopic,
  Hotline,
  HotlineSets,
  LocalizedText,
  Location,
  Need,
  Organization,
  Phone,
  Region,
  RightsArticle,
  RightsComplaint,
  RightsGroup,
  RightsPrinciple,
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

/** A hotline with the phone it dials and that phone's hours (no source URLs). */
export interface PackedHotline {
  id: string;
  title: LocalizedText;
  phone: Omit<Phone, 'source'>;
  schedule?: Omit<Schedule, 'source'>;
}

/** The Parents' Forum teaser's pack. */
export interface ForumData {
  version: string;
  pitch: LocalizedText;
  topics: ForumTopic[];
  /** Where the pitch comes from. */
  source: string;
  verified: string;
  service: Pick<Service, 'id' | 'name'>;
  /** Who runs the forum (the Ministry, not ONE). */
  operator: Pick<Organization, 'id' | 'name'>;
  website: Channel;
  /** The forum's sourced places. */
  places: Location[];
  parents_line: PackedHotline;
  /** ONE's helpline: "support near you" when no finder is on the page. */
  helpline: PackedHotline;
}

/** The rights explainer's pack: the Convention's entries and the services that help (no source URLs). */
export interface RightsData {
  version: string;
  /** Where the Convention's text is published. */
  source: string;
  verified: string;
  groups: RightsGroup[];
  principles: RightsPrinciple[];
  articles: RightsArticle[];
  complaint: Omit<RightsComplaint, 'source'>;
  services: Pick<Service, 'id' | 'organization_id' | 'name' | 'summary' | 'emergency'>[];
  phones: Omit<Phone, 'source'>[];
  channels: Omit<Channel, 'source'>[];
  locations: Omit<Location, 'source'>[];
  service_at_location: ServiceAtLocation[];
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
