import type { MigrationInterface, QueryRunner } from 'typeorm';
// Frozen when written: the SQL the kit's helpers gave then, so that editing a helper never changes this migration.
const OWN_COLLECTIVITY = "(SELECT NULLIF(current_setting('app.collectivity_id', true), '')::uuid)";
const ROLE = "(SELECT current_setting('app.role', true))";
const NETWORK_TENANT_ID = '00000000-0000-4000-8000-000000000000';

const PRINCIPLES = "ARRAY['TRANSPARENCY', 'ACCOUNTABILITY', 'ACCESS_TO_INFORMATION', 'CITIZEN_PARTICIPATION', 'DIGITALIZATION']";
const KINDS = "'METHOD', 'TOOL', 'TEMPLATE', 'GOOD_PRACTICE', 'CASE_STUDY'";
const STATUSES = "'DRAFT', 'PROPOSED', 'PUBLISHED', 'DECLINED'";
const NETWORK = `'${NETWORK_TENANT_ID}'::uuid`;
// Arabic letters (hamza to yeh), for the article folding below
const ARABIC_LETTER = '\\u0621-\\u064A';

/**
 * The network's library of methods, tools, templates, good practices and case studies. Every entry belongs to
 * the network's reserved tenant; a commune proposes one from its commitments (status PROPOSED, unpublished, seen
 * by the proposing collectivity and the network) and the network publishes or declines it.
 *
 * Search is PostgreSQL full text over one `simple` configuration on folded text: `search_normalize` folds case,
 * French accents and Arabic letter variants, and `library_search_text` also drops the Arabic article (ال, لل,
 * وال, بال, فال, كال) so that "المشاركة" and "مشاركة" meet. The `unaccent` extension is not relied upon: a
 * server given by DATABASE_URL may lack it, the owner role may not create extensions, and `unaccent()` is not
 * immutable, so it could not feed a generated column.
 */
