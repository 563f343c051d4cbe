import { compositionSentence, type Composition } from '../network-text';
import { useLocale } from '../i18n';

/** What the network reports (a dated source) beside what this platform counts, as one sentence with both figures. */
export function ReportedComposition({ composition, memberCount }: { composition: Composition | null | undefined; memberCount: number }) {
  const { locale } = useLocale();
  if (!composition) return null;
  const sentence = compositionSentence(composition, memberCount, locale);
  return (
    <p className="reported-composition" data-testid="reported-composition">
      <strong>{sentence.reported}</strong> {sentence.detail}{locale === 'ar' ? '، ' : ' ; '}{sentence.platform}
    </p>
  );
}
