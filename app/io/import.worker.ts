// Reading and parsing large input off the page's thread (a file, a link, a design saved in the browser): a
// 10 MB design takes a good part of a second to parse, a 40 MB SVG head to scan, a 45,000-character link of
// 10,000 nodes a third of a second to decode; the page stays responsive and the user can cancel.
import '../ui/zodJitless.ts';
import { parseTopologyText } from '../domain/parse.ts';
import { readAndParseHere, type WorkerRequest } from './readAndParse.ts';

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  // The link codec loads only for a link: a file's worker starts without it.
  if (request.kind === 'link') void import('../domain/link/shareLink.ts').then(({ decodeShareLink }) => self.postMessage(decodeShareLink(request.fragment)));
  else if (request.kind === 'text') self.postMessage(parseTopologyText(request.text));
  else void readAndParseHere(request.file, parseTopologyText).then((outcome) => self.postMessage(outcome));
};
