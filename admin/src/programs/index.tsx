import AssignmentIcon from '@mui/icons-material/Assignment';
import {
  BooleanField,
  Create,
  Datagrid,
  Edit,
  FunctionField,
  List,
  SelectField,
  SimpleForm,
  TextField,
  TextInput,
  useRecordContext,
  type RaRecord,
} from 'react-admin';
import { DayInput } from '../dates/DateInputs';
import { formatDate } from '@infitah/labels';
import { CollectivityFilter, collectivityName, useOwnCollectivityFilter } from '../collectivities/CollectivityFilter';
import { useConsoleLocale } from '../i18n';
import { RoleToolbar, useCanWrite } from '../RoleToolbar';
import { PROGRAM_STATUSES } from '../choices';
import { ConsoleSetActionProgramPublishedDocument } from '../generated/operations';
import { PublishButton } from '../PublishButton';
import { ProgramListActions } from './ImportProgram';
import { PriorityAxes } from './PriorityAxes';
import { ProgressReports } from './ProgressReports';
import { StatusPanel } from './StatusPanel';

const filters = [<CollectivityFilter key="c" source="collectivityId" alwaysOn />];

/** A commune's own programmes first (an explicit filter it may clear to read the others' published ones). */
export function ProgramList() {
  const locale = useConsoleLocale();
  return (
    <List actions={<ProgramListActions />} filters={filters} filterDefaultValues={useOwnCollectivityFilter()}>
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <TextField source="title" />
        <FunctionField source="collectivity" label="resources.events.fields.collectivityId" render={(record: RaRecord) => (record.collectivity ? collectivityName(record.collectivity, locale) : '—')} />
        <SelectField source="status" choices={PROGRAM_STATUSES} />
        <FunctionField source="adoptedOn" render={(record: RaRecord) => formatDate(record.adoptedOn, locale)} />
        <TextField source="councilSession" />
        <BooleanField source="published" />
        <PublishButton resource="actionPrograms" mutation={ConsoleSetActionProgramPublishedDocument} />
      </Datagrid>
    </List>
  );
}

function ProgramFields({ readOnly = false }: { readOnly?: boolean }) {
  return (
    <>
      <TextInput source="titleAr" fullWidth readOnly={readOnly} />
      <TextInput source="titleFr" fullWidth readOnly={readOnly} />
      <DayInput source="periodStart" readOnly={readOnly} />
      <DayInput source="periodEnd" readOnly={readOnly} />
    </>
  );
}

export const ProgramCreate = () => (
  <Create mutationMode="pessimistic">
    <SimpleForm>
      <ProgramFields />
    </SimpleForm>
  </Create>
);

export const ProgramEdit = () => (
  <Edit mutationMode="pessimistic" aside={<StatusPanel />}>
    <ProgramForm />
  </Edit>
);

/**
 * Read only for whom cannot change it (the network, on a commune's programme) and no Delete for an editor; a closed
 * programme is read only: no save, no delete, no axes to change.
 */
function ProgramForm() {
  const record = useRecordContext();
  const canWrite = useCanWrite();
  const closed = record?.status === 'CLOSED';
  return (
    <SimpleForm toolbar={closed ? false : <RoleToolbar />} disabled={!canWrite}>
      <ProgramFields readOnly={closed} />
      <PriorityAxes />
      <ProgressReports />
    </SimpleForm>
  );
}

export default { list: ProgramList, create: ProgramCreate, edit: ProgramEdit, icon: AssignmentIcon };
