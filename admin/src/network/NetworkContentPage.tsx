import { Box, Card, CardContent, CardHeader } from '@mui/material';
import { useEffect, useState } from 'react';
import { ArrayInput, BooleanInput, HttpError, NumberInput, SimpleForm, SimpleFormIterator, TextInput, Title, useNotify } from 'react-admin';
import {
  ConsoleNetworkContentDocument,
  ConsoleUpdateCharterDocument,
  ConsoleUpdateSupportProgrammeDocument,
  type CharterInput,
  type ConsoleNetworkContentQuery,
  type SupportProgrammeInput,
} from '../generated/operations';
import { graphql } from '../graphql';
import { useNetworkWords } from './words';

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

const bilingual = (source: string, multiline = false) => [
  <TextInput key={`${source}Ar`} source={`${source}Ar`} multiline={multiline} fullWidth dir="rtl" />,
  <TextInput key={`${source}Fr`} source={`${source}Fr`} multiline={multiline} fullWidth dir="ltr" />,
];

const textList = (source: string) => (
  <ArrayInput key={source} source={source}>
    <SimpleFormIterator inline={false}>
      <TextInput source="textAr" multiline fullWidth dir="rtl" />
      <TextInput source="textFr" multiline fullWidth dir="ltr" />
    </SimpleFormIterator>
  </ArrayInput>
);

/** The network admin edits the support programme and the charter; a broken rule shows at its field, nothing saved. */
export function NetworkContentPage() {
  const { words } = useNetworkWords();
  const notify = useNotify();
  const [content, setContent] = useState<ConsoleNetworkContentQuery['network'] | null>(null);
  useEffect(() => {
    graphql(ConsoleNetworkContentDocument).then((data) => setContent(data.network), () => notify(words.loadFailed, { type: 'error' }));
  }, [notify, words.loadFailed]);
  if (!content) return null;
  const saveProgramme = (values: Record<string, unknown>) =>
    withFieldErrors(async () => {
      const input = values as unknown as SupportProgrammeInput;
      const axes = (input.axes ?? []).map((axis, index) => ({ ...axis, number: index + 1 }));
      await graphql(ConsoleUpdateSupportProgrammeDocument, { input: { ...input, axes } });
      notify(words.saved, { type: 'success' });
    });
  const saveCharter = (values: Record<string, unknown>) =>
    withFieldErrors(async () => {
      await graphql(ConsoleUpdateCharterDocument, { input: values as unknown as CharterInput });
      notify(words.saved, { type: 'success' });
    });
  return (
    <Box sx={{ mt: 1, display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Title title={words.content} />
      <Card>
        <CardHeader title={words.programme} titleTypographyProps={{ component: 'h2', variant: 'h6' }} />
        <CardContent>
          <SimpleForm record={content.supportProgramme ?? { partners: [], axes: [] }} onSubmit={saveProgramme} id="support-programme-form">
            {bilingual('name')}
            <TextInput source="launchedOn" />
            {bilingual('description', true)}
            <ArrayInput source="partners">
              <SimpleFormIterator inline>
                <TextInput source="nameAr" dir="rtl" />
                <TextInput source="nameFr" dir="ltr" />
                <BooleanInput source="lead" />
              </SimpleFormIterator>
            </ArrayInput>
            <ArrayInput source="axes">
              <SimpleFormIterator inline={false}>
                <NumberInput source="number" disabled />
                <TextInput source="titleAr" fullWidth dir="rtl" />
                <TextInput source="titleFr" fullWidth dir="ltr" />
                <TextInput source="descriptionAr" multiline fullWidth dir="rtl" />
                <TextInput source="descriptionFr" multiline fullWidth dir="ltr" />
              </SimpleFormIterator>
            </ArrayInput>
          </SimpleForm>
        </CardContent>
      </Card>
      <Card>
        <CardHeader title={words.charter} titleTypographyProps={{ component: 'h2', variant: 'h6' }} />
        <CardContent>
          <SimpleForm
            record={content.charter ?? { preamble: [], objectives: [], values: [], commitments: [] }}
            onSubmit={saveCharter}
            id="charter-form"
          >
            {textList('preamble')}
            {bilingual('decision', true)}
            {bilingual('purpose', true)}
            {bilingual('openCollectivity', true)}
            {textList('objectives')}
            {textList('values')}
            {textList('commitments')}
          </SimpleForm>
        </CardContent>
      </Card>
    </Box>
  );
}
