/**
 * What a new version of a classification changed compared with the previous one, from the
 * snapshots recorded with each load: renamed, moved (another parent) and removed items. Services
 * that use a changed item get a "classification changed" review task.
 */

/** The code lists whose changes ask editors to review their services. */
export const REVIEWED_CODE_LISTS = ['service-classes', 'ontology-terms'] as const;

export type CodeChangeKind = 'renamed' | 'moved' | 'removed';

export interface CodeChange {
  code: string;
  change: CodeChangeKind;
  before: unknown;
  after: unknown;
}

/** JSON with sorted keys: a snapshot read back from JSONB has its keys in another order. */
const canonical = (value: unknown) =>
  JSON.stringify(value ?? null, (_key, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v));
const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

/**
 * Items of `before` that `after` renamed, moved or dropped. Service classes are snapshotted as
 * `{name, description, parent}`, ontology terms as their labels; a new description alone is no change.
 */
export function diffSnapshots(before: Record<string, unknown>, after: Record<string, unknown>): CodeChange[] {
  const changes: CodeChange[] = [];
  for (const [code, old] of Object.entries(before)) {
    if (!(code in after)) {
      changes.push({ code, change: 'removed', before: old, after: null });
      continue;
    }
    const now = after[code];
    const structured = (value: unknown): value is { name?: unknown; parent?: unknown } => typeof value === 'object' && value !== null && 'name' in value;
    if (structured(old) && structured(now)) {
      if (!same(old.parent, now.parent)) changes.push({ code, change: 'moved', before: old, after: now });
      else if (!same(old.name, now.name)) changes.push({ code, change: 'renamed', before: old, after: now });
    } else if (!same(old, now)) {
      changes.push({ code, change: 'renamed', before: old, after: now });
    }
  }
  return changes;
}
