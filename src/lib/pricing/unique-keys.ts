/** A pricing file reduced to what uniqueness needs. */
export interface KeyedFile {
  /** File name or collection entry id, for the error message. */
  file: string;
  items: readonly { id: string; region: string }[];
}

export interface DuplicateKey {
  id: string;
  region: string;
  /** Every file holding the key, once per occurrence. */
  files: string[];
}

/**
 * Keys are (id, region) across ALL pricing files: the schema sees one file at a
 * time, so this check runs in the catalog, in the collection loader and in a test.
 */
export function findDuplicateKeys(files: readonly KeyedFile[]): DuplicateKey[] {
  const seen = new Map<string, DuplicateKey>();
  for (const { file, items } of files) {
    for (const { id, region } of items) {
      const key = `${id}@${region}`;
      const entry = seen.get(key);
      if (entry) entry.files.push(file);
      else seen.set(key, { id, region, files: [file] });
    }
  }
  return [...seen.values()].filter((d) => d.files.length > 1);
}

export function describeDuplicates(duplicates: readonly DuplicateKey[]): string {
  return duplicates.map((d) => `"${d.id}" in ${d.region} is defined ${d.files.length} times (${d.files.join(', ')})`).join('; ');
}
