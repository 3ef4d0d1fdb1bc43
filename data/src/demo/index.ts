export { generateDemoData, DEFAULT_DEMO_SEED } from './generate.ts';
export type { DemoDataset, DemoOptions, PlantedGroup } from './types.ts';
