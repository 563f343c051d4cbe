import { MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField as MuiTextField } from '@mui/material';
import { useState } from 'react';
import { Button, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { formatDate } from '@infitah/labels';
import { useConsoleLocale } from '../i18n';
import { useCanWrite } from '../RoleToolbar';
import { ConsoleRecordMeasurementDocument, type ConsoleCommitmentFieldsFragment } from '../generated/operations';
import { graphql } from '../graphql';

/** The indicators as the commitment's record holds them (commitments.graphql). */
type IndicatorRow = ConsoleCommitmentFieldsFragment['indicators'][number];

/** A commitment's indicators (baseline, target, latest value, distance to target) and a dated measurement. */
export function Indicators() {
  const record = useRecordContext();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const locale = useConsoleLocale();
  const canWrite = useCanWrite();
  const words = (key: string) => translate(`infitah.indicators.${key}`);
  const [indicatorId, setIndicator] = useState('');
  const [measuredOn, setDate] = useState('');
  const [value, setValue] = useState('');
  if (!record) return null;
  const indicators = (record.indicators ?? []) as IndicatorRow[];
  const recordMeasurement = async () => {
    try {
      await graphql(ConsoleRecordMeasurementDocument, {
        id: indicatorId,
        input: { measuredOn, value: Number(value) },
      });
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  return (
    <Stack spacing={1} sx={{ width: '100%', overflowX: 'auto' }}>
      <Table size="small" aria-label={words('title')}>
        <TableHead>
          <TableRow>
            <TableCell>{words('indicator')}</TableCell>
            <TableCell>{words('baseline')}</TableCell>
            <TableCell>{words('target')}</TableCell>
            <TableCell>{words('latest')}</TableCell>
            <TableCell>{words('distanceToTarget')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {indicators.map((indicator) => (
            <TableRow key={indicator.id}>
              <TableCell>{indicator.title}</TableCell>
              <TableCell>{`${indicator.baseline} ${indicator.unit}`}</TableCell>
              <TableCell>{`${indicator.target} ${indicator.unit}`}</TableCell>
              <TableCell>{indicator.latest ? `${indicator.latest.value} (${formatDate(indicator.latest.measuredOn, locale)})` : '—'}</TableCell>
              <TableCell>{indicator.distanceToTarget}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {indicators.length > 0 && canWrite && (
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
          <MuiTextField select label={words('indicator')} value={indicatorId} onChange={(event) => setIndicator(event.target.value)} sx={{ minWidth: 240 }}>
            {indicators.map((indicator) => (
              <MenuItem key={indicator.id} value={indicator.id}>
                {indicator.title}
              </MenuItem>
            ))}
          </MuiTextField>
          <MuiTextField
            name="measuredOn"
            type="date"
            label={words('measuredOn')}
            value={measuredOn}
            onChange={(event) => setDate(event.target.value)}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <MuiTextField name="value" type="number" label={words('value')} value={value} onChange={(event) => setValue(event.target.value)} />
          <Button label={words('record')} onClick={recordMeasurement} />
        </Stack>
      )}
    </Stack>
  );
}
