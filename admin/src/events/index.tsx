import EventIcon from '@mui/icons-material/Event';
import {
  ArrayInput,
  BooleanField,
  Create,
  Datagrid,
  DateField,
  DateTimeInput,
  Edit,
  FunctionField,
  List,
  NumberInput,
  SelectField,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextField,
  TextInput,
  required,
  usePermissions,
  type RaRecord,
} from 'react-admin';
import { MOROCCO_TIME } from '../i18n';
import { CollectivityFilter } from '../collectivities/CollectivityFilter';
import { PublishButton } from '../PublishButton';
import { isoToMoroccoLocal } from '../time';

import { AGENDA_KINDS, ATTENDEE_CATEGORIES as CATEGORIES, EVENT_KINDS, EVENT_STATUSES as STATUSES, GENDERS } from '../choices';

const filters = [<CollectivityFilter key="c" source="collectivityId" alwaysOn />, <SelectInput key="k" source="kind" choices={EVENT_KINDS} />];

export function EventList() {
  const { permissions } = usePermissions();
  return (
    <List filters={permissions === 'NETWORK_ADMIN' ? filters : filters.slice(1)} sort={{ field: 'startsAt', order: 'ASC' }}>
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <DateField source="startsAt" showTime options={MOROCCO_TIME} />
        <SelectField source="kind" choices={EVENT_KINDS} />
        <TextField source="title" />
        <FunctionField source="collectivity" label="resources.events.fields.collectivityId" render={(record: RaRecord) => record.collectivity?.id ?? 'NETWORK'} />
        <SelectField source="status" choices={STATUSES} />
        <BooleanField source="published" />
        <PublishButton resource="events" publish="publishEvent" unpublish="unpublishEvent" />
      </Datagrid>
    </List>
  );
}

function EventFields() {
  return (
    <>
      <SelectInput source="kind" choices={EVENT_KINDS} validate={required()} />
      <TextInput source="titleAr" fullWidth />
      <TextInput source="titleFr" fullWidth />
      <DateTimeInput source="startsAt" validate={required()} format={isoToMoroccoLocal} parse={(value) => value} />
      <DateTimeInput source="endsAt" format={isoToMoroccoLocal} parse={(value) => value || null} />
      <TextInput source="venue" fullWidth />
      <TextInput source="onlineUrl" fullWidth />
    </>
  );
}

export function EventCreate() {
  return (
    <Create redirect="edit" mutationMode="pessimistic">
      <SimpleForm>
        <TextInput source="title" fullWidth validate={required()} />
        <EventFields />
      </SimpleForm>
    </Create>
  );
}

export function EventEdit() {
  return (
    <Edit mutationMode="pessimistic">
      <SimpleForm>
        <EventFields />
        <SelectInput source="status" choices={STATUSES} />
        <TextInput source="outcome" multiline fullWidth />
        <ArrayInput source="agenda">
          <SimpleFormIterator inline>
            <DateTimeInput source="startsAt" format={isoToMoroccoLocal} parse={(value) => value} />
            <DateTimeInput source="endsAt" format={isoToMoroccoLocal} parse={(value) => value} />
            <TextInput source="titleAr" />
            <TextInput source="titleFr" />
            <SelectInput source="kind" choices={AGENDA_KINDS} />
          </SimpleFormIterator>
        </ArrayInput>
        <ArrayInput source="attendance">
          <SimpleFormIterator inline>
            <SelectInput source="category" choices={CATEGORIES} />
            <SelectInput source="gender" choices={GENDERS} />
            <NumberInput source="count" min={0} />
          </SimpleFormIterator>
        </ArrayInput>
      </SimpleForm>
    </Edit>
  );
}

export default { list: EventList, create: EventCreate, edit: EventEdit, icon: EventIcon };
