import { formatDate } from '@infitah/labels';
import { useConsoleLocale } from '../i18n';
import { DayField } from '../dates/DateInputs';
import {
  Autocomplete,
  Card,
  CardContent,
  CardHeader,
  Chip,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField as MuiTextField,
  Typography,
} from '@mui/material';
import { useEffect, useState } from 'react';
import { Button, useLocaleState, useNotify, usePermissions, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { OnboardingStepKind } from '../generated/graphql';
import {
  ConsoleAssignCohortDocument,
  ConsoleCohortCandidatesDocument,
  ConsoleCohortMembersDocument,
  ConsoleSetOnboardingStepDocument,
  type ConsoleCohortCandidatesQuery,
  type ConsoleCohortMembersQuery,
} from '../generated/operations';
import { graphql } from '../graphql';

const PAGE_SIZE = 50;

/** A page of the wave's members, as cohorts.graphql reads it. */
type Page = NonNullable<ConsoleCohortMembersQuery['cohort']>;
type Member = Page['members']['nodes'][number];
type Candidate = ConsoleCohortCandidatesQuery['collectivities']['nodes'][number];

const STEPS: OnboardingStepKind[] = ['INFORMATION_MEETING', 'TRAINING', 'FOCAL_POINT_NAMED', 'COMMITTEE_FORMED', 'PROGRAMME_STARTED'];

/** A date at the precision it is known ("2025", "mars 2025", "11 mars 2025"), in the reader's conventions, unbroken. */
function DateCell({ value }: { value: string | null | undefined }) {
  const locale = useConsoleLocale();
  return (
    <TableCell sx={{ whiteSpace: 'nowrap' }}>
      <bdi>{value ? formatDate(value, locale) : '—'}</bdi>
    </TableCell>
  );
}

/**
 * A wave's members and where each stands: onboarding steps (territory) beside the trainings attended
 * (participation), the members not yet trained, and for the network, forms to record a step or place a member.
 */
export function CohortMembers() {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { permissions } = usePermissions();
  const notify = useNotify();
  const refresh = useRefresh();
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<Page | null>(null);
  const nameOf = (collectivity: { nameAr: string; nameFr: string }) => (locale === 'ar' ? collectivity.nameAr : collectivity.nameFr);

  const load = async () => {
    if (!record) return;
    const data = await graphql(ConsoleCohortMembersDocument, { id: record.id, first: PAGE_SIZE, offset });
    setPage(data.cohort);
  };
  useEffect(() => {
    void load();
  }, [record?.id, offset]);

  const run = async (write: () => Promise<unknown>) => {
    try {
      await write();
      notify('infitah.cohorts.saved', { type: 'success' });
      await load();
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };

  if (!record || !page) return null;
  const { members, untrainedMembers } = page;
  return (
    <>
      <Card sx={{ mt: 2 }}>
        <CardHeader
          title={translate('infitah.cohorts.untrained', { count: untrainedMembers?.totalCount ?? '?' })}
          subheader={untrainedMembers && untrainedMembers.totalCount === 0 ? translate('infitah.cohorts.allTrained') : undefined}
        />
        <CardContent>
          <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }} data-testid="untrained-members">
            {(untrainedMembers?.nodes ?? []).map((member) => (
              <Chip key={member.id} label={nameOf(member)} component="a" href={`#/collectivities?filter=${encodeURIComponent(JSON.stringify({ q: member.nameFr }))}`} clickable />
            ))}
          </Stack>
        </CardContent>
      </Card>

      <Card sx={{ mt: 2 }}>
        <CardHeader title={translate('infitah.cohorts.members')} subheader={`${members.totalCount}`} />
        {/* a wide table scrolls in its own box, which a keyboard reaches too */}
        <CardContent sx={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-label={translate('infitah.cohorts.members')}>
          <Table size="small" data-testid="cohort-members">
            <TableHead>
              <TableRow>
                <TableCell>{translate('infitah.cohorts.member')}</TableCell>
                <TableCell>{translate('infitah.cohorts.joinedOn')}</TableCell>
                <TableCell>{translate('infitah.cohorts.status')}</TableCell>
                {STEPS.map((step) => (
                  <TableCell key={step}>{translate(step)}</TableCell>
                ))}
                <TableCell>{translate('infitah.cohorts.trainings')}</TableCell>
                <TableCell>{translate('infitah.cohorts.nextStep')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {members.nodes.map((member) => (
                <TableRow key={member.id}>
                  <TableCell>{nameOf(member)}</TableCell>
                  <DateCell value={member.membership?.joinedOn} />
                  <TableCell>{member.membership ? translate(member.membership.status) : ''}</TableCell>
                  {STEPS.map((step) => (
                    <DateCell key={step} value={member.membership?.onboarding.find((entry) => entry.step === step)?.completedOn} />
                  ))}
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {member.capacityBuilding ? (
                      <bdi>
                        {member.capacityBuilding.trainingsAttended}
                        {member.capacityBuilding.lastTrainedOn ? ` (${formatDate(member.capacityBuilding.lastTrainedOn, locale)})` : ''}
                      </bdi>
                    ) : (
                      '—'
                    )}
                  </TableCell>
                  <TableCell>{member.membership?.nextStep ? translate(member.membership.nextStep) : translate('infitah.cohorts.done')}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {members.totalCount > PAGE_SIZE && (
            <Stack direction="row" spacing={1} sx={{ mt: 1, alignItems: 'center' }}>
              <Button label="ra.navigation.previous" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))} />
              <Typography variant="body2">{`${offset + 1}–${Math.min(offset + PAGE_SIZE, members.totalCount)} / ${members.totalCount}`}</Typography>
              <Button label="ra.navigation.next" disabled={offset + PAGE_SIZE >= members.totalCount} onClick={() => setOffset(offset + PAGE_SIZE)} />
            </Stack>
          )}
        </CardContent>
      </Card>

      {permissions === 'NETWORK_ADMIN' && (
        <NetworkForms cohortId={String(record.id)} members={members.nodes} nameOf={nameOf} run={run} />
      )}
    </>
  );
}

function NetworkForms(props: {
  cohortId: string;
  members: Member[];
  nameOf: (collectivity: { nameAr: string; nameFr: string }) => string;
  run: (write: () => Promise<unknown>) => Promise<void>;
}) {
  const translate = useTranslate();
  const [memberId, setMemberId] = useState('');
  const [step, setStep] = useState<OnboardingStepKind>(STEPS[0]);
  const [completedOn, setCompletedOn] = useState('');
  const [search, setSearch] = useState('');
  const [options, setOptions] = useState<Candidate[]>([]);
  const [chosen, setChosen] = useState<Candidate | null>(null);

  useEffect(() => {
    const timer = setTimeout(() => {
      graphql(ConsoleCohortCandidatesDocument, { q: search || null })
        .then((data) => setOptions(data.collectivities.nodes))
        .catch(() => setOptions([]));
    }, 250);
    return () => clearTimeout(timer);
  }, [search]);

  return (
    <Card sx={{ mt: 2 }}>
      <CardContent>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={1} sx={{ alignItems: 'center' }}>
          <MuiTextField select name="member" label={translate('infitah.cohorts.member')} value={memberId} onChange={(event) => setMemberId(event.target.value)} sx={{ minWidth: { xs: '100%', md: 220 } }}>
            {props.members.map((member) => (
              <MenuItem key={member.id} value={member.id}>
                {props.nameOf(member)}
              </MenuItem>
            ))}
          </MuiTextField>
          <MuiTextField select name="step" label={translate('infitah.cohorts.step')} value={step} onChange={(event) => setStep(event.target.value as OnboardingStepKind)} sx={{ minWidth: { xs: '100%', md: 220 } }}>
            {STEPS.map((value) => (
              <MenuItem key={value} value={value}>
                {translate(value)}
              </MenuItem>
            ))}
          </MuiTextField>
          <DayField kind="KNOWN" size="medium" name="completedOn" label={translate('infitah.cohorts.completedOn')} value={completedOn} onChange={setCompletedOn} />
          <Button
            label="infitah.cohorts.record"
            disabled={!memberId}
            onClick={() =>
              props.run(() => graphql(ConsoleSetOnboardingStepDocument, { c: memberId, s: step, on: completedOn.trim() || null }))
            }
          />
        </Stack>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={1} sx={{ mt: 2, alignItems: 'center' }}>
          <Autocomplete
            sx={{ minWidth: { xs: '100%', md: 320 } }}
            openText={translate('ra.action.open')}
            closeText={translate('ra.action.close')}
            clearText={translate('ra.action.clear_input_value')}
            noOptionsText={translate('ra.navigation.no_results')}
            loadingText={translate('ra.page.loading')}
            options={options}
            value={chosen}
            onChange={(_event, value) => setChosen(value)}
            inputValue={search}
            onInputChange={(_event, value) => setSearch(value)}
            getOptionLabel={(option) => props.nameOf(option)}
            isOptionEqualToValue={(option, value) => option.id === value.id}
            filterOptions={(all) => all}
            renderInput={(params) => <MuiTextField {...params} name="collectivity" label={translate('infitah.cohorts.collectivity')} />}
          />
          <Button
            label="infitah.cohorts.place"
            disabled={!chosen}
            onClick={() => props.run(() => graphql(ConsoleAssignCohortDocument, { c: chosen!.id, w: props.cohortId }))}
          />
        </Stack>
      </CardContent>
    </Card>
  );
}
