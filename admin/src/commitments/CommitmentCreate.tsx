import { useEffect, useState } from 'react';
import { Create, FormDataConsumer, ReferenceInput, SelectArrayInput, SelectInput, SimpleForm, TextInput, required, useLocale } from 'react-admin';
import { enumChoices } from '@infitah/labels';
import { ConsolePriorityAxesDocument } from '../generated/operations';
import { currentSession, graphql } from '../graphql';
import { TemplateInputs } from './TemplateInputs';
import { DayInput } from '../dates/DateInputs';

const F = 'template.fields.';

/** A commitment keeps a title in Arabic or in French, as the graph would require. */
const titleInEitherLanguage = (value: unknown, values: Record<string, unknown>) =>
  (typeof value === 'string' && value.trim()) || (typeof values.titleAr === 'string' && values.titleAr.trim()) ? undefined : 'infitah.validation.title_ar_or_fr';

/** The template's inputs, with the priority axes of the programme chosen above. */
function FieldsOfProgram({ programId }: { programId?: string }) {
  const [axes, setAxes] = useState<Array<{ id: string; title: string }>>([]);
  useEffect(() => {
    if (!programId) return setAxes([]);
    let current = true;
    graphql(ConsolePriorityAxesDocument, { id: programId })
      .then((data) => current && setAxes((data.actionProgram?.priorityAxes ?? []).map((axis) => ({ id: axis.id, title: axis.titleFr || axis.titleAr || '' }))))
      .catch(() => current && setAxes([]));
    return () => {
      current = false;
    };
  }, [programId]);
  return <TemplateInputs axes={axes} />;
}

/**
 * A new commitment of one of the commune's programmes, every field of the OGP Local template at hand; its milestones
 * and indicators are added on its page once it exists (react-admin opens it after the create).
 */
export function CommitmentCreate() {
  const locale = useLocale();
  const collectivityId = currentSession()?.collectivityId ?? undefined;
  return (
    <Create mutationMode="pessimistic" redirect="edit">
      <SimpleForm>
        <ReferenceInput source="programId" reference="actionPrograms" filter={collectivityId ? { collectivityId } : {}}>
          <SelectInput label={`${F}programId`} optionText="title" validate={required()} />
        </ReferenceInput>
        <TextInput source="titleAr" label={`${F}titleAr`} fullWidth />
        <TextInput source="titleFr" label={`${F}titleFr`} fullWidth validate={titleInEitherLanguage} />
        <TextInput source="problem" label={`${F}problem`} multiline fullWidth />
        <TextInput source="action" label={`${F}action`} multiline fullWidth />
        <SelectArrayInput source="principles" label={`${F}principles`} choices={enumChoices('OpennessPrinciple', locale)} validate={required()} />
        <TextInput source="leadUnit" label={`${F}leadUnit`} />
        <DayInput source="startsOn" label={`${F}startsOn`} />
        <DayInput source="endsOn" label={`${F}endsOn`} />
        <FormDataConsumer>{({ formData }) => <FieldsOfProgram programId={formData.programId as string | undefined} />}</FormDataConsumer>
      </SimpleForm>
    </Create>
  );
}
