import AssignmentIcon from '@mui/icons-material/Assignment';
import {
  BooleanField,
  Create,
  Datagrid,
  Edit,
  List,
  SelectField,
  SimpleForm,
  TextField,
  TextInput,
  useRecordContext,
} from 'react-admin';
import { PROGRAM_STATUSES } from '../choices';
import { ConsoleSetActionProgramPublishedDocument } from '../generated/operations';
import { PublishButton } from '../PublishButton';
import { ProgramListActions } from './ImportProgram';
import { PriorityAxes } from './PriorityAxes';
import { ProgressReports } from './ProgressReports';
import { StatusPanel } from './StatusPanel';

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

function ProgramFields({ readOnly = false }: { readOnly?: boolean }) {
  return (
    <>
      <TextInput source="titleAr" fullWidth readOnly={readOnly} />
      <TextInput source="titleFr" fullWidth readOnly={readOnly} />
      <TextInput source="periodStart" readOnly={readOnly} />
      <TextInput source="periodEnd" readOnly={readOnly} />
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
    <ProgramForm />
  </Edit>
);

/** A closed programme is read only: no save, no delete, no axes to change. */
function ProgramForm() {
  const record = useRecordContext();
  const closed = record?.status === 'CLOSED';
  return (
    <SimpleForm toolbar={closed ? false : undefined}>
      <ProgramFields readOnly={closed} />
      <PriorityAxes />
      <ProgressReports />
    </SimpleForm>
  );
}

export default { list: ProgramList, create: ProgramCreate, edit: ProgramEdit, icon: AssignmentIcon };
