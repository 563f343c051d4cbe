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
  usePermissions,
} from 'react-admin';
import { TextField as MuiTextField, Stack } from '@mui/material';
import { CollectivityFilter } from '../collectivities/CollectivityFilter';
import { graphql } from '../graphql';
import type { ProposalStatus } from '../generated/graphql';
import { ConsoleAnswerProposalDocument, ConsoleSetProposalPublishedDocument } from '../generated/operations';
import { PublishButton } from '../PublishButton';

import { PRINCIPLES, PROPOSAL_STATUSES as STATUSES } from '../choices';

export function ProposalList() {
  const { permissions } = usePermissions();
  const filters = [<SelectInput key="p" source="principle" choices={PRINCIPLES} />, <SelectInput key="s" source="status" choices={STATUSES} />];
  if (permissions === 'NETWORK_ADMIN') filters.unshift(<CollectivityFilter key="c" source="collectivityId" alwaysOn />);
  return (
    <List filters={filters}>
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
  const [answer, setAnswer] = useState('');
  const [target, setTarget] = useState('');
  if (!record) return null;
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
      <MuiTextField label="answer" value={answer} onChange={(event) => setAnswer(event.target.value)} multiline name="answer" />
      <MuiTextField label="commitment / proposal id" value={target} onChange={(event) => setTarget(event.target.value)} name="target" />
      <Stack direction="row" spacing={1}>
        {(['UNDER_REVIEW', 'RETAINED', 'MERGED', 'REJECTED'] as const).map((status) => (
          <Button key={status} label={status} onClick={() => send(status)} />
        ))}
      </Stack>
    </Stack>
  );
}

export function ProposalEdit() {
  return (
    <Edit mutationMode="pessimistic" aside={<AnswerPanel />}>
      <SimpleForm>
        <TextInput source="title" fullWidth validate={required()} />
        <TextInput source="body" multiline fullWidth />
        <SelectInput source="principle" choices={PRINCIPLES} />
      </SimpleForm>
    </Edit>
  );
}

export function ProposalCreate() {
  return (
    <Create mutationMode="pessimistic">
      <SimpleForm>
        <TextInput source="title" fullWidth validate={required()} />
        <TextInput source="body" multiline fullWidth />
        <SelectInput source="principle" choices={PRINCIPLES} validate={required()} />
      </SimpleForm>
    </Create>
  );
}

export default { list: ProposalList, edit: ProposalEdit, create: ProposalCreate, icon: LightbulbIcon };
