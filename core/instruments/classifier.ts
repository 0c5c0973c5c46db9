import type { Embedder } from '../embedder.ts';
import { INSTRUMENT_TOOLS, TOOLS, categoryOf, type InstrumentCategory, type InstrumentTool } from './scheme.ts';

/** A measure coded by hand: one line of an instruments gold file (shared/gold/INSTRUMENTS.md). */
export interface CodedExample {
  doc: string;
  measure: string;
  category: InstrumentCategory;
  tool: InstrumentTool;
  evidence: string;
}

export interface InstrumentInput {
  /** The measure's name (its short title). */
  name: string;
  /** The sentence it was read from, if known. */
  text?: string;
  /** Its document: with `leaveOwnDocumentOut`, examples of the same document are not used. */
  doc?: string;
}

export interface Neighbour {
  measure: string;
  doc: string;
  category: InstrumentCategory;
  tool: InstrumentTool;
  similarity: number;
}

export type CodingMode = 'model' | 'cue-words';

export interface InstrumentCoding {
  /** Null only when nothing at all points to a tool (no model and no cue word). */
  category: InstrumentCategory | null;
  tool: InstrumentTool | null;
  /** The winner's share of the two best scores: 0.5 a tie, 1 nothing else in view. */
  confidence: number;
  /** What the coding rests on, in words: the cue word, the neighbour or the tool description that decided it. */
  cue: string;
  mode: CodingMode;
  /** The closest coded examples, most similar first (empty without the model). */
  neighbours: Neighbour[];
}

// Weights, measured by leaving one document out over the coded examples (npm
// run eval -- ../shared/gold/instruments) and kept round: a cue word in the
// name decides most measures; cue words of the sentence, the closeness of the
// name to each tool's description and near-identical coded measures settle
// the rest. Below NEIGHBOUR_FLOOR, bge-small's similarities say little about
// the tool (most names mentioning 知识产权 are ~0.7 apart), so only closer
// examples vote.
const TEXT_WEIGHT = 0.3;
const DESCRIPTION_WEIGHT = 0.5;
const DESCRIPTION_TEMPERATURE = 0.02;
const NEIGHBOUR_WEIGHT = 2;
const NEIGHBOUR_FLOOR = 0.85;
const NEIGHBOURS_SHOWN = 5;
/**
 * Without the model, the scheme's rule breaks ties: the tool whose cue word
 * the name leads with. With the model the descriptions break them better.
 */
const LEAD_WEIGHT = { 'cue-words': 0.5, model: 0 } as const;

interface Part {
  score: number;
  cue: string;
}

type Scores = Map<InstrumentTool, Part[]>;

function add(scores: Scores, tool: InstrumentTool, score: number, cue: string) {
  if (score <= 0) return;
  const parts = scores.get(tool) ?? [];
  parts.push({ score, cue });
  scores.set(tool, parts);
}

/** Every tool with a cue word in the name: 1, plus a bonus the earlier the word stands (LEAD_WEIGHT). */
function nameCues(scores: Scores, name: string, lead: number) {
  for (const tool of INSTRUMENT_TOOLS) {
    const found = TOOLS[tool].cues.map((word) => ({ word, at: name.indexOf(word) })).filter((c) => c.at >= 0);
    if (!found.length) continue;
    const first = found.reduce((a, b) => (b.at < a.at || (b.at === a.at && b.word.length > a.word.length) ? b : a));
    add(scores, tool, 1 + lead * (1 - first.at / Math.max(1, name.length)), `name cue "${first.word}"`);
  }
}

/** The tools whose cue words the sentence holds, by how many, relative to the most. */
function textCues(scores: Scores, text: string) {
  const counts = INSTRUMENT_TOOLS.map((tool) => ({ tool, words: TOOLS[tool].cues.filter((w) => text.includes(w)) }));
  const most = Math.max(1, ...counts.map((c) => c.words.length));
  for (const { tool, words } of counts) {
    if (words.length) add(scores, tool, (TEXT_WEIGHT * words.length) / most, `sentence cues ${words.map((w) => `"${w}"`).join(', ')}`);
  }
}

