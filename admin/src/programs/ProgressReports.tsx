import { Card, CardContent, CardHeader, List as MuiList, ListItem, ListItemText, Stack, TextField as MuiTextField } from '@mui/material';
import { useEffect, useState } from 'react';
import { Button, useNotify, useRecordContext, useRefresh } from 'react-admin';
import { ConsoleCreateProgressReportDocument, ConsoleProgressReportsDocument, type ConsoleProgressReportsQuery } from '../generated/operations';
import { graphql } from '../graphql';

type Report = NonNullable<ConsoleProgressReportsQuery['actionProgram']>['progressReports'][number];

/** A programme's progress reports, and a form to file one: period, narrative, each commitment's completion. */
export function ProgressReports() {
  const record = useRecordContext();
  const notify = useNotify();
  const refresh = useRefresh();
  const [periodStart, setStart] = useState('');
  const [periodEnd, setEnd] = useState('');
  const [narrative, setNarrative] = useState('');
  const [reports, setReports] = useState<Report[] | null>(null);
  const load = async () => {
    if (!record) return;
    const result = await graphql(ConsoleProgressReportsDocument, { id: record.id });
    setReports(result.actionProgram?.progressReports ?? []);
  };
  useEffect(() => {
    void load();
  }, [record?.id]);
  if (!record) return null;
  const file = async () => {
    try {
      const entries = (record.commitments ?? []).map((commitment: { id: string; completion: string }) => ({ commitmentId: commitment.id, completion: commitment.completion, evidence: [] }));
      await graphql(ConsoleCreateProgressReportDocument, {
        id: record.id,
        input: { periodStart, periodEnd, narrative, entries },
      });
      await load();
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  return (
    <Card sx={{ mt: 2 }}>
      <CardHeader title="progressReports" />
      <CardContent>
        <MuiList dense>
          {(reports ?? []).map((report) => (
            <ListItem key={report.id}>
              <ListItemText primary={`${report.periodStart} → ${report.periodEnd}`} secondary={report.narrative} />
            </ListItem>
          ))}
        </MuiList>
        <Stack direction="row" spacing={1}>
          <MuiTextField name="periodStart" label="periodStart" value={periodStart} onChange={(event) => setStart(event.target.value)} placeholder="2026-01-01" />
          <MuiTextField name="periodEnd" label="periodEnd" value={periodEnd} onChange={(event) => setEnd(event.target.value)} placeholder="2026-06-30" />
          <MuiTextField name="narrative" label="narrative" value={narrative} onChange={(event) => setNarrative(event.target.value)} />
          <Button label="file" onClick={file} />
        </Stack>
      </CardContent>
    </Card>
  );
}
