import { z } from 'zod';

/**
 * The dashboard figures (GET /api/stats) and the map points (GET /api/map/points). The server validates its
 * answers against these schemas and the web derives its types from them, so the two cannot drift apart.
 */
export const RegistryStats = z
  .object({
    organisations: z.number().int(),
    industrial: z.number().int(),
    sme: z.number().int(),
    links: z.number().int(),
    /** Roubles, the sum of every link's volume. */
    linkVolume: z.number(),
    clusters: z.number().int(),
    clustersInRegistry: z.number().int(),
    participantsInRegistry: z.number().int(),
    regionsCovered: z.number().int(),
    /** Demonstration records still loaded: the UI shows a banner while there are any. */
    demoRecords: z.number().int(),
    clustersByStatus: z.array(z.object({ status: z.string(), count: z.number().int() })),
    clustersByKind: z.array(z.object({ kind: z.string(), count: z.number().int() })),
    byRegion: z.array(
      z.object({ code: z.string(), name: z.string(), organisations: z.number().int(), clusters: z.number().int(), links: z.number().int(), headcount: z.number().int() }),
    ),
  })
  .meta({ id: 'RegistryStats' });
export type RegistryStats = z.infer<typeof RegistryStats>;

export const MapPoint = z
  .object({
    id: z.number().int(),
    name: z.string(),
    kind: z.string(),
    lat: z.number(),
    lon: z.number(),
    regionCode: z.string(),
    smeCategory: z.string().nullable(),
    isDemo: z.boolean(),
    clusterIds: z.array(z.number().int()),
  })
  .meta({ id: 'MapPoint' });
export type MapPoint = z.infer<typeof MapPoint>;

export const MapPoints = z
  .object({
    items: z.array(MapPoint),
    /** The licence notice the map must show next to the points and boundaries. */
    attribution: z.string(),
  })
  .meta({ id: 'MapPoints' });
export type MapPoints = z.infer<typeof MapPoints>;