const dot = (a: Float32Array, b: Float32Array) => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
};

const total = (parts: Part[] | undefined) => (parts ?? []).reduce((s, p) => s + p.score, 0);
const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Codes measures by policy instrument. With an embedder it compares each
 * measure's name with the tools' descriptions and with the coded examples;
 * without one it reads the cue words alone and says so (`mode`).
 */
export class InstrumentClassifier {
  private vectors: Promise<{ examples: Float32Array[]; descriptions: Float32Array[] }> | null = null;

  constructor(
    readonly examples: readonly CodedExample[],
    private readonly embedder: Embedder | null,
  ) {}

  get mode(): CodingMode {
    return this.embedder ? 'model' : 'cue-words';
  }

  private reference() {
    const embedder = this.embedder!;
    this.vectors ??= (async () => ({
      examples: await embedder.embedPassages(this.examples.map((e) => e.measure)),
      descriptions: await embedder.embedPassages(INSTRUMENT_TOOLS.map((t) => TOOLS[t].description)),
    }))();
    return this.vectors;
  }

  async classify(inputs: InstrumentInput[], options: { leaveOwnDocumentOut?: boolean } = {}): Promise<InstrumentCoding[]> {
    if (!inputs.length) return [];
    const model = this.embedder ? { ...(await this.reference()), names: await this.embedder.embedPassages(inputs.map((i) => i.name)) } : null;
    return inputs.map((input, i) => {
      const scores: Scores = new Map();
      nameCues(scores, input.name, LEAD_WEIGHT[this.mode]);
      if (input.text) textCues(scores, input.text);
      let neighbours: Neighbour[] = [];
      if (model) {
        const name = model.names[i];
        const closeness = model.descriptions.map((d) => dot(name, d));
        const best = Math.max(...closeness);
        const weights = closeness.map((c) => Math.exp((c - best) / DESCRIPTION_TEMPERATURE));
        const sum = weights.reduce((a, b) => a + b, 0);
        INSTRUMENT_TOOLS.forEach((tool, t) =>
          add(scores, tool, (DESCRIPTION_WEIGHT * weights[t]) / sum, `closest tool description (${closeness[t].toFixed(2)})`),
        );
        const usable = this.examples
          .map((example, e) => ({ example, similarity: dot(name, model.examples[e]) }))
          .filter(({ example }) => !(options.leaveOwnDocumentOut && input.doc !== undefined && example.doc === input.doc))
          .sort((a, b) => b.similarity - a.similarity);
        for (const { example, similarity } of usable) {
          if (similarity < NEIGHBOUR_FLOOR) break;
          const weight = (NEIGHBOUR_WEIGHT * (similarity - NEIGHBOUR_FLOOR)) / (1 - NEIGHBOUR_FLOOR);
          add(scores, example.tool, weight, `coded example "${example.measure}" (${similarity.toFixed(2)})`);
        }
        neighbours = usable.slice(0, NEIGHBOURS_SHOWN).map(({ example: { measure, doc, category, tool }, similarity }) => ({
          measure, doc, category, tool, similarity: round(similarity),
        }));
      }
      return { ...decide(scores), mode: this.mode, neighbours };
    });
  }
}

function decide(scores: Scores): Pick<InstrumentCoding, 'category' | 'tool' | 'confidence' | 'cue'> {
  // Ties go to the scheme's order of tools, so the same input always gets the same answer.
  const ranked = INSTRUMENT_TOOLS.map((tool) => ({ tool, score: total(scores.get(tool)) }))
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score);
  const [first, second] = ranked;
  if (!first) return { category: null, tool: null, confidence: 0, cue: 'no cue word in the name or sentence' };
  const strongest = scores.get(first.tool)!.reduce((a, b) => (b.score > a.score ? b : a));
  return {
    category: categoryOf(first.tool),
    tool: first.tool,
    confidence: round(first.score / (first.score + (second?.score ?? 0))),
    cue: strongest.cue,
  };
}
