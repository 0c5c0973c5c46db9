import { InstrumentClassifier } from '../../core/instruments/classifier.ts';
import type { DocumentGraph, PropertyValue } from '../../core/records.ts';
import type { Stage } from '../types.ts';
import { measureSettings } from './setting.ts';

/**
 * Before write: codes every Measure by policy instrument (`instrument`,
 * `instrumentTool`, `instrumentConfidence`, `instrumentCue`) and records where,
 * when and by whom it was set (`instrumentRegion`, `instrumentYear`,
 * `instrumentIssuer`, with the ids of the Region and Institution), so both
 * stores hold the coding and the analytics read it without walking the graph.
 */
export function instrumentStage(classifier: InstrumentClassifier): Stage<DocumentGraph, DocumentGraph> {
  return {
    name: 'instruments',
    async run(graph) {
      const measures = graph.entities.filter((e) => e.label === 'Measure');
      if (!measures.length) return graph;
      const codings = await classifier.classify(measures.map((m) => ({ name: m.name, text: typeof m.props.text === 'string' ? m.props.text : undefined })));
      const settings = measureSettings(graph);
      const coded = new Map<string, Record<string, PropertyValue>>();
      measures.forEach((measure, i) => {
        const coding = codings[i];
        const setting = settings.get(measure.id)!;
        coded.set(measure.id, {
          instrument: coding.category,
          instrumentTool: coding.tool,
          instrumentConfidence: coding.confidence,
          instrumentCue: coding.mode === 'model' ? coding.cue : `${coding.cue} (cue words only, no embedding model)`,
          instrumentRegion: setting.region?.name ?? null,
          instrumentRegionId: setting.region?.id ?? null,
          instrumentYear: setting.year,
          instrumentIssuer: setting.issuer?.name ?? null,
          instrumentIssuerId: setting.issuer?.id ?? null,
        });
      });
      return { ...graph, entities: graph.entities.map((e) => (coded.has(e.id) ? { ...e, props: { ...e.props, ...coded.get(e.id) } } : e)) };
    },
  };
}

/** The coding when no embedding model is at hand: cue words only, and each coding says so. */
export const cueWordInstruments = instrumentStage(new InstrumentClassifier([], null));
