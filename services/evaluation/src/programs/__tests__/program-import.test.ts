import { randomUUID } from 'node:crypto';
import { DemoIds } from '@infitah/demo-data';
import type { Caller } from '@infitah/server-kit';
import { startTestSubgraph, type TestSubgraph } from '@infitah/test-kit';
import { evaluation } from '../../subgraph';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(evaluation);
  // a file adds to a programme still being prepared: Tamazgana's, stepped back from adoption (an adopted one refuses it, tested below)
  await subgraph.ownerDataSource.query("UPDATE evaluation.action_program SET status = 'CONSULTATION' WHERE id = $1", [DemoIds.programs.tamazgana]);
});
afterAll(() => subgraph.close());

const adminA: Caller = { role: 'COLLECTIVITY_ADMIN', userId: DemoIds.accounts.tamazganaAdmin, collectivityId: DemoIds.tamazgana };
const editorA: Caller = { role: 'COLLECTIVITY_EDITOR', userId: DemoIds.accounts.tamazganaEditor, collectivityId: DemoIds.tamazgana };
const adminB: Caller = { role: 'COLLECTIVITY_ADMIN', userId: DemoIds.accounts.demoCommuneAdmin, collectivityId: DemoIds.demoCommune };
const network: Caller = { role: 'NETWORK_ADMIN', userId: DemoIds.accounts.network, collectivityId: null };
const anonymous: Caller = { role: 'ANONYMOUS', userId: null, collectivityId: null };
/** The admin of a commune without any programme yet, so that a new one overlaps nothing. */
const freshAdmin = (): Caller => ({ role: 'COLLECTIVITY_ADMIN', userId: randomUUID(), collectivityId: randomUUID() });

const IMPORT = `mutation ($csv: String!, $programId: ID, $dryRun: Boolean) {
  importProgram(csv: $csv, programId: $programId, dryRun: $dryRun) {
    dryRun rowCount created updated refused { line field message }
    program { id status published titleFr titleAr periodStart periodEnd }
  }
}`;
const HEADER = 'axis,commitment_title_fr,commitment_title_ar,principles,lead_unit,starts_on,ends_on,milestone,milestone_due_on';
const NEW_HEADER = `program_title_fr,program_title_ar,program_period_start,program_period_end,${HEADER}`;

const importFile = (caller: Caller, csv: string, options: { programId?: string; dryRun?: boolean } = {}) => subgraph.execute(IMPORT, { csv, ...options }, caller);

/** Everything an import may write in a collectivity: programmes, axes, commitments, milestones, audit entries. */
const snapshot = async (collectivityId: string) =>
  (await subgraph.ownerDataSource.query(
    `SELECT (SELECT count(*) FROM evaluation.action_program WHERE collectivity_id = $1)::int AS programs,
            (SELECT count(*) FROM evaluation.priority_axis WHERE collectivity_id = $1)::int AS axes,
            (SELECT count(*) FROM evaluation.commitment WHERE collectivity_id = $1)::int AS commitments,
            (SELECT count(*) FROM evaluation.milestone WHERE collectivity_id = $1)::int AS milestones,
            (SELECT count(*) FROM audit.entry)::int AS audit`,
    [collectivityId],
  ))[0];

const commitmentsOf = async (programId: string) =>
  subgraph.ownerDataSource.query(
    `SELECT c.id, c.title_fr, c.title_ar, c.principles, c.lead_unit, c.starts_on::text, c.ends_on::text, c.published, c.completion,
            a.title_fr AS axis_fr, a.title_ar AS axis_ar,
            (SELECT json_agg(json_build_object('position', m.position, 'title', m.title, 'dueOn', m.due_on::text) ORDER BY m.position)
               FROM evaluation.milestone m WHERE m.collectivity_id = c.collectivity_id AND m.commitment_id = c.id) AS milestones
       FROM evaluation.commitment c LEFT JOIN evaluation.priority_axis a ON a.collectivity_id = c.collectivity_id AND a.id = c.axis_id
      WHERE c.program_id = $1 ORDER BY c.title_fr NULLS LAST`,
    [programId],
  );

