import { Box, Card, CardContent, CardHeader } from '@mui/material';
import { useEffect, useState } from 'react';
import {
  ArrayInput,
  BooleanInput,
  HttpError,
  NumberInput,
  ResourceContextProvider,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  Title,
  useNotify,
} from 'react-admin';
import {
  ConsoleNetworkContentDocument,
  ConsoleUpdateCharterDocument,
  ConsoleUpdateSupportProgrammeDocument,
  type CharterInput,
  type ConsoleNetworkContentQuery,
  type SupportProgrammeInput,
} from '../generated/operations';
import { graphql } from '../graphql';

type Language = 'ar' | 'fr' | 'en';
import { contentFieldLabel, useNetworkWords } from './words';
import { KnownDateInput } from '../dates/DateInputs';

/** A refused write's errors at their fields: `axes[2].titleFr` (or `axes.2.titleFr`) is the form's `axes.2.titleFr`. */
async function withFieldErrors(write: () => Promise<unknown>): Promise<Record<string, string> | undefined> {
  try {
    await write();
    return undefined;
  } catch (error) {
    if (error instanceof HttpError && error.status === 400) {
      const errors = (error.body as { errors?: Record<string, string> } | undefined)?.errors ?? {};
      return Object.fromEntries(Object.entries(errors).map(([field, message]) => [field.replace(/\[(\d+)\]/g, '.$1'), message]));
    }
    throw error;
  }
}

const bilingual = (language: Language, source: string, multiline = false) => [
  <TextInput key={`${source}Ar`} source={`${source}Ar`} label={contentFieldLabel(`${source}Ar`, language)} multiline={multiline} fullWidth dir="rtl" />,
  <TextInput key={`${source}Fr`} source={`${source}Fr`} label={contentFieldLabel(`${source}Fr`, language)} multiline={multiline} fullWidth dir="ltr" />,
];

const textList = (language: Language, source: string) => (
  <ArrayInput key={source} source={source} label={contentFieldLabel(source, language)}>
    <SimpleFormIterator inline={false}>
      <TextInput source="textAr" label={contentFieldLabel('textAr', language)} multiline fullWidth dir="rtl" />
      <TextInput source="textFr" label={contentFieldLabel('textFr', language)} multiline fullWidth dir="ltr" />
    </SimpleFormIterator>
  </ArrayInput>
);

/** The network admin edits the support programme and the charter; a broken rule shows at its field, nothing saved. */
export function NetworkContentPage() {
  const { language, words } = useNetworkWords();
  const notify = useNotify();
  const [content, setContent] = useState<ConsoleNetworkContentQuery['network'] | null>(null);
  useEffect(() => {
    graphql(ConsoleNetworkContentDocument).then(
      (data) => setContent(data.network),
      () => notify(words.loadFailed, { type: 'error' }),
    );
  }, [notify, words.loadFailed]);
  if (!content) return null;
  const saveProgramme = (values: Record<string, unknown>) =>
    withFieldErrors(async () => {
      const input = values as unknown as SupportProgrammeInput;
      const axes = (input.axes ?? []).map((axis, index) => ({
        ...axis,
        number: index + 1,
      }));
      await graphql(ConsoleUpdateSupportProgrammeDocument, {
        input: { ...input, axes },
      });
      notify(words.saved, { type: 'success' });
    });
  const saveCharter = (values: Record<string, unknown>) =>
    withFieldErrors(async () => {
      await graphql(ConsoleUpdateCharterDocument, {
        input: values as unknown as CharterInput,
      });
      notify(words.saved, { type: 'success' });
    });
  return (
    // the forms' inputs name their fields without a resource of their own: the network's content is one record
    <ResourceContextProvider value="network">
      <Box sx={{ mt: 1, display: 'flex', flexDirection: 'column', gap: 2 }}>
        <Title title={words.content} />
        <Card>
          <CardHeader title={words.programme} titleTypographyProps={{ component: 'h2', variant: 'h6' }} />
          <CardContent>
            <SimpleForm record={content.supportProgramme ?? { partners: [], axes: [] }} onSubmit={saveProgramme} id="support-programme-form">
              {bilingual(language, 'name')}
              <KnownDateInput source="launchedOn" label={contentFieldLabel('launchedOn', language)} />
              {bilingual(language, 'description', true)}
              <ArrayInput source="partners" label={contentFieldLabel('partners', language)}>
                <SimpleFormIterator inline>
                  <TextInput source="nameAr" label={contentFieldLabel('nameAr', language)} dir="rtl" />
                  <TextInput source="nameFr" label={contentFieldLabel('nameFr', language)} dir="ltr" />
                  <BooleanInput source="lead" label={contentFieldLabel('lead', language)} />
                </SimpleFormIterator>
              </ArrayInput>
              <ArrayInput source="axes" label={contentFieldLabel('axes', language)}>
                <SimpleFormIterator inline={false}>
                  <NumberInput source="number" label={contentFieldLabel('number', language)} disabled />
                  <TextInput source="titleAr" label={contentFieldLabel('titleAr', language)} fullWidth dir="rtl" />
                  <TextInput source="titleFr" label={contentFieldLabel('titleFr', language)} fullWidth dir="ltr" />
                  <TextInput source="descriptionAr" label={contentFieldLabel('descriptionAr', language)} multiline fullWidth dir="rtl" />
                  <TextInput source="descriptionFr" label={contentFieldLabel('descriptionFr', language)} multiline fullWidth dir="ltr" />
                </SimpleFormIterator>
              </ArrayInput>
            </SimpleForm>
          </CardContent>
        </Card>
        <Card>
          <CardHeader title={words.charter} titleTypographyProps={{ component: 'h2', variant: 'h6' }} />
          <CardContent>
            <SimpleForm
              record={
                content.charter ?? {
                  preamble: [],
                  objectives: [],
                  values: [],
                  commitments: [],
                }
              }
              onSubmit={saveCharter}
              id="charter-form"
            >
              {textList(language, 'preamble')}
              {bilingual(language, 'decision', true)}
              {bilingual(language, 'purpose', true)}
              {bilingual(language, 'openCollectivity', true)}
              {textList(language, 'objectives')}
              {textList(language, 'values')}
              {textList(language, 'commitments')}
            </SimpleForm>
          </CardContent>
        </Card>
      </Box>
    </ResourceContextProvider>
  );
}
