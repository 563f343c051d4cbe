import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import { Button, Create, Datagrid, FunctionField, List, SelectField, SelectInput, SimpleForm, TextField, TextInput, required, useNotify, usePermissions, useRecordContext, useRefresh, type RaRecord } from 'react-admin';
import { formatDate } from '@infitah/labels';
import { useConsoleLocale } from '../i18n';
import { ConsoleAdmitMemberDocument, ConsoleSetMembershipStatusDocument } from '../generated/operations';
import { graphql } from '../graphql';
import { moroccoToday } from '../time';
import { CollectivityListActions } from './ImportCollectivities';

import { COLLECTIVITY_KINDS as KINDS, MEMBERSHIP_STATUSES } from '../choices';

export function CollectivityList() {
  const locale = useConsoleLocale();
  return (
    <List actions={<CollectivityListActions />} filters={[<TextInput key="q" source="q" alwaysOn />, <SelectInput key="k" source="kind" choices={KINDS} />]}>
      <Datagrid bulkActionButtons={false}>
        <TextField source="code" />
        <TextField source="nameAr" />
        <TextField source="nameFr" />
        <SelectField source="kind" choices={KINDS} />
        <FunctionField source="membership.joinedOn" render={(record: RaRecord) => formatDate(record.membership?.joinedOn, locale)} />
        <SelectField source="membership.status" label="resources.collectivities.fields.membershipStatus" choices={MEMBERSHIP_STATUSES} />
        <MembershipButton />
      </Datagrid>
    </List>
  );
}

/** The network admits a collectivity, suspends an active member, or reactivates a suspended one. */
function MembershipButton() {
  const record = useRecordContext();
  const refresh = useRefresh();
  const notify = useNotify();
  const { permissions } = usePermissions();
  if (!record || permissions !== 'NETWORK_ADMIN') return null;
  const status = record.membership?.status;
  const run = async (write: () => Promise<unknown>) => {
    try {
      await write();
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  if (!status || status === 'ENDED') {
    return (
      <Button
        label="infitah.membership.admit"
        onClick={() => run(() => graphql(ConsoleAdmitMemberDocument, { id: record.id, on: moroccoToday().slice(0, 7) }))}
      />
    );
  }
  const next = status === 'ACTIVE' ? 'SUSPENDED' : 'ACTIVE';
  return (
    <Button
      label={next === 'SUSPENDED' ? 'infitah.membership.suspend' : 'infitah.membership.reactivate'}
      onClick={() => run(() => graphql(ConsoleSetMembershipStatusDocument, { id: record.id, s: next }))}
    />
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
