import { Box, Card, CardContent, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import {
  ArrayInput,
  Button,
  HttpError,
  NumberInput,
  SaveButton,
  SelectArrayInput,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  Toolbar,
  maxValue,
  minValue,
  required,
  useGetList,
  useLocale,
  useNotify,
  usePermissions,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { enumChoices, enumLabel, fieldLabel, formatDate } from '@infitah/labels';
import { formatMoroccoDate } from '@infitah/morocco-time';
import { EventKind, type IndicatorChangeInput, type IndicatorDirection } from '../generated/graphql';
import { ConsoleAmendCommitmentDocument, ConsoleCommitmentVersionsDocument, ConsoleEventsOfKindDocument, type ConsoleCommitmentFieldsFragment, type ConsoleCommitmentVersionsQuery } from '../generated/operations';
import { commitmentChanges } from '../dataProvider';
import { graphql } from '../graphql';
import { TemplateInputs, useProgramAxes } from './TemplateInputs';
import { DayInput } from '../dates/DateInputs';

const F = 'template.fields.';
const A = 'template.amend.';
const V = 'template.versions.';

type Version = NonNullable<ConsoleCommitmentVersionsQuery['commitment']>['versions'][number];

/** A collectivity's events of one kind as choices: title and day. */
export function useEventChoices(collectivityId: string | undefined, kind: EventKind) {
  const locale = useLocale();
  const [choices, setChoices] = useState<Array<{ id: string; name: string }>>([]);
  useEffect(() => {
    if (!collectivityId) return;
    let current = true;
    graphql(ConsoleEventsOfKindDocument, { collectivityId, kind })
      .then((data) => current && setChoices(data.events.nodes.map((event) => ({ id: event.id, name: `${event.title} — ${formatDate(event.startsOn.slice(0, 10), locale)}` }))))
      .catch(() => current && setChoices([]));
    return () => {
      current = false;
    };
  }, [collectivityId, kind, locale]);
  return choices;
}

/** A milestone's inputs, labelled in the console's language (its id and carrying-out kept as the record has them). */
export function MilestoneInputs() {
  return (
    <ArrayInput source="milestones" label={`${F}milestones`}>
      <SimpleFormIterator inline>
        <TextInput source="title" label="resources.commitments.fields.milestoneTitle" validate={required()} />
        <DayInput source="startsOn" label={`${F}milestoneStartsOn`} />
        <DayInput source="dueOn" label="resources.commitments.fields.dueOn" />
        <TextInput source="deliverable" label={`${F}deliverable`} />
        <NumberInput source="weight" label="resources.commitments.fields.weight" min={1} max={100} defaultValue={1} validate={[required(), minValue(1), maxValue(100)]} />
      </SimpleFormIterator>
    </ArrayInput>
  );
}

/** An indicator as the amendment form holds it: `indicatorId` for one the commitment has, none for a new one. */
interface IndicatorDraft {
  indicatorId?: string | null;
  title?: string;
  unit?: string | null;
  baseline?: number | string;
  target?: number | string;
  direction?: string;
}
type IndicatorRow = ConsoleCommitmentFieldsFragment['indicators'][number];
const PLAN_KEYS = ['title', 'unit', 'baseline', 'target', 'direction'] as const;

/** The indicators' rows of the form, from the commitment's. */
const indicatorDrafts = (indicators: IndicatorRow[]): IndicatorDraft[] =>
  indicators.map((indicator) => ({ indicatorId: indicator.id, title: indicator.title, unit: indicator.unit, baseline: indicator.baseline, target: indicator.target, direction: indicator.direction }));

/**
 * What the amendment changes of the indicators: each one corrected, added or removed, with the form's row each change
 * came from (to show a refusal at its input); null when nothing changes.
 */
function indicatorChanges(rows: IndicatorDraft[], indicators: IndicatorRow[]) {
  const changes: Array<{ input: IndicatorChangeInput; row: number | null }> = [];
  const plan = (row: IndicatorDraft) => ({
    title: row.title ?? '',
    unit: row.unit ?? '',
    baseline: Number(row.baseline),
    target: Number(row.target),
    direction: row.direction as IndicatorDirection,
  });
  rows.forEach((row, index) => {
    const before = indicators.find((indicator) => indicator.id === row.indicatorId);
    if (!before) return void changes.push({ input: plan(row), row: index });
    const after = plan(row);
    if (PLAN_KEYS.some((key) => String(after[key]) !== String(before[key]))) changes.push({ input: { indicatorId: before.id, ...after }, row: index });
  });
  for (const indicator of indicators) {
    if (!rows.some((row) => row.indicatorId === indicator.id)) changes.push({ input: { indicatorId: indicator.id, remove: true }, row: null });
  }
  return changes.length ? changes : null;
}

/**
 * The graph's refusal of an amendment at the form's fields: `changes.endsOn` is the form's `endsOn`, `indicators.N.x`
 * the row of the form that change came from.
 */
const formErrorsOf = (error: unknown, indicatorRows: Array<number | null>) => {
  if (!(error instanceof HttpError) || error.status !== 400) throw error;
  const errors = (error.body as { errors?: Record<string, string> }).errors ?? {};
  return Object.fromEntries(
    Object.entries(errors).map(([field, message]) => {
      const indicator = /^indicators\.(\d+)\.(\w+)$/.exec(field);
      const row = indicator ? indicatorRows[Number(indicator[1])] : null;
      if (indicator && row !== null && row !== undefined) return [`amendIndicators.${row}.${indicator[2]}`, message];
      return [field.replace(/^changes\./, ''), message];
    }),
  );
};

/**
 * The amendment of an adopted programme's commitment, as its council approved it: the reason, the council session (one
 * of the commune's COUNCIL_SESSION events), the day it takes effect, and the plan as amended. Only what differs from
 * the commitment is sent; the graph writes a new version.
 */
export function AmendForm({ onDone }: { onDone: () => void }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const locale = useLocale();
  const notify = useNotify();
  const refresh = useRefresh();
  const axes = useProgramAxes();
  const sessions = useEventChoices((record?.collectivity as { id: string } | null)?.id, EventKind.CouncilSession);
  if (!record) return null;
  const indicators = (record.indicators ?? []) as IndicatorRow[];
  const amend = async (data: Record<string, unknown>) => {
    const { changes, milestones } = commitmentChanges(data, record);
    const indicatorList = indicatorChanges((data.amendIndicators ?? []) as IndicatorDraft[], indicators);
    try {
      const id = String(record.id);
      await graphql(ConsoleAmendCommitmentDocument, {
        id,
        input: {
          reason: String(data.amendmentReason ?? ''),
          councilSessionEventId: String(data.councilSessionEventId ?? ''),
          amendedOn: String(data.amendedOn ?? ''),
          changes,
          milestones,
          indicators: indicatorList?.map((change) => change.input) ?? null,
        },
      });
      const versions = await graphql(ConsoleCommitmentVersionsDocument, { id });
      notify(translate(`${A}done`, { number: versions.commitment?.versions.length ?? '' }), { type: 'success' });
      onDone();
      refresh();
      return undefined;
    } catch (error) {
      const errors = formErrorsOf(error, indicatorList?.map((change) => change.row) ?? []);
      // the form's own names for the amendment's reason
      if (errors.reason) errors.amendmentReason = errors.reason;
      return errors;
    }
  };
  return (
    <Card variant="outlined" sx={{ mt: 2 }} className="amend-commitment">
      <CardContent>
        <Typography variant="h6">{translate(`${A}title`)}</Typography>
        <SimpleForm
          record={{ ...record, amendIndicators: indicatorDrafts(indicators) }}
          onSubmit={amend}
          toolbar={
            <Toolbar>
              <SaveButton label={`${A}submit`} alwaysEnable />
              <Button label={`${A}cancel`} onClick={onDone} sx={{ ml: 2 }} />
            </Toolbar>
          }
        >
          <TextInput source="amendmentReason" label={`${A}reason`} multiline fullWidth validate={required()} />
          <SelectInput source="councilSessionEventId" label={`${A}councilSession`} choices={sessions} validate={required()} helperText={sessions.length === 0 ? `${A}noSession` : undefined} />
          <DayInput source="amendedOn" label={`${A}amendedOn`} validate={required()} />
          <Typography variant="subtitle1" sx={{ mt: 2 }}>
            {translate(`${A}changes`)}
          </Typography>
          <TextInput source="titleAr" label={`${F}titleAr`} fullWidth />
          <TextInput source="titleFr" label={`${F}titleFr`} fullWidth />
          <TextInput source="problem" label={`${F}problem`} multiline fullWidth />
          <TextInput source="action" label={`${F}action`} multiline fullWidth />
          <SelectArrayInput source="principles" label={`${F}principles`} choices={enumChoices('OpennessPrinciple', locale)} validate={required()} />
          <TextInput source="leadUnit" label={`${F}leadUnit`} />
          <DayInput source="startsOn" label={`${F}startsOn`} />
          <DayInput source="endsOn" label={`${F}endsOn`} />
          <TemplateInputs axes={axes} />
          <MilestoneInputs />
          <ArrayInput source="amendIndicators" label={`${F}indicators`}>
            <SimpleFormIterator inline>
              <TextInput source="title" label="template.indicators.indicator" validate={required()} />
              <TextInput source="unit" label="template.indicators.unit" />
              <NumberInput source="baseline" label="template.indicators.baseline" validate={required()} />
              <NumberInput source="target" label="template.indicators.target" validate={required()} />
              <SelectInput source="direction" label="template.indicators.direction" choices={enumChoices('IndicatorDirection', locale)} validate={required()} />
            </SimpleFormIterator>
          </ArrayInput>
        </SimpleForm>
      </CardContent>
    </Card>
  );
}

/** A field of a version's changes, in the console's language: never the graph's name. */
export function changedFieldLabel(field: string, translate: (key: string, options?: Record<string, unknown>) => string, locale: string) {
  return translate(`${F}${field}`, { _: fieldLabel(field, locale) });
}

/** A value before or after, as JSON text in the graph, shown as words: enum values labelled, lists one item a line. */
export function changedValue(field: string, json: string | null | undefined, translate: (key: string) => string, locale: string, axes: ReadonlyArray<{ id: string; title: string }>): string {
  if (json === null || json === undefined) return '—';
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return json;
  }
  if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) return '—';
  const principle = (code: unknown) => enumLabel('OpennessPrinciple', String(code), locale);
  const item = (entry: unknown): string => {
    if (entry === null || entry === undefined) return '—';
    if (typeof entry !== 'object') return String(entry);
    const row = entry as Record<string, unknown>;
    if (field === 'relevance') return `${principle(row.principle)} : ${row.text}`;
    if (field === 'supportingActors') return `${enumLabel('ActorKind', String(row.kind), locale)} : ${row.name}`;
    if (field === 'milestones') return [row.title, row.startsOn, row.dueOn, row.deliverable].filter(Boolean).join(' · ');
    if (field === 'indicators') return `${row.title} : ${row.baseline} → ${row.target} ${row.unit ?? ''}`.trim();
    return Object.values(row)
      .filter((part) => part !== null && part !== '')
      .join(' · ');
  };
  if (field === 'principles' && Array.isArray(value)) return value.map(principle).join(', ');
  if (field === 'completion') return enumLabel('CompletionLevel', String(value), locale);
  if (field === 'axisId') return axes.find((axis) => axis.id === value)?.title ?? '—';
  return Array.isArray(value) ? value.map(item).join('\n') : item(value);
}

