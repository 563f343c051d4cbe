import GroupsIcon from '@mui/icons-material/Groups';
import { BooleanField, Create, Datagrid, Edit, List, SelectField, SelectInput, SimpleForm, TextField, TextInput } from 'react-admin';
import { PartnerStatus } from '../generated/graphql';
import { ConsoleSetOrganisationPublishedDocument } from '../generated/operations';
import { PublishButton } from '../PublishButton';

const PARTNER_STATUSES = Object.values(PartnerStatus).map((id) => ({ id, name: id }));

export function OrganisationList() {
  return (
    <List filters={[<TextInput key="q" source="q" alwaysOn />]}>
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <TextField source="nameAr" />
        <TextField source="nameFr" />
        <TextField source="field" />
        <SelectField source="partnerStatus" choices={PARTNER_STATUSES} />
        <BooleanField source="published" />
        <PublishButton resource="organisations" mutation={ConsoleSetOrganisationPublishedDocument} />
      </Datagrid>
    </List>
  );
}

function OrganisationForm() {
  return (
    <SimpleForm>
      <TextInput source="nameAr" fullWidth />
      <TextInput source="nameFr" fullWidth />
      <TextInput source="field" />
      <TextInput source="contactEmail" />
      <TextInput source="contactPhone" />
      <SelectInput source="partnerStatus" choices={PARTNER_STATUSES} />
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
