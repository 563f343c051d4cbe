import { Box, Button as MuiButton, Card, CardContent, CardHeader, Chip, FormControl, InputLabel, MenuItem, Select, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { enumChoices, enumLabel, formatDate, regionLabel, REGION_CODES } from '@infitah/labels';
import { RegionMap } from '@infitah/region-map';
import { useEffect, useState } from 'react';
import { Title } from 'react-admin';
import {
  ConsoleMemberProgressCsvDocument,
  ConsoleMemberProgressDocument,
  ConsoleNetworkOverviewDocument,
  type ConsoleMemberProgressQuery,
  type ConsoleNetworkOverviewQuery,
  type MemberStage,
} from '../generated/operations';
import { graphql } from '../graphql';
import { useNetworkWords } from './words';

const PAGE = 25;

interface Filter {
  stage: MemberStage | '';
  regionCode: string;
  cohortId: string;
}

const asGraphFilter = (filter: Filter) => ({
  stage: filter.stage || null,
  regionCode: filter.regionCode || null,
  cohortId: filter.cohortId || null,
});

/** A text downloaded as a file named `name`, without leaving the page. */
function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * The network admin's "Network" page: the tile map of the regions (coloured by members, share adopted or commitments),
 * members by stage, and each member's progress on the path with filters and a CSV export.
 */
export function NetworkPage() {
  const { language, words } = useNetworkWords();
  const [overview, setOverview] = useState<ConsoleNetworkOverviewQuery | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    graphql(ConsoleNetworkOverviewDocument).then(setOverview, () => setFailed(true));
  }, []);
  return (
    <Box sx={{ mt: 1, display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Title title={words.title} />
      {failed && <Typography role="alert">{words.loadFailed}</Typography>}
      {overview && (
        <>
          <Card>
            <CardContent>
              <RegionMap rows={overview.network.byRegion} locale={language} headingLevel={2} />
            </CardContent>
          </Card>
          <Card>
            <CardHeader title={words.byStage} titleTypographyProps={{ component: 'h2', variant: 'h6' }} />
            <CardContent>
              <Table size="small" data-testid="members-by-stage">
                <TableHead>
                  <TableRow>
                    <TableCell>{words.stage}</TableCell>
                    <TableCell>{words.count}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {overview.network.membersByStage.map((row) => (
                    <TableRow key={row.stage} data-stage={row.stage}>
                      <TableCell component="th" scope="row">{enumLabel('MemberStage', row.stage, language)}</TableCell>
                      <TableCell>{row.count}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </CardContent>
          </Card>
          <MemberProgressList cohorts={overview.cohorts.nodes} />
        </>
      )}
    </Box>
  );
}

function MemberProgressList({ cohorts }: { cohorts: ConsoleNetworkOverviewQuery['cohorts']['nodes'] }) {
  const { language, words } = useNetworkWords();
  const [filter, setFilter] = useState<Filter>({ stage: '', regionCode: '', cohortId: '' });
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<ConsoleMemberProgressQuery['memberProgress'] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let current = true;
    setFailed(false);
    graphql(ConsoleMemberProgressDocument, { filter: asGraphFilter(filter), first: PAGE, offset }).then(
      (data) => current && setPage(data.memberProgress),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [filter, offset]);
  const change = (key: keyof Filter) => (value: string) => {
    setOffset(0);
    setFilter((previous) => ({ ...previous, [key]: value }));
  };
  const exportCsv = async () => {
    const data = await graphql(ConsoleMemberProgressCsvDocument, { filter: asGraphFilter(filter) });
    download(`member-progress-${new Date().toISOString().slice(0, 10)}.csv`, data.memberProgressCsv);
  };
  return (
    <Card>
      <CardHeader
        title={words.progress}
        titleTypographyProps={{ component: 'h2', variant: 'h6' }}
        action={
          <MuiButton variant="outlined" onClick={exportCsv} data-testid="member-progress-csv">
            {words.csv}
          </MuiButton>
        }
      />
      <CardContent>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mb: 2 }}>
          <FilterSelect label={words.stage} name="stage" value={filter.stage} onChange={change('stage')} all={words.all}
            choices={enumChoices('MemberStage', language).map((choice) => ({ id: choice.id, name: choice.name }))} />
          <FilterSelect label={words.region} name="regionCode" value={filter.regionCode} onChange={change('regionCode')} all={words.all}
            choices={REGION_CODES.map((code) => ({ id: code, name: regionLabel(code, language) }))} />
          <FilterSelect label={words.cohort} name="cohortId" value={filter.cohortId} onChange={change('cohortId')} all={words.all}
            choices={cohorts.map((cohort) => ({ id: cohort.id, name: language === 'ar' ? cohort.labelAr : cohort.labelFr }))} />
        </Box>
        {failed && <Typography role="alert">{words.loadFailed}</Typography>}
        {page && (
          <>
            <Typography data-testid="member-progress-total">
              {page.totalCount} {words.rows}
            </Typography>
            <Table size="small" data-testid="member-progress">
              <TableHead>
                <TableRow>
                  <TableCell>{words.member}</TableCell>
                  <TableCell>{words.region}</TableCell>
                  <TableCell>{words.stage}</TableCell>
                  <TableCell>{words.since}</TableCell>
                  <TableCell>{words.expected}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {page.nodes.map((row) => (
                  <TableRow key={row.collectivity.id}>
                    <TableCell component="th" scope="row">{language === 'ar' ? row.collectivity.nameAr : row.collectivity.nameFr}</TableCell>
                    <TableCell>{row.regionCode ? regionLabel(row.regionCode, language) : '—'}</TableCell>
                    <TableCell className="member-stage">{enumLabel('MemberStage', row.stage, language)}</TableCell>
                    <TableCell>{formatDate(row.since, language)}</TableCell>
                    <TableCell>
                      {enumLabel('MemberStage', row.expectedStage, language)}{' '}
                      {row.overdue ? <Chip size="small" color="error" variant="outlined" label={words.overdue} /> : <Chip size="small" variant="outlined" label={words.onTime} />}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <Box sx={{ display: 'flex', gap: 1, mt: 1 }}>
              <MuiButton disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>{words.previous}</MuiButton>
              <MuiButton disabled={offset + PAGE >= page.totalCount} onClick={() => setOffset(offset + PAGE)}>{words.next}</MuiButton>
            </Box>
          </>
        )}
      </CardContent>
    </Card>
  );
}

function FilterSelect({ label, name, value, onChange, choices, all }: {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  choices: Array<{ id: string; name: string }>;
  all: string;
}) {
  const id = `member-progress-${name}`;
  return (
    // the focused label in the darker blue: the theme's keeps under 4.5:1 on a grey background
    <FormControl size="small" sx={{ flex: '0 1 16rem', minWidth: 200, '& .MuiInputLabel-root.Mui-focused': { color: 'primary.dark' } }}>
      <InputLabel id={`${id}-label`}>{label}</InputLabel>
      <Select labelId={`${id}-label`} id={id} name={name} value={value} label={label} onChange={(event) => onChange(String(event.target.value))}>
        <MenuItem value="">{all}</MenuItem>
        {choices.map((choice) => (
          <MenuItem key={choice.id} value={choice.id} data-value={choice.id}>
            {choice.name}
          </MenuItem>
        ))}
      </Select>
    </FormControl>
  );
}
