import { hash, verify } from '@node-rs/argon2';

export const hashPassword = (password: string) => hash(password);

// Verifying against a real hash when the email is unknown keeps the answer's timing the same.
let decoy: Promise<string> | null = null;

export async function passwordMatches(passwordHash: string | null, password: string): Promise<boolean> {
  decoy ??= hash('decoy password, never valid');
  const matches = await verify(passwordHash ?? (await decoy), password).catch(() => false);
  return passwordHash !== null && matches;
}
