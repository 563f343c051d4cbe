import BatchLoader from 'dataloader';

/**
 * Whether loads are batched: always, except in the benchmark's "DataLoader off" run
 * (`INFITAH_DATALOADER_BATCH=false`), which measures what batching saves. Read once, at start.
 */
export const DATALOADER_BATCHING = process.env.INFITAH_DATALOADER_BATCH !== 'false';

/**
 * The DataLoader every subgraph uses: dataloader's own, with batching switched off only by the setting above (each
 * `load` is then its own call of the batch function, i.e. its own SQL statement). Per-request caching stays on.
 */
export class DataLoader<K, V, C = K> extends BatchLoader<K, V, C> {
  constructor(batchLoad: BatchLoader.BatchLoadFn<K, V>, options: BatchLoader.Options<K, V, C> = {}) {
    super(batchLoad, DATALOADER_BATCHING ? options : { ...options, batch: false });
  }
}
