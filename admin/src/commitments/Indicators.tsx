import { MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField as MuiTextField } from '@mui/material';
import { useState } from 'react';
import { Button, useNotify, useRecordContext, useRefresh } from 'react-admin';
import { ConsoleRecordMeasurementDocument, type ConsoleCommitmentFieldsFragment } from '../generated/operations';
import { graphql } from '../graphql';

/** The indicators as the commitment's record holds them (commitments.graphql). */
type IndicatorRow = ConsoleCommitmentFieldsFragment['indicators'][number];

/** A commitment's indicators (baseline, target, latest value, distance to target) and a dated measurement. */
export function Indicators() {
  const record = useRecordContext();
  const notify = useNotify();
  const refresh = useRefresh();
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
    <Stack spacing={1} sx={{ width: '100%' }}>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>indicator</TableCell>
            <TableCell>baseline</TableCell>
            <TableCell>target</TableCell>
            <TableCell>latest</TableCell>
            <TableCell>distanceToTarget</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {indicators.map((indicator) => (
            <TableRow key={indicator.id}>
              <TableCell>{indicator.title}</TableCell>
              <TableCell>{`${indicator.baseline} ${indicator.unit}`}</TableCell>
              <TableCell>{`${indicator.target} ${indicator.unit}`}</TableCell>
              <TableCell>{indicator.latest ? `${indicator.latest.value} (${indicator.latest.measuredOn})` : '—'}</TableCell>
              <TableCell>{indicator.distanceToTarget}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {indicators.length > 0 && (
        <Stack direction="row" spacing={1}>
          <MuiTextField select label="indicator" value={indicatorId} onChange={(event) => setIndicator(event.target.value)} sx={{ minWidth: 240 }}>
            {indicators.map((indicator) => (
              <MenuItem key={indicator.id} value={indicator.id}>
                {indicator.title}
              </MenuItem>
            ))}
          </MuiTextField>
          <MuiTextField name="measuredOn" label="measuredOn" value={measuredOn} onChange={(event) => setDate(event.target.value)} placeholder="2026-03-31" />
          <MuiTextField name="value" label="value" value={value} onChange={(event) => setValue(event.target.value)} />
          <Button label="record" onClick={recordMeasurement} />
        </Stack>
      )}
    </Stack>
  );
}
