import { DemoIds } from '@infitah/demo-data';
import type { Caller } from '@infitah/server-kit';
import { startTestSubgraph, type TestSubgraph } from '@infitah/test-kit';
import { evaluation } from '../../subgraph';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(evaluation);
});
afterAll(() => subgraph.close());

const anonymous: Caller = { role: 'ANONYMOUS', userId: null, collectivityId: null };
const network: Caller = { role: 'NETWORK_ADMIN', userId: DemoIds.accounts.network, collectivityId: null };
const editorA: Caller = { role: 'COLLECTIVITY_EDITOR', userId: DemoIds.accounts.tamazganaEditor, collectivityId: DemoIds.tamazgana };
const adminA: Caller = { role: 'COLLECTIVITY_ADMIN', userId: DemoIds.accounts.tamazganaAdmin, collectivityId: DemoIds.tamazgana };
const adminB: Caller = { role: 'COLLECTIVITY_ADMIN', userId: DemoIds.accounts.demoCommuneAdmin, collectivityId: DemoIds.demoCommune };

const commitmentId = DemoIds.commitments.tamazganaCouncilMinutes;
const REVIEW = 'query ($id: ID!) { review(id: $id) { id comment verifiedCompletion didItOpenGovernment published reply { id textAr textFr published } } }';
const UPDATE = 'mutation ($id: ID!, $input: UpdateReviewInput!) { updateReview(id: $id, input: $input) { id comment verifiedCompletion didItOpenGovernment } }';
const SET = 'mutation ($id: ID!, $published: Boolean!) { setReviewPublished(id: $id, published: $published) { id published } }';
const REPLY = 'mutation ($id: ID!, $input: ReviewReplyInput!) { replyToReview(reviewId: $id, input: $input) { id textAr textFr published } }';
const SET_REPLY = 'mutation ($id: ID!, $published: Boolean!) { setReviewReplyPublished(id: $id, published: $published) { id published } }';

async function draftReview(): Promise<string> {
  const { data, errors } = await subgraph.execute(
    'mutation ($id: ID!) { reviewCommitment(commitmentId: $id, input: { verifiedCompletion: LIMITED, comment: "Brouillon" }) { id published } }',
    { id: commitmentId },
    network,
  );
  expect(errors).toBeUndefined();
  expect(data!.reviewCommitment.published).toBe(false);
  return data!.reviewCommitment.id;
}

async function publishedReview(): Promise<string> {
  const id = await draftReview();
  expect((await subgraph.execute(SET, { id, published: true }, network)).errors).toBeUndefined();
  return id;
}

async function draftReply(reviewId: string): Promise<string> {
  const { data, errors } = await subgraph.execute(REPLY, { id: reviewId, input: { textFr: 'Merci, nous publions les procès-verbaux.' } }, adminA);
  expect(errors).toBeUndefined();
  return data!.replyToReview.id;
}

const reviewRow = async (id: string) =>
  (await subgraph.ownerDataSource.query('SELECT comment, verified_completion, published FROM evaluation.review WHERE id = $1', [id]))[0];
const replyRows = async (reviewId: string) =>
  subgraph.ownerDataSource.query('SELECT text_ar, text_fr, published FROM evaluation.review_reply WHERE review_id = $1', [reviewId]);
const auditActions = async (entity: string, id: string) =>
  (await subgraph.ownerDataSource.query('SELECT action FROM audit.entry WHERE entity = $1 AND entity_id = $2 ORDER BY occurred_at', [entity, id])).map(
    (row: { action: string }) => row.action,
  );

