import { Card, CardContent, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField as MuiTextField, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { Button, useLocale, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { enumChoices, enumLabel } from '@infitah/labels';
import type { OpennessPrinciple } from '../generated/graphql';
import {
  ConsoleCreatePriorityAxisDocument,
  ConsoleDeletePriorityAxisDocument,
  ConsolePriorityAxesDocument,
  ConsoleUpdatePriorityAxisDocument,
  type ConsolePriorityAxesQuery,
} from '../generated/operations';
import { graphql } from '../graphql';
import { useGraphError } from '../commitments/graphError';
import { stageOfStatus } from '../commitments/stage';
import { useCanWrite } from '../RoleToolbar';

const X = 'template.axes.';
type Axis = NonNullable<ConsolePriorityAxesQuery['actionProgram']>['priorityAxes'][number];
interface Draft {
  titleAr: string;
  titleFr: string;
  principles: string[];
}
const EMPTY: Draft = { titleAr: '', titleFr: '', principles: [] };

/**
 * A programme's priority axes: added, renamed (titles and principles) and deleted while the programme is being
 * prepared; once it is adopted they are read only, as the graph holds them.
 */
export function PriorityAxes() {
  const record = useRecordContext();
  const translate = useTranslate();
  const locale = useLocale();
  const notify = useNotify();
  const { fieldError, run } = useGraphError();
  const canWrite = useCanWrite();
  const [axes, setAxes] = useState<Axis[] | null>(null);
  const [adding, setAdding] = useState<Draft>(EMPTY);
  const [editing, setEditing] = useState<(Draft & { id: string }) | null>(null);
  const programId = record?.id as string | undefined;
  const reload = useCallback(async () => {
    if (!programId) return;
    const data = await graphql(ConsolePriorityAxesDocument, { id: programId });
    setAxes(data.actionProgram?.priorityAxes ?? []);
  }, [programId]);
  useEffect(() => {
    void reload();
  }, [reload]);
  if (!record || axes === null) return null;
  // read only for whom cannot change the programme (the network, on a commune's)
  const preparing = stageOfStatus(record.status as string) === 'OPEN';
  const open = canWrite && preparing;
  const principles = enumChoices('OpennessPrinciple', locale);
  const inputOf = (draft: Draft) => ({ titleAr: draft.titleAr || null, titleFr: draft.titleFr || null, principles: draft.principles as OpennessPrinciple[] });
  const saved = async () => {
    notify(`${X}saved`, { type: 'success' });
    await reload();
  };
  const add = () =>
    run(async () => {
      await graphql(ConsoleCreatePriorityAxisDocument, { programId: String(record.id), input: inputOf(adding) });
      setAdding(EMPTY);
      await saved();
    });
  const save = () =>
    editing &&
    run(async () => {
      await graphql(ConsoleUpdatePriorityAxisDocument, { id: editing.id, input: inputOf(editing) });
      setEditing(null);
      await saved();
    });
  const remove = (id: string) =>
    run(async () => {
      await graphql(ConsoleDeletePriorityAxisDocument, { id });
      await saved();
    });
  const inputs = (prefix: string, draft: Draft, change: (draft: Draft) => void) => (
    <>
      <MuiTextField size="small" name={`${prefix}.titleAr`} label={translate(`${X}titleAr`)} value={draft.titleAr} onChange={(event) => change({ ...draft, titleAr: event.target.value })} sx={{ minWidth: 220 }} />
      <MuiTextField
        size="small"
        name={`${prefix}.titleFr`}
        label={translate(`${X}titleFr`)}
        value={draft.titleFr}
        onChange={(event) => change({ ...draft, titleFr: event.target.value })}
        error={Boolean(fieldError('titleFr'))}
        helperText={fieldError('titleFr')}
        sx={{ minWidth: 220 }}
      />
      <MuiTextField
        select
        size="small"
        name={`${prefix}.principles`}
        label={translate(`${X}principles`)}
        value={draft.principles}
        onChange={(event) => change({ ...draft, principles: event.target.value as unknown as string[] })}
        slotProps={{ select: { multiple: true } }}
        sx={{ minWidth: 220 }}
      >
        {principles.map((choice) => (
          <MenuItem key={choice.id} value={choice.id}>
            {choice.name}
          </MenuItem>
        ))}
      </MuiTextField>
    </>
  );
  return (
    <Card variant="outlined" sx={{ mt: 2, width: '100%' }} className="priority-axes">
      <CardContent>
        <Typography variant="h6">{translate(`${X}title`)}</Typography>
        {!preparing && <Typography variant="body2">{translate(`${X}locked`)}</Typography>}
        {axes.length === 0 ? (
          <Typography variant="body2">{translate(`${X}none`)}</Typography>
        ) : (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate(`${X}titleAr`)}</TableCell>
                <TableCell>{translate(`${X}titleFr`)}</TableCell>
                <TableCell>{translate(`${X}principles`)}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {axes.map((axis) => (
                <TableRow key={axis.id} className="axis-row">
                  {editing?.id === axis.id ? (
                    <TableCell colSpan={4}>
                      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
                        {inputs('axis', editing, (draft) => setEditing({ ...editing, ...draft }))}
                        <Button label={`${X}save`} onClick={save} />
                        <Button label={`${X}cancel`} onClick={() => setEditing(null)} />
                      </Stack>
                    </TableCell>
                  ) : (
                    <>
                      <TableCell>{axis.titleAr ?? '—'}</TableCell>
                      <TableCell>{axis.titleFr ?? '—'}</TableCell>
                      <TableCell>{axis.principles.map((principle) => enumLabel('OpennessPrinciple', principle, locale)).join(', ') || '—'}</TableCell>
                      <TableCell>
                        {open && (
                          <>
                            <Button label={`${X}rename`} onClick={() => setEditing({ id: axis.id, titleAr: axis.titleAr ?? '', titleFr: axis.titleFr ?? '', principles: [...axis.principles] })} />
                            <Button label={`${X}remove`} onClick={() => remove(axis.id)} />
                          </>
                        )}
                      </TableCell>
                    </>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        {open && (
          <Stack direction="row" spacing={1} useFlexGap sx={{ mt: 1, flexWrap: 'wrap' }} className="add-axis">
            {inputs('newAxis', adding, setAdding)}
            <Button label={`${X}add`} onClick={add} />
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}
