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

const choices = (values: string[]) => values.map((id) => ({ id, name: id }));
export const EVENT_KINDS = choices(['TRAINING', 'INFORMATION_MEETING', 'COMMITTEE_MEETING', 'CO_CREATION_WORKSHOP', 'PUBLIC_CONSULTATION', 'COUNCIL_SESSION', 'NETWORK_MEETING']);
const STATUSES = choices(['PLANNED', 'HELD', 'CANCELLED']);
const AGENDA_KINDS = choices(['WELCOME', 'SPEECH', 'PRESENTATION', 'WORKSHOP', 'BREAK', 'DISCUSSION', 'OTHER']);
const CATEGORIES = choices(['COUNCIL_MEMBER', 'IEPEG_MEMBER', 'CIVIL_SOCIETY', 'SCHOOL_DIRECTOR', 'STUDENT_RESEARCHER', 'STAFF', 'CITIZEN', 'TRAINER_NETWORK']);
const GENDERS = choices(['FEMALE', 'MALE', 'UNSPECIFIED']);

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
