import { Box, Card, CardContent, Chip, MenuItem, Stack, TextField as MuiTextField, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { Button, useLocale, useNotify, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { formatMoroccoDate } from '@infitah/morocco-time';
import { CompletionLevel, OpenGovernmentEffect, PotentialForResults } from '../generated/graphql';
import {
  ConsoleCommitmentReviewsDocument,
  ConsoleReplyToReviewDocument,
  ConsoleReviewCommitmentDocument,
  ConsoleSetReviewPublishedDocument,
  ConsoleSetReviewReplyPublishedDocument,
  ConsoleUpdateReviewDocument,
  type ConsoleReviewFieldsFragment as Review,
} from '../generated/operations';
import { graphql } from '../graphql';

interface Draft {
  verifiedCompletion: CompletionLevel;
  didItOpenGovernment: OpenGovernmentEffect | '';
  potentialForResults: PotentialForResults | '';
  comment: string;
}
const EMPTY: Draft = { verifiedCompletion: CompletionLevel.NotStarted, didItOpenGovernment: '', potentialForResults: '', comment: '' };

/**
 * The network's reviews of a commitment, newest first. The network writes a review as a draft, edits it while unpublished,
 * then publishes it (or withdraws it to edit again); the commitment's collectivity admin replies and publishes the reply.
 * The server decides who may do what: the controls shown here follow the same rules.
 */
export function ReviewPanel() {
  const record = useRecordContext();
  const { permissions } = usePermissions();
  const [reviews, setReviews] = useState<Review[] | null>(null);
  const notify = useNotify();
  const commitmentId = record?.id as string | undefined;

  const reload = useCallback(async () => {
    if (!commitmentId) return;
    const data = await graphql(ConsoleCommitmentReviewsDocument, { id: commitmentId });
    setReviews(data.commitment?.reviews ?? []);
  }, [commitmentId]);
  useEffect(() => {
    reload().catch((error: Error) => notify(error.message, { type: 'error' }));
  }, [reload, notify]);

  /** Runs one write, then reads the reviews again; a refusal is shown as the graph words it. */
  const act = async (write: () => Promise<unknown>, done?: string) => {
    try {
      await write();
      if (done) notify(done, { type: 'info' });
      await reload();
      return true;
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
      return false;
    }
  };

  if (!record || !permissions) return null;
  const network = permissions === 'NETWORK_ADMIN';
  return (
    <Box sx={{ p: 2, width: { xs: '100%', md: 380 }, maxWidth: '100%', boxSizing: 'border-box' }} data-testid="review-panel">
      <Typography variant="h6" component="h2" gutterBottom>
        <ReviewWords id="title" />
      </Typography>
      {network && <ReviewForm key="new" commitmentId={record.id as string} act={act} />}
      {reviews?.length === 0 && (
        <Typography variant="body2">
          <ReviewWords id="none" />
        </Typography>
      )}
      <Stack spacing={2} sx={{ mt: 2 }}>
        {reviews?.map((review) => <ReviewCard key={review.id} review={review} network={network} canReply={permissions === 'COLLECTIVITY_ADMIN'} act={act} />)}
      </Stack>
    </Box>
  );
}

type Act = (write: () => Promise<unknown>, done?: string) => Promise<boolean>;

function ReviewWords({ id, options }: { id: string; options?: Record<string, unknown> }) {
  const translate = useTranslate();
  return <>{translate(`reviews.${id}`, options)}</>;
}

/** A new review (saved as a draft), or the edit of a draft one. */
function ReviewForm({ commitmentId, review, act, onDone }: { commitmentId: string; review?: Review; act: Act; onDone?: () => void }) {
  const translate = useTranslate();
  const [draft, setDraft] = useState<Draft>(
    review
      ? { verifiedCompletion: review.verifiedCompletion, didItOpenGovernment: review.didItOpenGovernment ?? '', potentialForResults: review.potentialForResults ?? '', comment: review.comment ?? '' }
      : EMPTY,
  );
  const change = (field: keyof Draft) => (event: { target: { value: string } }) => setDraft({ ...draft, [field]: event.target.value });
  const ratings = {
    didItOpenGovernment: draft.didItOpenGovernment || null,
    potentialForResults: draft.potentialForResults || null,
    comment: draft.comment.trim() || null,
    verifiedCompletion: draft.verifiedCompletion,
  };
  const save = async () => {
    const saved = await act(
      () => (review ? graphql(ConsoleUpdateReviewDocument, { id: review.id, input: ratings }) : graphql(ConsoleReviewCommitmentDocument, { commitmentId, input: { ...ratings, published: false } })),
      translate('reviews.saved'),
    );
    if (saved && !review) setDraft(EMPTY);
    if (saved) onDone?.();
  };
  const name = review ? `review-${review.id}` : 'review-new';
  return (
    <Card variant="outlined">
      <CardContent>
        <Stack spacing={1.5} component="form" aria-label={translate(review ? 'reviews.editReview' : 'reviews.newReview')} data-testid={name}>
          <Typography variant="subtitle1">{translate(review ? 'reviews.editReview' : 'reviews.newReview')}</Typography>
          <MuiTextField select size="small" name="verifiedCompletion" label={translate('reviews.verifiedCompletion')} value={draft.verifiedCompletion} onChange={change('verifiedCompletion')}>
            {Object.values(CompletionLevel).map((value) => (
              <MenuItem key={value} value={value}>
                {translate(`reviews.completion.${value}`)}
              </MenuItem>
            ))}
          </MuiTextField>
          <MuiTextField select size="small" name="didItOpenGovernment" label={translate('reviews.didItOpenGovernment')} value={draft.didItOpenGovernment} onChange={change('didItOpenGovernment')}>
            <MenuItem value="">{translate('reviews.notAssessed')}</MenuItem>
            {Object.values(OpenGovernmentEffect).map((value) => (
              <MenuItem key={value} value={value}>
                {translate(`reviews.effect.${value}`)}
              </MenuItem>
            ))}
          </MuiTextField>
          <MuiTextField select size="small" name="potentialForResults" label={translate('reviews.potentialForResults')} value={draft.potentialForResults} onChange={change('potentialForResults')}>
            <MenuItem value="">{translate('reviews.notAssessed')}</MenuItem>
            {Object.values(PotentialForResults).map((value) => (
              <MenuItem key={value} value={value}>
                {translate(`reviews.potential.${value}`)}
              </MenuItem>
            ))}
          </MuiTextField>
          <MuiTextField size="small" name="comment" label={translate('reviews.comment')} value={draft.comment} onChange={change('comment')} multiline minRows={2} slotProps={{ htmlInput: { dir: 'auto' } }} />
          <Stack direction="row" spacing={1}>
            <Button label={translate('reviews.saveDraft')} variant="contained" onClick={save} />
            {review && <Button label={translate('reviews.cancel')} onClick={onDone} />}
          </Stack>
        </Stack>
      </CardContent>
    </Card>
  );
}

/** One review: its ratings in words, its state, the network's controls, and the commune's reply. */
function ReviewCard({ review, network, canReply, act }: { review: Review; network: boolean; canReply: boolean; act: Act }) {
  const translate = useTranslate();
  const locale = useLocale();
  const [editing, setEditing] = useState(false);
  if (editing) return <ReviewForm commitmentId="" review={review} act={act} onDone={() => setEditing(false)} />;
  const rated = (value: string | null, scale: string) => (value ? translate(`reviews.${scale}.${value}`) : translate('reviews.notAssessed'));
  return (
    <Card variant="outlined" data-testid={`review-${review.id}`}>
      <CardContent>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
          <Chip size="small" color={review.published ? 'success' : 'default'} label={translate(review.published ? 'reviews.published' : 'reviews.draft')} />
          <Typography variant="caption">{translate('reviews.reviewedOn', { date: formatMoroccoDate(review.createdAt, locale, false) })}</Typography>
        </Stack>
        <dl style={{ margin: 0 }}>
          <Term label={translate('reviews.verifiedCompletion')} value={rated(review.verifiedCompletion, 'completion')} />
          <Term label={translate('reviews.didItOpenGovernment')} value={rated(review.didItOpenGovernment, 'effect')} />
          <Term label={translate('reviews.potentialForResults')} value={rated(review.potentialForResults, 'potential')} />
          {review.comment && <Term label={translate('reviews.comment')} value={review.comment} />}
        </dl>
        {network && (
          <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
            {!review.published && <Button label={translate('reviews.edit')} onClick={() => setEditing(true)} />}
            <Button
              label={translate(review.published ? 'reviews.unpublish' : 'reviews.publish')}
              onClick={() => act(() => graphql(ConsoleSetReviewPublishedDocument, { id: review.id, published: !review.published }))}
            />
          </Stack>
        )}
        <ReplySection review={review} canReply={canReply} act={act} />
      </CardContent>
    </Card>
  );
}

function Term({ label, value }: { label: string; value: string }) {
  return (
    <Box sx={{ mb: 0.5 }}>
      <Typography component="dt" variant="caption" color="text.secondary">
        {label}
      </Typography>
      <Typography component="dd" variant="body2" sx={{ m: 0 }} dir="auto">
        {value}
      </Typography>
    </Box>
  );
}

/** The reply: read by all who see the review; written while a draft, and published, by the commune's admin. */
function ReplySection({ review, canReply, act }: { review: Review; canReply: boolean; act: Act }) {
  const translate = useTranslate();
  const reply = review.reply;
  const [textAr, setTextAr] = useState(reply?.textAr ?? '');
  const [textFr, setTextFr] = useState(reply?.textFr ?? '');
  const writable = canReply && !reply?.published;
  return (
    <Box sx={{ mt: 2, pt: 1, borderTop: 1, borderColor: 'divider' }} data-testid={`reply-${review.id}`}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
        <Typography variant="subtitle2">{translate('reviews.reply')}</Typography>
        {reply && <Chip size="small" color={reply.published ? 'success' : 'default'} label={translate(reply.published ? 'reviews.published' : 'reviews.draft')} />}
      </Stack>
      {!writable && !reply && <Typography variant="body2">{translate('reviews.noReply')}</Typography>}
      {!writable && reply && (
        <>
          {reply.textAr && <Typography variant="body2" dir="rtl" lang="ar">{reply.textAr}</Typography>}
          {reply.textFr && <Typography variant="body2" dir="ltr" lang="fr">{reply.textFr}</Typography>}
        </>
      )}
      {writable && (
        <Stack spacing={1} component="form" aria-label={translate('reviews.reply')}>
          <MuiTextField size="small" name="replyAr" label={translate('reviews.replyAr')} value={textAr} onChange={(event) => setTextAr(event.target.value)} multiline slotProps={{ htmlInput: { dir: 'rtl', lang: 'ar' } }} />
          <MuiTextField size="small" name="replyFr" label={translate('reviews.replyFr')} value={textFr} onChange={(event) => setTextFr(event.target.value)} multiline slotProps={{ htmlInput: { dir: 'ltr', lang: 'fr' } }} />
          <Box>
            <Button
              label={translate('reviews.saveReply')}
              variant="contained"
              onClick={() => act(() => graphql(ConsoleReplyToReviewDocument, { reviewId: review.id, input: { textAr: textAr.trim() || null, textFr: textFr.trim() || null } }), translate('reviews.replySaved'))}
            />
          </Box>
        </Stack>
      )}
      {canReply && reply && (
        <Stack spacing={0.5} sx={{ mt: 1, alignItems: 'flex-start' }}>
          {!review.published && !reply.published && <Typography variant="caption">{translate('reviews.replyAfterPublication')}</Typography>}
          <Button
            label={translate(reply.published ? 'reviews.unpublishReply' : 'reviews.publishReply')}
            disabled={!review.published && !reply.published}
            onClick={() => act(() => graphql(ConsoleSetReviewReplyPublishedDocument, { id: reply.id, published: !reply.published }))}
          />
        </Stack>
      )}
    </Box>
  );
}
