import PeopleIcon from '@mui/icons-material/People';
import { BooleanField, Create, Datagrid, FunctionField, List, PasswordInput, SelectField, SelectInput, SimpleForm, TextField, TextInput, required, type RaRecord } from 'react-admin';
import { formatDate } from '@infitah/labels';
import { collectivityName } from '../collectivities/CollectivityFilter';
import { useConsoleLocale } from '../i18n';

import { ROLES } from '../choices';

export function AccountList() {
  const locale = useConsoleLocale();
  return (
    <List>
      <Datagrid bulkActionButtons={false}>
        <TextField source="email" label="infitah.accounts.email" />
        <TextField source="displayName" label="infitah.accounts.displayName" />
        <SelectField source="role" label="infitah.accounts.role" choices={ROLES} />
        <FunctionField source="collectivity" label="infitah.accounts.collectivity" render={(record: RaRecord) => (record.collectivity ? collectivityName(record.collectivity, locale) : '—')} />
        <BooleanField source="active" label="infitah.accounts.active" />
        <FunctionField source="lastLoginAt" label="infitah.accounts.lastLoginAt" render={(record: RaRecord) => formatDate(record.lastLoginAt, locale)} />
      </Datagrid>
    </List>
  );
}

export function AccountCreate() {
  return (
    <Create mutationMode="pessimistic" redirect="list">
      <SimpleForm>
        <TextInput source="email" label="infitah.accounts.email" validate={required()} />
        <TextInput source="displayName" label="infitah.accounts.displayName" validate={required()} />
        <PasswordInput source="password" validate={required()} />
        <SelectInput source="role" label="infitah.accounts.role" choices={ROLES} validate={required()} />
        <TextInput source="collectivityId" label="infitah.accounts.collectivity" />
      </SimpleForm>
    </Create>
  );
}

export default { list: AccountList, create: AccountCreate, icon: PeopleIcon };
