import type { DocumentGraph } from '../../core/records.ts';
import type { EntityLabel, RelationType } from '../../core/ontology.ts';
import { createHash } from 'node:crypto';

const hex = (s: string) => createHash('sha256').update(s).digest('hex');

export interface SketchEntity {
  id: string;
  label: EntityLabel;
  name: string;
  aliases?: string[];
  props?: Record<string, string | number>;
}

export interface SketchRelation {
  type: RelationType;
  start: string;
  end: string;
}

/**
 * A small but complete document graph for store tests: one chunk per sentence,
 * each entity mentioned where its name occurs, each relation evidenced by the
 * sentence holding both ends.
 */
export function sketchDocument(id: string, sentences: string[], entities: SketchEntity[], relations: SketchRelation[]): DocumentGraph {
  const text = sentences.join('');
  const sha256 = hex(text);
  let offset = 0;
  const chunks = sentences.map((sentence, index) => {
    const chunk = { id: `c_${hex(`${sha256}:${offset}`).slice(0, 16)}`, doc: id, index, text: sentence, start: offset, end: offset + sentence.length, sectionPath: [] };
    offset += sentence.length;
    return chunk;
  });
  const chunkAt = (pos: number) => chunks.find((c) => c.start <= pos && pos < c.end)!;
  const mentions = entities.flatMap((e) => {
    const at = text.indexOf(e.name);
    return at < 0 ? [] : [{ entity: e.id, chunk: chunkAt(at).id, doc: id, start: at, end: at + e.name.length, surface: e.name }];
  });
  const nameOf = (eid: string) => entities.find((e) => e.id === eid)!.name;
  return {
    document: { id, title: sentences[0], path: `/docs/${id}`, sha256, revision: sha256, format: 'txt', date: null, text },
    chunks,
    entities: entities.map((e) => ({ id: e.id, label: e.label, name: e.name, aliases: e.aliases ?? [], props: e.props ?? {} })),
    mentions,
    relations: relations.map((r) => {
      const evidence = chunks.find((c) => c.text.includes(nameOf(r.start)) && c.text.includes(nameOf(r.end)))?.text ?? sentences[0];
      const spanStart = text.indexOf(evidence);
      return {
        id: `r_${hex(`${r.type}|${r.start}|${r.end}|${id}`).slice(0, 16)}`,
        type: r.type, start: r.start, end: r.end, doc: id, evidence,
        spanStart, spanEnd: spanStart + evidence.length, confidence: 0.9, rule: 'test',
      };
    }),
  };
}

export const bureau: SketchEntity = { id: 'e_bureau', label: 'Institution', name: '某市知识产权局', aliases: ['市知识产权局'] };
export const court: SketchEntity = { id: 'e_court', label: 'Institution', name: '某市中级人民法院' };
export const regulation: SketchEntity = { id: 'e_reg', label: 'Policy', name: '《某市知识产权保护条例》', props: { kind: 'regulation' } };
export const centre: SketchEntity = { id: 'e_centre', label: 'Platform', name: '某市知识产权保护中心' };

/** Two documents that share the bureau, so deleting one must keep it. */
export function twoDocuments() {
  const a = sketchDocument(
    'a.txt',
    ['某市知识产权局印发《某市知识产权保护条例》。', '某市知识产权局建设某市知识产权保护中心。'],
    [bureau, regulation, centre],
    [{ type: 'ISSUED', start: bureau.id, end: regulation.id }, { type: 'OPERATES', start: bureau.id, end: centre.id }],
  );
  const b = sketchDocument(
    'b.txt',
    ['某市中级人民法院与某市知识产权局签署合作协议。'],
    [{ ...bureau, aliases: ['市局'] }, court],
    [{ type: 'COOPERATES_WITH', start: court.id, end: bureau.id }],
  );
  return { a, b };
}