describe('a review that lives', () => {
  it('becomes public with setReviewPublished after edits as a draft, and an anonymous caller then reads it', async () => {
    const id = await draftReview();
    expect((await subgraph.execute(REVIEW, { id }, anonymous)).data!.review).toBeNull();
    const edited = await subgraph.execute(UPDATE, { id, input: { comment: 'Procès-verbaux publiés en ligne', didItOpenGovernment: 'MAJOR' } }, network);
    expect(edited.data!.updateReview).toEqual({ id, comment: 'Procès-verbaux publiés en ligne', verifiedCompletion: 'LIMITED', didItOpenGovernment: 'MAJOR' });
    expect((await subgraph.execute(SET, { id, published: true }, network)).data!.setReviewPublished).toEqual({ id, published: true });
    const read = await subgraph.execute(REVIEW, { id }, anonymous);
    expect(read.data!.review).toEqual({ id, comment: 'Procès-verbaux publiés en ligne', verifiedCompletion: 'LIMITED', didItOpenGovernment: 'MAJOR', published: true, reply: null });
    const listed = await subgraph.execute('query ($c: ID!) { commitment(id: $c) { reviews { id } } }', { c: commitmentId }, anonymous);
    expect(listed.data!.commitment.reviews.map((review: { id: string }) => review.id)).toContain(id);
    expect(await auditActions('Review', id)).toEqual(['CREATE', 'UPDATE', 'PUBLISH']);
  });

  it('refuses to edit a published review until the network unpublishes it, changing nothing', async () => {
    const id = await publishedReview();
    const refused = await subgraph.execute(UPDATE, { id, input: { comment: 'Changé' } }, network);
    expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(await reviewRow(id)).toEqual({ comment: 'Brouillon', verified_completion: 'LIMITED', published: true });
    await subgraph.execute(SET, { id, published: false }, network);
    expect((await subgraph.execute(UPDATE, { id, input: { comment: 'Changé' } }, network)).data!.updateReview.comment).toBe('Changé');
  });

  it('refuses to clear the verified completion, naming it', async () => {
    const id = await draftReview();
    const refused = await subgraph.execute(UPDATE, { id, input: { verifiedCompletion: null } }, network);
    expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'verifiedCompletion' });
    expect((await reviewRow(id)).verified_completion).toBe('LIMITED');
  });

  it.each([
    ['an anonymous caller', anonymous, 'UNAUTHENTICATED'],
    ["the reviewed commune's editor", editorA, 'FORBIDDEN'],
    ["the reviewed commune's admin", adminA, 'FORBIDDEN'],
    ['another commune', adminB, 'FORBIDDEN'],
  ] as const)('refuses updateReview by %s, changing nothing', async (_who, caller, code) => {
    const id = await draftReview();
    const refused = await subgraph.execute(UPDATE, { id, input: { comment: 'Changé' } }, caller);
    expect(refused.errors![0].extensions!.code).toBe(code);
    expect(await reviewRow(id)).toEqual({ comment: 'Brouillon', verified_completion: 'LIMITED', published: false });
    expect(await auditActions('Review', id)).toEqual(['CREATE']);
  });

  it("shows a draft review to the network and the reviewed commune only", async () => {
    const id = await draftReview();
    const seen = async (caller: Caller) => Boolean((await subgraph.execute(REVIEW, { id }, caller)).data!.review);
    expect([await seen(anonymous), await seen(editorA), await seen(adminA), await seen(adminB), await seen(network)]).toEqual([false, true, true, false, true]);
  });
});

