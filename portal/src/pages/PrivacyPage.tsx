import { Link } from 'react-router';
import { useLocale, type Locale } from '../i18n';

interface Notice {
  title: string;
  intro: string;
  sections: Array<{ id: string; heading: string; paragraphs: string[]; items?: string[] }>;
}

/**
 * What the platform does with the personal data a citizen gives it (docs/personal-data.md), as law 09-08 asks a
 * controller to say: who controls it, for what, what is kept and how long, the person's rights and whom to ask.
 */
const NOTICE: Record<Locale, Notice> = {
  fr: {
    title: 'Vos données personnelles',
    intro:
      "Ce portail recueille le moins possible de données personnelles. Cette notice dit, comme le demande la loi n° 09-08 relative à la protection des personnes physiques à l'égard du traitement des données à caractère personnel, qui en est responsable, pourquoi elles sont recueillies, combien de temps elles sont gardées et comment exercer vos droits.",
    sections: [
      {
        id: 'controller',
        heading: 'Responsable du traitement',
        paragraphs: [
          "La commune à laquelle vous adressez une proposition est responsable du traitement de cette proposition et de votre contact. La plateforme est mise à disposition des collectivités par le Réseau marocain des collectivités territoriales ouvertes, dans le cadre du Programme d'appui aux collectivités territoriales ouvertes (Direction générale des collectivités territoriales, avec l'Association des régions du Maroc), qui l'héberge et l'exploite pour le compte des communes.",
        ],
      },
      {
        id: 'data',
        heading: 'Données recueillies',
        paragraphs: ['Quand vous déposez une proposition à une consultation publique :'],
        items: [
          'son titre, son texte et le principe d’ouverture qu’elle sert ;',
          'la catégorie à laquelle vous dites appartenir (citoyen·ne, association…), jamais votre nom ;',
          'votre accord ou non pour que la commune publie la proposition ;',
          'un contact, seulement si vous en donnez un (facultatif) ;',
          "l'adresse réseau de votre appareil, sous une forme chiffrée (HMAC), jamais en clair, pour limiter le nombre d'envois (5 par minute, 50 par jour).",
        ],
      },
      {
        id: 'purposes',
        heading: 'Finalités',
        paragraphs: [],
        items: [
          'recevoir votre proposition, l’examiner et vous répondre publiquement (référence de suivi) ;',
          'vous recontacter au sujet de votre proposition, si vous avez donné un contact ;',
          "publier la proposition, seulement si vous l'avez accepté, et toujours sans votre contact ;",
          "protéger le service contre les envois abusifs.",
        ],
      },
      {
        id: 'recipients',
        heading: 'Qui y a accès',
        paragraphs: [
          "La proposition est lue par la commune et par l'équipe du réseau ; elle devient publique seulement si la commune la publie avec votre accord. Votre contact n'est visible que par la commune qui a reçu la proposition : ni le réseau, ni le public, ni les données ouvertes ne le montrent. Aucune donnée n'est vendue ni cédée.",
        ],
      },
      {
        id: 'retention',
        heading: 'Durée de conservation',
        paragraphs: [],
        items: [
          "votre contact : jusqu'à la réponse de la commune, puis 12 mois, avant d'être effacé ;",
          'la proposition elle-même : conservée comme trace de ce que la commune a reçu (sans votre contact une fois celui-ci effacé) ;',
          "l'adresse chiffrée servant à limiter les envois : une minute et un jour, puis effacée environ une heure plus tard ;",
          "votre suivi d'une collectivité par e-mail : tant que vous la suivez ; une demande non confirmée est effacée après 7 jours ;",
          'les e-mails que la plateforme envoie (dont ceux que vous recevez en suivant une collectivité) : 90 jours après leur envoi, puis effacés ;',
          'les notifications lues des comptes de la plateforme : 180 jours, puis effacées ;',
          'les journaux techniques du service : 90 jours recommandés.',
        ],
      },
      {
        id: 'followers',
        heading: 'Suivre une collectivité par e-mail',
        paragraphs: [
          "Si vous demandez à suivre une collectivité, la plateforme garde votre adresse e-mail, la langue choisie, le texte de l'accord que vous avez coché avec sa version et la date, et la date de votre confirmation. Finalité unique : vous écrire quand cette collectivité ouvre une consultation publique. Rien n'est envoyé avant que vous ne confirmiez par le lien reçu ; une demande non confirmée est effacée après 7 jours.",
          "Chaque message porte un lien de désabonnement : un clic efface votre adresse et les messages enregistrés pour ce suivi. Sinon l'adresse est gardée tant que vous suivez la collectivité. Ni la collectivité, ni le public, ni les données ouvertes ne voient la liste des abonnés ; seul le réseau peut l'exporter ou l'effacer sur votre demande. Les liens contiennent des jetons aléatoires dont la plateforme ne garde qu'une empreinte ; votre adresse réseau et l'adresse demandée sont comptées sous forme chiffrée (HMAC) pour limiter les demandes (5 par minute, 50 par jour, 5 par jour pour une même adresse e-mail).",
        ],
      },
      {
        id: 'rights',
        heading: 'Vos droits',
        paragraphs: [
          "Vous avez le droit d'être informé·e, d'accéder aux données qui vous concernent, de les faire rectifier ou effacer, et de vous opposer à leur traitement pour des motifs légitimes (loi 09-08, articles 5 à 9). Sur demande, le réseau exporte ou efface toutes les données qu'il détient sur une personne (son contact sur les propositions compris).",
          'Vous pouvez aussi saisir la Commission nationale de contrôle de la protection des données à caractère personnel (CNDP).',
        ],
      },
      {
        id: 'contact',
        heading: 'Contact',
        paragraphs: [
          'Adressez votre demande à la commune concernée (ses coordonnées figurent sur sa page) ou au point focal du réseau, en indiquant la référence de suivi de votre proposition. Ne donnez jamais votre mot de passe ni d’autre information inutile.',
        ],
      },
    ],
  },
  ar: {
    title: 'معطياتك الشخصية',
    intro:
      'لا تجمع هذه البوابة إلا الحد الأدنى من المعطيات الشخصية. يبين هذا الإشعار، كما يقتضي القانون رقم 09-08 المتعلق بحماية الأشخاص الذاتيين تجاه معالجة المعطيات ذات الطابع الشخصي، المسؤول عن معالجتها، والغاية من جمعها، ومدة الاحتفاظ بها، وكيفية ممارسة حقوقك.',
    sections: [
      {
        id: 'controller',
        heading: 'المسؤول عن المعالجة',
        paragraphs: [
          'الجماعة التي توجه إليها مقترحك هي المسؤولة عن معالجة هذا المقترح ووسيلة الاتصال بك. وتضع الشبكة المغربية للجماعات الترابية المنفتحة هذه المنصة رهن إشارة الجماعات في إطار برنامج دعم الجماعات الترابية المنفتحة (المديرية العامة للجماعات الترابية، بشراكة مع جمعية جهات المغرب)، وهي التي تستضيفها وتشغلها لحساب الجماعات.',
        ],
      },
      {
        id: 'data',
        heading: 'المعطيات التي يتم جمعها',
        paragraphs: ['عندما تقدم مقترحا في استشارة عمومية:'],
        items: [
          'عنوانه ونصه ومبدأ الانفتاح الذي يخدمه؛',
          'الفئة التي تقول إنك تنتمي إليها (مواطن(ة)، جمعية…)، ولا يُطلب اسمك أبدا؛',
          'موافقتك أو عدمها على نشر الجماعة للمقترح؛',
          'وسيلة اتصال، فقط إذا قدمتها (اختياري)؛',
          'عنوان جهازك على الشبكة، في شكل مشفر (HMAC) وليس بشكل صريح أبدا، للحد من عدد الإرسالات (5 في الدقيقة و50 في اليوم).',
        ],
      },
      {
        id: 'purposes',
        heading: 'الغايات',
        paragraphs: [],
        items: [
          'استلام مقترحك ودراسته والجواب عنه علنيا (رقم التتبع)؛',
          'الاتصال بك بخصوص مقترحك، إذا قدمت وسيلة اتصال؛',
          'نشر المقترح، فقط إذا وافقت على ذلك، ودائما دون وسيلة الاتصال بك؛',
          'حماية الخدمة من الإرسالات المفرطة.',
        ],
      },
      {
        id: 'recipients',
        heading: 'من يطلع عليها',
        paragraphs: [
          'تطلع على المقترح الجماعة وفريق الشبكة، ولا يصبح علنيا إلا إذا نشرته الجماعة بموافقتك. أما وسيلة الاتصال بك فلا تراها إلا الجماعة التي توصلت بالمقترح: لا الشبكة ولا العموم ولا البيانات المفتوحة. لا تُباع أي معطيات ولا تُفوت.',
        ],
      },
      {
        id: 'retention',
        heading: 'مدة الاحتفاظ',
        paragraphs: [],
        items: [
          'وسيلة الاتصال بك: إلى حين جواب الجماعة، ثم 12 شهرا، قبل محوها؛',
          'المقترح نفسه: يُحتفظ به كأثر لما توصلت به الجماعة (دون وسيلة الاتصال بعد محوها)؛',
          'العنوان المشفر المستعمل للحد من الإرسالات: دقيقة ويوم، ثم يُمحى بعد ساعة تقريبا؛',
          'متابعتك لجماعة عبر البريد الإلكتروني: ما دمت تتابعها؛ ويُمحى الطلب غير المؤكد بعد 7 أيام؛',
          'الرسائل الإلكترونية التي ترسلها المنصة (ومنها ما تتوصل به كمتابع لجماعة): 90 يوما بعد إرسالها، ثم تُمحى؛',
          'الإشعارات المقروءة لحسابات المنصة: 180 يوما، ثم تُمحى؛',
          'السجلات التقنية للخدمة: 90 يوما كمدة موصى بها.',
        ],
      },
      {
        id: 'followers',
        heading: 'متابعة جماعة عبر البريد الإلكتروني',
        paragraphs: [
          'إذا طلبت متابعة جماعة، تحتفظ المنصة بعنوان بريدك الإلكتروني، واللغة التي اخترتها، ونص الموافقة التي أشرت عليها مع رقم نسخته وتاريخها، وتاريخ تأكيدك. والغاية الوحيدة: مراسلتك عندما تفتح هذه الجماعة استشارة عمومية. لا يُرسل إليك شيء قبل أن تؤكد بالرابط الذي تتوصل به؛ ويُمحى الطلب غير المؤكد بعد 7 أيام.',
          'تحمل كل رسالة رابطا لإلغاء المتابعة: نقرة واحدة تمحو عنوانك والرسائل المسجلة لهذه المتابعة. وإلا يُحتفظ بالعنوان ما دمت تتابع الجماعة. لا ترى الجماعة ولا العموم ولا البيانات المفتوحة قائمة المتابعين؛ ولا يمكن إلا للشبكة تصديرها أو محوها بناء على طلبك. تحتوي الروابط على رموز عشوائية لا تحتفظ المنصة إلا ببصمتها؛ ويُحتسب عنوان جهازك على الشبكة والعنوان المطلوب في شكل مشفر (HMAC) للحد من الطلبات (5 في الدقيقة، 50 في اليوم، 5 في اليوم لنفس العنوان الإلكتروني).',
        ],
      },
      {
        id: 'rights',
        heading: 'حقوقك',
        paragraphs: [
          'لك الحق في الإخبار، والولوج إلى المعطيات التي تخصك، وتصحيحها أو محوها، والتعرض على معالجتها لأسباب مشروعة (القانون 09-08، المواد من 5 إلى 9). وبناء على طلبك، تصدّر الشبكة أو تمحو كل ما تحتفظ به من معطيات عن الشخص (بما في ذلك وسيلة الاتصال المرفقة بالمقترحات).',
          'يمكنك أيضا اللجوء إلى اللجنة الوطنية لمراقبة حماية المعطيات ذات الطابع الشخصي.',
        ],
      },
      {
        id: 'contact',
        heading: 'الاتصال',
        paragraphs: [
          'وجه طلبك إلى الجماعة المعنية (تجد معلومات الاتصال بها في صفحتها) أو إلى نقطة ارتكاز الشبكة، مع ذكر رقم تتبع مقترحك. لا تقدم أبدا كلمة مرور أو أي معلومة غير ضرورية.',
        ],
      },
    ],
  },
};

/** The privacy notice (`#/privacy`), linked from every form that takes personal data. */
export function PrivacyPage() {
  const { locale, text } = useLocale();
  const notice = NOTICE[locale];
  return (
    <article aria-labelledby="privacy-title">
      <p className="crumbs"><Link to="/">{text.back}</Link></p>
      <h1 id="privacy-title">{notice.title}</h1>
      <p>{notice.intro}</p>
      {notice.sections.map((section) => (
        <section key={section.id} aria-labelledby={`privacy-${section.id}`}>
          <h2 id={`privacy-${section.id}`}>{section.heading}</h2>
          {section.paragraphs.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
          {section.items && (
            <ul>
              {section.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </article>
  );
}
