/** JSON Merge Patch (RFC 7396): objects merge recursively, null removes, anything else replaces. */
export function applyMergePatch(target: unknown, patch: unknown): Record<string, unknown> {
  return merge(target, patch) as Record<string, unknown>;
}

function merge(target: unknown, patch: unknown): unknown {
  if (!patch || typeof patch !== 'object' || Array.isArray(patch)) return patch;
  const out: Record<string, unknown> = target && typeof target === 'object' && !Array.isArray(target) ? { ...(target as Record<string, unknown>) } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = merge(out[key], value);
  }
  return out;
}
