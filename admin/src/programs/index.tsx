import AssignmentIcon from '@mui/icons-material/Assignment';
import { BooleanField, Create, Datagrid, Edit, List, SelectField, SimpleForm, TextField, TextInput } from 'react-admin';

export const PROGRAM_STATUSES = ['CO_CREATION', 'CONSULTATION', 'ADOPTED', 'IMPLEMENTATION', 'CLOSED'].map((id) => ({ id, name: id }));

export function ProgramList() {
  return (
    <List>
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <TextField source="title" />
        <SelectField source="status" choices={PROGRAM_STATUSES} />
        <TextField source="adoptedOn" />
        <TextField source="councilSession" />
        <BooleanField source="published" />
      </Datagrid>
    </List>
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
  <Edit mutationMode="pessimistic">
    <SimpleForm>
      <ProgramFields />
    </SimpleForm>
  </Edit>
);

export default { list: ProgramList, create: ProgramCreate, edit: ProgramEdit, icon: AssignmentIcon };
