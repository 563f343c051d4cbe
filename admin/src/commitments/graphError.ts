import { useState } from 'react';
import { useNotify } from 'react-admin';

/** react-admin's format of a worded field error (graph.ts turns the graph's BAD_USER_INPUT into it). */
const PREFIX = '@@react-admin@@';

const wording = (message: string) => {
  if (!message.startsWith(PREFIX)) return message;
  try {
    return (JSON.parse(message.slice(PREFIX.length)) as { message: string }).message;
  } catch {
    return message;
  }
};

/**
 * For a panel that writes outside react-admin's forms: runs a write, and keeps the graph's refusal at the field it
 * names (already worded in the console's language), or shows it as a notice when it names none.
 */
export function useGraphError() {
  const notify = useNotify();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const run = async (write: () => Promise<void>) => {
    setErrors({});
    try {
      await write();
    } catch (error) {
      const fields = (error as { body?: { errors?: Record<string, string> } }).body?.errors;
      if (fields && Object.keys(fields).length > 0) {
        setErrors(Object.fromEntries(Object.entries(fields).map(([field, message]) => [field, wording(message)])));
        return;
      }
      notify((error as Error).message, { type: 'error' });
    }
  };
  /** The refusal at a field, by the graph's name (its last segment: `changes.endsOn` is found as `endsOn` too). */
  const fieldError = (field: string): string | undefined =>
    errors[field] ?? Object.entries(errors).find(([path]) => path.split('.').filter((part) => !/^\d+$/.test(part)).pop() === field)?.[1];
  return { fieldError, run, errors };
}
