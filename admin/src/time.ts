/**
 * The console reads and writes times as Morocco's wall clock (Africa/Casablanca), whatever the browser's zone:
 * the conversions live in @infitah/morocco-time, shared with the subgraphs and the portal.
 */
export { isoToMoroccoLocal, moroccoLocalToIso, moroccoToday } from '@infitah/morocco-time';
