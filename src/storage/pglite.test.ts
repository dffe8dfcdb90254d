import { describeStorageContract } from './contract.ts';
import { openDatabase } from './open-database.ts';

describeStorageContract('pglite (in memory)', () => openDatabase({ dataDir: null }));
