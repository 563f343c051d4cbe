/**
 * The network's own records in a tenant table (its trainings, their agendas and attendance, its library) carry this
 * reserved collectivity id, so that they follow the same keys and policies as every tenant's.
 */
export const NETWORK_TENANT_ID = '00000000-0000-4000-8000-000000000000';
