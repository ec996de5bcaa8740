// The canvas: React Flow drawing the document. Drags and resizes live in local state while they
// happen and reach the document (and its history) once, when they end.
import { startTransition, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type DragEvent, type KeyboardEvent, type RefObject } from 'react';
import {
  Background,
  useStore as useFlowStore,
  useStoreApi as useFlowStoreApi,
  ConnectionMode,
  ControlButton,
  Controls,
  MiniMap,
  ReactFlow,
  applyNodeChanges,
  type Connection,
  type EdgeChange,
  type FinalConnectionState,
  type NodeChange,
  type NodeTypes,
  type EdgeTypes,
  type ColorMode,
} from '@xyflow/react';
import { useStore } from 'zustand';
import { useTranslation } from 'react-i18next';
import i18next from 'i18next';
import { connect } from '../../domain/edit.ts';
import type { Position, Topology } from '../../domain/model.ts';
import { moveElements, moveSites } from '../../domain/move.ts';
import { canJoin } from '../../domain/newTrunk.ts';
import { useDiagnostics, useDocument } from '../../store/documentStore.ts';
import { useEditor } from '../editor.ts';
import { insertElement, type PaletteKind } from '../insert.ts';
import { importFile } from '../fileActions.ts';
import { SiteFrame } from './SiteFrame.tsx';
import { TopologyNodeCard } from './TopologyNodeCard.tsx';
import { TrunkEdge } from './TrunkEdge.tsx';
import { BundleEdge, NextHopEdge } from './MapEdges.tsx';
import { FlowCache, marksByElement, siteSummaries, type FlowEdge, type FlowNode } from './toFlow.ts';
import { detailAt, screenText, type Detail } from './lod.ts';
import { admit, original, type Box } from './admit.ts';
import { isLargeDesign, nextTask } from '../largeDesign.ts';
import { designViewport } from './fitDesign.ts';
import type { Viewport } from './viewport.ts';
import { diagnosticText, refusalText } from '../diagnosticText.ts';
import { useHighlighting } from '../routing/highlight.ts';
import { CanvasT } from './canvasT.ts';
import { markDesignDrawn } from '../designDrawn.ts';

export const PALETTE_MIME = 'application/x-trunkline-kind';

const nodeTypes: NodeTypes = {
  site: SiteFrame,
  frontEndPool: TopologyNodeCard,
  mediationPool: TopologyNodeCard,
  pstnGateway: TopologyNodeCard,
  ipPbx: TopologyNodeCard,
  sbc: TopologyNodeCard,
  director: TopologyNodeCard,
} as NodeTypes;

const edgeTypes: EdgeTypes = { trunk: TrunkEdge, nextHop: NextHopEdge, bundle: BundleEdge } as EdgeTypes;

const minimapClass = (node: { type?: string }) => (node.type === 'site' ? 'minimap-site' : 'minimap-card');

const MINIMAP_KEY = 'trunkline.minimap';

function readMinimapShown(): boolean {
  try {
    return localStorage.getItem(MINIMAP_KEY) !== 'hidden';
  } catch {
    return true;
  }
}

/**
 * On the site map, labels keep a readable size on screen whatever the zoom: one custom property on
 * the canvas, set only there, so that closer in nothing restyles while zooming.
 */
function MapTextSize({ target }: { target: RefObject<HTMLDivElement | null> }) {
  const zoom = useFlowStore((s) => (detailAt(s.transform[2]) === 'site' ? s.transform[2] : 0));
  useLayoutEffect(() => {
    if (zoom > 0) target.current?.style.setProperty('--map-text', `${screenText(zoom)}px`);
  }, [zoom, target]);
  return null;
}

/** What the pane shows, in the canvas's coordinates: the nodes there are mounted first. */
function viewBox({ transform: [x, y, zoom], ...pane }: { transform: readonly [number, number, number]; width: number; height: number }, element: HTMLElement | null): Box | null {
  // Before React Flow has measured its pane, the canvas element's size stands for it.
  const width = pane.width || element?.clientWidth || 0;
  const height = pane.height || element?.clientHeight || 0;
  if (!width || !height || !zoom) return null;
  return { x: -x / zoom, y: -y / zoom, width: width / zoom, height: height / zoom };
}

