import { CLUSTER_STATUSES, CLUSTER_STATUS_LABELS_RU, type ClusterStatus } from '@klaster/core';
import { CLUSTER_STATUS_LABELS_EN } from '@klaster/core/lifecycle/index.ts';
import { AppError } from '../services/app-error.ts';

/** Every cluster's life cycle starts here; the transition table (core/lifecycle) leads on from it. */
export const INITIAL_CLUSTER_STATUS: ClusterStatus = CLUSTER_STATUSES[0];

/**
 * The status is the life cycle's: through the API it changes only by POST /api/clusters/:id/transitions, which checks
 * the role, the documents and the checklist and writes the step. So creating or replacing a cluster may not set it:
 * a new cluster must come in at the initial status (refused otherwise, so no client believes it created a registry
 * cluster), and a replacement must repeat the current status. File imports are the one other way (a registry load).
 */
export function assertStatusNotSetDirectly(current: { id: number; status: string } | null, requested: ClusterStatus): void {
  const label = (s: string) => CLUSTER_STATUS_LABELS_RU[s as ClusterStatus] ?? s;
  const labelEn = (s: string) => CLUSTER_STATUS_LABELS_EN[s as ClusterStatus] ?? s;
  if (!current && requested !== INITIAL_CLUSTER_STATUS) {
    throw new AppError(
      'conflict',
      `Новый кластер создаётся в статусе «${label(INITIAL_CLUSTER_STATUS)}», а не «${label(requested)}». Дальнейшие статусы записываются шагами жизненного цикла (POST /api/clusters/{id}/transitions) с документами-основаниями; реестр министерства со статусами загружается файлом (POST /api/import/clusters).`,
      `A new cluster is created with the status "${labelEn(INITIAL_CLUSTER_STATUS)}", not "${labelEn(requested)}". Later statuses are recorded as life-cycle steps (POST /api/clusters/{id}/transitions) with their documents; the ministry's registry with statuses is loaded as a file (POST /api/import/clusters).`,
      [{ path: 'body.status', value: requested, message: `новый кластер: только «${label(INITIAL_CLUSTER_STATUS)}»`, messageEn: `a new cluster: "${INITIAL_CLUSTER_STATUS}" only` }],
    );
  }
  if (current && requested !== current.status) {
    throw new AppError(
      'conflict',
      `Статус кластера не меняется при редактировании: сейчас «${label(current.status)}», в запросе «${label(requested)}». Смена статуса — шаг жизненного цикла: POST /api/clusters/${current.id}/transitions (роль, документ-основание, история).`,
      `Editing a cluster does not change its status: it is "${labelEn(current.status)}", the request says "${labelEn(requested)}". A status change is a life-cycle step: POST /api/clusters/${current.id}/transitions (role, document, history).`,
      [{ path: 'body.status', value: requested, message: `текущий статус «${label(current.status)}»; смена — через /api/clusters/${current.id}/transitions`, messageEn: `current status "${current.status}"; change it through /api/clusters/${current.id}/transitions` }],
    );
  }
}
