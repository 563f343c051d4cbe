/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Completion on the OGP Independent Reporting Mechanism (IRM) scale, assessed by hand: it is not derived from milestone progress. */
export type CompletionLevel =
  /** Complete: the commitment is fully implemented. */
  | 'COMPLETE'
  /** Limited: a small part of the commitment is done. */
  | 'LIMITED'
  /** Not started: the level of a new commitment. */
  | 'NOT_STARTED'
  /** No evidence available to assess completion. */
  | 'NO_EVIDENCE'
  /** Substantial: most of the commitment is done. */
  | 'SUBSTANTIAL';

/** The OGP IRM's "did it open government?" rating: how far the implemented commitment changed government practice. */
export type OpenGovernmentEffect =
  /** Government practice did not change. */
  | 'DID_NOT_CHANGE'
  /** A step forward for openness in the policy area, limited in scope or scale. */
  | 'MAJOR'
  /** Some change, but minor in its effect on openness. */
  | 'MARGINAL'
  /** A reform that transformed business as usual in the policy area. */
  | 'OUTSTANDING'
  /** Government openness worsened. */
  | 'WORSENED';

/** The OGP IRM's potential-for-results rating: what the commitment, as designed, could change. */
export type PotentialForResults =
  /** Modest: a positive but stand-alone or incremental change. */
  | 'MODEST'
  /** Substantial: could change the rules, practices or institutions of the policy area. */
  | 'SUBSTANTIAL'
  /** Unclear: continues existing practice, or too vague to judge its added value. */
  | 'UNCLEAR';

/** The network's assessment of a commitment on the OGP IRM criteria. */
export type ReviewInput = {
  /** The reviewer's comment, up to 5,000 characters; blank is stored as null. */
  comment?: string | null | undefined;
  /** The "did it open government?" rating; omit when not assessed. */
  didItOpenGovernment?: OpenGovernmentEffect | null | undefined;
  /** The potential-for-results rating; omit when not assessed. */
  potentialForResults?: PotentialForResults | null | undefined;
  /** True to make the review public at once; false by default (seen then only by the network and the commitment's collectivity). */
  published?: boolean;
  /** Completion on the OGP IRM scale as the network verified it. */
  verifiedCompletion: CompletionLevel;
};

/** The reviewed collectivity's reply, in Arabic, French or both (at least one). */
export type ReviewReplyInput = {
  /** The reply in Arabic, up to 5,000 characters; blank is stored as null. */
  textAr?: string | null | undefined;
  /** The reply in French, up to 5,000 characters; blank is stored as null. */
  textFr?: string | null | undefined;
};

/** Changes to a draft review; an omitted field keeps its value, null clears an optional one. */
export type UpdateReviewInput = {
  /** The reviewer's comment, up to 5,000 characters; blank is stored as null. */
  comment?: string | null | undefined;
  /** The "did it open government?" rating; null when not assessed. */
  didItOpenGovernment?: OpenGovernmentEffect | null | undefined;
  /** The potential-for-results rating; null when not assessed. */
  potentialForResults?: PotentialForResults | null | undefined;
  /** Completion on the OGP IRM scale as the network verified it; cannot be cleared. */
  verifiedCompletion?: CompletionLevel | null | undefined;
};

export type ConsoleReviewFieldsFragment = { id: string, verifiedCompletion: CompletionLevel, didItOpenGovernment: OpenGovernmentEffect | null, potentialForResults: PotentialForResults | null, comment: string | null, published: boolean, createdAt: string, updatedAt: string, reply: { id: string, textAr: string | null, textFr: string | null, published: boolean } | null };

export type ConsoleCommitmentReviewsQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleCommitmentReviewsQuery = { commitment: { id: string, reviews: Array<{ id: string, verifiedCompletion: CompletionLevel, didItOpenGovernment: OpenGovernmentEffect | null, potentialForResults: PotentialForResults | null, comment: string | null, published: boolean, createdAt: string, updatedAt: string, reply: { id: string, textAr: string | null, textFr: string | null, published: boolean } | null }> } | null };

