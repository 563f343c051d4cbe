import {
  ArrayInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  required,
  useLocale,
  useRecordContext,
} from 'react-admin';
import { enumChoices } from '@infitah/labels';

const F = 'template.fields.';

/** Partners, one a line in the form, a list in the graph. */
const linesOf = (value: unknown) => (Array.isArray(value) ? value.join('\n') : '');
const listOf = (text: string) => (text ?? '').split('\n');

/**
 * The OGP Local template's fields beyond the title, problem and action the form already had: the status quo and its
 * causes, the objective and the contribution, how each principle is served, the partners and supporting actors by
 * kind, whom to contact, the priority axis of its programme. `axes` are the programme's priority axes.
 */
export function TemplateInputs({ axes }: { axes: ReadonlyArray<{ id: string; title: string }> }) {
  const locale = useLocale();
  const principles = enumChoices('OpennessPrinciple', locale);
  const actorKinds = enumChoices('ActorKind', locale);
  return (
    <>
      <TextInput source="statusQuo" label={`${F}statusQuo`} multiline fullWidth />
      <TextInput source="causes" label={`${F}causes`} multiline fullWidth />
      <TextInput source="objective" label={`${F}objective`} multiline fullWidth />
      <TextInput source="contribution" label={`${F}contribution`} multiline fullWidth />
      <ArrayInput source="relevance" label={`${F}relevance`}>
        <SimpleFormIterator inline>
          <SelectInput source="principle" label={`${F}relevancePrinciple`} choices={principles} validate={required()} />
          <TextInput source="text" label={`${F}relevanceText`} multiline sx={{ minWidth: 400 }} validate={required()} />
        </SimpleFormIterator>
      </ArrayInput>
      <SelectInput source="axisId" label={`${F}axisId`} choices={axes.map((axis) => ({ id: axis.id, name: axis.title }))} emptyText="—" />
      <TextInput source="partners" label={`${F}partners`} multiline fullWidth format={linesOf} parse={listOf} />
      <ArrayInput source="supportingActors" label={`${F}supportingActors`}>
        <SimpleFormIterator inline>
          <SelectInput source="kind" label={`${F}actorKind`} choices={actorKinds} validate={required()} />
          <TextInput source="name" label={`${F}actorName`} validate={required()} />
        </SimpleFormIterator>
      </ArrayInput>
      <TextInput source="contact.name" label={`${F}contactName`} />
      <TextInput source="contact.role" label={`${F}contactRole`} />
      <TextInput source="contact.email" label={`${F}contactEmail`} type="email" />
      <TextInput source="contact.phone" label={`${F}contactPhone`} />
    </>
  );
}

/** The priority axes of the commitment's programme, as the record read them. */
export function useProgramAxes(): ReadonlyArray<{ id: string; title: string }> {
  const record = useRecordContext();
  return ((record?.program as { priorityAxes?: Array<{ id: string; title: string }> } | null)?.priorityAxes ?? []) as Array<{ id: string; title: string }>;
}

