/**
 * What stands in the way of publishing each language version, without publishing: the publish
 * dialog lists it with links to the fields. The same rules as publishEntity, so the dialog and
 * the publish never disagree.
 */
import type { Violation } from '../../domain/errors.ts';
import type { LanguageCode } from '../../shared/language.ts';
import type { EntityRow } from '../../db/repositories/entities.repository.ts';
import type { Context } from '../context.ts';
import { codeLookup } from './code-lookup.ts';
import type { EntityRules } from './entity-kinds.ts';

export interface LanguageCheck {
  language: LanguageCode;
  status: string;
  /** Every reason this language cannot be published; empty when it can. */
  violations: Violation[];
}

export async function publishCheck(ctx: Context, rules: EntityRules, row: EntityRow): Promise<LanguageCheck[]> {
  const lookup = await codeLookup(ctx);
  const common = rules.validate(row.workingContent, lookup);
  return rules.languages(row.workingContent).map((language) => ({
    language,
    status: row.languageStatus[language] ?? 'draft',
    violations: [...common, ...rules.publishViolations(row.workingContent, language, lookup)],
  }));
}
