import { tokensOf } from '../ingest/extract/entities/phrases.ts';
const text = process.argv[2];
console.log(tokensOf({ text }).map((t) => `${t.word}/${t.tag}`).join(' '));
