import LocalLibraryIcon from '@mui/icons-material/LocalLibrary';
import { Stack, TextField as MuiTextField } from '@mui/material';
import { useState } from 'react';
import {
  ArrayField,
  ArrayInput,
  BooleanField,
  Button,
  Create,
  Datagrid,
  Edit,
  EditButton,
  FunctionField,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectArrayInput,
  SelectField,
  SelectInput,
  Show,
  SimpleForm,
  SimpleFormIterator,
  SimpleShowLayout,
  TextField,
  TextInput,
  TopToolbar,
  UrlField,
  required,
  useLocaleState,
  useNotify,
  usePermissions,
  useRecordContext,
  useRedirect,
  useRefresh,
  useTranslate,
  type Identifier,
  type RaRecord,
} from 'react-admin';
import { formatDate } from '@infitah/labels';
import { LIBRARY_KINDS as KINDS, LIBRARY_STATUSES as STATUSES, PRINCIPLES } from '../choices';
import { useConsoleLocale } from '../i18n';
import { CollectivityFilter, collectivityName } from '../collectivities/CollectivityFilter';
import {
  ConsoleDeclineLibraryEntryDocument,
  ConsoleProposeLibraryEntryDocument,
  ConsoleSetLibraryEntryPublishedDocument,
  type LibraryProposalInput,
} from '../generated/operations';
import { currentSession, graphql } from '../graphql';

/** A collectivity's name in the reader's language, inside a ReferenceField. */
function CollectivityName() {
  const locale = useConsoleLocale();
  return <FunctionField render={(record: RaRecord) => collectivityName(record, locale)} />;
}

/** An instant on Morocco's wall clock, in the reader's conventions. */
function ReaderDate(props: { source: string; emptyText?: string }) {
  const locale = useConsoleLocale();
  return <FunctionField render={(record: RaRecord) => formatDate(record[props.source], locale) || (props.emptyText ?? '')} />;
}

/** A collectivity picked by its name in the reader's language. */
function CollectivityChoice(props: { label: string }) {
  const locale = useConsoleLocale();
  return <SelectInput optionText={(record: RaRecord) => collectivityName(record, locale)} label={props.label} />;
}

// Datagrid and SimpleShowLayout label a column from its element's `source`: these wrappers take it as a prop.
/** The title in the console's language when the entry has one, else in the other. */
function LocalizedTitle(_props: { source: string; sortable?: boolean }) {
  const [locale] = useLocaleState();
  return <FunctionField render={(record: RaRecord) => (locale === 'ar' ? record.titleAr || record.titleFr : record.titleFr || record.titleAr)} />;
}

function PrinciplesField(_props: { source: string; sortable?: boolean }) {
  const translate = useTranslate();
  return <FunctionField render={(record: RaRecord) => (record.principles ?? []).map((principle: string) => translate(principle)).join(' · ')} />;
}

export function LibraryList() {
  const { permissions } = usePermissions();
  const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="kind" source="kind" choices={KINDS} />,
    <SelectInput key="principle" source="principle" choices={PRINCIPLES} />,
    <SelectInput key="status" source="status" choices={STATUSES} />,
  ];
  if (permissions === 'NETWORK_ADMIN') filters.push(<CollectivityFilter key="collectivity" source="collectivityId" />);
  return (
    <List filters={filters}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <LocalizedTitle source="title" sortable={false} />
        <SelectField source="kind" choices={KINDS} sortable={false} />
        <PrinciplesField source="principles" sortable={false} />
        <ReferenceField source="collectivity.id" reference="collectivities" link={false} label="resources.libraryEntries.fields.collectivity" sortable={false}>
          <CollectivityName />
        </ReferenceField>
        <SelectField source="status" choices={STATUSES} sortable={false} />
        <BooleanField source="published" sortable={false} />
      </Datagrid>
    </List>
  );
}