export class Library1764748800000 implements MigrationInterface {
  name = 'Library1764748800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE FUNCTION evaluation.library_search_text(input text) RETURNS text
         LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
         RETURN regexp_replace(evaluation.search_normalize(input), '(^|[^${ARABIC_LETTER}])(?:[وفبك]?ال|لل)([${ARABIC_LETTER}]{2,})', '\\1\\2', 'g')`,
      // every word of the search must match; the last one as a prefix, for search as you type
      `CREATE FUNCTION evaluation.library_search_query(input text) RETURNS tsquery
         LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
         RETURN to_tsquery('simple', NULLIF(plainto_tsquery('simple', evaluation.library_search_text(input))::text, '') || ':*')`,

      `CREATE TABLE evaluation.library_entry (
         collectivity_id uuid NOT NULL DEFAULT ${NETWORK} CHECK (collectivity_id = ${NETWORK}),
         id uuid NOT NULL DEFAULT gen_random_uuid(),
         kind text NOT NULL CHECK (kind IN (${KINDS})),
         title_ar text,
         title_fr text,
         summary_ar text,
         summary_fr text,
         body_ar text,
         body_fr text,
         principles text[] NOT NULL DEFAULT '{}' CHECK (principles <@ ${PRINCIPLES}),
         -- [{ url, label }], each url http(s)
         links jsonb NOT NULL DEFAULT '[]' CHECK (
           jsonb_typeof(links) = 'array'
           AND NOT jsonb_path_exists(links, '$[*] ? (!exists(@.url) || !(@.url like_regex "^https?://[^\\\\s]+$" flag "i"))')
         ),
         -- the collectivity the practice comes from, and the commitments of that collectivity it documents
         origin_collectivity_id uuid,
         commitment_ids uuid[] NOT NULL DEFAULT '{}',
         status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN (${STATUSES})),
         published boolean NOT NULL DEFAULT false,
         proposed_by_collectivity_id uuid,
         proposed_by uuid,
         proposed_at timestamptz,
         decline_reason text,
         published_at timestamptz,
         is_illustrative boolean NOT NULL DEFAULT false,
         created_at timestamptz NOT NULL DEFAULT now(),
         updated_at timestamptz NOT NULL DEFAULT now(),
         search_vector tsvector NOT NULL GENERATED ALWAYS AS (
           setweight(to_tsvector('simple', evaluation.library_search_text(coalesce(title_ar, '') || ' ' || coalesce(title_fr, ''))), 'A')
           || setweight(to_tsvector('simple', evaluation.library_search_text(coalesce(summary_ar, '') || ' ' || coalesce(summary_fr, ''))), 'B')
           || setweight(to_tsvector('simple', evaluation.library_search_text(coalesce(body_ar, '') || ' ' || coalesce(body_fr, ''))), 'C')
         ) STORED,
         PRIMARY KEY (collectivity_id, id),
         CONSTRAINT library_entry_has_title CHECK (coalesce(btrim(title_ar), '') <> '' OR coalesce(btrim(title_fr), '') <> ''),
         CONSTRAINT library_entry_published_status CHECK (published = (status = 'PUBLISHED')),
         CONSTRAINT library_entry_commitments_have_origin CHECK (cardinality(commitment_ids) = 0 OR origin_collectivity_id IS NOT NULL),
         CONSTRAINT library_entry_proposal CHECK (status NOT IN ('PROPOSED', 'DECLINED') OR proposed_by_collectivity_id IS NOT NULL)
       )`,
      'CREATE INDEX library_entry_id_idx ON evaluation.library_entry (id)',
      'CREATE INDEX library_entry_search_idx ON evaluation.library_entry USING gin (search_vector)',
      'CREATE INDEX library_entry_origin_idx ON evaluation.library_entry (origin_collectivity_id) WHERE origin_collectivity_id IS NOT NULL',
      'CREATE INDEX library_entry_proposer_idx ON evaluation.library_entry (proposed_by_collectivity_id) WHERE proposed_by_collectivity_id IS NOT NULL',

      // The network writes the library; a commune only reads what is published and its own proposals, and may
      // add a proposal of its own, unpublished. Nothing here depends on the resolvers getting it right.
      'ALTER TABLE evaluation.library_entry ENABLE ROW LEVEL SECURITY',
      'ALTER TABLE evaluation.library_entry FORCE ROW LEVEL SECURITY',
      `CREATE POLICY library_entry_read ON evaluation.library_entry FOR SELECT USING (
         published OR ${ROLE} = 'NETWORK_ADMIN' OR proposed_by_collectivity_id = ${OWN_COLLECTIVITY})`,
      `CREATE POLICY library_entry_insert ON evaluation.library_entry FOR INSERT WITH CHECK (
         collectivity_id = ${NETWORK} AND (
           (${ROLE} = 'NETWORK_ADMIN' AND proposed_by_collectivity_id IS NULL)
           OR (${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR')
               AND status = 'PROPOSED' AND NOT published
               AND proposed_by_collectivity_id = ${OWN_COLLECTIVITY} AND origin_collectivity_id = ${OWN_COLLECTIVITY})))`,
      `CREATE POLICY library_entry_update ON evaluation.library_entry FOR UPDATE
         USING (${ROLE} = 'NETWORK_ADMIN' AND collectivity_id = ${NETWORK})
         WITH CHECK (${ROLE} = 'NETWORK_ADMIN' AND collectivity_id = ${NETWORK})`,
      `CREATE POLICY library_entry_delete ON evaluation.library_entry FOR DELETE USING (${ROLE} = 'NETWORK_ADMIN' AND collectivity_id = ${NETWORK})`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      'DROP TABLE evaluation.library_entry',
      'DROP FUNCTION evaluation.library_search_query(text)',
      'DROP FUNCTION evaluation.library_search_text(text)',
    ]) {
      await queryRunner.query(statement);
    }
  }
}
