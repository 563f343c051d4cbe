/** Morocco's wall clock lives in @infitah/morocco-time, shared with the console and the portal. */
export { moroccoLocal, moroccoTime, moroccoToday, type ReadingPrecision, type TimePrecision } from '@infitah/morocco-time';
