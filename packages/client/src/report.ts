import { NetworkReportDocument, type NetworkReportQuery } from './generated/graphql';
import type { InfitahClient } from './index';

const share = (part: number, whole: number) => (whole ? `${Math.round((100 * part) / whole)} %` : '—');

/** The network's figures as a plain-text report, in French and Arabic where the data has both. */
export function formatNetworkReport({ network }: NetworkReportQuery): string {
  const lines = [
    `${network.nameFr} — ${network.nameAr}`,
    `Founded ${network.foundedOn}; ${network.memberCount} active members.`,
    '',
    'Members by kind:',
    ...network.membersByKind.map((row) => `  ${row.kind.padEnd(12)} ${String(row.count).padStart(5)}  ${share(row.count, network.memberCount)}`),
    '',
    'Members by region:',
    ...network.membersByRegion.map((row) => `  ${(row.region ? `${row.region.code ?? ''} ${row.region.nameFr}` : 'unknown region').padEnd(40)} ${String(row.count).padStart(5)}`),
    '',
  ];
  lines.push(
    network.participation
      ? `Participation: ${network.participation.eventCount} events, ${network.participation.proposalCount} proposals.`
      : 'Participation: unavailable.',
  );
  lines.push(
    network.evaluation
      ? `Evaluation: ${network.evaluation.programCount} action programmes, ${network.evaluation.commitmentCount} commitments.`
      : 'Evaluation: unavailable.',
  );
  return lines.join('\n');
}

/** Fetches and formats the report; figures count what the client's caller may see. */
export async function networkReport(client: InfitahClient): Promise<string> {
  const { data, errors } = await client.execute(NetworkReportDocument);
  const report = formatNetworkReport(data!);
  return errors.length ? `${report}\n\n(partial: ${errors.map((error) => error.message).join('; ')})` : report;
}
