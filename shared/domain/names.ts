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

function foldWord(word: string): string {
  const known = VARIANTS[word];
  if (known) return known;
  // Old spellings (oe → u, dj → j, tj → c) and doubled letters differ between documents of one person.
  const modern = word.replace(/OE/g, 'U').replace(/DJ/g, 'J').replace(/TJ/g, 'C');
  return (VARIANTS[modern] ?? modern).replace(/(.)\1+/g, '$1');
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
