/**
 * What differs between organizations, services and channels for the generic lifecycle actions:
 * the owner organization of a content, and the rules from domain/ that validate it.
 */
import type { Violation } from '../../domain/errors.ts';
import type { LanguageCode } from '../../shared/language.ts';
import type { CodeLookup } from '../../domain/codelist/lookup.ts';

export type EntityKind = 'organization' | 'service' | 'channel';

export interface EntityRules {
  kind: EntityKind;
  /** The organization that owns the content (a service's main responsible org, a channel's org, an organization's parent). */
  owner(content: Record<string, unknown>): string | null;
  channelType?(content: Record<string, unknown>): string;
  sharedForAll?(content: Record<string, unknown>): boolean;
  languages(content: Record<string, unknown>): LanguageCode[];
  /** Rules that hold for every saved version, drafts included. */
  validate(content: Record<string, unknown>, lookup: CodeLookup): Violation[];
  /** What publishing one language version requires. */
  publishViolations(content: Record<string, unknown>, lang: LanguageCode, lookup: CodeLookup): Violation[];
}
