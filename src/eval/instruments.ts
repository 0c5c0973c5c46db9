import type { Embedder } from '../../core/embedder.ts';
import { InstrumentClassifier, type CodedExample, type CodingMode } from '../../core/instruments/classifier.ts';
import { INSTRUMENT_TOOLS, type InstrumentTool } from '../../core/instruments/scheme.ts';
import { formatTable } from './format.ts';

export interface ToolScore {
  tool: InstrumentTool;
  gold: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface InstrumentMiss {
  doc: string;
  measure: string;
  gold: InstrumentTool;
  predicted: InstrumentTool | null;
  cue: string;
}

export interface InstrumentEval {
  mode: CodingMode;
  measures: number;
  docs: string[];
  categoryAccuracy: number;
  toolAccuracy: number;
  /** Mean F1 over every tool that is in the gold or was predicted (a tool predicted but never coded counts as 0). */
  toolMacroF1: number;
  tools: ToolScore[];
  misses: InstrumentMiss[];
}

const key = (e: CodedExample) => `${e.doc}\u0000${e.measure}`;

/**
 * Leave one document out: each coded measure of `gold` is classified with the
 * examples of every other document as neighbours, the shipped ones and the
 * gold's own. For a gold the project has never seen, that is the shipped
 * examples plus the gold's other documents.
 */
export async function evalInstruments(gold: CodedExample[], shipped: CodedExample[], embedder: Embedder | null): Promise<InstrumentEval> {
  const examples = [...new Map([...shipped, ...gold].map((e) => [key(e), e])).values()];
  const classifier = new InstrumentClassifier(examples, embedder);
  const codings = await classifier.classify(
    gold.map((g) => ({ name: g.measure, text: g.evidence, doc: g.doc })),
    { leaveOwnDocumentOut: true },
  );
  const tools: ToolScore[] = INSTRUMENT_TOOLS.map((tool) => {
    const goldN = gold.filter((g) => g.tool === tool).length;
    const predicted = codings.filter((c) => c.tool === tool).length;
    const correct = gold.filter((g, i) => g.tool === tool && codings[i].tool === tool).length;
    const precision = predicted ? correct / predicted : 0;
    const recall = goldN ? correct / goldN : 0;
    return { tool, gold: goldN, predicted, correct, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
  }).filter((t) => t.gold || t.predicted);
  return {
    mode: classifier.mode,
    measures: gold.length,
    docs: [...new Set(gold.map((g) => g.doc))].sort(),
    categoryAccuracy: gold.filter((g, i) => codings[i].category === g.category).length / gold.length,
    toolAccuracy: gold.filter((g, i) => codings[i].tool === g.tool).length / gold.length,
    toolMacroF1: tools.reduce((s, t) => s + t.f1, 0) / tools.length,
    tools,
    misses: gold.flatMap((g, i) =>
      codings[i].tool === g.tool ? [] : [{ doc: g.doc, measure: g.measure, gold: g.tool, predicted: codings[i].tool, cue: codings[i].cue }],
    ),
  };
}

const num = (x: number) => x.toFixed(3);
const MODE_NAMES: Record<CodingMode, string> = { model: 'embedding model and cue words', 'cue-words': 'cue words only, no embedding model' };

export function formatInstrumentEval(result: InstrumentEval, { verbose = false } = {}): string {
  const lines = [
    `instruments (${MODE_NAMES[result.mode]}): ${result.measures} coded measures in ${result.docs.length} documents, each document left out in turn`,
    `  category accuracy ${num(result.categoryAccuracy)}   tool accuracy ${num(result.toolAccuracy)}   tool macro-F1 ${num(result.toolMacroF1)}`,
  ];
  if (verbose) {
    const rows = result.tools.map((t) => [t.tool, String(t.gold), String(t.predicted), String(t.correct), num(t.precision), num(t.recall), num(t.f1)]);
    lines.push(formatTable(['tool', 'gold', 'coded', 'right', 'P', 'R', 'F1'], rows));
    if (result.misses.length) {
      lines.push(`miscoded (${result.misses.length}):`, ...result.misses.map((m) => `  ${m.doc}  ${m.measure}: ${m.gold} coded ${m.predicted ?? 'nothing'} (${m.cue})`));
    }
  }
  return lines.join('\n');
}