/**
 * The commitment's versions since adoption: number, kind, date, who, why, the council session, and what changed with
 * its value before and after, every field labelled.
 */
export function Versions() {
  const record = useRecordContext();
  const translate = useTranslate();
  const locale = useLocale();
  const axes = useProgramAxes();
  const [versions, setVersions] = useState<Version[] | null>(null);
  const { permissions } = usePermissions();
  // who wrote a version: the commune's accounts, which its admin (and the network) may read
  const { data: accounts } = useGetList('accounts', { pagination: { page: 1, perPage: 100 } }, { retry: false, enabled: permissions !== 'COLLECTIVITY_EDITOR' });
  const id = record?.id as string | undefined;
  const reload = useCallback(async () => {
    if (!id) return;
    const data = await graphql(ConsoleCommitmentVersionsDocument, { id });
    setVersions(data.commitment?.versions ?? []);
  }, [id]);
  useEffect(() => {
    void reload();
  }, [reload, record]);
  if (!record || versions === null) return null;
  const who = (accountId: string | null | undefined) => {
    const account = accounts?.find((row) => row.id === accountId);
    return account ? String(account.displayName ?? account.email) : '—';
  };
  return (
    <Box sx={{ mt: 2 }} className="commitment-versions">
      <Typography variant="h6">{translate(`${V}title`)}</Typography>
      {versions.length === 0 ? (
        <Typography variant="body2">{translate(`${V}none`)}</Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate(`${V}number`)}</TableCell>
              <TableCell>{translate(`${V}date`)}</TableCell>
              <TableCell>{translate(`${V}who`)}</TableCell>
              <TableCell>{translate(`${V}reason`)}</TableCell>
              <TableCell>{translate(`${V}councilSession`)}</TableCell>
              <TableCell>{translate(`${V}changes`)}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {versions.map((version) => (
              <TableRow key={version.id} className="version-row" data-number={version.number}>
                <TableCell>{`${version.number} — ${translate(`${V}${version.kind}`)}`}</TableCell>
                <TableCell>{version.amendedOn ? formatDate(version.amendedOn, locale) : formatMoroccoDate(version.createdAt, locale)}</TableCell>
                <TableCell>{who(version.createdBy)}</TableCell>
                <TableCell>{version.reason ?? '—'}</TableCell>
                <TableCell>{version.councilSession ? `${version.councilSession.title} — ${formatDate(version.councilSession.startsOn.slice(0, 10), locale)}` : '—'}</TableCell>
                <TableCell>
                  {version.changes.length === 0 ? (
                    '—'
                  ) : (
                    <Table size="small">
                      <TableHead>
                        <TableRow>
                          <TableCell>{translate(`${V}field`)}</TableCell>
                          <TableCell>{translate(`${V}before`)}</TableCell>
                          <TableCell>{translate(`${V}after`)}</TableCell>
                        </TableRow>
                      </TableHead>
                      <TableBody>
                        {version.changes.map((change) => (
                          <TableRow key={change.field} className="version-change">
                            <TableCell>{changedFieldLabel(change.field, translate, locale)}</TableCell>
                            <TableCell sx={{ whiteSpace: 'pre-line' }}>{changedValue(change.field, change.before, translate, locale, axes)}</TableCell>
                            <TableCell sx={{ whiteSpace: 'pre-line' }}>{changedValue(change.field, change.after, translate, locale, axes)}</TableCell>
                          </TableRow>
                        ))}
                      </TableBody>
                    </Table>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
}
