import FlagIcon from '@mui/icons-material/Flag';
import { Checkbox, FormControlLabel, MenuItem, Stack, TextField as MuiTextField } from '@mui/material';
import { useState } from 'react';
import {
  ArrayInput,
  BooleanField,
  Button,
  Datagrid,
  DateInput,
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
  maxValue,
  minValue,
  required,
  useNotify,
  usePermissions,
  useRecordContext,
  useRefresh,
} from 'react-admin';
import { COMPLETION_LEVELS as COMPLETION, PRINCIPLES } from '../choices';
import { CollectivityFilter } from '../collectivities/CollectivityFilter';
import { OpenGovernmentEffect, PotentialForResults, type CompletionLevel } from '../generated/graphql';
import { graphql } from '../graphql';
import { ConsoleReviewCommitmentDocument, ConsoleSetCommitmentPublishedDocument } from '../generated/operations';
import { PublishButton } from '../PublishButton';
import { Indicators } from './Indicators';

export function CommitmentList() {
  const { permissions } = usePermissions();
  const filters = [<SelectInput key="p" source="principle" choices={PRINCIPLES} />, <SelectInput key="c" source="completion" choices={COMPLETION} />];
  if (permissions === 'NETWORK_ADMIN') filters.unshift(<CollectivityFilter key="k" source="collectivityId" alwaysOn />);
  return (
    <List filters={filters}>
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

/** The network's review: verified completion, "did it open government?", potential for results. */
function ReviewPanel() {
  const record = useRecordContext();
  const refresh = useRefresh();
  const notify = useNotify();
  const { permissions } = usePermissions();
  const [verifiedCompletion, setCompletion] = useState<CompletionLevel>('NOT_STARTED');
  const [didItOpenGovernment, setEffect] = useState<OpenGovernmentEffect | ''>('');
  const [potentialForResults, setPotential] = useState<PotentialForResults | ''>('');
  const [comment, setComment] = useState('');
  const [published, setPublished] = useState(false);
  if (!record || permissions !== 'NETWORK_ADMIN') return null;
  const submit = async () => {
    try {
      await graphql(ConsoleReviewCommitmentDocument, {
        id: record.id,
        input: { verifiedCompletion, didItOpenGovernment: didItOpenGovernment || null, potentialForResults: potentialForResults || null, comment: comment || null, published },
      });
      notify('ra.notification.created', { type: 'info', messageArgs: { smart_count: 1 } });
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  return (
    <Stack spacing={1} sx={{ p: 2, minWidth: 280 }}>
      <MuiTextField select label="verifiedCompletion" value={verifiedCompletion} onChange={(event) => setCompletion(event.target.value as CompletionLevel)}>
        {COMPLETION.map((choice) => <MenuItem key={choice.id} value={choice.id}>{choice.name}</MenuItem>)}
      </MuiTextField>
      <MuiTextField select label="didItOpenGovernment" value={didItOpenGovernment} onChange={(event) => setEffect(event.target.value as OpenGovernmentEffect)}>
        {Object.values(OpenGovernmentEffect).map((value) => <MenuItem key={value} value={value}>{value}</MenuItem>)}
      </MuiTextField>
      <MuiTextField select label="potentialForResults" value={potentialForResults} onChange={(event) => setPotential(event.target.value as PotentialForResults)}>
        {Object.values(PotentialForResults).map((value) => <MenuItem key={value} value={value}>{value}</MenuItem>)}
      </MuiTextField>
      <MuiTextField label="comment" value={comment} onChange={(event) => setComment(event.target.value)} multiline />
      <FormControlLabel control={<Checkbox checked={published} onChange={(event) => setPublished(event.target.checked)} />} label="published" />
      <Button label="review" onClick={submit} />
    </Stack>
  );
}

const FIELDS = 'resources.commitments.fields.';

/** A commitment keeps a title in Arabic or in French: marked at the French title before anything is sent, as the graph would. */
const titleInEitherLanguage = (value: unknown, values: Record<string, unknown>) =>
  (typeof value === 'string' && value.trim()) || (typeof values.titleAr === 'string' && values.titleAr.trim()) ? undefined : 'infitah.validation.title_ar_or_fr';

/** The commitment and its milestones are saved by one saveCommitment: all of it, or nothing with the refusal at its field. */
export function CommitmentEdit() {
  return (
    <Edit mutationMode="pessimistic" aside={<ReviewPanel />}>
      <SimpleForm>
        <TextInput source="titleAr" fullWidth />
        <TextInput source="titleFr" fullWidth validate={titleInEitherLanguage} />
        <TextInput source="problem" multiline fullWidth />
        <TextInput source="action" multiline fullWidth />
        <SelectArrayInput source="principles" choices={PRINCIPLES} validate={required()} />
        <SelectInput source="completion" choices={COMPLETION} />
        <TextInput source="leadUnit" />
        <DateInput source="startsOn" />
        <DateInput source="endsOn" />
        <NumberField source="progress" />
        {/* each milestone's inputs are labelled with the commitment's own field names, in the console's language */}
        <ArrayInput source="milestones" label={`${FIELDS}milestones`}>
          <SimpleFormIterator inline>
            <TextInput source="title" label={`${FIELDS}milestoneTitle`} validate={required()} />
            <DateInput source="dueOn" label={`${FIELDS}dueOn`} />
            <DateInput source="doneOn" label={`${FIELDS}doneOn`} />
            <NumberInput source="weight" label={`${FIELDS}weight`} min={1} max={100} defaultValue={1} validate={[required(), minValue(1), maxValue(100)]} />
          </SimpleFormIterator>
        </ArrayInput>
        <Indicators />
      </SimpleForm>
    </Edit>
  );
}

export default { list: CommitmentList, edit: CommitmentEdit, icon: FlagIcon };
