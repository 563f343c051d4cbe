import { DemoIds } from './ids';

export interface DemoActionProgram {
  id: string;
  collectivityId: string;
  titleAr: string;
  titleFr: string;
  status: 'CO_CREATION' | 'CONSULTATION' | 'ADOPTED' | 'IMPLEMENTATION' | 'CLOSED';
  /** ISO-8601 at the precision known. */
  adoptedOn: string | null;
  published: boolean;
}

export const demoActionPrograms: DemoActionProgram[] = [
  {
    id: DemoIds.programs.tamazgana,
    collectivityId: DemoIds.tamazgana,
    titleAr: 'انفتاح جماعة تمزكانة',
    titleFr: 'Ouverture de la commune de Tamazgana',
    status: 'ADOPTED',
    // Adopted by the council at its October 2025 session.
    adoptedOn: '2025-10',
    published: true,
  },
  {
    id: DemoIds.programs.demoCommune,
    collectivityId: DemoIds.demoCommune,
    titleAr: 'برنامج عمل الانفتاح (بيانات تجريبية)',
    titleFr: "Programme d'action d'ouverture (données de démonstration)",
    status: 'CO_CREATION',
    adoptedOn: null,
    published: false,
  },
];
