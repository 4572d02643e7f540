/**
 * The sign-in throttle rule. Failures are counted per email (whether or not anybody has it, so
 * the answer reveals nothing) and per client address. A few mistakes are free; after that each
 * further failure doubles the wait, up to a cap.
 */
export const THROTTLE_WINDOW_MINUTES = 15;
export const FREE_FAILURES = { email: 5, address: 30 } as const;
const FIRST_DELAY_SECONDS = 30;
const MAX_DELAY_SECONDS = 15 * 60;

/** Seconds to wait after the latest of `failures` failures within the window (0 = go ahead). */
export function delayAfter(failures: number, free: number): number {
  if (failures < free) return 0;
  return Math.min(MAX_DELAY_SECONDS, FIRST_DELAY_SECONDS * 2 ** (failures - free));
}

export interface FailureCount {
  failures: number;
  latestAt: Date | null;
}

/** Seconds until another attempt is allowed for these counts (0 = now). */
export function retryAfterSeconds(counts: { email: FailureCount; address: FailureCount }, now: Date): number {
  const wait = (count: FailureCount, free: number) => {
    if (!count.latestAt) return 0;
    const until = count.latestAt.getTime() + delayAfter(count.failures, free) * 1000;
    return Math.max(0, Math.ceil((until - now.getTime()) / 1000));
  };
  return Math.max(wait(counts.email, FREE_FAILURES.email), wait(counts.address, FREE_FAILURES.address));
}
