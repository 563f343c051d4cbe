import { DateTimeInput, type DateTimeInputProps } from 'react-admin';
import { isoToMoroccoLocal, moroccoLocalToIso } from './time';

/**
 * A date-time typed and shown on Morocco's wall clock (Africa/Casablanca) whatever the browser's time zone: the
 * form holds the ISO instant, the input the Morocco reading of it. Every instant the console edits goes through it.
 */
export function MoroccoDateTimeInput(props: Omit<DateTimeInputProps, 'format' | 'parse'>) {
  return <DateTimeInput {...props} format={isoToMoroccoLocal} parse={moroccoLocalToIso} />;
}
