import PeopleIcon from '@mui/icons-material/People';
import { BooleanField, Create, Datagrid, DateField, List, PasswordInput, SelectField, SelectInput, SimpleForm, TextField, TextInput, required } from 'react-admin';
import { MOROCCO_TIME } from '../i18n';

import { ROLES } from '../choices';

export function AccountList() {
  return (
    <List>
      <Datagrid bulkActionButtons={false}>
        <TextField source="email" />
        <TextField source="displayName" />
        <SelectField source="role" choices={ROLES} />
        <TextField source="collectivity.nameFr" />
        <BooleanField source="active" />
        <DateField source="lastLoginAt" showTime options={MOROCCO_TIME} />
      </Datagrid>
    </List>
  );
}

export function AccountCreate() {
  return (
    <Create mutationMode="pessimistic" redirect="list">
      <SimpleForm>
        <TextInput source="email" validate={required()} />
        <TextInput source="displayName" validate={required()} />
        <PasswordInput source="password" validate={required()} />
        <SelectInput source="role" choices={ROLES} validate={required()} />
        <TextInput source="collectivityId" />
      </SimpleForm>
    </Create>
  );
}

export default { list: AccountList, create: AccountCreate, icon: PeopleIcon };
