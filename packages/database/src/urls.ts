/** Returns `url` with its user, password and database replaced where given. */
export function withCredentials(
  url: string,
  change: { user?: string; password?: string; database?: string },
): string {
  const parsed = new URL(url);
  if (change.user !== undefined) parsed.username = encodeURIComponent(change.user);
  if (change.password !== undefined) parsed.password = encodeURIComponent(change.password);
  if (change.database !== undefined) parsed.pathname = `/${encodeURIComponent(change.database)}`;
  return parsed.toString();
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || 'postgres';
}
