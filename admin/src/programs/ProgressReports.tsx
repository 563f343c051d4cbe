import { Card, CardContent, CardHeader, List as MuiList, ListItem, ListItemText, Stack, TextField as MuiTextField } from '@mui/material';
import { useEffect, useState } from 'react';
import { Button, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { fieldLabel, formatPeriod } from '@infitah/labels';
import { DayField } from '../dates/DateInputs';
import { useConsoleLocale } from '../i18n';
import { useCanWrite } from '../RoleToolbar';
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
  const translate = useTranslate();
  const locale = useConsoleLocale();
  const canWrite = useCanWrite();
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
      <CardHeader title={translate('infitah.programs.progressReports')} />
      <CardContent>
        <MuiList dense>
          {(reports ?? []).map((report) => (
            <ListItem key={report.id}>
              <ListItemText primary={formatPeriod(report.periodStart, report.periodEnd, locale)} secondary={report.narrative} />
            </ListItem>
          ))}
        </MuiList>
        {canWrite && (
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
            <DayField name="periodStart" size="medium" label={fieldLabel('periodStart', locale)} value={periodStart} onChange={setStart} />
            <DayField name="periodEnd" size="medium" label={fieldLabel('periodEnd', locale)} value={periodEnd} onChange={setEnd} />
            <MuiTextField name="narrative" label={fieldLabel('narrative', locale)} value={narrative} onChange={(event) => setNarrative(event.target.value)} />
            <Button label={translate('infitah.programs.file')} onClick={file} />
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}
