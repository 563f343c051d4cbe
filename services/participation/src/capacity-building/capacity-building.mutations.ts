import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { assertNetworkAdmin, assertUuid, badUserInput, forbidden, NETWORK_TENANT_ID, notFound, recordAudit } from '@infitah/server-kit';
import type { ParticipationContext } from '../context';
import { MAX_ATTENDANCE_COUNT } from '../events/attendance.entity';
import { Event, EventOrganizer, EventStatus } from '../events/event.entity';
import { ParticipantCountInput, TrainingMaterialInput } from './capacity-building.input';
import { ParticipantAttendance } from './participant-attendance.entity';
import { TrainingMaterial } from './training-material.entity';

const MAX_MATERIALS = 50;

/** One of the network's own events, for the network to complete: anyone else is refused before any lookup. */
async function networkEventToComplete(context: ParticipationContext, id: string): Promise<Event> {
  assertNetworkAdmin(context.caller);
  const eventId = assertUuid('eventId', id);
  const event = await context.loaders.eventById.load(eventId);
  if (!event) throw notFound('Event', eventId);
  if (event.organizer !== EventOrganizer.NETWORK || event.collectivityId !== NETWORK_TENANT_ID) {
    throw badUserInput('eventId', 'must be a network event');
  }
  return event;
}

function httpAddress(field: string, value: string): string {
  const address = value.trim();
  if (address.length > 2000) throw badUserInput(field, 'must be at most 2000 characters');
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw badUserInput(field, 'must be an absolute http or https address');
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) throw badUserInput(field, 'must be an absolute http or https address');
  return address;
}

@Resolver(() => Event)
export class CapacityBuildingMutations {
  @Mutation(() => Event, {
    description:
      "The network records how many people one collectivity sent to one of its events, by category and gender (counts only, never names), and marks the collectivity as having attended; the collectivity's previous counts at that event are replaced. With `attended: false` it withdraws the attendance and its counts.",
  })
  async setCollectivityAttendance(
    @Arg('eventId', () => ID, { description: 'A network event (a training, for instance), not cancelled.' }) eventId: string,
    @Arg('collectivityId', () => ID, { description: 'The attending collectivity.' }) collectivityId: string,
    @Arg('counts', () => [ParticipantCountInput], { description: 'At most one entry per category and gender; empty when the numbers are not known.' })
    counts: ParticipantCountInput[],
    @Arg('attended', { defaultValue: true, description: 'False withdraws the attendance; `counts` must then be empty.' }) attended: boolean,
    @Ctx() context: ParticipationContext,
  ): Promise<Event> {
    const event = await networkEventToComplete(context, eventId);
    if (event.status === EventStatus.CANCELLED) throw badUserInput('eventId', 'was cancelled: nobody attended it');
    const participantId = assertUuid('collectivityId', collectivityId);
    if (participantId === NETWORK_TENANT_ID) throw badUserInput('collectivityId', 'must name a collectivity, not the network');
    if (!attended && counts.length) throw badUserInput('counts', 'must be empty when attended is false');
    const seen = new Set<string>();
    counts.forEach((row, index) => {
      if (!Number.isInteger(row.count) || row.count < 0 || row.count > MAX_ATTENDANCE_COUNT) {
        throw badUserInput(`counts.${index}.count`, `must be a whole number from 0 to ${MAX_ATTENDANCE_COUNT}`);
      }
      const key = `${row.category}:${row.gender}`;
      if (seen.has(key)) throw badUserInput(`counts.${index}`, `${row.category} × ${row.gender} is given twice`);
      seen.add(key);
    });

    const manager = await context.manager();
    const key = { collectivityId: event.collectivityId, eventId: event.id, participantId };
    const before = await manager.find(ParticipantAttendance, { where: key, order: { category: 'ASC', gender: 'ASC' } });
    const [participant]: Array<{ attended: boolean }> = await manager.query(
      'SELECT attended FROM participation.event_participant WHERE collectivity_id = $1 AND event_id = $2 AND participant_id = $3',
      [key.collectivityId, key.eventId, participantId],
    );
    const removed = await manager.delete(ParticipantAttendance, key);
    // row-level security must not silently keep some of the rows being replaced
    if ((removed.affected ?? 0) !== before.length) throw forbidden('You may not replace these counts');
    await manager.query(
      `INSERT INTO participation.event_participant (collectivity_id, event_id, participant_id, invited, attended) VALUES ($1, $2, $3, true, $4)
       ON CONFLICT (collectivity_id, event_id, participant_id) DO UPDATE SET attended = EXCLUDED.attended`,
      [key.collectivityId, key.eventId, participantId, attended],
    );
    const rows = counts.map((row) => manager.create(ParticipantAttendance, { ...key, category: row.category, gender: row.gender, count: row.count, isIllustrative: false }));
    if (rows.length) await manager.insert(ParticipantAttendance, rows);
    const summary = (isAttending: boolean, list: ParticipantAttendance[]) => ({
      participantId,
      attended: isAttending,
      counts: list.map(({ category, gender, count }) => ({ category, gender, count })),
    });
    await recordAudit(manager, context.caller, {
      service: 'participation',
      collectivityId: event.collectivityId,
      entity: 'ParticipantAttendance',
      entityId: event.id,
      action: participant || before.length ? 'UPDATE' : 'CREATE',
      before: participant || before.length ? summary(Boolean(participant?.attended), before) : null,
      after: summary(attended, rows),
    });
    context.loaders.participantAttendanceByEvent.clear({ collectivityId: event.collectivityId, id: event.id });
    context.loaders.participantsByEvent.clear({ collectivityId: event.collectivityId, id: event.id });
    context.loaders.collectivityCapacityBuilding.clearAll();
    context.loaders.networkCapacityBuilding.clearAll();
    return event;
  }

