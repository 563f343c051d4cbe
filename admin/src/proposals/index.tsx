import LightbulbIcon from '@mui/icons-material/Lightbulb';
import { useState } from 'react';
import {
  BooleanField,
  Button,
  Create,
  Datagrid,
  Edit,
  List,
  SelectField,
  SelectInput,
  SimpleForm,
  TextField,
  TextInput,
  required,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
  maxLength,
} from 'react-admin';
import { enumLabel, fieldLabel } from '@infitah/labels';
import { useConsoleLocale } from '../i18n';
import { RoleToolbar, useCanWrite } from '../RoleToolbar';
import { TextField as MuiTextField, Stack } from '@mui/material';
import { CollectivityFilter, useOwnCollectivityFilter } from '../collectivities/CollectivityFilter';
import { graphql } from '../graphql';
import type { ProposalStatus } from '../generated/graphql';
import { ConsoleAnswerProposalDocument, ConsoleSetProposalPublishedDocument } from '../generated/operations';
import { PublishButton } from '../PublishButton';

import { PRINCIPLES, PROPOSAL_STATUSES as STATUSES } from '../choices';

const filters = [
  <CollectivityFilter key="c" source="collectivityId" alwaysOn />,
  <SelectInput key="p" source="principle" choices={PRINCIPLES} />,
  <SelectInput key="s" source="status" choices={STATUSES} />,
];

/** A commune's own proposals first (an explicit filter it may clear to read the others' published ones). */
export function ProposalList() {
  return (
    <List filters={filters} filterDefaultValues={useOwnCollectivityFilter()}>
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <TextField source="title" />
        <SelectField source="principle" choices={PRINCIPLES} />
        <SelectField source="status" choices={STATUSES} />
        <TextField source="answer" />
        <BooleanField source="published" />
        <PublishButton resource="proposals" mutation={ConsoleSetProposalPublishedDocument} />
      </Datagrid>
    </List>
  );
}

/** Retain (into a commitment), merge (into another proposal) or reject, always with a public answer. */
function AnswerPanel() {
  const record = useRecordContext();
  const refresh = useRefresh();
  const notify = useNotify();
  const translate = useTranslate();
  const locale = useConsoleLocale();
  const canWrite = useCanWrite();
  const [answer, setAnswer] = useState('');
  const [target, setTarget] = useState('');
  if (!record || !canWrite) return null;
  const send = async (status: ProposalStatus) => {
    try {
      await graphql(ConsoleAnswerProposalDocument, {
        id: record.id,
        input: {
          status,
          answer: answer || null,
          commitmentId: status === 'RETAINED' && target ? target : null,
          mergedIntoId: status === 'MERGED' && target ? target : null,
        },
      });
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  return (
    <Stack spacing={1} sx={{ p: 2 }}>
      <MuiTextField label={fieldLabel('answer', locale)} value={answer} onChange={(event) => setAnswer(event.target.value)} multiline name="answer" />
      <MuiTextField label={translate('infitah.proposals.target')} value={target} onChange={(event) => setTarget(event.target.value)} name="target" />
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {(['UNDER_REVIEW', 'RETAINED', 'MERGED', 'REJECTED'] as const).map((status) => (
          <Button key={status} data-status={status} label={translate('infitah.proposals.answerAs', { status: enumLabel('ProposalStatus', status, locale) })} onClick={() => send(status)} />
        ))}
      </Stack>
    </Stack>
  );
}

export function ProposalEdit() {
  return (
    <Edit mutationMode="pessimistic" aside={<AnswerPanel />}>
      <ProposalForm />
    </Edit>
  );
}

/** Read only for whom cannot change it (the network, on a commune's proposal); no Delete for an editor. */
function ProposalForm() {
  const canWrite = useCanWrite();
  return (
      <SimpleForm toolbar={<RoleToolbar />} disabled={!canWrite}>
        <TextInput source="title" fullWidth validate={[required(), maxLength(300)]} />
        <TextInput source="body" multiline fullWidth />
        <SelectInput source="principle" choices={PRINCIPLES} />
      </SimpleForm>
  );
}

export function ProposalCreate() {
  return (
    <Create mutationMode="pessimistic">
      <SimpleForm>
        <TextInput source="title" fullWidth validate={[required(), maxLength(300)]} />
        <TextInput source="body" multiline fullWidth />
        <SelectInput source="principle" choices={PRINCIPLES} validate={required()} />
      </SimpleForm>
    </Create>
  );
}

export default { list: ProposalList, edit: ProposalEdit, create: ProposalCreate, icon: LightbulbIcon };
