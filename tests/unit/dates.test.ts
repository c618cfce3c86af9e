/** The build's date and the lapse of temporary registrations (src/lib/dates.ts). */
import { describe, expect, test } from "vitest";
import { buildDay, hasLapsed } from "../../src/lib/dates";

describe("the build's date", () => {
  test("is BUILD_DATE when it is set, so builds can be reproduced", () => {
    expect(buildDay("2026-11-13")).toBe("2026-11-13");
  });
  test("is the real date (UTC) when BUILD_DATE is unset or empty", () => {
    const now = new Date("2027-03-04T23:30:00Z");
    expect(buildDay(undefined, now)).toBe("2027-03-04");
    expect(buildDay("", now)).toBe("2027-03-04");
  });
  test("rejects a BUILD_DATE that is not a day", () => {
    expect(() => buildDay("13/11/2026")).toThrow(/BUILD_DATE must be a date written YYYY-MM-DD/);
    expect(() => buildDay("2026-13-40")).toThrow(/BUILD_DATE/);
  });
});

describe("a temporary registration", () => {
  test("runs until the day before it expires", () => {
    expect(hasLapsed("2026-11-13", "2025-09-15")).toBe(false);
    expect(hasLapsed("2026-11-13", "2026-11-12")).toBe(false);
  });
  test("has lapsed from its expiry day on", () => {
    expect(hasLapsed("2026-11-13", "2026-11-13")).toBe(true);
    expect(hasLapsed("2026-11-13", "2027-01-02")).toBe(true);
  });
});
