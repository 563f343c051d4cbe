import FlagIcon from '@mui/icons-material/Flag';
import { BooleanField, Datagrid, Edit, List, NumberField, SelectArrayInput, SelectField, SelectInput, SimpleForm, TextField, TextInput, usePermissions } from 'react-admin';
import { CollectivityFilter } from '../collectivities/CollectivityFilter';
import { PRINCIPLES } from '../proposals';
import { PublishButton } from '../PublishButton';

export const COMPLETION = ['NO_EVIDENCE', 'NOT_STARTED', 'LIMITED', 'SUBSTANTIAL', 'COMPLETE'].map((id) => ({ id, name: id }));

export function CommitmentList() {
  const { permissions } = usePermissions();
  const filters = [<SelectInput key="p" source="principle" choices={PRINCIPLES} />, <SelectInput key="c" source="completion" choices={COMPLETION} />];
  if (permissions === 'NETWORK_ADMIN') filters.unshift(<CollectivityFilter key="k" source="collectivityId" alwaysOn />);
  return (
    <List filters={filters}>
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <TextField source="title" />
        <SelectField source="completion" choices={COMPLETION} />
        <NumberField source="progress" />
        <BooleanField source="published" />
        <PublishButton resource="commitments" toggle="setCommitmentPublished" />
      </Datagrid>
    </List>
  );
}

export function CommitmentEdit() {
  return (
    <Edit mutationMode="pessimistic">
      <SimpleForm>
        <TextInput source="titleAr" fullWidth />
        <TextInput source="titleFr" fullWidth />
        <TextInput source="problem" multiline fullWidth />
        <TextInput source="action" multiline fullWidth />
        <SelectArrayInput source="principles" choices={PRINCIPLES} />
        <SelectInput source="completion" choices={COMPLETION} />
        <TextInput source="leadUnit" />
      </SimpleForm>
    </Edit>
  );
}

export default { list: CommitmentList, edit: CommitmentEdit, icon: FlagIcon };