describe('importProgram', () => {
  it("adds commitments and milestones to the caller's programme: existing and new axes, Arabic kept exactly, one audit entry", async () => {
    const axisId = randomUUID();
    await subgraph.ownerDataSource.query(
      "INSERT INTO evaluation.priority_axis (collectivity_id, id, program_id, position, title_ar, title_fr) VALUES ($1, $2, $3, 0, 'الحق في المعلومة', 'Accès à l’information')",
      [DemoIds.tamazgana, axisId, DemoIds.programs.tamazgana],
    );
    const csv = [
      HEADER,
      // the existing axis named without accents; three milestones, the rows after the first leave the commitment's cells blank
      '"acces a l’information",Publier le budget citoyen,نشر الميزانية المواطنة,"TRANSPARENCY;access_to_information",Service financier,2026-01-01,2026-12-31,Maquette du budget citoyen,2026-03-31',
      ',,,,,,,Validation par le comité de suivi,2026-05-31',
      ',Publier le budget citoyen,,,,,,Publication en ligne,2026-06-30',
      // a new axis, in Arabic; a commitment without milestone, titled in Arabic only
      'المشاركة المواطنة,,إحداث لجنة للتتبع مع المجتمع المدني,CITIZEN_PARTICIPATION | ACCOUNTABILITY,,,,,',
    ].join('\n');
    const before = await snapshot(DemoIds.tamazgana);
    const { data, errors } = await importFile(adminA, csv, { programId: DemoIds.programs.tamazgana });
    expect(errors).toBeUndefined();
    expect(data!.importProgram).toMatchObject({ dryRun: false, rowCount: 4, created: 2, updated: 0, refused: [], program: { id: DemoIds.programs.tamazgana } });

    const imported = (await commitmentsOf(DemoIds.programs.tamazgana)).filter((row: any) => ['Publier le budget citoyen', null].includes(row.title_fr));
    expect(imported).toEqual([
      {
        id: expect.any(String),
        title_fr: 'Publier le budget citoyen',
        title_ar: 'نشر الميزانية المواطنة',
        principles: ['TRANSPARENCY', 'ACCESS_TO_INFORMATION'],
        lead_unit: 'Service financier',
        starts_on: '2026-01-01',
        ends_on: '2026-12-31',
        published: false,
        completion: 'NOT_STARTED',
        axis_fr: 'Accès à l’information',
        axis_ar: 'الحق في المعلومة',
        milestones: [
          { position: 0, title: 'Maquette du budget citoyen', dueOn: '2026-03-31' },
          { position: 1, title: 'Validation par le comité de suivi', dueOn: '2026-05-31' },
          { position: 2, title: 'Publication en ligne', dueOn: '2026-06-30' },
        ],
      },
      {
        id: expect.any(String),
        title_fr: null,
        title_ar: 'إحداث لجنة للتتبع مع المجتمع المدني',
        principles: ['CITIZEN_PARTICIPATION', 'ACCOUNTABILITY'],
        lead_unit: null,
        starts_on: null,
        ends_on: null,
        published: false,
        completion: 'NOT_STARTED',
        axis_fr: null,
        axis_ar: 'المشاركة المواطنة',
        milestones: null,
      },
    ]);
    const after = await snapshot(DemoIds.tamazgana);
    expect(after).toEqual({ ...before, axes: before.axes + 1, commitments: before.commitments + 2, milestones: before.milestones + 3, audit: before.audit + 1 });
    const [entry] = await subgraph.ownerDataSource.query(
      "SELECT actor_role, collectivity_id, entity_id, action, after FROM audit.entry WHERE entity = 'ProgramImport' ORDER BY occurred_at DESC LIMIT 1",
    );
    expect(entry).toMatchObject({ actor_role: 'COLLECTIVITY_ADMIN', collectivity_id: DemoIds.tamazgana, entity_id: DemoIds.programs.tamazgana, action: 'IMPORT' });
    expect(entry.after).toMatchObject({ rowCount: 4, programCreated: false, commitments: 2, milestones: 3, axes: 1 });

    // a second import of the same file is refused: the programme already has these commitments
    const again = await importFile(adminA, csv, { programId: DemoIds.programs.tamazgana });
    expect(again.data!.importProgram.refused).toEqual([
      { line: 2, field: 'commitment_title_fr', message: 'the programme already has a commitment with this title' },
      { line: 5, field: 'commitment_title_ar', message: 'the programme already has a commitment with this title' },
    ]);
  });

  it('creates a new programme, in co-creation and unpublished, from the first row', async () => {
    const admin = freshAdmin();
    const csv = [
      NEW_HEADER,
      'Ouverture de la commune,انفتاح الجماعة,2026-01-01,2027-12-31,,Registre des demandes d’information,سجل طلبات المعلومات,ACCESS_TO_INFORMATION,,2026-02-01,2026-06-30,Registre ouvert,2026-02-01',
      'Ouverture de la commune,,,,,Registre des demandes d’information,,,,,,Premier bilan,2026-06-30',
    ].join('\n');
    const { data, errors } = await importFile(admin, csv);
    expect(errors).toBeUndefined();
    const report = data!.importProgram;
    expect(report).toMatchObject({
      dryRun: false,
      rowCount: 2,
      created: 1,
      refused: [],
      program: { status: 'CO_CREATION', published: false, titleFr: 'Ouverture de la commune', titleAr: 'انفتاح الجماعة', periodStart: '2026-01-01', periodEnd: '2027-12-31' },
    });
    const [commitment] = await commitmentsOf(report.program.id);
    expect(commitment).toMatchObject({ title_ar: 'سجل طلبات المعلومات', milestones: [{ position: 0, title: 'Registre ouvert' }, { position: 1, title: 'Premier bilan' }] });
    const read = await subgraph.execute('query ($c: ID) { actionPrograms(filter: { collectivityId: $c }) { nodes { id } } }', { c: admin.collectivityId }, admin);
    expect(read.data!.actionPrograms.nodes).toEqual([{ id: report.program.id }]);
  });

  it('imports nothing when one row is refused, and reports that line and column', async () => {
    const admin = freshAdmin();
    const csv = [
      NEW_HEADER,
      'Programme,,2026-01-01,2027-12-31,,Engagement un,,TRANSPARENCY,,2026-01-01,2026-12-31,Jalon,2026-02-01',
      ',,,,,Engagement deux,,TRANSPARENCY;OPEN_DATA,,2026-01-01,2026-12-31,Jalon,2026-02-01',
      ',,,,,Engagement trois,,ACCOUNTABILITY,,,,Jalon,',
    ].join('\n');
    const { data, errors } = await importFile(admin, csv);
    expect(errors).toBeUndefined();
    expect(data!.importProgram).toEqual({
      dryRun: false,
      rowCount: 3,
      created: 0,
      updated: 0,
      refused: [{ line: 3, field: 'principles', message: expect.stringContaining('OPEN_DATA') }],
      program: null,
    });
    expect(await snapshot(admin.collectivityId!)).toEqual({ programs: 0, axes: 0, commitments: 0, milestones: 0, audit: expect.any(Number) });
    expect((await subgraph.ownerDataSource.query("SELECT count(*)::int AS n FROM audit.entry WHERE entity = 'ProgramImport' AND collectivity_id = $1", [admin.collectivityId]))[0].n).toBe(0);
  });

  it('lists every refused row with its column and reason', async () => {
    const csv = [
      NEW_HEADER,
      ',,2026-01-01,2025-12-31,,,,,,,,Jalon sans engagement,',
      'Programme,,,,,Engagement A,,TRANSPARENCY,,2026-13-01,2026-02-01,Jalon,2026-02-30',
      ',,,,,Engagement A,,ACCOUNTABILITY,,,,,2026-03-01',
      'Autre programme,,,,,Engagement B,,,,2026-03-01,2026-02-01,,',
      ',,,,,Engagement A,,TRANSPARENCY,,,,,',
    ].join('\n');
    const { data } = await importFile(freshAdmin(), csv, { dryRun: true });
    expect(data!.importProgram.refused).toEqual([
      { line: 2, field: 'program_title_fr', message: expect.stringContaining('needs a title') },
      { line: 2, field: 'program_period_end', message: 'must be after program_period_start' },
      { line: 2, field: 'commitment_title_fr', message: expect.stringContaining('first row of a commitment') },
      { line: 3, field: 'program_title_fr', message: expect.stringContaining('differs from line 2') },
      { line: 3, field: 'starts_on', message: expect.any(String) },
      { line: 3, field: 'milestone_due_on', message: expect.any(String) },
      { line: 4, field: 'principles', message: expect.stringContaining('differs from line 3') },
      { line: 4, field: 'milestone_due_on', message: 'is given without a milestone' },
      { line: 5, field: 'program_title_fr', message: expect.stringContaining('differs from line 2') },
      { line: 5, field: 'principles', message: expect.stringContaining('is required') },
      { line: 5, field: 'ends_on', message: 'must not be before starts_on' },
      { line: 6, field: 'commitment_title_fr', message: expect.stringContaining('repeats the commitment of line 3') },
    ]);
  });

  it('rolls everything back when a write fails after others succeeded', async () => {
    // the milestones are written after the programme, axes and commitments: make that write fail
    await subgraph.ownerDataSource.query(`
      CREATE FUNCTION evaluation.test_refuse_boom() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.title = 'BOOM' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$;
      CREATE TRIGGER test_refuse_boom BEFORE INSERT ON evaluation.milestone FOR EACH ROW EXECUTE FUNCTION evaluation.test_refuse_boom();`);
    try {
      // the failure is logged as an internal error, as it should be: keep it out of the test output
      jest.spyOn(console, 'error').mockImplementation(() => undefined);
      const admin = freshAdmin();
      const before = await subgraph.ownerDataSource.query('SELECT count(*)::int AS n FROM audit.entry');
      const { data, errors } = await importFile(admin, [NEW_HEADER, 'Programme,,,,Axe,Engagement,,TRANSPARENCY,,,,BOOM,'].join('\n'));
      expect(errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(data).toBeNull();
      expect(await snapshot(admin.collectivityId!)).toEqual({ programs: 0, axes: 0, commitments: 0, milestones: 0, audit: before[0].n });
    } finally {
      jest.restoreAllMocks();
      await subgraph.ownerDataSource.query('DROP TRIGGER test_refuse_boom ON evaluation.milestone; DROP FUNCTION evaluation.test_refuse_boom()');
    }
  });

  it('checks without writing on a dry run', async () => {
    const admin = freshAdmin();
    const csv = [NEW_HEADER, 'Programme,برنامج,,,Axe 1,Engagement,,DIGITALIZATION,,,,Jalon,'].join('\n');
    const { data } = await importFile(admin, csv, { dryRun: true });
    expect(data!.importProgram).toEqual({ dryRun: true, rowCount: 1, created: 1, updated: 0, refused: [], program: null });
    expect(await snapshot(admin.collectivityId!)).toMatchObject({ programs: 0, axes: 0, commitments: 0, milestones: 0 });
  });

  it('refuses a new programme that overlaps an open one, as createActionProgram does', async () => {
    const csv = [NEW_HEADER, 'Deuxième programme,,2026-01-01,2027-12-31,,Engagement,,TRANSPARENCY,,,,,'].join('\n');
    const { data } = await importFile(adminA, csv, { dryRun: true });
    expect(data!.importProgram.refused).toEqual([{ line: 2, field: 'program_period_start', message: expect.stringContaining('another open programme') }]);
  });

  it('refuses a programme title other than the programme’s, and a header without the needed columns', async () => {
    const other = await importFile(adminA, ['program_title_fr,commitment_title_fr,principles', 'Un autre,Engagement X,TRANSPARENCY'].join('\n'), { programId: DemoIds.programs.tamazgana, dryRun: true });
    expect(other.data!.importProgram.refused).toEqual([{ line: 2, field: 'program_title_fr', message: expect.stringContaining('leave it blank') }]);
    const headless = await importFile(freshAdmin(), ['commitment_title_fr,principles', 'Engagement,TRANSPARENCY'].join('\n'));
    expect(headless.data!.importProgram.refused).toEqual([{ line: 1, field: 'program_title_fr', message: expect.stringContaining('program_title_fr, program_title_ar') }]);
  });

  it("is the collectivity admin's only, for a programme of the caller's collectivity", async () => {
    const csv = [HEADER, ',Engagement interdit,,TRANSPARENCY,,,,,'].join('\n');
    const before = await snapshot(DemoIds.tamazgana);
    const cases: Array<[Caller, string | undefined, string]> = [
      [anonymous, DemoIds.programs.tamazgana, 'UNAUTHENTICATED'],
      [editorA, DemoIds.programs.tamazgana, 'FORBIDDEN'],
      [network, DemoIds.programs.tamazgana, 'FORBIDDEN'],
      [network, undefined, 'FORBIDDEN'],
      // another commune's programme, published or not, is not found
      [adminB, DemoIds.programs.tamazgana, 'NOT_FOUND'],
      [adminA, DemoIds.programs.demoCommune, 'NOT_FOUND'],
      [adminA, randomUUID(), 'NOT_FOUND'],
    ];
    for (const [caller, programId, code] of cases) {
      const { data, errors } = await importFile(caller, csv, { programId });
      expect([caller.role, errors?.[0].extensions?.code]).toEqual([caller.role, code]);
      expect(data).toBeNull();
    }
    expect(await snapshot(DemoIds.tamazgana)).toEqual(before);
    const malformed = await importFile(adminA, csv, { programId: 'not-a-uuid' });
    expect(malformed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'programId' });
  });

  it('sends as many SQL statements for 100 rows as for 10', async () => {
    const file = (size: number, tag: string) =>
      [
        NEW_HEADER,
        ...Array.from({ length: size }, (_, index) => {
          const commitment = Math.floor(index / 2); // two milestone rows per commitment
          const program = index === 0 ? `Programme ${tag},برنامج ${tag},2026-01-01,2027-12-31` : ',,,';
          return `${program},Axe ${commitment % 3},Engagement ${tag} ${commitment},التزام ${commitment},TRANSPARENCY;ACCOUNTABILITY,Service,2026-01-01,2026-12-31,Jalon ${index},2026-06-30`;
        }),
      ].join('\n');
    const ten = await importFile(freshAdmin(), file(10, 'dix'));
    const hundred = await importFile(freshAdmin(), file(100, 'cent'));
    expect(ten.data!.importProgram).toMatchObject({ rowCount: 10, created: 5, refused: [] });
    expect(hundred.data!.importProgram).toMatchObject({ rowCount: 100, created: 50, refused: [] });
    // BEGIN with the caller's settings (one round trip), the overlap check, then one INSERT per table (programme, axes,
    // commitments, milestones), one audit entry, the programme read back, COMMIT
    expect(ten.sqlStatements).toBe(9);
    expect(hundred.sqlStatements).toBe(ten.sqlStatements);
  });

  describe('the OGP Local template', () => {
    const TEMPLATE_HEADER = [
      'program_title_fr',
      'program_period_start',
      'program_period_end',
      'commitment_title_fr',
      'principles',
      'starts_on',
      'ends_on',
      'problem',
      'causes',
      'status_quo',
      'objective',
      'action',
      'contribution',
      'relevance_transparency',
      'relevance_citizen_participation',
      'partners',
      'actors_government',
      'actors_civil_society',
      'actors_private_sector',
      'contact_name',
      'contact_role',
      'contact_email',
      'contact_phone',
      'milestone',
      'milestone_starts_on',
      'milestone_due_on',
      'milestone_deliverable',
      'milestone_evidence',
    ].join(',');
    const row = (cells: Record<string, string>) => {
      const base: Record<string, string> = {
        program_title_fr: 'Programme modèle',
        program_period_start: '2026-01-01',
        program_period_end: '2027-12-31',
        commitment_title_fr: 'Budget participatif',
        principles: 'TRANSPARENCY;CITIZEN_PARTICIPATION',
        starts_on: '2026-02-01',
        ends_on: '2027-06-30',
        problem: 'Budget illisible',
        causes: 'Aucune publication',
        status_quo: 'Vote sans débat',
        objective: 'Un budget citoyen chaque année',
        action: 'Publier et débattre',
        contribution: 'Suivi des dépenses',
        relevance_transparency: 'Le budget devient lisible',
        relevance_citizen_participation: 'Les quartiers proposent',
        partners: 'Association Tanmia; Université',
        actors_government: 'Trésorerie communale',
        actors_civil_society: 'Réseau des quartiers; Association des jeunes',
        actors_private_sector: 'Imprimerie locale',
        contact_name: 'Point focal',
        contact_role: 'Chargé de l’ouverture',
        contact_email: 'ouverture@example.test',
        contact_phone: '+212 5 22 00 00 00',
        milestone: 'Publier le budget citoyen',
        milestone_starts_on: '2026-02-01',
        milestone_due_on: '2026-04-30',
        milestone_deliverable: 'Budget citoyen (PDF)',
        milestone_evidence: 'https://example.test/budget.pdf',
        ...cells,
      };
      return TEMPLATE_HEADER.split(',')
        .map((column) => `"${(base[column] ?? '').replace(/"/g, '""')}"`)
        .join(',');
    };

    it('imports every template column, read back through the graph', async () => {
      const caller = freshAdmin();
      const { data, errors } = await importFile(caller, [TEMPLATE_HEADER, row({})].join('\n'));
      expect(errors).toBeUndefined();
      expect(data!.importProgram).toMatchObject({ created: 1, refused: [] });
      const read = await subgraph.execute(
        `query ($id: ID!) { actionProgram(id: $id) { commitments { problem causes statusQuo objective action contribution relevance { principle text }
           partners supportingActors { kind name } contact { name role email phone } milestones { title startsOn dueOn deliverable evidence } } } }`,
        { id: data!.importProgram.program.id },
        caller,
      );
      expect(read.data!.actionProgram.commitments).toEqual([
        {
          problem: 'Budget illisible',
          causes: 'Aucune publication',
          statusQuo: 'Vote sans débat',
          objective: 'Un budget citoyen chaque année',
          action: 'Publier et débattre',
          contribution: 'Suivi des dépenses',
          relevance: [
            { principle: 'TRANSPARENCY', text: 'Le budget devient lisible' },
            { principle: 'CITIZEN_PARTICIPATION', text: 'Les quartiers proposent' },
          ],
          partners: ['Association Tanmia', 'Université'],
          supportingActors: [
            { kind: 'GOVERNMENT', name: 'Trésorerie communale' },
            { kind: 'CIVIL_SOCIETY', name: 'Réseau des quartiers' },
            { kind: 'CIVIL_SOCIETY', name: 'Association des jeunes' },
            { kind: 'PRIVATE_SECTOR', name: 'Imprimerie locale' },
          ],
          contact: { name: 'Point focal', role: 'Chargé de l’ouverture', email: 'ouverture@example.test', phone: '+212 5 22 00 00 00' },
          milestones: [{ title: 'Publier le budget citoyen', startsOn: '2026-02-01', dueOn: '2026-04-30', deliverable: 'Budget citoyen (PDF)', evidence: 'https://example.test/budget.pdf' }],
        },
      ]);
    });

    it.each([
      ['a relevance text for a principle the commitment does not name', { principles: 'TRANSPARENCY' }, 'relevance_citizen_participation'],
      ['a malformed contact e-mail', { contact_email: 'pas-un-courriel' }, 'contact_email'],
      ['a malformed telephone number', { contact_phone: 'appelez-nous' }, 'contact_phone'],
      ['a milestone starting before the commitment', { milestone_starts_on: '2026-01-15' }, 'milestone_starts_on'],
      ['a milestone due after the commitment ends', { milestone_due_on: '2027-07-01' }, 'milestone_due_on'],
      ['a milestone starting after it is due', { milestone_starts_on: '2026-05-01' }, 'milestone_starts_on'],
      ['a commitment ending after the programme', { ends_on: '2028-01-01' }, 'ends_on'],
    ])('refuses %s, naming the column, and writes nothing', async (_what, cells, field) => {
      const caller = freshAdmin();
      const { data } = await importFile(caller, [TEMPLATE_HEADER, row(cells)].join('\n'));
      expect(data!.importProgram.created).toBe(0);
      expect(data!.importProgram.refused).toEqual([expect.objectContaining({ line: 2, field })]);
      expect(await snapshot(caller.collectivityId!)).toMatchObject({ programs: 0, commitments: 0, milestones: 0 });
    });

    it('refuses a file into an adopted programme: its commitments change only through amendments', async () => {
      const caller = freshAdmin();
      const created = await importFile(caller, [TEMPLATE_HEADER, row({})].join('\n'));
      const programId = created.data!.importProgram.program.id;
      await subgraph.ownerDataSource.query("UPDATE evaluation.action_program SET status = 'ADOPTED', council_session = 'Session', adopted_on = '2026-01' WHERE id = $1", [programId]);
      const { errors } = await importFile(caller, [TEMPLATE_HEADER, row({ program_title_fr: '', program_period_start: '', program_period_end: '', commitment_title_fr: 'Autre' })].join('\n'), { programId });
      expect(errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'AMENDMENT_REQUIRED' });
      expect(await snapshot(caller.collectivityId!)).toMatchObject({ commitments: 1 });
    });
  });
});
