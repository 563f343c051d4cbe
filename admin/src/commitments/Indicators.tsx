import { MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField as MuiTextField, Typography } from '@mui/material';
import { Fragment, useState } from 'react';
import { Button, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { enumChoices, enumLabel, formatDate } from '@infitah/labels';
import { IndicatorDirection } from '../generated/graphql';
import {
  ConsoleAddIndicatorDocument,
  ConsoleCorrectMeasurementDocument,
  ConsoleRecordMeasurementDocument,
  ConsoleRemoveIndicatorDocument,
  ConsoleRemoveMeasurementDocument,
  ConsoleUpdateIndicatorDocument,
  type ConsoleCommitmentFieldsFragment,
} from '../generated/operations';
import { graphql } from '../graphql';
import { DayField } from '../dates/DateInputs';
import { useConsoleLocale } from '../i18n';
import { useCanWrite } from '../RoleToolbar';
import { useGraphError } from './graphError';
import { programStage } from './stage';

/** The indicators as the commitment's record holds them (commitments.graphql). */
type IndicatorRow = ConsoleCommitmentFieldsFragment['indicators'][number];
type MeasurementRow = IndicatorRow['measurements'][number];

const T = 'template.indicators.';
const EMPTY_INDICATOR = { title: '', unit: '', baseline: '', target: '', direction: IndicatorDirection.Increase as string };

/**
 * A commitment's indicators (baseline, target, latest value, distance to target) and their dated measurements. Before
 * adoption an indicator is added, corrected or removed here; once adopted, only through an amendment. Measurements are
 * carrying the programme out: recorded, corrected and removed until the programme is closed.
 */
export function Indicators() {
  const record = useRecordContext();
  const translate = useTranslate();
  const locale = useConsoleLocale();
  const canWrite = useCanWrite();
  const refresh = useRefresh();
  const notify = useNotify();
  const { fieldError, run } = useGraphError();
  const [adding, setAdding] = useState(EMPTY_INDICATOR);
  const [editing, setEditing] = useState<{ id: string; title: string; unit: string; baseline: string; target: string; direction: string } | null>(null);
  const [measurement, setMeasurement] = useState({ indicatorId: '', measuredOn: '', value: '', note: '' });
  const [correcting, setCorrecting] = useState<{ id: string; measuredOn: string; value: string; note: string } | null>(null);
  if (!record) return null;
  const stage = programStage(record);
  const indicators = (record.indicators ?? []) as IndicatorRow[];
  // read only for whom cannot change the commitment (the network, on a commune's)
  const plannable = canWrite && stage === 'OPEN';
  const measurable = canWrite && stage !== 'CLOSED';
  const directions = enumChoices('IndicatorDirection', locale);
  const done = () => {
    notify(`${T}saved`, { type: 'success' });
    refresh();
  };

  const addIndicator = () =>
    run(async () => {
      await graphql(ConsoleAddIndicatorDocument, {
        commitmentId: String(record.id),
        input: { title: adding.title, unit: adding.unit, baseline: Number(adding.baseline), target: Number(adding.target), direction: adding.direction as IndicatorDirection },
      });
      setAdding(EMPTY_INDICATOR);
      done();
    });
  const saveIndicator = () =>
    editing &&
    run(async () => {
      await graphql(ConsoleUpdateIndicatorDocument, {
        id: editing.id,
        input: { title: editing.title, unit: editing.unit, baseline: Number(editing.baseline), target: Number(editing.target), direction: editing.direction as IndicatorDirection },
      });
      setEditing(null);
      done();
    });
  const removeIndicator = (id: string) =>
    run(async () => {
      await graphql(ConsoleRemoveIndicatorDocument, { id });
      done();
    });
  const recordMeasurement = () =>
    run(async () => {
      await graphql(ConsoleRecordMeasurementDocument, {
        id: measurement.indicatorId,
        input: { measuredOn: measurement.measuredOn, value: Number(measurement.value), note: measurement.note || null },
      });
      setMeasurement({ indicatorId: measurement.indicatorId, measuredOn: '', value: '', note: '' });
      done();
    });
  const correctMeasurement = () =>
    correcting &&
    run(async () => {
      await graphql(ConsoleCorrectMeasurementDocument, {
        id: correcting.id,
        input: { measuredOn: correcting.measuredOn, value: Number(correcting.value), note: correcting.note || null },
      });
      setCorrecting(null);
      done();
    });
  const removeMeasurement = (id: string) =>
    run(async () => {
      await graphql(ConsoleRemoveMeasurementDocument, { id });
      done();
    });

  const field = (name: string, value: string, onChange: (value: string) => void, label: string, width = 140) => {
    // the graph names an indicator's title `title`, the other inputs as labelled here
    const refused = fieldError(label === 'indicator' ? 'title' : label);
    if (label === 'measuredOn') return <DayField name={name} label={translate(`${T}${label}`)} value={value} onChange={onChange} error={Boolean(refused)} helperText={refused} minWidth={width} />;
    const type = ['value', 'baseline', 'target'].includes(label) ? 'number' : 'text';
    return (
    <MuiTextField
      size="small"
      name={name}
      type={type}
      label={translate(`${T}${label}`)}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={Boolean(refused)}
      helperText={refused}
      sx={{ minWidth: width }}
    />
    );
  };
  const directionSelect = (name: string, value: string, onChange: (value: string) => void) => (
    <MuiTextField select size="small" name={name} label={translate(`${T}direction`)} value={value} onChange={(event) => onChange(event.target.value)} sx={{ minWidth: 160 }}>
      {directions.map((choice) => (
        <MenuItem key={choice.id} value={choice.id}>
          {choice.name}
        </MenuItem>
      ))}
    </MuiTextField>
  );

  return (
    <Stack spacing={1} sx={{ width: '100%' }} className="commitment-indicators">
      <Typography variant="h6">{translate(`${T}title`)}</Typography>
      {stage !== 'OPEN' && measurable && <Typography variant="body2">{translate(`${T}adoptedHint`)}</Typography>}
      {indicators.length === 0 ? (
        <Typography variant="body2">{translate(`${T}none`)}</Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate(`${T}indicator`)}</TableCell>
              <TableCell>{translate(`${T}baseline`)}</TableCell>
              <TableCell>{translate(`${T}target`)}</TableCell>
              <TableCell>{translate(`${T}direction`)}</TableCell>
              <TableCell>{translate(`${T}latest`)}</TableCell>
              <TableCell>{translate(`${T}distanceToTarget`)}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {indicators.map((indicator) => (
              <Fragment key={indicator.id}>
                <TableRow className="indicator-row">
                  {editing?.id === indicator.id ? (
                    <TableCell colSpan={7}>
                      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
                        {field('indicator.title', editing.title, (title) => setEditing({ ...editing, title }), 'indicator', 240)}
                        {field('indicator.unit', editing.unit, (unit) => setEditing({ ...editing, unit }), 'unit', 80)}
                        {field('indicator.baseline', editing.baseline, (baseline) => setEditing({ ...editing, baseline }), 'baseline')}
                        {field('indicator.target', editing.target, (target) => setEditing({ ...editing, target }), 'target')}
                        {directionSelect('indicator.direction', editing.direction, (direction) => setEditing({ ...editing, direction }))}
                        <Button label={`${T}save`} onClick={saveIndicator} />
                        <Button label={`${T}cancel`} onClick={() => setEditing(null)} />
                      </Stack>
                    </TableCell>
                  ) : (
                    <>
                      <TableCell>{indicator.title}</TableCell>
                      <TableCell>{`${indicator.baseline} ${indicator.unit}`}</TableCell>
                      <TableCell>{`${indicator.target} ${indicator.unit}`}</TableCell>
                      <TableCell>{enumLabel('IndicatorDirection', indicator.direction, locale)}</TableCell>
                      <TableCell>{indicator.latest ? `${indicator.latest.value} (${formatDate(indicator.latest.measuredOn, locale)})` : '—'}</TableCell>
                      <TableCell>{indicator.distanceToTarget}</TableCell>
                      <TableCell>
                        {plannable && (
                          <>
                            <Button
                              label={`${T}correct`}
                              onClick={() =>
                                setEditing({
                                  id: indicator.id,
                                  title: indicator.title,
                                  unit: indicator.unit,
                                  baseline: String(indicator.baseline),
                                  target: String(indicator.target),
                                  direction: indicator.direction,
                                })
                              }
                            />
                            <Button label={`${T}remove`} onClick={() => removeIndicator(indicator.id)} />
                          </>
                        )}
                      </TableCell>
                    </>
                  )}
                </TableRow>
                {indicator.measurements.map((row: MeasurementRow) => (
                  <TableRow key={row.id} className="measurement-row">
                    {correcting?.id === row.id ? (
                      <TableCell colSpan={7}>
                        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
                          {field('measurement.measuredOn', correcting.measuredOn, (measuredOn) => setCorrecting({ ...correcting, measuredOn }), 'measuredOn')}
                          {field('measurement.value', correcting.value, (value) => setCorrecting({ ...correcting, value }), 'value')}
                          {field('measurement.note', correcting.note, (note) => setCorrecting({ ...correcting, note }), 'note', 240)}
                          <Button label={`${T}save`} onClick={correctMeasurement} />
                          <Button label={`${T}cancel`} onClick={() => setCorrecting(null)} />
                        </Stack>
                      </TableCell>
                    ) : (
                      <>
                        <TableCell sx={{ pl: 4 }}>{`${translate(`${T}measuredOn`)} ${formatDate(row.measuredOn, locale)}`}</TableCell>
                        <TableCell colSpan={4}>{`${row.value} ${indicator.unit}${row.note ? ` — ${row.note}` : ''}`}</TableCell>
                        <TableCell />
                        <TableCell>
                          {measurable && (
                            <>
                              <Button label={`${T}correct`} onClick={() => setCorrecting({ id: row.id, measuredOn: row.measuredOn, value: String(row.value), note: row.note ?? '' })} />
                              <Button label={`${T}remove`} onClick={() => removeMeasurement(row.id)} />
                            </>
                          )}
                        </TableCell>
                      </>
                    )}
                  </TableRow>
                ))}
              </Fragment>
            ))}
          </TableBody>
        </Table>
      )}
      {measurable && indicators.length > 0 && (
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }} className="record-measurement">
          <MuiTextField
            select
            size="small"
            name="indicatorId"
            label={translate(`${T}indicator`)}
            value={measurement.indicatorId}
            onChange={(event) => setMeasurement({ ...measurement, indicatorId: event.target.value })}
            sx={{ minWidth: 240 }}
          >
            {indicators.map((indicator) => (
              <MenuItem key={indicator.id} value={indicator.id}>
                {indicator.title}
              </MenuItem>
            ))}
          </MuiTextField>
          {field('measuredOn', measurement.measuredOn, (measuredOn) => setMeasurement({ ...measurement, measuredOn }), 'measuredOn')}
          {field('value', measurement.value, (value) => setMeasurement({ ...measurement, value }), 'value')}
          {field('note', measurement.note, (note) => setMeasurement({ ...measurement, note }), 'note', 240)}
          <Button label={`${T}record`} onClick={recordMeasurement} />
        </Stack>
      )}
      {plannable && (
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }} className="add-indicator">
          {field('newIndicator.title', adding.title, (title) => setAdding({ ...adding, title }), 'indicator', 240)}
          {field('newIndicator.unit', adding.unit, (unit) => setAdding({ ...adding, unit }), 'unit', 80)}
          {field('newIndicator.baseline', adding.baseline, (baseline) => setAdding({ ...adding, baseline }), 'baseline')}
          {field('newIndicator.target', adding.target, (target) => setAdding({ ...adding, target }), 'target')}
          {directionSelect('newIndicator.direction', adding.direction, (direction) => setAdding({ ...adding, direction }))}
          <Button label={`${T}add`} onClick={addIndicator} />
        </Stack>
      )}
    </Stack>
  );
}
