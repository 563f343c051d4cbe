import { Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { SyncFilter } from '@infitah/server-kit';

@InputType({ description: 'A new API key.' })
export class CreateApiKeyInput {
  @Field({ description: 'What the key is for (e.g. "commune website"), 1–100 characters; surrounding spaces are trimmed.' })
  @Length(1, 100, { message: 'must be between 1 and 100 characters' })
  name: string;

  @Field({ description: 'True for a key that only reads; false for one that also writes, with its creator\'s rights.' })
  readOnly: boolean;
}

@InputType({ description: 'Narrows `apiKeys`; it never widens what the caller may see.' })
export class ApiKeyFilter extends SyncFilter {}
