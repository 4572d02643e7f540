/** The Finnish business ID (Y-tunnus): seven digits, a hyphen and a mod-11 check digit. */
import { violation, type Violation } from './violation.ts';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2];

/**
 * True when `id` is `NNNNNNN-C` and C is the check digit: the weighted sum of the digits
 * (weights 7, 9, 10, 5, 8, 4, 2) modulo 11 gives 0 → C = 0, 1 → no valid ID, r → C = 11 − r.
 */
export function isValidBusinessId(id: string): boolean {
  const match = /^(\d{7})-(\d)$/.exec(id);
  if (!match) return false;
  const sum = [...match[1]!].reduce((total, digit, i) => total + Number(digit) * WEIGHTS[i]!, 0);
  const remainder = sum % 11;
  if (remainder === 1) return false;
  return Number(match[2]) === (remainder === 0 ? 0 : 11 - remainder);
}

/** `invalidBusinessId` when a business ID has the wrong form or a wrong check digit. */
export function businessIdViolations(path: string, id: string | undefined): Violation[] {
  if (id === undefined || isValidBusinessId(id)) return [];
  const message = /^\d{7}-\d$/.test(id)
    ? `Business ID "${id}" has a wrong check digit; check it against the Trade Register (YTJ).`
    : `Business ID "${id}" must be seven digits, a hyphen and a check digit, e.g. 0737546-2.`;
  return [violation(path, 'invalidBusinessId', message)];
}