export type ConsoleReviewCommitmentMutationVariables = Exact<{
  commitmentId: string | number;
  input: ReviewInput;
}>;


export type ConsoleReviewCommitmentMutation = { reviewCommitment: { id: string, verifiedCompletion: CompletionLevel, didItOpenGovernment: OpenGovernmentEffect | null, potentialForResults: PotentialForResults | null, comment: string | null, published: boolean, createdAt: string, updatedAt: string, reply: { id: string, textAr: string | null, textFr: string | null, published: boolean } | null } };

export type ConsoleUpdateReviewMutationVariables = Exact<{
  id: string | number;
  input: UpdateReviewInput;
}>;


export type ConsoleUpdateReviewMutation = { updateReview: { id: string, verifiedCompletion: CompletionLevel, didItOpenGovernment: OpenGovernmentEffect | null, potentialForResults: PotentialForResults | null, comment: string | null, published: boolean, createdAt: string, updatedAt: string, reply: { id: string, textAr: string | null, textFr: string | null, published: boolean } | null } };

export type ConsoleSetReviewPublishedMutationVariables = Exact<{
  id: string | number;
  published: boolean;
}>;


export type ConsoleSetReviewPublishedMutation = { setReviewPublished: { id: string, published: boolean } };

export type ConsoleReplyToReviewMutationVariables = Exact<{
  reviewId: string | number;
  input: ReviewReplyInput;
}>;


export type ConsoleReplyToReviewMutation = { replyToReview: { id: string, textAr: string | null, textFr: string | null, published: boolean } };

export type ConsoleSetReviewReplyPublishedMutationVariables = Exact<{
  id: string | number;
  published: boolean;
}>;


export type ConsoleSetReviewReplyPublishedMutation = { setReviewReplyPublished: { id: string, published: boolean } };

export type ConsoleImportCollectivitiesMutationVariables = Exact<{
  csv: string;
  dryRun?: boolean | null | undefined;
}>;


export type ConsoleImportCollectivitiesMutation = { importCollectivities: { dryRun: boolean, rowCount: number, created: number, updated: number, refused: Array<{ line: number, field: string | null, message: string }> } };

export type ConsoleImportProgramMutationVariables = Exact<{
  csv: string;
  programId?: string | number | null | undefined;
  dryRun?: boolean | null | undefined;
}>;


export type ConsoleImportProgramMutation = { importProgram: { dryRun: boolean, rowCount: number, created: number, updated: number, refused: Array<{ line: number, field: string | null, message: string }>, program: { id: string } | null } };

export type ConsoleLoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type ConsoleLoginMutation = { login: { token: string } };

