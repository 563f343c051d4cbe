import AssignmentIcon from '@mui/icons-material/Assignment';
import { Stack, TextField as MuiTextField } from '@mui/material';
import { useState } from 'react';
import {
  BooleanField,
  Button,
  Create,
  Datagrid,
  Edit,
  List,
  SelectField,
  SimpleForm,
  TextField,
  TextInput,
  useNotify,
  usePermissions,
  useRecordContext,
  useRefresh,
} from 'react-admin';
import { PROGRAM_STATUSES } from '../choices';
import { graphql } from '../graphql';
import type { ProgramStatus } from '../generated/graphql';
import { ConsoleSetActionProgramPublishedDocument, ConsoleSetProgramStatusDocument } from '../generated/operations';
import { PublishButton } from '../PublishButton';
import { ProgramListActions } from './ImportProgram';
import { ProgressReports } from './ProgressReports';

const LIFECYCLE = PROGRAM_STATUSES.map((status) => status.id);
const ORDER: ProgramStatus[] = ['CO_CREATION', 'CONSULTATION', 'ADOPTED', 'IMPLEMENTATION', 'CLOSED'];

export function ProgramList() {
  return (
    <List actions={<ProgramListActions />}>
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <TextField source="title" />
        <SelectField source="status" choices={PROGRAM_STATUSES} />
        <TextField source="adoptedOn" />
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
  const [reason, setReason] = useState('');
  const [councilSession, setCouncilSession] = useState('');
  const [adoptedOn, setAdoptedOn] = useState('');
  if (!record || permissions !== 'COLLECTIVITY_ADMIN' || !LIFECYCLE.includes(record.status)) return null;
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
      <MuiTextField label="councilSession" name="councilSession" value={councilSession} onChange={(event) => setCouncilSession(event.target.value)} />
      <MuiTextField label="adoptedOn" name="adoptedOn" value={adoptedOn} onChange={(event) => setAdoptedOn(event.target.value)} />
      <MuiTextField label="reason" name="reason" value={reason} onChange={(event) => setReason(event.target.value)} multiline />
      {index < ORDER.length - 1 && <Button label={`→ ${ORDER[index + 1]}`} onClick={() => move(ORDER[index + 1])} />}
      {index > 0 && <Button label={`← ${ORDER[index - 1]}`} onClick={() => move(ORDER[index - 1])} />}
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

export const ProgramEdit = () => (
  <Edit mutationMode="pessimistic" aside={<StatusPanel />}>
    <SimpleForm>
      <ProgramFields />
      <ProgressReports />
    </SimpleForm>
  </Edit>
);

export default { list: ProgramList, create: ProgramCreate, edit: ProgramEdit, icon: AssignmentIcon };
