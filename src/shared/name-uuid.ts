/**
 * A UUID (version 5 layout, RFC 9562) derived from a name: the same name gives the same id. Used
 * where a retried step must create the same row again rather than a second one.
 */
import { createHash } from 'node:crypto';

/** Kuvaa's namespace for name-based ids (a random UUID fixed once). */
const NAMESPACE = Buffer.from('6f0b8a3e2c9d4f1ab7e45d2c8a1f9e30', 'hex');

export function nameUuid(name: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
