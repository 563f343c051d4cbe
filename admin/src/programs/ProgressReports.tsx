import { Card, CardContent, CardHeader, List as MuiList, ListItem, ListItemText, Stack, TextField as MuiTextField } from '@mui/material';
import { useEffect, useState } from 'react';
import { Button, useNotify, useRecordContext, useRefresh } from 'react-admin';
import { graphql } from '../graphql';

/** A programme's progress reports, and a form to file one: period, narrative, each commitment's completion. */
export function ProgressReports() {
  const record = useRecordContext();
  const notify = useNotify();
  const refresh = useRefresh();
  const [periodStart, setStart] = useState('');
  const [periodEnd, setEnd] = useState('');
  const [narrative, setNarrative] = useState('');
  const [reports, setReports] = useState<Array<{ id: string; periodStart: string; periodEnd: string; narrative: string; published: boolean }> | null>(null);
  const load = async () => {
    if (!record) return;
    const result = await graphql('query ($id: ID!) { actionProgram(id: $id) { progressReports { id periodStart periodEnd narrative published } } }', { id: record.id });
    setReports(result.actionProgram?.progressReports ?? []);
  };
  useEffect(() => {
    void load();
  }, [record?.id]);
  if (!record) return null;
  const file = async () => {
    try {
      const entries = (record.commitments ?? []).map((commitment: { id: string; completion: string }) => ({ commitmentId: commitment.id, completion: commitment.completion, evidence: [] }));
      await graphql('mutation ($id: ID!, $input: ProgressReportInput!) { createProgressReport(programId: $id, input: $input) { id } }', {
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
