import { MenuItem, Stack, TextField as MuiTextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Button, useNotify, usePermissions, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { enumLabel } from '@infitah/labels';
import { EventKind, type ProgramStatus } from '../generated/graphql';
import { ConsoleSetProgramStatusDocument } from '../generated/operations';
import { graphql } from '../graphql';
import { useEventChoices } from '../commitments/Amendment';
import { useGraphError } from '../commitments/graphError';
import { useConsoleLocale } from '../i18n';
import { useCanWrite } from '../RoleToolbar';
import { DayField } from '../dates/DateInputs';

const ORDER: ProgramStatus[] = ['CO_CREATION', 'CONSULTATION', 'ADOPTED', 'IMPLEMENTATION', 'CLOSED'];
const A = 'template.adoption.';

/**
 * The lifecycle's next step, or a step back with its reason. Adoption names its evidence: the council session that
 * adopted the programme (one of the commune's COUNCIL_SESSION events), the public consultation held for it (one of its
 * PUBLIC_CONSULTATION events; the latest by default) or why none was held, and the date. A refusal of the graph is
 * shown at its field, in the console's language.
 */
export function StatusPanel() {
  const record = useRecordContext();
  const refresh = useRefresh();
  const notify = useNotify();
  const translate = useTranslate();
  const locale = useConsoleLocale();
  const canWrite = useCanWrite();
  const { permissions } = usePermissions();
  const { fieldError, run } = useGraphError();
  const collectivityId = (record?.collectivity as { id: string } | null)?.id;
  const sessions = useEventChoices(collectivityId, EventKind.CouncilSession);
  const consultations = useEventChoices(collectivityId, EventKind.PublicConsultation);
  const [reason, setReason] = useState('');
  const [councilSessionEventId, setSession] = useState('');
  const [consultationEventId, setConsultation] = useState('');
  const [consultationWaiver, setWaiver] = useState('');
  const [adoptedOn, setAdoptedOn] = useState('');
  // a closed programme is read only in the console
  if (!record || permissions !== 'COLLECTIVITY_ADMIN' || !canWrite || !ORDER.includes(record.status) || record.status === 'CLOSED') return null;
  const index = ORDER.indexOf(record.status);
  const next = ORDER[index + 1];
  const adopting = next === 'ADOPTED';
  const label = (status: ProgramStatus) => enumLabel('ProgramStatus', status, locale);
  const move = (status: ProgramStatus) =>
    run(async () => {
      const forwardToAdoption = status === 'ADOPTED' && adopting;
      await graphql(ConsoleSetProgramStatusDocument, {
        id: record.id,
        input: {
          status,
          reason: reason || null,
          ...(forwardToAdoption
            ? {
                councilSessionEventId: councilSessionEventId || null,
                consultationEventId: consultationEventId || null,
                consultationWaiver: consultationWaiver || null,
                adoptedOn: adoptedOn || null,
              }
            : {}),
        },
      });
      notify('ra.notification.updated', { type: 'success', messageArgs: { smart_count: 1 } });
      refresh();
    });
  const select = (name: string, value: string, onChange: (value: string) => void, choices: Array<{ id: string; name: string }>, empty: string) => (
    <MuiTextField
      select
      size="small"
      name={name}
      label={translate(`${A}${name === 'councilSessionEventId' ? 'councilSession' : 'consultation'}`)}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={Boolean(fieldError(name))}
      helperText={fieldError(name) ?? (choices.length === 0 ? translate(`${A}noEvents`) : undefined)}
    >
      <MenuItem value="">{empty}</MenuItem>
      {choices.map((choice) => (
        <MenuItem key={choice.id} value={choice.id}>
          {choice.name}
        </MenuItem>
      ))}
    </MuiTextField>
  );
  return (
    <Stack spacing={1} sx={{ p: 2, minWidth: 280, maxWidth: 360 }} className="status-panel">
      {adopting && (
        <>
          <Typography variant="subtitle1">{translate(`${A}title`)}</Typography>
          {select('councilSessionEventId', councilSessionEventId, setSession, sessions, '—')}
          {select('consultationEventId', consultationEventId, setConsultation, consultations, translate(`${A}latestConsultation`))}
          <MuiTextField
            size="small"
            name="consultationWaiver"
            label={translate(`${A}waiver`)}
            value={consultationWaiver}
            onChange={(event) => setWaiver(event.target.value)}
            multiline
            error={Boolean(fieldError('consultationWaiver'))}
            helperText={fieldError('consultationWaiver')}
          />
          <DayField
            name="adoptedOn"
            label={translate(`${A}adoptedOn`)}
            value={adoptedOn}
            onChange={setAdoptedOn}
            error={Boolean(fieldError('adoptedOn'))}
            helperText={fieldError('adoptedOn')}
          />
        </>
      )}
      <MuiTextField
        size="small"
        label={translate(`${A}reason`)}
        name="reason"
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        multiline
        error={Boolean(fieldError('reason') ?? fieldError('status'))}
        helperText={fieldError('reason') ?? fieldError('status')}
      />
      {next && <Button label={translate(`${A}forward`, { status: label(next) })} onClick={() => move(next)} className="status-forward" />}
      {index > 0 && <Button label={translate(`${A}back`, { status: label(ORDER[index - 1]) })} onClick={() => move(ORDER[index - 1])} className="status-back" />}
    </Stack>
  );
}
