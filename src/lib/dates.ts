/**
 * Date logic shared by the build and the tests: plain functions of their
 * arguments, so a test can give them any day it likes.
 */

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The day a build treats as today: BUILD_DATE when set (so builds and tests can
 * be reproduced), otherwise the real current date in UTC.
 */
export function buildDay(env: string | undefined, now: Date = new Date()): string {
  if (env === undefined || env === "") return now.toISOString().slice(0, 10);
  if (!isoDay.test(env) || Number.isNaN(Date.parse(`${env}T00:00:00Z`))) {
    throw new Error(`BUILD_DATE must be a date written YYYY-MM-DD, not "${env}"`);
  }
  return env;
}

/**
 * Whether a temporary registration that expires on `expires` has lapsed by `today`.
 * The registry names the day the registration ends, so it has lapsed from that day
 * on, unless IANA extended it after the project's copy was taken.
 */
export const hasLapsed = (expires: string, today: string): boolean => today >= expires;
