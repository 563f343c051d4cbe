import AssignmentIcon from '@mui/icons-material/Assignment';
import { Stack, TextField as MuiTextField } from '@mui/material';
import { useState } from 'react';
import {
  BooleanField,
  Button,
  Create,
  Datagrid,
  Edit,
  FunctionField,
  List,
  SelectField,
  SimpleForm,
  TextField,
  TextInput,
  useNotify,
  usePermissions,
  useRecordContext,
  useRefresh,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { enumLabel, fieldLabel, formatDate } from '@infitah/labels';
import { CollectivityFilter, collectivityName, useOwnCollectivityFilter } from '../collectivities/CollectivityFilter';
import { useConsoleLocale } from '../i18n';
import { RoleToolbar, useCanWrite } from '../RoleToolbar';
import { PROGRAM_STATUSES } from '../choices';
import { graphql } from '../graphql';
import type { ProgramStatus } from '../generated/graphql';
import { ConsoleSetActionProgramPublishedDocument, ConsoleSetProgramStatusDocument } from '../generated/operations';
import { PublishButton } from '../PublishButton';
import { ProgramListActions } from './ImportProgram';
import { ProgressReports } from './ProgressReports';

const LIFECYCLE: string[] = PROGRAM_STATUSES.map((status) => status.id);
const ORDER: ProgramStatus[] = ['CO_CREATION', 'CONSULTATION', 'ADOPTED', 'IMPLEMENTATION', 'CLOSED'];

const filters = [<CollectivityFilter key="c" source="collectivityId" alwaysOn />];

/** A commune's own programmes first (an explicit filter it may clear to read the others' published ones). */
export function ProgramList() {
  const locale = useConsoleLocale();
  return (
    <List actions={<ProgramListActions />} filters={filters} filterDefaultValues={useOwnCollectivityFilter()}>
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <TextField source="title" />
        <FunctionField source="collectivity" label="resources.events.fields.collectivityId" render={(record: RaRecord) => (record.collectivity ? collectivityName(record.collectivity, locale) : '—')} />
        <SelectField source="status" choices={PROGRAM_STATUSES} />
        <FunctionField source="adoptedOn" render={(record: RaRecord) => formatDate(record.adoptedOn, locale)} />
        <TextField source="councilSession" />
        <BooleanField source="published" />
        <PublishButton resource="actionPrograms" mutation={ConsoleSetActionProgramPublishedDocument} />
      </Datagrid>
    </List>
  );
}

/** The lifecycle's next step (adoption asks for the council session and date), or a step back with its reason. */
function StatusPanel() {
  const record = useRecordContext();
  const refresh = useRefresh();
  const notify = useNotify();
  const { permissions } = usePermissions();
  const translate = useTranslate();
  const locale = useConsoleLocale();
  const [reason, setReason] = useState('');
  const [councilSession, setCouncilSession] = useState('');
  const [adoptedOn, setAdoptedOn] = useState('');
  const canWrite = useCanWrite();
  if (!record || permissions !== 'COLLECTIVITY_ADMIN' || !canWrite || !LIFECYCLE.includes(record.status)) return null;
  const index = ORDER.indexOf(record.status);
  const move = async (status: ProgramStatus) => {
    try {
      await graphql(ConsoleSetProgramStatusDocument, {
        id: record.id,
        input: { status, reason: reason || null, councilSession: councilSession || null, adoptedOn: adoptedOn || null },
      });
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  return (
    <Stack spacing={1} sx={{ p: 2, minWidth: 260 }}>
      <MuiTextField label={fieldLabel('councilSession', locale)} name="councilSession" value={councilSession} onChange={(event) => setCouncilSession(event.target.value)} />
      <MuiTextField
        label={fieldLabel('adoptedOn', locale)}
        name="adoptedOn"
        type="date"
        value={adoptedOn}
        onChange={(event) => setAdoptedOn(event.target.value)}
        slotProps={{ inputLabel: { shrink: true } }}
      />
      <MuiTextField label={fieldLabel('reason', locale)} name="reason" value={reason} onChange={(event) => setReason(event.target.value)} multiline />
      {index < ORDER.length - 1 && (
        <Button label={translate('infitah.programs.next', { status: enumLabel('ProgramStatus', ORDER[index + 1], locale) })} onClick={() => move(ORDER[index + 1])} />
      )}
      {index > 0 && <Button label={translate('infitah.programs.back', { status: enumLabel('ProgramStatus', ORDER[index - 1], locale) })} onClick={() => move(ORDER[index - 1])} />}
    </Stack>
  );
}

function ProgramFields() {
  return (
    <>
      <TextInput source="titleAr" fullWidth />
      <TextInput source="titleFr" fullWidth />
      <TextInput source="periodStart" />
      <TextInput source="periodEnd" />
    </>
  );
}

export const ProgramCreate = () => (
  <Create mutationMode="pessimistic">
    <SimpleForm>
      <ProgramFields />
    </SimpleForm>
  </Create>
);

/** Read only for whom cannot change it (the network, on a commune's programme); no Delete for an editor. */
function ProgramForm() {
  const canWrite = useCanWrite();
  return (
    <SimpleForm toolbar={<RoleToolbar />} disabled={!canWrite}>
      <ProgramFields />
      <ProgressReports />
    </SimpleForm>
  );
}

export const ProgramEdit = () => (
  <Edit mutationMode="pessimistic" aside={<StatusPanel />}>
    <ProgramForm />
  </Edit>
);

export default { list: ProgramList, create: ProgramCreate, edit: ProgramEdit, icon: AssignmentIcon };
