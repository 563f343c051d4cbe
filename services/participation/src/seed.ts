import type { EntityManager } from 'typeorm';
import { demoEvents, demoOrganisations, demoProposals } from '@infitah/demo-data';
import { moroccoTime } from '@infitah/server-kit';
import { seedCapacityBuilding } from './capacity-building/capacity-building.seed';

/**
 * Tamazgana's co-creation timeline, the network training it attended, illustrative proposals, and the
 * fictional commune's events; re-running it changes nothing but the open consultation's window.
 */
export async function seedParticipation(manager: EntityManager): Promise<void> {
  for (const event of demoEvents()) {
    await manager.query(
      `INSERT INTO participation.event (collectivity_id, id, kind, organizer, title_ar, title_fr, description_ar, description_fr,
         starts_at, starts_at_precision, ends_at, venue, status, outcome, published)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
       ON CONFLICT (collectivity_id, id) DO UPDATE SET kind = EXCLUDED.kind, title_ar = EXCLUDED.title_ar, title_fr = EXCLUDED.title_fr,
         description_ar = EXCLUDED.description_ar, description_fr = EXCLUDED.description_fr, starts_at = EXCLUDED.starts_at,
         starts_at_precision = EXCLUDED.starts_at_precision, ends_at = EXCLUDED.ends_at, venue = EXCLUDED.venue,
         status = EXCLUDED.status, outcome = EXCLUDED.outcome, published = EXCLUDED.published`,
      [
        event.collectivityId, event.id, event.kind, event.organizer, event.titleAr, event.titleFr, event.descriptionAr ?? null,
        event.descriptionFr ?? null, event.startsAt, event.startsAtPrecision, event.endsAt, event.venue, event.status,
        event.outcome ?? null, event.published,
      ],
    );
    if (event.agenda) {
      await manager.query('DELETE FROM participation.agenda_item WHERE collectivity_id = $1 AND event_id = $2', [event.collectivityId, event.id]);
      for (const [position, item] of event.agenda.entries()) {
        await manager.query(
          `INSERT INTO participation.agenda_item (collectivity_id, event_id, position, starts_at, ends_at, title_ar, title_fr, kind, speakers)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [event.collectivityId, event.id, position, moroccoTime(item.startsAt), moroccoTime(item.endsAt), item.titleAr, item.titleFr, item.kind, JSON.stringify(item.speakers)],
        );
      }
    }
    for (const category of event.categoriesPresent ?? []) {
      await manager.query(
        `INSERT INTO participation.attendance (collectivity_id, event_id, category, gender, count) VALUES ($1, $2, $3, 'UNSPECIFIED', NULL)
         ON CONFLICT DO NOTHING`,
        [event.collectivityId, event.id, category],
      );
    }
    for (const participantId of event.attendedBy ?? []) {
      await manager.query(
        `INSERT INTO participation.event_participant (collectivity_id, event_id, participant_id, invited, attended) VALUES ($1, $2, $3, true, true)
         ON CONFLICT (collectivity_id, event_id, participant_id) DO UPDATE SET invited = true, attended = true`,
        [event.collectivityId, event.id, participantId],
      );
    }
  }
  for (const organisation of demoOrganisations) {
    await manager.query(
      `INSERT INTO participation.organisation (collectivity_id, id, name_ar, name_fr, field, partner_status, published)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (collectivity_id, id) DO UPDATE SET name_ar = EXCLUDED.name_ar, name_fr = EXCLUDED.name_fr, field = EXCLUDED.field,
         partner_status = EXCLUDED.partner_status, published = EXCLUDED.published`,
      [organisation.collectivityId, organisation.id, organisation.nameAr, organisation.nameFr, organisation.field, organisation.partnerStatus, organisation.published],
    );
  }
  // merged proposals after the ones they join
  const ordered = [...demoProposals].sort((a, b) => Number(a.mergedIntoId !== null) - Number(b.mergedIntoId !== null));
  for (const proposal of ordered) {
    await manager.query(
      `INSERT INTO participation.proposal (collectivity_id, id, title, body, principle, source, event_id, submitter_category, status,
         answer, answered_at, merged_into_id, commitment_id, is_illustrative, published)
       VALUES ($1, $2, $3, $4, $5, 'EVENT', $6, $7, $8, $9, CASE WHEN $9::text IS NULL THEN NULL ELSE now() END, $10, $12, true, $11)
       ON CONFLICT (collectivity_id, id) DO UPDATE SET title = EXCLUDED.title, body = EXCLUDED.body, principle = EXCLUDED.principle,
         event_id = EXCLUDED.event_id, submitter_category = EXCLUDED.submitter_category, status = EXCLUDED.status, answer = EXCLUDED.answer,
         merged_into_id = EXCLUDED.merged_into_id, commitment_id = EXCLUDED.commitment_id, published = EXCLUDED.published`,
      [
        proposal.collectivityId, proposal.id, proposal.title, proposal.body, proposal.principle, proposal.eventId, proposal.submitterCategory,
        proposal.status, proposal.answer, proposal.mergedIntoId, proposal.published, proposal.commitmentId ?? null,
      ],
    );
  }
  await seedCapacityBuilding(manager);
}
