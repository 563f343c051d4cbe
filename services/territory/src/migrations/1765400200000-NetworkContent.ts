import type { MigrationInterface, QueryRunner } from 'typeorm';
// Frozen when written: the SQL the kit's helpers gave then, so that editing a helper never changes this migration.
const ROLE = "(SELECT current_setting('app.role', true))";
const PARTIAL_DATE = "'^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$'";

const text = (ar: string, fr: string) => ({ textAr: ar, textFr: fr });

/** The support programme as the press kit describes it (seed/000_bbfc52c43bb5237a.txt). */
const SUPPORT_PROGRAMME = {
  nameAr: 'برنامج دعم الجماعات الترابية المنفتحة',
  nameFr: "Programme d'appui aux collectivités territoriales ouvertes",
  // "launched at the end of 2022": the year is the precision the press kit gives
  launchedOn: '2022',
  descriptionAr:
    'أطلقته المديرية العامة للجماعات الترابية بوزارة الداخلية نهاية سنة 2022، بشراكة مع جمعية جهات المغرب، في إطار مواكبتها للجماعات الترابية، قصد تكريس مبادئ الانفتاح — الشفافية والمساءلة والولوج إلى المعلومة والمشاركة المواطنة والرقمنة — من أجل المساهمة في تنمية دامجة ومستدامة.',
  descriptionFr:
    "Lancé fin 2022 par la Direction générale des collectivités territoriales du ministère de l'Intérieur, en partenariat avec l'Association des régions du Maroc, pour accompagner les collectivités territoriales dans l'ancrage des principes d'ouverture — transparence, redevabilité, accès à l'information, participation citoyenne et digitalisation — au service d'un développement inclusif et durable.",
  partners: [
    {
      nameAr: 'المديرية العامة للجماعات الترابية، وزارة الداخلية',
      nameFr: "Direction générale des collectivités territoriales (DGCT), ministère de l'Intérieur",
      lead: true,
    },
    { nameAr: 'جمعية جهات المغرب', nameFr: 'Association des régions du Maroc (ARM)', lead: false },
  ],
  axes: [
    {
      number: 1,
      titleAr: 'خلق وتوسيع الشبكة المغربية للجماعات الترابية المنفتحة',
      titleFr: 'Créer et élargir le Réseau marocain des collectivités territoriales ouvertes',
      descriptionAr: 'أُحدثت الشبكة في أكتوبر 2022، وهي فضاء للتعلم وتبادل التجارب والخبرات بين أعضائها.',
      descriptionFr: "Créé en octobre 2022, le réseau est un espace d'apprentissage et d'échange d'expériences et d'expertise entre ses membres.",
    },
    {
      number: 2,
      titleAr: 'دعم الجماعات الترابية المنخرطة في الشبكة لبلورة برامج عمل الانفتاح بشكل مشترك',
      titleFr: "Accompagner les collectivités membres dans la co-construction de leurs programmes d'action d'ouverture",
      descriptionAr: 'بلورة برامج عمل الانفتاح بشكل مشترك مع جمعيات المجتمع المدني المحلية، ثم تتبعها وتقييمها معها.',
      descriptionFr: "Co-construire les programmes d'action d'ouverture avec les associations locales de la société civile, puis en assurer avec elles le suivi et l'évaluation.",
    },
    {
      number: 3,
      titleAr: 'تقوية قدرات الجماعات الترابية والمجتمع المدني المحلي حول مبادئ الانفتاح',
      titleFr: "Renforcer les capacités des collectivités territoriales et de la société civile locale sur les principes d'ouverture",
      descriptionAr: 'التكوين والمواكبة حول الشفافية والمساءلة والولوج إلى المعلومة والمشاركة المواطنة والرقمنة.',
      descriptionFr: "Former et accompagner sur la transparence, la redevabilité, l'accès à l'information, la participation citoyenne et la digitalisation.",
    },
    {
      number: 4,
      titleAr: 'تتبع وتقييم البرنامج وتوثيق ورسملة المناهج والأدوات',
      titleFr: 'Suivre et évaluer le programme, documenter et capitaliser les méthodes et les outils',
      descriptionAr: 'توثيق المناهج والأدوات ورسملتها من أجل تعميمها على الجماعات الترابية.',
      descriptionFr: 'Documenter et capitaliser les méthodes et les outils afin de les diffuser à toutes les collectivités territoriales.',
    },
  ],
};