  @Mutation(() => Event, { description: "The network replaces the training materials of one of its events (title and http(s) link each), in the order given." })
  async setTrainingMaterials(
    @Arg('eventId', () => ID, { description: 'A network event.' }) eventId: string,
    @Arg('materials', () => [TrainingMaterialInput], { description: `The whole list, at most ${MAX_MATERIALS}; empty removes them all.` })
    materials: TrainingMaterialInput[],
    @Ctx() context: ParticipationContext,
  ): Promise<Event> {
    const event = await networkEventToComplete(context, eventId);
    if (materials.length > MAX_MATERIALS) throw badUserInput('materials', `must hold at most ${MAX_MATERIALS} items`);
    const cleaned = materials.map((material, index) => {
      const title = material.title.trim();
      if (!title) throw badUserInput(`materials.${index}.title`, 'must not be blank');
      if (title.length > 300) throw badUserInput(`materials.${index}.title`, 'must be at most 300 characters');
      return { title, url: httpAddress(`materials.${index}.url`, material.url) };
    });

    const manager = await context.manager();
    const key = { collectivityId: event.collectivityId, eventId: event.id };
    const before = await manager.find(TrainingMaterial, { where: key, order: { position: 'ASC' } });
    const removed = await manager.delete(TrainingMaterial, key);
    if ((removed.affected ?? 0) !== before.length) throw forbidden('You may not replace these materials');
    const rows = cleaned.map((material, position) => manager.create(TrainingMaterial, { ...key, position, ...material }));
    if (rows.length) await manager.insert(TrainingMaterial, rows);
    const summary = (list: Array<{ title: string; url: string }>) => list.map(({ title, url }) => ({ title, url }));
    await recordAudit(manager, context.caller, {
      service: 'participation',
      collectivityId: event.collectivityId,
      entity: 'TrainingMaterials',
      entityId: event.id,
      action: before.length ? 'UPDATE' : 'CREATE',
      before: before.length ? summary(before) : null,
      after: summary(cleaned),
    });
    context.loaders.materialsByEvent.clear({ collectivityId: event.collectivityId, id: event.id });
    return event;
  }
}
