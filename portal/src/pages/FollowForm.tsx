import { FOLLOW_CONSENT, followWord } from '@infitah/labels';
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import { PortalFollowCollectivityDocument, type Language } from '../generated/operations';
import { graphql } from '../graphql';
import { languageOf, useLocale } from '../i18n';
import { check, problemMessage, type FieldRules, type Problem } from '../validation';

/** The rules followCollectivity applies to the address (services/notifications/src/follow/follow.resolver.ts). */
export const FOLLOW_RULES = { email: { required: true, email: true, max: 254 } } satisfies Record<string, FieldRules>;

type Checked = 'email' | 'consent';

/**
 * "Follow this commune": an address, the language of the mails and the consent (its text is the one the service
 * records), checked in the browser before sending like the proposal form. The answer is the same whether or not the
 * address already follows: a confirmation mail is on its way if it is new.
 */
export function FollowForm({ collectivityId }: { collectivityId: string }) {
  const { locale, text } = useLocale();
  const words = (word: Parameters<typeof followWord>[0]) => followWord(word, locale);
  const [email, setEmail] = useState('');
  const [language, setLanguage] = useState<Language>(languageOf(locale));
  const [consent, setConsent] = useState(false);
  const [problems, setProblems] = useState<Partial<Record<Checked | 'form', Problem | 'consent' | 'failed'>>>({});
  const [sending, setSending] = useState(false);
  const [done, setDone] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  const checkAll = (values: { email: string; consent: boolean }) => {
    const found: typeof problems = {};
    const emailProblem = check(values.email.trim(), FOLLOW_RULES.email);
    if (emailProblem) found.email = emailProblem;
    if (!values.consent) found.consent = 'consent';
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = checkAll({ email, consent });
    setProblems(found);
    const first = (['email', 'consent'] as const).find((name) => found[name]);
    if (first) {
      form.current?.querySelector<HTMLElement>(`[name="follow-${first}"]`)?.focus();
      return;
    }
    setSending(true);
    try {
      const result = await graphql(PortalFollowCollectivityDocument, { email: email.trim(), collectivityId, language });
      const error = result.errors?.[0];
      if (error?.extensions?.code === 'RATE_LIMITED') {
        const seconds = (error.extensions as { retryAfterSeconds?: number }).retryAfterSeconds ?? 60;
        setProblems({ form: { rule: 'rateLimited', params: { seconds } } });
      } else if (error?.extensions?.code === 'BAD_USER_INPUT' && error.extensions.field === 'email') {
        setProblems({ email: { rule: 'isEmail' } });
        form.current?.querySelector<HTMLElement>('[name="follow-email"]')?.focus();
      } else if (error || !result.data?.followCollectivity) {
        setProblems({ form: 'failed' });
      } else {
        setProblems({});
        setDone(true);
      }
    } catch {
      setProblems({ form: 'failed' });
    } finally {
      setSending(false);
    }
  };

  const messageOf = (name: Checked | 'form'): string | null => {
    const problem = problems[name];
    if (!problem) return null;
    if (problem === 'consent') return words('consentRequired');
    if (problem === 'failed') return words('failed');
    return problemMessage(problem, locale);
  };
  const required = (label: ReactNode) => (
    <span>
      {label} <abbr className="required" title={text.required} aria-hidden="true">*</abbr>
    </span>
  );
  const listed = (['email', 'consent'] as const).filter((name) => problems[name]);
  const labels: Record<Checked, string> = { email: words('email'), consent: words('heading') };

  return (
    <section aria-labelledby="follow" className="follow">
      <h2 id="follow">{words('heading')}</h2>
      {done ? (
        <p role="status" id="follow-requested">{words('requested')}</p>
      ) : (
        <form ref={form} onSubmit={submit} noValidate aria-describedby="follow-intro">
          <p id="follow-intro">{words('intro')}</p>
          <p className="meta">{text.requiredNote}</p>
          {(listed.length > 0 || problems.form) && (
            <div role="alert" className="form-problems">
              {listed.length > 0 && <p>{text.formHasErrors}</p>}
              <ul>
                {listed.map((name) => (
                  <li key={name}>
                    {labels[name]} — {messageOf(name)}
                  </li>
                ))}
                {problems.form && <li id="follow-form-error">{messageOf('form')}</li>}
              </ul>
            </div>
          )}
          <label>
            {required(words('email'))}
            <input
              name="follow-email"
              type="email"
              dir="ltr"
              autoComplete="email"
              required
              aria-required="true"
              value={email}
              aria-invalid={Boolean(problems.email)}
              aria-describedby={problems.email ? 'follow-email-error' : undefined}
              onChange={(event) => {
                setEmail(event.target.value);
                if (problems.email) {
                  const again = check(event.target.value.trim(), FOLLOW_RULES.email);
                  setProblems((previous) => ({ ...previous, email: again ?? undefined }));
                }
              }}
            />
            {problems.email && (
              <span className="error" id="follow-email-error">
                {messageOf('email')}
              </span>
            )}
          </label>
          <label>
            {words('language')}
            <select name="follow-language" value={language} onChange={(event) => setLanguage(event.target.value as Language)}>
              <option value="AR" lang="ar">{words('languageAr')}</option>
              <option value="FR" lang="fr">{words('languageFr')}</option>
            </select>
          </label>
          <label className="check">
            <input
              type="checkbox"
              name="follow-consent"
              required
              aria-required="true"
              checked={consent}
              aria-invalid={Boolean(problems.consent)}
              aria-describedby={problems.consent ? 'follow-consent-error follow-privacy' : 'follow-privacy'}
              onChange={(event) => {
                setConsent(event.target.checked);
                if (event.target.checked) setProblems((previous) => ({ ...previous, consent: undefined }));
              }}
            />
            {required(FOLLOW_CONSENT.text[locale])}
          </label>
          {problems.consent && (
            <p className="error" id="follow-consent-error">
              {messageOf('consent')}
            </p>
          )}
          <p className="meta" id="follow-privacy">
            <Link to="/privacy" className="privacy-link">{words('privacy')}</Link>
          </p>
          <button type="submit" disabled={sending}>{sending ? words('sending') : words('submit')}</button>
        </form>
      )}
    </section>
  );
}
