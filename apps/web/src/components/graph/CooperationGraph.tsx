import { useEffect, useRef, useState } from 'react';
import Sigma from 'sigma';
import { Text } from '@mantine/core';
import { navigate } from '../../lib/router.tsx';
import type { CooperationGraphModel, EdgeAttributes, NodeAttributes } from './graph-model.ts';

interface Props {
  graph: CooperationGraphModel;
  /** Changes when node colours change, so the renderer refreshes without a new layout. */
  colourKey: string;
  height: number | string;
  testId?: string;
  webglMissingText: string;
}

/** Renders a laid-out graph with sigma.js; a click on a node opens the organisation profile. */
export function CooperationGraph({ graph, colourKey, height, testId, webglMissingText }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const renderer = useRef<Sigma<NodeAttributes, EdgeAttributes> | null>(null);
  const [failed, setFailed] = useState(false);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    if (!container.current) return;
    let sigma: Sigma<NodeAttributes, EdgeAttributes>;
    try {
      sigma = new Sigma<NodeAttributes, EdgeAttributes>(graph, container.current, {
        defaultEdgeType: 'arrow', renderEdgeLabels: false, labelRenderedSizeThreshold: 9, labelSize: 12,
        labelFont: 'Inter, "Segoe UI", Roboto, Arial, sans-serif', zIndex: true,
      });
    } catch {
      setFailed(true);
      return;
    }
    sigma.on('clickNode', ({ node }) => navigate(`/organisations/${node}`));
    sigma.on('enterNode', () => { container.current!.style.cursor = 'pointer'; });
    sigma.on('leaveNode', () => { container.current!.style.cursor = ''; });
    renderer.current = sigma;
    setReady(true);
    return () => { sigma.kill(); renderer.current = null; setReady(false); };
  }, [graph]);

  useEffect(() => { renderer.current?.refresh(); }, [colourKey]);

  if (failed) return <Text c="dimmed" p="md">{webglMissingText}</Text>;
  return <div ref={container} className="klaster-graph" style={{ height }} data-testid={testId} data-ready={ready ? 'true' : 'false'} data-nodes={graph.order} data-edges={graph.size} />;
}
