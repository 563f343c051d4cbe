import { NOTIFICATION_KINDS, type NotificationKind as Kind } from '@infitah/contract';
import { Language } from '@infitah/server-kit';
import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { NotificationKind } from '../inbox/notification.entity';

export enum EmailFrequency {
  IMMEDIATE = 'IMMEDIATE',
  DAILY_DIGEST = 'DAILY_DIGEST',
}
registerEnumType(EmailFrequency, {
  name: 'EmailFrequency',
  description: 'When an account receives the e-mails of one kind of notification.',
  valuesConfig: {
    IMMEDIATE: { description: 'One e-mail as soon as it happens.' },
    DAILY_DIGEST: { description: "One e-mail a day (in the morning, Morocco time) listing the previous day's notifications." },
  },
});

/** What an account hears of one kind of notification. */
export interface KindPreference {
  kind: Kind;
  inbox: boolean;
  email: boolean;
  emailFrequency: EmailFrequency;
}

/** An account that saved nothing hears of everything, in its inbox and by e-mail at once. */
export const DEFAULT_PREFERENCE: Omit<KindPreference, 'kind'> = { inbox: true, email: true, emailFrequency: EmailFrequency.IMMEDIATE };

/** Every kind, the saved preference where there is one, the default elsewhere. */
export function withDefaults(saved: KindPreference[]): KindPreference[] {
  return NOTIFICATION_KINDS.map((kind) => saved.find((row) => row.kind === kind) ?? { kind, ...DEFAULT_PREFERENCE });
}

@ObjectType({ description: 'What an account hears of one kind of notification, and how.' })
export class NotificationKindPreference implements KindPreference {
  @Field(() => NotificationKind, { description: 'The kind of notification.' })
  kind: Kind;

  @Field({ description: 'Whether it appears in the console inbox.' })
  inbox: boolean;

  @Field({ description: 'Whether it is sent by e-mail.' })
  email: boolean;

  @Field(() => EmailFrequency, { description: 'By e-mail at once, or in the daily digest.' })
  emailFrequency: EmailFrequency;
}

@ObjectType({ description: "The signed-in account's notification preferences; the defaults (everything, at once) where none are saved." })
export class NotificationPreferences {
  @Field(() => Language, { nullable: true, description: "The language of the account's e-mails; null: Arabic and French together." })
  language: Language | null;

  @Field(() => [NotificationKindPreference], { description: 'One entry per kind of notification, in the enum order.' })
  kinds: NotificationKindPreference[];
}

@InputType({ description: 'What to hear of one kind of notification, and how.' })
export class NotificationKindPreferenceInput implements KindPreference {
  @Field(() => NotificationKind, { description: 'The kind of notification.' })
  kind: Kind;

  @Field({ description: 'Whether it appears in the console inbox.' })
  inbox: boolean;

  @Field({ description: 'Whether it is sent by e-mail.' })
  email: boolean;

  @Field(() => EmailFrequency, { description: 'By e-mail at once, or in the daily digest.' })
  emailFrequency: EmailFrequency;
}

@InputType({ description: 'Changes to the signed-in account’s preferences; what is left out stays as it is.' })
export class NotificationPreferencesInput {
  @Field(() => Language, { nullable: true, description: "The e-mails' language; null: both Arabic and French; left out: unchanged." })
  language?: Language | null;

  @Field(() => [NotificationKindPreferenceInput], { nullable: true, description: 'The kinds to change, each at most once; the others stay as they are.' })
  kinds?: NotificationKindPreferenceInput[] | null;
}
