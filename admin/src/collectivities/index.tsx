import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import { Create, Datagrid, List, SelectField, SelectInput, SimpleForm, TextField, TextInput, required } from 'react-admin';

import { COLLECTIVITY_KINDS as KINDS } from '../choices';

export function CollectivityList() {
  return (
    <List filters={[<TextInput key="q" source="q" alwaysOn />, <SelectInput key="k" source="kind" choices={KINDS} />]}>
      <Datagrid bulkActionButtons={false}>
        <TextField source="code" />
        <TextField source="nameAr" />
        <TextField source="nameFr" />
        <SelectField source="kind" choices={KINDS} />
        <TextField source="membership.joinedOn" />
        <TextField source="membership.status" />
      </Datagrid>
    </List>
  );
}

export function CollectivityCreate() {
  return (
    <Create mutationMode="pessimistic">
      <SimpleForm>
        <SelectInput source="kind" choices={KINDS} validate={required()} />
        <TextInput source="nameAr" validate={required()} />
        <TextInput source="nameFr" validate={required()} />
        <TextInput source="code" />
      </SimpleForm>
    </Create>
  );
}

export default { list: CollectivityList, create: CollectivityCreate, icon: AccountBalanceIcon };
