import GroupsIcon from '@mui/icons-material/Groups';
import { BooleanField, Create, Datagrid, Edit, List, SelectField, SelectInput, SimpleForm, TextField, TextInput } from 'react-admin';
import { PARTNER_STATUSES } from '../choices';
import { CollectivityFilter, useOwnCollectivityFilter } from '../collectivities/CollectivityFilter';
import { ConsoleSetOrganisationPublishedDocument } from '../generated/operations';
import { PublishButton } from '../PublishButton';
import { RoleToolbar, useCanWrite } from '../RoleToolbar';

const filters = [<TextInput key="q" source="q" alwaysOn />, <CollectivityFilter key="c" source="collectivityId" alwaysOn />];

/** A commune's own organisations first (an explicit filter it may clear to read the others' published ones). */
export function OrganisationList() {
  return (
    <List filters={filters} filterDefaultValues={useOwnCollectivityFilter()}>
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <TextField source="nameAr" />
        <TextField source="nameFr" />
        <TextField source="field" label="infitah.organisations.field" />
        <SelectField source="partnerStatus" label="infitah.organisations.partnerStatus" choices={PARTNER_STATUSES} />
        <BooleanField source="published" />
        <PublishButton resource="organisations" mutation={ConsoleSetOrganisationPublishedDocument} />
      </Datagrid>
    </List>
  );
}

/** Read only for whom cannot change it (the network, on a commune's organisation); no Delete for an editor. */
function OrganisationForm() {
  const canWrite = useCanWrite();
  return (
    <SimpleForm toolbar={<RoleToolbar />} disabled={!canWrite}>
      <TextInput source="nameAr" fullWidth />
      <TextInput source="nameFr" fullWidth />
      <TextInput source="field" label="infitah.organisations.field" />
      <TextInput source="contactEmail" />
      <TextInput source="contactPhone" />
      <SelectInput source="partnerStatus" label="infitah.organisations.partnerStatus" choices={PARTNER_STATUSES} />
    </SimpleForm>
  );
}

export const OrganisationCreate = () => (
  <Create mutationMode="pessimistic" redirect="list">
    <OrganisationForm />
  </Create>
);

export const OrganisationEdit = () => (
  <Edit mutationMode="pessimistic">
    <OrganisationForm />
  </Edit>
);

export default { list: OrganisationList, create: OrganisationCreate, edit: OrganisationEdit, icon: GroupsIcon };
