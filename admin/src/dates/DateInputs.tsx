import { TextField as MuiTextField } from '@mui/material';
import { useEffect, useState, type ReactNode } from 'react';
import { TextInput, type TextInputProps, type Validator } from 'react-admin';
import { maskTypedDate, readTypedDate, typedDate, typedDatePattern, typedDateRefusal, type TypedDateKind } from '@infitah/labels';
import { isRightToLeft, useConsoleLocale } from '../i18n';
import { consoleLocale } from '../i18n/serverMessages';
import { isoToMoroccoLocal, moroccoLocalToIso } from '../time';

/**
 * Dates typed and read in the console's language, never the browser's: a text input that asks for day/month/year
 * (and a 24-hour hour:minute) as @infitah/labels writes them, where a native date input would follow the browser's
 * locale ("mm/dd/yyyy, --:-- --" in an English browser). Its digits run left to right in an Arabic page too, as
 * Moroccan forms write dates, so the day stays first and the time after the date; the field itself sits in the
 * page's direction. The form holds what the graph takes — a calendar day, a month or year, or the ISO instant of
 * Morocco's wall-clock time whatever the browser's zone — or, while half typed, the text as typed, refused at the
 * field in the reader's language until it is a date.
 */

/** The graph's forms of each kind: what the form holds once a date is complete. */
const HELD: Record<TypedDateKind, RegExp> = {
  DAY: /^\d{4}-\d{2}-\d{2}/,
  MINUTE: /^\d{4}-\d{2}-\d{2}T/,
  PERIOD: /^\d{4}(-\d{2})?$/,
  KNOWN: /^\d{4}(-\d{2}(-\d{2})?)?$/,
};

/** The form's value → the text in the input. */
function shown(value: unknown, kind: TypedDateKind): string {
  if (value === null || value === undefined || value === '') return '';
  const text = String(value);
  if (!HELD[kind].test(text)) return text;
  return kind === 'MINUTE' ? typedDate(isoToMoroccoLocal(text), kind) : typedDate(kind === 'DAY' ? text.slice(0, 10) : text, kind);
}

/** The input's text → the form's value: the graph's form once complete, the text as typed until then, null for none. */
function held(text: string, kind: TypedDateKind): string | null {
  const typed = maskTypedDate(text, kind);
  if (typed === '') return null;
  const reading = readTypedDate(typed, kind);
  if (!reading) return typed;
  return kind === 'MINUTE' ? moroccoLocalToIso(reading) : reading;
}

/** Refuses a date left half typed or impossible, in the reader's language, with the pattern to follow. */
const completeDate =
  (kind: TypedDateKind): Validator =>
  (value: unknown) =>
    typeof value === 'string' && value !== '' && !HELD[kind].test(value) ? { message: typedDateRefusal(kind, consoleLocale()), args: {} } : undefined;

/** The input element's own props: digits left to right, placed at the field's start in an Arabic page. */
function typingProps(kind: TypedDateKind, rtl: boolean) {
  return {
    dir: 'ltr',
    inputMode: kind === 'PERIOD' || kind === 'KNOWN' ? ('text' as const) : ('numeric' as const),
    autoComplete: 'off',
    'data-date-kind': kind.toLowerCase(),
    style: rtl ? { textAlign: 'right' as const } : undefined,
  };
}

type DateInputProps = Omit<TextInputProps, 'format' | 'parse' | 'type' | 'multiline'>;

function TypedDateInput({ kind, validate, slotProps, ...props }: DateInputProps & { kind: TypedDateKind }) {
  const locale = useConsoleLocale();
  const rules = [completeDate(kind), ...(Array.isArray(validate) ? validate : validate ? [validate] : [])];
  return (
    <TextInput
      {...props}
      format={(value: unknown) => shown(value, kind)}
      parse={(text: string) => held(text, kind)}
      validate={rules}
      placeholder={typedDatePattern(kind, locale)}
      slotProps={{ ...slotProps, inputLabel: { shrink: true }, htmlInput: typingProps(kind, isRightToLeft(locale)) }}
    />
  );
}

/** A calendar day (YYYY-MM-DD in the form and to the graph), typed and shown day first in the console's language. */
export const DayInput = (props: DateInputProps) => <TypedDateInput kind="DAY" {...props} />;

/**
 * A date-time typed and shown on Morocco's wall clock (Africa/Casablanca) whatever the browser's time zone, day
 * first and on a 24-hour clock: the form holds the ISO instant. Every instant the console edits goes through it.
 */
export const MoroccoDateTimeInput = (props: DateInputProps) => <TypedDateInput kind="MINUTE" {...props} />;

/** A year ("2024") or a month ("12/2024" typed, "2024-12" held), for what is known to the month or the year only. */
export const PeriodInput = (props: DateInputProps) => <TypedDateInput kind="PERIOD" {...props} />;

/** A date at the precision known: a year ("2022"), a month ("12/2022") or a day ("15/12/2022"), held in ISO at that precision. */
export const KnownDateInput = (props: DateInputProps) => <TypedDateInput kind="KNOWN" {...props} />;

/**
 * A calendar day outside a react-admin form (or, as `kind="KNOWN"`, a date at the precision known): `value` and
 * `onChange` in ISO ('' for none; the text as typed while it is no date yet, refused at the field once left).
 */
export function DayField({ name, label, value, onChange, error, helperText, size = 'small', minWidth, kind = 'DAY' }: {
  name: string;
  label?: ReactNode;
  value: string;
  onChange: (value: string) => void;
  error?: boolean;
  helperText?: ReactNode;
  size?: 'small' | 'medium';
  minWidth?: number;
  kind?: 'DAY' | 'KNOWN';
}) {
  const locale = useConsoleLocale();
  const [text, setText] = useState(() => shown(value, kind));
  const [left, setLeft] = useState(false);
  // the value changed from outside (cleared once saved, say): the text follows it
  useEffect(() => {
    if ((held(text, kind) ?? '') !== value) setText(shown(value, kind));
  }, [value]);
  const refused = left && text !== '' && !readTypedDate(text, kind);
  return (
    <MuiTextField
      size={size}
      name={name}
      label={label}
      value={text}
      placeholder={typedDatePattern(kind, locale)}
      onChange={(event) => {
        const typed = maskTypedDate(event.target.value, kind);
        setText(typed);
        onChange(held(typed, kind) ?? '');
      }}
      onBlur={() => setLeft(true)}
      error={error || refused}
      helperText={refused ? typedDateRefusal(kind, locale) : helperText}
      sx={minWidth ? { minWidth } : undefined}
      slotProps={{ inputLabel: { shrink: true }, htmlInput: typingProps(kind, isRightToLeft(locale)) }}
    />
  );
}
