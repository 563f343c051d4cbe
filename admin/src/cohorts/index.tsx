import GroupsIcon from '@mui/icons-material/Groups';
import { formatDate } from '@infitah/labels';
import { PeriodInput } from '../dates/DateInputs';
import { useConsoleLocale } from '../i18n';
import {
  Create,
  Datagrid,
  Edit,
  FunctionField,
  List,
  NumberField,
  SearchInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  required,
  useLocaleState,
  useRecordContext,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { CohortMembers } from './CohortMembers';

/** The wave's name in the console's language. */
function LocalizedLabel() {
  const [locale] = useLocaleState();
  return <FunctionField source="label" render={(record: RaRecord) => (locale === 'ar' ? record.labelAr : record.labelFr)} />;
}

/** The wave's name in the console's language, as page titles and references show it. */
function CohortTitle() {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  return <>{record ? (locale === 'ar' ? record.labelAr : record.labelFr) : ''}</>;
}

function ProgressField() {
  const translate = useTranslate();
  return (
    <FunctionField
      source="progress"
      label="infitah.cohorts.progress"
      render={(record: RaRecord) =>
        (record.progress ?? []).map((entry: { step: string; count: number }) => `${translate(entry.step)}: ${entry.count}/${record.memberCount}`).join(' · ')
      }
    />
  );
}

export function CohortList() {
  const locale = useConsoleLocale();
  return (
    <List filters={[<SearchInput key="q" source="q" alwaysOn />]} sort={{ field: 'period', order: 'ASC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <LocalizedLabel />
        <FunctionField source="period" render={(record: RaRecord) => formatDate(record.period, locale)} />
        <NumberField source="memberCount" />
        <NumberField source="training.trainedCount" label="resources.cohorts.fields.trained" />
        <NumberField source="training.untrainedCount" label="resources.cohorts.fields.untrained" />
      </Datagrid>
    </List>
  );
}

export function CohortShow() {
  const locale = useConsoleLocale();
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="labelAr" />
        <TextField source="labelFr" />
        <FunctionField source="period" render={(record: RaRecord) => formatDate(record.period, locale)} />
        <NumberField source="memberCount" />
        <ProgressField />
        <CohortMembers />
      </SimpleShowLayout>
    </Show>
  );
}

function CohortFields() {
  return (
    <>
      <TextInput source="labelAr" validate={required()} fullWidth />
      <TextInput source="labelFr" validate={required()} fullWidth />
      <PeriodInput source="period" validate={required()} />
    </>
  );
}

export function CohortCreate() {
  return (
    <Create redirect="show" mutationMode="pessimistic">
      <SimpleForm>
        <CohortFields />
      </SimpleForm>
    </Create>
  );
}

export function CohortEdit() {
  return (
    <Edit redirect="show" mutationMode="pessimistic">
      <SimpleForm>
        <CohortFields />
      </SimpleForm>
    </Edit>
  );
}

export default { list: CohortList, show: CohortShow, create: CohortCreate, edit: CohortEdit, icon: GroupsIcon, recordRepresentation: <CohortTitle /> };
