import { afterAll } from "vitest";

/**
 * Runs the rest of this test file in `zone` (an IANA name) and puts the zone back when
 * the file ends: unit test files share one process (vitest.config.ts), so a file that
 * moves the clock's zone must not leave it moved for the next. Call it at the top of
 * the file, before any Date is made.
 */
export function inTimeZone(zone: string): void {
  const before = process.env.TZ;
  process.env.TZ = zone;
  afterAll(() => {
    process.env.TZ = before;
  });
}
