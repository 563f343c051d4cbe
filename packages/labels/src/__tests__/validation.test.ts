import { formatError, formatGraphQLError, ruleMessage, ruleOfCoercion, ruleOfMessage, VALIDATION_RULES } from '../index.js';

describe('ruleOfMessage reads the subgraphs’ English refusals', () => {
  it.each([
    ['must not be blank', 'notBlank', {}],
    ['is required for adoption', 'required', {}],
    ['must be between 1 and 300 characters', 'isLength', { min: 1, max: 300 }],
    ['must be at most 2000 characters', 'maxLength', { max: 2000 }],
    ['venue must be shorter than or equal to 300 characters', 'maxLength', { max: 300 }],
    ['must be a whole number from 0 to 100000', 'between', { min: 0, max: 100000 }],
    ['must be between 0 and 100', 'between', { min: 0, max: 100 }],
    ['must be 0 or more', 'min', { min: 0 }],
    ['must be 10,000,000 or less', 'max', { max: 10_000_000 }],
    ['must hold at most 100 milestones', 'arrayMaxSize', { max: 100 }],
    ['must be an email address', 'isEmail', {}],
    ['must be an absolute http or https address', 'isUrl', {}],
    ['must be an http(s) address', 'isUrl', {}],
    ['must be a UUID', 'isUUID', {}],
    ['must be an ISO-8601 instant', 'isDateTime', {}],
    ['must be an ISO-8601 date such as 2025, 2025-02 or 2025-02-11', 'isDate', { examples: ['2025', '2025-02', '2025-02-11'] }],
    ['must not be before startsAt', 'notBefore', { other: 'startsAt' }],
    ['must be after periodStart', 'after', { other: 'periodStart' }],
    ["must be within the programme's period (until 2026-12-31)", 'withinProgrammeUntil', { date: '2026-12-31' }],
    ['a commitment needs a title in Arabic or French', 'titleArOrFr', {}],
    ['CITIZEN × FEMALE is given twice', 'givenTwice', { category: 'CITIZEN', gender: 'FEMALE' }],
    ['must be one of ACTIVE, SUSPENDED, ENDED', 'oneOf', { values: ['ACTIVE', 'SUSPENDED', 'ENDED'] }],
    ['must not be after milestone 1 is due ("Plan adopté", on 2040-04-30)', 'notAfterMilestoneDue', { item: 1, date: '2040-04-30' }],
    ['cannot be the proposal itself', 'notItself', {}],
    ['names a collectivity twice', 'duplicate', {}],
    ['CLOSED moves forward to IMPLEMENTATION first', 'nextStatusFirst', { from: 'CLOSED', to: 'IMPLEMENTATION' }],
    ['is only for a merged proposal', 'onlyForStatus', { status: 'MERGED' }],
    ['has more than 5,000 rows: split the file', 'tooManyRows', { max: 5000 }],
    ['must be empty when attended is false', 'mustBeEmpty', {}],
    ['must not be before agenda item 2 ends ("Clôture", at 2026-04-01T11:30:00.000Z)', 'notBeforeAgendaItemEnd', { item: 2 }],
  ])('%s → %s', (message, rule, params) => {
    expect(ruleOfMessage(message)).toEqual({ rule, params });
  });

  it('reads nothing into a message no rule states', () => {
    expect(ruleOfMessage('its axes could not be replaced')).toBeNull();
  });
});

