import EventIcon from '@mui/icons-material/Event';
import {
  ArrayInput,
  BooleanField,
  Create,
  Datagrid,
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
  maxLength,
  required,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { fieldLabel, formatEventDate } from '@infitah/labels';
import { consoleLocale } from '../i18n/serverMessages';
import { useConsoleLocale } from '../i18n';
import { CollectivityFilter, collectivityName, useOwnCollectivityFilter } from '../collectivities/CollectivityFilter';
import { RoleToolbar, useCanWrite } from '../RoleToolbar';
import { ConsoleSetEventPublishedDocument } from '../generated/operations';
import { PublishButton } from '../PublishButton';
import { MoroccoDateTimeInput } from '../MoroccoDateTimeInput';
import { InvitationPanel } from './InvitationPanel';

import { AGENDA_KINDS, ATTENDEE_CATEGORIES as CATEGORIES, EVENT_KINDS, EVENT_STATUSES as STATUSES, GENDERS } from '../choices';

const FIELDS = 'resources.events.fields.';

const filters = [<CollectivityFilter key="c" source="collectivityId" alwaysOn />, <SelectInput key="k" source="kind" choices={EVENT_KINDS} />];

/** A commune's own events first (its collectivity as an explicit filter, which it may clear to read the others'). */
export function EventList() {
  const locale = useConsoleLocale();
  const translate = useTranslate();
  const own = useOwnCollectivityFilter();
  return (
    <List filters={filters} filterDefaultValues={own} sort={{ field: 'startsAt', order: 'ASC' }}>
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        {/* a date-only event without a time, a month-precision one as a month, on Morocco's wall clock */}
        <FunctionField source="startsAt" render={(record: RaRecord) => formatEventDate(record.startsAt, record.startsAtPrecision, locale)} />
        <SelectField source="kind" choices={EVENT_KINDS} />
        <TextField source="title" />
        <FunctionField
          source="collectivity"
          label="resources.events.fields.collectivityId"
          render={(record: RaRecord) => (record.collectivity ? collectivityName(record.collectivity, locale) : translate('infitah.network'))}
        />
        <SelectField source="status" choices={STATUSES} />
        <BooleanField source="published" />
        <PublishButton resource="events" mutation={ConsoleSetEventPublishedDocument} />
      </Datagrid>
    </List>
  );
}

/** The graph's rule, checked before sending: an end, when given, does not come before the start. */
export const endsAfterStart = (value: unknown, values: Record<string, unknown>) =>
  typeof value === 'string' && value && typeof values.startsAt === 'string' && values.startsAt && value < values.startsAt
    ? { message: 'infitah.validation.notBefore', args: { other: fieldLabel('startsAt', consoleLocale()) } }
    : undefined;

function EventFields() {
  return (
    <>
      <SelectInput source="kind" choices={EVENT_KINDS} validate={required()} />
      <TextInput source="titleAr" fullWidth validate={maxLength(300)} />
      <TextInput source="titleFr" fullWidth validate={maxLength(300)} />
      <MoroccoDateTimeInput source="startsAt" validate={required()} />
      <MoroccoDateTimeInput source="endsAt" validate={endsAfterStart} />
      <TextInput source="venue" fullWidth validate={maxLength(300)} />
      <TextInput source="onlineUrl" fullWidth />
    </>
  );
}

export function EventCreate() {
  return (
    <Create redirect="edit" mutationMode="pessimistic">
      <SimpleForm>
        <TextInput source="title" fullWidth validate={[required(), maxLength(300)]} />
        <EventFields />
      </SimpleForm>
    </Create>
  );
}

/** The event, its agenda and its attendance are saved by one saveEvent: all of it, or nothing with the refusal at its field. */
export function EventEdit() {
  return (
    <Edit mutationMode="pessimistic" aside={<InvitationPanel />}>
      <EventForm />
    </Edit>
  );
}

/** Read only for whom cannot change it (the network, on a commune's event): no save, no delete, no input to type in. */
function EventForm() {
  const canWrite = useCanWrite();
  return (
      <SimpleForm toolbar={<RoleToolbar />} disabled={!canWrite}>
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
  );
}

export default { list: EventList, create: EventCreate, edit: EventEdit, icon: EventIcon };
