// Worker threads do not inherit tsx's module hooks: this plain module registers them, then loads the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./prepare-worker.ts');
