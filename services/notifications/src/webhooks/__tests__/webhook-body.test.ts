import { webhookBody } from '../webhook.delivery';

const COLLECTIVITY = '11111111-1111-4111-8111-111111111111';
const PROPOSAL = '22222222-2222-4222-8222-222222222222';

describe("a webhook's body", () => {
  it('carries the kind, the time, the collectivity, the records’ ids and a console link, and nothing else of the event', () => {
    const body = webhookBody(
      {
        kind: 'PROPOSAL_ANSWERED',
        collectivityId: COLLECTIVITY,
        proposalId: PROPOSAL.toUpperCase(),
        title: 'Une proposition pas encore publiée',
        answer: 'Retenue',
        email: 'citoyenne@example.org',
        reference: 'P-2026-0001',
        accountId: '33333333-3333-4333-8333-333333333333',
        followerId: '44444444-4444-4444-8444-444444444444',
      },
      new Date('2026-01-05T10:00:00Z'),
      'https://infitah.example',
    );
    expect(body).toEqual({
      type: 'PROPOSAL_ANSWERED',
      timestamp: '2026-01-05T10:00:00.000Z',
      data: { collectivityId: COLLECTIVITY, proposalId: PROPOSAL, link: `https://infitah.example/admin/#/proposals/${PROPOSAL}` },
    });
  });

  it('leaves out an id that is not a UUID and links to the console when no record has a page', () => {
    expect(webhookBody({ kind: 'MILESTONE_DUE', collectivityId: COLLECTIVITY, milestoneId: 'not-an-id' }, new Date(0), 'http://x.test').data).toEqual({
      collectivityId: COLLECTIVITY,
      link: 'http://x.test/admin/',
    });
    expect(webhookBody({ kind: 'WEBHOOK_DISABLED', collectivityId: COLLECTIVITY, webhookId: PROPOSAL, url: 'https://secret.example/x' }, new Date(0), 'http://x.test').data).toEqual({
      collectivityId: COLLECTIVITY,
      webhookId: PROPOSAL,
      link: `http://x.test/admin/#/webhooks/${PROPOSAL}/show`,
    });
  });
});
