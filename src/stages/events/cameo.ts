/**
 * The CAMEO event-code table: each code's name, root, QuadClass, Goldstein weight
 * and PLOVER event type, mode and context. Built from the CAMEO→PLOVER table
 * (PLOVER project, CC BY-SA 4.0) and a hand-entered Goldstein/name table
 * (resources/events/cameo-goldstein.tsv) by scripts/build-event-dictionaries.ts.
 */

export interface CameoCode {
  code: string;
  name: string;
  goldstein?: number;
  plover?: string;
  ploverMode?: string;
  ploverContext?: string;
}

/**
 * QuadClass as GDELT defines it from the root: 01–05 verbal cooperation (1),
 * 06–08 material cooperation (2), 09–13 verbal conflict (3), 14–20 material conflict (4).
 */
export function quadClass(code: string): 1 | 2 | 3 | 4 | undefined {
  const root = Number(code.slice(0, 2));
  if (!Number.isInteger(root) || root < 1 || root > 20) return undefined;
  return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
}

/** The two-digit root of a CAMEO code. */
export const cameoRoot = (code: string): string => code.slice(0, 2);

/** `030: AGREE,  , diplomatic # Express intent to cooperate` lines; the first line for a code wins. */
export function parseCameoToPlover(text: string): CameoCode[] {
  const out = new Map<string, CameoCode>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^(\d{2,4}):\s*([^#]*?)\s*(?:#\s*(.*))?$/.exec(line.trim());
    if (!m || out.has(m[1]!)) continue;
    const [type, mode, context] = m[2]!.split(',').map((s) => s.trim());
    const entry: CameoCode = { code: m[1]!, name: (m[3] ?? '').trim() };
    if (type) entry.plover = type;
    if (mode) entry.ploverMode = mode;
    if (context) entry.ploverContext = context.replace(/\s*;\s*/g, ';');
    out.set(entry.code, entry);
  }
  return [...out.values()];
}

/**
 * CAMEO's appeals (02) as PLOVER requests. The CAMEO→PLOVER table leaves the 02 root out with the statements, but
 * the PLOVER manual's REQUEST is "all requests, demands, and orders" and its modes (assist, change, yield, meet) are
 * what CAMEO's appeals ask for: the 02 tree is built like the demands' 10 tree (021 appeal for material cooperation,
 * 101 demand material cooperation, …, 028 / 108 mediation), so each appeal code takes its demand twin's type, mode
 * and context. Codes the table already types are left alone.
 */
export function withAppealsAsRequests(codes: ReadonlyMap<string, CameoCode>): Map<string, CameoCode> {
  const out = new Map(codes);
  for (const [code, entry] of codes) {
    if (!code.startsWith('02') || entry.plover) continue;
    const twin = codes.get(`10${code.slice(2)}`);
    if (!twin?.plover) continue;
    const typed: CameoCode = { ...entry, plover: twin.plover };
    if (twin.ploverMode) typed.ploverMode = twin.ploverMode;
    if (twin.ploverContext) typed.ploverContext = twin.ploverContext;
    out.set(code, typed);
  }
  return out;
}

/** A code the CAMEO→PLOVER table types otherwise than the PLOVER manual's text does. */
export interface PloverCorrection {
  code: string;
  plover: string;
  /** The manual's mode; none for a type without modes (CONCEDE). */
  mode?: string;
  reason: string;
}

export const MANUAL_CORRECTIONS: readonly PloverCorrection[] = [
  {
    code: '163', plover: 'SANCTION', mode: 'discontinue',
    reason: "PLOVER manual, SANCTION modes: \"International (political or economic) sanctions are coded as 'discontinue'\"; the 2021 table's COERCE 'restrict' is, in the manual, restrictions on political freedoms or movement",
  },
  ...['0813', '0814'].map((code) => ({
    code, plover: 'CONCEDE',
    reason: "PLOVER manual, CONCEDE: \"easing of administrative or legal restrictions …, removing curfews\" — \"the lifting of a curfew is, effectively, a promise …: we're treating such concessions as verbal\"; the 2021 table files easing a curfew (0813) and a state of emergency or martial law (0814) under RETREAT, whose events have immediate material consequences",
  })),
];

/**
 * The table with the manual's type and mode for the codes it disagrees with (MANUAL_CORRECTIONS), each code's name
 * and context kept. The manual is the codebook; the conversion table is a convenience made from it.
 */
export function withManualCorrections(codes: ReadonlyMap<string, CameoCode>, corrections: readonly PloverCorrection[] = MANUAL_CORRECTIONS): Map<string, CameoCode> {
  const out = new Map(codes);
  for (const c of corrections) {
    const entry = codes.get(c.code);
    if (!entry) continue;
    const corrected: CameoCode = { ...entry, plover: c.plover };
    if (c.mode) corrected.ploverMode = c.mode;
    else delete corrected.ploverMode;
    out.set(c.code, corrected);
  }
  return out;
}

/** `code<TAB>goldstein<TAB>name` lines, `#` comments. */
export function parseGoldsteinTable(text: string): { code: string; goldstein?: number; name?: string }[] {
  return text
    .split(/\r?\n/)
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [code, g, name] = l.split('\t');
      return { code: code!.trim(), ...(g?.trim() ? { goldstein: Number(g) } : {}), ...(name?.trim() ? { name: name.trim() } : {}) };
    });
}

/** Lookups that fall back to the parent code (1711 → 171 → 17) for what a code does not list. */
export class CameoTable {
  private readonly byCode: Map<string, CameoCode>;

  constructor(codes: readonly CameoCode[]) {
    this.byCode = new Map(codes.map((c) => [c.code, c]));
  }

  has(code: string): boolean {
    return this.byCode.has(code);
  }

  /** The code's entry with missing fields taken from its ancestors; undefined for a code outside CAMEO. */
  describe(code: string): (CameoCode & { root: string; quadClass?: number }) | undefined {
    const chain: CameoCode[] = [];
    for (let c = code; c.length >= 2; c = c.slice(0, -1)) {
      const e = this.byCode.get(c);
      if (e) chain.push(e);
    }
    if (chain.length === 0 || !/^\d{2,4}$/.test(code)) return undefined;
    const pick = <K extends keyof CameoCode>(k: K): CameoCode[K] | undefined => chain.find((e) => e[k] !== undefined && e[k] !== '')?.[k];
    const q = quadClass(code);
    const out: CameoCode & { root: string; quadClass?: number } = { code, name: pick('name') ?? '', root: cameoRoot(code) };
    const g = pick('goldstein');
    if (g !== undefined) out.goldstein = g;
    const p = pick('plover');
    if (p) out.plover = p;
    const mode = chain[0]!.plover ? chain[0]!.ploverMode : pick('ploverMode');
    if (mode) out.ploverMode = mode;
    const ctx = pick('ploverContext');
    if (ctx) out.ploverContext = ctx;
    if (q) out.quadClass = q;
    return out;
  }

  all(): CameoCode[] {
    return [...this.byCode.values()];
  }
}
