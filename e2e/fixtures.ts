// Known designs to start e2e tests from, written as plain documents of format 1
// (/work/shared/spec/format.md): sites with frames so that nodes are drawn inside, nodes with positions.

export interface Frame {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Json = Record<string, unknown>;

export const CENTRAL = 'hq';

export function centralSite(frame: Frame = { x: 0, y: 0, width: 1000, height: 560 }, id = CENTRAL, name = 'Redmond'): Json {
  return { id, name, kind: 'central', frame };
}

export function topology(name: string, nodes: Json[], trunks: Json[] = [], sites: Json[] = [centralSite()]): Json {
  return {
    format: 'trunkline.topology',
    schemaVersion: 1,
    name,
    settings: { mediaBypass: 'disabled', callAdmissionControl: false },
    sites,
    nodes,
    trunks,
  };
}

const mediation = (tcp: [number, number] | null = null) => ({ tlsPortRange: [5067, 5067], tcpPortRange: tcp, sipServerPort: 5070 });

/** A Front End pool of three servers; `collocated: false` gives it no Mediation Server. */
export function frontEndPool(id: string, x: number, y: number, options: { collocated?: boolean; site?: string; n?: number } = {}): Json {
  const n = String(options.n ?? 1).padStart(2, '0');
  return {
    id,
    kind: 'frontEndPool',
    siteId: options.site ?? CENTRAL,
    fqdn: `pool${n}.contoso.com`,
    edition: 'enterprise',
    servers: [1, 2, 3].map((i) => `fe${n}-${i}.contoso.com`),
    mediation: options.collocated === false ? null : mediation(),
    position: { x, y },
  };
}

/** A stand-alone Mediation pool of two servers whose next hop is a Front End pool. */
export function mediationPool(id: string, x: number, y: number, nextHopId: string | null, n: number, site = CENTRAL): Json {
  const nn = String(n).padStart(2, '0');
  return {
    id,
    kind: 'mediationPool',
    siteId: site,
    fqdn: `med${nn}.contoso.com`,
    servers: [1, 2].map((i) => `med${nn}-${i}.contoso.com`),
    nextHopId,
    mediation: mediation(),
    position: { x, y },
  };
}

export function gateway(id: string, x: number, y: number, address: string, site = CENTRAL): Json {
  return { id, kind: 'pstnGateway', siteId: site, address, dnsLoadBalancing: true, qualified: true, position: { x, y } };
}

export function trunk(id: string, name: string, mediationId: string, peerId: string, options: Partial<{ transport: 'TLS' | 'TCP'; mediationPort: number; peerPort: number; root: boolean }> = {}): Json {
  return {
    id,
    name,
    mediationId,
    peerId,
    transport: options.transport ?? 'TLS',
    mediationPort: options.mediationPort ?? 5067,
    peerPort: options.peerPort ?? 5067,
    root: options.root ?? true,
  };
}

/** A Front End pool with collocated Mediation, a Mediation pool and two gateways, nothing joined yet. */
export function fourNodes(): Json {
  return topology('Four nodes', [
    frontEndPool('fe1', 60, 80),
    mediationPool('med1', 60, 360, 'fe1', 1),
    gateway('gw1', 660, 80, 'gw01.contoso.com'),
    gateway('gw2', 660, 360, 'gw02.contoso.com'),
  ]);
}

/** A Front End pool without collocated Mediation and two gateways. */
export function noCollocatedMediation(): Json {
  return topology('No collocated Mediation', [
    frontEndPool('fe1', 60, 200, { collocated: false }),
    gateway('gw1', 660, 80, 'gw01.contoso.com'),
    gateway('gw2', 660, 360, 'gw02.contoso.com'),
  ]);
}

/** Two Mediation pools, their Front End pool and two gateways, for M:N trunks. */
export function twoMediationPools(): Json {
  return topology(
    'M:N',
    [
      frontEndPool('fe1', 40, 250, { collocated: false }),
      mediationPool('medA', 360, 80, 'fe1', 1),
      mediationPool('medB', 360, 420, 'fe1', 2),
      gateway('gw1', 840, 80, 'gw01.contoso.com'),
      gateway('gw2', 840, 420, 'gw02.contoso.com'),
    ],
    [],
    [centralSite({ x: 0, y: 0, width: 1100, height: 560 })],
  );
}

/** A gateway with two trunks: t1 from the Front End pool (root), t2 from the Mediation pool. */
export function gatewayWithTwoTrunks(): Json {
  return topology(
    'Two trunks',
    [frontEndPool('fe1', 60, 60), mediationPool('med1', 60, 400, 'fe1', 1), gateway('gw1', 640, 230, 'gw01.contoso.com')],
    [trunk('t1', 'gw01-5067', 'fe1', 'gw1', { root: true }), trunk('t2', 'gw01-5068', 'med1', 'gw1', { peerPort: 5068, root: false })],
  );
}

/**
 * One healthy pair near the origin and, far to the right in a second central site, a gateway addressed
 * by IP with a TLS trunk: TRUNK_TLS_IP_PEER, the only error.
 */
export function farAwayError(): Json {
  return topology(
    'Far away',
    [
      frontEndPool('fe1', 60, 80),
      gateway('gw1', 500, 80, 'gw01.contoso.com'),
      frontEndPool('fe2', 3060, 80, { site: 'far', n: 2 }),
      gateway('gwFar', 3500, 80, '10.0.0.5', 'far'),
    ],
    [trunk('t1', 'gw01-5067', 'fe1', 'gw1'), trunk('tFar', 'far-5067', 'fe2', 'gwFar')],
    [centralSite({ x: 0, y: 0, width: 800, height: 300 }), centralSite({ x: 3000, y: 0, width: 800, height: 300 }, 'far', 'Faraway')],
  );
}