/** The network's charter (ميثاق), from the press kit; the French is ours. */
const CHARTER = {
  preamble: [
    text(
      'بناء على التوجيهات الملكية السامية المتعلقة بتعبئة إمكانات الأمة وإشراك جميع كفاءاتها من أجل تنفيذ النموذج التنموي الجديد للمغرب،',
      "Sur la base des hautes orientations royales relatives à la mobilisation des potentialités de la nation et à l'association de toutes ses compétences à la mise en œuvre du nouveau modèle de développement du Maroc ;",
    ),
    text(
      'وفقا لدستور المملكة والترسانة القانونية والتنظيمية الوطنية فيما يتعلق بتكريس مبادئ الشفافية والمساءلة والمشاركة المواطنة،',
      "Conformément à la Constitution du Royaume et à l'arsenal juridique et réglementaire national consacrant les principes de transparence, de redevabilité et de participation citoyenne ;",
    ),
    text(
      'استنادا إلى أحكام القوانين التنظيمية للجماعات الترابية والقوانين والتنظيمات الأخرى التي تهدف إلى تعزيز مبادئ الشفافية والمسؤولية والمساءلة والديمقراطية التشاركية،',
      "En vertu des lois organiques relatives aux collectivités territoriales et des autres lois et règlements visant à renforcer les principes de transparence, de responsabilité, de redevabilité et de démocratie participative ;",
    ),
    text(
      'اعتبارا لأهمية اعتماد مقاربة تنموية منفتحة تجعل المواطن في صلبها وترتكز على مبادئ الحكامة التشاركية بهدف تحقيق تنمية محلية شاملة ودامجة،',
      "Considérant l'importance d'une approche du développement ouverte, qui place le citoyen en son cœur et repose sur les principes de la gouvernance participative, pour un développement local global et inclusif ;",
    ),
    text(
      'تبعا لانضمام المملكة المغربية للمبادرة الدولية «شراكة الحكومة المنفتحة»،',
      "À la suite de l'adhésion du Royaume du Maroc à l'initiative internationale du Partenariat pour un gouvernement ouvert ;",
    ),
  ],
  decisionAr:
    'تقرر خلق الشبكة المغربية للجماعات الترابية المنفتحة، كفضاء لتبادل التجارب والخبرات بين الجماعات الترابية الأعضاء حول تفعيل مبدأ الانفتاح وتقوية قدراتها وتجميع الممارسات الجيدة في المجال. وتشكل هذه الوثيقة ميثاقا للشبكة.',
  decisionFr:
    "Il est décidé de créer le Réseau marocain des collectivités territoriales ouvertes, espace d'échange d'expériences et d'expertise entre collectivités membres sur la mise en œuvre du principe d'ouverture, le renforcement de leurs capacités et la capitalisation des bonnes pratiques. Le présent document constitue la charte du réseau.",
  purposeAr: 'يعرض ميثاق الشبكة مبادئها وقيمها، وكذا أهدافها والتزامات أعضائها.',
  purposeFr: 'La charte expose les principes et les valeurs du réseau, ses objectifs et les engagements de ses membres.',
  openCollectivityAr:
    'تعمل الجماعة الترابية المنفتحة على تعزيز مبادئ الشفافية والمساءلة والولوج إلى المعلومة، وعلى إشراك المواطنات والمواطنين وهيآت المجتمع المدني، بشكل تشاركي، في إعداد مشاريعها وبرامجها التنموية وتتبعها وتقييمها.',
  openCollectivityFr:
    "Une collectivité territoriale ouverte renforce la transparence, la redevabilité et l'accès à l'information, et associe les citoyennes, les citoyens et les organisations de la société civile, de manière participative, à la préparation, au suivi et à l'évaluation de ses projets et programmes de développement.",
  objectives: [
    text(
      'تعزيز الثقة بين المواطن والجماعة الترابية من خلال آليات التواصل والشفافية والمساءلة والمشاركة المواطنة؛',
      'Renforcer la confiance entre le citoyen et la collectivité par des mécanismes de communication, de transparence, de redevabilité et de participation citoyenne ;',
    ),
    text(
      'العمل بتعاون وثيق مع المجتمع المدني الذي يعتبر الحليف الرئيسي لمواجهة تحديات التنمية المحلية؛',
      'Travailler en étroite collaboration avec la société civile, principale alliée face aux défis du développement local ;',
    ),
    text(
      'تحسين الخدمات العمومية من خلال إشراك المواطن في التعبير عن حاجياته الحقيقية والاستجابة لها، وكذا اعتماد الحلول التكنولوجية لتدبير الجماعة ورقمنة خدماتها.',
      'Améliorer les services publics en associant le citoyen à l’expression de ses besoins réels et en y répondant, et en recourant aux solutions technologiques pour gérer la collectivité et numériser ses services.',
    ),
  ],
  values: [
    text('تبادل المعارف والممارسات الجيدة حول مبادئ الانفتاح؛', "L'échange de connaissances et de bonnes pratiques sur les principes d'ouverture ;"),
    text(
      'الحوار بين الجماعات الترابية الأعضاء حول الممارسات والتحديات المشتركة المتعلقة بالتنمية المحلية المنفتحة.',
      'Le dialogue entre collectivités membres sur les pratiques et les défis communs du développement local ouvert.',
    ),
  ],
  commitments: [
    text(
      'احترام النظم المعيارية المعمول بها من حيث الشفافية والولوج إلى المعلومات العمومية ومشاركة المواطنات والمواطنين والتحول الرقمي؛',
      "Respecter les cadres normatifs en vigueur en matière de transparence, d'accès à l'information publique, de participation des citoyennes et des citoyens et de transformation numérique ;",
    ),
    text(
      'اعتماد برامج عمل الانفتاح بإشراك المجتمع المدني المحلي وكذلك جميع الفاعلين المعنيين؛',
      "Adopter des programmes d'action d'ouverture en y associant la société civile locale et tous les acteurs concernés ;",
    ),
    text(
      'ضمان تنفيذ وتقييم برامج عمل الانفتاح بمشاركة المجتمع المدني المحلي وكذلك جميع الفاعلين المعنيين؛',
      "Assurer la mise en œuvre et l'évaluation de ces programmes avec la participation de la société civile locale et de tous les acteurs concernés ;",
    ),
    text('خلق دينامية ترابية تهدف إلى تعزيز التعاون مع الجهات الفاعلة الأخرى داخل التراب؛', 'Créer une dynamique territoriale de coopération avec les autres acteurs du territoire ;'),
    text(
      'المساهمة في إشعاع الجماعات الترابية المغربية على المستوى الوطني والقاري والدولي.',
      'Contribuer au rayonnement des collectivités territoriales marocaines aux niveaux national, africain et international.',
    ),
  ],
};

