import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import { InLanguage } from '../components/text';
import { PortalSubmitProposalDocument, type OpennessPrinciple } from '../generated/operations';
import { graphql } from '../graphql';
import { CATEGORY_LABELS, PRINCIPLE_LABELS, useLocale, type CitizenCategory, type Localized } from '../i18n';
import { CITIZEN_PROPOSAL_RULES, problemMessage, serverProblems, validate, type Problem } from '../validation';

interface Fields {
  principle: OpennessPrinciple;
  title: string;
  body: string;
  submitterCategory: CitizenCategory;
  consentToPublish: boolean;
  contact: string;
}

type Checked = 'title' | 'body' | 'contact';
const CHECKED: Checked[] = ['title', 'body', 'contact'];

/**
 * A citizen's proposal to an open consultation. Checked in the browser by the server's rules, every field at once,
 * before anything is sent; the server's refusals shown at their field in the reader's language. The receipt gives
 * the reference and the page to follow it.
 */
export function ConsultationForm({ collectivityId, consultation }: { collectivityId: string; consultation: { id: string; title: Localized } }) {
  const { locale, text } = useLocale();
  const [fields, setFields] = useState<Fields>({ principle: 'CITIZEN_PARTICIPATION', title: '', body: '', submitterCategory: 'CITIZEN', consentToPublish: false, contact: '' });
  const [problems, setProblems] = useState<Record<string, Problem>>({});
  const [sending, setSending] = useState(false);
  const [reference, setReference] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const checkedValues = (values: Fields) => ({ title: values.title, body: values.body, contact: values.contact });

  const change = <K extends keyof Fields>(name: K, value: Fields[K]) => {
    const next = { ...fields, [name]: value };
    setFields(next);
    // a field already flagged is checked again as it is corrected
    if (problems[name]) {
      const again = validate(checkedValues(next), CITIZEN_PROPOSAL_RULES)[name as Checked];
      const rest = { ...problems };
      delete rest[name];
      setProblems(again ? { ...rest, [name]: again } : rest);
    }
  };

  const focusFirstProblem = (found: Record<string, Problem>) => {
    const first = CHECKED.find((name) => found[name]);
    if (first) form.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validate(checkedValues(fields), CITIZEN_PROPOSAL_RULES) as Record<string, Problem>;
    setProblems(found);
    if (Object.keys(found).length > 0) {
      focusFirstProblem(found);
      return;
    }
    setSending(true);
    try {
      const result = await graphql(PortalSubmitProposalDocument, {
        input: { ...fields, contact: fields.contact || null, collectivityId, consultationId: consultation.id, language: locale === 'fr' ? 'FR' : 'AR' },
      });
      if (result.errors?.length || !result.data) {
        const refused = result.errors ? serverProblems(result.errors, CITIZEN_PROPOSAL_RULES) : null;
        setProblems(refused ?? { form: { rule: 'invalid' } });
        if (refused) focusFirstProblem(refused);
        return;
      }
      setProblems({});
      setReference(result.data.submitProposal.reference);
    } catch {
      setProblems({ form: { rule: 'invalid' } });
    } finally {
      setSending(false);
    }
  };

  const messageOf = (name: string) => (problems[name] ? problemMessage(problems[name], locale) : null);
  const fieldError = (name: string) =>
    problems[name] ? (
      <span className="error" id={`${name}-error`}>
        {messageOf(name)}
      </span>
    ) : null;
  const described = (name: string, hint?: string) => [problems[name] ? `${name}-error` : null, hint].filter(Boolean).join(' ') || undefined;
  // one grid row for the label and its mark (a label is a grid: text and mark would be two rows)
  const required = (label: ReactNode) => (
    <span>
      {label} <abbr className="required" title={text.required} aria-hidden="true">*</abbr>
    </span>
  );
  const formProblem = problems.form
    ? problems.form.rule === 'invalid'
      ? text.submitFailed
      : problemMessage(problems.form, locale)
    : null;
  const fieldProblems = CHECKED.filter((name) => problems[name]);
  const labels: Record<Checked, string> = { title: text.title, body: text.text, contact: text.contact };

  return (
    <section aria-labelledby="consultation">
      <h2 id="consultation">
        {text.consultation}: <InLanguage value={consultation.title} />
      </h2>
      {reference ? (
        <p role="status">
          {text.thanks} <strong dir="ltr">{reference}</strong>. {text.notPublic} <Link to={`/follow-up/${reference}`}>{text.followUpLink}</Link>
        </p>
      ) : (
        <form ref={form} onSubmit={submit} noValidate aria-describedby="required-note privacy-note">
          <h3>{text.takePart}</h3>
          <p className="meta" id="required-note">{text.requiredNote}</p>
          <div role="alert" className={fieldProblems.length || formProblem ? 'form-problems' : undefined}>
            {(fieldProblems.length > 0 || formProblem) && (
              <>
                {fieldProblems.length > 0 && <p>{text.formHasErrors}</p>}
                <ul>
                  {fieldProblems.map((name) => (
                    <li key={name}>
                      {labels[name]} — {messageOf(name)}
                    </li>
                  ))}
                  {formProblem && <li id="form-error">{formProblem}</li>}
                </ul>
              </>
            )}
          </div>
          <label>
            {required(text.principle)}
            <select name="principle" required aria-required="true" value={fields.principle} onChange={(event) => change('principle', event.target.value as OpennessPrinciple)}>
              {Object.entries(PRINCIPLE_LABELS[locale]).map(([value, label]) => (
                <option key={value} value={value}>{label}</option>
              ))}
            </select>
          </label>
          <label>
            {required(text.title)}
            <input
              name="title"
              dir="auto"
              required
              aria-required="true"
              value={fields.title}
              aria-invalid={Boolean(problems.title)}
              aria-describedby={described('title')}
              onChange={(event) => change('title', event.target.value)}
            />
            {fieldError('title')}
          </label>
          <label>
            {required(text.text)}
            <textarea
              name="body"
              dir="auto"
              rows={4}
              required
              aria-required="true"
              value={fields.body}
              aria-invalid={Boolean(problems.body)}
              aria-describedby={described('body')}
              onChange={(event) => change('body', event.target.value)}
            />
            {fieldError('body')}
          </label>
          <label>
            {text.category}
            <select name="submitterCategory" value={fields.submitterCategory} onChange={(event) => change('submitterCategory', event.target.value as CitizenCategory)}>
              {Object.entries(CATEGORY_LABELS[locale]).map(([value, label]) => (
                <option key={value} value={value}>{label}</option>
              ))}
            </select>
          </label>
          <label className="check">
            <input type="checkbox" name="consentToPublish" checked={fields.consentToPublish} onChange={(event) => change('consentToPublish', event.target.checked)} />
            {text.consent}
          </label>
          <label>
            {text.contact}
            <input
              name="contact"
              dir="auto"
              autoComplete="email"
              value={fields.contact}
              aria-invalid={Boolean(problems.contact)}
              aria-describedby={described('contact', 'privacy-note')}
              onChange={(event) => change('contact', event.target.value)}
            />
            {fieldError('contact')}
          </label>
          <p className="meta" id="privacy-note">
            <Link to="/privacy" className="privacy-link">{text.privacyLink}</Link>
          </p>
          <button type="submit" disabled={sending}>{text.submit}</button>
        </form>
      )}
    </section>
  );
}
