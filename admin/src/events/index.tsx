import EventIcon from '@mui/icons-material/Event';
import {
  ArrayInput,
  BooleanField,
  Create,
  Datagrid,
  DateField,
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
import { ConsoleSetEventPublishedDocument } from '../generated/operations';
import { PublishButton } from '../PublishButton';
import { MoroccoDateTimeInput } from '../MoroccoDateTimeInput';

import { AGENDA_KINDS, ATTENDEE_CATEGORIES as CATEGORIES, EVENT_KINDS, EVENT_STATUSES as STATUSES, GENDERS } from '../choices';

const FIELDS = 'resources.events.fields.';

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
        <PublishButton resource="events" mutation={ConsoleSetEventPublishedDocument} />
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
      <MoroccoDateTimeInput source="startsAt" validate={required()} />
      <MoroccoDateTimeInput source="endsAt" />
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

/** The event, its agenda and its attendance are saved by one saveEvent: all of it, or nothing with the refusal at its field. */
export function EventEdit() {
  return (
    <Edit mutationMode="pessimistic">
      <SimpleForm>
        <EventFields />
        <SelectInput source="status" choices={STATUSES} />
        <TextInput source="outcome" multiline fullWidth />
        {/* each item's inputs are labelled with the event's own field names, in the console's language */}
        <ArrayInput source="agenda" label={`${FIELDS}agenda`}>
          <SimpleFormIterator inline>
            <MoroccoDateTimeInput source="startsAt" label={`${FIELDS}startsAt`} validate={required()} />
            <MoroccoDateTimeInput source="endsAt" label={`${FIELDS}endsAt`} validate={required()} />
            <TextInput source="titleAr" label={`${FIELDS}titleAr`} />
            <TextInput source="titleFr" label={`${FIELDS}titleFr`} />
            <SelectInput source="kind" label={`${FIELDS}kind`} choices={AGENDA_KINDS} validate={required()} />
          </SimpleFormIterator>
        </ArrayInput>
        <ArrayInput source="attendance" label={`${FIELDS}attendance`}>
          <SimpleFormIterator inline>
            <SelectInput source="category" label={`${FIELDS}category`} choices={CATEGORIES} validate={required()} />
            <SelectInput source="gender" label={`${FIELDS}gender`} choices={GENDERS} validate={required()} />
            <NumberInput source="count" label={`${FIELDS}count`} min={0} />
          </SimpleFormIterator>
        </ArrayInput>
      </SimpleForm>
    </Edit>
  );
}

export default { list: EventList, create: EventCreate, edit: EventEdit, icon: EventIcon };
