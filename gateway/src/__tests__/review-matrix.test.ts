import { randomUUID } from 'node:crypto';
import { DemoIds } from '@infitah/demo-data';
import { casesOf, outcomeOf, signInActors, type Actor, type Outcome } from './support/actors';
import { startTestPlatform, type TestPlatform } from './support/test-platform';

/**
 * The network's reviews and programme reports and the commune's replies, through the gateway: who reads and who writes
 * each, and that a refused write changes nothing. A = Tamazgana, whose commitment and programme are reviewed.
 */
let platform: TestPlatform;
let tokens: Record<Actor, string | null>;

beforeAll(async () => {
  platform = await startTestPlatform();
  tokens = await signInActors(platform);
}, 120_000);
afterAll(() => platform.close());

const owner = () => platform.subgraphs.evaluation.ownerDataSource;

/** A review of A's published commitment, made directly in the database so that every case starts alike. */
async function review(published: boolean): Promise<string> {
  const id = randomUUID();
  await owner().query(
    `INSERT INTO evaluation.review (collectivity_id, id, commitment_id, verified_completion, comment, reviewer_id, published)
     VALUES ($1, $2, $3, 'LIMITED', 'Avant', $4, $5)`,
    [DemoIds.tamazgana, id, DemoIds.commitments.tamazganaCouncilMinutes, DemoIds.accounts.network, published],
  );
  return id;
}

async function reply(reviewId: string, published: boolean): Promise<string> {
  const id = randomUUID();
  await owner().query(
    `INSERT INTO evaluation.review_reply (collectivity_id, id, review_id, text_fr, author_id, published) VALUES ($1, $2, $3, 'Réponse', $4, $5)`,
    [DemoIds.tamazgana, id, reviewId, DemoIds.accounts.tamazganaAdmin, published],
  );
  return id;
}

/** A published, adopted programme of A with one published commitment. */
async function adoptedProgram(): Promise<string> {
  const id = randomUUID();
  await owner().query(
    `INSERT INTO evaluation.action_program (collectivity_id, id, title_fr, status, council_session, adopted_on, period_start, period_end, published)
     VALUES ($1, $2, 'Programme revu', 'ADOPTED', 'Session d''octobre', '2025-10', '2025-11-01', '2027-10-31', true)`,
    [DemoIds.tamazgana, id],
  );
  return id;
}

async function draftReport(): Promise<string> {
  const id = randomUUID();
  await owner().query(
    `INSERT INTO evaluation.program_report (collectivity_id, id, program_id, kind, summary_fr, author_id) VALUES ($1, $2, $3, 'DESIGN', 'Avant', $4)`,
    [DemoIds.tamazgana, id, await adoptedProgram(), DemoIds.accounts.network],
  );
  return id;
}

const row = async (table: 'review' | 'review_reply' | 'program_report', id: string) =>
  (await owner().query(`SELECT * FROM evaluation.${table} WHERE id = $1`, [id]))[0];

const EVERYONE_READS = { anonymous: 'sees', editorA: 'sees', adminA: 'sees', adminB: 'sees', network: 'sees' } as const;
const A_AND_NETWORK_READ = { anonymous: 'hidden', editorA: 'sees', adminA: 'sees', adminB: 'hidden', network: 'sees' } as const;
const NETWORK_WRITES = { anonymous: 'UNAUTHENTICATED', editorA: 'FORBIDDEN', adminA: 'FORBIDDEN', adminB: 'FORBIDDEN', network: 'allowed' } as const;

