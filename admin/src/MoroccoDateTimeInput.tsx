/** Every instant the console edits is typed on Morocco's wall clock, in the reader's conventions: see dates/DateInputs. */
export { MoroccoDateTimeInput } from './dates/DateInputs';
