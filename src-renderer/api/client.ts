import type { ApiInput, ApiOutput, KiemTraApi, OperationName, PreloadBridge } from '../../src-shared/api/contract';
import type { ApiError } from '../../src-shared/api/errors';
import { webTransport } from './web-transport';

declare global {
  interface Window {
    kiemtra?: PreloadBridge;
  }
}

/** Thrown by `api()` so react-query and forms see one error type with the bilingual message. */
export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.en);
    this.name = 'ApiCallError';
  }
}

let transport: KiemTraApi | null = null;

/** Chooses the transport once: the Electron preload bridge, or web mode (session cookie). */
export function getTransport(): KiemTraApi {
  if (transport) return transport;
  if (window.kiemtra) transport = window.kiemtra;
  else transport = webTransport();
  return transport;
}

/** Tests install their own transport (e.g. one backed by a real core). */
export function setTransport(t: KiemTraApi | null): void {
  transport = t;
}

/** The one client the renderer uses: typed by the contract, throws ApiCallError on failure. */
export async function api<N extends OperationName>(name: N, input: ApiInput<N>): Promise<ApiOutput<N>> {
  const result = await getTransport().call(name, input);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value;
}