describe('reviews, replies and programme reports', () => {
  const expectations: Record<string, Record<Actor, Outcome>> = {
    'read a draft review': A_AND_NETWORK_READ,
    'read a published review and its published reply': EVERYONE_READS,
    'read a draft reply to a published review': A_AND_NETWORK_READ,
    'read a draft programme report': A_AND_NETWORK_READ,
    'edit a draft review': NETWORK_WRITES,
    'publish a draft review': NETWORK_WRITES,
    'write a programme report': NETWORK_WRITES,
    'edit a draft programme report': NETWORK_WRITES,
    'publish a draft programme report': NETWORK_WRITES,
    'reply to a published review': { anonymous: 'UNAUTHENTICATED', editorA: 'FORBIDDEN', adminA: 'allowed', adminB: 'FORBIDDEN', network: 'FORBIDDEN' },
    'reply to a draft review': { anonymous: 'UNAUTHENTICATED', editorA: 'FORBIDDEN', adminA: 'allowed', adminB: 'NOT_FOUND', network: 'FORBIDDEN' },
    'publish a draft reply': { anonymous: 'UNAUTHENTICATED', editorA: 'FORBIDDEN', adminA: 'allowed', adminB: 'NOT_FOUND', network: 'FORBIDDEN' },
  };

  it.each(casesOf(expectations))('%s by %s → %s', async (operation, actor, expected) => {
    const token = tokens[actor];
    const allowed = expected === 'allowed';
    switch (operation) {
      case 'read a draft review': {
        const response = await platform.graphql('query ($id: ID!) { review(id: $id) { id } }', { id: await review(false) }, token);
        expect(response.data.review ? 'sees' : 'hidden').toBe(expected);
        break;
      }
      case 'read a published review and its published reply': {
        const id = await review(true);
        await reply(id, true);
        const response = await platform.graphql('query ($id: ID!) { review(id: $id) { reply { textFr } } }', { id }, token);
        expect(response.data.review?.reply?.textFr === 'Réponse' ? 'sees' : 'hidden').toBe(expected);
        break;
      }
      case 'read a draft reply to a published review': {
        const id = await review(true);
        await reply(id, false);
        const response = await platform.graphql('query ($id: ID!) { review(id: $id) { id reply { textFr } } }', { id }, token);
        expect(response.data.review.id).toBe(id);
        expect(response.data.review.reply ? 'sees' : 'hidden').toBe(expected);
        break;
      }
      case 'read a draft programme report': {
        const response = await platform.graphql('query ($id: ID!) { programReport(id: $id) { id } }', { id: await draftReport() }, token);
        expect(response.data.programReport ? 'sees' : 'hidden').toBe(expected);
        break;
      }
      case 'edit a draft review': {
        const id = await review(false);
        const response = await platform.graphql('mutation ($id: ID!) { updateReview(id: $id, input: { comment: "Après" }) { id } }', { id }, token);
        expect(outcomeOf(response, 'updateReview')).toBe(expected);
        expect((await row('review', id)).comment).toBe(allowed ? 'Après' : 'Avant');
        break;
      }
      case 'publish a draft review': {
        const id = await review(false);
        const response = await platform.graphql('mutation ($id: ID!) { setReviewPublished(id: $id, published: true) { id } }', { id }, token);
        expect(outcomeOf(response, 'setReviewPublished')).toBe(expected);
        expect((await row('review', id)).published).toBe(allowed);
        break;
      }
      case 'write a programme report': {
        const programId = await adoptedProgram();
        const response = await platform.graphql(
          'mutation ($p: ID!) { createProgramReport(programId: $p, kind: DESIGN, input: { summaryFr: "Rapport" }) { id } }',
          { p: programId },
          token,
        );
        expect(outcomeOf(response, 'createProgramReport')).toBe(expected);
        const [count] = await owner().query('SELECT count(*)::int AS n FROM evaluation.program_report WHERE program_id = $1', [programId]);
        expect(count.n).toBe(allowed ? 1 : 0);
        break;
      }
      case 'edit a draft programme report': {
        const id = await draftReport();
        const response = await platform.graphql('mutation ($id: ID!) { updateProgramReport(id: $id, input: { summaryFr: "Après" }) { id } }', { id }, token);
        expect(outcomeOf(response, 'updateProgramReport')).toBe(expected);
        expect((await row('program_report', id)).summary_fr).toBe(allowed ? 'Après' : 'Avant');
        break;
      }
      case 'publish a draft programme report': {
        const id = await draftReport();
        const response = await platform.graphql('mutation ($id: ID!) { setProgramReportPublished(id: $id, published: true) { id } }', { id }, token);
        expect(outcomeOf(response, 'setProgramReportPublished')).toBe(expected);
        expect((await row('program_report', id)).published).toBe(allowed);
        break;
      }
      case 'reply to a published review':
      case 'reply to a draft review': {
        const id = await review(operation === 'reply to a published review');
        const response = await platform.graphql('mutation ($id: ID!) { replyToReview(reviewId: $id, input: { textFr: "Merci" }) { id } }', { id }, token);
        expect(outcomeOf(response, 'replyToReview')).toBe(expected);
        const [count] = await owner().query('SELECT count(*)::int AS n FROM evaluation.review_reply WHERE review_id = $1', [id]);
        expect(count.n).toBe(allowed ? 1 : 0);
        break;
      }
      case 'publish a draft reply': {
        const replyId = await reply(await review(true), false);
        const response = await platform.graphql('mutation ($id: ID!) { setReviewReplyPublished(id: $id, published: true) { id } }', { id: replyId }, token);
        expect(outcomeOf(response, 'setReviewReplyPublished')).toBe(expected);
        expect((await row('review_reply', replyId)).published).toBe(allowed);
        break;
      }
    }
  });
});
