// Worker bootstrap. Node 20 does not apply `--import tsx` to a worker's own entry file when that
// file is TypeScript (ERR_UNKNOWN_FILE_EXTENSION), so the entry is this plain module, which
// registers tsx in the worker and then loads the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./leiden.worker.ts');
