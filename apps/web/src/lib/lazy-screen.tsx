import { lazy, Suspense, type ComponentType } from 'react';
import { Button } from '@mantine/core';
import { EmptyState, LoadingState } from '../components/States.tsx';
import { useI18n } from '../i18n/i18n.tsx';

/**
 * A screen loaded on first use, so the first page does not download every screen (MapLibre, sigma.js and
 * the rest come with the screens that draw them). `load` picks the named export out of the module.
 */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Lazy = lazy(() =>
    load().then(
      (Screen) => ({ default: Screen }),
      // A chunk that cannot be fetched (the server was updated and the old file is gone, or the network
      // dropped): offer a reload instead of a blank page.
      () => ({ default: ChunkFailed as ComponentType<P> }),
    ),
  );
  function LazyScreen(props: P) {
    return (
      <Suspense fallback={<LoadingState />}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return LazyScreen;
}

function ChunkFailed() {
  const { t } = useI18n();
  return (
    <>
      <EmptyState title={t('app.chunkFailed')} hint={t('app.chunkFailedHint')} />
      <Button display="block" mx="auto" variant="light" onClick={() => window.location.reload()} data-testid="chunk-reload">{t('common.retry')}</Button>
    </>
  );
}
