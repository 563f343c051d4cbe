import { DemoIds } from './ids';
import { moroccoTime } from './morocco-time';

export interface DemoEvent {
  id: string;
  collectivityId: string;
  kind: 'INFORMATION_MEETING' | 'COMMITTEE_MEETING' | 'CO_CREATION_WORKSHOP';
  titleAr: string;
  titleFr: string;
  startsAt: Date;
  endsAt: Date | null;
  venue: string | null;
  published: boolean;
}

/** Tamazgana's co-creation journey, from the press kit (times are Morocco local time). */
export const demoEvents: DemoEvent[] = [
  {
    id: DemoIds.events.tamazganaKickoff,
    collectivityId: DemoIds.tamazgana,
    kind: 'INFORMATION_MEETING',
    titleAr: 'اجتماع إخباري لانطلاق إعداد برنامج عمل انفتاح جماعة تمزكانة',
    titleFr: "Réunion d'information : lancement du programme d'ouverture de Tamazgana",
    startsAt: moroccoTime('2025-03-07T10:30'),
    endsAt: null,
    venue: 'قاعة الاجتماعات بجماعة تمزكانة',
    published: true,
  },
  {
    id: DemoIds.events.tamazganaCommittee,
    collectivityId: DemoIds.tamazgana,
    kind: 'COMMITTEE_MEETING',
    titleAr: 'اجتماع لجنة تتبع إعداد وتنفيذ وتقييم برنامج الانفتاح: صياغة المحاور ذات الأولوية',
    titleFr: 'Comité de suivi : rédaction des axes prioritaires',
    startsAt: moroccoTime('2025-03-07T14:00'),
    endsAt: null,
    venue: 'قاعة الاجتماعات بجماعة تمزكانة',
    published: true,
  },
  {
    id: DemoIds.events.tamazganaWorkshop,
    collectivityId: DemoIds.tamazgana,
    kind: 'CO_CREATION_WORKSHOP',
    titleAr: 'ورشة الإعداد المشترك: جمع الأفكار والمقترحات',
    titleFr: 'Atelier de co-construction : collecte des idées et propositions',
    startsAt: moroccoTime('2025-03-18T10:30'),
    endsAt: moroccoTime('2025-03-18T13:30'),
    venue: 'قاعة الاجتماعات بجماعة تمزكانة',
    published: true,
  },
  {
    id: DemoIds.events.demoCommuneInformationMeeting,
    collectivityId: DemoIds.demoCommune,
    kind: 'INFORMATION_MEETING',
    titleAr: 'اجتماع إخباري (بيانات تجريبية)',
    titleFr: "Réunion d'information (données de démonstration)",
    startsAt: moroccoTime('2025-04-10T10:00'),
    endsAt: moroccoTime('2025-04-10T12:00'),
    venue: null,
    published: false,
  },
];
