import type { ClusterInput } from '@klaster/core';
import type { PlantedGroup } from './types.ts';

/** What one story adds besides its organisations and links (those live in the builder). */
export interface StoryResult {
  clusters: ClusterInput[];
  plantedGroups: PlantedGroup[];
  potentialSuppliers: PlantedGroup[];
}