describe("the commune's reply to a review", () => {
  it('is written and rewritten as a draft by the commune admin, published once the review is, and then read by anyone', async () => {
    const id = await draftReview();
    const replyId = await draftReply(id);
    const early = await subgraph.execute(SET_REPLY, { id: replyId, published: true }, adminA);
    expect(early.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'published' });
    const rewritten = await subgraph.execute(REPLY, { id, input: { textAr: 'شكرا', textFr: 'Merci.' } }, adminA);
    expect(rewritten.data!.replyToReview).toEqual({ id: replyId, textAr: 'شكرا', textFr: 'Merci.', published: false });
    await subgraph.execute(SET, { id, published: true }, network);
    expect((await subgraph.execute(REVIEW, { id }, anonymous)).data!.review.reply).toBeNull();
    expect((await subgraph.execute(REVIEW, { id }, network)).data!.review.reply).toEqual({ id: replyId, textAr: 'شكرا', textFr: 'Merci.', published: false });
    expect((await subgraph.execute(SET_REPLY, { id: replyId, published: true }, adminA)).data!.setReviewReplyPublished).toEqual({ id: replyId, published: true });
    expect((await subgraph.execute(REVIEW, { id }, anonymous)).data!.review.reply).toEqual({ id: replyId, textAr: 'شكرا', textFr: 'Merci.', published: true });
    // withdrawing the review hides the reply with it
    await subgraph.execute(SET, { id, published: false }, network);
    expect((await subgraph.execute(REVIEW, { id }, anonymous)).data!.review).toBeNull();
    expect(await auditActions('ReviewReply', replyId)).toEqual(['CREATE', 'UPDATE', 'PUBLISH']);
  });

  it('refuses to rewrite a published reply until it is unpublished, changing nothing', async () => {
    const id = await publishedReview();
    const replyId = await draftReply(id);
    await subgraph.execute(SET_REPLY, { id: replyId, published: true }, adminA);
    const refused = await subgraph.execute(REPLY, { id, input: { textFr: 'Autre' } }, adminA);
    expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reviewId' });
    expect(await replyRows(id)).toEqual([{ text_ar: null, text_fr: 'Merci, nous publions les procès-verbaux.', published: true }]);
    await subgraph.execute(SET_REPLY, { id: replyId, published: false }, adminA);
    expect((await subgraph.execute(REPLY, { id, input: { textFr: 'Autre' } }, adminA)).data!.replyToReview.textFr).toBe('Autre');
  });

  it('refuses a reply without any text, naming textFr, and stores nothing', async () => {
    const id = await publishedReview();
    const refused = await subgraph.execute(REPLY, { id, input: { textAr: '  ', textFr: null } }, adminA);
    expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'textFr' });
    expect(await replyRows(id)).toEqual([]);
  });

  it.each([
    ['an anonymous caller', anonymous, 'UNAUTHENTICATED'],
    ["the reviewed commune's editor", editorA, 'FORBIDDEN'],
    ['another commune', adminB, 'FORBIDDEN'],
    ['the network', network, 'FORBIDDEN'],
  ] as const)('refuses replyToReview by %s, storing nothing', async (_who, caller, code) => {
    const id = await publishedReview();
    const refused = await subgraph.execute(REPLY, { id, input: { textFr: 'Réponse' } }, caller);
    expect(refused.errors![0].extensions!.code).toBe(code);
    expect(await replyRows(id)).toEqual([]);
  });

  it('answers NOT_FOUND to another commune replying to a draft review it cannot see', async () => {
    const id = await draftReview();
    const refused = await subgraph.execute(REPLY, { id, input: { textFr: 'Réponse' } }, adminB);
    expect(refused.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(await replyRows(id)).toEqual([]);
  });

  it.each([
    ['an anonymous caller', anonymous, 'UNAUTHENTICATED'],
    ["the reviewed commune's editor", editorA, 'FORBIDDEN'],
    ['another commune', adminB, 'NOT_FOUND'],
    ['the network', network, 'FORBIDDEN'],
  ] as const)('refuses setReviewReplyPublished by %s, changing nothing', async (_who, caller, code) => {
    const id = await publishedReview();
    const replyId = await draftReply(id);
    const refused = await subgraph.execute(SET_REPLY, { id: replyId, published: true }, caller);
    expect(refused.errors![0].extensions!.code).toBe(code);
    expect((await replyRows(id))[0].published).toBe(false);
    expect(await auditActions('ReviewReply', replyId)).toEqual(['CREATE']);
  });
});

describe('reading reviews and replies', () => {
  it('costs the same SQL statements for one commitment and for three, replies included', async () => {
    const query = 'query ($first: Int) { commitments(first: $first) { nodes { reviews { comment reply { textFr } } } } }';
    const small = await subgraph.execute(query, { first: 1 }, network);
    const large = await subgraph.execute(query, { first: 3 }, network);
    expect(large.data!.commitments.nodes.length).toBeGreaterThan(small.data!.commitments.nodes.length);
    expect(large.sqlStatements).toBe(small.sqlStatements);
  });
});
