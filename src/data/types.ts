/**
 * Types of the kanner-widgets dataset (`src/data/kanner-data.json`).
 *
 * The shape follows the Open Referral Human Services Data Specification (HSDS 3):
 * organizations, services, locations, service_at_location, phones, schedules —
 * with the extensions this domain needs (per-locale text, 24/7 flag, channels other
 * than phone with their own hours, audiences and age bands, per-service safety facts,
 * the needs taxonomy, cantons, the banner's curated hotlines).
 *
 * The JSON Schema `kanner-data.schema.json` beside this file describes the same shape
 * for other publishers; `test/node/data.test.mjs` checks that both agree with the data.
 */

export const LOCALES = ['en', 'fr', 'de', 'lb', 'pt'] as const;
export type Locale = (typeof LOCALES)[number];

/** A human-readable string in every supported locale. */
export type LocalizedText = Record<Locale, string>;

export const AUDIENCES = ['child', 'teen', 'young-adult', 'parent', 'professional'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const NEEDS = [
  'immediate-danger',
  'someone-to-talk-to',
  'violence-abuse',
  'neglect',
  'family-conflict',
  'safe-place',
  'missing-child',
  'online-abuse',
  'rights-complaint',
  'parenting-support',
  'care-placement',
  'health',
  'legal-advice',
  'young-adult-independence',
  // Added in December 2026 (SPEC §2.2): ids are only ever added, never renamed.
  'substance-use',
  'sexual-health',
  'lgbtiq',
  'crime-victim',
  'school-wellbeing',
] as const;
export type NeedId = (typeof NEEDS)[number];

export const CANTONS = [
  'capellen',
  'clervaux',
  'diekirch',
  'echternach',
  'esch-sur-alzette',
  'grevenmacher',
  'luxembourg',
  'mersch',
  'redange',
  'remich',
  'vianden',
  'wiltz',
] as const;
export type CantonId = (typeof CANTONS)[number];

/** How sure the fact sheet is (FACTS.md): only HIGH and uncontested MED facts ship. */
export type Confidence = 'high' | 'med';

/** Every contact fact carries where it comes from and when it was checked. */
export interface Sourced {
  /** URL of the page the fact was taken from. */
  source: string;
  /** ISO date (YYYY-MM-DD) the fact was checked against that source. */
  verified: string;
  confidence: Confidence;
}

export interface Need {
  id: NeedId;
  name: LocalizedText;
  /** Search words in each language that mean this need (used by the service finder). */
  synonyms: Record<Locale, string[]>;
}

export interface Region {
  id: CantonId;
  name: LocalizedText;
}

export interface Organization {
  id: string;
  name: LocalizedText;
  /** Acronym or short name used in every language, e.g. "ONE", "OKaJu". */
  short_name?: string;
  description: LocalizedText;
  website?: SourcedUrl;
}

export interface SourcedUrl extends Sourced {
  url: string;
}

export type SafetyFact = 'anonymous' | 'free' | 'confidential' | 'not-on-phone-bill' | 'no-account';

export interface Service {
  id: string;
  organization_id: string;
  name: LocalizedText;
  /** One line: what it does. */
  summary: LocalizedText;
  needs: NeedId[];
  audiences: Audience[];
  /** Age band served, where sourced. */
  ages?: { min: number; max?: number } & Sourced;
  /** `national` or the cantons served. */
  regions: 'national' | CantonId[];
  /** Languages spoken (BCP 47 codes), where sourced. */
  languages?: { codes: string[] } & Sourced;
  safety?: ({ fact: SafetyFact } & Sourced)[];
  /** True for an emergency service (112/113): pinned first where danger is immediate. */
  emergency?: boolean;
  /** True for a body that informs but does not help individual children. */
  information_only?: boolean;
}

/**
 * A dialable number. `number` is E.164 (`+352…`) or a national short code
 * (112, 113, 116xxx) that is dialled as written.
 */
export interface Phone extends Sourced {
  id: string;
  service_id: string;
  number: string;
  /** The number as a reader writes it, e.g. "8002 9393". */
  display: string;
  schedule_id?: string;
  label?: LocalizedText;
}

export type ChannelType = 'email' | 'website' | 'chat' | 'form';

/** A non-phone way to reach a service (HSDS extension), with its own hours. */
export interface Channel extends Sourced {
  id: string;
  service_id: string;
  type: ChannelType;
  /** `https:` URL, or `mailto:` for e-mail. */
  url: string;
  schedule_id?: string;
  label?: LocalizedText;
}

export interface Address {
  street: string;
  postal_code?: string;
  locality: string;
  country: 'LU';
}

export interface Location extends Sourced {
  id: string;
  organization_id: string;
  name: LocalizedText;
  address: Address;
  canton: CantonId;
  /** Visits by appointment only (no walk-in promised). */
  by_appointment?: boolean;
}

export interface ServiceAtLocation {
  id: string;
  service_id: string;
  location_id: string;
}

/** Opening rule: ISO weekdays 1 (Monday) … 7 (Sunday), local Europe/Luxembourg times. */
export interface ScheduleRule {
  days: number[];
  opens: string;
  closes: string;
}

export interface Schedule extends Sourced {
  id: string;
  /** Answers around the clock, every day of the year. */
  always_open?: boolean;
  rules?: ScheduleRule[];
  /**
   * What happens on Luxembourg public holidays. Anything but `open` means the widgets
   * make no "open now" claim on a public holiday.
   */
  public_holidays?: 'open' | 'closed' | 'unknown';
  /** Extra, sourced words about the hours (e.g. "in English on Mondays 18:00–20:00"). */
  note?: LocalizedText;
}

/** A contact shown by `<kanner-hotline-banner>`; its id is the public `contacts` attribute value. */
export interface Hotline {
  id: string;
  phone_id: string;
  /** Short name of the line, e.g. "Emergency", "Police", "Kanner-Jugendtelefon". */
  title: LocalizedText;
  /** Who it is for and when to call, for any reader. */
  for: LocalizedText;
  /** The same, worded for one audience where it differs. */
  for_audience?: Partial<Record<Audience, LocalizedText>>;
  emergency?: boolean;
}

export interface HotlineSets {
  /** Hotline ids shown when no audience is set, in order. */
  default: string[];
  /** Hotline ids shown for each audience, in order. */
  audiences: Record<Audience, string[]>;
  /** The two shown in the compact variant before "more". */
  compact: string[];
}

export const READING_LEVELS = ['young', 'teen', 'adult'] as const;
/** young: 6–11, plain words; teen: 12–17; adult: parents and teachers. */
export type ReadingLevel = (typeof READING_LEVELS)[number];
/** A text written for each reading level, each in every locale. */
export type LevelledText = Record<ReadingLevel, LocalizedText>;

export const RIGHTS_GROUPS = ['provision', 'protection', 'participation'] as const;
export type RightsGroupId = (typeof RIGHTS_GROUPS)[number];

export interface RightsGroup {
  id: RightsGroupId;
  name: LocalizedText;
  /** What the group is about, per reading level. */
  intro: LevelledText;
}

/** One of the Convention's four general principles. */
export interface RightsPrinciple {
  id: string;
  /** The article that states it. */
  article: number;
  title: LevelledText;
  text: LevelledText;
}

/**
 * One entry of the explainer: one article of the UN Convention on the Rights of the
 * Child, or several (articles 43–54, on how governments implement it, are one entry).
 * Titles and explanations are this project's own words, faithful to the Convention.
 */
export interface RightsArticle {
  id: string;
  /** The article number(s), e.g. [12] or [43, 44, …, 54]. */
  numbers: number[];
  group: RightsGroupId;
  title: LevelledText;
  text: LevelledText;
  /** Services in the dataset that help uphold this right ("who can help"). */
  services: string[];
}

/** How to complain when rights are not respected (the Ombudsman for Children and Youth). */
export interface RightsComplaint extends Sourced {
  /** The OKaJu service in `services`. */
  service_id: string;
  /** Who may complain, per reading level. */
  who: LevelledText;
  /** How, and what happens next, per reading level. */
  how: LevelledText;
}

export interface Rights extends Sourced {
  groups: RightsGroup[];
  principles: RightsPrinciple[];
  articles: RightsArticle[];
  complaint: RightsComplaint;
}

/** A theme parents often talk about, shown as an example by the Parents' Forum teaser. */
export interface ForumTopic {
  id: string;
  name: LocalizedText;
}

/** The Parents' Forum teaser's content: its pitch (sourced) and illustrative themes. */
export interface ParentsForum extends Sourced {
  /** The Eltereforum service in `services`. */
  service_id: string;
  /** Two sentences: peer exchange and mutual support, as the forum's own pages describe it. */
  pitch: LocalizedText;
  /** Example themes (illustrations, not the forum's programme). */
  topics: ForumTopic[];
}

export interface Dataset {
  $schema?: string;
  meta: {
    version: string;
    locales: Locale[];
    /** Where the facts come from and how `verified` is to be read. */
    provenance: string;
  };
  needs: Need[];
  regions: Region[];
  organizations: Organization[];
  services: Service[];
  locations: Location[];
  service_at_location: ServiceAtLocation[];
  phones: Phone[];
  channels: Channel[];
  schedules: Schedule[];
  hotlines: Hotline[];
  hotline_sets: HotlineSets;
  /** The children's-rights explainer: the UN Convention's articles, grouped, at three reading levels. */
  rights: Rights;
  /** The Parents' Forum teaser. */
  parents_forum: ParentsForum;
}
