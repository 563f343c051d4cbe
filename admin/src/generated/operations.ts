/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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