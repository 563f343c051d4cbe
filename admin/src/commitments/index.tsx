import FlagIcon from '@mui/icons-material/Flag';
import {
  ArrayInput,
  BooleanField,
  Datagrid,
  Edit,
  List,
  NumberField,
  NumberInput,
  SelectArrayInput,
  SelectField,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextField,
  TextInput,
  maxLength,
  maxValue,
  minValue,
  required,
  useRecordContext,
} from 'react-admin';
import { COMPLETION_LEVELS as COMPLETION, PRINCIPLES } from '../choices';
import { CollectivityFilter, useOwnCollectivityFilter } from '../collectivities/CollectivityFilter';
import { RoleToolbar, useCanWrite } from '../RoleToolbar';
import { ConsoleSetCommitmentPublishedDocument } from '../generated/operations';
import { PublishButton } from '../PublishButton';
import { fieldLabel } from '@infitah/labels';
import { consoleLocale } from '../i18n/serverMessages';
import { AdoptedCommitment } from './AdoptedCommitment';
import { Versions } from './Amendment';
import { CommitmentCreate } from './CommitmentCreate';
import { Indicators } from './Indicators';
import { programStage } from './stage';
import { TemplateInputs, useProgramAxes } from './TemplateInputs';
import { ReviewPanel } from './ReviewPanel';
import { DayInput } from '../dates/DateInputs';

const filters = [
  <CollectivityFilter key="k" source="collectivityId" alwaysOn />,
  <SelectInput key="p" source="principle" choices={PRINCIPLES} />,
  <SelectInput key="c" source="completion" choices={COMPLETION} />,
];

/** A commune's own commitments first (an explicit filter it may clear to read the others' published ones). */
export function CommitmentList() {
  return (
    <List filters={filters} filterDefaultValues={useOwnCollectivityFilter()}>
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <TextField source="title" />
        <SelectField source="completion" choices={COMPLETION} />
        <NumberField source="progress" />
        <BooleanField source="published" />
        <PublishButton resource="commitments" mutation={ConsoleSetCommitmentPublishedDocument} />
      </Datagrid>
    </List>
  );
}

const FIELDS = 'resources.commitments.fields.';

/** A commitment keeps a title in Arabic or in French: marked at the French title before anything is sent, as the graph would. */
const titleInEitherLanguage = (value: unknown, values: Record<string, unknown>) =>
  (typeof value === 'string' && value.trim()) || (typeof values.titleAr === 'string' && values.titleAr.trim()) ? undefined : 'infitah.validation.title_ar_or_fr';

/** The graph's rule, checked before sending: the end, when given, does not come before the start. */
const notBeforeStart = (value: unknown, values: Record<string, unknown>) =>
  typeof value === 'string' && value && typeof values.startsOn === 'string' && values.startsOn && value < values.startsOn
    ? { message: 'infitah.validation.notBefore', args: { other: fieldLabel('startsOn', consoleLocale()) } }
    : undefined;

/** The commitment and its milestones are saved by one saveCommitment: all of it, or nothing with the refusal at its field. */
export function CommitmentEdit() {
  return (
    <Edit mutationMode="pessimistic" aside={<ReviewPanel />}>
      <CommitmentForm />
    </Edit>
  );
}

/**
 * Before adoption the whole form, read only for whom cannot change it (the network, on a commune's commitment) and
 * without Delete for an editor; once its programme is adopted, the plan read and amended, or read only once closed.
 */
function CommitmentForm() {
  const record = useRecordContext();
  const axes = useProgramAxes();
  const canWrite = useCanWrite();
  if (record && programStage(record) !== 'OPEN') return <AdoptedCommitment />;
  return (
      <SimpleForm toolbar={<RoleToolbar />} disabled={!canWrite}>
        <TextInput source="titleAr" fullWidth validate={maxLength(300)} />
        <TextInput source="titleFr" fullWidth validate={[titleInEitherLanguage, maxLength(300)]} />
        <TextInput source="problem" multiline fullWidth validate={maxLength(5000)} />
        <TextInput source="action" multiline fullWidth validate={maxLength(5000)} />
        <SelectArrayInput source="principles" choices={PRINCIPLES} validate={required()} />
        <SelectInput source="completion" choices={COMPLETION} />
        <TextInput source="leadUnit" />
        <DayInput source="startsOn" />
        <DayInput source="endsOn" validate={notBeforeStart} />
        <TemplateInputs axes={axes} />
        <NumberField source="progress" />
        {/* each milestone's inputs are labelled with the commitment's own field names, in the console's language */}
        <ArrayInput source="milestones" label={`${FIELDS}milestones`}>
          <SimpleFormIterator inline>
            <TextInput source="title" label={`${FIELDS}milestoneTitle`} validate={[required(), maxLength(300)]} />
            <DayInput source="startsOn" label="template.fields.milestoneStartsOn" />
            <DayInput source="dueOn" label={`${FIELDS}dueOn`} />
            <TextInput source="deliverable" label="template.fields.deliverable" />
            <DayInput source="doneOn" label={`${FIELDS}doneOn`} />
            <TextInput source="evidence" label="template.fields.evidence" />
            <NumberInput source="weight" label={`${FIELDS}weight`} min={1} max={100} defaultValue={1} validate={[required(), minValue(1), maxValue(100)]} />
          </SimpleFormIterator>
        </ArrayInput>
        <Indicators />
        <Versions />
      </SimpleForm>
  );
}

export default { list: CommitmentList, create: CommitmentCreate, edit: CommitmentEdit, icon: FlagIcon };
