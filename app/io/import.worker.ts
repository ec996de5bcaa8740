// Reading and parsing a large file off the page's thread: a 10 MB design takes a good part of a second
// to parse, and a 40 MB SVG head to scan; the page stays responsive and the user can cancel.
import '../ui/zodJitless.ts';
import { parseTopologyText } from '../domain/parse.ts';
import { type ImportOutcome, readAndParseHere } from './readAndParse.ts';

self.onmessage = (event: MessageEvent<File>) => {
  void readAndParseHere(event.data, parseTopologyText).then((outcome: ImportOutcome) => self.postMessage(outcome));
};
