import { Card, CardContent, CardHeader, Grid, List as MuiList, ListItem, ListItemText } from '@mui/material';
import { useEffect, useState } from 'react';
import { Button, Title, useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import {
  ConsoleCollectivityDashboardDocument,
  ConsoleNetworkDashboardDocument,
  type ConsoleCollectivityDashboardQuery,
  type ConsoleNetworkDashboardQuery,
} from '../generated/operations';
import { currentSession, graphql } from '../graphql';

interface Count {
  name: string;
  count: number;
}

/** Charts are drawn left to right whatever the page's direction. */
function Chart({ title, data }: { title: string; data: Count[] }) {
  return (
    <Card data-testid="chart">
      <CardHeader title={title} />
      <CardContent dir="ltr" style={{ height: 260 }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="name" fontSize={11} />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Bar dataKey="count" fill="#00695c" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </CardContent>
    </Card>
  );
}

/** The network's figures, or a commune's timeline and figures (dashboard.graphql). */
type Figures = ConsoleNetworkDashboardQuery | ConsoleCollectivityDashboardQuery;

function totalBy<K extends string>(rows: ReadonlyArray<Record<K, string> & { count: number }>, key: K): Count[] {
  const totals = new Map<string, number>();
  for (const row of rows) totals.set(row[key], (totals.get(row[key]) ?? 0) + row.count);
  return [...totals].map(([name, count]) => ({ name, count }));
}

export function Dashboard() {
  const translate = useTranslate();
  const session = currentSession();
  const [data, setData] = useState<Figures | null>(null);
  useEffect(() => {
    const load: Promise<Figures> = session?.collectivityId
      ? graphql(ConsoleCollectivityDashboardDocument, { id: session.collectivityId })
      : graphql(ConsoleNetworkDashboardDocument);
    load.then(setData).catch(() => setData(null));
  }, [session?.collectivityId]);
  if (!data) return null;

  if ('network' in data) {
    const { network } = data;
    return (
      <Grid container spacing={2} sx={{ mt: 1 }}>
        <Title title={translate('infitah.dashboard.network')} />
        <Grid size={{ xs: 12, md: 6 }}>
          <Chart title={translate('infitah.dashboard.membersByKind')} data={network.membersByKind.map((row) => ({ name: row.kind, count: row.count }))} />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Chart
            title={translate('infitah.dashboard.membersByRegion')}
            data={network.membersByRegion.map((row) => ({ name: row.region?.code ?? '?', count: row.count }))}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Chart title={translate('infitah.dashboard.programsByStatus')} data={(network.evaluation?.programsByStatus ?? []).map((row) => ({ name: row.status, count: row.count }))} />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Chart
            title={translate('infitah.dashboard.commitmentsByCompletion')}
            data={(network.evaluation?.commitmentsByCompletion ?? []).map((row) => ({ name: row.completion, count: row.count }))}
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
              data={totalBy(network.capacityBuilding.peopleTrained, 'category').map((row) => ({ ...row, name: translate(row.name) }))}
            />
          </Grid>
        )}
        {network.capacityBuilding && (
          <Grid size={{ xs: 12, md: 6 }}>
            <Chart
              title={translate('infitah.capacityBuilding.byGender')}
              data={totalBy(network.capacityBuilding.peopleTrained, 'gender').map((row) => ({ ...row, name: translate(row.name) }))}
            />
          </Grid>
        )}
        <Grid size={{ xs: 12, md: 6 }}>
          <Chart title={translate('infitah.dashboard.attendance')} data={totalBy(network.participation?.attendance ?? [], 'gender')} />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Chart title={translate('infitah.dashboard.attendanceByCategory')} data={totalBy(network.participation?.attendance ?? [], 'category')} />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Chart
            title={translate('infitah.dashboard.commitmentsByPrinciple')}
            data={(network.evaluation?.commitmentsByPrinciple ?? []).map((row) => ({ name: row.principle, count: row.count }))}
          />
        </Grid>
        {network.library && (
          <Grid size={{ xs: 12, md: 6 }}>
            <Chart
              title={translate('infitah.dashboard.libraryByKind', { published: network.library.publishedCount, proposed: network.library.proposedCount })}
              data={network.library.byKind.map((row) => ({ name: translate(row.kind), count: row.count }))}
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
      <Title title={collectivity.nameAr} />
      {session?.role === 'COLLECTIVITY_ADMIN' && (
        <Grid size={12}>
          <Button href="#/profile" label="profile" />
        </Grid>
      )}
      <Grid size={{ xs: 12, md: 6 }}>
        <Card>
          <CardHeader title={translate('infitah.dashboard.timeline')} />
          <MuiList dense>
            {(collectivity.events?.nodes ?? []).map((event) => (
              <ListItem key={event.id}>
                <ListItemText primary={event.title} secondary={`${event.startsOn} · ${event.kind}`} />
              </ListItem>
            ))}
          </MuiList>
        </Card>
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <Chart title={translate('infitah.dashboard.commitmentsByCompletion')} data={[...completion].map(([name, count]) => ({ name, count }))} />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <Chart title={translate('infitah.dashboard.attendance')} data={totalBy(collectivity.participation?.attendance ?? [], 'gender')} />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <Chart
          title={translate('infitah.dashboard.attendanceByCategory')}
          data={totalBy(collectivity.participation?.attendance ?? [], 'category')}
        />
      </Grid>
    </Grid>
  );
}
