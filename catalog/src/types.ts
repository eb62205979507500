/**
 * The shape of the SIP catalog. Facts (code, phrase, RFC, section, related codes) are
 * locale-independent and live in `facts.ts`; prose lives per locale under `locales/`,
 * so a new language is a new folder of data, not a code change.
 */

export type CodeClass = '1xx' | '2xx' | '3xx' | '4xx' | '5xx' | '6xx';

/** Locale-independent facts about one response code. */
export interface CodeFacts {
  readonly code: number;
  /** The IANA registry's reason phrase (or the phrase seen in logs for unregistered codes). */
  readonly reasonPhrase: string;
  /** Older or common variant phrases that are not mismatches (e.g. RFC 4474 names). */
  readonly aliases: readonly string[];
  /** True for the 75 codes in the IANA "Response Codes" registry. */
  readonly registered: boolean;
  /** Defining document: an RFC number. */
  readonly rfc: number;
  /** Section of that RFC that defines the code, e.g. "21.4.24". */
  readonly section: string;
  /** Codes people confuse this one with; each has a distinction line in the prose. */
  readonly related: readonly number[];
  /** Q.850 causes that RFC 3398 §7.2.4.1 maps to this SIP code. */
  readonly fromQ850?: readonly number[];
  /** Causes §7.2.4.1 maps to this code only under a condition the cause value alone does not carry. */
  readonly fromQ850When?: readonly ConditionalCause[];
  /** The Q.850 cause RFC 3398 §8.2.6.1 (status to cause) maps this SIP code to, where it names one. */
  readonly toQ850?: number;
  /**
   * Where §8.2.6.1 lists the code without a cause: no cause at all (487), or one chosen by the
   * Warning header (488, 606). Codes it does not list take its default, cause 31.
   */
  readonly toQ850Rule?: SipToCauseRule;
  /** Marked deprecated in the registry (only 202). */
  readonly deprecated?: boolean;
  /** Part of STIR/SHAKEN caller-identity handling. */
  readonly stirShaken?: boolean;
}

/** Prose about one code, written by us from the RFCs, in one locale. */
export interface CodeProse {
  /** What the code means. */
  readonly description: string;
  /** Concrete situations, the element that sends it, and typical methods. */
  readonly whenItAppears: string;
  /** Ordered, concrete steps for the engineer reading the log. */
  readonly howToFix: readonly string[];
  /** One line, at most 100 characters, for inline hints. */
  readonly shortFix: string;
  /** What a client should do next. */
  readonly retry: string;
  /** One-line distinction from each related code, keyed by code. */
  readonly related: Readonly<Record<number, string>>;
  /** Who sends it: "UAS", "proxy", "registrar", ... (short list for comparisons). */
  readonly sentBy: readonly string[];
  /** Methods it typically answers. Empty means any method. */
  readonly typicalMethods: readonly string[];
  /** Deprecation note, where the registry or an RFC deprecates it. */
  readonly deprecation?: string;
  /** Role in STIR/SHAKEN, where it has one. */
  readonly stirShaken?: string;
  /** Where an unregistered code comes from (RFC 2543, Kamailio, pjsip, ...). */
  readonly origin?: string;
}

export interface RelatedCode {
  readonly code: number;
  readonly reasonPhrase: string;
  readonly note: string;
}

/** A fully resolved catalog entry, as hover, CLI and compare view use it. */
export interface CatalogEntry {
  readonly code: number;
  readonly reasonPhrase: string;
  readonly aliases: readonly string[];
  readonly class: CodeClass;
  readonly className: string;
  readonly registered: boolean;
  /** False when no entry exists and this is a class-level answer for an unknown number. */
  readonly known: boolean;
  readonly rfc: number;
  readonly section: string;
  readonly rfcUrl: string;
  readonly description: string;
  readonly whenItAppears: string;
  readonly howToFix: readonly string[];
  readonly shortFix: string;
  readonly retry: string;
  readonly related: readonly RelatedCode[];
  readonly sentBy: readonly string[];
  readonly typicalMethods: readonly string[];
  readonly q850?: {
    readonly fromCauses: readonly number[];
    readonly fromCausesWhen?: readonly ConditionalCause[];
    readonly toCause?: number;
    readonly toCauseRule?: SipToCauseRule;
  };
  readonly deprecation?: string;
  readonly stirShaken?: string;
  readonly origin?: string;
}

/**
 * What else RFC 3398 §7.2.4.1 looks at besides the cause value: cause 22 maps to 301 instead of 410
 * when its diagnostic field carries the new number, and cause 21 may map to 603 instead of 403 when
 * the cause location is the user.
 */
export type Q850Condition = 'new-number-in-diagnostic' | 'location-user';

/** A Q.850 cause that maps to a SIP code only under `when`. */
export interface ConditionalCause {
  readonly cause: number;
  readonly when: Q850Condition;
}

/** How RFC 3398 §8.2.6.1 treats a SIP code it lists without a cause value. */
export type SipToCauseRule = 'no-cause' | 'by-warning';

/** One ITU-T Q.850 cause as carried in `Reason: Q.850;cause=N`. */
export interface Q850Cause {
  readonly cause: number;
  readonly name: string;
  readonly meaning: string;
  /** SIP code RFC 3398 section 7.2.4.1 (cause to status) maps it to; undefined where it gives none. */
  readonly sipCode?: number;
  /**
   * True where RFC 3398 says no SIP status code applies at all (normal clearing becomes a BYE or
   * CANCEL; an unavailable circuit is retried on another one). Other causes without `sipCode` are
   * simply not in the table, which sends them to its default, 500.
   */
  readonly noSipStatus?: true;
}

/** A curated note on a pair of codes people confuse. */
export interface PairNote {
  readonly a: number;
  readonly b: number;
  readonly note: string;
}

/** Everything a locale supplies. Missing entries fall back to English. */
export interface LocaleContent {
  readonly codes: Readonly<Record<number, CodeProse>>;
  readonly pairs: readonly PairNote[];
  readonly q850: readonly Q850Cause[];
  readonly classNames: Readonly<Record<string, string>>;
}