describe('formatError', () => {
  it('words a rule with its parameters at its field, in each language', () => {
    expect(formatError('maxLength', { max: 200 }, 'title', 'fr')).toBe('Titre : Doit compter au plus 200 caractères');
    expect(formatError('maxLength', { max: 200 }, 'title', 'ar')).toBe('العنوان: يجب ألا يتجاوز عدد الأحرف 200');
    expect(formatError('maxLength', { max: 200 }, 'title', 'en')).toBe('Title: Must be at most 200 characters');
  });

  it('words the other field a date must not precede', () => {
    expect(formatError('notBefore', { other: 'startsAt' }, 'endsAt', 'fr')).toBe('Fin : Ne doit pas précéder « Début »');
    expect(ruleMessage('notBefore', { other: 'startsAt' }, 'ar')).toBe('يجب ألا يسبق «البداية»');
  });

  it('joins examples in the language', () => {
    expect(ruleMessage('isDate', { examples: ['2025', '2025-02', '2025-02-11'] }, 'fr')).toBe('Doit être une date comme 2025, 2025-02 ou 2025-02-11');
    expect(ruleMessage('isDate', { examples: ['2025', '2025-02'] }, 'ar')).toBe('يجب أن يكون تاريخاً مثل 2025 أو 2025-02');
  });

  it('names the category and gender counted twice by their labels', () => {
    expect(ruleMessage('givenTwice', { category: 'CITIZEN', gender: 'FEMALE' }, 'fr')).toBe(
      'Cette catégorie et ce genre sont déjà comptés sur une autre ligne (Citoyens, Femmes)',
    );
  });

  it('groups large numbers with Latin digits in Arabic', () => {
    expect(ruleMessage('max', { max: 10_000_000 }, 'ar')).toMatch(/^يجب ألا يتجاوز 10.000.000$/);
    expect(ruleMessage('max', { max: 10_000_000 }, 'ar')).not.toMatch(/[\u0660-\u0669]/);
  });

  it('reads "value refused" for a rule it does not know, and no field when none is given', () => {
    expect(formatError('someFutureRule', {}, null, 'fr')).toBe('Valeur refusée');
  });

  it('words every rule of the table in each language with no placeholder left when its parameters are given', () => {
    const params = { maxBytes: 1, status: 'MERGED', from: 'A', to: 'B', item: 2, min: 1, max: 2, examples: ['2025'], values: ['A'], other: 'startsAt', date: '2025-01-01', category: 'CITIZEN', gender: 'MALE' };
    for (const rule of Object.keys(VALIDATION_RULES)) {
      for (const locale of ['ar', 'fr', 'en']) expect(ruleMessage(rule, params, locale)).not.toMatch(/[{}]/);
    }
  });
});

describe('formatGraphQLError', () => {
  it('uses the rule and parameters the server sent', () => {
    const error = { message: 'title: must be between 1 and 300 characters', extensions: { code: 'BAD_USER_INPUT', field: 'title', rule: 'isLength', params: { min: 1, max: 300 } } };
    expect(formatGraphQLError(error, 'fr')).toBe('Titre : Doit compter entre 1 et 300 caractères');
  });

  it('reads the English message when the server named no known rule', () => {
    const error = { message: 'milestones.1.dueOn: must not be after the commitment ends', extensions: { code: 'BAD_USER_INPUT', field: 'milestones.1.dueOn' } };
    expect(formatGraphQLError(error, 'ar', false)).toBe('يجب ألا يتجاوز نهاية الالتزام');
  });
});

describe('ruleOfCoercion reads GraphQL’s own refusals of a variable', () => {
  it('names the field below the variable and the enum a value is not in', () => {
    expect(ruleOfCoercion('Variable "$input" got invalid value "NOPE" at "input.kind"; Value "NOPE" does not exist in "EventKind" enum.')).toEqual({
      field: 'kind',
      rule: 'isEnum',
      params: { enum: 'EventKind' },
    });
  });

  it('writes list positions as field paths do', () => {
    expect(ruleOfCoercion('Variable "$input" got invalid value "X" at "input.agenda[1].kind"; Value "X" does not exist in "AgendaItemKind" enum.')).toMatchObject({
      field: 'agenda.1.kind',
    });
  });

  it('names a required field left out', () => {
    expect(ruleOfCoercion('Variable "$input" got invalid value { title: "x" }; Field "startsAt" of required type "DateTimeISO!" was not provided.')).toEqual({
      field: 'startsAt',
      rule: 'required',
      params: {},
    });
  });

  it('names a value of the wrong type', () => {
    expect(ruleOfCoercion('Variable "$first" got invalid value "ten"; Int cannot represent non-integer value: "ten"')).toMatchObject({ field: 'first', rule: 'wrongType' });
  });

  it('reads nothing into other messages', () => {
    expect(ruleOfCoercion('title: must not be blank')).toBeNull();
  });
});