/** The network's decisions: publish (a draft, or a proposal it accepts), withdraw, or decline a proposal with its reason. */
function LibraryDecisions() {
  const record = useRecordContext();
  const refresh = useRefresh();
  const notify = useNotify();
  const translate = useTranslate();
  const { permissions } = usePermissions();
  const [reason, setReason] = useState('');
  if (!record || permissions !== 'NETWORK_ADMIN') return null;
  const run = async (write: (id: Identifier) => Promise<unknown>) => {
    try {
      await write(record.id);
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      {record.published ? (
        <Button label={translate('infitah.actions.unpublish')} onClick={() => run((id) => graphql(ConsoleSetLibraryEntryPublishedDocument, { id, published: false }))} />
      ) : (
        <Button
          label={translate(record.status === 'PROPOSED' ? 'infitah.library.accept' : 'infitah.actions.publish')}
          onClick={() => run((id) => graphql(ConsoleSetLibraryEntryPublishedDocument, { id, published: true }))}
        />
      )}
      {record.status === 'PROPOSED' && (
        <>
          <MuiTextField size="small" label={translate('infitah.library.declineReason')} value={reason} onChange={(event) => setReason(event.target.value)} />
          <Button
            label={translate('infitah.library.decline')}
            onClick={() => run((id) => graphql(ConsoleDeclineLibraryEntryDocument, { id, reason: reason || null }))}
          />
        </>
      )}
    </Stack>
  );
}

function ShowActions() {
  const { permissions } = usePermissions();
  return (
    <TopToolbar>
      <LibraryDecisions />
      {permissions === 'NETWORK_ADMIN' && <EditButton />}
    </TopToolbar>
  );
}

const paragraphs = { whiteSpace: 'pre-wrap' } as const;

export function LibraryShow() {
  return (
    <Show actions={<ShowActions />}>
      <SimpleShowLayout>
        <TextField source="titleAr" />
        <TextField source="titleFr" />
        <SelectField source="kind" choices={KINDS} />
        <SelectField source="status" choices={STATUSES} />
        <PrinciplesField source="principles" />
        <TextField source="summaryAr" sx={paragraphs} />
        <TextField source="summaryFr" sx={paragraphs} />
        <TextField source="bodyAr" sx={paragraphs} />
        <TextField source="bodyFr" sx={paragraphs} />
        <ArrayField source="links">
          <Datagrid bulkActionButtons={false} rowClick={false}>
            <UrlField source="url" target="_blank" rel="noopener noreferrer" />
            <TextField source="label" />
          </Datagrid>
        </ArrayField>
        <ReferenceField source="collectivity.id" reference="collectivities" emptyText="—" label="resources.libraryEntries.fields.collectivity">
          <CollectivityName />
        </ReferenceField>
        <ArrayField source="commitments">
          <Datagrid bulkActionButtons={false} rowClick={(id) => `/commitments/${id}`}>
            <TextField source="title" />
          </Datagrid>
        </ArrayField>
        <TextField source="declineReason" emptyText="—" />
        <BooleanField source="isIllustrative" />
        <ReaderDate source="publishedAt" emptyText="—" />
      </SimpleShowLayout>
    </Show>
  );
}

/** The fields a collectivity may propose and the network may write. */
function ContentFields() {
  return (
    <>
      <SelectInput source="kind" choices={KINDS} />
      <TextInput source="titleAr" fullWidth />
      <TextInput source="titleFr" fullWidth />
      <TextInput source="summaryAr" multiline fullWidth />
      <TextInput source="summaryFr" multiline fullWidth />
      <TextInput source="bodyAr" multiline minRows={4} fullWidth />
      <TextInput source="bodyFr" multiline minRows={4} fullWidth />
      <SelectArrayInput source="principles" choices={PRINCIPLES} />
      <ArrayInput source="links">
        <SimpleFormIterator inline>
          <TextInput source="url" validate={required()} />
          <TextInput source="label" />
        </SimpleFormIterator>
      </ArrayInput>
    </>
  );
}

/** The record names its origin `collectivity { id }`; the graph's input takes `collectivityId`. */
const withOrigin = (data: RaRecord) => ({ ...data, collectivityId: data.collectivity?.id || null });

function NetworkForm() {
  return (
    <SimpleForm>
      <ContentFields />
      <ReferenceInput source="collectivity.id" reference="collectivities" perPage={100}>
        <CollectivityChoice label="resources.libraryEntries.fields.collectivity" />
      </ReferenceInput>
    </SimpleForm>
  );
}

export const LibraryEdit = () => (
  <Edit mutationMode="pessimistic" transform={withOrigin} redirect="show">
    <NetworkForm />
  </Edit>
);

/** A collectivity proposes an entry from one of its commitments; the network publishes or declines it. */
function ProposeForm() {
  const notify = useNotify();
  const redirect = useRedirect();
  const session = currentSession();
  const submit = async (values: Record<string, unknown>) => {
    const { commitmentId, ...rest } = values;
    // a field left empty takes the commitment's value (titles, principles) rather than clearing it
    const input: LibraryProposalInput = Object.fromEntries(Object.entries(rest).filter(([, value]) => value != null && value !== '' && !(Array.isArray(value) && value.length === 0)));
    try {
      const data = await graphql(ConsoleProposeLibraryEntryDocument, { c: commitmentId as Identifier, input });
      notify('infitah.library.proposed', { type: 'info' });
      redirect('show', 'libraryEntries', data.proposeLibraryEntry.id);
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  return (
    <SimpleForm onSubmit={submit} defaultValues={{ kind: 'GOOD_PRACTICE' }}>
      <ReferenceInput source="commitmentId" reference="commitments" filter={{ collectivityId: session?.collectivityId }} perPage={100}>
        <SelectInput optionText="title" validate={required()} />
      </ReferenceInput>
      <ContentFields />
    </SimpleForm>
  );
}

export function LibraryCreate() {
  const { permissions } = usePermissions();
  if (permissions === 'NETWORK_ADMIN') {
    return (
      <Create mutationMode="pessimistic" transform={withOrigin} redirect="show">
        <NetworkForm />
      </Create>
    );
  }
  return (
    <Create title="infitah.library.propose">
      <ProposeForm />
    </Create>
  );
}

export default { list: LibraryList, show: LibraryShow, edit: LibraryEdit, create: LibraryCreate, icon: LocalLibraryIcon, recordRepresentation: 'title' };
