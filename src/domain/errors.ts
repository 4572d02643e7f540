/**
 * Errors that carry a meaning the API maps to an HTTP status. Domain rules never throw for
 * invalid input: they return every violation; actions throw these when an operation cannot go on.
 */
export interface Violation {
  /** Dotted path to the field, e.g. `name.fi`, `addresses[0].postalCode`, or a query parameter. */
  path: string;
  /** A stable machine-readable code, e.g. `maxLength`, `required`, `unknownCode`. */
  code: string;
  /** A human-readable explanation in English. */
  message: string;
  /** Where the field is: body, query, path or header (set by the API layer). */
  location?: 'body' | 'query' | 'path' | 'header';
}

export class DomainError extends Error {}

export class NotFoundError extends DomainError {
  constructor(
    readonly entity: string,
    readonly id: string,
    message?: string,
  ) {
    super(message ?? `${entity} ${id} was not found`);
    this.name = 'NotFoundError';
  }
}

export class ValidationError extends DomainError {
  constructor(readonly violations: Violation[]) {
    super(violations.length === 1 ? violations[0]!.message : `${violations.length} problems in the request`);
    this.name = 'ValidationError';
  }
}

/** The request conflicts with the current state (e.g. the person already has a role there). */
export class ConflictError extends DomainError {
  /** `code` names the rule, e.g. `lastMainUser`, so user interfaces can explain it in their language. */
  constructor(
    message: string,
    readonly code = 'conflict',
  ) {
    super(message);
    this.name = 'ConflictError';
  }
}
