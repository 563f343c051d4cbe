import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { PortalSubmitProposalDocument, type OpennessPrinciple } from '../generated/operations';
import { graphql } from '../graphql';
import { CATEGORY_LABELS, PRINCIPLE_LABELS, useLocale, type CitizenCategory } from '../i18n';

interface Fields {
  principle: OpennessPrinciple;
  title: string;
  body: string;
  submitterCategory: CitizenCategory;
  consentToPublish: boolean;
  contact: string;
}

/** A citizen's proposal to an open consultation; the receipt gives the reference and the page to follow it. */
export function ConsultationForm({ collectivityId, consultation }: { collectivityId: string; consultation: { id: string; title: string } }) {
  const { locale, text } = useLocale();
  const [fields, setFields] = useState<Fields>({ principle: 'CITIZEN_PARTICIPATION', title: '', body: '', submitterCategory: 'CITIZEN', consentToPublish: false, contact: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [reference, setReference] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const result = await graphql(PortalSubmitProposalDocument, {
        input: { ...fields, contact: fields.contact || null, collectivityId, consultationId: consultation.id },
      });
      const error = result.errors?.[0];
      if (error || !result.data) {
        setErrors(error?.extensions?.code === 'BAD_USER_INPUT' ? { [error.extensions.field ?? 'form']: error.message.replace(/^[\w.]+: /, '') } : { form: text.submitFailed });
        return;
      }
      setErrors({});
      setReference(result.data.submitProposal.reference);
    } catch {
      setErrors({ form: text.submitFailed });
    }
  };
  const fieldError = (name: string) =>
    errors[name] ? (
      <span className="error" id={`${name}-error`}>
        {errors[name]}
      </span>
    ) : null;
  return (
    <section aria-labelledby="consultation">
      <h2 id="consultation">{text.consultation}: {consultation.title}</h2>
      {reference ? (
        <p role="status">
          {text.thanks} <strong>{reference}</strong>. {text.notPublic} <Link to={`/follow-up/${reference}`}>{text.followUpLink}</Link>
        </p>
      ) : (
        <form onSubmit={submit} noValidate>
          <h3>{text.takePart}</h3>
          <label>
            {text.principle}
            <select name="principle" value={fields.principle} onChange={(event) => setFields({ ...fields, principle: event.target.value as OpennessPrinciple })}>
              {Object.entries(PRINCIPLE_LABELS[locale]).map(([value, label]) => (
                <option key={value} value={value}>{label}</option>
              ))}
            </select>
          </label>
          <label>
            {text.title}
            <input name="title" value={fields.title} aria-invalid={Boolean(errors.title)} aria-describedby={errors.title ? 'title-error' : undefined} onChange={(event) => setFields({ ...fields, title: event.target.value })} />
            {fieldError('title')}
          </label>
          <label>
            {text.text}
            <textarea name="body" rows={4} value={fields.body} aria-invalid={Boolean(errors.body)} aria-describedby={errors.body ? 'body-error' : undefined} onChange={(event) => setFields({ ...fields, body: event.target.value })} />
            {fieldError('body')}
          </label>
          <label>
            {text.category}
            <select name="submitterCategory" value={fields.submitterCategory} onChange={(event) => setFields({ ...fields, submitterCategory: event.target.value as CitizenCategory })}>
              {Object.entries(CATEGORY_LABELS[locale]).map(([value, label]) => (
                <option key={value} value={value}>{label}</option>
              ))}
            </select>
          </label>
          <label className="check">
            <input type="checkbox" name="consentToPublish" checked={fields.consentToPublish} onChange={(event) => setFields({ ...fields, consentToPublish: event.target.checked })} />
            {text.consent}
          </label>
          <label>
            {text.contact}
            <input name="contact" value={fields.contact} onChange={(event) => setFields({ ...fields, contact: event.target.value })} />
          </label>
          {fieldError('form')}
          {fieldError('consultationId')}
          <button type="submit">{text.submit}</button>
        </form>
      )}
    </section>
  );
}