/**
 * Network content owned by territory: the support programme that runs the network and its charter, and the
 * composition the network reports (228 members in March 2025) beside the one computed from the platform's data;
 * the network record also gains a note that the demo data is dated. Public reference data: everyone reads it,
 * only the network writes it. The content is reference data, not demo data: it is written here, in every deployment.
 */
export class NetworkContent1765400200000 implements MigrationInterface {
  name = 'NetworkContent1765400200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const network = `(${ROLE} = 'NETWORK_ADMIN')`;
    const statements = [
      `CREATE TABLE territory.support_programme (
         network_id text PRIMARY KEY REFERENCES territory.network (id),
         name_ar text NOT NULL CHECK (btrim(name_ar) <> ''),
         name_fr text NOT NULL CHECK (btrim(name_fr) <> ''),
         launched_on text NOT NULL CHECK (launched_on ~ ${PARTIAL_DATE}),
         description_ar text NOT NULL DEFAULT '',
         description_fr text NOT NULL DEFAULT '',
         partners jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(partners) = 'array'),
         axes jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(axes) = 'array'),
         updated_at timestamptz NOT NULL DEFAULT now()
       )`,
      `CREATE TABLE territory.network_charter (
         network_id text PRIMARY KEY REFERENCES territory.network (id),
         preamble jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(preamble) = 'array'),
         decision_ar text NOT NULL DEFAULT '',
         decision_fr text NOT NULL DEFAULT '',
         purpose_ar text NOT NULL DEFAULT '',
         purpose_fr text NOT NULL DEFAULT '',
         open_collectivity_ar text NOT NULL CHECK (btrim(open_collectivity_ar) <> ''),
         open_collectivity_fr text NOT NULL CHECK (btrim(open_collectivity_fr) <> ''),
         objectives jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(objectives) = 'array'),
         "values" jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof("values") = 'array'),
         commitments jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(commitments) = 'array'),
         updated_at timestamptz NOT NULL DEFAULT now()
       )`,
      `CREATE TABLE territory.reported_composition (
         network_id text PRIMARY KEY REFERENCES territory.network (id),
         as_of text NOT NULL CHECK (as_of ~ ${PARTIAL_DATE}),
         source_ar text NOT NULL,
         source_fr text NOT NULL,
         source_url text,
         regions int NOT NULL CHECK (regions >= 0),
         prefecture_province_councils int NOT NULL CHECK (prefecture_province_councils >= 0),
         communes int NOT NULL CHECK (communes >= 0)
       )`,
      // set by the demo seed only: when the demo data stands, and what in it is invented
      'ALTER TABLE territory.network ADD COLUMN demo_as_of text CHECK (demo_as_of ~ ' + PARTIAL_DATE + ')',
      'ALTER TABLE territory.network ADD COLUMN demo_note_ar text',
      'ALTER TABLE territory.network ADD COLUMN demo_note_fr text',
    ];
    for (const table of ['territory.support_programme', 'territory.network_charter', 'territory.reported_composition']) {
      const name = table.split('.')[1];
      statements.push(
        `ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`,
        `ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`,
        `CREATE POLICY ${name}_read ON ${table} FOR SELECT USING (true)`,
        `CREATE POLICY ${name}_network_insert ON ${table} FOR INSERT WITH CHECK ${network}`,
        `CREATE POLICY ${name}_network_update ON ${table} FOR UPDATE USING ${network} WITH CHECK ${network}`,
      );
    }
    for (const statement of statements) await queryRunner.query(statement);
    const p = SUPPORT_PROGRAMME;
    await queryRunner.query(
      `INSERT INTO territory.support_programme (network_id, name_ar, name_fr, launched_on, description_ar, description_fr, partners, axes)
       VALUES ('moroccan-network', $1, $2, $3, $4, $5, $6, $7)`,
      [p.nameAr, p.nameFr, p.launchedOn, p.descriptionAr, p.descriptionFr, JSON.stringify(p.partners), JSON.stringify(p.axes)],
    );
    const c = CHARTER;
    await queryRunner.query(
      `INSERT INTO territory.network_charter (network_id, preamble, decision_ar, decision_fr, purpose_ar, purpose_fr, open_collectivity_ar,
         open_collectivity_fr, objectives, "values", commitments)
       VALUES ('moroccan-network', $1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        JSON.stringify(c.preamble), c.decisionAr, c.decisionFr, c.purposeAr, c.purposeFr, c.openCollectivityAr, c.openCollectivityFr,
        JSON.stringify(c.objectives), JSON.stringify(c.values), JSON.stringify(c.commitments),
      ],
    );
    await queryRunner.query(
      `INSERT INTO territory.reported_composition (network_id, as_of, source_ar, source_fr, source_url, regions, prefecture_province_councils, communes)
       VALUES ('moroccan-network', '2025-03', $1, $2, $3, 12, 17, 199)`,
      [
        'الملف الصحفي حول انخراط الجماعة الترابية تمزكانة في الشبكة المغربية للجماعات الترابية المنفتحة (مارس 2025)',
        "Dossier de presse sur l'adhésion de la commune de Tamazgana au Réseau marocain des collectivités territoriales ouvertes (mars 2025)",
        'https://ctouvertes.collectivites-territoriales.gov.ma',
      ],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      'ALTER TABLE territory.network DROP COLUMN demo_note_fr',
      'ALTER TABLE territory.network DROP COLUMN demo_note_ar',
      'ALTER TABLE territory.network DROP COLUMN demo_as_of',
      'DROP TABLE territory.reported_composition',
      'DROP TABLE territory.network_charter',
      'DROP TABLE territory.support_programme',
    ]) {
      await queryRunner.query(statement);
    }
  }
}
