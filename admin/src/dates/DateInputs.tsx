import dayjs, { type Dayjs } from 'dayjs';
import utc from 'dayjs/plugin/utc';
import 'dayjs/locale/ar-ma';
import 'dayjs/locale/en-gb';
import 'dayjs/locale/fr';
import type { ReactNode } from 'react';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { DateTimePicker } from '@mui/x-date-pickers/DateTimePicker';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { FieldTitle, InputHelperText, useInput, useResourceContext, type InputProps } from 'react-admin';
import { isoToMoroccoLocal, moroccoLocalToIso } from '../time';
import { PICKER_WORDS } from './pickerWords';

dayjs.extend(utc);

/**
 * Dates and times typed and read in the console's language (Morocco's Arabic month names and day-first order, or
 * French), never in the browser's: the pickers hold Morocco's wall clock as a zone-free reading (held as UTC so that
 * no browser zone, Auckland's or New York's, shifts or skips an hour), and the form the ISO value the graph takes.
 */
const DAYJS_LOCALES: Record<string, string> = { ar: 'ar-ma', fr: 'fr', en: 'en-gb' };

/** Around the console: the pickers' language and their own words. */
export function ConsoleDatesProvider({ locale, children }: { locale: string; children: ReactNode }) {
  return (
    <LocalizationProvider dateAdapter={AdapterDayjs} adapterLocale={DAYJS_LOCALES[locale] ?? 'fr'} localeText={PICKER_WORDS[locale]}>
      {children}
    </LocalizationProvider>
  );
}

/** A wall-clock or calendar reading ("2026-06-03T10:00", "2026-06-03") as the picker holds it; null when empty. */
const reading = (value: unknown): Dayjs | null => (typeof value === 'string' && value ? dayjs.utc(value) : null);

/** What the picker gives back, as the form's reading: `format` for a valid one, '' for none or one half typed. */
const written = (value: Dayjs | null, format: string): string => (value && value.isValid() ? value.utc().format(format) : '');

type PickerInputProps = Omit<InputProps, 'format' | 'parse'> & { fullWidth?: boolean; disabled?: boolean; readOnly?: boolean };

function PickerInput({ kind, ...props }: PickerInputProps & { kind: 'date' | 'dateTime' }) {
  const resource = useResourceContext(props);
  const { field, fieldState, formState, isRequired, id } = useInput(
    kind === 'dateTime'
      ? { ...props, format: isoToMoroccoLocal, parse: moroccoLocalToIso }
      : { ...props, format: (value: unknown) => (typeof value === 'string' ? value.slice(0, 10) : ''), parse: (value: string) => value || null },
  );
  const shown = (fieldState.isTouched || formState.isSubmitted) && fieldState.invalid;
  const common = {
    label: <FieldTitle label={props.label as string | undefined} source={props.source} resource={resource} isRequired={isRequired} />,
    value: reading(field.value),
    timezone: 'UTC',
    disabled: props.disabled ?? field.disabled,
    readOnly: props.readOnly,
    inputRef: field.ref,
    slotProps: {
      textField: {
        id,
        name: field.name,
        onBlur: field.onBlur,
        error: shown,
        size: 'small' as const,
        variant: 'filled' as const,
        margin: 'dense' as const,
        fullWidth: props.fullWidth,
        className: `ra-input ra-input-${props.source}`,
        helperText: <InputHelperText error={shown ? fieldState.error?.message : undefined} helperText={props.helperText} />,
      },
    },
  };
  return kind === 'dateTime' ? (
    <DateTimePicker {...common} ampm={false} onChange={(value) => field.onChange(written(value, 'YYYY-MM-DDTHH:mm'))} />
  ) : (
    <DatePicker {...common} onChange={(value) => field.onChange(written(value, 'YYYY-MM-DD'))} />
  );
}

/**
 * A date-time typed and shown on Morocco's wall clock (Africa/Casablanca) whatever the browser's time zone, in the
 * console's language: the form holds the ISO instant. Every instant the console edits goes through it.
 */
export const MoroccoDateTimeInput = (props: PickerInputProps) => <PickerInput kind="dateTime" {...props} />;

/** A calendar day (YYYY-MM-DD in the form and to the graph), typed and shown in the console's language. */
export const DayInput = (props: PickerInputProps) => <PickerInput kind="date" {...props} />;

/** A calendar day outside a react-admin form: `value` and `onChange` in YYYY-MM-DD ('' for none). */
export function DayField({ name, label, value, onChange, error, helperText, size = 'small', minWidth }: {
  name: string;
  label?: ReactNode;
  value: string;
  onChange: (value: string) => void;
  error?: boolean;
  helperText?: ReactNode;
  size?: 'small' | 'medium';
  minWidth?: number;
}) {
  return (
    <DatePicker
      label={label}
      value={reading(value)}
      timezone="UTC"
      onChange={(day) => onChange(written(day, 'YYYY-MM-DD'))}
      slotProps={{ textField: { name, error, helperText, size, sx: minWidth ? { minWidth } : undefined } }}
    />
  );
}
