import { buildDay } from "../lib/dates";

/** The day this build treats as today (BUILD_DATE, or the real date). Every dated decision reads it from here. */
export const today: string = buildDay(process.env.BUILD_DATE);
