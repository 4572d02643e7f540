/** Version tags (ETags) of catalogue entities and the optimistic-concurrency check. */
import { DomainError } from '../../domain/errors.ts';

export class PreconditionFailedError extends DomainError {
  constructor(
    readonly currentTag: string,
    message: string,
  ) {
    super(message);
    this.name = 'PreconditionFailedError';
  }
}

export class PreconditionRequiredError extends DomainError {
  constructor() {
    super('This write needs the version tag you read: send it in the If-Match header (the ETag of your last GET).');
    this.name = 'PreconditionRequiredError';
  }
}

export function versionTag(id: string, revision: number): string {
  return `"${id.slice(0, 8)}-${revision}"`;
}

/** Throws unless `ifMatch` names the entity's current version (or is `*`). */
export function checkVersionTag(id: string, revision: number, ifMatch: string | undefined): void {
  if (ifMatch === undefined) throw new PreconditionRequiredError();
  const current = versionTag(id, revision);
  const given = ifMatch.split(',').map((tag) => tag.trim().replace(/^W\//, ''));
  if (given.includes('*') || given.includes(current)) return;
  throw new PreconditionFailedError(
    current,
    `Someone changed this content after you read it (your version ${given.join(', ')}, now ${current}). ` +
      'Nothing was saved. Read it again, re-apply your change and send the new version tag.',
  );
}
