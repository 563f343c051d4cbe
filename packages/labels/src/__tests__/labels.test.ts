import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { categoryAsPerson, enumChoices, enumLabel, fieldLabel, fieldPathLabel, REGION_CODES, regionLabel } from '../index.js';

describe('enumLabel', () => {
  it('words a value by its enum in each language', () => {
    expect(enumLabel('EventKind', 'TRAINING', 'ar')).toBe('تكوين');
    expect(enumLabel('EventKind', 'TRAINING', 'fr')).toBe('Formation');
    expect(enumLabel('ProposalStatus', 'UNDER_REVIEW', 'fr')).toBe("En cours d'examen");
  });

  it('tells apart values two enums share', () => {
    expect(enumLabel('CompletionLevel', 'SUBSTANTIAL', 'ar')).not.toBe(enumLabel('PotentialForResults', 'SUBSTANTIAL', 'ar'));
    expect(enumLabel('ProgramStatus', 'CONSULTATION', 'fr')).toBe('Consultation');
    expect(enumLabel('ProposalSource', 'CONSULTATION', 'fr')).toBe('Consultation publique');
  });

  it('takes a BCP 47 tag and falls back to French', () => {
    expect(enumLabel('Gender', 'FEMALE', 'ar-MA')).toBe('نساء');
    expect(enumLabel('Gender', 'FEMALE', 'de')).toBe('Femmes');
  });

  it('gives back a value it does not know rather than failing', () => {
    expect(enumLabel('EventKind', 'SOMETHING_NEW', 'fr')).toBe('SOMETHING_NEW');
  });

  it('says a category of one person, as the proposal form asks it', () => {
    expect(categoryAsPerson('CITIZEN', 'fr')).toBe('Citoyen·ne');
    expect(categoryAsPerson('CIVIL_SOCIETY', 'ar')).toBe('عضو(ة) في جمعية');
  });

  it('lists choices in the schema order', () => {
    expect(enumChoices('EventStatus', 'fr')).toEqual([
      { id: 'PLANNED', name: 'Prévu' },
      { id: 'HELD', name: 'Tenu' },
      { id: 'CANCELLED', name: 'Annulé' },
    ]);
  });
});

describe('regionLabel', () => {
  it('names the 12 regions by their official code', () => {
    expect(regionLabel('01', 'fr')).toBe('Tanger-Tétouan-Al Hoceïma');
    expect(regionLabel('06', 'ar')).toBe('الدار البيضاء سطات');
    expect(regionLabel('12', 'en')).toBe('Dakhla-Oued Ed-Dahab');
  });

  it('names every region of the data by its code, as the data names it', () => {
    // read as text: @infitah/demo-data builds on the server kit, which builds on this package
    const source = readFileSync(join(__dirname, '../../../demo-data/src/territory.ts'), 'utf8');
    const regions = [...source.matchAll(/^\s*\[(\d+), ('|")(.+?)\2, '(.+?)'\],$/gm)].map(([, code, , nameFr, nameAr]) => ({ code: code.padStart(2, '0'), nameFr, nameAr }));
    expect(regions.map((region) => region.code).sort()).toEqual(REGION_CODES);
    for (const region of regions) {
      expect(regionLabel(region.code, 'fr')).toBe(region.nameFr);
      expect(regionLabel(region.code, 'ar', 'full')).toBe(region.nameAr);
    }
  });

  it('reads 1, "1" and "01" as the same region', () => {
    expect(regionLabel(1, 'fr')).toBe(regionLabel('01', 'fr'));
    expect(regionLabel('1', 'ar')).toBe(regionLabel('01', 'ar'));
  });

  it('gives the official long form on request', () => {
    expect(regionLabel('02', 'fr', 'full')).toBe("Région de l'Oriental");
    expect(regionLabel('03', 'fr', 'full')).toBe('Région de Fès-Meknès');
    expect(regionLabel('01', 'ar', 'full')).toBe('جهة طنجة تطوان الحسيمة');
  });

  it('says a region is not recorded instead of showing "?" or a bad code', () => {
    expect(regionLabel(null, 'fr')).toBe('Région non renseignée');
    expect(regionLabel('?', 'ar')).toBe('جهة غير مسجلة');
    expect(regionLabel('13', 'en')).toBe('Region not recorded');
  });
});

describe('fieldLabel', () => {
  it('words a field, and the field a path ends with', () => {
    expect(fieldLabel('startsAt', 'ar')).toBe('البداية');
    expect(fieldLabel('input.title', 'fr')).toBe('Titre');
    expect(fieldLabel('milestones.1.dueOn', 'fr')).toBe('Échéance');
  });

  it('words a whole path with positions counted from 1', () => {
    expect(fieldPathLabel('input.milestones.1.dueOn', 'fr')).toBe('Jalons n° 2 › Échéance');
    expect(fieldPathLabel('counts.0.count', 'ar')).toBe('الأعداد رقم 1 › عدد الأشخاص');
  });

  it('gives back a field it does not know', () => {
    expect(fieldLabel('somethingElse', 'fr')).toBe('somethingElse');
  });
});
