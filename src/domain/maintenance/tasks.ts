/**
 * The tasks that keep content alive ("tasks and current changes"), their thresholds and the
 * calendar rules of the periodic maintenance jobs. Pure: the SQL that finds tasks lives in db/.
 */
import { helsinkiLocalTime } from '../service-hours/helsinki-time.ts';

/** Task types, most urgent first (the digest and the front page list them in this order). */
export const TASK_TYPES = [
  'scheduledPublishFailed',
  'brokenLinks',
  'sharedChannelChanged',
  'classificationChanged',
  'notUpdated',
  'missingTranslations',
  'withoutChannels',
  'withoutServices',
] as const;
export type TaskType = (typeof TASK_TYPES)[number];

export function isTaskType(value: string): value is TaskType {
  return (TASK_TYPES as readonly string[]).includes(value);
}

export interface MaintenanceSettings {
  /** Content not updated (nor confirmed still valid) for this many months gets a warning task. */
  staleWarningMonths: number;
  /** Published phone channels and service locations not updated for this many months are archived; 0 = never. */
  autoArchiveMonths: number;
  /** Archived versions older than this many days are pruned (the ten newest per entity and the published one are kept). */
  versionRetentionDays: number;
  /** Each link in content is checked again after this many hours; 0 = no link checking. */
  linkRecheckHours: number;
}

export const DEFAULT_MAINTENANCE: MaintenanceSettings = { staleWarningMonths: 15, autoArchiveMonths: 18, versionRetentionDays: 730, linkRecheckHours: 24 };

/** Channel types that are archived automatically when they have not been updated (as in PTV). */
export const AUTO_ARCHIVED_CHANNEL_TYPES = ['Phone', 'ServiceLocation'] as const;

/** Versions always kept per entity, however old. */
export const VERSIONS_KEPT = 10;

/** The longest a task can be postponed. */
export const MAX_POSTPONE_DAYS = 366;

/** `at` moved `months` calendar months back (the day clamped to the month's last day). */
export function monthsBefore(at: Date, months: number): Date {
  const result = new Date(at.getTime());
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() - months);
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
  result.setUTCDate(Math.min(day, lastDay));
  return result;
}

/** `at` moved `months` calendar months ahead. */
export function monthsAfter(at: Date, months: number): Date {
  return monthsBefore(at, -months);
}

/** The Helsinki calendar month of `at`, e.g. 2026-11. */
export function helsinkiMonth(at: Date): string {
  return helsinkiLocalTime(at).date.slice(0, 7);
}

/** The Helsinki calendar day of `at`, e.g. 2026-11-26. */
export function helsinkiDay(at: Date): string {
  return helsinkiLocalTime(at).date;
}

/**
 * The monthly digest goes out on the 1st at 06:00 Europe/Helsinki: is this month's due at `at`?
 * Until the end of the 2nd, so that a worker that was down at 06:00 still sends it (once, by the
 * dedupe key); a server first started later in the month waits for the next 1st.
 */
export function monthlyDigestDue(at: Date): boolean {
  const local = helsinkiLocalTime(at);
  const day = local.date.slice(8, 10);
  return (day === '01' && local.minutes >= 6 * 60) || day === '02';
}

/** The Helsinki hour of `at`, e.g. 2026-11-26T14 (the key of hourly jobs). */
export function helsinkiHour(at: Date): string {
  const local = helsinkiLocalTime(at);
  return `${local.date}T${String(Math.floor(local.minutes / 60)).padStart(2, '0')}`;
}

/** Daily maintenance runs from 03:00 Europe/Helsinki (a quiet hour); is today's due at `at`? */
export function dailyMaintenanceDue(at: Date): boolean {
  return helsinkiLocalTime(at).minutes >= 3 * 60;
}

/** The instant a Helsinki calendar day (YYYY-MM-DD) begins; undefined for a malformed or impossible date. */
export function helsinkiMidnight(date: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return undefined;
  const utcMidnight = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  for (const offsetHours of [2, 3]) {
    const candidate = new Date(utcMidnight - offsetHours * 3_600_000);
    const local = helsinkiLocalTime(candidate);
    if (local.date === date && local.minutes === 0) return candidate;
  }
  return undefined;
}
