import { Alert, Card, CardContent, CardHeader, Grid, List as MuiList, ListItem, ListItemText } from '@mui/material';
import { useEffect, useState } from 'react';
import { Button, Loading, Title, useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import {
  ConsoleCollectivityDashboardDocument,
  ConsoleNetworkDashboardDocument,
  type ConsoleCollectivityDashboardQuery,
  type ConsoleNetworkDashboardQuery,
} from '../generated/operations';
import { enumLabel, formatEventDate, regionLabel, type EnumName, type Locale } from '@infitah/labels';
import { collectivityName } from '../collectivities/CollectivityFilter';
import { currentSession, graphql } from '../graphql';
import { useConsoleLocale } from '../i18n';

interface Count {
  name: string;
  count: number;
}

/**
 * Charts are drawn left to right whatever the page's direction; every bar is named in the reader's language (its
 * axis, its tooltip), and the count is named too.
 */
function Chart({ title, data }: { title: string; data: Count[] }) {
  const translate = useTranslate();
  return (
    <Card data-testid="chart">
      <CardHeader title={title} titleTypographyProps={{ variant: 'subtitle1' }} />
      <CardContent dir="ltr" style={{ height: 260 }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="name" fontSize={11} interval={0} angle={data.length > 4 ? -30 : 0} textAnchor={data.length > 4 ? 'end' : 'middle'} height={data.length > 4 ? 70 : 30} />
            <YAxis allowDecimals={false} width={32} />
            <Tooltip formatter={(value) => [value, translate('infitah.dashboard.count')]} />
            <Bar dataKey="count" name={translate('infitah.dashboard.count')} fill="#00695c" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </CardContent>
    </Card>
  );
}

/** The network's figures, or a commune's timeline and figures (dashboard.graphql). */
type Figures = ConsoleNetworkDashboardQuery | ConsoleCollectivityDashboardQuery;

/** Counts by an enum's value, each named by its label in the reader's language. */
function totalBy<K extends string>(rows: ReadonlyArray<Record<K, string> & { count: number }>, key: K, enumName: EnumName, locale: Locale): Count[] {
  const totals = new Map<string, number>();
  for (const row of rows) totals.set(row[key], (totals.get(row[key]) ?? 0) + row.count);
  return [...totals].map(([name, count]) => ({ name: enumLabel(enumName, name, locale), count }));
}

const labelled = (enumName: EnumName, locale: Locale, rows: ReadonlyArray<{ value: string; count: number }>): Count[] =>
  rows.map((row) => ({ name: enumLabel(enumName, row.value, locale), count: row.count }));

export function Dashboard() {
  const translate = useTranslate();
  const locale = useConsoleLocale();
  const session = currentSession();
  const [data, setData] = useState<Figures | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const load: Promise<Figures> = session?.collectivityId
      ? graphql(ConsoleCollectivityDashboardDocument, { id: session.collectivityId })
      : graphql(ConsoleNetworkDashboardDocument);
    setFailed(false);
    load.then(setData).catch(() => setFailed(true));
  }, [session?.collectivityId, attempt]);
  // a failed load says so and offers to try again; a load in progress says so
  if (failed)
    return (
      <Alert severity="error" sx={{ mt: 2 }} action={<Button label="ra.action.refresh" onClick={() => setAttempt(attempt + 1)} />}>
        {translate('infitah.loadFailed')}
      </Alert>
    );
  if (!data) return <Loading />;

  if ('network' in data) {
    const { network } = data;
    return (
      <Grid container spacing={2} sx={{ mt: 1 }}>
        <Title title={translate('infitah.dashboard.network')} />
        <Grid size={{ xs: 12, md: 6 }}>
          <Chart title={translate('infitah.dashboard.membersByKind')} data={labelled('CollectivityKind', locale, network.membersByKind.map((row) => ({ value: row.kind, count: row.count })))} />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Chart
            title={translate('infitah.dashboard.membersByRegion')}
            data={network.membersByRegion.map((row) => ({ name: regionLabel(row.region?.code, locale), count: row.count }))}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Chart title={translate('infitah.dashboard.programsByStatus')} data={labelled('ProgramStatus', locale, (network.evaluation?.programsByStatus ?? []).map((row) => ({ value: row.status, count: row.count })))} />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Chart
            title={translate('infitah.dashboard.commitmentsByCompletion')}
            data={labelled('CompletionLevel', locale, (network.evaluation?.commitmentsByCompletion ?? []).map((row) => ({ value: row.completion, count: row.count })))}
          />
        </Grid>
        {network.capacityBuilding && (
          <Grid size={{ xs: 12, md: 6 }}>
            <Chart
              title={translate('infitah.capacityBuilding.summary', {
                trainings: network.capacityBuilding.trainingCount,
                collectivities: network.capacityBuilding.collectivitiesTrained,
                people: network.capacityBuilding.peopleTrainedTotal,
              })}
              data={totalBy(network.capacityBuilding.peopleTrained, 'category', 'AttendeeCategory', locale)}
            />
          </Grid>
        )}
        {network.capacityBuilding && (
          <Grid size={{ xs: 12, md: 6 }}>
            <Chart
              title={translate('infitah.capacityBuilding.byGender')}
              data={totalBy(network.capacityBuilding.peopleTrained, 'gender', 'Gender', locale)}
            />
          </Grid>
        )}
        <Grid size={{ xs: 12, md: 6 }}>
          <Chart title={translate('infitah.dashboard.attendance')} data={totalBy(network.participation?.attendance ?? [], 'gender', 'Gender', locale)} />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Chart title={translate('infitah.dashboard.attendanceByCategory')} data={totalBy(network.participation?.attendance ?? [], 'category', 'AttendeeCategory', locale)} />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Chart
            title={translate('infitah.dashboard.commitmentsByPrinciple')}
            data={labelled('OpennessPrinciple', locale, (network.evaluation?.commitmentsByPrinciple ?? []).map((row) => ({ value: row.principle, count: row.count })))}
          />
        </Grid>
        {network.library && (
          <Grid size={{ xs: 12, md: 6 }}>
            <Chart
              title={translate('infitah.dashboard.libraryByKind', { published: network.library.publishedCount, proposed: network.library.proposedCount })}
              data={labelled('LibraryEntryKind', locale, network.library.byKind.map((row) => ({ value: row.kind, count: row.count })))}
            />
          </Grid>
        )}
      </Grid>
    );
  }

  const { collectivity } = data;
  if (!collectivity) return null;
  const completion = new Map<string, number>();
  for (const commitment of collectivity.currentProgram?.commitments ?? []) completion.set(commitment.completion, (completion.get(commitment.completion) ?? 0) + 1);
  return (
    <Grid container spacing={2} sx={{ mt: 1 }}>
      <Title title={collectivityName(collectivity, locale)} />
      {session?.role === 'COLLECTIVITY_ADMIN' && (
        <Grid size={12}>
          <Button href="#/profile" label="infitah.profile" />
        </Grid>
      )}
      <Grid size={{ xs: 12, md: 6 }}>
        <Card>
          <CardHeader title={translate('infitah.dashboard.timeline')} />
          <MuiList dense>
            {(collectivity.events?.nodes ?? []).map((event) => (
              <ListItem key={event.id}>
                <ListItemText primary={event.title} secondary={`${formatEventDate(event.startsAt ?? event.startsOn, event.startsAt ? event.startsAtPrecision : 'DAY', locale)} · ${enumLabel('EventKind', event.kind, locale)} · ${enumLabel('EventStatus', event.status, locale)}`} />
              </ListItem>
            ))}
          </MuiList>
        </Card>
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <Chart title={translate('infitah.dashboard.commitmentsByCompletion')} data={[...completion].map(([name, count]) => ({ name: enumLabel('CompletionLevel', name, locale), count }))} />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <Chart title={translate('infitah.dashboard.attendance')} data={totalBy(collectivity.participation?.attendance ?? [], 'gender', 'Gender', locale)} />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <Chart
          title={translate('infitah.dashboard.attendanceByCategory')}
          data={totalBy(collectivity.participation?.attendance ?? [], 'category', 'AttendeeCategory', locale)}
        />
      </Grid>
    </Grid>
  );
}