/** How far each site being dragged is from its frame in the document: the delta moveSite takes. */
function siteDeltas(doc: Topology, moves: readonly { id: string; position?: Position | undefined }[]): Map<string, Position> {
  const frames = new Map(doc.sites.map((s) => [s.id, s.frame]));
  const deltas = new Map<string, Position>();
  for (const { id, position } of moves) {
    const frame = frames.get(id);
    if (frame && position) deltas.set(id, { x: position.x - frame.x, y: position.y - frame.y });
  }
  return deltas;
}

export function Canvas({ colorMode }: { colorMode: ColorMode }) {
  const { t } = useTranslation();
  const editor = useEditor();
  const doc = useDocument(editor.documents);
  const diagnostics = useDiagnostics(editor.documents);
  const selection = useStore(editor.session, (s) => s.selection);
  const marks = useMemo(() => marksByElement(diagnostics, (d) => diagnosticText(d, t)), [diagnostics, t]);
  const summaries = useMemo(() => siteSummaries(doc, diagnostics), [doc, diagnostics]);
  const detail = useFlowStore((s) => detailAt(s.transform[2]));
  // While a number is tested, what its routes do not use is dimmed.
  const highlighting = useHighlighting();
  const cache = useRef(new FlowCache());
  // The first view is fitted before React Flow mounts (below), and nothing is built before it: the first
  // render draws the level of detail of that zoom (a large design starts as a site map, not as cards).
  const container = useRef<HTMLDivElement>(null);
  const [initialViewport, setInitialViewport] = useState<Viewport | null>(null);
  const [nodes, setNodes] = useState<FlowNode[]>([]);
  const nodesRef = useRef(nodes);
  nodesRef.current = nodes;
  const flowStore = useFlowStoreApi();

  // Nodes React Flow has not shown yet arrive a slice per task (admit.ts); `slices` counts the tasks.
  const shown = useRef<ReadonlySet<string>>(new Set());
  const sliceQueued = useRef(false);
  const [slices, setSlices] = useState(0);
  const present = useCallback((built: FlowNode[], view: Box | null): FlowNode[] => {
    const admission = admit(built, shown.current, view);
    shown.current = admission.shown;
    if (admission.withheld > 0 && !sliceQueued.current) {
      sliceQueued.current = true;
      setTimeout(() => {
        sliceQueued.current = false;
        setSlices((n) => n + 1);
      }, 0);
    }
    return admission.nodes;
  }, []);
  const build = useCallback(
    (previous: readonly FlowNode[], atDetail: Detail, view: Box | null) =>
      present(cache.current.buildNodes(doc, marks, selection, new Map(previous.map((n) => [n.id, original(n)])), atDetail, summaries), view),
    [present, doc, marks, selection, summaries],
  );

  useLayoutEffect(() => {
    if (!initialViewport) return;
    setNodes((previous) => build(previous, detail, viewBox(flowStore.getState(), container.current)));
  }, [build, detail, slices, flowStore, initialViewport]);
  // After the paint of React Flow's mount with the first nodes (the layout effect above set them).
  useEffect(() => {
    if (initialViewport) markDesignDrawn();
  }, [initialViewport]);

  const edges = useMemo(() => (initialViewport ? cache.current.buildEdges(doc, marks, selection, detail) : []), [doc, marks, selection, detail, initialViewport]);

  const [minimapShown, setMinimapShown] = useState(readMinimapShown);
  const fitted = useRef(false);
  // After the first paint of the designer, not before it: measuring the pane before would force the page's
  // first layout into the same task as React's first commit.
  useEffect(() => {
    if (fitted.current || !container.current) return;
    fitted.current = true;
    const { width, height } = container.current.getBoundingClientRect();
    const viewport = designViewport(editor, width, height, minimapShown);
    flowStore.setState({ transform: [viewport.x, viewport.y, viewport.zoom] });
    // React Flow mounts in a transition: React renders it in short slices, giving the browser a turn in
    // between; a large design's after a task of its own, once the rest of the designer is drawn.
    const mount = () => startTransition(() => setInitialViewport(viewport));
    if (isLargeDesign(editor.doc())) void nextTask().then(mount);
    else mount();
  }, [editor, flowStore, minimapShown]);
  const toggleMinimap = useCallback(() => {
    setMinimapShown((shown) => {
      try {
        localStorage.setItem(MINIMAP_KEY, shown ? 'hidden' : 'shown');
      } catch {
        // Not saved: the choice holds for this tab.
      }
      return !shown;
    });
  }, []);

  const applySelectChanges = useCallback(
    (changes: readonly (NodeChange | EdgeChange)[]) => {
      const selects = changes.filter((c): c is Extract<NodeChange, { type: 'select' }> => c.type === 'select');
      if (selects.length === 0) return;
      const next = new Set(editor.session.getState().selection);
      for (const c of selects) {
        if (c.selected) next.add(c.id);
        else next.delete(c.id);
      }
      editor.session.getState().select(next);
    },
    [editor],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      applySelectChanges(changes);
      const local = changes.filter((c) => c.type !== 'select' && c.type !== 'remove');
      if (local.length === 0) return;
      // A site frame carries its nodes along while it is dragged, where moveSite will put them. A
      // resize from the left or top edge moves the frame too, but it is no drag and carries nothing.
      const doc = editor.doc();
      const dragged = local.filter((c): c is Extract<NodeChange<FlowNode>, { type: 'position' }> => c.type === 'position' && c.dragging !== undefined);
      const deltas = siteDeltas(doc, dragged.map((c) => ({ id: c.id, position: c.position })));
      if (deltas.size === 0) {
        setNodes((previous) => applyNodeChanges(local, previous));
        return;
      }
      const moved = moveSites(doc, deltas);
      const frames = new Map(moved.sites.map((s) => [s.id, s.frame]));
      const current = new Map(nodesRef.current.map((n) => [n.id, n]));
      const carried: NodeChange<FlowNode>[] = [];
      for (const node of moved.nodes) {
        const to = deltas.has(node.siteId) ? frames.get(node.siteId) : undefined;
        const member = current.get(node.id);
        const from = current.get(node.siteId);
        if (!to || !member || !from) continue;
        // An unplaced node is drawn relative to its frame: it keeps its place in the frame.
        const position = node.position ?? { x: member.position.x + to.x - from.position.x, y: member.position.y + to.y - from.position.y };
        carried.push({ type: 'position', id: node.id, position });
      }
      // After the nodes' own changes: a selected node of a dragged site follows its site.
      setNodes((previous) => applyNodeChanges([...local, ...carried], previous));
    },
    [applySelectChanges, editor],
  );

  const onEdgesChange = useCallback((changes: EdgeChange[]) => applySelectChanges(changes), [applySelectChanges]);

  const onNodeDragStop = useCallback(
    (_event: unknown, _node: FlowNode, dragged: FlowNode[]) => {
      const current = new Map(nodesRef.current.map((n) => [n.id, n]));
      const doc = editor.doc();
      const moves = dragged.map((d) => current.get(d.id) ?? d);
      const sites = siteDeltas(doc, moves.filter((n) => n.type === 'site'));
      const nodes = new Map(moves.filter((n) => n.type !== 'site').map((n) => [n.id, n.position]));
      const next = moveElements(doc, { sites, nodes });
      if (next !== doc) editor.commit(next);
    },
    [editor],
  );

  const isValidConnection = useCallback((c: Connection | { source: string; target: string }) => canJoin(editor.doc(), c.source, c.target), [editor]);

  const connectNodes = useCallback(
    (a: string, b: string) => {
      const result = connect(editor.doc(), a, b);
      if (!result.ok) {
        editor.session.getState().announce(refusalText(result));
        return;
      }
      editor.commit(result.doc);
      editor.session.getState().announce(i18next.t('canvas.trunkCreated', { name: result.trunk.name }));
    },
    [editor],
  );

  const onConnect = useCallback((c: Connection) => connectNodes(c.source, c.target), [connectNodes]);

  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      if (state.isValid || !state.fromNode) return;
      let toId = state.toNode?.id ?? null;
      if (!toId) {
        // Dropped on a card rather than on its handle: the card is the target all the same.
        const point = 'changedTouches' in event ? event.changedTouches[0] : event;
        const element = point ? document.elementFromPoint(point.clientX, point.clientY) : null;
        const card = element?.closest('.react-flow__node');
        toId = card?.getAttribute('data-id') ?? null;
        if (toId && editor.doc().sites.some((s) => s.id === toId)) toId = null;
      }
      if (!toId || toId === state.fromNode.id) return;
      connectNodes(state.fromNode.id, toId);
    },
    [connectNodes, editor],
  );

  const onDragOver = useCallback((event: DragEvent) => {
    if (event.dataTransfer.types.includes(PALETTE_MIME) || event.dataTransfer.types.includes('Files')) {
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    }
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      // A file dropped on the canvas is imported, like one chosen with Import.
      const file = event.dataTransfer.files[0];
      if (file) {
        event.preventDefault();
        void importFile(editor, file);
        return;
      }
      const kind = event.dataTransfer.getData(PALETTE_MIME) as PaletteKind;
      if (!kind || !editor.flow.current) return;
      event.preventDefault();
      insertElement(editor, kind, editor.flow.current.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
    },
    [editor],
  );

  // React Flow's own keyboard handling is off (its arrow-key moves would bypass the history):
  // Enter or Space on a focused node or trunk selects it, Shift adds it to the selection.
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      const target = event.target instanceof HTMLElement || event.target instanceof SVGElement ? event.target : null;
      const element = target?.closest('.react-flow__node, .react-flow__edge');
      const id = element?.getAttribute('data-id');
      if (!id || element !== target) return;
      event.preventDefault();
      const session = editor.session.getState();
      session.select(event.shiftKey ? [...session.selection, id] : [id]);
    },
    [editor],
  );

  return (
    <div ref={container} className={`canvas canvas--${detail}${highlighting ? ' canvas--routing' : ''}`} onKeyDown={onKeyDown} onDragOver={onDragOver} onDrop={onDrop} aria-label={t('canvas.label')} role="region">
      {initialViewport && (
      <CanvasT.Provider value={t}>
        <ReactFlow<FlowNode, FlowEdge>
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onNodeDragStop={onNodeDragStop}
          onConnect={onConnect}
          onConnectEnd={onConnectEnd}
          isValidConnection={isValidConnection}
          onInit={(instance) => {
            editor.flow.current = instance as never;
          }}
          connectionMode={ConnectionMode.Loose}
          connectionRadius={30}
          deleteKeyCode={null}
          selectionKeyCode="Shift"
          multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
          disableKeyboardA11y
          elevateNodesOnSelect={false}
          elevateEdgesOnSelect
          snapToGrid
          snapGrid={[10, 10]}
          onlyRenderVisibleElements={isLargeDesign(doc)}
          // The site map shows the whole design, its outer blocks close to the pane's edge: dragging one there
          // would scroll the map away (and repaint all of it at every frame) instead of moving the block.
          autoPanOnNodeDrag={detail !== 'site'}
          minZoom={0.02}
          maxZoom={2.5}
          defaultViewport={initialViewport}
          colorMode={colorMode}
          attributionPosition="top-right"
        >
          <Background gap={40} size={1.5} />
          <MapTextSize target={container} />
          <Controls position="bottom-left">
            <ControlButton onClick={toggleMinimap} aria-pressed={minimapShown} title={t(minimapShown ? 'canvas.minimap.hide' : 'canvas.minimap.show')} aria-label={t(minimapShown ? 'canvas.minimap.hide' : 'canvas.minimap.show')}>
              <svg viewBox="0 0 24 24" width="14" height="14" aria-hidden="true"><path d="M3 5h18v14H3zM13 11h6v6h-6z" fill="none" stroke="currentColor" strokeWidth="2" /></svg>
            </ControlButton>
          </Controls>
          {minimapShown && <MiniMap position="bottom-right" pannable zoomable ariaLabel="Minimap" nodeBorderRadius={0} nodeStrokeWidth={0} nodeClassName={minimapClass} />}
        </ReactFlow>
      </CanvasT.Provider>
      )}
      {doc.nodes.length === 0 && <p className="canvas__empty">{t('canvas.empty')}</p>}
    </div>
  );
}
