import { Alert, Box, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField as MuiTextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Button, Labeled, useLocale, useNotify, usePermissions, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { enumChoices, enumLabel, formatDate } from '@infitah/labels';
import type { CompletionLevel } from '../generated/graphql';
import { ConsoleSetCommitmentCompletionDocument, ConsoleSetMilestoneDoneDocument, type ConsoleCommitmentFieldsFragment } from '../generated/operations';
import { graphql } from '../graphql';
import { AmendForm, Versions } from './Amendment';
import { useGraphError } from './graphError';
import { Indicators } from './Indicators';
import { programStage } from './stage';
import { useProgramAxes } from './TemplateInputs';
import { useCanWrite } from '../RoleToolbar';
import { DayField } from '../dates/DateInputs';

const F = 'template.fields.';
const C = 'template.carryingOut.';
type Commitment = ConsoleCommitmentFieldsFragment;

/** One field of the commitment, labelled, as text (lists one item a line). */
function Shown({ label, value }: { label: string; value: string | null | undefined }) {
  return (
    <Labeled label={label} fullWidth>
      <Typography variant="body2" sx={{ whiteSpace: 'pre-line' }} component="span">
        {value && value.trim() ? value : '—'}
      </Typography>
    </Labeled>
  );
}

/** The commitment's plan as adopted, every template field labelled: read, not edited. */
function Plan({ commitment }: { commitment: Commitment }) {
  const locale = useLocale();
  const axes = useProgramAxes();
  const principle = (code: string) => enumLabel('OpennessPrinciple', code, locale);
  const contact = commitment.contact;
  return (
    <Stack spacing={1} className="commitment-plan">
      <Shown label={`${F}titleAr`} value={commitment.titleAr} />
      <Shown label={`${F}titleFr`} value={commitment.titleFr} />
      <Shown label={`${F}problem`} value={commitment.problem} />
      <Shown label={`${F}statusQuo`} value={commitment.statusQuo} />
      <Shown label={`${F}causes`} value={commitment.causes} />
      <Shown label={`${F}action`} value={commitment.action} />
      <Shown label={`${F}objective`} value={commitment.objective} />
      <Shown label={`${F}contribution`} value={commitment.contribution} />
      <Shown label={`${F}principles`} value={commitment.principles.map(principle).join(', ')} />
      <Shown label={`${F}relevance`} value={commitment.relevance.map((row) => `${principle(row.principle)} : ${row.text}`).join('\n')} />
      <Shown label={`${F}axisId`} value={axes.find((axis) => axis.id === commitment.axis?.id)?.title} />
      <Shown label={`${F}leadUnit`} value={commitment.leadUnit} />
      <Shown label={`${F}partners`} value={commitment.partners.join('\n')} />
      <Shown label={`${F}supportingActors`} value={commitment.supportingActors.map((actor) => `${enumLabel('ActorKind', actor.kind, locale)} : ${actor.name}`).join('\n')} />
      <Shown label={`${F}contact`} value={contact ? [contact.name, contact.role, contact.email, contact.phone].filter(Boolean).join(' · ') : null} />
      <Shown label={`${F}startsOn`} value={commitment.startsOn} />
      <Shown label={`${F}endsOn`} value={commitment.endsOn} />
    </Stack>
  );
}

/**
 * Carrying the programme out, open after adoption until it is closed: a milestone marked done on a day with its
 * evidence (or pending again), and the completion the commune declares.
 */
function CarryingOut({ commitment, open }: { commitment: Commitment; open: boolean }) {
  const translate = useTranslate();
  const locale = useLocale();
  const notify = useNotify();
  const refresh = useRefresh();
  const { fieldError, run } = useGraphError();
  const [drafts, setDrafts] = useState<Record<string, { doneOn: string; evidence: string }>>({});
  const [completion, setCompletion] = useState<string>(commitment.completion);
  const draftOf = (milestone: Commitment['milestones'][number]) => drafts[milestone.id] ?? { doneOn: milestone.doneOn ?? '', evidence: milestone.evidence ?? '' };
  const saved = () => {
    notify(`${C}saved`, { type: 'success' });
    refresh();
  };
  const setDone = (id: string, doneOn: string | null, evidence: string) =>
    run(async () => {
      await graphql(ConsoleSetMilestoneDoneDocument, { id, input: { doneOn, evidence: evidence || null } });
      saved();
    });
  const declare = () =>
    run(async () => {
      await graphql(ConsoleSetCommitmentCompletionDocument, { id: commitment.id, completion: completion as CompletionLevel });
      saved();
    });
  return (
    <Box sx={{ mt: 2 }} className="carrying-out">
      <Typography variant="h6">{translate(`${C}title`)}</Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate(`${C}milestone`)}</TableCell>
            <TableCell>{translate(`${C}dueOn`)}</TableCell>
            <TableCell>{translate(`${C}doneOn`)}</TableCell>
            <TableCell>{translate(`${C}evidence`)}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {commitment.milestones.map((milestone, index) => {
            const draft = draftOf(milestone);
            const change = (part: Partial<typeof draft>) => setDrafts({ ...drafts, [milestone.id]: { ...draft, ...part } });
            return (
              <TableRow key={milestone.id} className="milestone-row">
                <TableCell>{[milestone.title, milestone.deliverable].filter(Boolean).join(' — ')}</TableCell>
                <TableCell>{milestone.dueOn ? formatDate(milestone.dueOn, locale) : '—'}</TableCell>
                <TableCell>
                  {open ? (
                    <DayField name={`carry.${index}.doneOn`} value={draft.doneOn} onChange={(doneOn) => change({ doneOn })} error={Boolean(fieldError('doneOn'))} helperText={fieldError('doneOn')} />
                  ) : (
                    (milestone.doneOn ? formatDate(milestone.doneOn, locale) : '—')
                  )}
                </TableCell>
                <TableCell>
                  {open ? (
                    <MuiTextField size="small" name={`carry.${index}.evidence`} value={draft.evidence} onChange={(event) => change({ evidence: event.target.value })} sx={{ minWidth: 260 }} />
                  ) : (
                    milestone.evidence ?? '—'
                  )}
                </TableCell>
                <TableCell>
                  {open && <Button label={`${C}markDone`} onClick={() => setDone(milestone.id, draft.doneOn || null, draft.evidence)} />}
                  {open && milestone.doneOn && <Button label={`${C}markPending`} onClick={() => setDone(milestone.id, null, draft.evidence)} />}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      <Stack direction="row" spacing={1} sx={{ mt: 2, alignItems: 'center' }}>
        {open ? (
          <>
            <MuiTextField select size="small" name="declaredCompletion" label={translate(`${C}completion`)} value={completion} onChange={(event) => setCompletion(event.target.value)} sx={{ minWidth: 220 }}>
              {enumChoices('CompletionLevel', locale).map((choice) => (
                <MenuItem key={choice.id} value={choice.id}>
                  {choice.name}
                </MenuItem>
              ))}
            </MuiTextField>
            <Button label={`${C}declare`} onClick={declare} />
          </>
        ) : (
          <Shown label={`${C}completion`} value={enumLabel('CompletionLevel', commitment.completion, locale)} />
        )}
      </Stack>
    </Box>
  );
}

/**
 * A commitment of an adopted (or implemented) programme: its plan is read, changed only by an amendment the commune's
 * admin records; carrying it out stays open. Of a closed programme: everything read only.
 */
export function AdoptedCommitment() {
  const record = useRecordContext();
  const translate = useTranslate();
  const { permissions } = usePermissions();
  // nothing to change for whom cannot change the commitment (the network, another commune)
  const canWrite = useCanWrite();
  const [amending, setAmending] = useState(false);
  if (!record) return null;
  const stage = programStage(record);
  const commitment = record as unknown as Commitment;
  return (
    <Box sx={{ p: 2 }} className={`commitment-${stage.toLowerCase()}`}>
      <Alert severity="info" sx={{ mb: 2 }}>
        {translate(stage === 'CLOSED' ? 'template.readOnly.closed' : 'template.readOnly.adopted')}
      </Alert>
      {amending ? (
        <AmendForm onDone={() => setAmending(false)} />
      ) : (
        <>
          {stage === 'ADOPTED' && canWrite && permissions === 'COLLECTIVITY_ADMIN' && <Button label="template.amend.open" onClick={() => setAmending(true)} variant="contained" />}
          <Plan commitment={commitment} />
        </>
      )}
      <CarryingOut commitment={commitment} open={stage === 'ADOPTED' && canWrite && permissions !== 'NETWORK_ADMIN'} />
      <Box sx={{ mt: 2 }}>
        <Indicators />
      </Box>
      <Versions />
    </Box>
  );
}
