import type { Embedder } from '../../../core/embedder.ts';
import { InstrumentClassifier, type InstrumentCoding, type InstrumentInput } from '../../../core/instruments/classifier.ts';
import { loadCodedExamples } from '../../../core/instruments/examples.ts';

export interface Classification extends InstrumentCoding {
  /** Set when the embedding model could not be loaded and the cue words alone decided. */
  warning?: string;
}

/**
 * The classifier the API offers: the shipped coded examples as neighbours and
 * the embedding model loaded on first use; without the model, cue words alone,
 * and the answer says so.
 */
export class InstrumentCoder {
  private examples: ReturnType<typeof loadCodedExamples> | null = null;
  private model: InstrumentClassifier | null = null;
  private readonly cueWords = new InstrumentClassifier([], null);

  constructor(
    private readonly embedder: () => Promise<Embedder>,
    private readonly examplesDir?: string,
  ) {}

  async classify(input: InstrumentInput): Promise<Classification> {
    if (!this.model) {
      try {
        const embedder = await this.embedder();
        this.examples ??= loadCodedExamples(this.examplesDir);
        this.model = new InstrumentClassifier(this.examples, embedder);
      } catch (error) {
        const [coding] = await this.cueWords.classify([input]);
        return { ...coding, warning: `cue words only: ${(error as Error).message}` };
      }
    }
    const [coding] = await this.model.classify([input]);
    return coding;
  }
}