export type ConsoleIdentityQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleIdentityQuery = { me: { id: string, displayName: string, email: string } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ConsoleReviewFieldsFragmentDoc = new TypedDocumentString(`
    fragment ConsoleReviewFields on Review {
  id
  verifiedCompletion
  didItOpenGovernment
  potentialForResults
  comment
  published
  createdAt
  updatedAt
  reply {
    id
    textAr
    textFr
    published
  }
}
    `, {"fragmentName":"ConsoleReviewFields"}) as unknown as TypedDocumentString<ConsoleReviewFieldsFragment, unknown>;
export const ConsoleCommitmentReviewsDocument = new TypedDocumentString(`
    query ConsoleCommitmentReviews($id: ID!) {
  commitment(id: $id) {
    id
    reviews {
      ...ConsoleReviewFields
    }
  }
}
    fragment ConsoleReviewFields on Review {
  id
  verifiedCompletion
  didItOpenGovernment
  potentialForResults
  comment
  published
  createdAt
  updatedAt
  reply {
    id
    textAr
    textFr
    published
  }
}`) as unknown as TypedDocumentString<ConsoleCommitmentReviewsQuery, ConsoleCommitmentReviewsQueryVariables>;
export const ConsoleReviewCommitmentDocument = new TypedDocumentString(`
    mutation ConsoleReviewCommitment($commitmentId: ID!, $input: ReviewInput!) {
  reviewCommitment(commitmentId: $commitmentId, input: $input) {
    ...ConsoleReviewFields
  }
}
    fragment ConsoleReviewFields on Review {
  id
  verifiedCompletion
  didItOpenGovernment
  potentialForResults
  comment
  published
  createdAt
  updatedAt
  reply {
    id
    textAr
    textFr
    published
  }
}`) as unknown as TypedDocumentString<ConsoleReviewCommitmentMutation, ConsoleReviewCommitmentMutationVariables>;
export const ConsoleUpdateReviewDocument = new TypedDocumentString(`
    mutation ConsoleUpdateReview($id: ID!, $input: UpdateReviewInput!) {
  updateReview(id: $id, input: $input) {
    ...ConsoleReviewFields
  }
}
    fragment ConsoleReviewFields on Review {
  id
  verifiedCompletion
  didItOpenGovernment
  potentialForResults
  comment
  published
  createdAt
  updatedAt
  reply {
    id
    textAr
    textFr
    published
  }
}`) as unknown as TypedDocumentString<ConsoleUpdateReviewMutation, ConsoleUpdateReviewMutationVariables>;
export const ConsoleSetReviewPublishedDocument = new TypedDocumentString(`
    mutation ConsoleSetReviewPublished($id: ID!, $published: Boolean!) {
  setReviewPublished(id: $id, published: $published) {
    id
    published
  }
}
    `) as unknown as TypedDocumentString<ConsoleSetReviewPublishedMutation, ConsoleSetReviewPublishedMutationVariables>;
export const ConsoleReplyToReviewDocument = new TypedDocumentString(`
    mutation ConsoleReplyToReview($reviewId: ID!, $input: ReviewReplyInput!) {
  replyToReview(reviewId: $reviewId, input: $input) {
    id
    textAr
    textFr
    published
  }
}
    `) as unknown as TypedDocumentString<ConsoleReplyToReviewMutation, ConsoleReplyToReviewMutationVariables>;
export const ConsoleSetReviewReplyPublishedDocument = new TypedDocumentString(`
    mutation ConsoleSetReviewReplyPublished($id: ID!, $published: Boolean!) {
  setReviewReplyPublished(id: $id, published: $published) {
    id
    published
  }
}
    `) as unknown as TypedDocumentString<ConsoleSetReviewReplyPublishedMutation, ConsoleSetReviewReplyPublishedMutationVariables>;
export const ConsoleImportCollectivitiesDocument = new TypedDocumentString(`
    mutation ConsoleImportCollectivities($csv: String!, $dryRun: Boolean) {
  importCollectivities(csv: $csv, dryRun: $dryRun) {
    dryRun
    rowCount
    created
    updated
    refused {
      line
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleImportCollectivitiesMutation, ConsoleImportCollectivitiesMutationVariables>;
export const ConsoleImportProgramDocument = new TypedDocumentString(`
    mutation ConsoleImportProgram($csv: String!, $programId: ID, $dryRun: Boolean) {
  importProgram(csv: $csv, programId: $programId, dryRun: $dryRun) {
    dryRun
    rowCount
    created
    updated
    refused {
      line
      field
      message
    }
    program {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleImportProgramMutation, ConsoleImportProgramMutationVariables>;
export const ConsoleLoginDocument = new TypedDocumentString(`
    mutation ConsoleLogin($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
  }
}
    `) as unknown as TypedDocumentString<ConsoleLoginMutation, ConsoleLoginMutationVariables>;
export const ConsoleIdentityDocument = new TypedDocumentString(`
    query ConsoleIdentity {
  me {
    id
    displayName
    email
  }
}
    `) as unknown as TypedDocumentString<ConsoleIdentityQuery, ConsoleIdentityQueryVariables>;