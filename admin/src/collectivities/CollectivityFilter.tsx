import { useMemo } from 'react';
import { ReferenceInput, SelectInput } from 'react-admin';
import type { Locale } from '@infitah/labels';
import { currentSession } from '../graphql';
import { useConsoleLocale } from '../i18n';

/** A collectivity by its name in the reader's language (the other one when it has only that), never by its id. */
export function collectivityName(collectivity: { id?: string | number; nameAr?: string | null; nameFr?: string | null }, locale: Locale): string {
  const name = locale === 'ar' ? (collectivity.nameAr ?? collectivity.nameFr) : (collectivity.nameFr ?? collectivity.nameAr);
  return name ?? '—';
}

/**
 * The filter by collectivity, on every list that holds several collectivities' records. A commune's lists open on
 * its own collectivity (`useOwnCollectivityFilter`); choosing "all collectivities" shows the others' published ones.
 */
export function CollectivityFilter(props: { source: string; alwaysOn?: boolean; label?: string }) {
  const locale = useConsoleLocale();
  return (
    <ReferenceInput source={props.source} reference="collectivities" perPage={100} alwaysOn={props.alwaysOn}>
      <SelectInput
        label={props.label ?? 'resources.events.fields.collectivityId'}
        optionText={(record: { id: string; nameAr?: string | null; nameFr?: string | null }) => collectivityName(record, locale)}
        emptyText="infitah.allCollectivities"
        sx={{ minWidth: 200 }}
      />
    </ReferenceInput>
  );
}

/** A list's default filter: a commune's own collectivity (from the session), nothing for the network. */
export function useOwnCollectivityFilter(): Record<string, string> {
  const collectivityId = currentSession()?.collectivityId;
  return useMemo((): Record<string, string> => (collectivityId ? { collectivityId } : {}), [collectivityId]);
}
