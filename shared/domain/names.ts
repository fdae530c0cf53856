/**
 * Name folding for search. Registers spell the same name many ways ("Moch.", "Mochammad",
 * "Muhammad", "Mohamad"), so names are stored and searched as a folded key: upper case, no
 * punctuation, common variants mapped to one form, doubled letters single.
 */
const VARIANTS: Record<string, string> = {
  M: 'MUHAMAD',
  MOCH: 'MUHAMAD',
  MOCHAMAD: 'MUHAMAD',
  MOCHAMMAD: 'MUHAMAD',
  MOCHAMED: 'MUHAMAD',
  MOH: 'MUHAMAD',
  MOHAMAD: 'MUHAMAD',
  MOHAMMAD: 'MUHAMAD',
  MOHAMMED: 'MUHAMAD',
  MOHAMED: 'MUHAMAD',
  MUCH: 'MUHAMAD',
  MUH: 'MUHAMAD',
  MUHAMAD: 'MUHAMAD',
  MUHAMMAD: 'MUHAMAD',
  MUHAMMED: 'MUHAMAD',
  MHD: 'MUHAMAD',
  MOCHTAR: 'MUKTAR',
  MOKHTAR: 'MUKTAR',
  MUKHTAR: 'MUKTAR',
  ABD: 'ABDUL',
  SITTI: 'SITI',
  NUR: 'NUR',
  NOER: 'NUR',
};

// Old spellings (oe → u, dj → j, tj → c) and doubled letters differ between documents of one person.
const modernize = (word: string) => word.replace(/OE/g, 'U').replace(/DJ/g, 'J').replace(/TJ/g, 'C');
const undouble = (word: string) => word.replace(/(.)\1+/g, '$1');

function foldWord(word: string): string {
  const known = VARIANTS[word];
  if (known) return known;
  const modern = modernize(word);
  return undouble(VARIANTS[modern] ?? modern);
}

/** Each variant as a folded query token would spell it (`MOCHAMMAD` → `MOCHAMAD`), with its key. */
const SPELLED_VARIANTS = Object.entries(VARIANTS).map(([variant, key]) => ({ spelled: undouble(modernize(variant)), key }));

/**
 * The keys of the variants a half-typed query word is the start of, where the key itself does not
 * start with it: `MOHAM` (of Mohammad) → `MUHAMAD`, `MUKH` → `MUKTAR`. The stored names hold only
 * the keys, so without this a search for "Moham" would miss every Muhammad. `token` is a word of
 * nameKey(); below three letters a word is the start of too many names to widen it.
 */
export function variantCompletions(token: string): string[] {
  if (token.length < 3) return [];
  const keys = new Set<string>();
  for (const { spelled, key } of SPELLED_VARIANTS) {
    if (spelled.startsWith(token) && !key.startsWith(token)) keys.add(key);
  }
  return [...keys].sort();
}

/** `Moch. Sholeh` → `MUHAMAD SOLEH`-like key; the same function folds the stored name and the query. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9\s]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map(foldWord)
    .join(' ');
}
