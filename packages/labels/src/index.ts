/**
 * The platform's words for readers, in Arabic, French and English: one table for the console, the portal, the
 * subgraphs and e-mails, so a reader never meets a code. No dependency beyond @infitah/morocco-time, no Node API.
 */
export { LOCALES, localeOf, type Locale, type Words } from './locale.js';
export { CATEGORY_AS_PERSON, ENUM_LABELS, categoryAsPerson, enumChoices, enumLabel, type EnumName, type EnumValue } from './enums.js';
export { REGION_CODES, REGION_LABELS, UNKNOWN_REGION, regionCodeOf, regionLabel, type RegionCode } from './regions.js';
export { FIELD_LABELS, fieldLabel, fieldNameOf, fieldPathLabel, type FieldName } from './fields.js';
export {
  FALLBACK_RULE,
  VALIDATION_RULES,
  formatError,
  formatGraphQLError,
  ruleMessage,
  ruleOfCoercion,
  ruleOfMessage,
  withRefusalRule,
  type RuleParams,
  type ValidationRule,
} from './validation.js';
export { INTL_LOCALES, formatDate, formatEventDate, formatPeriod, type DatePrecision } from './dates.js';
export { AUDIT_ACTIONS, AUDIT_ENTITIES, SERVICE_LABELS, auditLabel } from './audit.js';
export { FOLLOW_CONSENT, FOLLOW_WORDS, followWord, type FollowWord } from './follow.js';
export {
  TYPED_DATE_PATTERNS,
  maskTypedDate,
  readTypedDate,
  typedDate,
  typedDatePattern,
  typedDateRefusal,
  type TypedDateKind,
} from './typedDates.js';
